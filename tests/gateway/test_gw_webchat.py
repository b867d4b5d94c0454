"""Web chat: widget sessions (origin allow-list, signed tokens), the socket protocol, the message
flow behind it, live agent events through the outbound contract, and the served widget files.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import jwt
import pytest
from gw_app import KEY_B, Gateway
from gw_webchat import OWN_ORIGIN, WS_PATH, new_session, open_socket, receive, token_for
from pydantic import ValidationError
from sqlalchemy import select
from starlette.websockets import WebSocketDisconnect

from gateway.api.deps import get_model_client
from gateway.channels.outbound import OutboundMessage
from gateway.channels.webchat_tokens import (
    InvalidWebChatToken,
    WebChatClaims,
    issue_token,
    verify_token,
)
from gateway.clients.model_server import ModelServerUnavailable
from gateway.csat.surveys import THANKS
from gateway.db.models import Tenant
from gateway.demo import DEMO_SLUG
from gateway.replies import HANDOFF_REPLIES
from gateway.schemas.webchat import InboundMessage, WebChatConfig

SECRET = "s" * 40
SITE = "https://www.provedor.example"


def _put_web_chat(gw: Gateway, key: str | None = None, **web_chat: object) -> None:
    headers = gw.headers(key) if key else gw.headers()
    current = gw.client.get("/api/v1/tenant/settings", headers=headers).json()
    current["web_chat"] = {**current["web_chat"], **web_chat}
    response = gw.client.put("/api/v1/tenant/settings", json=current, headers=headers)
    assert response.status_code == 200, response.text


def _demo_tenant_id(gw: Gateway) -> str:
    with gw.app.state.session_factory() as session:
        return session.scalars(select(Tenant.id).where(Tenant.slug == DEMO_SLUG)).one()


def _send(gw: Gateway, outbound: OutboundMessage):
    return gw.client.portal.call(gw.app.state.outbound.send, outbound)


def _outbound(tenant_id: str, session_id: str, kind: str = "agent_reply") -> OutboundMessage:
    return OutboundMessage(
        tenant_id=tenant_id,
        conversation_id="c-1",
        message_id="m-1",
        channel="web_chat",
        recipient=session_id,
        text="Oi, aqui é a Ana do suporte.",
        kind=kind,  # type: ignore[arg-type]
    )


# --- tokens and settings -----------------------------------------------------------------------


def test_token_round_trip_and_tampering() -> None:
    claims = WebChatClaims("tenant-1", "webchat-abc", "cliente-basic-001")
    issued = issue_token(SECRET, claims, ttl_s=60)
    assert verify_token(SECRET, issued.token) == claims
    with pytest.raises(InvalidWebChatToken):
        verify_token("x" * 40, issued.token)
    header, _payload, signature = issued.token.split(".")
    forged = jwt.encode({"sub": "webchat-abc", "tid": "tenant-2"}, "guess" * 8, algorithm="HS256")
    with pytest.raises(InvalidWebChatToken):
        verify_token(SECRET, f"{header}.{forged.split('.')[1]}.{signature}")


def test_expired_token_only_within_the_grace_period() -> None:
    now = int(time.time())
    expired = jwt.encode(
        {"aud": "omnichat-webchat", "iat": now - 120, "exp": now - 60, "sub": "s", "tid": "t"},
        SECRET,
        algorithm="HS256",
    )
    with pytest.raises(InvalidWebChatToken, match="expired"):
        verify_token(SECRET, expired)
    assert verify_token(SECRET, expired, expired_grace_s=3600).session_id == "s"


def test_origins_are_normalised_and_paths_refused() -> None:
    config = WebChatConfig(allowed_origins=["https://WWW.Provedor.example:443/", SITE])
    assert config.allowed_origins == [SITE]
    with pytest.raises(ValidationError, match="bare origin"):
        WebChatConfig(allowed_origins=["https://www.provedor.example/chat"])
    with pytest.raises(ValidationError, match="http"):
        WebChatConfig(allowed_origins=["ftp://provedor.example"])


def test_typed_contact_is_an_email_or_a_phone() -> None:
    parse = InboundMessage.model_validate
    assert parse({"type": "message", "text": "oi", "contact": " Maria@X.com "}).contact == (
        "maria@x.com"
    )
    assert parse({"type": "message", "text": "oi", "contact": "(11) 98765-0001"}).contact == (
        "11987650001"
    )
    with pytest.raises(ValidationError, match="contact"):
        parse({"type": "message", "text": "oi", "contact": "me liga"})


# --- session endpoint --------------------------------------------------------------------------


def test_hosted_page_origin_gets_a_session_with_cors(gateway: Gateway) -> None:
    response = new_session(gateway.client)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["session_id"].startswith("webchat-")
    assert response.headers["access-control-allow-origin"] == OWN_ORIGIN
    assert body["websocket_path"] == WS_PATH
    no_body = gateway.client.post(
        "/api/v1/webchat/demo-isp/sessions", headers={"origin": OWN_ORIGIN}
    )
    assert no_body.status_code == 200
    assert no_body.json()["session_id"] != body["session_id"]


def test_foreign_or_missing_origin_is_refused_until_allowed(gateway: Gateway) -> None:
    refused = new_session(gateway.client, origin=SITE)
    assert refused.status_code == 403
    assert "not allowed" in refused.json()["detail"]
    assert "access-control-allow-origin" not in refused.headers
    assert new_session(gateway.client, origin=None).status_code == 403

    _put_web_chat(gateway, allowed_origins=[SITE])
    allowed = new_session(gateway.client, origin=SITE)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == SITE
    preflight = gateway.client.options(
        "/api/v1/webchat/demo-isp/sessions",
        headers={"origin": SITE, "access-control-request-method": "POST"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-methods"] == "POST"


def test_unknown_tenant_disabled_chat_and_bad_settings(gateway: Gateway) -> None:
    assert new_session(gateway.client, tenant="nope").status_code == 404
    bad = gateway.client.put(
        "/api/v1/tenant/settings",
        json={"web_chat": {"allowed_origins": ["not a url"]}},
        headers=gateway.headers(),
    )
    assert bad.status_code == 422
    _put_web_chat(gateway, enabled=False)
    disabled = new_session(gateway.client)
    assert disabled.status_code == 403
    assert "disabled" in disabled.json()["detail"]


def test_resume_keeps_the_session_only_for_the_same_tenant(gateway: Gateway) -> None:
    first = new_session(gateway.client).json()
    resumed = new_session(gateway.client, resume_token=first["token"]).json()
    assert resumed["session_id"] == first["session_id"]
    garbage = new_session(gateway.client, resume_token="not-a-token")
    assert garbage.status_code == 200
    assert garbage.json()["session_id"] != first["session_id"]
    other = new_session(gateway.client, tenant="other-isp", resume_token=first["token"]).json()
    assert other["session_id"] != first["session_id"]


def test_session_creation_is_rate_limited_per_address(
    monkeypatch: pytest.MonkeyPatch, sqlite_url: str
) -> None:
    from gw_app import running_gateway

    monkeypatch.setenv("WEBCHAT_SESSIONS_PER_MINUTE", "3")
    with running_gateway(sqlite_url) as gw:
        codes = [new_session(gw.client).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_identified_sessions_need_the_api_key_and_bind_the_customer(gateway: Gateway) -> None:
    body = {"customer_identifier": "cliente-basic-001"}
    assert gateway.client.post("/api/v1/webchat/identified-sessions", json=body).status_code == 401
    response = gateway.client.post(
        "/api/v1/webchat/identified-sessions", json=body, headers=gateway.headers()
    )
    assert response.status_code == 200
    with open_socket(gateway.client, response.json()["token"]) as (ws, _):
        ws.send_json({"type": "message", "text": "preciso da segunda via do boleto"})
        reply = receive(ws)
    assert reply["role"] == "assistant"
    assert "Pix copia e cola" in reply["text"]  # the verified customer's own invoice
    thread = gateway.client.get(
        f"/api/v1/conversations/{reply['conversation_id']}", headers=gateway.headers()
    ).json()
    assert thread["customer_id"] == "cliente-basic-001"


# --- socket protocol ---------------------------------------------------------------------------


def _closed_with(gw: Gateway, first_frame: object, origin: str = OWN_ORIGIN) -> int:
    with gw.client.websocket_connect(WS_PATH, headers={"origin": origin}) as ws:
        ws.send_json(first_frame)
        with pytest.raises(WebSocketDisconnect) as closed:
            receive(ws)
    return closed.value.code


def test_socket_refuses_bad_tokens_frames_and_origins(gateway: Gateway) -> None:
    assert _closed_with(gateway, {"type": "auth", "token": "forged"}) == 4401
    assert _closed_with(gateway, {"type": "message", "text": "oi"}) == 4400
    token = token_for(gateway.client)
    assert _closed_with(gateway, {"type": "auth", "token": token}, origin=SITE) == 4403
    _put_web_chat(gateway, allowed_origins=[SITE])
    with open_socket(gateway.client, token, origin=SITE) as (_, ready):
        assert ready["history"] == []


def test_a_message_is_classified_answered_and_stored_as_web_chat(gateway: Gateway) -> None:
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, ready):
        ws.send_json({"type": "message", "text": "preciso da segunda via do boleto"})
        reply = receive(ws)
    assert reply["type"] == "message" and reply["role"] == "assistant"
    assert reply["kind"] == "reply"
    thread = gateway.client.get(
        f"/api/v1/conversations/{reply['conversation_id']}", headers=gateway.headers()
    ).json()
    assert thread["customer_id"] == ready["session_id"]  # an anonymous prospect
    assert thread["channels"] == ["web_chat"]
    assert [m["role"] for m in thread["messages"]] == ["customer", "assistant"]
    assert thread["messages"][1]["id"] == reply["message_id"]
    assert thread["messages"][1]["text"] == reply["text"]
    assert thread["decisions"][0]["channel"] == "web_chat"


def test_bad_frames_get_error_frames_and_the_socket_stays_usable(gateway: Gateway) -> None:
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, _):
        ws.send_text("{not json")
        assert receive(ws)["code"] == "invalid_json"
        ws.send_bytes(b'{"type": "message", "text": "oi"}')
        assert "binário" in receive(ws)["detail"]
        ws.send_json({"type": "typing"})
        assert receive(ws)["code"] == "unknown_type"
        ws.send_json({"type": "message", "text": "   "})
        error = receive(ws)
        assert error["code"] == "invalid_message" and "text" in error["detail"]
        ws.send_json({"type": "message", "text": "x" * 5001})
        assert receive(ws)["code"] == "invalid_message"
        ws.send_json({"type": "message", "text": "bom dia"})
        assert receive(ws)["role"] == "assistant"


def test_messages_per_minute_are_limited(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    from gw_app import running_gateway

    monkeypatch.setenv("WEBCHAT_MESSAGES_PER_MINUTE", "2")
    with (
        running_gateway(sqlite_url) as gw,
        open_socket(gw.client, token_for(gw.client)) as (ws, _),
    ):
        frames = []
        for _ in range(3):
            ws.send_json({"type": "message", "text": "bom dia"})
            frames.append(receive(ws))
    assert [f["type"] for f in frames] == ["message", "message", "error"]
    assert frames[2]["code"] == "rate_limited"


def test_model_outage_is_an_error_frame_not_a_dropped_socket(gateway: Gateway) -> None:
    class DownModel:
        def classify(self, messages: list[str]):
            raise ModelServerUnavailable("connection refused")

        def ready(self) -> bool:
            return False

    gateway.app.dependency_overrides[get_model_client] = DownModel
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, _):
        ws.send_json({"type": "message", "text": "sem internet"})
        error = receive(ws)
        assert error == {"type": "error", "code": "unavailable", "detail": error["detail"]}
        assert "indisponível" in error["detail"]
        gateway.app.dependency_overrides[get_model_client] = lambda: gateway.model
        ws.send_json({"type": "message", "text": "sem internet"})
        assert receive(ws)["role"] == "assistant"


def test_every_window_of_a_session_gets_replies_and_the_others_echoes(gateway: Gateway) -> None:
    token = token_for(gateway.client)
    with (
        open_socket(gateway.client, token) as (first, _),
        open_socket(gateway.client, token) as (second, _),
    ):
        first.send_json({"type": "message", "text": "bom dia"})
        echo = receive(second)
        assert (echo["role"], echo["text"]) == ("customer", "bom dia")
        reply_second = receive(second)
        reply_first = receive(first)  # the sender gets no echo of its own line
    assert reply_first["role"] == reply_second["role"] == "assistant"
    assert reply_first["message_id"] == reply_second["message_id"]


def test_a_reopened_widget_gets_the_conversation_history(gateway: Gateway) -> None:
    token = token_for(gateway.client)
    with open_socket(gateway.client, token) as (ws, _):
        ws.send_json({"type": "message", "text": "minha internet está lenta"})
        reply = receive(ws)
    with open_socket(gateway.client, token) as (_, ready):
        pass
    assert [(m["role"], m["text"]) for m in ready["history"]] == [
        ("customer", "minha internet está lenta"),
        ("assistant", reply["text"]),
    ]


def test_typed_contact_is_kept_for_agents_and_trusted_only_when_configured(
    gateway: Gateway,
) -> None:
    message = {"type": "message", "text": "segunda via", "contact": "maria.silva@example.com"}
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, ready):
        ws.send_json(message)
        untrusted = receive(ws)
    assert "Pix" not in untrusted["text"]  # no one's invoice for an unverified visitor
    thread = gateway.client.get(
        f"/api/v1/conversations/{untrusted['conversation_id']}", headers=gateway.headers()
    ).json()
    assert thread["customer_id"] == ready["session_id"]

    _put_web_chat(gateway, trust_typed_contact=True)
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, _):
        ws.send_json(message)
        trusted = receive(ws)
    thread = gateway.client.get(
        f"/api/v1/conversations/{trusted['conversation_id']}", headers=gateway.headers()
    ).json()
    assert thread["customer_id"] == "cliente-basic-001"  # matched by e-mail


# --- live agent events through the outbound contract -------------------------------------------


@pytest.fixture
def handed_off(gateway: Gateway) -> Iterator[tuple[Gateway, object, dict]]:
    """A web-chat customer whose message went to the retention desk, socket open."""
    with open_socket(gateway.client, token_for(gateway.client)) as (ws, ready):
        ws.send_json({"type": "message", "text": "quero cancelar a minha internet"})
        reply = receive(ws)
        assert reply["text"] == HANDOFF_REPLIES["retention"]
        yield gateway, ws, {"ready": ready, "reply": reply}


def _pending_handoff(gw: Gateway, conversation_id: str) -> str:
    queue = gw.client.get("/api/v1/handoffs", headers=gw.headers()).json()
    return next(h["id"] for h in queue if h["conversation_id"] == conversation_id)


def test_claiming_the_handoff_shows_the_agent_joining(handed_off) -> None:
    gw, ws, seen = handed_off
    handoff_id = _pending_handoff(gw, seen["reply"]["conversation_id"])
    claimed = gw.client.post(
        f"/api/v1/handoffs/{handoff_id}/claim", json={"agent": "ana.souza"}, headers=gw.headers()
    )
    assert claimed.status_code == 200
    notice = receive(ws)
    assert notice["type"] == "notice"
    assert notice["text"] == "ana.souza entrou na conversa."
    assert notice["conversation_id"] == seen["reply"]["conversation_id"]


def test_agent_replies_reach_the_socket_through_the_outbound_contract(handed_off) -> None:
    gw, ws, seen = handed_off
    tenant_id = _demo_tenant_id(gw)
    result = _send(gw, _outbound(tenant_id, seen["ready"]["session_id"]))
    assert result.status == "sent"
    frame = receive(ws)
    assert (frame["type"], frame["role"], frame["kind"]) == ("message", "agent", "agent_reply")
    assert frame["text"] == "Oi, aqui é a Ana do suporte."
    # Another tenant's message to the same session id never reaches this socket.
    other = _send(gw, _outbound("another-tenant", seen["ready"]["session_id"]))
    assert other.status == "recorded"


def test_sender_records_only_when_no_window_is_open(gateway: Gateway) -> None:
    result = _send(gateway, _outbound("t", "webchat-nobody-here"))
    assert result.status == "recorded"
    assert "history" in result.detail


def test_agent_reply_route_pushes_to_the_browser(handed_off) -> None:
    gw, ws, seen = handed_off
    handoff_id = _pending_handoff(gw, seen["reply"]["conversation_id"])
    gw.client.post(
        f"/api/v1/handoffs/{handoff_id}/claim", json={"agent": "ana.souza"}, headers=gw.headers()
    )
    assert receive(ws)["type"] == "notice"
    replied = gw.client.post(
        f"/api/v1/handoffs/{handoff_id}/reply",
        json={"agent": "ana.souza", "message": "Oi! Posso te ajudar a rever o plano."},
        headers=gw.headers(),
    )
    assert replied.status_code == 200
    frame = receive(ws)
    assert (frame["role"], frame["text"]) == ("agent", "Oi! Posso te ajudar a rever o plano.")


def test_other_tenants_key_cannot_see_or_claim_web_chat_handoffs(handed_off) -> None:
    gw, _, seen = handed_off
    handoff_id = _pending_handoff(gw, seen["reply"]["conversation_id"])
    response = gw.client.post(
        f"/api/v1/handoffs/{handoff_id}/claim", json={"agent": "x"}, headers=gw.headers(KEY_B)
    )
    assert response.status_code == 404


# --- widget files ------------------------------------------------------------------------------


def test_widget_files_are_served_by_the_gateway(gateway: Gateway) -> None:
    page = gateway.client.get("/webchat/")
    assert page.status_code == 200
    assert '<html lang="pt-BR">' in page.text
    script = gateway.client.get("/webchat/widget.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]
    code = script.text.split("*/", 1)[1]  # after the header comment with the embed snippet
    assert "/api/v1/webchat/" in code
    assert "http://" not in code and "https://" not in code  # no CDN, nothing third-party
    css = gateway.client.get("/webchat/widget.css")
    assert css.status_code == 200 and ".ocw-panel" in css.text


def test_with_redis_down_a_replica_still_serves_its_own_sockets(sqlite_url: str) -> None:
    import socket

    from gw_app import running_gateway

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with running_gateway(sqlite_url, redis_url=f"redis://127.0.0.1:{port}/0") as gw:
        assert gw.app.state.webchat.hub.backend == "redis"
        with open_socket(gw.client, token_for(gw.client)) as (ws, ready):
            ws.send_json({"type": "message", "text": "bom dia"})
            reply = receive(ws)
            assert reply["role"] == "assistant"
            here = _send(gw, _outbound(_demo_tenant_id(gw), ready["session_id"]))
            assert here.status == "sent"
            assert receive(ws)["role"] == "agent"
        elsewhere = _send(gw, _outbound(_demo_tenant_id(gw), "webchat-maybe-on-another-replica"))
    assert elsewhere.status == "failed"  # unknown: the owner of the delivery retries
    assert "unavailable" in elsewhere.detail


def test_csat_survey_reaches_the_widget_and_its_answer_is_recorded(sqlite_url: str) -> None:
    from gw_app import running_gateway
    from gw_webhooks import FAST_DELIVERY

    with running_gateway(sqlite_url, **FAST_DELIVERY) as gw:
        settings = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
        settings["csat"] = {**settings["csat"], "delay_s": 0}
        assert gw.client.put(
            "/api/v1/tenant/settings", json=settings, headers=gw.headers()
        ).is_success
        with open_socket(gw.client, token_for(gw.client)) as (ws, _):
            ws.send_json({"type": "message", "text": "preciso da segunda via do boleto"})
            assert receive(ws)["kind"] == "reply"  # resolved by the AI: the survey follows
            survey = receive(ws)
            assert (survey["kind"], survey["role"]) == ("csat_survey", "assistant")
            ws.send_json({"type": "message", "text": "5"})  # the widget's "Nota 5 de 5" button
            thanks = receive(ws)
        answered = gw.client.get(
            "/api/v1/csat/surveys", params={"status": "answered"}, headers=gw.headers()
        ).json()
    assert (thanks["role"], thanks["text"]) == ("assistant", THANKS)
    assert [(s["channel"], s["score"]) for s in answered] == [("web_chat", 5)]
