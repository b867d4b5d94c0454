"""`/tenant`: the caller's configuration (thresholds, rules, boosting) and its audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import select

from gateway.api.deps import CallerDep, SessionDep
from gateway.db.models import AuditLog
from gateway.schemas.tenant import TenantSettings
from gateway.services import audit

router = APIRouter(prefix="/tenant", tags=["tenant"])


class AuditEntry(BaseModel):
    """One audit log row."""

    id: int
    event: str
    actor: str
    entity: str
    entity_id: str
    details: dict[str, Any]
    created_at: datetime


@router.get("/settings", response_model=TenantSettings)
def get_tenant_settings(caller: CallerDep) -> TenantSettings:
    """The caller's thresholds, rule switches and boosting parameters."""
    return caller.settings


@router.put("/settings", response_model=TenantSettings)
def put_tenant_settings(
    body: TenantSettings, session: SessionDep, caller: CallerDep
) -> TenantSettings:
    """Replace the caller's configuration (validated; the change is audited)."""
    before = caller.settings.model_dump(mode="json")
    after = body.model_dump(mode="json")
    caller.tenant.settings = after
    session.add(caller.tenant)
    audit.record(
        session,
        caller.tenant.id,
        "settings_changed",
        caller.api_key_prefix,
        "tenant",
        caller.tenant.id,
        {"before": before, "after": after},
    )
    session.commit()
    return body


@router.get("/audit", response_model=list[AuditEntry])
def list_audit(
    session: SessionDep,
    caller: CallerDep,
    event: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEntry]:
    """The caller's audit log, newest first."""
    query = select(AuditLog).where(AuditLog.tenant_id == caller.tenant.id)
    if event is not None:
        query = query.where(AuditLog.event == event)
    rows = session.scalars(query.order_by(AuditLog.id.desc()).limit(limit))
    return [AuditEntry.model_validate(r, from_attributes=True) for r in rows]
