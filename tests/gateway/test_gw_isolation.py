"""Multi-tenant isolation: tenant B sees and touches nothing of tenant A, on every endpoint."""

from __future__ import annotations

import pytest
from gw_app import KEY_B


@pytest.fixture
def a_state(any_gateway):
    """Tenant A with a conversation, a pending hand-off and an outage."""
    gw = any_gateway
    message = gw.message("quero cancelar").json()
    outage = gw.client.post(
        "/api/v1/outages", json={"region": "centro"}, headers=gw.headers()
    ).json()
    return gw, message["conversation_id"], message["decision"]["handoff_id"], outage["id"]


def test_b_cannot_read_or_change_a_resources(a_state) -> None:
    gw, conversation_id, handoff_id, outage_id = a_state
    b = gw.headers(KEY_B)
    assert gw.client.get(f"/api/v1/conversations/{conversation_id}", headers=b).status_code == 404
    assert (
        gw.client.post(f"/api/v1/conversations/{conversation_id}/close", headers=b).status_code
        == 404
    )
    assert gw.client.delete(f"/api/v1/outages/{outage_id}", headers=b).status_code == 404
    assert gw.client.get("/api/v1/outages", headers=b).json() == []
    for verb, body in (
        ("claim", {"agent": "x"}),
        ("reply", {"agent": "x", "message": "oi"}),
        (
            "resolve",
            {"agent": "x", "sub_intent": "other.greeting", "sentiment": "neutral", "urgent": False},
        ),
    ):
        response = gw.client.post(f"/api/v1/handoffs/{handoff_id}/{verb}", json=body, headers=b)
        assert response.status_code == 404, verb
    assert gw.client.get("/api/v1/handoffs", headers=b).json() == []
    assert gw.client.get("/api/v1/customers/cliente-premium-001", headers=b).status_code == 404
    assert (
        gw.client.get("/api/v1/customers/cliente-premium-001/context", headers=b).status_code == 404
    )
    summary = gw.client.get("/api/v1/metrics/summary", headers=b).json()
    assert summary["decisions"] == 0 and summary["handoff_queue_size"] == 0
    audit_b = gw.client.get("/api/v1/tenant/audit", headers=b).json()
    assert all(e["entity_id"] not in (conversation_id, handoff_id, outage_id) for e in audit_b)
    # A's resources are untouched and still visible to A.
    assert (
        gw.client.get(f"/api/v1/conversations/{conversation_id}", headers=gw.headers()).status_code
        == 200
    )
    assert len(gw.client.get("/api/v1/handoffs", headers=gw.headers()).json()) == 1
    outages_a = gw.client.get("/api/v1/outages", headers=gw.headers()).json()
    assert outage_id in [o["id"] for o in outages_a]  # next to the demo outage


def test_same_customer_id_is_a_different_customer_per_tenant(a_state) -> None:
    gw, conversation_id, _, _ = a_state
    b = gw.headers(KEY_B)
    context_b = gw.client.get("/api/v1/customers/cliente-basic-001/context", headers=b).json()
    assert context_b["context"]["tier"] == "premium"  # B's own profile
    assert context_b["context"]["overdue_invoice"] is False  # A's invoices do not leak
    assert context_b["context"]["outage_in_region"] is False  # A's outage in "centro" neither
    assert context_b["conversation_id"] is None
    message_b = gw.message("segunda via", key=KEY_B).json()
    assert message_b["conversation_id"] != conversation_id
    assert message_b["actions_taken"][0]["data"] == {"has_open_invoice": False}


def test_b_settings_do_not_change_a_routing(a_state) -> None:
    gw = a_state[0]
    b = gw.headers(KEY_B)
    settings = gw.client.get("/api/v1/tenant/settings", headers=b).json()
    settings["routing"]["default_threshold"] = 1.0
    assert gw.client.put("/api/v1/tenant/settings", json=settings, headers=b).status_code == 200
    # Another A customer: cliente-basic-001's conversation is with an agent (pending hand-off).
    a_answer = gw.message("segunda via", customer="cliente-premium-001").json()
    assert a_answer["decision"]["resolution_type"] == "ai_automated"
    assert (
        gw.message("segunda via", key=KEY_B).json()["decision"]["resolution_type"]
        == "human_routing"
    )
    assert (
        gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()["routing"][
            "default_threshold"
        ]
        == 0.7
    )
