"""Human desk, outages, tenant settings, audit log and KPIs through the API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gateway.db.models import AuditLog, AuditLogIsAppendOnly


def test_queue_orders_urgent_frustrated_then_tier_then_waiting_time(any_gateway) -> None:
    gw = any_gateway
    basic_first = gw.message("quero cancelar").json()["decision"]["handoff_id"]
    business = gw.message("quero cancelar", customer="cliente-business-001").json()
    urgent = gw.message(
        "quero cancelar, isso é um absurdo, urgente", customer="cliente-premium-001"
    ).json()
    queue = gw.client.get("/api/v1/handoffs?status=pending", headers=gw.headers()).json()
    assert [h["id"] for h in queue] == [
        urgent["decision"]["handoff_id"],
        business["decision"]["handoff_id"],
        basic_first,
    ]
    assert [h["priority"] for h in queue] == [0, 2, 2]
    assert [h["tier_rank"] for h in queue] == [1, 0, 2]
    assert [h["customer_id"] for h in queue] == [
        "cliente-premium-001",
        "cliente-business-001",
        "cliente-basic-001",
    ]


def test_claim_reply_resolve_keeps_feedback_and_updates_kpis(any_gateway) -> None:
    gw = any_gateway
    handoff_id = gw.message("quero cancelar").json()["decision"]["handoff_id"]
    url = f"/api/v1/handoffs/{handoff_id}"
    claimed = gw.client.post(f"{url}/claim", json={"agent": "ana"}, headers=gw.headers())
    assert claimed.status_code == 200 and claimed.json()["status"] == "claimed"
    taken = gw.client.post(f"{url}/claim", json={"agent": "bia"}, headers=gw.headers())
    assert taken.status_code == 409 and "ana" in taken.json()["detail"]
    not_mine = gw.client.post(
        f"{url}/reply", json={"agent": "bia", "message": "oi"}, headers=gw.headers()
    )
    assert not_mine.status_code == 409
    reply = gw.client.post(
        f"{url}/reply",
        json={"agent": "ana", "message": "Posso te oferecer um desconto?"},
        headers=gw.headers(),
    )
    assert reply.status_code == 200
    resolved = gw.client.post(
        f"{url}/resolve",
        json={
            "agent": "ana",
            "sub_intent": "commercial.plan_change",
            "sentiment": "neutral",
            "urgent": False,
        },
        headers=gw.headers(),
    )
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    assert gw.client.get("/api/v1/handoffs", headers=gw.headers()).json() == []
    conversation = gw.client.get(
        f"/api/v1/conversations/{claimed.json()['conversation_id']}", headers=gw.headers()
    ).json()
    assert conversation["messages"][-1] == {
        **conversation["messages"][-1],
        "role": "agent",
        "text": "Posso te oferecer um desconto?",
    }
    gw.message("segunda via")  # one automated decision next to the routed one
    summary = gw.client.get("/api/v1/metrics/summary", headers=gw.headers()).json()
    assert summary["decisions"] == 2
    assert summary["ai_resolution_rate"] == 0.5
    assert summary["corrections"] == 1
    assert summary["intent_accuracy"] == 1.0  # cancellation -> plan_change: both commercial
    assert summary["sub_intent_accuracy"] == 0.0
    assert summary["handoff_queue_size"] == 0
    assert summary["messages_per_channel"] == {"whatsapp": 2}
    events = [
        e["event"] for e in gw.client.get("/api/v1/tenant/audit", headers=gw.headers()).json()
    ]
    assert {"decision", "handoff_claimed", "handoff_replied", "handoff_resolved"} <= set(events)


def test_resolve_rejects_unknown_labels(gateway) -> None:
    handoff_id = gateway.message("quero cancelar").json()["decision"]["handoff_id"]
    gateway.client.post(
        f"/api/v1/handoffs/{handoff_id}/claim", json={"agent": "ana"}, headers=gateway.headers()
    )
    response = gateway.client.post(
        f"/api/v1/handoffs/{handoff_id}/resolve",
        json={
            "agent": "ana",
            "sub_intent": "financial.nope",
            "sentiment": "neutral",
            "urgent": False,
        },
        headers=gateway.headers(),
    )
    assert response.status_code == 422
    assert "unknown sub_intent" in response.text


def test_outage_lifecycle_updates_customer_context(any_gateway) -> None:
    gw = any_gateway
    context_url = "/api/v1/customers/cliente-business-001/context"
    assert (
        gw.client.get(context_url, headers=gw.headers()).json()["context"]["outage_in_region"]
        is False
    )
    eta = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    created = gw.client.post(
        "/api/v1/outages",
        json={"region": "zona-sul", "description": "poste caído", "estimated_end": eta},
        headers=gw.headers(),
    )
    assert created.status_code == 201
    assert (
        gw.client.get(context_url, headers=gw.headers()).json()["context"]["outage_in_region"]
        is True
    )
    reply = gw.message("estou sem internet", customer="cliente-business-001").json()["reply"]
    assert "instabilidade na sua região" in reply
    deleted = gw.client.delete(f"/api/v1/outages/{created.json()['id']}", headers=gw.headers())
    assert deleted.status_code == 204
    assert (
        gw.client.get(context_url, headers=gw.headers()).json()["context"]["outage_in_region"]
        is False
    )
    again = gw.client.delete(f"/api/v1/outages/{created.json()['id']}", headers=gw.headers())
    assert again.status_code == 404


def test_customer_upsert_and_lookup_by_phone(gateway) -> None:
    created = gateway.client.put(
        "/api/v1/customers/c-900",
        json={
            "name": "Rita",
            "tier": "premium",
            "plan_mbps": 500,
            "region": "centro",
            "phone": "+55 (21) 99876-5432",
        },
        headers=gateway.headers(),
    )
    assert created.status_code == 200
    assert created.json()["phone"] == "5521998765432"
    body = gateway.message("segunda via", customer="5521998765432").json()
    assert body["customer_id"] == "c-900"
    # PUT replaces the profile: fields left out go back to their defaults.
    updated = gateway.client.put(
        "/api/v1/customers/c-900",
        json={"tier": "business", "region": "centro"},
        headers=gateway.headers(),
    )
    assert updated.json()["tier"] == "business" and updated.json()["id"] == created.json()["id"]
    assert updated.json()["phone"] is None


def test_tenant_settings_change_routing_and_are_audited(gateway) -> None:
    settings = gateway.client.get("/api/v1/tenant/settings", headers=gateway.headers()).json()
    assert settings["routing"]["default_threshold"] == 0.7
    settings["routing"]["thresholds"] = {"financial.invoice_copy": 0.99}
    put = gateway.client.put("/api/v1/tenant/settings", json=settings, headers=gateway.headers())
    assert put.status_code == 200
    decision = gateway.message("segunda via").json()["decision"]
    assert decision["resolution_type"] == "human_routing"
    assert "0.99" in decision["reason"]
    audit = gateway.client.get(
        "/api/v1/tenant/audit?event=settings_changed", headers=gateway.headers()
    ).json()
    assert audit[0]["details"]["after"]["routing"]["thresholds"] == {"financial.invoice_copy": 0.99}
    bad = gateway.client.put(
        "/api/v1/tenant/settings",
        json={"routing": {"default_threshold": 2}},
        headers=gateway.headers(),
    )
    assert bad.status_code == 422


def test_audit_log_is_append_only(any_gateway) -> None:
    any_gateway.message("segunda via")
    with any_gateway.app.state.session_factory() as session:
        entry = session.query(AuditLog).first()
        entry.actor = "someone else"
        with pytest.raises(AuditLogIsAppendOnly):
            session.flush()
        session.rollback()
        session.delete(session.query(AuditLog).first())
        with pytest.raises(AuditLogIsAppendOnly):
            session.flush()


def test_health_and_prometheus_metrics(gateway) -> None:
    health = gateway.client.get("/health").json()
    assert health["status"] == "ok"
    assert health["cache"] == {"status": "ok", "detail": "memory"}
    assert health["database"] == {"status": "ok", "detail": "sqlite"}
    gateway.message("segunda via")
    metrics = gateway.client.get("/api/v1/metrics").text
    assert (
        'omnichat_gateway_decisions_total{channel="whatsapp",intent="financial",'
        'resolution_type="ai_automated"} 1.0'
    ) in metrics
    assert 'handler="post_message",method="POST",status="200"' in metrics
    assert "omnichat_gateway_model_latency_seconds_count 1.0" in metrics


def test_messages_during_a_handoff_go_to_the_agent_not_the_ai(any_gateway) -> None:
    gw = any_gateway
    first = gw.message("quero cancelar").json()
    handoff_id = first["decision"]["handoff_id"]
    waiting = gw.message("preciso da segunda via do boleto, urgente").json()
    assert waiting["decision"]["resolution_type"] == "human_routing"
    assert waiting["decision"]["rule"] == "agent_handling"
    assert waiting["decision"]["handoff_id"] == handoff_id
    assert waiting["actions_taken"] == []  # no invoice sent behind the agent's back
    assert waiting["conversation_id"] == first["conversation_id"]
    queue = gw.client.get("/api/v1/handoffs?status=pending", headers=gw.headers()).json()
    assert [h["id"] for h in queue] == [handoff_id]  # one hand-off, not two
    assert queue[0]["priority"] < 2  # the urgent follow-up raised it

    url = f"/api/v1/handoffs/{handoff_id}"
    gw.client.post(f"{url}/claim", json={"agent": "ana"}, headers=gw.headers())
    during = gw.message("segunda via").json()
    assert during["decision"]["rule"] == "agent_handling"
    assert "an agent is handling" in during["decision"]["reason"]
    gw.client.post(
        f"{url}/resolve",
        json={
            "agent": "ana",
            "sub_intent": "commercial.cancellation",
            "sentiment": "neutral",
            "urgent": False,
        },
        headers=gw.headers(),
    )
    after = gw.message("segunda via").json()
    # The AI decides again (here the repeat-contact rule may route it to a new hand-off).
    assert after["decision"]["rule"] != "agent_handling"
    assert after["decision"]["handoff_id"] != handoff_id
