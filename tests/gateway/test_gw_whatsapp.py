"""WhatsApp channel over HTTP: signatures, verification, messages, statuses, media, templates.

Replies go through the real `GraphApiClient` to a local server speaking the Graph API's shapes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import pytest
from gw_app import KEY_A, KEY_B, Gateway
from gw_channels import (
    ACCESS_TOKEN,
    APP_SECRET,
    OUTSIDE_WINDOW,
    PHONE_NUMBER_ID,
    VERIFY_TOKEN,
    GraphApiServer,
    channel_gateway,
    channel_settings,
    graph_api_server,
    post_webhook,
    status_update,
    text_message,
    webhook,
)
from gw_fake_model import KeywordModelClient
from pydantic import ValidationError
from sqlalchemy import func, select

from gateway.api.deps import get_model_client
from gateway.channels.channel_settings import ChannelSettings, WhatsAppAccount
from gateway.channels.outbound import OutboundMessage
from gateway.channels.whatsapp_webhook import sign, signature_is_valid
from gateway.clients.model_server import ClassifyResult, ModelServerUnavailable
from gateway.db.models import ChannelMessage, Handoff, Message

WEBHOOK = "/api/v1/channels/whatsapp/webhook"


@pytest.fixture(scope="module")
def graph() -> Iterator[GraphApiServer]:
    with graph_api_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """SQLite, then the real PostgreSQL (unique-key races and JSON updates differ)."""
    return request.getfixturevalue(f"{request.param}_url")


OTHER_SURVEY = "pesquisa_satisfacao_v2"


@pytest.fixture
def wa(database_url: str, graph: GraphApiServer) -> Iterator[Gateway]:
    graph.requests.clear()
    other = WhatsAppAccount(
        tenant="other-isp",
        app_secret="other-secret-0123456789",
        verify_token="other-verify",
        access_token=ACCESS_TOKEN,
        phone_number_id=PHONE_NUMBER_ID,
        template_names={"csat_survey": OTHER_SURVEY},  # registered under its own name
    )
    settings = channel_settings(graph.url, smtp_port=1, whatsapp_accounts=[other])
    with channel_gateway(database_url, settings) as gw:
        yield gw


def _messages(gw: Gateway, role: str | None = None) -> list[Message]:
    with gw.app.state.session_factory() as session:
        query = select(Message).order_by(Message.created_at)
        if role:
            query = query.where(Message.role == role)
        return list(session.scalars(query))


def test_signature_check_is_hmac_sha256_of_the_raw_body() -> None:
    body = b'{"object":"whatsapp_business_account"}'
    good = sign(body, "s3cret")
    assert signature_is_valid(body, good, "s3cret")
    assert not signature_is_valid(body + b" ", good, "s3cret")  # re-serialised body fails
    assert not signature_is_valid(body, good, "other")
    assert not signature_is_valid(body, good.removeprefix("sha256="), "s3cret")
    assert not signature_is_valid(body, None, "s3cret")
    assert not signature_is_valid(body, good, "")  # no secret configured: nothing is valid


def test_verification_echoes_the_challenge_only_for_the_right_token(wa: Gateway) -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158"}
    ok = wa.client.get(WEBHOOK, params=params)
    assert ok.status_code == 200 and ok.text == "1158"
    wrong = wa.client.get(WEBHOOK, params={**params, "hub.verify_token": "guess"})
    assert wrong.status_code == 403
    other = wa.client.get(f"{WEBHOOK}/other-isp", params=params)
    assert other.status_code == 403  # another tenant's token does not open this one
    other_ok = wa.client.get(
        f"{WEBHOOK}/other-isp", params={**params, "hub.verify_token": "other-verify"}
    )
    assert other_ok.text == "1158"
    assert wa.client.get(f"{WEBHOOK}/nobody", params=params).status_code == 404
    missing = wa.client.get(WEBHOOK, params={"hub.mode": "subscribe"})
    assert missing.status_code == 422


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hub-Signature-256": "sha256=" + "0" * 64},
        {"X-Hub-Signature-256": sign(b"another body", APP_SECRET)},
    ],
    ids=["missing", "invalid", "other-body"],
)
def test_unsigned_or_badly_signed_posts_are_refused_and_nothing_is_processed(
    wa: Gateway, graph: GraphApiServer, headers: dict[str, str]
) -> None:
    raw = json.dumps(webhook([text_message("wamid.IN1", "segunda via do boleto")])).encode()
    response = wa.client.post(
        WEBHOOK, content=raw, headers={"Content-Type": "application/json", **headers}
    )
    assert response.status_code == 401
    assert _messages(wa) == [] and wa.model.calls == 0 and graph.requests == []


def test_another_tenants_secret_does_not_sign_for_this_tenant(wa: Gateway) -> None:
    payload = webhook([text_message("wamid.IN1", "segunda via do boleto")])
    assert post_webhook(wa, payload, secret="other-secret-0123456789").status_code == 401
    assert post_webhook(wa, payload, path="/other-isp").status_code == 401
    assert (
        post_webhook(wa, payload, secret="other-secret-0123456789", path="/other-isp").json()[
            "processed"
        ]
        == 1
    )


def test_signed_garbage_is_a_400_not_a_500(wa: Gateway) -> None:
    raw = b'{"entry": "nope"}'
    response = wa.client.post(
        WEBHOOK, content=raw, headers={"X-Hub-Signature-256": sign(raw, APP_SECRET)}
    )
    assert response.status_code == 400 and "WhatsApp webhook payload" in response.json()["detail"]


def test_text_message_is_answered_through_the_graph_api_and_the_status_stored(
    wa: Gateway, graph: GraphApiServer
) -> None:
    response = post_webhook(wa, webhook([text_message("wamid.IN1", "preciso da segunda via")]))
    assert response.status_code == 200 and response.json()["processed"] == 1
    [sent] = graph.requests
    assert sent.path == f"/{PHONE_NUMBER_ID}/messages"
    assert sent.authorization == f"Bearer {ACCESS_TOKEN}"
    assert sent.body["to"] == "5511987650001" and sent.body["type"] == "text"
    assert sent.body["context"] == {"message_id": "wamid.IN1"}
    assert "Pix copia e cola" in sent.body["text"]["body"]  # the demo customer's invoice reply
    customer, reply = _messages(wa, "customer")[0], _messages(wa, "assistant")[0]
    assert customer.metadata_["provider_message_id"] == "wamid.IN1"
    assert customer.conversation_id == reply.conversation_id
    delivery = reply.metadata_["delivery"]
    assert delivery["status"] == "sent" and delivery["provider_message_id"] == sent.wamid


def test_the_same_wamid_delivered_twice_is_processed_once(
    wa: Gateway, graph: GraphApiServer
) -> None:
    payload = webhook([text_message("wamid.DUP", "quero cancelar")])
    first = post_webhook(wa, payload).json()
    second = post_webhook(wa, payload).json()
    assert (first["processed"], first["duplicates"]) == (1, 0)
    assert (second["processed"], second["duplicates"]) == (0, 1)
    assert len(_messages(wa, "customer")) == 1 and wa.model.calls == 1
    assert len(graph.requests) == 1
    with wa.app.state.session_factory() as session:
        assert session.scalar(select(func.count(Handoff.id))) == 1


def test_interactive_button_and_list_replies_reach_the_flow_as_their_titles(wa: Gateway) -> None:
    button = {
        "from": "5511987650001",
        "id": "wamid.BTN",
        "type": "interactive",
        "interactive": {
            "type": "button_reply",
            "button_reply": {"id": "invoice_copy", "title": "Segunda via do boleto"},
        },
        "context": {"from": "551130000000", "id": "wamid.OUT000009"},
    }
    row = {
        "from": "5511987650002",
        "id": "wamid.LIST",
        "type": "interactive",
        "interactive": {
            "type": "list_reply",
            "list_reply": {"id": "visit", "title": "Agendar visita", "description": "técnico"},
        },
    }
    template_button = {
        "from": "5511987650003",
        "id": "wamid.TPL",
        "type": "button",
        "button": {"payload": "csat_5", "text": "😍 Ótimo"},
    }
    ack = post_webhook(wa, webhook([button, row, template_button])).json()
    assert ack["processed"] == 3
    by_wamid = {m.metadata_["provider_message_id"]: m for m in _messages(wa, "customer")}
    assert by_wamid["wamid.BTN"].text == "Segunda via do boleto"
    assert by_wamid["wamid.BTN"].metadata_["reply_id"] == "invoice_copy"
    assert by_wamid["wamid.BTN"].metadata_["in_reply_to"] == "wamid.OUT000009"
    assert by_wamid["wamid.LIST"].text == "Agendar visita - técnico"
    assert by_wamid["wamid.TPL"].text == "😍 Ótimo"
    assert by_wamid["wamid.TPL"].metadata_["reply_id"] == "csat_5"
    with wa.app.state.session_factory() as session:
        sub_intents = {
            m.metadata_["provider_message_id"]: m.metadata_.get("whatsapp_type")
            for m in session.scalars(select(Message).where(Message.role == "customer"))
        }
    assert set(sub_intents.values()) == {"interactive"}


def test_statuses_move_forward_only_and_keep_their_history(wa: Gateway) -> None:
    post_webhook(wa, webhook([text_message("wamid.IN1", "segunda via")]))
    wamid = _messages(wa, "assistant")[0].metadata_["delivery"]["provider_message_id"]
    # Meta does not guarantee order: "read" may overtake "delivered".
    ack = post_webhook(
        wa,
        webhook(statuses=[status_update(wamid, "read"), status_update(wamid, "delivered")]),
    ).json()
    assert ack["statuses"] == 2
    delivery = _messages(wa, "assistant")[0].metadata_["delivery"]
    assert delivery["status"] == "read"
    assert set(delivery["history"]) == {"sent", "delivered", "read"}
    # The conversation API shows the same to integrators; the customer's message has none.
    thread = wa.client.get(
        f"/api/v1/conversations/{_messages(wa, 'assistant')[0].conversation_id}",
        headers=wa.headers(),
    ).json()
    shown = {m["role"]: m["delivery"] for m in thread["messages"]}
    assert shown["customer"] is None
    assert shown["assistant"]["status"] == "read"
    assert shown["assistant"]["provider_message_id"] == wamid
    assert set(shown["assistant"]["history"]) == {"sent", "delivered", "read"}
    unknown = post_webhook(wa, webhook(statuses=[status_update("wamid.NOT-OURS", "read")]))
    assert unknown.json()["statuses"] == 0 and unknown.json()["ignored"] == 1


def test_failed_status_keeps_the_providers_error(wa: Gateway) -> None:
    post_webhook(wa, webhook([text_message("wamid.IN1", "segunda via")]))
    wamid = _messages(wa, "assistant")[0].metadata_["delivery"]["provider_message_id"]
    errors = [{"code": 131026, "title": "Message undeliverable to +55 11 98765-0001"}]
    post_webhook(wa, webhook(statuses=[status_update(wamid, "failed", errors=errors)]))
    reply = _messages(wa, "assistant")[0]
    delivery = reply.metadata_["delivery"]
    assert delivery["status"] == "failed" and "131026" in delivery["error"]
    thread = wa.client.get(
        f"/api/v1/conversations/{reply.conversation_id}", headers=wa.headers()
    ).json()
    shown = next(m["delivery"] for m in thread["messages"] if m["role"] == "assistant")
    assert shown["status"] == "failed" and "131026" in shown["error"]
    assert "98765" not in shown["error"]  # the provider's note is masked like message texts


@pytest.mark.parametrize(
    ("kind", "body", "label"),
    [
        ("audio", {"mime_type": "audio/ogg; codecs=opus", "id": "MEDIA1", "voice": True}, "áudio"),
        ("image", {"mime_type": "image/jpeg", "id": "MEDIA2", "caption": "meu roteador"}, "imagem"),
    ],
)
def test_media_is_acknowledged_and_handed_to_a_person_with_the_reason(
    wa: Gateway, graph: GraphApiServer, kind: str, body: dict[str, Any], label: str
) -> None:
    media = {"from": "5511987650001", "id": f"wamid.{kind}", "type": kind, kind: body}
    ack = post_webhook(wa, webhook([media])).json()
    assert ack["handed_to_human"] == 1 and wa.model.calls == 0  # nothing to classify
    queue = wa.client.get("/api/v1/handoffs?status=pending", headers=wa.headers(KEY_A)).json()
    assert len(queue) == 1 and label in queue[0]["reason"]
    assert "does not transcribe audio or read media" in queue[0]["reason"]
    assert label in graph.requests[0].body["text"]["body"]
    assert post_webhook(wa, webhook([media])).json()["duplicates"] == 1
    # The agent can work the hand-off like any other, replying on WhatsApp.
    url = f"/api/v1/handoffs/{queue[0]['id']}"
    wa.client.post(f"{url}/claim", json={"agent": "ana"}, headers=wa.headers())
    reply = wa.client.post(
        f"{url}/reply",
        json={"agent": "ana", "message": "Vi sua foto, já resolvo."},
        headers=wa.headers(),
    )
    assert reply.status_code == 200
    last = graph.requests[-1].body
    assert last["text"]["body"] == "Vi sua foto, já resolvo." and last["to"] == "5511987650001"
    agent = _messages(wa, "agent")[0]
    assert agent.metadata_["delivery"]["status"] == "sent"


def test_agent_reply_outside_the_24h_window_is_stored_as_failed(
    wa: Gateway, graph: GraphApiServer
) -> None:
    post_webhook(
        wa,
        webhook(
            [text_message("wamid.OLD", "quero cancelar", wa_id=OUTSIDE_WINDOW)],
            wa_id=OUTSIDE_WINDOW,
        ),
    )
    [handoff] = wa.client.get("/api/v1/handoffs", headers=wa.headers()).json()
    url = f"/api/v1/handoffs/{handoff['id']}"
    wa.client.post(f"{url}/claim", json={"agent": "ana"}, headers=wa.headers())
    wa.client.post(f"{url}/reply", json={"agent": "ana", "message": "Oi!"}, headers=wa.headers())
    delivery = _messages(wa, "agent")[0].metadata_["delivery"]
    assert delivery["status"] == "failed" and "24 h session window" in delivery["detail"]


def _tenant_id(wa: Gateway, slug: str) -> str:
    from gateway.db.models import Tenant

    with wa.app.state.session_factory() as session:
        return str(session.scalar(select(Tenant.id).where(Tenant.slug == slug)))


def test_templates_are_sent_with_their_parameters(wa: Gateway, graph: GraphApiServer) -> None:
    outbound = wa.app.state.outbound
    tenant_id = _tenant_id(wa, "demo-isp")

    def survey(params: dict[str, str], tenant_id: str = tenant_id) -> OutboundMessage:
        return OutboundMessage(
            tenant_id=tenant_id,
            conversation_id="c1",
            message_id="m1",
            channel="whatsapp",
            recipient=OUTSIDE_WINDOW,
            text="",
            kind="csat_survey",
            template="csat_survey",
            template_params=params,
        )

    result = anyio.run(outbound.send, survey({"customer_name": "Maria"}))
    assert result.status == "sent" and result.provider_message_id.startswith("wamid.")
    template = graph.requests[-1].body["template"]
    assert template["name"] == "csat_survey" and template["language"] == {"code": "pt_BR"}
    assert template["components"][0]["parameters"] == [{"type": "text", "text": "Maria"}]
    missing = anyio.run(outbound.send, survey({}))
    assert missing.status == "failed" and "customer_name" in missing.detail

    # A tenant that registered the survey under another name sends it under that name.
    other = anyio.run(outbound.send, survey({"customer_name": "Ana"}, _tenant_id(wa, "other-isp")))
    assert other.status == "sent"
    assert graph.requests[-1].body["template"]["name"] == OTHER_SURVEY


def test_templates_endpoint_lists_the_three_templates_under_the_tenants_names(
    wa: Gateway,
) -> None:
    assert wa.client.get("/api/v1/whatsapp/templates").status_code == 401
    templates = wa.client.get("/api/v1/whatsapp/templates", headers=wa.headers(KEY_B)).json()
    by_name = {t["template"]: t for t in templates}
    assert set(by_name) == {"csat_survey", "invoice_pix", "outage_notice"}
    # Tenant B's account names the survey its own way; the others keep the gateway's names.
    assert by_name["csat_survey"]["name"] == OTHER_SURVEY
    assert by_name["invoice_pix"]["name"] == "invoice_pix"
    demo = wa.client.get("/api/v1/whatsapp/templates", headers=wa.headers()).json()
    assert {t["name"] for t in demo} == set(by_name)
    buttons = by_name["csat_survey"]["components"][1]["buttons"]
    assert [b["type"] for b in buttons] == ["QUICK_REPLY"] * 3
    assert "pix_code" in by_name["invoice_pix"]["parameters"]
    assert all(t["status"] == "APPROVED" for t in templates)


def test_events_for_another_phone_number_are_ignored(wa: Gateway) -> None:
    payload = webhook([text_message("wamid.X", "segunda via")], phone_number_id="999")
    ack = post_webhook(wa, payload).json()
    assert ack["processed"] == 0 and ack["ignored"] == 1 and _messages(wa) == []


def test_unconfigured_tenant_webhook_is_404(wa: Gateway) -> None:
    assert post_webhook(wa, webhook([]), path="/nobody").status_code == 404
    with wa.app.state.session_factory() as session:
        assert session.scalar(select(func.count(ChannelMessage.id))) == 0


class _FlakyModel(KeywordModelClient):
    """The keyword model, unavailable for messages containing `fail_on`."""

    def __init__(self, fail_on: str | None) -> None:
        super().__init__()
        self.fail_on = fail_on

    def classify(self, messages: list[str]) -> ClassifyResult:
        if self.fail_on and any(self.fail_on in m for m in messages):
            raise ModelServerUnavailable("connection refused")
        return super().classify(messages)


def test_model_outage_mid_delivery_keeps_earlier_replies_and_metas_retry_finishes(
    wa: Gateway, graph: GraphApiServer
) -> None:
    model = _FlakyModel(fail_on="cancelar")
    wa.app.dependency_overrides[get_model_client] = lambda: model
    payload = webhook(
        [text_message("wamid.A", "segunda via"), text_message("wamid.B", "quero cancelar")]
    )
    failed = post_webhook(wa, payload)
    assert failed.status_code == 503  # Meta retries a delivery that is not acknowledged
    assert len(graph.requests) == 1  # the first message's answer already went out
    model.fail_on = None
    retried = post_webhook(wa, payload).json()
    assert (retried["processed"], retried["duplicates"]) == (1, 1)
    assert len(graph.requests) == 2 and len(_messages(wa, "customer")) == 2


def test_the_same_wamid_delivered_concurrently_is_processed_once(
    wa: Gateway, graph: GraphApiServer
) -> None:
    payload = webhook([text_message("wamid.RACE", "quero a segunda via")])
    with ThreadPoolExecutor(max_workers=4) as pool:
        acks = list(pool.map(lambda _: post_webhook(wa, payload), range(4)))
    assert [a.status_code for a in acks] == [200] * 4
    assert sum(a.json()["processed"] for a in acks) == 1
    assert sum(a.json()["duplicates"] for a in acks) == 3
    assert len(_messages(wa, "customer")) == 1 and len(graph.requests) == 1


@pytest.mark.parametrize(
    ("names", "reason"),
    [
        ({"csat": "pesquisa"}, "unknown templates ['csat']"),
        ({"csat_survey": "Pesquisa Satisfação"}, "not lower-case letters"),
    ],
)
def test_template_names_are_checked_when_the_settings_load(
    names: dict[str, str], reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValidationError, match=re.escape(reason)):
        WhatsAppAccount(tenant="t", app_secret="s", verify_token="v", template_names=names)
    monkeypatch.setenv("WHATSAPP_TEMPLATE_NAMES", json.dumps(names))
    with pytest.raises(ValidationError, match=re.escape(reason)):
        ChannelSettings()


def test_the_environment_names_the_default_accounts_templates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHATSAPP_APP_SECRET", "secret")
    monkeypatch.setenv("WHATSAPP_TEMPLATE_NAMES", json.dumps({"outage_notice": "aviso_queda"}))
    account = ChannelSettings().whatsapp_account("demo-isp")
    assert account is not None
    assert account.template_name("outage_notice") == "aviso_queda"
    assert account.template_name("csat_survey") == "csat_survey"
