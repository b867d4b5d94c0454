"""The notebooks run top to bottom against the test session's model, store and splits, and are
committed without outputs.

The session gets its own registered model name for them (champion + a differently regularised
challenger, each with its test metrics logged) so the other tests' `omnichat-classifier` aliases
are never touched, a feedback dataset exported (`export_feedback`) from a gateway database where
agents corrected the routed messages, and a real `omnichat drift` report of shifted traffic.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import nbformat
import numpy as np
import pandas as pd
import pytest
from drift_fixtures import (
    TEST_DRIFT_PARAMS,
    Traffic,
    fill_gateway_database,
    score,
    shifted_messages,
    split_for_drift,
)
from nbclient import NotebookClient

from gateway.db.migrate import run_migrations
from omnichat_model.classifier import OmnichatClassifier
from training import tracking
from training.calibrate import calibrate
from training.config import Params, load_params
from training.drift.monitor import check_drift
from training.drift.traffic import drift_frame
from training.evaluate import labelled_metrics
from training.feedback.export import export_feedback
from training.train import train_classifier

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MODEL_NAME = "omnichat-notebooks"
EXPECTED = ["01-data-exploration", "02-model-evaluation", "03-feedback-and-drift"]


def register_version(classifier_dir: Path, test: pd.DataFrame, alias: str) -> str:
    """Log + register `classifier_dir` under MODEL_NAME with its test metrics; set `alias`."""
    classifier = OmnichatClassifier.load(classifier_dir)
    probs = classifier.predict_proba(test["text"].tolist())
    metrics = labelled_metrics(probs, test, classifier.urgency_threshold, Params().evaluate)
    with tracking.run(name=f"notebooks-{alias}"):
        tracking.log_metrics(metrics, prefix="test_")
        version = tracking.register(
            tracking.log_classifier(classifier_dir, test["text"].head(2).tolist()), MODEL_NAME
        )
    tracking.set_alias(MODEL_NAME, alias, version)
    return version


@pytest.fixture(scope="module")
def notebook_env(
    tmp_path_factory: pytest.TempPathFactory,
    registered_model: Any,
    prepared_splits: dict[str, pd.DataFrame],
    split_embeddings: dict[str, np.ndarray],
    encoder_dir: Path,
) -> dict[str, str]:
    """Environment variables pointing the notebooks at the session's artefacts."""
    root = tmp_path_factory.mktemp("notebooks")
    prepared = root / "prepared"
    prepared.mkdir()
    for name, frame in prepared_splits.items():
        frame.to_parquet(prepared / f"{name}.parquet", index=False)
    tracking.configure()
    test = prepared_splits["test"]
    register_version(registered_model.classifier_dir, test, "champion")
    register_version(
        _challenger(root, prepared_splits, split_embeddings, encoder_dir), test, "challenger"
    )
    classifier = OmnichatClassifier.load(registered_model.classifier_dir)
    _, rest = split_for_drift(test)
    drift_dir = root / "drift"
    _drift_report(score(classifier, shifted_messages(rest)), prepared, drift_dir)
    _export_feedback(score(classifier, rest), root)
    return {
        **os.environ,
        "OMNICHAT_PREPARED_DIR": str(prepared),
        "OMNICHAT_MODEL_NAME": MODEL_NAME,
        "OMNICHAT_DRIFT_DIR": str(drift_dir),
        "OMNICHAT_FEEDBACK_DIR": str(root / "feedback"),
        # ../shared/external (present in CI): a small sample keeps 02 quick.
        "OMNICHAT_EXTERNAL_SAMPLE": "60",
    }


def _challenger(
    root: Path,
    splits: dict[str, pd.DataFrame],
    embeddings: dict[str, np.ndarray],
    encoder_dir: Path,
) -> Path:
    """The session recipe with a weaker sub_intent head: a real, different second version."""
    params = Params()
    train = params.train.model_copy(
        update={"sub_intent": params.train.sub_intent.model_copy(update={"C": 0.5})}
    )
    classifier = train_classifier(
        train, params.encoder, splits["train"], embeddings["train"], encoder_dir
    )
    calibrate(classifier, splits["calibration"], embeddings["calibration"], params.calibrate)
    return classifier.save(root / "challenger")


def _drift_report(shifted: Traffic, prepared: Path, out: Path) -> None:
    frame = shifted.frame
    current = drift_frame(
        frame["text"], frame["sub_intent"], frame["confidence"], frame["channel"], 0.70
    )
    params = load_params(ROOT / "params.yaml").drift.model_copy(update=TEST_DRIFT_PARAMS)
    outcome = check_drift(
        current, {"test": "shifted"}, params, 0.70, f"models:/{MODEL_NAME}@champion", prepared, out
    )
    assert outcome.exit_code == 1


def _export_feedback(traffic: Traffic, root: Path) -> None:
    """Routed messages corrected by agents in a migrated gateway database, then exported."""
    url = f"sqlite:///{root / 'gateway.db'}"
    run_migrations(url)
    fill_gateway_database(url, traffic, 0.70, corrected=True)
    counts = export_feedback(url, root / "feedback", Params().feedback)
    assert counts["test_rows"] > 0 and counts["train_rows"] > 0


def test_notebooks_are_numbered() -> None:
    assert [path.stem for path in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell has outputs"
            assert cell.execution_count is None, f"{path.name}: a cell has an execution count"
    assert "widgets" not in notebook.metadata


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path, notebook_env: dict[str, str]) -> None:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=notebook_env)  # raises CellExecutionError naming the failing cell
    images = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "image/png" in output.get("data", {})
    ]
    assert len(images) >= 3, f"{path.name} drew {len(images)} plots"
