"""Demo staff users of the demo tenant: one per role.

Passwords come from `OMNICHAT_DEMO_<ROLE>_PASSWORD` when set; otherwise a random one is generated,
returned once (the seed command prints it) and only its hash is stored.
"""

from __future__ import annotations

import os
import secrets

from sqlalchemy.orm import Session

from gateway.db.models import Tenant
from gateway.staff.service import create_user, find_user

DEMO_STAFF: tuple[tuple[str, str, str], ...] = (
    ("admin", "admin", "Administradora Demo"),
    ("supervisora", "supervisor", "Supervisora Demo"),
    ("agente", "agent", "Agente Demo"),
)


def demo_password_env(role: str) -> str:
    """The environment variable holding the demo password of `role`."""
    return f"OMNICHAT_DEMO_{role.upper()}_PASSWORD"


def seed_demo_staff(session: Session, tenant: Tenant) -> dict[str, str | None]:
    """Create the missing demo users; returns {username: generated password, or None when it
    came from the environment} for the ones created now."""
    created: dict[str, str | None] = {}
    for username, role, name in DEMO_STAFF:
        if find_user(session, tenant.id, username) is not None:
            continue
        chosen = os.environ.get(demo_password_env(role))
        password = chosen or secrets.token_urlsafe(12)
        create_user(session, tenant, username, password, role, actor="seed", display_name=name)
        created[username] = None if chosen else password
    return created
