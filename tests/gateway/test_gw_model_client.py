"""The model-server client: typed parsing of the documented contract, failures as 503s."""

from __future__ import annotations

import socket
import time

import pytest
from pydantic import ValidationError

from gateway.clients.model_server import HttpModelClient, ModelServerUnavailable, Prediction
from gateway.core.config import Settings
from omnichat_model.taxonomy import SUB_INTENTS


def documented_example() -> dict:
    """The response object of docs/model-server-api.md, with full distributions."""
    sub = {s: 0.005 for s in SUB_INTENTS}
    sub["financial.invoice_copy"] = 1 - 0.005 * (len(SUB_INTENTS) - 1)
    return {
        "intent": "financial",
        "sub_intent": "financial.invoice_copy",
        "sentiment": "neutral",
        "urgent": False,
        "confidence": sub["financial.invoice_copy"],
        "urgency_probability": 0.08,
        "probabilities": {
            "sub_intent": sub,
            "intent": {"technical": 0.01, "financial": 0.97, "commercial": 0.01, "other": 0.01},
            "sentiment": {"frustrated": 0.05, "neutral": 0.9, "satisfied": 0.05},
        },
        "model": {"name": "omnichat-classifier", "version": "3"},
        "inference_ms": 4.1,
    }


def closed_port() -> int:
    """A local port nothing listens on (bound then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_documented_response_parses_into_a_typed_prediction() -> None:
    prediction = Prediction.model_validate(documented_example())
    assert prediction.sub_intent == "financial.invoice_copy"
    assert prediction.probabilities.sub_intent["financial.invoice_copy"] == pytest.approx(0.93)


def test_response_with_missing_labels_is_rejected() -> None:
    body = documented_example()
    del body["probabilities"]["sub_intent"]["other.greeting"]
    with pytest.raises(ValidationError, match="taxonomy"):
        Prediction.model_validate(body)


def test_unreachable_server_raises_unavailable_after_retries() -> None:
    client = HttpModelClient(
        f"http://127.0.0.1:{closed_port()}", connect_retries=2, retry_backoff_s=0.05
    )
    started = time.perf_counter()
    with pytest.raises(ModelServerUnavailable, match="after 3 attempts"):
        client.classify(["minha internet caiu"])
    # Two back-offs (0.05 s + 0.1 s) prove the connection errors were retried.
    assert time.perf_counter() - started >= 0.15
    assert client.ready() is False
    client.close()


def test_batch_limits_are_checked_before_any_request() -> None:
    client = HttpModelClient(f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(ValueError, match="between 1 and 64"):
        client.classify([])
    with pytest.raises(ValueError, match="between 1 and 64"):
        client.classify(["oi"] * 65)
    client.close()


def test_api_answers_503_when_the_model_server_is_down(sqlite_url: str) -> None:
    from fastapi.testclient import TestClient
    from gw_app import KEY_A, seed_tenants

    from gateway.main import create_app

    settings = Settings(
        database_url=sqlite_url,
        auto_migrate=False,
        model_server_url=f"http://127.0.0.1:{closed_port()}",
        model_server_connect_retries=1,
    )
    app = create_app(settings)
    seed_tenants(app)
    with TestClient(app) as client:
        response = client.post(
            "/api/v1/conversations/message",
            json={"channel": "email", "customer_identifier": "cliente-basic-001", "message": "oi"},
            headers={"Authorization": f"Bearer {KEY_A}"},
        )
        assert response.status_code == 503
        assert "model server unavailable" in response.json()["detail"]
        assert response.headers["Retry-After"] == "5"
        health = client.get("/api/v1/health").json()
        assert health["status"] == "degraded"
        assert health["model_server"]["status"] == "down"
        assert health["database"]["status"] == "ok"
        metrics = client.get("/metrics").text
        assert 'omnichat_gateway_errors_total{kind="model_unavailable"} 1.0' in metrics
