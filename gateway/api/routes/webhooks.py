"""`/webhooks`: delivery status, dead letters and their replay, circuit breakers, and the
inbound CRM endpoint (signed like our own webhooks, see docs/webhooks-csat.md)."""

from __future__ import annotations

import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request, status
from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from gateway.api.deps import CallerDep, ContextEngineDep, SessionDep, SettingsDep
from gateway.core.masking import mask_pii
from gateway.db.models import CrmInboundEvent, DeliveryCircuit, OutboxItem, Tenant, utcnow
from gateway.schemas.webhooks import (
    CircuitPublic,
    CrmCustomerUpdate,
    CrmEvent,
    CrmEventResult,
    CrmTicketUpdate,
    DeliveryPublic,
    DeliveryStatus,
    ReplayResult,
)
from gateway.services import audit
from gateway.services.tenants import tenant_settings
from gateway.webhooks import signing
from gateway.webhooks.crm_inbound import UnknownTicket, apply_customer_update, apply_ticket_update
from gateway.webhooks.endpoints import inbound_secret

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

TENANT_HEADER = "X-Webhook-Tenant"


def _public(item: OutboxItem) -> DeliveryPublic:
    public = DeliveryPublic.model_validate(item, from_attributes=True)
    # A channel's refusal can quote the customer's number or address.
    return public.model_copy(update={"last_error": mask_pii(public.last_error)})


@router.get("/deliveries", response_model=list[DeliveryPublic])
def list_deliveries(
    session: SessionDep,
    caller: CallerDep,
    status_: Annotated[DeliveryStatus | None, Query(alias="status")] = None,
    event_type: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[DeliveryPublic]:
    """The outbox of the caller's tenant, newest first (webhooks and customer messages)."""
    query = select(OutboxItem).where(OutboxItem.tenant_id == caller.tenant.id)
    if status_ is not None:
        query = query.where(OutboxItem.status == status_)
    if event_type is not None:
        query = query.where(OutboxItem.event_type == event_type)
    rows = session.scalars(query.order_by(OutboxItem.created_at.desc()).limit(limit))
    return [_public(r) for r in rows]


@router.get("/dead-letters", response_model=list[DeliveryPublic])
def list_dead_letters(
    session: SessionDep,
    caller: CallerDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[DeliveryPublic]:
    """Deliveries that exhausted their attempts or were refused for good, newest first."""
    return list_deliveries(session, caller, "dead", None, limit)


def _replay(session: SessionDep, tenant_id: str, ids: list[str] | None) -> int:
    query = update(OutboxItem).where(OutboxItem.tenant_id == tenant_id, OutboxItem.status == "dead")
    if ids is not None:
        query = query.where(OutboxItem.id.in_(ids))
    result = session.execute(
        query.values(
            status="pending",
            attempts=0,
            next_attempt_at=utcnow(),
            dead_at=None,
            locked_until=None,
            claim_token=None,
        ).execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


@router.post("/dead-letters/replay", response_model=ReplayResult)
def replay_all_dead_letters(session: SessionDep, caller: CallerDep) -> ReplayResult:
    """Queue every dead letter of the tenant again, with a fresh budget of attempts."""
    count = _replay(session, caller.tenant.id, None)
    audit.record(
        session,
        caller.tenant.id,
        "dead_letters_replayed",
        caller.api_key_prefix,
        "outbox",
        "*",
        {"count": count},
    )
    session.commit()
    return ReplayResult(replayed=count)


@router.post("/dead-letters/{item_id}/replay", response_model=DeliveryPublic)
def replay_dead_letter(
    item_id: uuid.UUID, session: SessionDep, caller: CallerDep
) -> DeliveryPublic:
    """Queue one dead letter again (same event id: receivers still dedupe it)."""
    item = session.get(OutboxItem, str(item_id))
    if item is None or item.tenant_id != caller.tenant.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="delivery not found")
    if item.status != "dead":
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"delivery is {item.status}, not a dead letter"
        )
    _replay(session, caller.tenant.id, [item.id])
    audit.record(
        session, caller.tenant.id, "dead_letter_replayed", caller.api_key_prefix, "outbox", item.id
    )
    session.commit()
    session.refresh(item)
    return _public(item)


@router.get("/circuits", response_model=list[CircuitPublic])
def list_circuits(session: SessionDep, caller: CallerDep) -> list[CircuitPublic]:
    """The circuit breaker of each destination that has failed at least once."""
    rows = session.scalars(
        select(DeliveryCircuit)
        .where(DeliveryCircuit.tenant_id == caller.tenant.id)
        .order_by(DeliveryCircuit.destination)
    )
    return [CircuitPublic.model_validate(r, from_attributes=True) for r in rows]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail)


def _apply_crm_event(
    session: SessionDep, tenant: Tenant, event: CrmEvent, contexts: ContextEngineDep
) -> CrmEventResult:
    try:
        if event.type == "customer.updated":
            customer = apply_customer_update(
                session, tenant.id, CrmCustomerUpdate.model_validate(event.data)
            )
            customer_id, detail = customer.id, f"customer {customer.external_id} updated"
        else:
            ticket = apply_ticket_update(
                session, tenant.id, CrmTicketUpdate.model_validate(event.data)
            )
            customer_id, detail = ticket.customer_id, f"ticket {ticket.id} {ticket.status}"
    except ValidationError as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=f"invalid data for {event.type}: {exc.errors(include_url=False)}",
        ) from exc
    except UnknownTicket as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(exc)) from exc
    session.add(CrmInboundEvent(tenant_id=tenant.id, event_id=event.id, event_type=event.type))
    audit.record(
        session, tenant.id, "crm_update", "crm", "crm_event", event.id[:64], {"type": event.type}
    )
    try:
        session.commit()
    except IntegrityError as exc:  # the same event id arrived twice at the same moment
        session.rollback()
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"event {event.id} was already applied"
        ) from exc
    contexts.invalidate_customer(tenant.id, customer_id)
    return CrmEventResult(id=event.id, type=event.type, status="applied", detail=detail)


def _receive_crm_event(
    body: bytes,
    tenant_slug: str | None,
    signature: str | None,
    timestamp: str | None,
    session: SessionDep,
    settings: SettingsDep,
    contexts: ContextEngineDep,
) -> CrmEventResult:
    if not tenant_slug:
        raise _unauthorized(f"missing {TENANT_HEADER} header")
    tenant = session.scalar(select(Tenant).where(Tenant.slug == tenant_slug))
    secret = inbound_secret(tenant.slug, tenant_settings(tenant).webhooks) if tenant else None
    if tenant is None or secret is None:  # one answer for both: tenants are not enumerable
        raise _unauthorized("unknown tenant or no CRM secret configured for it")
    try:
        signing.verify(secret, body, signature, timestamp, settings.crm_webhook_tolerance_s)
    except signing.SignatureError as exc:
        raise _unauthorized(str(exc)) from exc
    try:
        event = CrmEvent.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            detail=f"body must be a CRM event {{id, type, data}}: {exc}"[:1000],
        ) from exc
    seen = session.scalar(
        select(CrmInboundEvent.id).where(
            CrmInboundEvent.tenant_id == tenant.id, CrmInboundEvent.event_id == event.id
        )
    )
    if seen is not None:
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail=f"event {event.id} was already applied"
        )
    return _apply_crm_event(session, tenant, event, contexts)


@router.post("/crm", response_model=CrmEventResult)
async def receive_crm_event(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    contexts: ContextEngineDep,
    x_webhook_tenant: Annotated[str | None, Header(max_length=64)] = None,
    x_webhook_signature: Annotated[str | None, Header(max_length=200)] = None,
    x_webhook_timestamp: Annotated[str | None, Header(max_length=20)] = None,
) -> CrmEventResult:
    """Apply a CRM update (`customer.updated`, `ticket.updated`).

    Signed like our webhooks (`X-Webhook-Signature: sha256=<hmac of "<timestamp>.<body>">`,
    `X-Webhook-Timestamp`) with the tenant's inbound secret; `X-Webhook-Tenant` names the tenant.
    Missing, wrong or stale signatures -> 401; an event id seen before -> 409.
    """
    body = await request.body()  # the raw bytes: the signature covers them exactly
    return await run_in_threadpool(
        _receive_crm_event,
        body,
        x_webhook_tenant,
        x_webhook_signature,
        x_webhook_timestamp,
        session,
        settings,
        contexts,
    )
