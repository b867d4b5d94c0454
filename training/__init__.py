"""Training pipelines: corpus, encoders, heads, calibration, evaluation, registration."""
