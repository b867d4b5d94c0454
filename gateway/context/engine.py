"""The context engine: builds a customer's context from the database, cached hot.

Cache keys carry a per-tenant generation number bumped on outage changes (an outage touches
every customer of a region), and a customer's entry is dropped whenever one of their messages
or their profile changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gateway.core.cache import Cache
from gateway.db.models import (
    Analysis,
    Conversation,
    Customer,
    Invoice,
    Message,
    Outage,
    Ticket,
    utcnow,
)
from gateway.schemas.context import CustomerContext, RecentMessage

RECENT_MESSAGES = 6


@dataclass(frozen=True)
class ContextSnapshot:
    """A customer's context and their open conversation (None when there is none)."""

    context: CustomerContext
    conversation_id: str | None


def after_message(
    snapshot: ContextSnapshot,
    conversation_id: str,
    turns: list[RecentMessage],
    sub_intent: str,
    blocked: bool,
    opened_ticket: bool,
) -> ContextSnapshot:
    """The snapshot as it stands after one handled message, without re-reading the database.

    Keeps the hot context warm for the customer's next message; fields that only other
    endpoints change (profile, outages, invoices) invalidate the entry there.
    """
    context = snapshot.context
    same_thread = snapshot.conversation_id == conversation_id
    recent = [*(context.recent_messages if same_thread else []), *turns][-RECENT_MESSAGES:]
    counts = dict(context.sub_intent_counts_24h)
    counts[sub_intent] = counts.get(sub_intent, 0) + 1
    updated = context.model_copy(
        update={
            "last_sub_intent": sub_intent,
            "recent_messages": recent,
            "sub_intent_counts_24h": counts,
            "blocked": blocked,
            "open_ticket_sub_intent": sub_intent
            if opened_ticket
            else context.open_ticket_sub_intent,
        }
    )
    return ContextSnapshot(updated, conversation_id)


# Built once with bound parameters: on SQLite, building a select (and its cache key) costs
# more CPU than running it, and a context is built on each customer's first message in a while.
_OVERDUE_INVOICES = select(func.count(Invoice.id)).where(
    Invoice.tenant_id == bindparam("tenant_id"),
    Invoice.customer_id == bindparam("customer_id"),
    Invoice.status == "open",
    Invoice.due_date < bindparam("today"),
)
_OUTAGE_IN_REGION = (
    select(Outage.id)
    .where(
        Outage.tenant_id == bindparam("tenant_id"),
        Outage.region == bindparam("region"),
        Outage.ended_at.is_(None),
    )
    .limit(1)
)


def _latest_open(
    column: InstrumentedAttribute[Any], model: type[Ticket | Conversation]
) -> Select[Any]:
    """`column` of the customer's newest open row of `model`."""
    return (
        select(column)
        .where(
            model.tenant_id == bindparam("tenant_id"),
            model.customer_id == bindparam("customer_id"),
            model.status == "open",
        )
        .order_by(model.created_at.desc())
        .limit(1)
    )


_OPEN_TICKET = _latest_open(Ticket.sub_intent, Ticket)
_OPEN_CONVERSATION = _latest_open(Conversation.id, Conversation)
_RECENT_MESSAGES = (
    select(Message.channel, Message.role, Message.text, Message.created_at, Analysis.sub_intent)
    .outerjoin(Analysis, Analysis.message_id == Message.id)
    .where(Message.conversation_id == bindparam("conversation_id"))
    .order_by(Message.created_at.desc())
    .limit(RECENT_MESSAGES)
)
_LAST_SUB_INTENT = (
    select(Analysis.sub_intent)
    .where(Analysis.conversation_id == bindparam("conversation_id"))
    .order_by(Analysis.created_at.desc())
    .limit(1)
)
_SUB_INTENT_COUNTS = (
    select(Analysis.sub_intent, func.count(Analysis.id))
    .where(
        Analysis.tenant_id == bindparam("tenant_id"),
        Analysis.customer_id == bindparam("customer_id"),
        Analysis.created_at >= bindparam("since"),
    )
    .group_by(Analysis.sub_intent)
)


def build_context(
    session: Session, customer: Customer, now: datetime | None = None, window_hours: int = 24
) -> ContextSnapshot:
    """Read the context of `customer` from the database."""
    now = now or utcnow()
    ids = {"tenant_id": customer.tenant_id, "customer_id": customer.id}
    overdue = session.scalar(_OVERDUE_INVOICES, {**ids, "today": now.date()})
    outage = None
    if customer.region:
        outage = session.scalar(
            _OUTAGE_IN_REGION, {"tenant_id": customer.tenant_id, "region": customer.region}
        )
    ticket = session.scalar(_OPEN_TICKET, ids)
    conversation_id = session.scalar(_OPEN_CONVERSATION, ids)
    recent: list[RecentMessage] = []
    last_sub_intent = None
    if conversation_id is not None:
        in_conversation = {"conversation_id": conversation_id}
        rows = session.execute(_RECENT_MESSAGES, in_conversation).all()
        for channel, role, text, created_at, sub_intent in reversed(rows):
            recent.append(
                RecentMessage(
                    channel=channel,
                    role=role,
                    text=text,
                    sub_intent=sub_intent,
                    created_at=created_at,
                )
            )
        last_sub_intent = session.scalar(_LAST_SUB_INTENT, in_conversation)
    since = now - timedelta(hours=window_hours)
    counts = dict(session.execute(_SUB_INTENT_COUNTS, {**ids, "since": since}).all())
    context = CustomerContext(
        tier=customer.tier,  # type: ignore[arg-type]
        plan_mbps=customer.plan_mbps,
        region=customer.region,
        overdue_invoice=bool(overdue),
        blocked=customer.blocked,
        outage_in_region=outage is not None,
        subscriber=customer.plan_mbps is not None,
        open_ticket_sub_intent=ticket,
        last_sub_intent=last_sub_intent,
        recent_messages=recent,
        sub_intent_counts_24h={k: int(v) for k, v in counts.items()},
    )
    return ContextSnapshot(context, conversation_id)


class ContextEngine:
    """Cached access to customer contexts."""

    def __init__(self, cache: Cache, ttl_s: int = 60) -> None:
        self._cache = cache
        self._ttl_s = ttl_s

    def _key(self, tenant_id: str, customer_id: str) -> str:
        generation = self._cache.get_json(f"ctxgen:{tenant_id}") or 0
        return f"ctx:{tenant_id}:{generation}:{customer_id}"

    def get(self, session: Session, customer: Customer, window_hours: int = 24) -> ContextSnapshot:
        """The customer's context, from the cache when fresh."""
        key = self._key(customer.tenant_id, customer.id)
        cached = self._cache.get_json(key)
        if cached is not None:
            return ContextSnapshot(
                CustomerContext.model_validate(cached["context"]), cached["conversation_id"]
            )
        snapshot = build_context(session, customer, window_hours=window_hours)
        self.remember(customer.tenant_id, customer.id, snapshot)
        return snapshot

    def remember(self, tenant_id: str, customer_id: str, snapshot: ContextSnapshot) -> None:
        """Write a snapshot the caller derived itself (write-through after a message)."""
        self._cache.set_json(
            self._key(tenant_id, customer_id),
            {
                "context": snapshot.context.model_dump(mode="json"),
                "conversation_id": snapshot.conversation_id,
            },
            self._ttl_s,
        )

    def invalidate_customer(self, tenant_id: str, customer_id: str) -> None:
        """Forget one customer's context (after a message or a profile change)."""
        self._cache.delete(self._key(tenant_id, customer_id))

    def invalidate_tenant(self, tenant_id: str) -> None:
        """Forget every context of a tenant (after an outage change)."""
        self._cache.incr(f"ctxgen:{tenant_id}", ttl_s=30 * 24 * 3600)
