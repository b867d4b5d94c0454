"""The only module that talks to MLflow on the training side.

Run naming, params, metrics, artifacts, model logging, registration and aliases all live here,
so stages stay plain functions and the tracking backend can change in one place.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException
from mlflow.models import infer_signature

from training.settings import TrainingSettings

log = logging.getLogger(__name__)

# Pinned runtime requirements of the logged model: passing them avoids MLflow's slow
# dependency inference (6-10 s per model) and makes the artifact reproducible.
MODEL_PIP_REQUIREMENTS = [
    "mlflow==3.17.2",
    "numpy==2.4.6",
    "scipy==1.17.1",
    "scikit-learn==1.9.1",
    "joblib==1.6.0",
    "onnxruntime==1.31.1",
    "tokenizers==0.23.3",
    "pandas==2.3.3",
    "pydantic==2.14.3",
]
_RUNTIME_PACKAGE = Path(__file__).resolve().parent.parent / "omnichat_model"


def configure(settings: TrainingSettings | None = None) -> str:
    """Point MLflow at the tracking store and make sure the experiment exists; returns its id."""
    settings = settings or TrainingSettings()
    uri = settings.mlflow_tracking_uri
    if uri.startswith("sqlite:///"):
        Path(uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(uri)
    experiment = mlflow.get_experiment_by_name(settings.omnichat_experiment)
    if experiment is not None:
        mlflow.set_experiment(experiment_id=experiment.experiment_id)
        return experiment.experiment_id
    root = settings.mlflow_artifact_root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    experiment_id = mlflow.create_experiment(
        settings.omnichat_experiment, artifact_location=root.as_uri()
    )
    mlflow.set_experiment(experiment_id=experiment_id)
    return experiment_id


@contextlib.contextmanager
def run(
    name: str | None = None,
    run_id: str | None = None,
    nested: bool = False,
    tags: Mapping[str, str] | None = None,
) -> Iterator[str]:
    """Start (or resume, with `run_id`) a run; yields its id."""
    with mlflow.start_run(run_id=run_id, run_name=name, nested=nested, tags=dict(tags or {})) as r:
        yield r.info.run_id


def log_params(params: Mapping[str, Any], prefix: str = "") -> None:
    """Log a nested mapping as flat `a.b.c` params (values stringified by MLflow)."""
    flat = _flatten(params, prefix)
    # MLflow refuses to overwrite a param with another value; resumed runs re-log the same ones.
    client = MlflowClient()
    active = mlflow.active_run()
    existing = client.get_run(active.info.run_id).data.params if active else {}
    mlflow.log_params({k: v for k, v in flat.items() if k not in existing})


def log_metrics(metrics: Mapping[str, float], prefix: str = "", step: int | None = None) -> None:
    clean = {f"{prefix}{k}": float(v) for k, v in metrics.items() if v == v}  # drop NaN
    mlflow.log_metrics(clean, step=step)


def log_artifact(path: Path, folder: str | None = None) -> None:
    mlflow.log_artifact(str(path), artifact_path=folder)


def log_dict(data: Mapping[str, Any], name: str) -> None:
    mlflow.log_dict(dict(data), name)


def log_table(rows: list[Mapping[str, Any]], name: str) -> None:
    """A table artifact (`name` ends in .json) that the MLflow UI shows as a table."""
    mlflow.log_table(data=pd.DataFrame([dict(r) for r in rows]), artifact_file=name)


def log_dataset(frame: pd.DataFrame, name: str, context: str, source: str) -> None:
    """Dataset lineage: which split (and its digest) a run trained or evaluated on."""
    dataset = mlflow.data.from_pandas(frame, source=source, name=name, targets="sub_intent")
    mlflow.log_input(dataset, context=context)


def log_classifier(classifier_dir: Path, example_messages: list[str]) -> str:
    """Log the classifier folder as an MLflow pyfunc model; returns the model URI."""
    from omnichat_model.pyfunc import ARTIFACT_KEY, OmnichatPyfunc

    example = pd.DataFrame({"message": example_messages})
    wrapper = OmnichatPyfunc()
    wrapper.load_context(_ArtifactsOnly({ARTIFACT_KEY: str(classifier_dir)}))
    signature = infer_signature(example, wrapper.predict(None, example))
    info = mlflow.pyfunc.log_model(
        name="model",
        python_model=OmnichatPyfunc(),
        artifacts={ARTIFACT_KEY: str(classifier_dir)},
        code_paths=[str(_RUNTIME_PACKAGE)],
        signature=signature,
        input_example=example,
        pip_requirements=MODEL_PIP_REQUIREMENTS,
    )
    return info.model_uri


def register(model_uri: str, name: str, tags: Mapping[str, str] | None = None) -> str:
    """Create a new registry version of `name` from `model_uri`; returns the version."""
    mv = mlflow.register_model(model_uri, name, tags=dict(tags or {}))
    return str(mv.version)


def alias_version(name: str, alias: str) -> str | None:
    """The version an alias points to, or None when the model or alias does not exist."""
    try:
        return str(MlflowClient().get_model_version_by_alias(name, alias).version)
    except MlflowException:
        return None


def set_alias(name: str, alias: str, version: str) -> None:
    MlflowClient().set_registered_model_alias(name, alias, version)


def delete_alias(name: str, alias: str) -> None:
    with contextlib.suppress(MlflowException):
        MlflowClient().delete_registered_model_alias(name, alias)


def set_version_tag(name: str, version: str, key: str, value: str) -> None:
    MlflowClient().set_model_version_tag(name, version, key, value)


def version_tags(name: str, version: str) -> dict[str, str]:
    return dict(MlflowClient().get_model_version(name, version).tags)


def version_metrics(name: str, version: str) -> dict[str, float]:
    """Metrics of the run that produced a registry version."""
    client = MlflowClient()
    run_id = client.get_model_version(name, version).run_id
    return dict(client.get_run(run_id).data.metrics) if run_id else {}


def write_run_pointer(path: Path, run_id: str) -> None:
    """Stages after `train` resume the same run: the id travels in a small JSON file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"run_id": run_id}), encoding="utf-8")


def read_run_pointer(path: Path) -> str | None:
    """The run id written by `train`, or None if that run is gone from this store."""
    run_id = json.loads(path.read_text(encoding="utf-8"))["run_id"]
    try:
        MlflowClient().get_run(run_id)
    except MlflowException:
        log.warning("run %s is not in this tracking store; a new run will be started", run_id)
        return None
    return run_id


class _ArtifactsOnly:
    """The slice of MLflow's PythonModelContext that `load_context` reads."""

    def __init__(self, artifacts: dict[str, str]) -> None:
        self.artifacts = artifacts


def _flatten(data: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
