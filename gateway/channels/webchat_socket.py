"""The web-chat WebSocket: authenticate with a session token, then relay customer messages to the
message flow and push every reply, agent message and notice of the session to the browser.

Frames are JSON. Browser -> gateway: `{"type": "auth", "token"}` first, then
`{"type": "message", "text", "contact"?}`. Gateway -> browser: `ready` (with history),
`message` (role customer/assistant/agent), `notice` (e.g. an agent joined) and `error` (pt-BR
`detail`, the socket stays open). Close codes: 4400 bad first frame, 4401 invalid or expired
token, 4403 origin or tenant refused, 4408 no auth frame in time.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from gateway.api.deps import get_model_client
from gateway.channels.delivery import deliver
from gateway.channels.outbound import OutboundMessage
from gateway.channels.webchat import CHANNEL
from gateway.channels.webchat_app import WebChatRuntime
from gateway.channels.webchat_flow import (
    FlowServices,
    WebChatTurn,
    handle_web_chat_message,
    session_history,
)
from gateway.channels.webchat_hub import SessionKey
from gateway.channels.webchat_origin import origin_refusal, own_origin
from gateway.channels.webchat_tokens import InvalidWebChatToken, WebChatClaims, verify_token
from gateway.clients.model_server import ModelClient, ModelServerRejected, ModelServerUnavailable
from gateway.db.models import Tenant, utcnow
from gateway.schemas.webchat import AuthFrame, InboundMessage
from gateway.services.tenants import tenant_settings

logger = logging.getLogger("gateway.webchat")

UNAVAILABLE = "Nosso atendimento automático está indisponível agora. Tente de novo em instantes."
RATE_LIMITED = "Você enviou muitas mensagens seguidas. Aguarde um minuto e tente de novo."


class LockedSocket:
    """Serialises sends: the hub and the socket's own handler write from different tasks."""

    def __init__(self, websocket: WebSocket) -> None:
        self._websocket = websocket
        self._lock = asyncio.Lock()

    async def send_json(self, data: Any, mode: str = "text") -> None:
        """Send one JSON frame."""
        async with self._lock:
            await self._websocket.send_json(data, mode=mode)


@dataclass
class Connection:
    """One authenticated socket of a web-chat session."""

    websocket: WebSocket
    socket: LockedSocket
    claims: WebChatClaims
    connection_id: str
    runtime: WebChatRuntime

    @property
    def key(self) -> SessionKey:
        return (self.claims.tenant_id, self.claims.session_id)

    async def error(self, code: str, detail: str) -> None:
        """Tell the browser why a frame was refused (the socket stays open)."""
        await self.socket.send_json({"type": "error", "code": code, "detail": detail})


async def serve_socket(websocket: WebSocket) -> None:
    """`WS /api/v1/webchat/ws`."""
    await websocket.accept()
    runtime: WebChatRuntime = websocket.app.state.webchat
    claims = await _authenticate(websocket, runtime)
    if claims is None:
        return
    hub = runtime.live_hub()
    socket = LockedSocket(websocket)
    key = (claims.tenant_id, claims.session_id)
    # Attached before the history is read, so nothing published in between is missed (the widget
    # drops duplicates by message id).
    connection_id = await hub.attach(key, socket)
    connection = Connection(websocket, socket, claims, connection_id, runtime)
    try:
        history = await run_in_threadpool(
            session_history, websocket.app.state.session_factory, claims
        )
        await socket.send_json(
            {"type": "ready", "session_id": claims.session_id, "history": history}
        )
        while True:
            await _on_frame(connection, await _next_text(websocket))
    except WebSocketDisconnect:
        pass
    finally:
        await hub.detach(key, connection_id)


async def _next_text(websocket: WebSocket) -> str | None:
    """The next text frame; None for a binary one (refused politely, unlike `receive_text`)."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000), message.get("reason"))
    return message.get("text")


async def _authenticate(websocket: WebSocket, runtime: WebChatRuntime) -> WebChatClaims | None:
    try:
        raw = await asyncio.wait_for(_next_text(websocket), runtime.settings.auth_timeout_s)
    except TimeoutError:
        await websocket.close(4408, "no auth frame received in time")
        return None
    except WebSocketDisconnect:
        return None
    try:
        frame = AuthFrame.model_validate_json(raw or "")
        claims = verify_token(runtime.secret, frame.token)
    except ValidationError:
        await websocket.close(4400, 'the first frame must be {"type": "auth", "token": "..."}')
        return None
    except InvalidWebChatToken:
        await websocket.close(4401, "invalid or expired session token")
        return None
    refusal = await run_in_threadpool(_tenant_refusal, websocket, claims)
    if refusal is not None:
        await websocket.close(4403, refusal[:120])  # close reasons are capped at 123 bytes
        return None
    return claims


def _tenant_refusal(websocket: WebSocket, claims: WebChatClaims) -> str | None:
    with websocket.app.state.session_factory() as session:
        tenant = session.get(Tenant, claims.tenant_id)
        if tenant is None:
            return "unknown tenant"
        config = tenant_settings(tenant).web_chat
    return origin_refusal(websocket.headers.get("origin"), config, own_origin(websocket))


async def _on_frame(connection: Connection, raw: str | None) -> None:
    if raw is None:
        await connection.error("invalid_json", "Envie mensagens JSON como texto, não binário.")
        return
    try:
        data = json.loads(raw)
    except ValueError:
        await connection.error("invalid_json", "Mensagem em formato inválido (JSON esperado).")
        return
    if not isinstance(data, dict) or data.get("type") != "message":
        await connection.error("unknown_type", 'Tipo de mensagem desconhecido (use "message").')
        return
    try:
        inbound = InboundMessage.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        await connection.error("invalid_message", f"Mensagem inválida ({field}: {first['msg']}).")
        return
    if await _over_rate_limit(connection):
        await connection.error("rate_limited", RATE_LIMITED)
        return
    await _relay(connection, inbound)


async def _over_rate_limit(connection: Connection) -> bool:
    cache = connection.websocket.app.state.cache
    window = int(time.time() // 60)
    key = f"webchat:messages:{connection.claims.session_id}:{window}"
    count = await run_in_threadpool(cache.incr, key, 120)
    return count > connection.runtime.settings.messages_per_minute


async def _relay(connection: Connection, inbound: InboundMessage) -> None:
    """Echo to the session's other windows, run the flow, push the reply to every window."""
    hub = connection.runtime.live_hub()
    echo = {
        "type": "message",
        "role": "customer",
        "text": inbound.text,
        "created_at": utcnow().isoformat(),
    }
    await hub.publish(connection.key, echo, exclude=connection.connection_id)
    state = connection.websocket.app.state
    services = FlowServices(
        state.session_factory,
        _model_client(connection.websocket),
        state.context_engine,
        state.metrics,
    )
    try:
        turn = await run_in_threadpool(
            handle_web_chat_message, services, connection.claims, inbound
        )
    except (ModelServerUnavailable, ModelServerRejected) as exc:
        logger.warning("web-chat message not handled: %s", exc)
        await connection.error("unavailable", UNAVAILABLE)
        return
    await deliver(
        state.outbound, state.session_factory, _reply(connection.claims, turn), state.settings
    )


def _model_client(websocket: WebSocket) -> ModelClient:
    # The HTTP routes' seam: `app.dependency_overrides[get_model_client]` plugs another classifier.
    override = websocket.app.dependency_overrides.get(get_model_client)
    return override() if override is not None else websocket.app.state.model_client


def _reply(claims: WebChatClaims, turn: WebChatTurn) -> OutboundMessage:
    return OutboundMessage(
        tenant_id=claims.tenant_id,
        conversation_id=turn.conversation_id,
        message_id=turn.reply_message_id,
        channel=CHANNEL,
        recipient=claims.session_id,
        text=turn.reply,
        kind="reply",
    )
