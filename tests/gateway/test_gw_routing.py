"""Routing: business rules with their reasons, then the per-sub_intent threshold."""

from __future__ import annotations

import pytest

from gateway.routing.policy import decide, queue_priority
from gateway.routing.rules import RoutingConfig, RoutingInput
from gateway.schemas.context import CustomerContext


def item(
    sub_intent: str, confidence: float = 0.9, sentiment: str = "neutral", urgent: bool = False
):
    return RoutingInput(
        sub_intent=sub_intent, confidence=confidence, sentiment=sentiment, urgent=urgent
    )


BASIC = CustomerContext(tier="basic")
BUSINESS = CustomerContext(tier="business")


@pytest.mark.parametrize(
    ("confidence", "expected"), [(0.70, "ai_automated"), (0.69, "human_routing")]
)
def test_default_threshold_is_seventy_percent(confidence: float, expected: str) -> None:
    outcome = decide(item("financial.invoice_copy", confidence), BASIC)
    assert outcome.resolution_type == expected
    assert outcome.rule == "confidence_threshold"
    assert "0.70" in outcome.reason


def test_per_sub_intent_threshold_overrides_the_default() -> None:
    config = RoutingConfig(thresholds={"financial.invoice_copy": 0.95})
    assert (
        decide(item("financial.invoice_copy", 0.9), BASIC, config).resolution_type
        == "human_routing"
    )
    assert (
        decide(item("financial.negotiation", 0.9), BASIC, config).resolution_type == "ai_automated"
    )


def test_cancellation_always_goes_to_retention() -> None:
    outcome = decide(item("commercial.cancellation", 0.99), BASIC)
    assert (outcome.resolution_type, outcome.rule, outcome.team) == (
        "human_routing",
        "cancellation_to_retention",
        "retention",
    )


def test_billing_dispute_goes_to_billing_humans() -> None:
    outcome = decide(item("financial.billing_dispute", 0.99), BASIC)
    assert (outcome.resolution_type, outcome.team) == ("human_routing", "billing")


def test_frustrated_urgent_business_goes_to_a_human_at_top_priority() -> None:
    routed = item("technical.slow_connection", 0.95, "frustrated", urgent=True)
    outcome = decide(routed, BUSINESS)
    assert outcome.rule == "frustrated_urgent_business" and outcome.top_priority
    assert queue_priority(outcome, "frustrated", True) == 0
    # The same message from a basic customer is answered automatically.
    assert decide(routed, BASIC).resolution_type == "ai_automated"


def test_third_contact_about_the_same_sub_intent_goes_to_a_human() -> None:
    second = CustomerContext(sub_intent_counts_24h={"technical.no_connection": 1})
    third = CustomerContext(sub_intent_counts_24h={"technical.no_connection": 2})
    assert decide(item("technical.no_connection"), second).resolution_type == "ai_automated"
    outcome = decide(item("technical.no_connection"), third)
    assert outcome.rule == "repeat_contact" and "#3" in outcome.reason


def test_out_of_scope_goes_to_a_human_and_greeting_gets_a_greeting() -> None:
    assert decide(item("other.out_of_scope", 0.99), BASIC).rule == "out_of_scope"
    greeting = decide(item("other.greeting", 0.4), BASIC)
    assert (greeting.resolution_type, greeting.rule) == ("ai_automated", "greeting_reply")


def test_rules_can_be_switched_off_per_tenant() -> None:
    config = RoutingConfig(cancellation_to_retention=False, repeat_contact_limit=0)
    assert (
        decide(item("commercial.cancellation", 0.9), BASIC, config).rule == "confidence_threshold"
    )
    many = CustomerContext(sub_intent_counts_24h={"technical.no_connection": 10})
    assert decide(item("technical.no_connection"), many, config).resolution_type == "ai_automated"


def test_queue_priority_orders_urgent_and_frustrated_first() -> None:
    outcome = decide(item("financial.billing_dispute"), BASIC)
    assert queue_priority(outcome, "frustrated", True) == 0
    assert queue_priority(outcome, "frustrated", False) == 1
    assert queue_priority(outcome, "neutral", True) == 1
    assert queue_priority(outcome, "neutral", False) == 2


def test_invalid_thresholds_are_rejected() -> None:
    with pytest.raises(ValueError):
        RoutingConfig(thresholds={"financial.unknown": 0.5})
    with pytest.raises(ValueError):
        RoutingConfig(thresholds={"financial.invoice_copy": 1.5})
