"""Who is logged in: the session cookie, its checks, role guards and the CSRF token of forms.

The token says who the user is; the database says whether they still may act: the user must exist,
be active, belong to the token's tenant and carry the token's `token_version` (logout and role
changes bump it). Roles are read from the database, so a demotion applies at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Final

from fastapi import Depends, Form, Request, Response

from gateway.api.deps import SessionDep, SettingsDep
from gateway.db.models import StaffUser, Tenant
from gateway.staff.tokens import InvalidSession, issue_token, read_token

COOKIE_NAME = "omnichat_session"
COOKIE_PATH = "/dashboard"


# Why a login is needed; the login page shows the message of a code (never text from the URL).
LOGIN_REASONS: Final = {
    "login": "Faça login para continuar.",
    "expirada": "Sua sessão expirou ou é inválida; entre novamente.",
    "encerrada": "Sua sessão foi encerrada; entre novamente.",
}


class LoginRequired(Exception):
    """No valid session: pages redirect to the login form, data endpoints answer 401."""

    def __init__(self, code: str) -> None:
        super().__init__(LOGIN_REASONS[code])
        self.code = code
        self.reason = LOGIN_REASONS[code]


class StaffForbidden(Exception):
    """A logged-in user tried something their role or the form's CSRF token does not allow."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Staff:
    """The logged-in user, their tenant and the CSRF token their forms must echo."""

    user: StaffUser
    tenant: Tenant
    csrf: str

    @property
    def role(self) -> str:
        """admin, supervisor or agent."""
        return self.user.role


def signing_secret(request: Request) -> str:
    """The app's token signing secret (set by `mount_dashboard`)."""
    return request.app.state.dashboard_secret


def set_session_cookie(
    response: Response, request: Request, user: StaffUser, ttl: timedelta, secure: bool
) -> None:
    """Issue a token for `user` and store it in an HttpOnly, SameSite=Strict cookie."""
    token = issue_token(
        signing_secret(request), user.id, user.tenant_id, user.role, user.token_version, ttl
    )
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(ttl.total_seconds()),
        path=COOKIE_PATH,
        httponly=True,
        secure=secure,
        samesite="strict",
    )


def clear_session_cookie(response: Response) -> None:
    """Drop the session cookie."""
    response.delete_cookie(COOKIE_NAME, path=COOKIE_PATH)


def current_staff(request: Request, session: SessionDep) -> Staff:
    """The logged-in staff member; raises LoginRequired when the cookie is missing or stale."""
    token = request.cookies.get(COOKIE_NAME)
    if not token:
        raise LoginRequired("login")
    try:
        claims = read_token(signing_secret(request), token)
    except InvalidSession as exc:
        raise LoginRequired("expirada") from exc
    user = session.get(StaffUser, claims.user_id)
    if (
        user is None
        or user.tenant_id != claims.tenant_id
        or not user.active
        or user.token_version != claims.token_version
    ):
        raise LoginRequired("encerrada")
    tenant = session.get(Tenant, user.tenant_id)
    if tenant is None:
        raise LoginRequired("encerrada")
    return Staff(user=user, tenant=tenant, csrf=claims.csrf)


StaffDep = Annotated[Staff, Depends(current_staff)]


def require_roles(*roles: str) -> Callable[[Staff], Staff]:
    """A dependency admitting only users whose role is in `roles`."""

    def guard(staff: StaffDep) -> Staff:
        if staff.role not in roles:
            raise StaffForbidden("seu papel não permite acessar esta página")
        return staff

    return guard


SupervisorDep = Annotated[Staff, Depends(require_roles("admin", "supervisor"))]
AdminDep = Annotated[Staff, Depends(require_roles("admin"))]


def check_csrf(staff: Staff, token: str) -> None:
    """Refuse a form whose CSRF token is not the one of the session that rendered it."""
    if not secrets.compare_digest(staff.csrf.encode(), token.encode()):
        raise StaffForbidden("formulário expirado ou de outra origem; recarregue a página")


CsrfField = Annotated[str, Form(max_length=200)]


def session_ttl(settings: SettingsDep) -> timedelta:
    """How long a login lasts."""
    return timedelta(minutes=settings.dashboard_session_minutes)
