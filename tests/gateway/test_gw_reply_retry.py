"""Replies whose send failed, at once or in a later WhatsApp status: retried through the
outbox, or dead-lettered and replayed.

WhatsApp goes to the local Graph API server (which can answer 503 for a while), e-mail to a
local SMTP server, both through the real senders; the embedded delivery worker does the retries.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import aiosmtplib
import pytest
from gw_app import Gateway
from gw_channels import (
    OUTSIDE_WINDOW,
    GraphApiServer,
    SmtpServer,
    channel_gateway,
    channel_settings,
    graph_api_server,
    post_webhook,
    smtp_server,
    status_update,
    text_message,
    webhook,
)
from gw_webhooks import FAST_DELIVERY, wait_until
from sqlalchemy import select

from gateway.channels.email_sender import smtp_error_is_transient
from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.channels.reply_retry import REPLY_RETRY_EVENT, queue_failed_reply, retry_state
from gateway.db.models import ChannelMessage, Message, OutboxItem, Tenant, utcnow

EMAIL = {
    "from": "Maria Silva <maria.silva@example.com>",
    "to": "atendimento@provedor-demo.example.com",
    "subject": "Segunda via",
    "text": "Bom dia, preciso da segunda via do boleto.\n\nAtt.,\nMaria",
    "message_id": "<retry-001@mail.example.com>",
}


@pytest.fixture(scope="module")
def graph() -> Iterator[GraphApiServer]:
    with graph_api_server() as server:
        yield server


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def gw(database_url: str, graph: GraphApiServer, smtp: SmtpServer) -> Iterator[Gateway]:
    graph.requests.clear()
    graph.unavailable = 0
    smtp.inbox.messages.clear()
    smtp.inbox.recipients.clear()
    settings = channel_settings(graph.url, smtp_port=smtp.port)
    with channel_gateway(database_url, settings, webhook_max_attempts=3, **FAST_DELIVERY) as gw:
        yield gw


def _reply(gw: Gateway, role: str = "assistant") -> Message:
    with gw.app.state.session_factory() as session:
        [message] = session.scalars(select(Message).where(Message.role == role)).all()
        return message


def _delivery(gw: Gateway, role: str = "assistant") -> dict[str, Any]:
    return dict((_reply(gw, role).metadata_ or {}).get("delivery") or {})


def _outbox(gw: Gateway) -> list[OutboxItem]:
    with gw.app.state.session_factory() as session:
        query = select(OutboxItem).where(OutboxItem.event_type == REPLY_RETRY_EVENT)
        return list(session.scalars(query))


def _shown(gw: Gateway) -> dict[str, Any]:
    """The reply's delivery as `GET /conversations/{id}` shows it."""
    reply = _reply(gw)
    url = f"/api/v1/conversations/{reply.conversation_id}"
    messages = gw.client.get(url, headers=gw.headers()).json()["messages"]
    return next(m["delivery"] for m in messages if m["id"] == reply.id)


def test_a_reply_refused_for_a_moment_is_sent_again_and_tracked(
    gw: Gateway, graph: GraphApiServer
) -> None:
    graph.unavailable = 1
    post_webhook(gw, webhook([text_message("wamid.IN1", "segunda via do boleto")]))
    wait_until(lambda: _delivery(gw).get("status") == "sent")
    [failed, sent] = graph.requests
    assert failed.body == sent.body and sent.wamid  # the same reply, to the same number
    delivery = _delivery(gw)
    assert delivery["provider_message_id"] == sent.wamid
    assert delivery["attempts"] == 2 and delivery["retrying"] is False
    assert set(delivery["history"]) == {"failed", "sent"}
    assert [(o.status, o.attempts) for o in _outbox(gw)] == [("delivered", 2)]

    # WhatsApp's later statuses find the message by the id of the retried send.
    post_webhook(gw, webhook(statuses=[status_update(sent.wamid, "delivered")]))
    shown = _shown(gw)
    assert shown["status"] == "delivered" and shown["attempts"] == 2


def test_a_reply_that_keeps_failing_is_dead_lettered_then_replayed(
    gw: Gateway, graph: GraphApiServer
) -> None:
    graph.unavailable = 10
    post_webhook(gw, webhook([text_message("wamid.IN2", "segunda via do boleto")]))
    wait_until(lambda: [o.status for o in _outbox(gw)] == ["dead"])
    assert len(graph.requests) == 3  # the inline send and two retries: webhook_max_attempts
    shown = _shown(gw)
    assert shown["status"] == "failed" and shown["retrying"] is False
    assert shown["attempts"] == 3 and shown["next_attempt_at"] is None

    graph.unavailable = 0
    [dead] = gw.client.get("/api/v1/webhooks/dead-letters", headers=gw.headers()).json()
    assert dead["id"] == shown["retry_id"] and dead["destination"] == "whatsapp"
    replay = f"/api/v1/webhooks/dead-letters/{dead['id']}/replay"
    assert gw.client.post(replay, headers=gw.headers()).status_code == 200
    wait_until(lambda: _delivery(gw).get("status") == "sent")
    assert len(graph.requests) == 4 and graph.requests[-1].wamid is not None


def test_a_permanent_refusal_is_a_dead_letter_at_once_and_replays_after_the_fix(
    gw: Gateway, smtp: SmtpServer
) -> None:
    mail = gw.app.state.channel_settings  # the object the e-mail sender reads at send time
    mail.smtp_host = None
    response = gw.client.post("/api/v1/channels/email/inbound", json=EMAIL, headers=gw.headers())
    assert response.status_code == 200 and response.json()["delivery"]["status"] == "failed"
    [item] = _outbox(gw)
    assert (item.status, item.attempts) == ("dead", 1)  # retrying cannot configure SMTP
    assert "SMTP is not configured" in item.last_error
    assert _delivery(gw)["retrying"] is False

    mail.smtp_host, mail.smtp_starttls = "127.0.0.1", False
    replay = f"/api/v1/webhooks/dead-letters/{item.id}/replay"
    assert gw.client.post(replay, headers=gw.headers()).status_code == 200
    wait_until(lambda: _delivery(gw).get("status") == "sent")
    assert smtp.inbox.recipients == [["maria.silva@example.com"]]
    header = "".join(str(smtp.inbox.messages[0]["Message-ID"]).split())  # may arrive folded
    assert _delivery(gw)["provider_message_id"] == header.strip("<>")


def test_an_agent_reply_outside_the_24h_window_is_not_retried(
    gw: Gateway, graph: GraphApiServer
) -> None:
    inbound = text_message("wamid.OLD", "quero cancelar", wa_id=OUTSIDE_WINDOW)
    post_webhook(gw, webhook([inbound], wa_id=OUTSIDE_WINDOW))
    [handoff] = gw.client.get("/api/v1/handoffs", headers=gw.headers()).json()
    url = f"/api/v1/handoffs/{handoff['id']}"
    gw.client.post(f"{url}/claim", json={"agent": "ana"}, headers=gw.headers())
    gw.client.post(f"{url}/reply", json={"agent": "ana", "message": "Oi!"}, headers=gw.headers())
    # The bot's hand-off notice and the agent's reply: both refused, both dead letters at once.
    items = _outbox(gw)
    assert [(i.status, i.attempts) for i in items] == [("dead", 1), ("dead", 1)]
    assert all("131047" in i.last_error for i in items)
    assert _delivery(gw, "agent")["retrying"] is False
    assert len(graph.requests) == 2


def test_a_dead_letter_does_not_show_the_customers_address(gw: Gateway) -> None:
    mail = gw.app.state.channel_settings
    mail.smtp_host = None
    gw.client.post("/api/v1/channels/email/inbound", json=EMAIL, headers=gw.headers())
    with gw.app.state.session_factory() as session:
        [item] = session.scalars(
            select(OutboxItem).where(OutboxItem.event_type == REPLY_RETRY_EVENT)
        ).all()
        item.last_error = "SMTP: (550) <maria.silva@example.com> mailbox unavailable"
        session.commit()
    [dead] = gw.client.get("/api/v1/webhooks/dead-letters", headers=gw.headers()).json()
    assert "maria.silva" not in dead["last_error"] and "550" in dead["last_error"]


def test_notices_and_sent_messages_are_not_queued(gw: Gateway) -> None:
    with gw.app.state.session_factory() as session:
        tenant_id = session.scalar(select(Tenant.id).where(Tenant.slug == "demo-isp"))
        message = OutboundMessage(
            tenant_id=str(tenant_id),
            conversation_id="c",
            message_id="m",
            channel="web_chat",
            recipient="s",
            text="A atendente Ana entrou na conversa.",
            kind="notice",
        )
        now = utcnow()
        failed = DeliveryResult(status="failed", detail="bus down", retryable=True)
        assert queue_failed_reply(session, message, failed, now, now) is None
        reply = OutboundMessage(**{**message.__dict__, "kind": "reply"})
        sent = DeliveryResult(status="sent")
        assert queue_failed_reply(session, reply, sent, now, now) is None
        later = now + timedelta(seconds=2)
        item = queue_failed_reply(session, reply, failed, now, later)
        assert item is not None and (item.status, item.attempts) == ("pending", 1)
        session.flush()
        assert retry_state(item) == {
            "retry_id": item.id,
            "retrying": True,
            "next_attempt_at": later.isoformat(),
        }
        refused = DeliveryResult(status="failed", detail="recipient refused")
        dead = queue_failed_reply(session, reply, refused, now, later)
        assert dead is not None and dead.status == "dead"
        assert retry_state(dead)["retrying"] is False
        session.rollback()


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (aiosmtplib.SMTPConnectError("connection refused"), True),
        (aiosmtplib.SMTPServerDisconnected("gone"), True),
        (aiosmtplib.SMTPResponseException(421, "try later"), True),
        (aiosmtplib.SMTPResponseException(550, "no such user"), False),
        (aiosmtplib.SMTPAuthenticationError(535, "bad credentials"), False),
        (
            aiosmtplib.SMTPRecipientsRefused(
                [aiosmtplib.SMTPRecipientRefused(450, "mailbox busy", "a@example.com")]
            ),
            True,
        ),
        (
            aiosmtplib.SMTPRecipientsRefused(
                [aiosmtplib.SMTPRecipientRefused(550, "unknown", "a@example.com")]
            ),
            False,
        ),
        (aiosmtplib.SMTPNotSupported("STARTTLS not supported"), False),
        (OSError("network unreachable"), True),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else str(v),
)
def test_smtp_errors_are_sorted_into_transient_and_permanent(
    error: Exception, transient: bool
) -> None:
    assert smtp_error_is_transient(error) is transient


def _channel_row(gw: Gateway, wamid: str) -> ChannelMessage:
    with gw.app.state.session_factory() as session:
        return session.scalars(
            select(ChannelMessage).where(ChannelMessage.provider_message_id == wamid)
        ).one()


def _failed(wamid: str, code: int, title: str) -> dict[str, Any]:
    return status_update(wamid, "failed", errors=[{"code": code, "title": title}])


def test_a_reply_reported_failed_later_is_sent_again_once(
    gw: Gateway, graph: GraphApiServer
) -> None:
    post_webhook(gw, webhook([text_message("wamid.IN5", "segunda via do boleto")]))
    [first] = graph.requests
    # Until WhatsApp says delivered, the reply's payload waits on its provider-id row.
    assert _channel_row(gw, first.wamid).details["resend"]["text"] == first.body["text"]["body"]

    late = _failed(first.wamid, 131000, "Something went wrong")
    ack = post_webhook(gw, webhook(statuses=[late, late])).json()  # Meta may repeat a status
    assert ack["statuses"] == 2
    wait_until(lambda: _delivery(gw).get("status") == "sent")
    assert len(graph.requests) == 2  # sent again once, though the status came twice
    second = graph.requests[1]
    assert second.body == first.body and second.wamid != first.wamid
    delivery = _delivery(gw)
    assert delivery["attempts"] == 2 and delivery["provider_message_id"] == second.wamid
    assert "failed" in delivery["history"]
    assert [(o.status, o.attempts) for o in _outbox(gw)] == [("delivered", 2)]
    assert "resend" not in _channel_row(gw, first.wamid).details  # moved to the outbox

    # The new send is tracked, and once delivered its payload is dropped.
    assert "resend" in _channel_row(gw, second.wamid).details
    post_webhook(gw, webhook(statuses=[status_update(second.wamid, "delivered")]))
    assert _shown(gw)["status"] == "delivered"
    assert _channel_row(gw, second.wamid).details == {}
    # A failure reported after delivery of an earlier send changes nothing more.
    post_webhook(gw, webhook(statuses=[_failed(second.wamid, 131000, "Something went wrong")]))
    assert len(_outbox(gw)) == 1


def test_a_late_permanent_failure_is_a_dead_letter_that_replays(
    gw: Gateway, graph: GraphApiServer
) -> None:
    post_webhook(gw, webhook([text_message("wamid.IN6", "segunda via do boleto")]))
    [first] = graph.requests
    post_webhook(gw, webhook(statuses=[_failed(first.wamid, 131026, "Message undeliverable")]))
    [item] = _outbox(gw)
    assert (item.status, item.attempts) == ("dead", 1)
    assert "131026" in item.last_error
    shown = _shown(gw)
    assert shown["status"] == "failed" and shown["retrying"] is False
    assert shown["retry_id"] == item.id
    assert len(graph.requests) == 1

    replay = f"/api/v1/webhooks/dead-letters/{item.id}/replay"
    assert gw.client.post(replay, headers=gw.headers()).status_code == 200
    wait_until(lambda: _delivery(gw).get("status") == "sent")
    assert graph.requests[-1].body == first.body


def test_late_failures_stop_at_the_attempt_budget(gw: Gateway, graph: GraphApiServer) -> None:
    post_webhook(gw, webhook([text_message("wamid.IN7", "segunda via do boleto")]))
    for sends in (2, 3):  # each send WhatsApp accepts, then reports failed
        wamid = graph.requests[-1].wamid
        post_webhook(gw, webhook(statuses=[_failed(wamid, 130429, "Rate limit hit")]))
        wait_until(lambda sends=sends: len(graph.requests) == sends)
        wait_until(lambda: _delivery(gw).get("status") == "sent")
    # The third send (webhook_max_attempts = 3) fails late too: no fourth, a dead letter.
    post_webhook(gw, webhook(statuses=[_failed(graph.requests[-1].wamid, 130429, "Rate limit")]))
    statuses = sorted(o.status for o in _outbox(gw))
    assert statuses == ["dead", "delivered", "delivered"]
    assert len(graph.requests) == 3
    assert _shown(gw)["attempts"] == 3 and _shown(gw)["retrying"] is False
