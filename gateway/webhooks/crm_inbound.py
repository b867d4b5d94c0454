"""Applying the CRM's updates: customer profiles and ticket status."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db.models import Customer, Ticket
from gateway.schemas.webhooks import CrmCustomerUpdate, CrmTicketUpdate


class UnknownTicket(LookupError):
    """The CRM referred to a ticket this tenant does not have."""


def apply_customer_update(session: Session, tenant_id: str, update: CrmCustomerUpdate) -> Customer:
    """Update (or create) the customer with the fields the CRM sent; the others stay."""
    customer = session.scalar(
        select(Customer).where(
            Customer.tenant_id == tenant_id, Customer.external_id == update.customer_id
        )
    )
    if customer is None:
        customer = Customer(tenant_id=tenant_id, external_id=update.customer_id)
        session.add(customer)
    fields = update.model_dump(exclude_unset=True, exclude={"customer_id"})
    if "email" in fields and fields["email"] is not None:
        fields["email"] = fields["email"].lower()
    for name, value in fields.items():
        setattr(customer, name, value)
    session.flush()
    return customer


def apply_ticket_update(session: Session, tenant_id: str, update: CrmTicketUpdate) -> Ticket:
    """Move one of the tenant's tickets to the CRM's status."""
    ticket = session.get(Ticket, update.ticket_id)
    if ticket is None or ticket.tenant_id != tenant_id:
        raise UnknownTicket(f"ticket {update.ticket_id} not found")
    ticket.status = update.status
    if update.description is not None:
        ticket.description = update.description
    return ticket
