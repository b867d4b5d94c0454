"""Authentication, rate limiting and input validation (clear 4xx errors)."""

from __future__ import annotations

import pytest
from gw_app import KEY_A, running_gateway

MESSAGE_URL = "/api/v1/conversations/message"


def post(gateway, body: dict, key: str = KEY_A):
    return gateway.client.post(MESSAGE_URL, json=body, headers=gateway.headers(key))


def valid(**changes: object) -> dict:
    return {
        "channel": "whatsapp",
        "customer_identifier": "cliente-basic-001",
        "message": "oi",
    } | changes


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-key-0123456789"}, {"Authorization": "Basic abc"}],
)
def test_missing_or_invalid_key_is_401(gateway, headers: dict) -> None:
    response = gateway.client.post(MESSAGE_URL, json=valid(), headers=headers)
    assert response.status_code == 401
    assert "API key" in response.json()["detail"]
    assert gateway.model.calls == 0


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"message": ""}, "message"),
        ({"message": "   "}, "message is empty"),
        ({"message": "x" * 5001}, "at most 5000"),
        ({"channel": "telegram"}, "channel"),
        ({"customer_identifier": "a b;drop"}, "customer_identifier"),
        ({"customer_identifier": ""}, "customer_identifier"),
    ],
)
def test_bad_message_input_is_422_with_the_field_named(
    gateway, changes: dict, fragment: str
) -> None:
    response = post(gateway, valid(**changes))
    assert response.status_code == 422
    assert fragment in response.text
    assert gateway.model.calls == 0


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/conversations/not-a-uuid",
        "/api/v1/customers/bad%20id/context",
    ],
)
def test_malformed_ids_are_422(gateway, path: str) -> None:
    assert gateway.client.get(path, headers=gateway.headers()).status_code == 422


def test_malformed_handoff_id_is_422(gateway) -> None:
    response = gateway.client.post(
        "/api/v1/handoffs/123/claim", json={"agent": "ana"}, headers=gateway.headers()
    )
    assert response.status_code == 422


def test_inline_context_is_validated(gateway) -> None:
    response = gateway.client.post(
        "/api/v1/classify",
        json={"message": "oi", "context": {"last_sub_intent": "technical.bogus"}},
        headers=gateway.headers(),
    )
    assert response.status_code == 422
    assert "unknown sub_intent" in response.text


def test_outage_needs_timezone_aware_eta(gateway) -> None:
    response = gateway.client.post(
        "/api/v1/outages",
        json={"region": "centro", "estimated_end": "2030-01-01T10:00:00"},
        headers=gateway.headers(),
    )
    assert response.status_code == 422


def test_rate_limit_per_key(sqlite_url: str) -> None:
    with running_gateway(sqlite_url, rate_limit_per_minute=3) as gateway:
        codes = [
            gateway.client.get("/api/v1/outages", headers=gateway.headers()).status_code
            for _ in range(4)
        ]
        assert codes == [200, 200, 200, 429]
        limited = gateway.client.get("/api/v1/outages", headers=gateway.headers())
        assert "rate limit" in limited.json()["detail"]
        assert 0 < int(limited.headers["Retry-After"]) <= 60
        # Another tenant's key has its own budget.
        from gw_app import KEY_B

        assert (
            gateway.client.get("/api/v1/outages", headers=gateway.headers(KEY_B)).status_code == 200
        )
