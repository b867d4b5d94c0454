"""The Overview's figures for one tenant and one set of filters, as plain JSON-ready data.

Rows of the period are fetched once and bucketed in Python (by hour for a one- or two-day period,
by day otherwise), so SQLite and PostgreSQL give identical series without dialect date functions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gateway.db.models import Analysis, Decision, Feedback, Handoff, utcnow
from gateway.web.csat_source import SATISFIED_MIN_SCORE, answers, csat_available
from gateway.web.filters import OverviewFilters
from gateway.web.templating import DISPLAY_TZ
from omnichat_model.taxonomy import intent_of

ROW_LIMIT = 200_000  # a period bigger than this is charted from its most recent rows


def _bucket_keys(filters: OverviewFilters) -> list[datetime]:
    step = timedelta(hours=1) if filters.hourly else timedelta(days=1)
    keys, cursor = [], filters.since
    while cursor < filters.until:
        keys.append(cursor)
        cursor += step
    return keys


def _bucket_of(moment: datetime, filters: OverviewFilters) -> datetime:
    local = moment.astimezone(DISPLAY_TZ)
    if filters.hourly:
        return local.replace(minute=0, second=0, microsecond=0)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _label(key: datetime, hourly: bool) -> str:
    return key.strftime("%d/%m %Hh") if hourly else key.strftime("%d/%m")


def filter_decisions(query: Select[Any], tenant_id: str, filters: OverviewFilters) -> Select[Any]:
    """Restrict a query over `Analysis` joined to `Decision` to the tenant and the page's
    filters (period, channel, sub_intent, resolution type); the overview and the exports share
    it so a chart and its CSV always count the same rows."""
    query = query.where(
        Analysis.tenant_id == tenant_id,
        Analysis.created_at >= filters.since,
        Analysis.created_at < filters.until,
    )
    if filters.channel:
        query = query.where(Analysis.channel == filters.channel)
    if filters.sub_intent:
        query = query.where(Analysis.sub_intent == filters.sub_intent)
    if filters.resolution_type:
        query = query.where(Decision.resolution_type == filters.resolution_type)
    return query


def _decision_rows(session: Session, tenant_id: str, filters: OverviewFilters) -> list[Any]:
    query = select(
        Analysis.created_at,
        Analysis.channel,
        Analysis.sub_intent,
        Decision.resolution_type,
        Decision.processing_time_ms,
    ).join(Decision, Decision.analysis_id == Analysis.id)
    query = filter_decisions(query, tenant_id, filters)
    return list(session.execute(query.order_by(Analysis.created_at.desc()).limit(ROW_LIMIT)))


def _feedback_rows(session: Session, tenant_id: str, filters: OverviewFilters) -> list[Any]:
    query = (
        select(Feedback.created_at, Feedback.predicted_sub_intent, Feedback.corrected_sub_intent)
        .join(Analysis, Analysis.id == Feedback.analysis_id)
        .where(
            Feedback.tenant_id == tenant_id,
            Feedback.created_at >= filters.since,
            Feedback.created_at < filters.until,
        )
    )
    if filters.channel:
        query = query.where(Analysis.channel == filters.channel)
    if filters.sub_intent:
        query = query.where(Feedback.predicted_sub_intent == filters.sub_intent)
    if filters.resolution_type == "ai_automated":
        return []  # corrections exist only for hand-offs
    return list(session.execute(query.limit(ROW_LIMIT)))


def _queue(session: Session, tenant_id: str, now: datetime) -> dict[str, Any]:
    created = session.scalars(
        select(Handoff.created_at).where(
            Handoff.tenant_id == tenant_id, Handoff.status == "pending"
        )
    ).all()
    waits = [(now - c).total_seconds() for c in created]
    return {
        "handoff_queue_size": len(waits),
        "handoff_average_wait_s": round(sum(waits) / len(waits), 1) if waits else None,
        "handoff_max_wait_s": round(max(waits), 1) if waits else None,
    }


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def overview(session: Session, tenant_id: str, filters: OverviewFilters) -> dict[str, Any]:
    """KPIs and chart series of the tenant for `filters`."""
    now = utcnow()
    keys = _bucket_keys(filters)
    index = {key: i for i, key in enumerate(keys)}
    decisions = _decision_rows(session, tenant_id, filters)
    by_channel: dict[str, list[int]] = defaultdict(lambda: [0] * len(keys))
    by_sub_intent: dict[str, list[int]] = defaultdict(lambda: [0] * len(keys))
    totals, automated = [0] * len(keys), [0] * len(keys)
    for created, channel, sub_intent, resolution, _ms in decisions:
        i = index.get(_bucket_of(created, filters))
        if i is None:
            continue
        by_channel[channel][i] += 1
        by_sub_intent[sub_intent][i] += 1
        totals[i] += 1
        automated[i] += resolution == "ai_automated"
    feedback = _feedback_rows(session, tenant_id, filters)
    corrected, correct = [0] * len(keys), [0] * len(keys)
    for created, predicted, actual in feedback:
        i = index.get(_bucket_of(created, filters))
        if i is not None:
            corrected[i] += 1
            correct[i] += predicted == actual
    csat = answers(session, tenant_id, filters.since, filters.until, filters.channel,
                   filters.sub_intent)  # fmt: skip
    n_auto = sum(r[3] == "ai_automated" for r in decisions)
    n_fb = len(feedback)
    kpis = {
        "decisions": len(decisions),
        "ai_resolution_rate": _rate(n_auto, len(decisions)),
        "average_response_ms": (
            round(sum(r[4] for r in decisions) / len(decisions), 1) if decisions else None
        ),
        "corrections": n_fb,
        "sub_intent_accuracy": _rate(sum(p == a for _, p, a in feedback), n_fb),
        "intent_accuracy": _rate(sum(intent_of(p) == intent_of(a) for _, p, a in feedback), n_fb),
        "csat_available": csat_available(),
        "csat_responses": len(csat),
        "csat_average": round(sum(a.score for a in csat) / len(csat), 2) if csat else None,
        "csat_satisfied_rate": _rate(sum(a.score >= SATISFIED_MIN_SCORE for a in csat), len(csat)),
        **_queue(session, tenant_id, now),
    }
    top_sub_intents = [s for s, _ in Counter(r[2] for r in decisions).most_common(8)]
    return {
        "generated_at": now.isoformat(),
        "filters": filters.model_dump(mode="json"),
        "kpis": kpis,
        "labels": [_label(k, filters.hourly) for k in keys],
        "volume_by_channel": dict(sorted(by_channel.items())),
        "volume_by_sub_intent": {s: by_sub_intent[s] for s in top_sub_intents},
        "automation_rate": [_rate(a, t) for a, t in zip(automated, totals, strict=True)],
        "accuracy": [_rate(c, n) for c, n in zip(correct, corrected, strict=True)],
    }
