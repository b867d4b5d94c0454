"""Production feedback into training data: export from the gateway's database, clean, split."""
