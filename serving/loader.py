"""Loading the registered model and swapping it for a newer one without downtime.

A reload builds the new model completely (download, open, warm up) next to the old one and
then replaces one reference. Each batch reads that reference once, so in-flight requests finish
on the model they started with and no answer ever mixes two models.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.encoders import load_encoder
from omnichat_model.registry import ModelRef, resolve
from serving.inference import BatchPredictor

log = logging.getLogger(__name__)

_ARTIFACT_KEY = "classifier"  # the key omnichat_model.pyfunc logs the classifier folder under
_WARM_UP = ["minha internet caiu, luz vermelha piscando", "quero a segunda via do boleto"]


class ModelNotLoaded(RuntimeError):
    """No model has been loaded yet (or the first load failed)."""


@dataclass(frozen=True)
class LoadedModel:
    """A ready classifier and the registry entry it came from."""

    classifier: OmnichatClassifier
    ref: ModelRef
    loaded_at: datetime
    predictor: BatchPredictor

    def info(self) -> dict[str, Any]:
        """The `/model` body."""
        return {
            "name": self.ref.name,
            "version": self.ref.version,
            "alias": self.ref.alias,
            "run_id": self.ref.run_id,
            "loaded_at": self.loaded_at,
        }

    def tag(self) -> dict[str, str | None]:
        """What every prediction says about the model that made it."""
        return {"name": self.ref.name, "version": self.ref.version}


def classifier_folder(model_root: Path) -> Path:
    """The classifier folder inside a downloaded MLflow pyfunc model (read from its MLmodel)."""
    mlmodel = model_root / "MLmodel"
    if not mlmodel.is_file():
        raise FileNotFoundError(f"{model_root} is not an MLflow model (no MLmodel file)")
    flavor = yaml.safe_load(mlmodel.read_text(encoding="utf-8"))["flavors"].get("python_function")
    artifacts = (flavor or {}).get("artifacts") or {}
    if _ARTIFACT_KEY not in artifacts:
        raise ValueError(f"{mlmodel} has no {_ARTIFACT_KEY!r} artifact: not an omnichat model")
    return model_root / artifacts[_ARTIFACT_KEY]["path"]


def load_registered(
    uri: str, tracking_uri: str, threads: int, batch_parallelism: int = 1
) -> LoadedModel:
    """Resolve `uri` to a concrete registry version, download it, open it and warm it up.

    The classifier is opened from its folder rather than through `mlflow.pyfunc.load_model`, so
    the serving process keeps its own `omnichat_model` and sets the encoder's thread count.
    `threads` is the encoder's intra-op thread count for lone messages; with
    `batch_parallelism` > 1 a second single-threaded session embeds larger batches in parallel.
    """
    import mlflow
    import mlflow.artifacts

    mlflow.set_tracking_uri(tracking_uri)
    ref = resolve(uri)
    concrete = f"models:/{ref.name}/{ref.version}" if ref.version else uri
    root = Path(mlflow.artifacts.download_artifacts(concrete))
    classifier = OmnichatClassifier.load(classifier_folder(root), threads=threads)
    split_encoder = None
    if classifier.encoder_dir is not None and batch_parallelism > 1:
        # Batches need a single-threaded session; the classifier's own is one when threads == 1.
        split_encoder = (
            classifier.encoder if threads == 1 else load_encoder(classifier.encoder_dir, threads=1)
        )
    predictor = BatchPredictor(split_encoder, batch_parallelism)
    # First ONNX runs allocate buffers: keep them off requests (one lone message, one batch).
    predictor.predict(classifier, _WARM_UP[:1])
    predictor.predict(classifier, _WARM_UP)
    log.info("loaded %s version %s from %s", ref.name, ref.version, concrete)
    return LoadedModel(
        classifier=classifier, ref=ref, loaded_at=datetime.now(UTC), predictor=predictor
    )


class ModelHolder:
    """Holds the serving model; `classify` reads it once per batch, `reload` swaps it."""

    def __init__(self, load: Callable[[], LoadedModel]) -> None:
        self._load = load
        self._current: LoadedModel | None = None
        self._reload_lock = threading.Lock()  # one reload at a time; classify never waits on it

    @property
    def ready(self) -> bool:
        """True once a model is loaded."""
        return self._current is not None

    @property
    def current(self) -> LoadedModel:
        """The model answering right now."""
        model = self._current
        if model is None:
            raise ModelNotLoaded("no model is loaded yet")
        return model

    def reload(self) -> LoadedModel:
        """Load the model the URI points to now and swap it in; returns it.

        If loading fails the old model keeps serving and the error propagates.
        """
        with self._reload_lock:
            fresh = self._load()
            previous, self._current = self._current, fresh
        if previous is not None:
            log.info("swapped version %s for %s", previous.ref.version, fresh.ref.version)
        return fresh

    def classify(self, messages: Sequence[str]) -> list[dict[str, Any]]:
        """Predictions in order, each tagged with the model and the batch's model time."""
        model = self.current  # one read: a concurrent reload cannot split this batch
        started = time.perf_counter()
        records = model.predictor.predict(model.classifier, list(messages))
        elapsed_ms = round((time.perf_counter() - started) * 1000, 3)
        tag = model.tag()
        for record in records:
            record["model"] = tag
            record["inference_ms"] = elapsed_ms
        return records
