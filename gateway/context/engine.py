"""The context engine: builds a customer's context from the database, cached hot.

Cache keys carry a per-tenant generation number bumped on outage changes (an outage touches
every customer of a region), and a customer's entry is dropped whenever one of their messages
or their profile changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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


def build_context(
    session: Session, customer: Customer, now: datetime | None = None, window_hours: int = 24
) -> ContextSnapshot:
    """Read the context of `customer` from the database."""
    now = now or utcnow()
    tenant_id = customer.tenant_id
    overdue = session.scalar(
        select(func.count(Invoice.id)).where(
            Invoice.tenant_id == tenant_id,
            Invoice.customer_id == customer.id,
            Invoice.status == "open",
            Invoice.due_date < now.date(),
        )
    )
    outage = None
    if customer.region:
        outage = session.scalar(
            select(Outage.id).where(
                Outage.tenant_id == tenant_id,
                Outage.region == customer.region,
                Outage.ended_at.is_(None),
            )
        )
    ticket = session.scalar(
        select(Ticket.sub_intent)
        .where(
            Ticket.tenant_id == tenant_id,
            Ticket.customer_id == customer.id,
            Ticket.status == "open",
        )
        .order_by(Ticket.created_at.desc())
    )
    conversation = session.scalar(
        select(Conversation)
        .where(
            Conversation.tenant_id == tenant_id,
            Conversation.customer_id == customer.id,
            Conversation.status == "open",
        )
        .order_by(Conversation.created_at.desc())
    )
    recent: list[RecentMessage] = []
    last_sub_intent = None
    if conversation is not None:
        rows = session.execute(
            select(Message, Analysis.sub_intent)
            .outerjoin(Analysis, Analysis.message_id == Message.id)
            .where(Message.conversation_id == conversation.id)
            .order_by(Message.created_at.desc())
            .limit(RECENT_MESSAGES)
        ).all()
        for message, sub_intent in reversed(rows):
            recent.append(
                RecentMessage(
                    channel=message.channel,
                    role=message.role,  # type: ignore[arg-type]
                    text=message.text,
                    sub_intent=sub_intent,
                    created_at=message.created_at,
                )
            )
        last_sub_intent = session.scalar(
            select(Analysis.sub_intent)
            .where(Analysis.conversation_id == conversation.id)
            .order_by(Analysis.created_at.desc())
        )
    counts = dict(
        session.execute(
            select(Analysis.sub_intent, func.count(Analysis.id))
            .where(
                Analysis.tenant_id == tenant_id,
                Analysis.customer_id == customer.id,
                Analysis.created_at >= now - timedelta(hours=window_hours),
            )
            .group_by(Analysis.sub_intent)
        ).all()
    )
    context = CustomerContext(
        tier=customer.tier,  # type: ignore[arg-type]
        plan_mbps=customer.plan_mbps,
        region=customer.region,
        overdue_invoice=bool(overdue),
        blocked=customer.blocked,
        outage_in_region=outage is not None,
        open_ticket_sub_intent=ticket,
        last_sub_intent=last_sub_intent,
        recent_messages=recent,
        sub_intent_counts_24h={k: int(v) for k, v in counts.items()},
    )
    return ContextSnapshot(context, conversation.id if conversation else None)


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
