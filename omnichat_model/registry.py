"""Load a registered classifier by MLflow URI (`models:/omnichat-classifier@champion`).

Used by serving and by `omnichat predict`; mlflow is imported inside the functions so the rest
of the runtime does not need it.
"""

from __future__ import annotations

from dataclasses import dataclass

from omnichat_model.classifier import OmnichatClassifier

DEFAULT_MODEL_NAME = "omnichat-classifier"
DEFAULT_MODEL_URI = f"models:/{DEFAULT_MODEL_NAME}@champion"


@dataclass(frozen=True)
class ModelRef:
    """Which registry entry a URI points to right now."""

    uri: str
    name: str | None
    version: str | None
    alias: str | None
    run_id: str | None


def resolve(uri: str) -> ModelRef:
    """Resolve `models:/name@alias` or `models:/name/version` to a concrete version."""
    from mlflow import MlflowClient

    if not uri.startswith("models:/"):
        return ModelRef(uri=uri, name=None, version=None, alias=None, run_id=None)
    body = uri.removeprefix("models:/")
    client = MlflowClient()
    if "@" in body:
        name, alias = body.split("@", 1)
        mv = client.get_model_version_by_alias(name, alias)
    else:
        name, version = body.split("/", 1)
        alias = None
        mv = client.get_model_version(name, version)
    return ModelRef(uri=uri, name=name, version=str(mv.version), alias=alias, run_id=mv.run_id)


def load_classifier(uri: str) -> tuple[OmnichatClassifier, ModelRef]:
    """Download (or open) the model at `uri` and return the classifier and what it is.

    An alias is resolved to its version first, so the pair is consistent even if the alias
    moves while the artifacts download.
    """
    import mlflow.pyfunc

    ref = resolve(uri)
    concrete = f"models:/{ref.name}/{ref.version}" if ref.version else uri
    model = mlflow.pyfunc.load_model(concrete)
    return model.unwrap_python_model().classifier, ref
