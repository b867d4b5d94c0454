"""The signature scheme, and the inbound CRM endpoint that enforces it."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from gw_app import Gateway

from gateway.webhooks import signing

SECRET = "crm-inbound-secret-0123456789"
BODY = b'{"id":"evt-1","type":"customer.updated","data":{}}'


def test_a_valid_signature_verifies_and_returns_its_timestamp() -> None:
    now = 1_800_000_000
    headers = signing.signed_headers(SECRET, BODY, now=now)
    sent_at = signing.verify(
        SECRET,
        BODY,
        headers[signing.SIGNATURE_HEADER],
        headers[signing.TIMESTAMP_HEADER],
        tolerance_s=300,
        now=now + 299,
    )
    assert sent_at == now


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda h, b: (h | {signing.SIGNATURE_HEADER: ""}, b), "missing X-Webhook-Signature"),
        (lambda h, b: (h | {signing.TIMESTAMP_HEADER: ""}, b), "missing X-Webhook-Timestamp"),
        (lambda h, b: (h, b + b" "), "does not match"),  # body changed after signing
        (lambda h, b: (h | {signing.SIGNATURE_HEADER: "md5=abc"}, b), "sha256="),
        (lambda h, b: (h | {signing.TIMESTAMP_HEADER: "yesterday"}, b), "unix seconds"),
        # The timestamp is signed: moving it forward breaks the signature.
        (
            lambda h, b: (
                h | {signing.TIMESTAMP_HEADER: str(int(h[signing.TIMESTAMP_HEADER]) + 1)},
                b,
            ),
            "does not match",
        ),
    ],
)
def test_tampered_or_incomplete_requests_are_refused(mutate: Any, message: str) -> None:
    now = 1_800_000_000
    headers, body = mutate(signing.signed_headers(SECRET, BODY, now=now), BODY)
    with pytest.raises(signing.SignatureError, match=message):
        signing.verify(
            SECRET,
            body,
            headers[signing.SIGNATURE_HEADER],
            headers[signing.TIMESTAMP_HEADER],
            tolerance_s=300,
            now=now,
        )


def test_a_stale_signature_is_refused_even_when_it_matches() -> None:
    now = 1_800_000_000
    headers = signing.signed_headers(SECRET, BODY, now=now)
    with pytest.raises(signing.SignatureError, match="stale timestamp"):
        signing.verify(
            SECRET,
            BODY,
            headers[signing.SIGNATURE_HEADER],
            headers[signing.TIMESTAMP_HEADER],
            tolerance_s=300,
            now=now + 301,
        )


def _enable_crm(gw: Gateway) -> None:
    current = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
    current["webhooks"] = {"inbound_secret": SECRET}
    assert gw.client.put("/api/v1/tenant/settings", json=current, headers=gw.headers()).is_success


def _post(
    gw: Gateway,
    event: dict[str, Any],
    secret: str = SECRET,
    tenant: str = "demo-isp",
    at: float | None = None,
    drop: str | None = None,
) -> Any:
    body = json.dumps(event).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Webhook-Tenant": tenant,
        **signing.signed_headers(secret, body, now=at),
    }
    if drop:
        headers.pop(drop)
    return gw.client.post("/api/v1/webhooks/crm", content=body, headers=headers)


def _customer(gw: Gateway, external_id: str) -> dict[str, Any]:
    response = gw.client.get(f"/api/v1/customers/{external_id}", headers=gw.headers())
    assert response.status_code == 200, response.text
    return response.json()


def test_crm_updates_a_customer_profile_and_refuses_the_replayed_event(gateway: Gateway) -> None:
    _enable_crm(gateway)
    event = {
        "id": "crm-evt-1",
        "type": "customer.updated",
        "data": {"customer_id": "cliente-basic-001", "tier": "premium", "blocked": False},
    }
    applied = _post(gateway, event)
    assert applied.status_code == 200, applied.text
    assert applied.json()["status"] == "applied"
    profile = _customer(gateway, "cliente-basic-001")
    assert profile["tier"] == "premium" and profile["blocked"] is False
    assert profile["region"] == "centro", "fields the CRM did not send stay as they were"

    replayed = _post(gateway, event)  # same event id, freshly signed
    assert replayed.status_code == 409 and "already applied" in replayed.json()["detail"]


def test_crm_closes_a_ticket_the_gateway_opened(gateway: Gateway) -> None:
    _enable_crm(gateway)
    routed = gateway.message("quero cancelar").json()
    ticket_id = next(
        a["data"]["ticket_id"] for a in routed["actions_taken"] if a["action"] == "open_ticket"
    )
    before = gateway.client.get(
        "/api/v1/customers/cliente-basic-001/context", headers=gateway.headers()
    ).json()
    assert before["context"]["open_ticket_sub_intent"] == "commercial.cancellation"
    event = {
        "id": "crm-evt-2",
        "type": "ticket.updated",
        "data": {"ticket_id": ticket_id, "status": "closed"},
    }
    assert _post(gateway, event).status_code == 200
    after = gateway.client.get(
        "/api/v1/customers/cliente-basic-001/context", headers=gateway.headers()
    ).json()
    assert after["context"]["open_ticket_sub_intent"] is None, "the cached context was refreshed"
    unknown = {
        "id": "crm-evt-3",
        "type": "ticket.updated",
        "data": {"ticket_id": "nope", "status": "closed"},
    }
    assert _post(gateway, unknown).status_code == 404


@pytest.mark.parametrize(
    ("kwargs", "detail"),
    [
        ({"secret": "not-the-tenant-secret-000"}, "does not match"),
        ({"drop": "X-Webhook-Signature"}, "missing X-Webhook-Signature"),
        ({"at": time.time() - 3600}, "stale timestamp"),
        ({"tenant": "other-isp"}, "unknown tenant or no CRM secret"),  # B has no secret
        ({"tenant": "no-such-isp"}, "unknown tenant or no CRM secret"),
        ({"drop": "X-Webhook-Tenant"}, "missing X-Webhook-Tenant"),
    ],
)
def test_bad_crm_requests_are_refused_and_change_nothing(
    gateway: Gateway, kwargs: dict[str, Any], detail: str
) -> None:
    _enable_crm(gateway)
    event = {
        "id": "crm-evt-x",
        "type": "customer.updated",
        "data": {"customer_id": "cliente-basic-001", "tier": "business"},
    }
    response = _post(gateway, event, **kwargs)
    assert response.status_code == 401
    assert detail in response.json()["detail"]
    assert _customer(gateway, "cliente-basic-001")["tier"] == "basic"
    assert _post(gateway, event).status_code == 200, "a refused request does not burn the event id"


@pytest.mark.parametrize(
    "event",
    [
        {"id": "e", "type": "invoice.paid", "data": {}},
        {"id": "e", "type": "customer.updated", "data": {"customer_id": "x", "tier": "gold"}},
        {"type": "customer.updated", "data": {"customer_id": "x"}},
    ],
)
def test_malformed_crm_events_get_a_422_with_the_reason(
    gateway: Gateway, event: dict[str, Any]
) -> None:
    _enable_crm(gateway)
    response = _post(gateway, event)
    assert response.status_code == 422
    assert response.json()["detail"]
