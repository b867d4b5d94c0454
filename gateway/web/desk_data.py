"""What the agent desk shows: the queue and one hand-off with its conversation and context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.context.engine import ContextEngine
from gateway.db.models import (
    Analysis,
    Conversation,
    Customer,
    Decision,
    Feedback,
    Handoff,
    Message,
    utcnow,
)
from gateway.schemas.context import CustomerContext


@dataclass(frozen=True)
class QueueItem:
    """One row of the desk queue."""

    handoff: Handoff
    customer: Customer
    analysis: Analysis
    waiting_s: float


@dataclass
class Turn:
    """A message of the thread, with the model's analysis when it is a customer message."""

    message: Message
    analysis: Analysis | None = None
    decision: Decision | None = None


@dataclass
class HandoffDetail:
    """Everything the desk shows about one hand-off."""

    handoff: Handoff
    customer: Customer
    analysis: Analysis
    turns: list[Turn]
    context: CustomerContext
    feedback: Feedback | None
    channels: list[str] = field(default_factory=list)
    earlier_conversations: int = 0


def queue(
    session: Session, tenant_id: str, status: str, agent: str | None = None
) -> list[QueueItem]:
    """Hand-offs in `status`, urgent and frustrated first, then tier, then waiting time."""
    query = (
        select(Handoff, Customer, Analysis)
        .join(Customer, Customer.id == Handoff.customer_id)
        .join(Analysis, Analysis.id == Handoff.analysis_id)
        .where(Handoff.tenant_id == tenant_id, Handoff.status == status)
        .order_by(Handoff.priority, Handoff.tier_rank, Handoff.created_at)
        .limit(200)
    )
    if agent is not None:
        query = query.where(Handoff.claimed_by == agent)
    now = utcnow()
    return [
        QueueItem(h, c, a, ((h.claimed_at or now) - h.created_at).total_seconds())
        for h, c, a in session.execute(query)
    ]


def handoff_detail(
    session: Session, tenant_id: str, handoff_id: str, contexts: ContextEngine
) -> HandoffDetail | None:
    """The hand-off of this tenant with its whole thread, or None (unknown or another tenant's)."""
    handoff = session.get(Handoff, handoff_id)
    if handoff is None or handoff.tenant_id != tenant_id:
        return None
    customer = session.get(Customer, handoff.customer_id)
    analysis = session.get(Analysis, handoff.analysis_id)
    if customer is None or analysis is None:
        return None
    messages = session.scalars(
        select(Message)
        .where(Message.conversation_id == handoff.conversation_id)
        .order_by(Message.created_at)
    ).all()
    analyses = {
        a.message_id: a
        for a in session.scalars(
            select(Analysis).where(Analysis.conversation_id == handoff.conversation_id)
        )
    }
    decisions = {
        d.analysis_id: d
        for d in session.scalars(
            select(Decision).where(Decision.conversation_id == handoff.conversation_id)
        )
    }
    turns = []
    for message in messages:
        found = analyses.get(message.id)
        turns.append(Turn(message, found, decisions.get(found.id) if found else None))
    feedback = session.scalar(select(Feedback).where(Feedback.handoff_id == handoff.id))
    earlier = session.scalars(
        select(Conversation.id).where(
            Conversation.customer_id == customer.id, Conversation.id != handoff.conversation_id
        )
    ).all()
    return HandoffDetail(
        handoff=handoff,
        customer=customer,
        analysis=analysis,
        turns=turns,
        context=contexts.get(session, customer).context,
        feedback=feedback,
        channels=list(dict.fromkeys(m.channel for m in messages)),
        earlier_conversations=len(earlier),
    )


def signal_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """The context signals that moved the prediction (signal, value, largest change), strongest
    first; `delta` holds each target sub_intent's probability change due to the signal."""
    rows = []
    for stored in analysis.signals:
        if not isinstance(stored, dict):
            continue
        deltas = stored.get("delta") or {}
        target, change = max(deltas.items(), key=lambda kv: abs(kv[1]), default=(None, 0.0))
        rows.append(
            {
                "signal": stored.get("signal"),
                "value": stored.get("value"),
                "target": target,
                "change": float(change),
            }
        )
    return sorted(rows, key=lambda row: -abs(row["change"]))
