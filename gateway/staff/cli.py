"""`python -m gateway.cli staff ...` and `create-admin`: manage dashboard users from a shell."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from gateway.core.config import Settings
from gateway.db.migrate import run_migrations
from gateway.db.models import StaffUser
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.staff.passwords import WeakPassword
from gateway.staff.service import (
    ROLES,
    StaffError,
    change_role,
    create_user,
    enable_totp,
    find_user,
    tenant_by_slug,
)

PASSWORD_ENV = "OMNICHAT_STAFF_PASSWORD"
staff_app = typer.Typer(help="Dashboard staff users (admin, supervisor, agent).")

TenantArg = Annotated[str, typer.Argument(help="Tenant slug, e.g. demo-isp.")]
UsernameArg = Annotated[str, typer.Argument(help="Login name (lower-case).")]


@contextmanager
def _staff_session() -> Iterator[Session]:
    settings = Settings()
    run_migrations(settings.database_url)
    engine = create_db_engine(settings.database_url)
    try:
        with session_scope(create_session_factory(engine)) as session:
            yield session
    finally:
        engine.dispose()


def _create(tenant_slug: str, username: str, role: str, name: str) -> None:
    password = os.environ.get(PASSWORD_ENV)
    generated = password is None
    password = password or secrets.token_urlsafe(12)
    with _staff_session() as session:
        tenant = tenant_by_slug(session, tenant_slug)
        if tenant is None:
            raise typer.BadParameter(f"tenant {tenant_slug!r} not found")
        try:
            create_user(session, tenant, username, password, role, actor="cli", display_name=name)
        except (StaffError, WeakPassword) as exc:
            raise typer.BadParameter(str(exc)) from exc
    typer.echo(f"{role} {username!r} created in {tenant_slug}")
    if generated:
        typer.echo(f"password (shown once; set {PASSWORD_ENV} to choose it): {password}")


def create_admin(
    tenant_slug: TenantArg,
    username: Annotated[str, typer.Option(help="Login name (lower-case).")] = "admin",
    name: Annotated[str, typer.Option(help="Display name.")] = "",
) -> None:
    """Create a tenant's first admin (password from OMNICHAT_STAFF_PASSWORD or printed once)."""
    _create(tenant_slug, username, "admin", name)


@staff_app.command("create")
def create_command(
    tenant_slug: TenantArg,
    username: UsernameArg,
    role: Annotated[str, typer.Option(help=f"One of {', '.join(ROLES)}.")] = "agent",
    name: Annotated[str, typer.Option(help="Display name.")] = "",
) -> None:
    """Create a staff user (password from OMNICHAT_STAFF_PASSWORD or printed once)."""
    _create(tenant_slug, username, role, name)


@staff_app.command("set-role")
def set_role_command(tenant_slug: TenantArg, username: UsernameArg, role: str) -> None:
    """Change a user's role (audited; their open sessions end)."""
    with _staff_session() as session:
        user = _user(session, tenant_slug, username)
        try:
            change_role(session, user, role, actor="cli")
        except StaffError as exc:
            raise typer.BadParameter(str(exc)) from exc
    typer.echo(f"{username!r} is now {role}")


@staff_app.command("enable-2fa")
def enable_2fa_command(tenant_slug: TenantArg, username: UsernameArg) -> None:
    """Turn on TOTP for a user and print the otpauth:// URI for their authenticator app."""
    with _staff_session() as session:
        uri = enable_totp(session, _user(session, tenant_slug, username), actor="cli")
    typer.echo(f"2FA on for {username!r}; add this to the authenticator app: {uri}")


def _user(session: Session, tenant_slug: str, username: str) -> StaffUser:
    tenant = tenant_by_slug(session, tenant_slug)
    user = find_user(session, tenant.id, username) if tenant else None
    if user is None:
        raise typer.BadParameter(f"user {username!r} not found in {tenant_slug!r}")
    return user
