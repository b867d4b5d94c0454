"""`/customers`: profile upsert and context."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, status
from sqlalchemy import select

from gateway.api.deps import CallerDep, ContextEngineDep, SessionDep
from gateway.db.models import Customer
from gateway.schemas.customer import CustomerContextPublic, CustomerPublic, CustomerUpsert
from gateway.services import audit

router = APIRouter(prefix="/customers", tags=["customers"])

CustomerId = Annotated[
    str, Path(min_length=1, max_length=64, pattern=r"^[\w.@+-]+$", examples=["cliente-basic-001"])
]


def _find(session: SessionDep, tenant_id: str, external_id: str) -> Customer | None:
    return session.scalar(
        select(Customer).where(Customer.tenant_id == tenant_id, Customer.external_id == external_id)
    )


def _public(customer: Customer) -> CustomerPublic:
    return CustomerPublic.model_validate(customer, from_attributes=True)


@router.put("/{customer_id}", response_model=CustomerPublic)
def upsert_customer(
    customer_id: CustomerId,
    body: CustomerUpsert,
    session: SessionDep,
    caller: CallerDep,
    contexts: ContextEngineDep,
) -> CustomerPublic:
    """Create or replace the profile of a customer (the ISP's own id in the path)."""
    customer = _find(session, caller.tenant.id, customer_id)
    created = customer is None
    if customer is None:
        customer = Customer(tenant_id=caller.tenant.id, external_id=customer_id)
        session.add(customer)
    values = body.model_dump()
    # Stored normalised so a message identified by phone or e-mail finds this customer.
    values["phone"] = re.sub(r"\D", "", values["phone"]) if values["phone"] else None
    values["email"] = values["email"].lower() if values["email"] else None
    for field, value in values.items():
        setattr(customer, field, value)
    session.flush()
    audit.record(
        session,
        caller.tenant.id,
        "customer_created" if created else "customer_updated",
        caller.api_key_prefix,
        "customer",
        customer.id,
        {"fields": sorted(values)},
    )
    session.commit()
    contexts.invalidate_customer(caller.tenant.id, customer.id)
    return _public(customer)


@router.get("/{customer_id}", response_model=CustomerPublic)
def get_customer(customer_id: CustomerId, session: SessionDep, caller: CallerDep) -> CustomerPublic:
    """A customer's profile."""
    customer = _find(session, caller.tenant.id, customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="customer not found")
    return _public(customer)


@router.get("/{customer_id}/context", response_model=CustomerContextPublic)
def get_customer_context(
    customer_id: CustomerId, session: SessionDep, caller: CallerDep, contexts: ContextEngineDep
) -> CustomerContextPublic:
    """The context boosting and routing would use for this customer right now."""
    customer = _find(session, caller.tenant.id, customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="customer not found")
    window = caller.settings.routing.repeat_window_hours
    snapshot = contexts.get(session, customer, window_hours=window)
    return CustomerContextPublic(
        customer_id=customer.id,
        external_id=customer.external_id,
        conversation_id=snapshot.conversation_id,
        context=snapshot.context,
    )
