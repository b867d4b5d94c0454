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
    # Encoder intra-op threads. 1, measured on this shared 2-core machine: 2 threads win when
    # the machine is idle (4.9 vs 7.2 ms a message) but collapse to ~16 ms when another process
    # takes a core (1 thread: 6.5 ms), and the gateway shares these cores. Parallelism across
    # messages (below) uses the second core instead.
    serving_onnx_threads: int = Field(default=1, ge=1, le=64)
    # Threads that each predict a part of a multi-message batch, one core each (1 = off); see
    # serving/inference.py and docs/serving.md for the measurements behind the default.
    serving_batch_parallelism: int = Field(default=2, ge=1, le=64)
