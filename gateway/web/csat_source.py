"""CSAT answers for the Overview and exports, read from the CSAT tables when they exist.

The survey tables belong to the channels/CSAT work (docs/webhooks-csat.md). This module only reads
answered surveys; while that model is absent the pages show "no CSAT yet" instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db import models

SATISFIED_MIN_SCORE = 4  # on the 1-5 scale, 4 and 5 count as satisfied (the usual CSAT %)


@dataclass(frozen=True)
class CsatAnswer:
    """One answered survey."""

    answered_at: datetime
    conversation_id: str
    channel: str
    sub_intent: str | None
    resolution_type: str
    handled_by: str
    score: int
    comment: str


def csat_available() -> bool:
    """True when the CSAT survey model is part of this gateway."""
    return hasattr(models, "CsatSurvey")


def answers(
    session: Session,
    tenant_id: str,
    since: datetime,
    until: datetime,
    channel: str | None = None,
    sub_intent: str | None = None,
) -> list[CsatAnswer]:
    """Answered surveys of the tenant in [since, until), oldest first ([] when CSAT is absent)."""
    survey: Any = getattr(models, "CsatSurvey", None)
    if survey is None:
        return []
    query = select(survey).where(
        survey.tenant_id == tenant_id,
        survey.status == "answered",
        survey.score.is_not(None),
        survey.answered_at >= since,
        survey.answered_at < until,
    )
    if channel:
        query = query.where(survey.channel == channel)
    if sub_intent:
        query = query.where(survey.sub_intent == sub_intent)
    return [
        CsatAnswer(
            answered_at=row.answered_at,
            conversation_id=row.conversation_id,
            channel=row.channel,
            sub_intent=row.sub_intent,
            resolution_type=row.resolution_type,
            handled_by=row.handled_by,
            score=int(row.score),
            comment=row.comment or "",
        )
        for row in session.scalars(query.order_by(survey.answered_at).limit(50_000))
    ]
