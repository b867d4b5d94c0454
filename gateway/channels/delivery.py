"""What every channel adapter shares: run an inbound message once, then deliver the reply.

`process_inbound` claims the provider's message id (WhatsApp wamid, e-mail Message-ID, call id)
in the same transaction as the message flow, so a provider's retry of the same message is answered
once. `deliver` sends the stored reply through `OutboundChannels` after that transaction has
committed, and records the delivery status and the provider's id on the outgoing `Message`.
"""

from __future__ import annotations

import logging
import random
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from gateway.channels.outbound import (
    DeliveryResult,
    OutboundChannels,
    OutboundKind,
    OutboundMessage,
)
from gateway.channels.reply_retry import (
    delivery_record,
    forget_resend,
    outbound_id_row,
    queue_failed_reply,
    requeue_late_failure,
    resend_payload,
    retry_state,
)
from gateway.core.config import Settings
from gateway.db.models import ChannelMessage, Conversation, Customer, Message, utcnow
from gateway.db.session import session_scope
from gateway.schemas.analysis import MessageResult
from gateway.schemas.conversation import MessageCreate
from gateway.services.message_flow import FlowDeps, handle_message
from gateway.webhooks.policy import RetryPolicy

logger = logging.getLogger("gateway.channels")
_JITTER = random.Random()


@dataclass(frozen=True)
class InboundMessage:
    """A customer message a channel adapter has normalised."""

    request: MessageCreate
    provider_message_id: str | None
    reply_address: str  # where the answer goes: wa_id, e-mail address, caller number
    details: dict[str, Any] = field(default_factory=dict)  # kept on the ChannelMessage row


@dataclass(frozen=True)
class Processed:
    """The flow's result, or `duplicate` when this provider id was already handled."""

    duplicate: bool
    result: MessageResult | None = None
    outbound: OutboundMessage | None = None


def already_handled(session: Session, tenant_id: str, channel: str, provider_id: str) -> bool:
    """True when this provider message id was already claimed for the tenant."""
    return (
        session.scalar(
            select(ChannelMessage.id).where(
                ChannelMessage.tenant_id == tenant_id,
                ChannelMessage.channel == channel,
                ChannelMessage.provider_message_id == provider_id,
            )
        )
        is not None
    )


def claim_provider_id(
    session: Session,
    tenant_id: str,
    channel: str,
    provider_id: str,
    details: dict[str, Any] | None = None,
) -> ChannelMessage | None:
    """Insert the inbound id row; None when another delivery of the same id got there first."""
    claim = ChannelMessage(
        tenant_id=tenant_id,
        channel=channel,
        provider_message_id=provider_id,
        direction="inbound",
        details=details or {},
    )
    session.add(claim)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        return None
    return claim


def _latest(session: Session, conversation_id: str, role: str) -> Message | None:
    return session.scalar(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.role == role)
        .order_by(Message.created_at.desc())
        .limit(1)
    )


def process_inbound(inbound: InboundMessage, deps: FlowDeps) -> Processed:
    """Run the message flow once per provider id and prepare the reply for delivery."""
    session, tenant_id = deps.session, deps.tenant.id
    channel, provider_id = inbound.request.channel, inbound.provider_message_id
    claim = None
    if provider_id:
        if already_handled(session, tenant_id, channel, provider_id):
            return Processed(duplicate=True)
        claim = claim_provider_id(session, tenant_id, channel, provider_id, inbound.details)
        if claim is None:
            return Processed(duplicate=True)
    result = handle_message(inbound.request, deps)  # commits the claim with the flow
    customer_message = _latest(session, result.conversation_id, "customer")
    reply_message = _latest(session, result.conversation_id, "assistant")
    if claim is not None:
        claim.conversation_id = result.conversation_id
        claim.message_id = customer_message.id if customer_message else None
        session.commit()
    if reply_message is None:  # the flow always stores a reply; guard the type checker
        return Processed(duplicate=False, result=result)
    outbound = reply_for(reply_message, inbound.reply_address, result.reply, provider_id)
    return Processed(duplicate=False, result=result, outbound=outbound)


def reply_for(
    message: Message,
    recipient: str,
    text: str,
    reply_to: str | None,
    kind: OutboundKind = "reply",
) -> OutboundMessage:
    """The `OutboundMessage` of a stored outgoing `Message` (text unmasked for the customer)."""
    return OutboundMessage(
        tenant_id=message.tenant_id,
        conversation_id=message.conversation_id,
        message_id=message.id,
        channel=message.channel,
        recipient=recipient,
        text=text,
        kind=kind,
        reply_to=reply_to,
    )


def record_delivery(
    session_factory: sessionmaker[Session],
    message: OutboundMessage,
    result: DeliveryResult,
    retry: RetryPolicy,
) -> None:
    """Store the delivery on the outgoing `Message` and map the provider's id back to it.

    A failed reply goes to the outbox in the same transaction (see `reply_retry`).
    """
    now = utcnow()
    with session_scope(session_factory) as session:
        row = session.get(Message, message.message_id)
        if row is None:  # a notice, which is not stored as a message
            return
        delivery = delivery_record(result, now)
        retry_at = now + timedelta(seconds=retry.delay_s(1, _JITTER))
        queued = queue_failed_reply(session, message, result, now, retry_at)
        if queued is not None:
            session.flush()  # gives the row its id
            delivery.update(retry_state(queued))
        # JSON columns track reassignment, not in-place mutation.
        row.metadata_ = {**(row.metadata_ or {}), "delivery": delivery}
        if result.provider_message_id:
            resend = resend_payload(asdict(message))
            session.add(outbound_id_row(row, result.provider_message_id, result.status, resend))


async def deliver(
    outbound: OutboundChannels,
    session_factory: sessionmaker[Session],
    message: OutboundMessage,
    settings: Settings,
) -> DeliveryResult:
    """Send `message` on its channel and record what the channel answered (a failed reply is
    retried with the outbox's policy from `settings`)."""
    try:
        result = await outbound.send(message)
    except Exception as exc:  # a sender bug must not turn a committed answer into a 500
        logger.exception("sender of %s raised", message.channel)
        result = DeliveryResult(status="failed", detail=f"sender error: {exc!r}", retryable=True)
    retry = RetryPolicy.from_settings(settings)
    await run_in_threadpool(record_delivery, session_factory, message, result, retry)
    logger.info(
        "delivery channel=%s message=%s status=%s",
        message.channel,
        message.message_id,
        result.status,
    )
    return result


def apply_status(
    session: Session,
    tenant_id: str,
    channel: str,
    provider_id: str,
    status: str,
    at: str,
    error: str | None = None,
    *,
    transient: bool = False,
    retry: RetryPolicy | None = None,
) -> bool:
    """Move an outgoing message's delivery status forward (sent < delivered < read; failed).

    Providers may deliver statuses out of order or twice; a status never moves backwards.
    With `retry`, the first `failed` status of a reply queues it again (`transient`: retried,
    else a dead letter; see `reply_retry`). Returns False when the provider id is not one of
    our messages.
    """
    row = session.scalar(
        select(ChannelMessage).where(
            ChannelMessage.tenant_id == tenant_id,
            ChannelMessage.channel == channel,
            ChannelMessage.provider_message_id == provider_id,
            ChannelMessage.direction == "outbound",
        )
    )
    if row is None:
        return False
    message = session.get(Message, row.message_id) if row.message_id else None
    delivery = dict((message.metadata_ or {}).get("delivery", {})) if message else {}
    history = {**delivery.get("history", {}), status: at}
    newly_failed = status == "failed" and row.status != "failed"
    if _rank(status) > _rank(row.status):
        row.status = status
    now = utcnow()
    delivery.update(status=row.status, history=history, updated_at=now.isoformat())
    if error:
        delivery["error"] = error
    if status in ("delivered", "read"):
        forget_resend(row)
    elif newly_failed and retry is not None and message is not None:
        detail = error or "the provider reported the message as failed"
        queued = requeue_late_failure(session, row, message, detail, transient, retry, now)
        if queued is not None:
            session.flush()  # gives the row its id
            delivery.update(retry_state(queued))
    if message is not None:
        message.metadata_ = {**(message.metadata_ or {}), "delivery": delivery}
    return True


_STATUS_RANK = {"recorded": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}


def _rank(status: str) -> int:
    return _STATUS_RANK.get(status, -1)


@dataclass(frozen=True)
class ReplyTarget:
    """Where an answer in a conversation goes: the channel and address of the latest message."""

    channel: str
    recipient: str
    reply_to: str | None


# Adapters keep the answer address on the customer's message: "sender" (WhatsApp wa_id, e-mail
# address, caller number) or the web-chat session.
_ADDRESS_KEYS = ("sender", "web_chat_session")


def reply_target(session: Session, conversation_id: str) -> ReplyTarget | None:
    """The channel, address and provider id of the conversation's latest customer message."""
    latest = _latest(session, conversation_id, "customer")
    if latest is None:
        return None
    customer = None
    if _address(latest) is None:
        conversation = session.get(Conversation, conversation_id)
        customer = session.get(Customer, conversation.customer_id) if conversation else None
    return reply_target_of(latest, customer)


def reply_target_of(latest: Message, customer: Customer | None) -> ReplyTarget | None:
    """Where answers to the customer's message `latest` go (`reply_target`, already read)."""
    recipient = _address(latest)
    if recipient is None and customer is not None:
        recipient = customer.email if latest.channel == "email" else customer.phone
    if not recipient:
        return None
    reply_to = (latest.metadata_ or {}).get("provider_message_id")
    return ReplyTarget(latest.channel, recipient, reply_to if isinstance(reply_to, str) else None)


def _address(message: Message) -> str | None:
    metadata = message.metadata_ or {}
    return next((metadata[k] for k in _ADDRESS_KEYS if isinstance(metadata.get(k), str)), None)
