"""Dashboard test helpers: staff users in the two test tenants, and logging in through the form.

Users are inserted with one Argon2 hash computed per session (hashing per user would cost
~80 ms each); the login itself still runs the real verification.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from fastapi.testclient import TestClient
from gw_app import Gateway
from sqlalchemy import select

from gateway.db.models import StaffUser, Tenant
from gateway.db.session import session_scope
from gateway.staff.passwords import hash_password

PASSWORD = "senha-de-teste-123"
SECRET = "test-dashboard-secret-0123456789abcdef"
TENANT_A, TENANT_B = "demo-isp", "other-isp"


@cache
def password_hash() -> str:
    """The Argon2 hash of PASSWORD (computed once)."""
    return hash_password(PASSWORD)


@dataclass(frozen=True)
class StaffRef:
    """A seeded staff user."""

    id: str
    tenant_slug: str
    username: str
    role: str


def add_staff(gw: Gateway, tenant_slug: str, username: str, role: str) -> StaffRef:
    """Insert a staff user whose password is PASSWORD."""
    with session_scope(gw.app.state.session_factory) as session:
        tenant = session.scalar(select(Tenant).where(Tenant.slug == tenant_slug))
        assert tenant is not None
        user = StaffUser(
            tenant_id=tenant.id,
            username=username,
            display_name=username.title(),
            role=role,
            password_hash=password_hash(),
        )
        session.add(user)
        session.flush()
        return StaffRef(user.id, tenant_slug, username, role)


def login(
    client: TestClient,
    tenant: str,
    username: str,
    password: str = PASSWORD,
    totp_code: str = "",
) -> object:
    """POST the login form (redirects not followed)."""
    return client.post(
        "/dashboard/login",
        data={"tenant": tenant, "username": username, "password": password, "totp_code": totp_code},
        follow_redirects=False,
    )


def csrf_of(client: TestClient, page: str = "/dashboard/desk") -> str:
    """The CSRF token embedded in a page's forms."""
    html = client.get(page).text
    marker = 'name="csrf_token" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]
