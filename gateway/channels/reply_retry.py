"""Replies whose first send failed: the outbox sends them again, and their `Message` follows.

The first attempt is made inline, right after the flow commits, so a working channel answers at
once. When it fails, the reply becomes an outbox row in the same transaction that records the
failure: a transient failure (provider unreachable, 5xx, rate limit) is retried by the delivery
worker with the webhooks' backoff and circuit breaker; a permanent one (channel not configured,
recipient refused) is a dead letter straight away, replayable once the cause is fixed. Each
attempt's outcome lands on the message's `delivery`, so `GET /conversations/{id}` tells the
agent whether the customer got the answer.

WhatsApp can also accept a reply and report it `failed` later, in a status webhook (the
platform was overloaded, a rate limit hit). So a WhatsApp reply's payload stays on its
provider-id row until a `delivered` or `read` status arrives; a late `failed` status puts it in
the outbox like a failed first send (`requeue_late_failure`), once, within the same budget.
"""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.db.models import ChannelMessage, Message, OutboxItem
from gateway.webhooks.outbox import enqueue_channel_message
from gateway.webhooks.policy import RetryPolicy
from gateway.webhooks.store import ClaimedItem, Outcome

REPLY_RETRY_EVENT = "channel_reply"
# Answers to the customer are owed; a web-chat "agent joined" notice is only worth it live.
RETRIED_KINDS = frozenset({"reply", "agent_reply"})
# Channels whose provider reports failures after accepting a message, and the key under which
# the provider-id row keeps the payload to send again (it holds the text and the number, so it
# is dropped as soon as the message is delivered or queued again).
LATE_FAILURE_CHANNELS = frozenset({"whatsapp"})
RESEND_KEY = "resend"
_JITTER = random.Random()


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


def resend_payload(payload: dict[str, Any]) -> dict[str, Any] | None:
    """What a late failure of the message `payload` (an `OutboundMessage` as a dict) would send
    again; None when it is not retried or its channel never fails late."""
    if (
        payload.get("kind") not in RETRIED_KINDS
        or payload.get("channel") not in LATE_FAILURE_CHANNELS
    ):
        return None
    return payload


def outbound_id_row(
    message: Message, provider_id: str, status: str, resend: dict[str, Any] | None = None
) -> ChannelMessage:
    """Maps the provider's id of a sent message back to it (statuses, e-mail threading)."""
    return ChannelMessage(
        tenant_id=message.tenant_id,
        channel=message.channel,
        provider_message_id=provider_id,
        direction="outbound",
        conversation_id=message.conversation_id,
        message_id=message.id,
        status=status,
        details={RESEND_KEY: resend} if resend is not None else {},
    )


def forget_resend(row: ChannelMessage) -> None:
    """Drop the payload kept for a late failure (delivered, or queued again)."""
    if RESEND_KEY in (row.details or {}):
        row.details = {k: v for k, v in row.details.items() if k != RESEND_KEY}


def _queue(
    session: Session,
    tenant_id: str,
    channel: str,
    payload: dict[str, Any],
    error: str,
    attempts: int,
    retryable: bool,
    now: datetime,
    retry_at: datetime,
) -> OutboxItem:
    """An outbox row for a reply that failed `attempts` times: pending, or dead at once."""
    item = enqueue_channel_message(
        session, tenant_id, REPLY_RETRY_EVENT, channel, {"message": payload}, deliver_at=retry_at
    )
    item.attempts, item.last_error, item.created_at = attempts, error[:500], now
    item.status = "pending" if retryable else "dead"
    item.dead_at = None if retryable else now
    return item


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
    return _queue(
        session,
        message.tenant_id,
        message.channel,
        asdict(message),
        result.detail,
        1,
        result.retryable,
        now,
        retry_at,
    )


def requeue_late_failure(
    session: Session,
    row: ChannelMessage,
    message: Message,
    error: str,
    transient: bool,
    retry: RetryPolicy,
    now: datetime,
) -> OutboxItem | None:
    """A reply the provider accepted, then reported failed: queue it again (joins the caller's
    transaction). Transient errors are retried while the message's attempts stay within the
    budget; others, or a spent budget, become a replayable dead letter. None when `row` keeps
    no payload (not a reply, already delivered, or already queued by an earlier status)."""
    payload = (row.details or {}).get(RESEND_KEY)
    if not isinstance(payload, dict):
        return None
    attempts = int(((message.metadata_ or {}).get("delivery") or {}).get("attempts") or 1)
    retry_at = now + timedelta(seconds=retry.delay_s(attempts, _JITTER))
    retryable = transient and attempts < retry.max_attempts
    item = _queue(
        session, row.tenant_id, row.channel, payload, error, attempts, retryable, now, retry_at
    )
    forget_resend(row)
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
            resend = resend_payload(item.payload.get("message") or {})
            session.add(outbound_id_row(row, provider_id, channel_status, resend))
    elif outcome.kind == "failed":
        delivery.update(status="failed", detail=outcome.error)
    # JSON columns track reassignment, not in-place mutation.
    row.metadata_ = {**(row.metadata_ or {}), "delivery": delivery}
