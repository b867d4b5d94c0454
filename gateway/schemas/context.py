"""The customer context: what the gateway knows about a customer beyond the message."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from omnichat_model.taxonomy import CHANNELS, SUB_INTENTS

Tier = Literal["basic", "premium", "business"]


class RecentMessage(BaseModel):
    """One earlier message of the conversation (text masked)."""

    channel: str
    role: Literal["customer", "assistant", "agent"]
    text: str
    sub_intent: str | None = None
    created_at: datetime | None = None

    @field_validator("channel")
    @classmethod
    def _known_channel(cls, value: str) -> str:
        if value not in CHANNELS:
            raise ValueError(f"unknown channel {value!r}; expected one of {', '.join(CHANNELS)}")
        return value


class CustomerContext(BaseModel):
    """Context used by boosting and routing; also the inline `context` of `POST /classify`."""

    tier: Tier = "basic"
    plan_mbps: int | None = Field(default=None, ge=1, le=100_000)
    region: str | None = Field(default=None, max_length=64)
    overdue_invoice: bool = False
    blocked: bool = False
    outage_in_region: bool = False
    subscriber: bool | None = Field(
        default=None,
        description=(
            "False for a prospect (no plan on file: someone who is not a customer yet), True for "
            "a subscriber, null when unknown (no signal)."
        ),
    )
    open_ticket_sub_intent: str | None = None
    last_sub_intent: str | None = None
    recent_messages: list[RecentMessage] = Field(default_factory=list, max_length=20)
    sub_intent_counts_24h: dict[str, int] = Field(
        default_factory=dict,
        description="Earlier contacts per sub_intent in the last 24 h (drives the repeat rule).",
    )

    @field_validator("open_ticket_sub_intent", "last_sub_intent")
    @classmethod
    def _known_sub_intent(cls, value: str | None) -> str | None:
        if value is not None and value not in SUB_INTENTS:
            raise ValueError(f"unknown sub_intent {value!r}")
        return value

    @field_validator("sub_intent_counts_24h")
    @classmethod
    def _known_count_keys(cls, value: dict[str, int]) -> dict[str, int]:
        for key, count in value.items():
            if key not in SUB_INTENTS:
                raise ValueError(f"unknown sub_intent {key!r}")
            if count < 0:
                raise ValueError("counts must be >= 0")
        return value
