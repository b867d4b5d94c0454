"""Where each pipeline stage reads and writes, relative to the project root (as dvc.yaml says)."""

from __future__ import annotations

from pathlib import Path

PARAMS = Path("params.yaml")
PREPARED = Path("data/prepared")
EMBEDDINGS = Path("data/embeddings")
FEEDBACK = Path("data/feedback")
ENCODERS = Path("models/encoders")
TRAINED = Path("models/trained")
CALIBRATED = Path("models/calibrated")
REPORTS = Path("reports")
METRICS = Path("metrics")
PLOTS = Path("plots")
RUN_POINTER = REPORTS / "run.json"
TUNE_RESULT = REPORTS / "tune.json"
DRIFT_REPORTS = REPORTS / "drift"
DATA_CARD = Path("data/README.md")


def encoder_dir(name: str, runtime: str) -> Path:
    """Folder of a prepared encoder (what `prepare_encoder` returns for that name/runtime)."""
    return ENCODERS / f"{name}-{runtime}"
