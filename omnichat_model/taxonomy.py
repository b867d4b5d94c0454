"""The label taxonomy: the contract every part of the system shares."""

from __future__ import annotations

from typing import Final, Literal

SUB_INTENTS: Final[tuple[str, ...]] = (
    "technical.no_connection",
    "technical.slow_connection",
    "technical.intermittent",
    "technical.wifi_equipment",
    "technical.technician_visit",
    "financial.invoice_copy",
    "financial.payment_confirmation",
    "financial.billing_dispute",
    "financial.negotiation",
    "commercial.new_subscription",
    "commercial.plan_change",
    "commercial.cancellation",
    "commercial.address_change",
    "other.greeting",
    "other.out_of_scope",
)
INTENTS: Final[tuple[str, ...]] = ("technical", "financial", "commercial", "other")
SENTIMENTS: Final[tuple[str, ...]] = ("frustrated", "neutral", "satisfied")
CHANNELS: Final[tuple[str, ...]] = ("whatsapp", "email", "web_chat", "phone")

Intent = Literal["technical", "financial", "commercial", "other"]
Sentiment = Literal["frustrated", "neutral", "satisfied"]
Channel = Literal["whatsapp", "email", "web_chat", "phone"]


def intent_of(sub_intent: str) -> str:
    """The coarse intent a sub_intent belongs to ("financial.negotiation" -> "financial")."""
    intent = sub_intent.split(".", 1)[0]
    if sub_intent not in SUB_INTENTS:
        raise ValueError(f"unknown sub_intent {sub_intent!r}")
    return intent
