"""The CRM events of the message flow, the desk and conversation closing, and the CSAT survey
that follows a resolution. Called inside the transaction of the change each event reports.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.actions.backend import ActionResult
from gateway.csat.surveys import KnownTurn, schedule_survey
from gateway.db.models import Analysis, Conversation, Customer, Handoff, Message, Tenant
from gateway.routing.rules import RuleOutcome
from gateway.schemas.analysis import AnalysisPublic
from gateway.webhooks.outbox import emit


def record_message_events(
    session: Session,
    tenant: Tenant,
    customer: Customer,
    message: Message,
    analysis: AnalysisPublic,
    outcome: RuleOutcome,
    actions: list[ActionResult],
    handoff: Handoff | None,
    analysis_id: str,
) -> None:
    """`message_received`, `ticket_created`, `human_handoff`, and an AI resolution's events.

    Reads nothing back from the database, so the flow's new rows need no flush before commit.
    """
    base = {
        "conversation_id": message.conversation_id,
        "customer_id": customer.external_id,
        "channel": message.channel,
    }
    emit(
        session,
        tenant,
        "message_received",
        {
            **base,
            "message_id": message.id,
            "text": message.text,  # masked
            "intent": analysis.intent,
            "sub_intent": analysis.sub_intent,
            "sentiment": analysis.sentiment,
            "urgent": analysis.urgent,
            "confidence": analysis.confidence,
            "resolution_type": outcome.resolution_type,
            "rule": outcome.rule,
        },
        message.created_at,
    )
    for action in actions:
        if action.action == "open_ticket" and action.ok:
            emit(
                session,
                tenant,
                "ticket_created",
                {**base, "sub_intent": analysis.sub_intent, **action.data},
            )
    if handoff is not None:
        emit(
            session,
            tenant,
            "human_handoff",
            {
                **base,
                "handoff_id": handoff.id,
                "team": handoff.team,
                "reason": handoff.reason,
                "priority": handoff.priority,
                "sub_intent": analysis.sub_intent,
            },
        )
    elif outcome.resolution_type == "ai_automated":
        record_resolution(
            session,
            tenant,
            message.conversation_id,
            customer,
            "ai_automated",
            "ai",
            analysis.sub_intent,
            known=KnownTurn(customer, message, analysis_id),
        )


def record_resolution(
    session: Session,
    tenant: Tenant,
    conversation_id: str,
    customer: Customer,
    resolution_type: str,
    handled_by: str,
    sub_intent: str | None,
    resolved_by: str = "ai",
    known: KnownTurn | None = None,
) -> None:
    """`conversation_resolved`, and the CSAT survey scheduled after the tenant's delay.

    resolution_type: ai_automated (answered automatically), agent_resolved (a hand-off resolved)
    or conversation_closed; handled_by: ai or human.
    """
    emit(
        session,
        tenant,
        "conversation_resolved",
        {
            "conversation_id": conversation_id,
            "customer_id": customer.external_id,
            "resolution_type": resolution_type,
            "handled_by": handled_by,
            "resolved_by": resolved_by,
            "sub_intent": sub_intent,
        },
    )
    schedule_survey(
        session, tenant, conversation_id, resolution_type, handled_by, sub_intent, known=known
    )


def record_handoff_resolution(
    session: Session, tenant: Tenant, handoff: Handoff, sub_intent: str, agent: str
) -> None:
    """An agent resolved a hand-off: the conversation is resolved by a human."""
    customer = session.get(Customer, handoff.customer_id)
    if customer is not None:
        record_resolution(
            session,
            tenant,
            handoff.conversation_id,
            customer,
            "agent_resolved",
            "human",
            sub_intent,
            agent,
        )


def record_conversation_closed(
    session: Session, tenant: Tenant, conversation: Conversation
) -> None:
    """The conversation was closed through the API; a human handled it if it was handed off."""
    customer = session.get(Customer, conversation.customer_id)
    if customer is None:
        return
    handed_off = session.scalar(
        select(Handoff.id).where(Handoff.conversation_id == conversation.id).limit(1)
    )
    sub_intent = session.scalar(
        select(Analysis.sub_intent)
        .where(Analysis.conversation_id == conversation.id)
        .order_by(Analysis.created_at.desc())
        .limit(1)
    )
    record_resolution(
        session,
        tenant,
        conversation.id,
        customer,
        "conversation_closed",
        "human" if handed_off else "ai",
        sub_intent,
        "api",
    )
