"""The one contract for sending a message to a customer on their channel.

Replies, agent replies and CSAT surveys all leave through a `ChannelSender` looked up here, so the
message flow, the human desk and the webhook/CSAT worker never know how WhatsApp, SMTP or a web-chat
socket work. Channels without an outbound path (a transcribed phone call) use `RecordOnlySender`:
the text is stored on the conversation and nothing is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

logger = logging.getLogger(__name__)

OutboundKind = Literal["reply", "agent_reply", "csat_survey", "notice"]
DeliveryStatus = Literal["sent", "recorded", "failed"]


@dataclass(frozen=True)
class OutboundMessage:
    """A message for one customer on one channel (already stored as a `Message` row)."""

    tenant_id: str
    conversation_id: str
    message_id: str
    channel: str
    recipient: str  # WhatsApp number, e-mail address, web-chat session id, caller number
    text: str
    kind: OutboundKind = "reply"
    template: str | None = None  # a pre-approved template name (WhatsApp outside the 24 h window)
    template_params: Mapping[str, str] = field(default_factory=dict)
    reply_to: str | None = None  # provider id of the customer's message (wamid, e-mail Message-ID)


@dataclass(frozen=True)
class DeliveryResult:
    """What the channel said.

    A `failed` result with `retryable` (the provider was unreachable, overloaded or rate-limiting)
    is sent again by the outbox; one without it (no account configured, recipient refused) goes to
    the dead letters at once, to be replayed after the cause is fixed.
    """

    status: DeliveryStatus
    provider_message_id: str | None = None
    detail: str = ""
    retryable: bool = False


class ChannelSender(Protocol):
    """Sends on one channel. Raise nothing for a refused message: return `failed` with a detail."""

    channel: str

    async def send(self, message: OutboundMessage) -> DeliveryResult: ...


class RecordOnlySender:
    """For channels with no outbound path: the reply is already stored, nothing leaves."""

    def __init__(self, channel: str) -> None:
        self.channel = channel

    async def send(self, message: OutboundMessage) -> DeliveryResult:
        logger.debug(
            "channel %s has no outbound sender; message %s recorded only",
            self.channel,
            message.message_id,
        )
        return DeliveryResult(status="recorded", detail=f"no outbound sender for {self.channel}")


class OutboundChannels:
    """Senders by channel name; kept on `app.state.outbound`."""

    def __init__(self) -> None:
        self._senders: dict[str, ChannelSender] = {}

    def register(self, sender: ChannelSender) -> None:
        self._senders[sender.channel] = sender

    def get(self, channel: str) -> ChannelSender:
        return self._senders.get(channel) or RecordOnlySender(channel)

    async def send(self, message: OutboundMessage) -> DeliveryResult:
        return await self.get(message.channel).send(message)
