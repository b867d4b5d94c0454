"""`/csat`: the tenant's satisfaction surveys, and answers posted by a channel."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy import select

from gateway.api.deps import CallerDep, ModelClientDep, SessionDep
from gateway.csat.surveys import NotAnAnswer, record_answer
from gateway.db.models import CsatSurvey
from gateway.schemas.csat import CsatAnswerCreate, CsatSurveyPublic

router = APIRouter(prefix="/csat", tags=["csat"])


@router.get("/surveys", response_model=list[CsatSurveyPublic])
def list_surveys(
    session: SessionDep,
    caller: CallerDep,
    status_: Annotated[str | None, Query(alias="status", max_length=16)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[CsatSurveyPublic]:
    """Surveys of the caller's tenant, newest first."""
    query = select(CsatSurvey).where(CsatSurvey.tenant_id == caller.tenant.id)
    if status_ is not None:
        query = query.where(CsatSurvey.status == status_)
    rows = session.scalars(query.order_by(CsatSurvey.created_at.desc()).limit(limit))
    return [CsatSurveyPublic.model_validate(r, from_attributes=True) for r in rows]


@router.post("/surveys/{survey_id}/answer", response_model=CsatSurveyPublic)
def answer_survey(
    survey_id: uuid.UUID,
    body: CsatAnswerCreate,
    session: SessionDep,
    caller: CallerDep,
    model: ModelClientDep,
) -> CsatSurveyPublic:
    """Record an answer that a channel received (e.g. a web-chat or quick-reply button)."""
    survey = session.get(CsatSurvey, str(survey_id))
    if survey is None or survey.tenant_id != caller.tenant.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="survey not found")
    if survey.status != "sent":
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"survey is {survey.status}, not awaiting an answer"
        )
    try:
        record_answer(session, caller.tenant, survey, body.text, model)
    except NotAnAnswer as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=str(exc)) from exc
    session.commit()
    return CsatSurveyPublic.model_validate(survey, from_attributes=True)
