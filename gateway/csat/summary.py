"""CSAT figures of a tenant for `GET /metrics/summary`."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.db.models import CsatSurvey
from gateway.schemas.csat import CsatGroup, CsatSummary

SATISFIED = 4  # CSAT % is the share of 4 and 5 answers, the usual definition


def _group(scores: list[int]) -> CsatGroup:
    if not scores:
        return CsatGroup(responses=0, average_score=None, csat_percent=None)
    satisfied = sum(s >= SATISFIED for s in scores)
    return CsatGroup(
        responses=len(scores),
        average_score=round(sum(scores) / len(scores), 3),
        csat_percent=round(100 * satisfied / len(scores), 2),
    )


def _by(rows: list[tuple[str | None, int]]) -> dict[str, CsatGroup]:
    groups: dict[str, list[int]] = defaultdict(list)
    for key, score in rows:
        groups[key or "unknown"].append(score)
    return {key: _group(scores) for key, scores in sorted(groups.items())}


def csat_summary(session: Session, tenant_id: str) -> CsatSummary:
    """Overall CSAT and by channel, resolution type, sub_intent and AI vs human."""
    sent = session.scalar(
        select(func.count(CsatSurvey.id)).where(
            CsatSurvey.tenant_id == tenant_id, CsatSurvey.status.in_(("sent", "answered"))
        )
    )
    answered = session.execute(
        select(
            CsatSurvey.score,
            CsatSurvey.channel,
            CsatSurvey.resolution_type,
            CsatSurvey.sub_intent,
            CsatSurvey.handled_by,
            CsatSurvey.negative,
        ).where(CsatSurvey.tenant_id == tenant_id, CsatSurvey.status == "answered")
    ).all()
    overall = _group([r.score for r in answered])
    return CsatSummary(
        surveys_sent=int(sent or 0),
        responses=overall.responses,
        response_rate=round(overall.responses / sent, 4) if sent else None,
        average_score=overall.average_score,
        csat_percent=overall.csat_percent,
        negative=sum(bool(r.negative) for r in answered),
        by_channel=_by([(r.channel, r.score) for r in answered]),
        by_resolution_type=_by([(r.resolution_type, r.score) for r in answered]),
        by_sub_intent=_by([(r.sub_intent, r.score) for r in answered]),
        ai_vs_human=_by([(r.handled_by, r.score) for r in answered]),
    )
