"""The default ISP backend: works on the gateway's own database (seeded by `gateway.demo`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.actions.backend import ActionFailed, CustomerRef
from gateway.db.models import Customer, Invoice, Outage, Ticket, VisitSlot, new_id, utcnow

PLANS: Final[tuple[dict[str, Any], ...]] = (
    {"name": "Fibra 300", "mbps": 300, "monthly_brl": "99,90"},
    {"name": "Fibra 500", "mbps": 500, "monthly_brl": "119,90"},
    {"name": "Fibra 700", "mbps": 700, "monthly_brl": "149,90"},
    {"name": "Fibra 1 Giga", "mbps": 1000, "monthly_brl": "199,90"},
)
TRUST_UNLOCK_DAYS: Final = 3
WIFI_GUIDE_URL: Final = "https://ajuda.exemplo.com.br/wifi"


def _brl(cents: int) -> str:
    reais, centavos = divmod(cents, 100)
    return f"R$ {reais:,}".replace(",", ".") + f",{centavos:02d}"


class LocalBackend:
    """`IspBackend` over the gateway's tables, scoped to one tenant; the caller commits."""

    def __init__(self, session: Session, tenant_id: str, today: date | None = None) -> None:
        self._session = session
        self._tenant_id = tenant_id
        self._today = today

    @property
    def today(self) -> date:
        """The business date (injectable for tests)."""
        return self._today or utcnow().date()

    def _customer(self, ref: CustomerRef) -> Customer:
        customer = self._session.get(Customer, ref.id)
        if customer is None or customer.tenant_id != self._tenant_id:
            raise ActionFailed(f"customer {ref.external_id} not found")
        return customer

    def _open_invoices(self, ref: CustomerRef) -> list[Invoice]:
        return list(
            self._session.scalars(
                select(Invoice)
                .where(
                    Invoice.tenant_id == self._tenant_id,
                    Invoice.customer_id == ref.id,
                    Invoice.status == "open",
                )
                .order_by(Invoice.due_date)
            )
        )

    def _invoice_view(self, invoice: Invoice) -> dict[str, Any]:
        return {
            "invoice_id": invoice.id,
            "amount": _brl(invoice.amount_cents),
            "amount_cents": invoice.amount_cents,
            "due_date": invoice.due_date.isoformat(),
            "overdue": invoice.due_date < self.today,
            "pix_code": invoice.pix_code,
        }

    def generate_invoice(self, customer: CustomerRef) -> dict[str, Any]:
        """The oldest open invoice, or `has_open_invoice: False`."""
        invoices = self._open_invoices(customer)
        if not invoices:
            return {"has_open_invoice": False}
        return {"has_open_invoice": True, **self._invoice_view(invoices[0])}

    def check_payment_status(self, customer: CustomerRef) -> dict[str, Any]:
        """Overdue invoices and the last payment."""
        open_invoices = self._open_invoices(customer)
        overdue = [i for i in open_invoices if i.due_date < self.today]
        last_paid = self._session.scalar(
            select(func.max(Invoice.paid_at)).where(
                Invoice.tenant_id == self._tenant_id, Invoice.customer_id == customer.id
            )
        )
        return {
            "up_to_date": not overdue,
            "overdue_count": len(overdue),
            "overdue_total": _brl(sum(i.amount_cents for i in overdue)),
            "last_payment_at": last_paid.isoformat() if last_paid else None,
        }

    def trust_unlock(self, customer: CustomerRef) -> dict[str, Any]:
        """Lift a non-payment block for a few days; a no-op for unblocked customers."""
        row = self._customer(customer)
        if not row.blocked:
            return {"unlocked": False, "was_blocked": False}
        row.blocked = False
        until = self.today + timedelta(days=TRUST_UNLOCK_DAYS)
        return {"unlocked": True, "was_blocked": True, "until": until.isoformat()}

    def check_outage(self, customer: CustomerRef) -> dict[str, Any]:
        """The active outage of the customer's region, if any."""
        if customer.region is None:
            return {"outage": False, "region": None}
        outage = self._session.scalar(
            select(Outage)
            .where(
                Outage.tenant_id == self._tenant_id,
                Outage.region == customer.region,
                Outage.ended_at.is_(None),
            )
            .order_by(Outage.started_at.desc())
        )
        if outage is None:
            return {"outage": False, "region": customer.region}
        return {
            "outage": True,
            "region": customer.region,
            "description": outage.description,
            "estimated_end": outage.estimated_end.isoformat() if outage.estimated_end else None,
        }

    def check_connection_status(self, customer: CustomerRef) -> dict[str, Any]:
        """Line status as recorded for the customer (no live telemetry in the local backend)."""
        row = self._customer(customer)
        return {"online": row.connection_online, "blocked": row.blocked}

    def run_speed_diagnostics(self, customer: CustomerRef) -> dict[str, Any]:
        """Line checks available locally: status and contracted speed, plus the usual advice."""
        row = self._customer(customer)
        return {
            "line_online": row.connection_online,
            "plan_mbps": row.plan_mbps,
            "advice": "teste via cabo e reinicie o roteador",
        }

    def send_wifi_guide(self, customer: CustomerRef) -> dict[str, Any]:
        """The Wi-Fi self-help guide link."""
        return {"guide_url": WIFI_GUIDE_URL}

    def schedule_visit(self, customer: CustomerRef) -> dict[str, Any]:
        """Book the next free slot in the customer's region."""
        if customer.region is None:
            raise ActionFailed("customer has no region on file")
        now: datetime = utcnow()
        slot = self._session.scalar(
            select(VisitSlot)
            .where(
                VisitSlot.tenant_id == self._tenant_id,
                VisitSlot.region == customer.region,
                VisitSlot.customer_id.is_(None),
                VisitSlot.starts_at > now,
            )
            .order_by(VisitSlot.starts_at)
            .with_for_update(skip_locked=True)
        )
        if slot is None:
            raise ActionFailed(f"no free visit slot in region {customer.region}")
        slot.customer_id = customer.id
        return {"slot_id": slot.id, "starts_at": slot.starts_at.isoformat()}

    def offer_payment_plan(self, customer: CustomerRef) -> dict[str, Any]:
        """Three instalments of the overdue balance."""
        overdue = [i for i in self._open_invoices(customer) if i.due_date < self.today]
        if not overdue:
            return {"has_debt": False}
        total = sum(i.amount_cents for i in overdue)
        instalment = -(-total // 3)  # ceiling, so the plan covers the whole debt
        return {
            "has_debt": True,
            "total": _brl(total),
            "instalments": 3,
            "instalment_amount": _brl(instalment),
        }

    def check_coverage(self, customer: CustomerRef) -> dict[str, Any]:
        """A region is covered when the tenant already serves a customer there."""
        if customer.region is None:
            raise ActionFailed("no address/region on file to check coverage")
        served = self._session.scalar(
            select(func.count(Customer.id)).where(
                Customer.tenant_id == self._tenant_id,
                Customer.region == customer.region,
                Customer.id != customer.id,
            )
        )
        return {"region": customer.region, "covered": bool(served)}

    def send_plans(self, customer: CustomerRef) -> dict[str, Any]:
        """The plans on sale."""
        return {"plans": list(PLANS)}

    def send_upgrade_offers(self, customer: CustomerRef) -> dict[str, Any]:
        """Plans faster than the current one."""
        current = customer.plan_mbps or 0
        return {"current_mbps": current, "plans": [p for p in PLANS if p["mbps"] > current]}

    def open_ticket(self, customer: CustomerRef, sub_intent: str, text: str) -> dict[str, Any]:
        """Record a ticket (text already masked by the caller)."""
        ticket = Ticket(
            id=new_id(),  # set here so no flush is needed to answer the id
            tenant_id=self._tenant_id,
            customer_id=customer.id,
            sub_intent=sub_intent,
            description=text,
        )
        self._session.add(ticket)
        return {"ticket_id": ticket.id}
