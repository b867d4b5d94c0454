"""`omnichat promote` (the dashboard's promote action) and `omnichat rollback` on a throwaway
MLflow registry whose versions point at an empty folder (only the aliases matter here)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import mlflow
import pytest
from mlflow import MlflowClient
from typer.testing import CliRunner

from training.cli import app


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """One MLflow store for the module (creating its tables takes seconds)."""
    root = tmp_path_factory.mktemp("promote-registry")
    previous_uri = mlflow.get_tracking_uri()
    with pytest.MonkeyPatch.context() as patch:
        uri = f"sqlite:///{root / 'mlflow.db'}"
        patch.setenv("MLFLOW_TRACKING_URI", uri)
        patch.setenv("MLFLOW_ARTIFACT_ROOT", str(root / "artifacts"))
        for name in ("MODEL_SERVER_URL", "MODEL_RELOAD_TOKEN"):
            patch.delenv(name, raising=False)
        try:
            yield uri, root
        finally:
            mlflow.set_tracking_uri(previous_uri)  # other tests' session store


@pytest.fixture
def model(store: tuple[str, Path]) -> tuple[MlflowClient, str]:
    """A registered model with two versions, under a name of its own."""
    uri, root = store
    client = MlflowClient(uri)
    name = f"omnichat-test-{uuid.uuid4().hex[:8]}"
    client.create_registered_model(name)
    source = root / name
    source.mkdir()
    for _ in range(2):
        client.create_model_version(name, source.as_uri())
    return client, name


def _alias(client: MlflowClient, name: str, alias: str) -> str | None:
    version = client.get_registered_model(name).aliases.get(alias)
    return None if version is None else str(version)


def test_promote_moves_champion_to_the_challenger_and_rollback_undoes_it(model) -> None:
    client, name = model
    client.set_registered_model_alias(name, "champion", "1")
    client.set_registered_model_alias(name, "challenger", "2")
    runner = CliRunner()
    promoted = runner.invoke(app, ["promote", "--model-name", name])
    assert promoted.exit_code == 0, promoted.output
    assert "champion moved from version 1 to 2" in promoted.output
    assert "not reloaded" in promoted.output  # no model server configured
    assert (_alias(client, name, "champion"), _alias(client, name, "previous")) == ("2", "1")
    assert _alias(client, name, "challenger") is None
    again = runner.invoke(app, ["promote", "--model-name", name])
    assert again.exit_code == 1 and "no challenger to promote" in again.output
    rolled = runner.invoke(app, ["rollback", "--model-name", name])
    assert rolled.exit_code == 0, rolled.output
    assert _alias(client, name, "champion") == "1"


def test_promote_without_a_champion_promotes_the_challenger(model) -> None:
    client, name = model
    client.set_registered_model_alias(name, "challenger", "1")
    result = CliRunner().invoke(app, ["promote", "--model-name", name])
    assert result.exit_code == 0, result.output
    assert (_alias(client, name, "champion"), _alias(client, name, "previous")) == ("1", None)
