"""The ISP-backend interface: where an ISP management system (SGP, IXC Soft, MK-Auth...) plugs in.

An implementation answers each automatic action for one customer of one tenant, returning a
JSON-able dict or raising `ActionFailed`. `run_actions` executes the plan of a sub_intent and
records every result, failures included.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Protocol

from pydantic import BaseModel


class ActionFailed(Exception):
    """An action could not be carried out; the message says why (shown to agents)."""


@dataclass(frozen=True)
class CustomerRef:
    """The customer an action is about."""

    id: str
    external_id: str
    tier: str
    plan_mbps: int | None
    region: str | None


class ActionResult(BaseModel):
    """The outcome of one action."""

    action: str
    ok: bool
    data: dict[str, Any] = {}
    error: str | None = None


class IspBackend(Protocol):
    """Operations the gateway can perform on the ISP's systems."""

    def generate_invoice(self, customer: CustomerRef) -> dict[str, Any]:
        """The open invoice to pay (amount, due date, pix code)."""

    def check_payment_status(self, customer: CustomerRef) -> dict[str, Any]:
        """Whether invoices are paid or overdue."""

    def trust_unlock(self, customer: CustomerRef) -> dict[str, Any]:
        """Unblock a customer blocked for non-payment for a few days of trust."""

    def check_outage(self, customer: CustomerRef) -> dict[str, Any]:
        """Whether the customer's region has an active outage."""

    def check_connection_status(self, customer: CustomerRef) -> dict[str, Any]:
        """Whether the customer's line is online."""

    def run_speed_diagnostics(self, customer: CustomerRef) -> dict[str, Any]:
        """Diagnose a slow or unstable line."""

    def send_wifi_guide(self, customer: CustomerRef) -> dict[str, Any]:
        """Send the Wi-Fi self-help guide."""

    def schedule_visit(self, customer: CustomerRef) -> dict[str, Any]:
        """Book the next technician slot in the customer's region."""

    def offer_payment_plan(self, customer: CustomerRef) -> dict[str, Any]:
        """Propose instalments for the overdue balance."""

    def check_coverage(self, customer: CustomerRef) -> dict[str, Any]:
        """Whether the customer's region is covered."""

    def send_plans(self, customer: CustomerRef) -> dict[str, Any]:
        """The plans on sale."""

    def send_upgrade_offers(self, customer: CustomerRef) -> dict[str, Any]:
        """Plans faster than the customer's."""

    def open_ticket(self, customer: CustomerRef, sub_intent: str, text: str) -> dict[str, Any]:
        """Open a ticket for a person to follow up."""


ACTIONS: Final[tuple[str, ...]] = (
    "generate_invoice",
    "check_payment_status",
    "trust_unlock",
    "check_outage",
    "check_connection_status",
    "run_speed_diagnostics",
    "send_wifi_guide",
    "schedule_visit",
    "offer_payment_plan",
    "check_coverage",
    "send_plans",
    "send_upgrade_offers",
    "open_ticket",
)

# What an automatic answer does per sub_intent (greeting and out_of_scope do nothing).
ACTION_PLAN: Final[dict[str, tuple[str, ...]]] = {
    "technical.no_connection": ("check_outage", "check_connection_status"),
    "technical.slow_connection": ("check_outage", "run_speed_diagnostics"),
    "technical.intermittent": ("check_outage", "check_connection_status", "run_speed_diagnostics"),
    "technical.wifi_equipment": ("send_wifi_guide",),
    "technical.technician_visit": ("schedule_visit",),
    "financial.invoice_copy": ("generate_invoice",),
    "financial.payment_confirmation": ("check_payment_status", "trust_unlock"),
    "financial.billing_dispute": ("open_ticket",),
    "financial.negotiation": ("offer_payment_plan",),
    "commercial.new_subscription": ("check_coverage", "send_plans"),
    "commercial.plan_change": ("send_upgrade_offers",),
    "commercial.cancellation": ("open_ticket",),
    "commercial.address_change": ("check_coverage", "open_ticket"),
    "other.greeting": (),
    "other.out_of_scope": (),
}


def run_action(
    backend: IspBackend, action: str, customer: CustomerRef, sub_intent: str, text: str
) -> ActionResult:
    """Run one action; any exception becomes a failed result carrying its message."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    try:
        if action == "open_ticket":
            data = backend.open_ticket(customer, sub_intent, text)
        else:
            data = getattr(backend, action)(customer)
    except ActionFailed as exc:
        return ActionResult(action=action, ok=False, error=str(exc))
    except Exception as exc:  # a backend bug must not lose the customer: record and hand off
        return ActionResult(action=action, ok=False, error=f"{exc.__class__.__name__}: {exc}")
    return ActionResult(action=action, ok=True, data=data)


def run_actions(
    backend: IspBackend, actions: tuple[str, ...], customer: CustomerRef, sub_intent: str, text: str
) -> list[ActionResult]:
    """Run `actions` in order, stopping at the first failure (later ones depend on earlier)."""
    results: list[ActionResult] = []
    for action in actions:
        result = run_action(backend, action, customer, sub_intent, text)
        results.append(result)
        if not result.ok:
            break
    return results
