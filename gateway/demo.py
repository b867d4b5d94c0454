"""Seed the demo tenant: customers of each tier, invoices with pix codes, an outage, visit slots.

Idempotent: running it again keeps the data and only makes sure the demo key works. The key is
`OMNICHAT_DEMO_API_KEY` when set, a fresh random key otherwise (keys are stored hashed, so an
earlier random key cannot be shown again).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db.models import Customer, Invoice, Outage, Tenant, VisitSlot, utcnow
from gateway.services.tenants import add_api_key, create_tenant
from gateway.staff.demo import seed_demo_staff

DEMO_SLUG = "demo-isp"
OUTAGE_REGION = "zona-norte"

DEMO_CUSTOMERS: tuple[dict[str, object], ...] = (
    {
        "external_id": "cliente-basic-001",
        "name": "Maria Silva",
        "tier": "basic",
        "plan_mbps": 300,
        "region": "centro",
        "phone": "5511987650001",
        "email": "maria.silva@example.com",
        "blocked": True,
    },
    {
        "external_id": "cliente-premium-001",
        "name": "João Pereira",
        "tier": "premium",
        "plan_mbps": 700,
        "region": OUTAGE_REGION,
        "phone": "5511987650002",
        "email": "joao.pereira@example.com",
        "connection_online": False,
    },
    {
        "external_id": "cliente-business-001",
        "name": "Padaria Pão Quente LTDA",
        "tier": "business",
        "plan_mbps": 1000,
        "region": "zona-sul",
        "phone": "5511987650003",
        "email": "contato@paoquente.example.com",
    },
)


@dataclass(frozen=True)
class DemoSeed:
    """What the seeding produced."""

    tenant_id: str
    api_key: str
    created: bool
    # Demo staff users created by this run -> their generated password (shown once, then only
    # hashed), or None when it came from OMNICHAT_DEMO_<ROLE>_PASSWORD.
    staff_passwords: dict[str, str | None] = field(default_factory=dict)


def _pix(seed: str) -> str:
    # Shaped like a BR Code (EMV) string; not payable, but realistic for copy-and-paste flows.
    return f"00020126580014br.gov.bcb.pix0136{seed:0>36}5204000053039865802BR6304ABCD"


def _seed_data(session: Session, tenant: Tenant, today: date) -> None:
    for index, fields in enumerate(DEMO_CUSTOMERS):
        customer = Customer(tenant_id=tenant.id, **fields)
        session.add(customer)
        session.flush()
        # Last month paid, this month open; the basic customer's previous one is overdue.
        session.add(
            Invoice(
                tenant_id=tenant.id,
                customer_id=customer.id,
                amount_cents=9990 + index * 5000,
                due_date=today - timedelta(days=40),
                status="paid",
                pix_code=_pix(f"{index}a"),
                paid_at=utcnow() - timedelta(days=38),
            )
        )
        overdue = fields["tier"] == "basic"
        session.add(
            Invoice(
                tenant_id=tenant.id,
                customer_id=customer.id,
                amount_cents=9990 + index * 5000,
                due_date=today - timedelta(days=10) if overdue else today + timedelta(days=10),
                pix_code=_pix(f"{index}b"),
            )
        )
    session.add(
        Outage(
            tenant_id=tenant.id,
            region=OUTAGE_REGION,
            description="Rompimento de fibra na avenida principal",
            estimated_end=utcnow() + timedelta(hours=4),
        )
    )
    start = utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    for region in ("centro", OUTAGE_REGION, "zona-sul"):
        for day in range(3):
            for hour in (9, 14):
                session.add(
                    VisitSlot(
                        tenant_id=tenant.id,
                        region=region,
                        starts_at=start.replace(hour=hour) + timedelta(days=day),
                    )
                )


def seed_demo(
    session: Session,
    api_key: str | None = None,
    today: date | None = None,
    with_staff: bool = False,
) -> DemoSeed:
    """Create the demo tenant and its data if missing, and make `api_key` (or a new one) valid.

    `with_staff` also creates the demo dashboard users (off by default: each Argon2 hash costs
    ~80 ms, which API tests seeding a tenant per test do not need).
    """
    tenant = session.scalar(select(Tenant).where(Tenant.slug == DEMO_SLUG))
    created = tenant is None
    if tenant is None:
        tenant = create_tenant(session, DEMO_SLUG, "Provedor Demo Fibra")
        _seed_data(session, tenant, today or utcnow().date())
    key = add_api_key(session, tenant, api_key, name="demo")
    staff = seed_demo_staff(session, tenant) if with_staff else {}
    session.flush()
    return DemoSeed(tenant_id=tenant.id, api_key=key, created=created, staff_passwords=staff)


def curl_example(base_url: str, api_key: str) -> str:
    """A copy-and-paste request against the demo tenant."""
    return (
        f"curl -s -X POST {base_url}/api/v1/conversations/message "
        f"-H 'Authorization: Bearer {api_key}' -H 'Content-Type: application/json' "
        """-d '{"channel": "whatsapp", "customer_identifier": "cliente-basic-001", """
        """"message": "quero a segunda via do boleto"}'"""
    )
