"""Health and KPI schemas."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from gateway.schemas.csat import CsatSummary

Status = Literal["ok", "degraded", "down"]


class ComponentHealth(BaseModel):
    """One dependency's status."""

    status: Status
    detail: str = ""


class HealthPublic(BaseModel):
    """`GET /health`."""

    status: Status
    gateway: ComponentHealth
    database: ComponentHealth
    model_server: ComponentHealth
    cache: ComponentHealth


class MetricsSummary(BaseModel):
    """`GET /metrics/summary`: the tenant's KPIs."""

    decisions: int
    ai_resolution_rate: float | None
    average_response_ms: float | None
    handoff_queue_size: int
    handoff_average_wait_s: float | None
    handoff_max_wait_s: float | None
    messages_per_channel: dict[str, int]
    corrections: int
    intent_accuracy: float | None
    sub_intent_accuracy: float | None
    csat: CsatSummary = Field(default_factory=CsatSummary)
