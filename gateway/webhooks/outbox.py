"""Writing deliveries into the outbox, inside the caller's transaction (never committed here)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from gateway.db.models import OutboxItem, Tenant, new_id, utcnow
from gateway.schemas.webhooks import EventType
from gateway.services.tenants import tenant_settings
from gateway.webhooks.endpoints import endpoints_for

CHANNEL_TARGET = "channel"
WEBHOOK_TARGET = "webhook"


def emit(
    session: Session,
    tenant: Tenant,
    event_type: EventType,
    data: dict[str, Any],
    occurred_at: datetime | None = None,
) -> str:
    """Queue `event_type` for every endpoint of `tenant` that wants it; returns the event id.

    The rows join the caller's transaction, so the event exists exactly when the change it
    reports was committed. The same event id goes to every endpoint: it is the receivers'
    deduplication key.
    """
    event_id = new_id()
    occurred_at = occurred_at or utcnow()
    envelope = {
        "id": event_id,
        "type": event_type,
        "created_at": occurred_at.isoformat(),
        "tenant": tenant.slug,
        "data": data,
    }
    webhooks = tenant_settings(tenant).webhooks
    for endpoint in endpoints_for(tenant.slug, webhooks):
        if endpoint.wants(event_type):
            session.add(
                OutboxItem(
                    tenant_id=tenant.id,
                    event_id=event_id,
                    event_type=event_type,
                    target=WEBHOOK_TARGET,
                    destination=endpoint.url,
                    payload=envelope,
                    next_attempt_at=occurred_at,
                    created_at=occurred_at,
                )
            )
    return event_id


def enqueue_channel_message(
    session: Session,
    tenant_id: str,
    event_type: str,
    channel: str,
    message: dict[str, Any],
    deliver_at: datetime,
    survey_id: str | None = None,
) -> OutboxItem:
    """Queue a message to a customer on `channel`, due at `deliver_at` (e.g. a CSAT survey).

    `survey_id` (a CSAT survey's message) is stored in its own indexed column so the survey's
    cancellation finds the row without reading every payload.
    """
    item = OutboxItem(
        survey_id=survey_id,
        tenant_id=tenant_id,
        event_id=new_id(),
        event_type=event_type,
        target=CHANNEL_TARGET,
        destination=channel,
        payload=message,
        next_attempt_at=deliver_at,
    )
    session.add(item)
    return item
