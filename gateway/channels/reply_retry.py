"""Replies whose first send failed: the outbox sends them again, and their `Message` follows.

The first attempt is made inline, right after the flow commits, so a working channel answers at
once. When it fails, the reply becomes an outbox row in the same transaction that records the
failure: a transient failure (provider unreachable, 5xx, rate limit) is retried by the delivery
worker with the webhooks' backoff and circuit breaker; a permanent one (channel not configured,
recipient refused) is a dead letter straight away, replayable once the cause is fixed. Each
attempt's outcome lands on the message's `delivery`, so `GET /conversations/{id}` tells the
agent whether the customer got the answer.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.db.models import ChannelMessage, Message, OutboxItem
from gateway.webhooks.outbox import enqueue_channel_message
from gateway.webhooks.store import ClaimedItem, Outcome

REPLY_RETRY_EVENT = "channel_reply"
# Answers to the customer are owed; a web-chat "agent joined" notice is only worth it live.
RETRIED_KINDS = frozenset({"reply", "agent_reply"})


def delivery_record(result: DeliveryResult, now: datetime) -> dict[str, Any]:
    """The `delivery` kept on an outgoing message after its first attempt."""
    at = now.isoformat()
    return {
        "status": result.status,
        "provider_message_id": result.provider_message_id,
        "detail": result.detail,
        "updated_at": at,
        "history": {result.status: at},
        "attempts": 1,
    }


def outbound_id_row(message: Message, provider_id: str, status: str) -> ChannelMessage:
    """Maps the provider's id of a sent message back to it (statuses, e-mail threading)."""
    return ChannelMessage(
        tenant_id=message.tenant_id,
        channel=message.channel,
        provider_message_id=provider_id,
        direction="outbound",
        conversation_id=message.conversation_id,
        message_id=message.id,
        status=status,
    )


def queue_failed_reply(
    session: Session,
    message: OutboundMessage,
    result: DeliveryResult,
    now: datetime,
    retry_at: datetime,
) -> OutboxItem | None:
    """Put a reply whose first send failed in the outbox (joins the caller's transaction).

    The inline attempt counts as the row's first, so the retry budget is the webhooks' one.
    Returns None for messages that are not retried.
    """
    if result.status != "failed" or message.kind not in RETRIED_KINDS:
        return None
    item = enqueue_channel_message(
        session,
        message.tenant_id,
        REPLY_RETRY_EVENT,
        message.channel,
        {"message": asdict(message)},
        deliver_at=retry_at,
    )
    item.attempts, item.last_error, item.created_at = 1, result.detail[:500], now
    item.status = "pending" if result.retryable else "dead"
    item.dead_at = None if result.retryable else now
    return item


def retry_state(item: OutboxItem) -> dict[str, Any]:
    """What the message's `delivery` says about its outbox row."""
    pending = item.status == "pending"
    return {
        "retry_id": item.id,
        "retrying": pending,
        "next_attempt_at": item.next_attempt_at.isoformat() if pending else None,
    }


def reply_delivery_finished(
    session: Session, item: ClaimedItem, outcome: Outcome, now: datetime
) -> None:
    """Move the message's `delivery` along with the outbox row (in the worker's transaction)."""
    message_id = item.payload.get("message", {}).get("message_id")
    row = session.get(Message, message_id) if isinstance(message_id, str) else None
    outbox = session.get(OutboxItem, item.id)
    if row is None or outbox is None:
        return
    at = now.isoformat()
    delivery = dict((row.metadata_ or {}).get("delivery") or {})
    delivery.update(attempts=outbox.attempts, updated_at=at, **retry_state(outbox))
    if outcome.kind == "delivered":
        channel_status = str(outcome.details.get("channel_status") or "sent")
        provider_id = outcome.details.get("provider_message_id")
        delivery.update(status=channel_status, provider_message_id=provider_id, detail="")
        delivery["history"] = {**delivery.get("history", {}), channel_status: at}
        if isinstance(provider_id, str):  # later WhatsApp statuses find the message by this id
            session.add(outbound_id_row(row, provider_id, channel_status))
    elif outcome.kind == "failed":
        delivery.update(status="failed", detail=outcome.error)
    # JSON columns track reassignment, not in-place mutation.
    row.metadata_ = {**(row.metadata_ or {}), "delivery": delivery}
