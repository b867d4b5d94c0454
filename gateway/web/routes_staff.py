"""Team page (admins): the tenant's staff users, new users, role changes and 2FA."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from gateway.api.deps import SessionDep
from gateway.db.models import StaffUser, utcnow
from gateway.staff.passwords import WeakPassword
from gateway.staff.service import (
    ROLES,
    StaffError,
    change_role,
    create_user,
    enable_totp,
    reset_password,
    set_active,
)
from gateway.web.session import AdminDep, CsrfField, check_csrf
from gateway.web.templating import render

router = APIRouter(prefix="/staff")


def _change_user(
    session: SessionDep,
    staff: AdminDep,
    user_id: str,
    change: Callable[[StaffUser], object],
    done: Callable[[StaffUser], str],
    refused: tuple[type[Exception], ...] = (StaffError,),
) -> RedirectResponse:
    """One admin change to one of the tenant's users: applied and committed, or refused with the
    reason on the page (and nothing half-written)."""
    user = _own_user(session, staff.tenant.id, user_id)
    if user is None:
        return _back(erro="Usuário não encontrado.")
    try:
        change(user)
    except refused as exc:
        session.rollback()
        return _back(erro=str(exc))
    session.commit()
    return _back(ok=done(user))


def _back(**message: str) -> RedirectResponse:
    return RedirectResponse(f"/dashboard/staff?{urlencode(message)}", status.HTTP_303_SEE_OTHER)


@router.get("", response_class=HTMLResponse)
def staff_page(
    request: Request,
    staff: AdminDep,
    session: SessionDep,
    ok: str | None = None,
    erro: str | None = None,
) -> HTMLResponse:
    """The tenant's users."""
    users = session.scalars(
        select(StaffUser).where(StaffUser.tenant_id == staff.tenant.id).order_by(StaffUser.username)
    ).all()
    return render(
        request,
        "staff.html",
        {
            "staff": staff,
            "page": "staff",
            "users": users,
            "roles": ROLES,
            "now": utcnow(),
            "ok": ok,
            "error": erro,
        },
    )


@router.post("")
def create_staff(
    staff: AdminDep,
    session: SessionDep,
    csrf_token: CsrfField,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=256)],
    role: Annotated[str, Form(max_length=16)],
    display_name: Annotated[str, Form(max_length=200)] = "",
) -> RedirectResponse:
    """Add a user to the admin's tenant."""
    check_csrf(staff, csrf_token)
    try:
        create_user(
            session, staff.tenant, username, password, role, staff.user.username, display_name
        )
    except (StaffError, WeakPassword) as exc:
        session.rollback()
        return _back(erro=str(exc))
    session.commit()
    return _back(ok=f"Usuário {username.strip().lower()} criado.")


def _own_user(session: SessionDep, tenant_id: str, user_id: str) -> StaffUser | None:
    user = session.get(StaffUser, user_id)
    return user if user is not None and user.tenant_id == tenant_id else None


@router.post("/{user_id}/role")
def set_role(
    user_id: str,
    staff: AdminDep,
    session: SessionDep,
    csrf_token: CsrfField,
    role: Annotated[str, Form(max_length=16)],
) -> RedirectResponse:
    """Change a user's role (audited; their sessions end)."""
    check_csrf(staff, csrf_token)
    return _change_user(
        session,
        staff,
        user_id,
        lambda user: change_role(session, user, role, staff.user.username),
        lambda user: f"Papel de {user.username} alterado.",
    )


@router.post("/{user_id}/active")
def set_user_active(
    user_id: str,
    staff: AdminDep,
    session: SessionDep,
    csrf_token: CsrfField,
    active: Annotated[bool, Form()] = False,
) -> RedirectResponse:
    """Deactivate or reactivate a user (audited; a deactivated user's sessions end)."""
    check_csrf(staff, csrf_token)
    return _change_user(
        session,
        staff,
        user_id,
        lambda user: set_active(session, user, active, staff.user.username),
        lambda user: f"{user.username} {'reativado' if active else 'desativado'}.",
    )


@router.post("/{user_id}/password")
def set_password(
    user_id: str,
    staff: AdminDep,
    session: SessionDep,
    csrf_token: CsrfField,
    password: Annotated[str, Form(max_length=256)],
) -> RedirectResponse:
    """Give a user a new password (audited; unlocks the account, ends their sessions)."""
    check_csrf(staff, csrf_token)
    return _change_user(
        session,
        staff,
        user_id,
        lambda user: reset_password(session, user, password, staff.user.username),
        lambda user: f"Senha de {user.username} redefinida.",
        refused=(WeakPassword,),
    )


@router.post("/{user_id}/2fa", response_class=HTMLResponse, response_model=None)
def turn_on_2fa(
    request: Request, user_id: str, staff: AdminDep, session: SessionDep, csrf_token: CsrfField
) -> HTMLResponse | RedirectResponse:
    """Give a user a TOTP secret and show the otpauth:// link once."""
    check_csrf(staff, csrf_token)
    user = _own_user(session, staff.tenant.id, user_id)
    if user is None:
        return _back(erro="Usuário não encontrado.")
    uri = enable_totp(session, user, staff.user.username)
    session.commit()
    return render(request, "totp.html", {"staff": staff, "page": "staff", "user": user, "uri": uri})
