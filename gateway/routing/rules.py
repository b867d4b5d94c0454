"""Business rules applied on top of the confidence threshold, each configurable per tenant.

A rule looks at the boosted analysis and the customer context and either returns an outcome
(with the reason shown to the caller) or None to let the next rule speak.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS

ResolutionType = Literal["ai_automated", "human_routing"]
TIER_RANK = {"business": 0, "premium": 1, "basic": 2}


class RoutingConfig(BaseModel):
    """Per-tenant thresholds and rule switches."""

    default_threshold: float = Field(default=0.70, ge=0.0, le=1.0)
    thresholds: dict[str, float] = Field(
        default_factory=dict, description="Per-sub_intent thresholds overriding the default."
    )
    cancellation_to_retention: bool = True
    billing_dispute_to_human: bool = True
    escalate_frustrated_urgent_business: bool = True
    repeat_contact_limit: int = Field(
        default=3, ge=0, description="Contacts about one sub_intent that send to a human (0=off)."
    )
    repeat_window_hours: int = Field(default=24, ge=1, le=24 * 30)
    out_of_scope_to_human: bool = True
    greeting_reply: bool = True

    @field_validator("thresholds")
    @classmethod
    def _valid_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        for sub_intent, threshold in value.items():
            if sub_intent not in SUB_INTENTS:
                raise ValueError(f"unknown sub_intent {sub_intent!r}")
            if not 0.0 <= threshold <= 1.0:
                raise ValueError(f"threshold of {sub_intent} must be within [0, 1]")
        return value

    def threshold_for(self, sub_intent: str) -> float:
        """The confidence needed to answer `sub_intent` automatically."""
        return self.thresholds.get(sub_intent, self.default_threshold)


@dataclass(frozen=True)
class RoutingInput:
    """The labels a routing decision is taken on."""

    sub_intent: str
    confidence: float
    sentiment: str
    urgent: bool


@dataclass(frozen=True)
class RuleOutcome:
    """The verdict of a rule (or of the threshold)."""

    resolution_type: ResolutionType
    rule: str
    reason: str
    team: str | None = None
    top_priority: bool = False


Rule = Callable[[RoutingInput, CustomerContext, RoutingConfig], RuleOutcome | None]


def out_of_scope(
    item: RoutingInput, _ctx: CustomerContext, cfg: RoutingConfig
) -> RuleOutcome | None:
    """Messages outside the ISP's support scope go to a person."""
    if cfg.out_of_scope_to_human and item.sub_intent == "other.out_of_scope":
        return RuleOutcome(
            "human_routing", "out_of_scope", "message is outside support scope", "general"
        )
    return None


def cancellation(
    item: RoutingInput, _ctx: CustomerContext, cfg: RoutingConfig
) -> RuleOutcome | None:
    """Cancellation requests always go to the retention team."""
    if cfg.cancellation_to_retention and item.sub_intent == "commercial.cancellation":
        return RuleOutcome(
            "human_routing",
            "cancellation_to_retention",
            "cancellation goes to retention",
            "retention",
        )
    return None


def billing_dispute(
    item: RoutingInput, _ctx: CustomerContext, cfg: RoutingConfig
) -> RuleOutcome | None:
    """Billing disputes need a person who can adjust charges."""
    if cfg.billing_dispute_to_human and item.sub_intent == "financial.billing_dispute":
        return RuleOutcome(
            "human_routing", "billing_dispute_to_human", "billing disputes go to a human", "billing"
        )
    return None


def frustrated_urgent_business(
    item: RoutingInput, ctx: CustomerContext, cfg: RoutingConfig
) -> RuleOutcome | None:
    """A frustrated, urgent business customer gets a person at top priority."""
    if (
        cfg.escalate_frustrated_urgent_business
        and item.sentiment == "frustrated"
        and item.urgent
        and ctx.tier == "business"
    ):
        return RuleOutcome(
            "human_routing",
            "frustrated_urgent_business",
            "frustrated and urgent business customer: top priority",
            team_for(item.sub_intent),
            top_priority=True,
        )
    return None


def repeat_contact(
    item: RoutingInput, ctx: CustomerContext, cfg: RoutingConfig
) -> RuleOutcome | None:
    """The Nth contact about the same sub_intent within the window goes to a person."""
    if cfg.repeat_contact_limit == 0:
        return None
    contacts = ctx.sub_intent_counts_24h.get(item.sub_intent, 0) + 1  # this message included
    if contacts >= cfg.repeat_contact_limit:
        return RuleOutcome(
            "human_routing",
            "repeat_contact",
            f"contact #{contacts} about {item.sub_intent} within {cfg.repeat_window_hours} h",
            team_for(item.sub_intent),
        )
    return None


def greeting(item: RoutingInput, _ctx: CustomerContext, cfg: RoutingConfig) -> RuleOutcome | None:
    """Greetings get a greeting back, whatever the confidence: the reply is harmless."""
    if cfg.greeting_reply and item.sub_intent == "other.greeting":
        return RuleOutcome("ai_automated", "greeting_reply", "greeting answered with a greeting")
    return None


RULES: tuple[Rule, ...] = (
    out_of_scope,
    cancellation,
    billing_dispute,
    frustrated_urgent_business,
    repeat_contact,
    greeting,
)


def team_for(sub_intent: str) -> str:
    """The human team that handles a sub_intent."""
    if sub_intent == "commercial.cancellation":
        return "retention"
    return {"technical": "support", "financial": "billing", "commercial": "sales"}.get(
        sub_intent.split(".", 1)[0], "general"
    )
