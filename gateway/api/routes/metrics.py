"""`/metrics` (Prometheus) and `/metrics/summary` (the tenant's KPIs)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import func, select

from gateway.api.deps import CallerDep, MetricsDep, SessionDep
from gateway.csat.summary import csat_summary
from gateway.db.models import Decision, Feedback, Handoff, Message, utcnow
from gateway.schemas.health import MetricsSummary
from omnichat_model.taxonomy import intent_of

router = APIRouter(tags=["metrics"])


@router.get("/metrics", response_class=Response)
def prometheus_metrics(metrics: MetricsDep) -> Response:
    """Prometheus exposition of this gateway process."""
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/metrics/summary", response_model=MetricsSummary)
def metrics_summary(session: SessionDep, caller: CallerDep) -> MetricsSummary:
    """KPIs of the caller's tenant, computed from stored decisions, hand-offs and feedback."""
    tenant_id = caller.tenant.id
    total, automated, avg_ms = session.execute(
        select(
            func.count(Decision.id),
            func.count(Decision.id).filter(Decision.resolution_type == "ai_automated"),
            func.avg(Decision.processing_time_ms),
        ).where(Decision.tenant_id == tenant_id)
    ).one()
    pending = session.scalars(
        select(Handoff.created_at).where(
            Handoff.tenant_id == tenant_id, Handoff.status == "pending"
        )
    ).all()
    now = utcnow()
    waits = [(now - created).total_seconds() for created in pending]
    per_channel = dict(
        session.execute(
            select(Message.channel, func.count(Message.id))
            .where(Message.tenant_id == tenant_id, Message.role == "customer")
            .group_by(Message.channel)
        ).all()
    )
    corrections = session.execute(
        select(Feedback.predicted_sub_intent, Feedback.corrected_sub_intent).where(
            Feedback.tenant_id == tenant_id
        )
    ).all()
    n = len(corrections)
    intent_hits = sum(intent_of(p) == intent_of(c) for p, c in corrections)
    sub_hits = sum(p == c for p, c in corrections)
    return MetricsSummary(
        decisions=total,
        ai_resolution_rate=round(automated / total, 4) if total else None,
        average_response_ms=round(float(avg_ms), 3) if avg_ms is not None else None,
        handoff_queue_size=len(pending),
        handoff_average_wait_s=round(sum(waits) / len(waits), 3) if waits else None,
        handoff_max_wait_s=round(max(waits), 3) if waits else None,
        messages_per_channel={k: int(v) for k, v in per_channel.items()},
        corrections=n,
        intent_accuracy=round(intent_hits / n, 4) if n else None,
        sub_intent_accuracy=round(sub_hits / n, 4) if n else None,
        csat=csat_summary(session, tenant_id),
    )
