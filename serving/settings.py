"""Every runtime setting of the model server, read from the environment in one place."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from omnichat_model.registry import DEFAULT_MODEL_URI


class ServingSettings(BaseSettings):
    """Where the model comes from, how it runs, and who may reload it."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    mlflow_tracking_uri: str = "sqlite:///mlruns/mlflow.db"
    # A registry alias (resolved to a concrete version at load time) or any MLflow model URI.
    model_uri: str = DEFAULT_MODEL_URI
    # Bearer token for POST /reload; unset disables reloading (403).
    model_reload_token: SecretStr | None = None
    # ONNX Runtime intra-op threads per worker; 2 = both cores of this machine (measured, see
    # docs/serving.md: one worker with 2 threads beat two workers with 1 thread each).
    serving_onnx_threads: int = Field(default=2, ge=1, le=64)
