"""One real `bentoml serve` process: start on a free port, classify real messages, stop by PID."""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
from srv_env import RELOAD_TOKEN

from serving.launcher import free_port, start_server

pytestmark = [pytest.mark.slow, pytest.mark.model_server]

EXPECTED_INTENTS = {
    "minha internet caiu, luz vermelha": "technical",
    "preciso da segunda via do boleto desse mês": "financial",
    "quero cancelar meu contrato": "commercial",
}


def test_real_server_classifies_and_stops(registered_model: Any, tmp_path) -> None:
    log_path = tmp_path / "server.log"
    env = {
        "MLFLOW_TRACKING_URI": registered_model.tracking_uri,
        "MODEL_URI": registered_model.model_uri,
        "MODEL_RELOAD_TOKEN": RELOAD_TOKEN,
    }
    with log_path.open("wb") as log:
        server = start_server(free_port(), env=env, log=log)
        try:
            ready = server.readiness()
            assert ready == {
                "ready": True,
                "model": {"name": registered_model.model_name, "version": registered_model.version},
            }
            response = httpx.post(
                f"{server.url}/classify", json={"messages": list(EXPECTED_INTENTS)}, timeout=30
            )
            assert response.status_code == 200, response.text
            assert [p["intent"] for p in response.json()] == list(EXPECTED_INTENTS.values())
            too_many = httpx.post(f"{server.url}/classify", json={"messages": []}, timeout=30)
            assert too_many.status_code == 400
            model = httpx.get(f"{server.url}/model", timeout=30).json()
            assert model["version"] == registered_model.version
        finally:
            exit_code = server.stop()
    assert exit_code is not None
    with pytest.raises(ProcessLookupError):  # the whole process group is gone
        os.killpg(server.pid, 0)
