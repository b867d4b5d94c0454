"""A customer's message that answers their open survey, taken out of the normal message flow.

"5" or "😍" sent on WhatsApp right after the survey is a rating, not a support request: it must
not be classified, routed or answered as one. Messages without a rating go on as usual.
"""

from __future__ import annotations

import time

from sqlalchemy.orm import Session

from gateway.clients.model_server import ModelClient, Prediction
from gateway.core.masking import mask_pii
from gateway.db.models import Customer, Message, Tenant, utcnow
from gateway.schemas.analysis import AnalysisPublic, DecisionPublic, MessageResult, Timings
from gateway.schemas.conversation import MessageCreate
from omnichat_model.taxonomy import intent_of

from .parser import parse_answer
from .surveys import THANKS, THANKS_NEGATIVE, open_survey, record_answer


def _analysis(prediction: Prediction) -> AnalysisPublic:
    return AnalysisPublic(
        intent=intent_of(prediction.sub_intent),
        sub_intent=prediction.sub_intent,
        raw_sub_intent=prediction.sub_intent,
        sentiment=prediction.sentiment,
        urgent=prediction.urgent,
        raw_confidence=round(prediction.confidence, 4),
        confidence=round(prediction.confidence, 4),
        context_strength=0.0,
        context_signals=[],
        model_version=f"{prediction.model.name}:{prediction.model.version}",
    )


def answer_open_survey(
    session: Session,
    tenant: Tenant,
    customer: Customer,
    request: MessageCreate,
    model: ModelClient,
) -> MessageResult | None:
    """Record `request` as the answer to the customer's open survey and commit; None otherwise."""
    started = time.perf_counter()
    # The text first: most messages hold no rating, and parsing is cheaper than the query.
    parsed = parse_answer(request.message)
    if parsed.score is None:
        return None
    survey = open_survey(session, tenant, customer.id)
    if survey is None:
        return None
    # One model call for the message (the response's analysis) and its free-text comment (the
    # survey's sentiment), instead of one each.
    comment = parsed.comment
    result = model.classify([request.message, comment] if comment else [request.message])
    analysis, model_ms = _analysis(result.predictions[0]), result.round_trip_ms
    recorded = record_answer(
        session,
        tenant,
        survey,
        request.message,
        model,
        comment_sentiment=result.predictions[-1].sentiment if comment else None,
    )
    now = utcnow()
    session.add(
        Message(
            tenant_id=tenant.id,
            conversation_id=survey.conversation_id,
            channel=request.channel,
            role="customer",
            text=mask_pii(request.message),
            metadata_={**request.metadata, "csat_survey_id": survey.id},
            created_at=now,
        )
    )
    reply = THANKS_NEGATIVE if recorded.survey.negative else THANKS
    session.add(
        Message(
            tenant_id=tenant.id,
            conversation_id=survey.conversation_id,
            channel=request.channel,
            role="assistant",
            text=reply,
            metadata_={"kind": "csat_thanks", "csat_survey_id": survey.id},
            created_at=utcnow(),
        )
    )
    session.commit()
    total_ms = (time.perf_counter() - started) * 1000
    return MessageResult(
        conversation_id=survey.conversation_id,
        customer_id=customer.external_id,
        analysis=analysis,
        decision=DecisionPublic(
            resolution_type="ai_automated",
            rule="csat_answer",
            reason=f"answer to the satisfaction survey (score {recorded.survey.score})",
        ),
        actions_taken=[],
        reply=reply,
        processing_time_ms=round(total_ms, 3),
        timings=Timings(model_ms=round(model_ms, 3), total_ms=round(total_ms, 3)),
    )
