"""The session fixture `model_server_url` (tests/fixtures_model_server.py, via the root
conftest) serves the session model and accepts its reload token."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fixtures_model_server import MODEL_SERVER_RELOAD_TOKEN

pytestmark = [pytest.mark.slow, pytest.mark.model_server]


def test_fixture_server_answers_and_reloads(model_server_url: str, registered_model: Any) -> None:
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
