"""`/outages`: region outages, which feed the context of every customer in the region."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from gateway.api.deps import CallerDep, ContextEngineDep, SessionDep
from gateway.db.models import Outage, utcnow
from gateway.schemas.outage import OutageCreate, OutagePublic
from gateway.services import audit

router = APIRouter(prefix="/outages", tags=["outages"])


@router.post("", response_model=OutagePublic, status_code=status.HTTP_201_CREATED)
def create_outage(
    body: OutageCreate, session: SessionDep, caller: CallerDep, contexts: ContextEngineDep
) -> OutagePublic:
    """Declare an outage in a region."""
    if body.estimated_end is not None and body.estimated_end.tzinfo is None:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail="estimated_end needs a timezone offset"
        )
    outage = Outage(tenant_id=caller.tenant.id, **body.model_dump())
    session.add(outage)
    session.flush()
    audit.record(
        session,
        caller.tenant.id,
        "outage_created",
        caller.api_key_prefix,
        "outage",
        outage.id,
        {"region": body.region},
    )
    session.commit()
    contexts.invalidate_tenant(caller.tenant.id)
    return OutagePublic.model_validate(outage, from_attributes=True)


@router.get("", response_model=list[OutagePublic])
def list_outages(session: SessionDep, caller: CallerDep) -> list[OutagePublic]:
    """Active outages."""
    rows = session.scalars(
        select(Outage)
        .where(Outage.tenant_id == caller.tenant.id, Outage.ended_at.is_(None))
        .order_by(Outage.started_at)
    )
    return [OutagePublic.model_validate(o, from_attributes=True) for o in rows]


@router.delete("/{outage_id}", status_code=status.HTTP_204_NO_CONTENT)
def end_outage(
    outage_id: uuid.UUID, session: SessionDep, caller: CallerDep, contexts: ContextEngineDep
) -> None:
    """End an outage (kept for history, no longer active)."""
    outage = session.get(Outage, str(outage_id))
    if outage is None or outage.tenant_id != caller.tenant.id or outage.ended_at is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="active outage not found")
    outage.ended_at = utcnow()
    audit.record(
        session, caller.tenant.id, "outage_ended", caller.api_key_prefix, "outage", outage.id
    )
    session.commit()
    contexts.invalidate_tenant(caller.tenant.id)
