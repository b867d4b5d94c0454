"""Login, logout and the dashboard's landing redirect."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from gateway.api.deps import CacheDep, SessionDep, SettingsDep
from gateway.core.cache import Cache
from gateway.staff.service import LockoutPolicy, authenticate, logout
from gateway.web.session import (
    LOGIN_REASONS,
    CsrfField,
    StaffDep,
    check_csrf,
    clear_session_cookie,
    set_session_cookie,
)
from gateway.web.templating import render

router = APIRouter()

FAILURE_MESSAGES = {
    "unknown_tenant": "Provedor, usuário ou senha incorretos.",
    "bad_credentials": "Provedor, usuário ou senha incorretos.",
    "totp_required": "Informe o código de verificação do seu aplicativo autenticador.",
    "bad_totp": "Código de verificação incorreto.",
    "locked": "Conta bloqueada temporariamente após várias tentativas. Tente mais tarde.",
    "inactive": "Usuário desativado. Fale com o administrador.",
}
# 423 Locked tells scripts the account is locked rather than the password wrong.
FAILURE_STATUS = {"locked": status.HTTP_423_LOCKED}


def home_for(role: str) -> str:
    """Where a user lands after login: agents on the desk, the others on the overview."""
    return "/dashboard/desk" if role == "agent" else "/dashboard/overview"


def _safe_next(target: str | None) -> str | None:
    # Only our own pages: an open redirect would let a phishing link bounce through the login.
    if target and target.startswith("/dashboard/") and "//" not in target and "\\" not in target:
        return target
    return None


def _too_many_attempts(request: Request, cache: Cache, per_minute: int) -> bool:
    # Per client address, across accounts (the lockout is per account): slows password spraying.
    # Counted in the shared cache (Redis when configured), like the API's rate limit.
    client = request.client.host if request.client else "unknown"
    count = cache.incr(f"login:{client}:{int(time.time() // 60)}", ttl_s=120)
    return count > per_minute


@router.get("/login", response_class=HTMLResponse, name="dashboard_login")
def login_page(
    request: Request, next: str | None = None, motivo: str | None = None
) -> HTMLResponse:
    """The login form."""
    return render(
        request,
        "login.html",
        {
            "next": _safe_next(next),
            "error": LOGIN_REASONS.get(motivo or ""),
            "form": {},
            "totp": False,
        },
    )


@router.post("/login", response_class=HTMLResponse, response_model=None)
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    cache: CacheDep,
    tenant: Annotated[str, Form(min_length=1, max_length=64)],
    username: Annotated[str, Form(min_length=1, max_length=64)],
    password: Annotated[str, Form(min_length=1, max_length=256)],
    totp_code: Annotated[str, Form(max_length=12)] = "",
    next: Annotated[str, Form(max_length=300)] = "",
) -> HTMLResponse | RedirectResponse:
    """Check the credentials (and TOTP code); set the session cookie or show why not."""
    if _too_many_attempts(request, cache, settings.login_attempts_per_ip_per_minute):
        return render(
            request,
            "login.html",
            {
                "next": _safe_next(next),
                "error": "Muitas tentativas deste endereço. Aguarde um minuto.",
                "form": {"tenant": tenant, "username": username},
                "totp": False,
            },
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        )
    policy = LockoutPolicy(
        max_failures=settings.login_max_failures,
        lockout=timedelta(minutes=settings.login_lockout_minutes),
    )
    result = authenticate(session, tenant, username, password, totp_code or None, policy)
    session.commit()
    if result.user is None:
        failure = result.failure or "bad_credentials"
        return render(
            request,
            "login.html",
            {
                "next": _safe_next(next),
                "error": FAILURE_MESSAGES[failure],
                "form": {"tenant": tenant, "username": username},
                "totp": failure in ("totp_required", "bad_totp"),
            },
            status_code=FAILURE_STATUS.get(failure, status.HTTP_401_UNAUTHORIZED),
        )
    response = RedirectResponse(
        _safe_next(next) or home_for(result.user.role), status.HTTP_303_SEE_OTHER
    )
    ttl = timedelta(minutes=settings.dashboard_session_minutes)
    set_session_cookie(response, request, result.user, ttl, settings.dashboard_secure_cookie)
    return response


@router.post("/logout")
def logout_action(staff: StaffDep, session: SessionDep, csrf_token: CsrfField) -> RedirectResponse:
    """End every session of the user and drop the cookie."""
    check_csrf(staff, csrf_token)
    logout(session, staff.user)
    session.commit()
    response = RedirectResponse("/dashboard/login", status.HTTP_303_SEE_OTHER)
    clear_session_cookie(response)
    return response


@router.get("", include_in_schema=False)
@router.get("/", include_in_schema=False)
def landing(staff: StaffDep) -> RedirectResponse:
    """The user's home page."""
    return RedirectResponse(home_for(staff.role), status.HTTP_303_SEE_OTHER)
