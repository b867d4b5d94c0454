"""The reusable session fixture `model_server_url` (tests/fixtures_model_server.py) works."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fixtures_model_server import (  # noqa: F401 - fixtures used by name
    MODEL_SERVER_RELOAD_TOKEN,
    model_server,
    model_server_url,
)

pytestmark = [pytest.mark.slow, pytest.mark.model_server]


def test_fixture_server_answers_and_reloads(
    model_server_url: str,  # noqa: F811 - the imported fixture, requested by name
    registered_model: Any,
) -> None:
    ready = httpx.get(f"{model_server_url}/readyz", timeout=10)
    assert ready.status_code == 200
    response = httpx.post(
        f"{model_server_url}/classify", json={"messages": ["quero mudar de plano"]}, timeout=30
    )
    assert response.status_code == 200
    assert response.json()[0]["model"]["version"] == registered_model.version
    reload = httpx.post(
        f"{model_server_url}/reload",
        headers={"Authorization": f"Bearer {MODEL_SERVER_RELOAD_TOKEN}"},
        timeout=60,
    )
    assert reload.status_code == 200
    assert reload.json()["version"] == registered_model.version
