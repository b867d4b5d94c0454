"""Staff accounts of the dashboard: passwords, session tokens, TOTP, lockout and roles."""
