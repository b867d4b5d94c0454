"""Append-only audit log writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from gateway.db.models import AuditLog


def entry(
    tenant_id: str,
    event: str,
    actor: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> AuditLog:
    """One audit entry, not yet written."""
    return AuditLog(
        tenant_id=tenant_id,
        event=event,
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        details=details or {},
    )


def record(
    session: Session,
    tenant_id: str,
    event: str,
    actor: str,
    entity: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one audit entry to the session (committed with the change it describes)."""
    session.add(entry(tenant_id, event, actor, entity, entity_id, details))
