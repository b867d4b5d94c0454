"""The web-chat channel's outbound side: `WebChatSender` pushes to the session's open sockets.

The recipient of a web-chat message is the widget's session id; customer messages carry it in
their metadata (`web_chat_session`), where `delivery.reply_target` finds it for the desk's replies
and the CSAT surveys.
"""

from __future__ import annotations

from typing import Any

from redis.exceptions import RedisError
from sqlalchemy.orm import Session

from gateway.channels.delivery import reply_target
from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.channels.webchat_hub import WebChatHub
from gateway.db.models import Handoff, utcnow

CHANNEL = "web_chat"
SESSION_METADATA_KEY = "web_chat_session"
AGENT_JOINED = "{agent} entrou na conversa."
ROLE_OF_KIND = {"reply": "assistant", "csat_survey": "assistant", "agent_reply": "agent"}


def outbound_event(message: OutboundMessage) -> dict[str, Any]:
    """The socket frame for an outbound message (a chat bubble, or a notice line)."""
    base = {
        "message_id": message.message_id,
        "conversation_id": message.conversation_id,
        "text": message.text,
        "kind": message.kind,
        "created_at": utcnow().isoformat(),
    }
    if message.kind == "notice":
        return {"type": "notice", **base}
    return {"type": "message", "role": ROLE_OF_KIND[message.kind], **base}


class WebChatSender:
    """`ChannelSender` of `web_chat`: live push to every window of the session, any replica."""

    channel = CHANNEL

    def __init__(self, hub: WebChatHub) -> None:
        self._hub = hub

    async def send(self, message: OutboundMessage) -> DeliveryResult:
        """`sent` when a window is open, `recorded` when none is (shown at its next opening).

        With the Redis bus down only this replica's windows are reachable: `failed` (retried by
        the owner of the delivery) unless one of them is here.
        """
        key = (message.tenant_id, message.recipient)
        here = self._hub.local_count(key) > 0
        try:
            online = here or await self._hub.is_online(key)
        except RedisError as exc:
            if not here:
                return DeliveryResult(
                    status="failed", detail=f"web-chat bus unavailable: {exc}", retryable=True
                )
            online = True
        if not online:
            return DeliveryResult(
                status="recorded",
                detail="no web-chat window open; the widget shows it from history when reopened",
            )
        crossed = await self._hub.publish(key, outbound_event(message))
        if not crossed and not here:
            return DeliveryResult(
                status="failed", detail="web-chat bus unavailable", retryable=True
            )
        return DeliveryResult(status="sent")  # no provider id: the socket is ours


def agent_joined_notice(session: Session, handoff: Handoff) -> OutboundMessage | None:
    """The "agent joined" line for a claimed hand-off whose customer writes from the web chat.

    Other channels get no notice: on WhatsApp or e-mail it would be a message of its own.
    """
    target = reply_target(session, handoff.conversation_id)
    if target is None or target.channel != CHANNEL or handoff.claimed_by is None:
        return None
    return OutboundMessage(
        tenant_id=handoff.tenant_id,
        conversation_id=handoff.conversation_id,
        message_id=handoff.id,  # a notice is not stored as a message; the claim is audited
        channel=CHANNEL,
        recipient=target.recipient,
        text=AGENT_JOINED.format(agent=handoff.claimed_by),
        kind="notice",
    )
