"""The outbox against real local HTTP receivers: retries, circuit breaker, dead letters, replay."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from gw_app import Gateway, running_gateway
from gw_webhooks import FAST_DELIVERY, Receiver, wait_until, webhook_settings

from gateway.webhooks import signing


@contextmanager
def delivering_gateway(sqlite_url: str, **settings: Any) -> Iterator[Gateway]:
    """A gateway whose embedded worker delivers with millisecond timings."""
    with running_gateway(sqlite_url, **{**FAST_DELIVERY, **settings}) as gw:
        yield gw


def configure(gw: Gateway, webhooks: dict[str, Any], csat_enabled: bool = False) -> None:
    """Set the tenant's webhooks through the API (CSAT off unless asked: fewer moving parts)."""
    current = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
    current["webhooks"] = webhooks
    current["csat"] = {**current["csat"], "enabled": csat_enabled}
    response = gw.client.put("/api/v1/tenant/settings", json=current, headers=gw.headers())
    assert response.status_code == 200, response.text


def deliveries(gw: Gateway, **params: Any) -> list[dict[str, Any]]:
    response = gw.client.get("/api/v1/webhooks/deliveries", params=params, headers=gw.headers())
    assert response.status_code == 200, response.text
    return response.json()


def settled(gw: Gateway) -> bool:
    """No webhook waiting (a CSAT survey may wait for its delay)."""
    return not [d for d in deliveries(gw, status="pending") if d["target"] == "webhook"]


def test_events_are_signed_and_written_with_the_state_change(sqlite_url: str) -> None:
    receiver = Receiver().start()
    try:
        with delivering_gateway(sqlite_url) as gw:
            configure(gw, webhook_settings(receiver.url))
            body = gw.message("quero cancelar").json()
            wait_until(lambda: len(receiver.processed) >= 3 and settled(gw))
    finally:
        receiver.stop()
    types = sorted(e["type"] for e in receiver.processed.values())
    # A routed message: received, a ticket and a hand-off; nothing else.
    assert body["decision"]["resolution_type"] == "human_routing"
    assert types == ["human_handoff", "message_received", "ticket_created"]
    assert receiver.bad_signatures == 0
    for request in receiver.requests:
        event, headers = request["event"], request["headers"]
        assert headers[signing.EVENT_ID_HEADER] == event["id"]
        assert headers[signing.SIGNATURE_HEADER].startswith("sha256=")
        assert event["tenant"] == "demo-isp" and event["created_at"]
        assert event["data"]["conversation_id"] == body["conversation_id"]
    handoff = next(e for e in receiver.processed.values() if e["type"] == "human_handoff")
    assert handoff["data"]["handoff_id"] == body["decision"]["handoff_id"]


def test_receiver_failing_n_times_then_succeeding_gets_each_event_once(sqlite_url: str) -> None:
    receiver = Receiver(fail_first=4, fail_status=503).start()
    try:
        with delivering_gateway(sqlite_url, breaker_failure_threshold=50) as gw:
            configure(gw, webhook_settings(receiver.url, events=["message_received"]))
            for text in ("segunda via do boleto", "quero mudar de plano"):
                assert gw.message(text).status_code == 200
            wait_until(lambda: len(receiver.processed) == 2 and settled(gw))
            rows = deliveries(gw)
            exposition = gw.client.get("/metrics").text
    finally:
        receiver.stop()
    assert len(receiver.requests) == 2 + 4  # every failure was retried
    assert sum(r["attempts"] for r in rows) == 6
    assert {r["status"] for r in rows} == {"delivered"}
    assert set(receiver.processed) == {r["event_id"] for r in rows}
    assert 'omnichat_delivery_attempts_total{result="retry",target="webhook"} 4.0' in exposition
    assert 'omnichat_delivery_attempts_total{result="delivered",target="webhook"} 2.0' in exposition
    # Retries wait: exponential steps with jitter, never immediately.
    first_id = receiver.requests[0]["event"]["id"]
    times = [r["at"] for r in receiver.requests if r["event"]["id"] == first_id]
    assert all(
        b - a >= FAST_DELIVERY["webhook_backoff_base_s"] / 2 for a, b in itertools.pairwise(times)
    )


def test_down_longer_than_the_breaker_window_opens_then_probes_then_recovers(
    sqlite_url: str,
) -> None:
    receiver = Receiver()  # not started: connections are refused
    with delivering_gateway(
        sqlite_url,
        breaker_failure_threshold=3,
        breaker_cooldown_s=0.3,
        webhook_max_attempts=5,
        delivery_concurrency_per_destination=1,  # exact attempt counts: one request at a time
    ) as gw:
        configure(gw, webhook_settings(receiver.url, events=["message_received"]))
        for i in range(8):
            assert gw.message(f"segunda via do boleto {i}").status_code == 200

        def circuit() -> dict[str, Any]:
            rows = gw.client.get("/api/v1/webhooks/circuits", headers=gw.headers()).json()
            return rows[0] if rows else {"state": "closed"}

        wait_until(lambda: circuit()["state"] == "open", timeout_s=5)
        down_for_s = 1.5  # five cool-downs
        time.sleep(down_for_s)
        attempts_while_down = sum(r["attempts"] for r in deliveries(gw))
        receiver.start()
        try:
            wait_until(lambda: settled(gw) and len(receiver.processed) == 8, timeout_s=10)
        finally:
            receiver.stop()
        rows = deliveries(gw)
        final_circuit = circuit()
    # Without the breaker 8 events x 5 attempts would all have been spent by now; with it, the
    # threshold's attempts plus about one half-open probe per cool-down.
    probes = down_for_s / 0.3
    assert 3 + 1 <= attempts_while_down <= 3 + probes + 2  # half-open probes went out
    assert {r["status"] for r in rows} == {"delivered"}, "waiting on the breaker costs no attempt"
    assert final_circuit["state"] == "closed" and final_circuit["consecutive_failures"] == 0


def test_dead_letter_then_replay_delivers_the_same_event(sqlite_url: str) -> None:
    receiver = Receiver(fail_first=3, fail_status=500).start()
    try:
        with delivering_gateway(
            sqlite_url, webhook_max_attempts=3, breaker_failure_threshold=50
        ) as gw:
            configure(gw, webhook_settings(receiver.url, events=["message_received"]))
            gw.message("segunda via do boleto")
            wait_until(lambda: len(deliveries(gw, status="dead")) == 1)
            dead = gw.client.get("/api/v1/webhooks/dead-letters", headers=gw.headers()).json()
            assert len(dead) == 1 and dead[0]["attempts"] == 3
            assert dead[0]["last_status_code"] == 500 and "HTTP 500" in dead[0]["last_error"]
            assert receiver.processed == {}

            other = gw.client.post(
                f"/api/v1/webhooks/dead-letters/{dead[0]['id']}/replay",
                headers=gw.headers("test-key-tenant-b-0123456789"),
            )
            assert other.status_code == 404, "another tenant cannot replay it"
            replay = gw.client.post(
                f"/api/v1/webhooks/dead-letters/{dead[0]['id']}/replay", headers=gw.headers()
            )
            assert replay.status_code == 200 and replay.json()["status"] == "pending"
            wait_until(lambda: len(receiver.processed) == 1 and settled(gw))
            again = gw.client.post(
                f"/api/v1/webhooks/dead-letters/{dead[0]['id']}/replay", headers=gw.headers()
            )
            assert again.status_code == 409, "a delivered row is not a dead letter"
            row = deliveries(gw)[0]
    finally:
        receiver.stop()
    assert list(receiver.processed) == [dead[0]["event_id"]]
    assert len(receiver.requests) == 4
    assert row["status"] == "delivered" and row["attempts"] == 1


def test_refused_request_is_dead_lettered_without_retries(sqlite_url: str) -> None:
    receiver = Receiver(secret="another-secret-the-gateway-does-not-know").start()
    try:
        with delivering_gateway(sqlite_url) as gw:
            configure(gw, webhook_settings(receiver.url, events=["message_received"]))
            gw.message("segunda via do boleto")
            wait_until(lambda: len(deliveries(gw, status="dead")) == 1)
            replayed = gw.client.post("/api/v1/webhooks/dead-letters/replay", headers=gw.headers())
            assert replayed.json() == {"replayed": 1}
            wait_until(lambda: len(deliveries(gw, status="dead")) == 1 and settled(gw))
            dead = deliveries(gw, status="dead")[0]
    finally:
        receiver.stop()
    assert receiver.bad_signatures == 2  # once, then once more after the replay: no retries
    assert dead["attempts"] == 1 and dead["last_status_code"] == 401


def test_the_demo_tenant_is_configured_from_the_environment(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    receiver = Receiver(secret="secret-from-the-environment-0123").start()
    monkeypatch.setenv("CRM_WEBHOOK_URL", receiver.url)
    monkeypatch.setenv("CRM_WEBHOOK_SECRET", receiver.secret)
    try:
        with delivering_gateway(sqlite_url) as gw:
            settings = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
            assert settings["webhooks"]["endpoints"] == [], "the secret never enters the database"
            gw.message("segunda via do boleto")
            gw.message("segunda via do boleto", key="test-key-tenant-b-0123456789")
            wait_until(lambda: len(receiver.processed) >= 2 and settled(gw))
    finally:
        receiver.stop()
    assert receiver.bad_signatures == 0
    assert {e["tenant"] for e in receiver.processed.values()} == {"demo-isp"}
