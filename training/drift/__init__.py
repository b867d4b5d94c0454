"""Production drift monitoring: recent traffic against the training reference (Evidently 0.7)."""
