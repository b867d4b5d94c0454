"""The survey loop: schedule after a resolution, send through the outbox, take the answer.

A resolution (an automatic answer, an agent resolving a hand-off, a conversation closed) schedules
one survey `delay_s` later on the channel the customer last wrote on; a newer resolution of the
same conversation replaces a survey still waiting. When it is due, the survey is dropped if the
customer wrote again in between (they were not done), otherwise it goes out like any delivery:
retried, breaker-gated, dead-lettered. The answer arrives as the customer's next message.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from gateway.channels.outbound import OutboundMessage
from gateway.clients.model_server import ModelClient, ModelServerRejected, ModelServerUnavailable
from gateway.core.masking import mask_pii
from gateway.db.models import (
    Analysis,
    Conversation,
    CsatSurvey,
    Customer,
    Message,
    OutboxItem,
    Tenant,
    new_id,
    utcnow,
)
from gateway.services import audit
from gateway.services.tenants import tenant_settings
from gateway.webhooks.outbox import emit, enqueue_channel_message
from gateway.webhooks.store import ClaimedItem

from .parser import ParsedAnswer, parse_answer

logger = logging.getLogger("gateway.csat")

SURVEY_EVENT = "csat_survey"
THANKS = "Obrigado pela sua avaliação! Ela nos ajuda a melhorar o atendimento."
THANKS_NEGATIVE = (
    "Obrigado pela avaliação, e desculpe pela experiência. Um supervisor vai olhar o seu "
    "atendimento."
)


class NotAnAnswer(ValueError):
    """The text holds no rating (no number, stars, emoji or rating word)."""


def _recipient(
    session: Session, conversation_id: str, customer: Customer, known: KnownTurn | None
) -> str:
    """The address the channel adapters answer this conversation at (`reply_target`)."""
    # Imported here: the channels' delivery module runs the message flow, which imports us.
    from gateway.channels.delivery import reply_target, reply_target_of

    if known is not None:
        target = reply_target_of(known.message, customer)
    else:
        target = reply_target(session, conversation_id)
    return target.recipient if target is not None else customer.external_id


@dataclass(frozen=True)
class KnownTurn:
    """What the message flow already holds about the turn it resolved.

    Scheduling then reads none of it back: no queries, and none of the flow's new rows has to
    be flushed before the commit.
    """

    customer: Customer
    message: Message  # the customer's message, the conversation's latest
    analysis_id: str


def _last_customer_message(session: Session, conversation_id: str) -> Message | None:
    return session.scalar(
        select(Message)
        .where(Message.conversation_id == conversation_id, Message.role == "customer")
        .order_by(Message.created_at.desc())
        .limit(1)
    )


# Built once with bound parameters (every automated answer reschedules its survey): building
# a statement costs more CPU than SQLite takes to run it.
_LIVE_SURVEYS = select(CsatSurvey).where(
    CsatSurvey.conversation_id == bindparam("conversation_id"),
    CsatSurvey.status.in_(("sent", "answered", "scheduled")),
)
_CANCEL_SURVEY_MESSAGE = (
    update(OutboxItem)
    .where(
        OutboxItem.event_type == SURVEY_EVENT,
        OutboxItem.status == "pending",
        OutboxItem.claim_token.is_(None),
        OutboxItem.survey_id == bindparam("cancelled_survey_id"),
    )
    .values(status="cancelled")
    .execution_options(synchronize_session=False)
)


def _cancel_waiting(session: Session, waiting: list[CsatSurvey]) -> None:
    for survey in waiting:
        survey.status = "cancelled"
        # A row already leased by a worker is cancelled there (prepare sees the survey's status).
        session.execute(_CANCEL_SURVEY_MESSAGE, {"cancelled_survey_id": survey.id})


def _conversation_customer(session: Session, conversation_id: str) -> Customer | None:
    conversation = session.get(Conversation, conversation_id)
    return session.get(Customer, conversation.customer_id) if conversation else None


def _last_analysis_id(session: Session, conversation_id: str) -> str | None:
    return session.scalar(
        select(Analysis.id)
        .where(Analysis.conversation_id == conversation_id)
        .order_by(Analysis.created_at.desc())
        .limit(1)
    )


def schedule_survey(
    session: Session,
    tenant: Tenant,
    conversation_id: str,
    resolution_type: str,
    handled_by: str,
    sub_intent: str | None,
    now: datetime | None = None,
    known: KnownTurn | None = None,
) -> CsatSurvey | None:
    """Queue the survey of a resolved conversation (None: disabled, or already surveyed)."""
    settings = tenant_settings(tenant).csat
    if not settings.enabled:
        return None
    surveys = session.scalars(_LIVE_SURVEYS, {"conversation_id": conversation_id}).all()
    last = known.message if known else _last_customer_message(session, conversation_id)
    if last is None or any(s.status in ("sent", "answered") for s in surveys):
        return None
    _cancel_waiting(session, [s for s in surveys if s.status == "scheduled"])
    now = now or utcnow()
    customer = known.customer if known else _conversation_customer(session, conversation_id)
    if customer is None:
        return None
    analysis_id = known.analysis_id if known else _last_analysis_id(session, conversation_id)
    survey = CsatSurvey(
        id=new_id(),
        tenant_id=tenant.id,
        conversation_id=conversation_id,
        customer_id=customer.id,
        analysis_id=analysis_id,
        message_id=new_id(),
        channel=last.channel,
        resolution_type=resolution_type,
        handled_by=handled_by,
        sub_intent=sub_intent,
        scheduled_for=now + timedelta(seconds=settings.delay_s),
        created_at=now,
    )
    session.add(survey)
    message = OutboundMessage(
        tenant_id=tenant.id,
        conversation_id=conversation_id,
        message_id=survey.message_id,
        channel=last.channel,
        recipient=_recipient(session, conversation_id, customer, known),
        text=settings.question,
        kind="csat_survey",
        template=settings.whatsapp_template if last.channel == "whatsapp" else None,
        template_params={"customer_name": (customer.name or "cliente").split()[0]},
    )
    payload = {"survey_id": survey.id, "message": asdict(message)}
    enqueue_channel_message(
        session,
        tenant.id,
        SURVEY_EVENT,
        last.channel,
        payload,
        survey.scheduled_for,
        survey_id=survey.id,
    )
    return survey


def prepare_survey_message(session: Session, item: ClaimedItem) -> OutboundMessage | None:
    """The survey to send now, stored as the conversation's message; None when it is moot."""
    survey = session.get(CsatSurvey, item.payload.get("survey_id", ""))
    # "failed": its dead letter was replayed, so it is due again.
    if survey is None or survey.status not in ("scheduled", "failed"):
        return None
    survey.status = "scheduled"
    newer = session.scalar(
        select(Message.id).where(
            Message.conversation_id == survey.conversation_id,
            Message.role == "customer",
            Message.created_at > survey.created_at,
        )
    )
    if newer is not None:  # the customer came back after the "resolution": not resolved
        survey.status = "cancelled"
        return None
    message = OutboundMessage(**item.payload["message"])
    # Handed to the channel now: a customer quick enough to answer before the worker records
    # the delivery is still heard (`open_survey`).
    survey.sent_at = utcnow()
    if session.get(Message, survey.message_id) is None:
        session.add(
            Message(
                id=survey.message_id,
                tenant_id=survey.tenant_id,
                conversation_id=survey.conversation_id,
                channel=survey.channel,
                role="assistant",
                text=message.text,
                metadata_={"kind": "csat_survey", "survey_id": survey.id},
            )
        )
    return message


def survey_delivery_finished(
    session: Session, item: ClaimedItem, status: str, recorded_only: bool = False
) -> None:
    """Follow the survey's delivery: sent, recorded, failed (dead letter) or cancelled.

    `recorded_only`: the channel has no way out (a transcribed phone call): the survey is on the
    conversation but the customer never saw it, so it counts neither as sent nor as unanswered.
    """
    survey = session.get(CsatSurvey, item.payload.get("survey_id", ""))
    if survey is None or survey.status != "scheduled":
        return
    if status == "delivered":
        survey.status = "recorded" if recorded_only else "sent"
    elif status == "dead":
        survey.status = "failed"
    elif status == "cancelled":
        survey.status = "cancelled"


def open_survey(
    session: Session, tenant: Tenant, customer_id: str, now: datetime | None = None
) -> CsatSurvey | None:
    """The customer's survey sent (or being sent) within the answer window, not answered yet."""
    window = tenant_settings(tenant).csat.answer_window_hours
    since = (now or utcnow()) - timedelta(hours=window)
    return session.scalar(
        select(CsatSurvey)
        .where(
            CsatSurvey.tenant_id == tenant.id,
            CsatSurvey.customer_id == customer_id,
            CsatSurvey.status.in_(("sent", "scheduled")),
            CsatSurvey.sent_at >= since,
        )
        .order_by(CsatSurvey.sent_at.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class RecordedAnswer:
    """An answered survey, and the model's sentiment of the free text when there was any."""

    survey: CsatSurvey
    parsed: ParsedAnswer


def _comment_sentiment(model: ModelClient, comment: str) -> str | None:
    if not comment:
        return None
    try:
        return model.classify([comment]).predictions[0].sentiment
    except (ModelServerUnavailable, ModelServerRejected) as exc:
        # The score stands on its own; the sentiment is an extra we can live without.
        logger.warning("CSAT comment sentiment unavailable: %s", exc)
        return None


def record_answer(
    session: Session,
    tenant: Tenant,
    survey: CsatSurvey,
    text: str,
    model: ModelClient,
    *,
    comment_sentiment: str | None = None,
) -> RecordedAnswer:
    """Store the answer, emit `csat_received` and, when negative, `csat_alert` (not committed).

    `comment_sentiment`: the comment's sentiment when the caller already classified it;
    otherwise the model is asked here.
    """
    parsed = parse_answer(text)
    if parsed.score is None:
        raise NotAnAnswer("no rating found: answer with 1-5, a rating word or an emoji")
    sentiment = comment_sentiment or _comment_sentiment(model, parsed.comment)
    survey.status = "answered"
    survey.answered_at = utcnow()
    survey.score = parsed.score
    survey.answer_text = mask_pii(text)
    survey.comment = mask_pii(parsed.comment) or None
    survey.comment_sentiment = sentiment
    survey.negative = parsed.score <= 2 or sentiment == "frustrated"
    data = {
        "survey_id": survey.id,
        "conversation_id": survey.conversation_id,
        "channel": survey.channel,
        "resolution_type": survey.resolution_type,
        "handled_by": survey.handled_by,
        "sub_intent": survey.sub_intent,
        "score": survey.score,
        "comment": survey.comment,
        "comment_sentiment": sentiment,
        "negative": survey.negative,
    }
    emit(session, tenant, "csat_received", data)
    if survey.negative:
        reason = "score <= 2" if parsed.score <= 2 else "frustrated free text"
        emit(session, tenant, "csat_alert", {**data, "reason": reason})
        audit.record(
            session,
            tenant.id,
            "csat_alert",
            "customer",
            "csat_survey",
            survey.id,
            {"reason": reason},
        )
        logger.warning("negative CSAT on conversation %s: %s", survey.conversation_id, reason)
    return RecordedAnswer(survey, parsed)
