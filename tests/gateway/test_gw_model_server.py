"""The same flows against a REAL model server process (docs/model-server-api.md).

`gateway_model_server_url` is the session's own `bentoml serve` of the test model (from
`tests/fixtures_model_server.py`), or `OMNICHAT_TEST_MODEL_SERVER_URL` when that is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from gw_app import KEY_A, seed_tenants

from gateway.clients.model_server import HttpModelClient
from gateway.core.config import Settings
from gateway.main import create_app

pytestmark = pytest.mark.model_server


@pytest.fixture(scope="session")
def gateway_model_server_url(model_server_url: str) -> str:
    """Base URL of a running model server: `OMNICHAT_TEST_MODEL_SERVER_URL` when set (to test
    against a deployed server), otherwise the session's own `bentoml serve` of the test model."""
    return os.environ.get("OMNICHAT_TEST_MODEL_SERVER_URL") or model_server_url


@pytest.fixture
def real_client(sqlite_url: str, gateway_model_server_url: str) -> Iterator[TestClient]:
    """The gateway with its real HTTP model client (no dependency override)."""
    app = create_app(
        Settings(
            database_url=sqlite_url, auto_migrate=False, model_server_url=gateway_model_server_url
        )
    )
    seed_tenants(app)
    with TestClient(app) as client:
        yield client


HEADERS = {"Authorization": f"Bearer {KEY_A}"}


def test_real_model_server_contract(gateway_model_server_url: str) -> None:
    client = HttpModelClient(gateway_model_server_url, timeout_s=10)
    result = client.classify(["minha internet caiu", "quero a segunda via do boleto"])
    assert [p.intent for p in result.predictions] == ["technical", "financial"]
    assert client.ready()
    client.close()


def test_message_flow_against_the_real_model(real_client: TestClient) -> None:
    response = real_client.post(
        "/api/v1/conversations/message",
        json={
            "channel": "whatsapp",
            "customer_identifier": "cliente-basic-001",
            "message": "quero a segunda via do boleto",
        },
        headers=HEADERS,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["analysis"]["sub_intent"] == "financial.invoice_copy"
    assert body["timings"]["model_ms"] > 0
    health = real_client.get("/health").json()
    assert health["model_server"]["status"] == "ok"


def test_blocked_follow_up_resolves_by_context_with_the_real_model(real_client: TestClient) -> None:
    response = real_client.post(
        "/api/v1/classify",
        json={
            "message": "continua bloqueado",
            "context": {"overdue_invoice": True, "blocked": True},
        },
        headers=HEADERS,
    )
    assert response.status_code == 200
    assert response.json()["analysis"]["sub_intent"] == "financial.payment_confirmation"


def test_clear_message_is_not_overridden_with_the_real_model(real_client: TestClient) -> None:
    response = real_client.post(
        "/api/v1/classify",
        json={
            "message": "quero cancelar meu plano",
            "context": {"overdue_invoice": True, "outage_in_region": True},
        },
        headers=HEADERS,
    )
    body = response.json()
    assert body["analysis"]["sub_intent"] == "commercial.cancellation"
    assert body["decision"]["team"] == "retention"
