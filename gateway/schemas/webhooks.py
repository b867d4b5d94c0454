"""Webhook configuration of a tenant (in `tenants.settings`) and the delivery API's schemas."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

EventType = Literal[
    "message_received",
    "ticket_created",
    "human_handoff",
    "conversation_resolved",
    "csat_received",
    "csat_alert",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]


class WebhookEndpoint(BaseModel):
    """A CRM URL receiving the tenant's events, signed with its secret.

    Prefer `secret_env` (the name of an environment variable holding the secret) so the secret
    never sits in the database; `secret` inline is accepted for tenants configured over the API.
    """

    url: str = Field(pattern=r"^https?://\S+$", max_length=500)
    events: list[EventType] = Field(
        default_factory=list, description="Events to send; empty means every event."
    )
    secret: str | None = Field(default=None, min_length=16, max_length=200)
    secret_env: str | None = Field(default=None, pattern=r"^[A-Z_][A-Z0-9_]*$")
    enabled: bool = True

    @model_validator(mode="after")
    def _needs_a_secret(self) -> WebhookEndpoint:
        if (self.secret is None) == (self.secret_env is None):
            raise ValueError("give exactly one of `secret` or `secret_env`")
        return self

    def wants(self, event_type: str) -> bool:
        """True when this endpoint subscribes to `event_type`."""
        return self.enabled and (not self.events or event_type in self.events)


class WebhookSettings(BaseModel):
    """Outgoing endpoints and the secret the CRM signs its own updates with."""

    endpoints: list[WebhookEndpoint] = Field(default_factory=list, max_length=10)
    inbound_secret: str | None = Field(default=None, min_length=16, max_length=200)
    inbound_secret_env: str | None = Field(default=None, pattern=r"^[A-Z_][A-Z0-9_]*$")


DeliveryStatus = Literal["pending", "delivered", "dead", "cancelled"]


class DeliveryPublic(BaseModel):
    """One outbox row as the API shows it (a channel message's recipient is not shown)."""

    id: str
    event_id: str
    event_type: str
    target: str
    destination: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str
    last_status_code: int | None
    created_at: datetime
    delivered_at: datetime | None
    dead_at: datetime | None


class ReplayResult(BaseModel):
    """How many dead letters went back to the queue."""

    replayed: int


class CircuitPublic(BaseModel):
    """A destination's circuit breaker."""

    destination: str
    state: Literal["closed", "open", "half_open"]
    consecutive_failures: int
    opened_at: datetime | None
    updated_at: datetime


class CrmCustomerUpdate(BaseModel):
    """`customer.updated`: profile fields the CRM owns; the customer is created if unknown."""

    customer_id: str = Field(min_length=1, max_length=64, description="The tenant's customer id.")
    name: str | None = Field(default=None, max_length=200)
    tier: Literal["basic", "premium", "business"] | None = None
    plan_mbps: int | None = Field(default=None, ge=1, le=100_000)
    region: str | None = Field(default=None, max_length=64)
    phone: str | None = Field(default=None, pattern=r"^\d{10,15}$")
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)
    blocked: bool | None = None
    connection_online: bool | None = None


class CrmTicketUpdate(BaseModel):
    """`ticket.updated`: the CRM moved one of our tickets."""

    ticket_id: str = Field(min_length=1, max_length=36)
    status: Literal["open", "closed"]
    description: str | None = Field(default=None, max_length=5000)


class CrmEvent(BaseModel):
    """The body of `POST /webhooks/crm`."""

    id: str = Field(min_length=1, max_length=100, description="Unique per event (dedupe key).")
    type: Literal["customer.updated", "ticket.updated"]
    data: dict[str, Any]


class CrmEventResult(BaseModel):
    """What the gateway did with a CRM event."""

    id: str
    type: str
    status: Literal["applied"]
    detail: str
