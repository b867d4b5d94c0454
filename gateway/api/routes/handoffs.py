"""`/handoffs`: the human desk queue, claims, replies and resolutions with corrected labels."""

from __future__ import annotations

import uuid
from typing import Annotated

import anyio.from_thread
from fastapi import APIRouter, HTTPException, Query, Request, status
from sqlalchemy import select

from gateway.api.deps import CallerDep, ContextEngineDep, SessionDep
from gateway.channels.delivery import deliver, reply_for, reply_target
from gateway.channels.webchat import agent_joined_notice
from gateway.core.masking import mask_pii
from gateway.db.models import (
    Analysis,
    Customer,
    Feedback,
    Handoff,
    Message,
    Ticket,
    new_id,
    utcnow,
)
from gateway.schemas.handoff import (
    HandoffClaim,
    HandoffPublic,
    HandoffReply,
    HandoffResolve,
    HandoffStatus,
)
from gateway.services import audit
from gateway.services.outbox_events import record_handoff_resolution

router = APIRouter(prefix="/handoffs", tags=["handoffs"])


def _public(handoff: Handoff, customer_external_id: str) -> HandoffPublic:
    end = handoff.claimed_at or utcnow()
    return HandoffPublic(
        id=handoff.id,
        conversation_id=handoff.conversation_id,
        customer_id=customer_external_id,
        team=handoff.team,
        reason=handoff.reason,
        status=handoff.status,  # type: ignore[arg-type]
        priority=handoff.priority,
        tier_rank=handoff.tier_rank,
        waiting_s=round((end - handoff.created_at).total_seconds(), 3),
        created_at=handoff.created_at,
        claimed_by=handoff.claimed_by,
        resolved_at=handoff.resolved_at,
    )


def _owned(session: SessionDep, tenant_id: str, handoff_id: uuid.UUID) -> Handoff:
    handoff = session.get(Handoff, str(handoff_id))
    if handoff is None or handoff.tenant_id != tenant_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="handoff not found")
    return handoff


def _view(session: SessionDep, handoff: Handoff) -> HandoffPublic:
    customer = session.get(Customer, handoff.customer_id)
    return _public(handoff, customer.external_id if customer else "")


@router.get("", response_model=list[HandoffPublic])
def list_handoffs(
    session: SessionDep,
    caller: CallerDep,
    status_: Annotated[HandoffStatus, Query(alias="status")] = "pending",
    team: Annotated[str | None, Query(max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[HandoffPublic]:
    """The queue: urgent and frustrated first, then tier (business first), then waiting time."""
    query = (
        select(Handoff, Customer.external_id)
        .join(Customer, Customer.id == Handoff.customer_id)
        .where(Handoff.tenant_id == caller.tenant.id, Handoff.status == status_)
    )
    if team is not None:
        query = query.where(Handoff.team == team)
    query = query.order_by(Handoff.priority, Handoff.tier_rank, Handoff.created_at).limit(limit)
    return [_public(h, external_id) for h, external_id in session.execute(query)]


@router.post("/{handoff_id}/claim", response_model=HandoffPublic)
def claim_handoff(
    handoff_id: uuid.UUID,
    body: HandoffClaim,
    request: Request,
    session: SessionDep,
    caller: CallerDep,
) -> HandoffPublic:
    """An agent takes a pending hand-off."""
    handoff = _owned(session, caller.tenant.id, handoff_id)
    if handoff.status != "pending":
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            detail=f"handoff is {handoff.status}"
            + (f" by {handoff.claimed_by}" if handoff.claimed_by else ""),
        )
    handoff.status = "claimed"
    handoff.claimed_by = body.agent
    handoff.claimed_at = utcnow()
    audit.record(session, caller.tenant.id, "handoff_claimed", body.agent, "handoff", handoff.id)
    session.commit()
    notice = agent_joined_notice(session, handoff)
    if notice is not None:  # a web-chat customer sees the agent join live
        anyio.from_thread.run(request.app.state.outbound.send, notice)
    return _view(session, handoff)


def _claimed_by(handoff: Handoff, agent: str) -> None:
    if handoff.status != "claimed":
        raise HTTPException(status.HTTP_409_CONFLICT, detail=f"handoff is {handoff.status}")
    if handoff.claimed_by != agent:
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"handoff is claimed by {handoff.claimed_by}"
        )


@router.post("/{handoff_id}/reply", response_model=HandoffPublic)
def reply_handoff(
    handoff_id: uuid.UUID,
    body: HandoffReply,
    request: Request,
    session: SessionDep,
    caller: CallerDep,
    contexts: ContextEngineDep,
) -> HandoffPublic:
    """The claiming agent answers the customer on the conversation's latest channel."""
    handoff = _owned(session, caller.tenant.id, handoff_id)
    _claimed_by(handoff, body.agent)
    last_channel = session.scalar(
        select(Message.channel)
        .where(Message.conversation_id == handoff.conversation_id, Message.role == "customer")
        .order_by(Message.created_at.desc())
    )
    agent_message = Message(
        id=new_id(),
        tenant_id=caller.tenant.id,
        conversation_id=handoff.conversation_id,
        channel=last_channel or "web_chat",
        role="agent",
        text=mask_pii(body.message),
        metadata_={"agent": body.agent},
    )
    session.add(agent_message)
    audit.record(session, caller.tenant.id, "handoff_replied", body.agent, "handoff", handoff.id)
    session.commit()
    contexts.invalidate_customer(caller.tenant.id, handoff.customer_id)
    target = reply_target(session, handoff.conversation_id)
    if target is not None:  # sent after the commit; the status lands on the message's metadata
        outgoing = reply_for(
            agent_message, target.recipient, body.message, target.reply_to, kind="agent_reply"
        )
        state = request.app.state
        anyio.from_thread.run(
            deliver, state.outbound, state.session_factory, outgoing, state.settings
        )
    return _view(session, handoff)


@router.post("/{handoff_id}/resolve", response_model=HandoffPublic)
def resolve_handoff(
    handoff_id: uuid.UUID,
    body: HandoffResolve,
    session: SessionDep,
    caller: CallerDep,
    contexts: ContextEngineDep,
) -> HandoffPublic:
    """Close the hand-off, keeping the agent's corrected labels as feedback for retraining."""
    handoff = _owned(session, caller.tenant.id, handoff_id)
    _claimed_by(handoff, body.agent)
    analysis = session.get(Analysis, handoff.analysis_id)
    message = session.get(Message, analysis.message_id) if analysis else None
    if analysis is None or message is None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="analysis of this handoff is gone")
    session.add(
        Feedback(
            tenant_id=caller.tenant.id,
            handoff_id=handoff.id,
            analysis_id=analysis.id,
            text=message.text,  # stored masked already
            predicted_sub_intent=analysis.sub_intent,
            predicted_sentiment=analysis.sentiment,
            predicted_urgent=analysis.urgent,
            corrected_sub_intent=body.sub_intent,
            corrected_sentiment=body.sentiment,
            corrected_urgent=body.urgent,
            agent=body.agent,
        )
    )
    # The ticket opened by the hand-off is done once the agent resolves it.
    for ticket in session.scalars(
        select(Ticket).where(
            Ticket.tenant_id == caller.tenant.id,
            Ticket.customer_id == handoff.customer_id,
            Ticket.status == "open",
            Ticket.created_at >= handoff.created_at,
        )
    ):
        ticket.status = "closed"
    handoff.status = "resolved"
    handoff.resolved_at = utcnow()
    audit.record(
        session,
        caller.tenant.id,
        "handoff_resolved",
        body.agent,
        "handoff",
        handoff.id,
        {"corrected_sub_intent": body.sub_intent, "predicted_sub_intent": analysis.sub_intent},
    )
    record_handoff_resolution(session, caller.tenant, handoff, body.sub_intent, body.agent)
    session.commit()
    contexts.invalidate_customer(caller.tenant.id, handoff.customer_id)
    return _view(session, handoff)
