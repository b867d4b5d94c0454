"""Human desk schemas."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from omnichat_model.taxonomy import SUB_INTENTS, Sentiment

HandoffStatus = Literal["pending", "claimed", "resolved"]


class HandoffPublic(BaseModel):
    """A queued or handled hand-off."""

    id: str
    conversation_id: str
    customer_id: str = Field(description="The ISP's customer id (external id).")
    team: str
    reason: str
    status: HandoffStatus
    priority: int = Field(description="0 = urgent and frustrated (or escalated), 2 = neither.")
    tier_rank: int = Field(description="0 = business, 1 = premium, 2 = basic.")
    waiting_s: float
    created_at: datetime
    claimed_by: str | None
    resolved_at: datetime | None


class AgentRef(BaseModel):
    """Who acts on the desk."""

    agent: str = Field(min_length=1, max_length=100, examples=["ana.souza"])


class HandoffClaim(AgentRef):
    """`POST /handoffs/{id}/claim` body."""


class HandoffReply(AgentRef):
    """`POST /handoffs/{id}/reply` body."""

    message: str = Field(min_length=1, max_length=5000)


class HandoffResolve(AgentRef):
    """`POST /handoffs/{id}/resolve` body: the agent's corrected labels (feedback)."""

    sub_intent: str = Field(examples=["financial.payment_confirmation"])
    sentiment: Sentiment
    urgent: bool

    @field_validator("sub_intent")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in SUB_INTENTS:
            raise ValueError(f"unknown sub_intent {value!r}")
        return value
