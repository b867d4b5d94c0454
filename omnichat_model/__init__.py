"""Runtime of the omnichat classifier: what a registered model needs to answer.

Training builds and registers it; serving loads it through the MLflow registry. This package
imports neither `training` nor `serving`.
"""
