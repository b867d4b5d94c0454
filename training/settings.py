"""Runtime settings of the training side, from the environment (never from params.yaml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class TrainingSettings(BaseSettings):
    """Where MLflow keeps runs and models, and where the external evaluation data lives."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    # MLflow 3 keeps metadata in SQLite; artifacts go next to it under mlruns/artifacts.
    mlflow_tracking_uri: str = "sqlite:///mlruns/mlflow.db"
    mlflow_artifact_root: Path = Path("mlruns/artifacts")
    omnichat_experiment: str = "omnichat"
    # Real complaints for evaluation only; absent folders are skipped with a message.
    omnichat_external_dir: Path = Path("../shared/external")
    # The gateway's database (same variable and default as the gateway): feedback is read here.
    database_url: str = "sqlite:///./omnichat.db"
    # After a promotion or rollback, `omnichat retrain/rollback` ask this model server to reload
    # (POST /reload); both unset = no reload.
    model_server_url: str | None = None
    model_reload_token: SecretStr | None = None
