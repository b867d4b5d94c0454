"""The routing decision: business rules first, then the (per-sub_intent) confidence threshold."""

from __future__ import annotations

from gateway.routing.rules import (
    RULES,
    TIER_RANK,
    RoutingConfig,
    RoutingInput,
    RuleOutcome,
    team_for,
)
from gateway.schemas.context import CustomerContext


def decide(
    item: RoutingInput, context: CustomerContext, config: RoutingConfig | None = None
) -> RuleOutcome:
    """Route one analysed message: the first matching rule wins, else the threshold decides."""
    config = config or RoutingConfig()
    for rule in RULES:
        outcome = rule(item, context, config)
        if outcome is not None:
            return outcome
    threshold = config.threshold_for(item.sub_intent)
    if item.confidence >= threshold:
        return RuleOutcome(
            "ai_automated",
            "confidence_threshold",
            f"confidence {item.confidence:.2f} >= threshold {threshold:.2f}",
        )
    return RuleOutcome(
        "human_routing",
        "confidence_threshold",
        f"confidence {item.confidence:.2f} < threshold {threshold:.2f}",
        team_for(item.sub_intent),
    )


def action_failure(sub_intent: str, action: str, error: str) -> RuleOutcome:
    """The outcome when an automatic action failed: a person takes over."""
    return RuleOutcome(
        "human_routing", "action_failed", f"action {action} failed: {error}", team_for(sub_intent)
    )


def queue_priority(outcome: RuleOutcome, sentiment: str, urgent: bool) -> int:
    """Desk priority, lower first: 0 urgent and frustrated (or escalated), 1 either, 2 neither."""
    if outcome.top_priority or (urgent and sentiment == "frustrated"):
        return 0
    if urgent or sentiment == "frustrated":
        return 1
    return 2


def tier_rank(tier: str) -> int:
    """Desk ordering of tiers, lower first (business before premium before basic)."""
    return TIER_RANK[tier]
