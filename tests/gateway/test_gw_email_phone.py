"""E-mail and phone channels over HTTP: stripping, threading, SMTP replies, idempotency."""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import parseaddr

import pytest
from gw_app import Gateway
from gw_channels import SmtpServer, channel_gateway, channel_settings, smtp_server
from sqlalchemy import select

from gateway.channels.email_parsing import message_ids
from gateway.db.models import Message

INBOUND = "/api/v1/channels/email/inbound"
CALLS = "/api/v1/channels/phone/calls"

FIRST_EMAIL = {
    "from": "Maria Silva <Maria.Silva@example.com>",
    "to": "atendimento@provedor-demo.example.com",
    "subject": "Segunda via",
    "text": "Bom dia, preciso do boleto deste mês.\n\nAtt.,\nMaria Silva\n(11) 98765-0001",
    "message_id": "<CAF-first-001@mail.example.com>",
}


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServer]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def mail(any_channel_url: str, smtp: SmtpServer) -> Iterator[Gateway]:
    smtp.inbox.messages.clear()
    smtp.inbox.recipients.clear()
    settings = channel_settings("http://127.0.0.1:9/v21.0", smtp_port=smtp.port)
    with channel_gateway(any_channel_url, settings) as gw:
        yield gw


@pytest.fixture(params=["sqlite", "postgres"])
def any_channel_url(request: pytest.FixtureRequest) -> str:
    """SQLite, then the real PostgreSQL (unique-key races and JSON updates differ)."""
    return request.getfixturevalue(f"{request.param}_url")


def _customer_messages(gw: Gateway) -> list[Message]:
    with gw.app.state.session_factory() as session:
        query = select(Message).where(Message.role == "customer").order_by(Message.created_at)
        return list(session.scalars(query))


def test_email_is_answered_by_smtp_and_the_reply_threads_back(
    mail: Gateway, smtp: SmtpServer
) -> None:
    first = mail.client.post(INBOUND, json=FIRST_EMAIL, headers=mail.headers())
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["status"] == "processed" and body["delivery"]["status"] == "sent"
    assert body["result"]["customer_id"] == "cliente-basic-001"  # known by her address
    [sent] = smtp.inbox.messages
    assert smtp.inbox.recipients == [["maria.silva@example.com"]]
    assert sent["Subject"] == "Re: Segunda via"
    assert sent["In-Reply-To"] == "<CAF-first-001@mail.example.com>"
    assert "Pix copia e cola" in sent.get_payload(decode=True).decode()
    assert message_ids(sent["Message-ID"]) == [body["delivery"]["provider_message_id"]]

    # A colleague answers from another address, quoting our reply: the thread, not the
    # address, decides the customer and conversation.
    answer = {
        "from": "financeiro@paoquente.example.com",
        "subject": "Re: Segunda via",
        "text": (
            "Já paguei pelo pix hoje cedo.\n\n"
            f"Em seg., 30 de nov. de 2026 às 09:10, Atendimento <{sent['From']}> escreveu:\n"
            "> Sua fatura de R$ 99,90 vence em 10/12/2026. Quer cancelar o plano?\n"
        ),
        "message_id": "<CAF-second-002@mail.example.com>",
        "in_reply_to": sent["Message-ID"],
        "references": f"<CAF-first-001@mail.example.com> {sent['Message-ID']}",
    }
    second = mail.client.post(INBOUND, json=answer, headers=mail.headers()).json()
    assert second["result"]["conversation_id"] == body["result"]["conversation_id"]
    assert second["result"]["customer_id"] == "cliente-basic-001"
    assert second["result"]["analysis"]["sub_intent"] == "financial.payment_confirmation"
    stored = _customer_messages(mail)[-1]
    assert stored.text == "Já paguei pelo pix hoje cedo."  # no quoted "cancelar"
    reply = smtp.inbox.messages[-1]
    assert parseaddr(reply["To"])[1] == "financeiro@paoquente.example.com"
    assert message_ids(reply["References"]) == [
        "CAF-first-001@mail.example.com",
        *message_ids(sent["Message-ID"]),
        "CAF-second-002@mail.example.com",
    ]


def test_the_same_message_id_is_processed_once(mail: Gateway, smtp: SmtpServer) -> None:
    responses = [mail.client.post(INBOUND, json=FIRST_EMAIL, headers=mail.headers()) for _ in "ab"]
    assert [r.json()["status"] for r in responses] == ["processed", "duplicate"]
    assert len(_customer_messages(mail)) == 1 and len(smtp.inbox.messages) == 1
    assert mail.model.calls == 1


def test_a_new_email_is_classified_with_its_subject_and_without_its_signature(
    mail: Gateway,
) -> None:
    email = {
        "from": "novo.cliente@example.com",
        "subject": "Internet caiu",
        "text": "Desde ontem.\n\n--\nCarlos\nAVISO: Esta mensagem é confidencial.",
        "message_id": "<new-1@example.com>",
    }
    result = mail.client.post(INBOUND, json=email, headers=mail.headers()).json()["result"]
    assert result["analysis"]["sub_intent"] == "technical.no_connection"
    assert _customer_messages(mail)[0].text == "Internet caiu\n\nDesde ontem."


def test_mailgun_form_posts_are_accepted(mail: Gateway, smtp: SmtpServer) -> None:
    form = {
        "sender": "joao.pereira@example.com",
        "from": "João Pereira <joao.pereira@example.com>",
        "subject": "Lentidão",
        "body-plain": "A internet está lenta à noite.\n\nEnviado do meu iPhone",
        "Message-Id": "<mg-1@example.com>",
    }
    response = mail.client.post(INBOUND, data=form, headers=mail.headers())
    assert response.status_code == 200, response.text
    assert response.json()["result"]["customer_id"] == "cliente-premium-001"
    assert "iPhone" not in _customer_messages(mail)[0].text


@pytest.mark.parametrize(
    ("email", "reason"),
    [
        ({**FIRST_EMAIL, "from": "not an address"}, "valid address"),
        ({**FIRST_EMAIL, "subject": "", "text": "> only a quote\n-- \nsig"}, "no new text"),
        ({"subject": "x", "text": "y"}, "from"),
    ],
    ids=["bad-from", "only-quote", "missing-from"],
)
def test_unusable_emails_are_422_with_a_reason(mail: Gateway, email: dict, reason: str) -> None:
    response = mail.client.post(INBOUND, json=email, headers=mail.headers())
    assert response.status_code == 422 and reason in str(response.json()["detail"])
    assert _customer_messages(mail) == []


def test_email_needs_the_tenants_key(mail: Gateway) -> None:
    assert mail.client.post(INBOUND, json=FIRST_EMAIL).status_code == 401


def test_smtp_down_is_recorded_as_failed_not_a_500(sqlite_url: str) -> None:
    from gw_channels import free_port

    settings = channel_settings("http://127.0.0.1:9/v21.0", smtp_port=free_port())
    with channel_gateway(sqlite_url, settings) as gw:
        response = gw.client.post(INBOUND, json=FIRST_EMAIL, headers=gw.headers())
        assert response.status_code == 200
        delivery = response.json()["delivery"]
        assert delivery["status"] == "failed" and delivery["detail"].startswith("SMTP")
        with gw.app.state.session_factory() as session:
            reply = session.scalar(select(Message).where(Message.role == "assistant"))
        assert reply.metadata_["delivery"]["status"] == "failed"


def test_transcribed_call_is_classified_recorded_and_deduplicated(mail: Gateway) -> None:
    call = {
        "call_id": "pbx-2026-11-30-0001",
        "caller_number": "+55 (11) 98765-0002",
        "text": "alô, minha internet caiu de novo, já é a terceira vez",
        "duration_s": 74.5,
        "asr_confidence": 0.91,
    }
    first = mail.client.post(CALLS, json=call, headers=mail.headers())
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["result"]["customer_id"] == "cliente-premium-001"  # matched by phone
    assert body["result"]["analysis"]["sub_intent"] == "technical.no_connection"
    assert body["delivery"]["status"] == "recorded"  # no outbound path on the phone
    again = mail.client.post(CALLS, json=call, headers=mail.headers()).json()
    assert again["status"] == "duplicate" and mail.model.calls == 1
    stored = _customer_messages(mail)[0]
    assert stored.channel == "phone" and stored.metadata_["duration_s"] == 74.5


@pytest.mark.parametrize(
    "call",
    [
        {"call_id": "c1", "caller_number": "abc", "text": "oi"},
        {"call_id": "c1", "caller_number": "+5511987650002", "text": ""},
        {"call_id": "bad id!", "caller_number": "+5511987650002", "text": "oi"},
    ],
)
def test_bad_calls_are_422(mail: Gateway, call: dict) -> None:
    assert mail.client.post(CALLS, json=call, headers=mail.headers()).status_code == 422
