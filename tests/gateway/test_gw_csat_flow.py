"""The CSAT loop end to end: resolution -> survey on the customer's channel after the delay ->
answer -> webhooks to the CRM -> CSAT in `/metrics/summary`.

WhatsApp goes through the local Graph API server and e-mail through a local SMTP server (the
channel adapters' real senders); the CRM is a real HTTP receiver.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient
from gw_app import Gateway, running_gateway, seed_tenants
from gw_channels import channel_settings as make_channel_settings
from gw_channels import (
    graph_api_server,
    post_webhook,
    smtp_server,
    text_message,
    webhook,
)
from gw_fake_model import KeywordModelClient
from gw_webhooks import FAST_DELIVERY, Receiver, wait_until, webhook_settings

from gateway.api.deps import get_model_client
from gateway.core.config import Settings

DELAY_S = 0.4


@contextmanager
def csat_gateway(database_url: str, channel_settings: Any) -> Iterator[Gateway]:
    from gateway.main import create_app

    app = create_app(Settings(database_url=database_url, auto_migrate=False, **FAST_DELIVERY))
    app.state.channel_settings = channel_settings
    model = KeywordModelClient()
    app.dependency_overrides[get_model_client] = lambda: model
    seed_tenants(app)
    with TestClient(app) as client:
        yield Gateway(app=app, client=client, model=model)


def configure(gw: Gateway, receiver_url: str | None = None, delay_s: float = DELAY_S) -> None:
    current = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
    if receiver_url:
        current["webhooks"] = webhook_settings(
            receiver_url, events=["conversation_resolved", "csat_received", "csat_alert"]
        )
    current["csat"] = {**current["csat"], "delay_s": delay_s}
    assert gw.client.put("/api/v1/tenant/settings", json=current, headers=gw.headers()).is_success


def surveys(gw: Gateway, **params: Any) -> list[dict[str, Any]]:
    return gw.client.get("/api/v1/csat/surveys", params=params, headers=gw.headers()).json()


def button_reply(wamid: str, text: str) -> dict[str, Any]:
    """A tap on a template's quick-reply button (Cloud API `button` message)."""
    return {
        "from": "5511987650001",
        "id": wamid,
        "timestamp": "1764493300",
        "type": "button",
        "button": {"text": text, "payload": text},
    }


def test_survey_loop_on_whatsapp_and_email_lands_in_the_metrics(sqlite_url: str) -> None:
    receiver = Receiver().start()
    with graph_api_server() as graph, smtp_server() as smtp:
        settings = make_channel_settings(graph.url, smtp_port=smtp.port)
        with csat_gateway(sqlite_url, settings) as gw:
            configure(gw, receiver.url)

            # 1. WhatsApp, resolved by the AI: the survey template goes out after the delay.
            resolved_at = time.time()
            assert post_webhook(
                gw, webhook([text_message("wamid.IN1", "segunda via do boleto")])
            ).is_success
            wait_until(lambda: any(r.body.get("type") == "template" for r in graph.requests))
            sent_after = time.time() - resolved_at
            template = next(r.body for r in graph.requests if r.body.get("type") == "template")
            assert template["template"]["name"] == "csat_survey"
            assert template["to"] == "5511987650001"
            assert sent_after >= DELAY_S
            wait_until(lambda: surveys(gw, status="sent") != [])

            # The customer taps the template's "😍 Ótimo" button.
            assert post_webhook(gw, webhook([button_reply("wamid.IN2", "😍 Ótimo")])).is_success
            wait_until(lambda: surveys(gw, status="answered") != [])

            # 2. E-mail, resolved by an agent; the customer is unhappy.
            routed = gw.message("quero cancelar", customer="cliente-business-001", channel="email")
            handoff_id = routed.json()["decision"]["handoff_id"]
            agent = {"agent": "ana"}
            assert gw.client.post(
                f"/api/v1/handoffs/{handoff_id}/claim", json=agent, headers=gw.headers()
            ).is_success
            resolve = {
                **agent,
                "sub_intent": "commercial.cancellation",
                "sentiment": "frustrated",
                "urgent": False,
            }
            assert gw.client.post(
                f"/api/v1/handoffs/{handoff_id}/resolve", json=resolve, headers=gw.headers()
            ).is_success
            wait_until(
                lambda: len(smtp.inbox.messages) >= 1 and len(surveys(gw, status="sent")) == 1
            )
            survey_mail = smtp.inbox.messages[-1]
            assert smtp.inbox.recipients[-1] == ["contato@paoquente.example.com"]
            assert "1 (péssimo) a 5 (ótimo)" in survey_mail.get_payload(decode=True).decode()

            calls = gw.model.calls
            answer = gw.message(
                "péssimo, ninguém resolve nada!!!", customer="cliente-business-001", channel="email"
            ).json()
            assert answer["decision"]["rule"] == "csat_answer"
            assert gw.model.calls == calls + 1  # the answer and its comment in one model call
            assert "supervisor" in answer["reply"]

            wait_until(
                lambda: sum(e["type"].startswith("csat") for e in receiver.processed.values()) == 3
            )
            summary = gw.client.get("/api/v1/metrics/summary", headers=gw.headers()).json()
            answered = {s["channel"]: s for s in surveys(gw, status="answered")}
    receiver.stop()

    assert answered["whatsapp"]["score"] == 5 and answered["whatsapp"]["negative"] is False
    assert answered["email"]["score"] == 1 and answered["email"]["negative"] is True
    assert answered["email"]["comment_sentiment"] == "frustrated"  # the model read the free text
    events = {e["type"]: e for e in receiver.processed.values() if e["type"].startswith("csat")}
    assert events["csat_alert"]["data"]["channel"] == "email"
    assert events["csat_alert"]["data"]["reason"] == "score <= 2"
    resolutions = [
        e["data"] for e in receiver.processed.values() if e["type"] == "conversation_resolved"
    ]
    assert {(r["resolution_type"], r["handled_by"]) for r in resolutions} == {
        ("ai_automated", "ai"),
        ("agent_resolved", "human"),
    }

    csat = summary["csat"]
    assert (csat["surveys_sent"], csat["responses"], csat["negative"]) == (2, 2, 1)
    assert csat["average_score"] == 3.0 and csat["csat_percent"] == 50.0
    assert csat["by_channel"]["whatsapp"]["average_score"] == 5.0
    assert csat["by_channel"]["email"]["average_score"] == 1.0
    assert csat["by_resolution_type"]["ai_automated"]["responses"] == 1
    assert csat["by_resolution_type"]["agent_resolved"]["average_score"] == 1.0
    assert csat["by_sub_intent"]["financial.invoice_copy"]["average_score"] == 5.0
    assert csat["by_sub_intent"]["commercial.cancellation"]["average_score"] == 1.0
    assert csat["ai_vs_human"]["ai"]["csat_percent"] == 100.0
    assert csat["ai_vs_human"]["human"]["csat_percent"] == 0.0


def test_customer_writing_again_before_the_delay_cancels_the_survey(sqlite_url: str) -> None:
    with running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        configure(gw, delay_s=0.3)
        gw.message("segunda via do boleto", channel="phone")
        assert [s["status"] for s in surveys(gw)] == ["scheduled"]
        gw.message("quero cancelar", channel="phone")  # not done: that was no resolution
        wait_until(lambda: all(s["status"] != "scheduled" for s in surveys(gw)), timeout_s=5)
        time.sleep(0.5)  # past the delay: nothing else goes out
        assert [s["status"] for s in surveys(gw)] == ["cancelled"]
        outbox = gw.client.get("/api/v1/webhooks/deliveries", headers=gw.headers()).json()
        conversation = gw.client.get(
            f"/api/v1/conversations/{surveys(gw)[0]['conversation_id']}", headers=gw.headers()
        ).json()
    assert [(d["event_type"], d["status"]) for d in outbox] == [("csat_survey", "cancelled")]
    texts = [m["text"] for m in conversation["messages"] if m["role"] == "assistant"]
    assert not any("Como você avalia" in t for t in texts)


def _local_smtp(gw: Gateway, port: int) -> None:
    """Point the running gateway's e-mail sender at a local SMTP server."""
    mail = gw.app.state.channel_settings  # the object the e-mail sender reads at send time
    mail.smtp_host, mail.smtp_port, mail.smtp_starttls = "127.0.0.1", port, False


def test_answers_need_a_sent_survey_and_a_rating(sqlite_url: str) -> None:
    customer = "cliente-business-001"
    with smtp_server() as smtp, running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        _local_smtp(gw, smtp.port)
        configure(gw, delay_s=0)
        gw.message("segunda via do boleto", customer=customer, channel="email")
        wait_until(lambda: surveys(gw, status="sent") != [])
        survey_id = surveys(gw)[0]["id"]
        url = f"/api/v1/csat/surveys/{survey_id}/answer"
        no_rating = gw.client.post(url, json={"text": "o técnico não veio"}, headers=gw.headers())
        assert no_rating.status_code == 422 and "no rating" in no_rating.json()["detail"]
        other_tenant = gw.client.post(
            url, json={"text": "5"}, headers=gw.headers("test-key-tenant-b-0123456789")
        )
        assert other_tenant.status_code == 404
        ok = gw.client.post(url, json={"text": "⭐⭐⭐⭐ resolveram rápido"}, headers=gw.headers())
        assert ok.status_code == 200 and ok.json()["score"] == 4
        again = gw.client.post(url, json={"text": "5"}, headers=gw.headers())
        assert again.status_code == 409
        # A later "5" is a normal message again: no survey is open.
        later = gw.message("5", customer=customer, channel="email").json()
        assert later["decision"]["rule"] != "csat_answer"


def test_a_channel_with_no_way_out_records_the_survey_without_counting_it(
    sqlite_url: str,
) -> None:
    with running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        configure(gw, delay_s=0)
        gw.message("segunda via do boleto", channel="phone")  # a transcribed call
        wait_until(lambda: surveys(gw, status="recorded") != [])
        later = gw.message("5", channel="phone").json()
        csat = gw.client.get("/api/v1/metrics/summary", headers=gw.headers()).json()["csat"]
    assert later["decision"]["rule"] != "csat_answer", "nobody asked this caller anything"
    assert (csat["surveys_sent"], csat["responses"]) == (0, 0)


@pytest.mark.integration
def test_a_newer_resolution_replaces_the_waiting_survey_on_postgres(postgres_url: str) -> None:
    with running_gateway(postgres_url, delivery_worker="off") as gw:
        configure(gw, delay_s=600)
        first = gw.message("segunda via do boleto", channel="phone").json()
        second = gw.message("quero mudar de plano", channel="phone").json()
        assert first["conversation_id"] == second["conversation_id"]
        rows = surveys(gw)
        outbox = gw.client.get(
            "/api/v1/webhooks/deliveries",
            params={"event_type": "csat_survey"},
            headers=gw.headers(),
        ).json()
    assert [(s["status"], s["sub_intent"]) for s in rows] == [
        ("scheduled", "commercial.plan_change"),
        ("cancelled", "financial.invoice_copy"),
    ]
    assert sorted(d["status"] for d in outbox) == ["cancelled", "pending"]


def test_a_survey_that_could_not_be_sent_is_dead_lettered_and_replayed(sqlite_url: str) -> None:
    with smtp_server() as smtp, running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        configure(gw, delay_s=0)
        mail = gw.app.state.channel_settings
        mail.smtp_host = None  # the e-mail channel cannot send yet
        gw.message("segunda via do boleto", customer="cliente-business-001", channel="email")
        wait_until(lambda: surveys(gw, status="failed") != [])
        dead = gw.client.get("/api/v1/webhooks/dead-letters", headers=gw.headers()).json()
        # No SMTP server is a settings problem that retrying cannot fix: one attempt, then dead.
        assert [(d["event_type"], d["destination"], d["attempts"]) for d in dead] == [
            ("csat_survey", "email", 1)
        ]
        assert "SMTP is not configured" in dead[0]["last_error"]

        mail.smtp_host, mail.smtp_port, mail.smtp_starttls = "127.0.0.1", smtp.port, False
        replay = gw.client.post(
            f"/api/v1/webhooks/dead-letters/{dead[0]['id']}/replay", headers=gw.headers()
        )
        assert replay.status_code == 200
        wait_until(lambda: surveys(gw, status="sent") != [])
    assert smtp.inbox.recipients == [["contato@paoquente.example.com"]]


def test_web_chat_survey_arrives_on_the_open_socket_and_is_answered_there(
    sqlite_url: str,
) -> None:
    from gw_webchat import open_socket, receive, token_for

    with running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        configure(gw, delay_s=0.2)
        with open_socket(gw.client, token_for(gw.client)) as (ws, _):
            ws.send_json({"type": "message", "text": "preciso da segunda via do boleto"})
            reply = receive(ws)
            survey = receive(ws)  # pushed by the delivery worker after the delay
            ws.send_json({"type": "message", "text": "🙂 foi rápido"})
            thanks = receive(ws)
        answered = surveys(gw, status="answered")
    assert reply["role"] == survey["role"] == "assistant"
    assert "Como você avalia" in survey["text"]
    assert thanks["text"].startswith("Obrigado pela sua avaliação")
    assert [(s["channel"], s["score"], s["comment"]) for s in answered] == [
        ("web_chat", 4, "foi rápido")
    ]
