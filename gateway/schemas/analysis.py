"""The analysis and decision returned by `/conversations/message` and `/classify`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from gateway.actions.backend import ActionResult
from gateway.context.boosting import SignalEffect


class AnalysisPublic(BaseModel):
    """What the model said and what context made of it."""

    intent: str
    sub_intent: str
    raw_sub_intent: str = Field(description="The model's arg-max before context boosting.")
    sentiment: str
    urgent: bool
    raw_confidence: float
    confidence: float = Field(description="Boosted confidence of `sub_intent`.")
    context_strength: float = Field(
        description="0 = model was clear, context ignored; 1 = ambiguous, context at full weight."
    )
    context_signals: list[SignalEffect]
    model_version: str


class DecisionPublic(BaseModel):
    """How the message was resolved and why."""

    resolution_type: Literal["ai_automated", "human_routing"]
    rule: str
    reason: str
    team: str | None = None
    handoff_id: str | None = None


class Timings(BaseModel):
    """Where the time went (the benchmark subtracts `model_ms` to get the gateway overhead)."""

    model_ms: float
    total_ms: float


class MessageResult(BaseModel):
    """The answer of `POST /conversations/message`."""

    conversation_id: str
    customer_id: str
    analysis: AnalysisPublic
    decision: DecisionPublic
    actions_taken: list[ActionResult]
    reply: str
    processing_time_ms: float
    timings: Timings


class ClassifyResult(BaseModel):
    """The answer of `POST /classify` (nothing stored, nothing executed)."""

    analysis: AnalysisPublic
    decision: DecisionPublic
    planned_actions: list[str]
    processing_time_ms: float
    timings: Timings
