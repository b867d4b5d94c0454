"""Serving test fixtures: the service class and its ASGI app on the session's real model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from srv_env import serving_env
from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def service(registered_model: Any) -> Any:
    """A `ModelServer` instance built directly (no HTTP), champion loaded."""
    from serving.service import ModelServer

    with serving_env(registered_model):
        return ModelServer()


@pytest.fixture(scope="module")
def client(registered_model: Any) -> Iterator[TestClient]:
    """The service's ASGI app (BentoML's own routing, middlewares and validation)."""
    from serving.service import ModelServer

    with serving_env(registered_model), TestClient(ModelServer.to_asgi()) as test_client:
        yield test_client


@pytest.fixture
def second_version(registered_model: Any) -> Iterator[str]:
    """A new registry version of the same model; the champion alias is restored afterwards."""
    from mlflow import MlflowClient

    from training import tracking

    tracking.configure()
    mlflow_client = MlflowClient()
    source = mlflow_client.get_model_version(
        registered_model.model_name, registered_model.version
    ).source
    version = tracking.register(source, registered_model.model_name)
    try:
        yield version
    finally:
        tracking.set_alias(registered_model.model_name, "champion", registered_model.version)
