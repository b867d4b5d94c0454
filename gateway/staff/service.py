"""Staff users: creation, login with lockout and optional TOTP, role changes, logout.

Every login attempt (success or failure) and every role change is written to the tenant's audit
log in the same transaction as the change it describes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db.models import StaffUser, Tenant, utcnow
from gateway.services import audit
from gateway.staff.passwords import hash_password, needs_rehash, verify_password

Role = Literal["admin", "supervisor", "agent"]
ROLES: Final[tuple[Role, ...]] = ("admin", "supervisor", "agent")
ROLE_LABELS: Final = {"admin": "Administrador", "supervisor": "Supervisor", "agent": "Agente"}
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

LoginFailure = Literal[
    "unknown_tenant", "bad_credentials", "locked", "totp_required", "bad_totp", "inactive"
]


class StaffError(ValueError):
    """A staff operation was refused (message in pt-BR, shown to the user)."""


@dataclass(frozen=True)
class LoginResult:
    """The user on success, otherwise the reason (never tells which of user/password was wrong)."""

    user: StaffUser | None
    failure: LoginFailure | None = None


def validate_username(username: str) -> str:
    """Lower-case `username`; letters, digits, '.', '_' and '-', 2 to 64 characters."""
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise StaffError("usuário inválido: use 2 a 64 letras minúsculas, dígitos, '.', '_' ou '-'")
    return username


def _role(role: str) -> Role:
    if role not in ROLES:
        raise StaffError(f"papel desconhecido {role!r}: use {', '.join(ROLES)}")
    return role  # type: ignore[return-value]


def tenant_by_slug(session: Session, slug: str) -> Tenant | None:
    """The tenant with this slug, or None."""
    return session.scalar(select(Tenant).where(Tenant.slug == slug.strip().lower()))


def find_user(session: Session, tenant_id: str, username: str) -> StaffUser | None:
    """The tenant's user with this username, or None."""
    return session.scalar(
        select(StaffUser).where(
            StaffUser.tenant_id == tenant_id, StaffUser.username == username.strip().lower()
        )
    )


def create_user(
    session: Session,
    tenant: Tenant,
    username: str,
    password: str,
    role: str,
    actor: str,
    display_name: str = "",
) -> StaffUser:
    """Add a staff user to `tenant` (the password is checked against the policy and hashed)."""
    username = validate_username(username)
    if find_user(session, tenant.id, username) is not None:
        raise StaffError(f"o usuário {username!r} já existe")
    user = StaffUser(
        tenant_id=tenant.id,
        username=username,
        display_name=display_name or username,
        role=_role(role),
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    audit.record(
        session, tenant.id, "staff_created", actor, "staff_user", user.id, {"role": user.role}
    )
    return user


def change_role(session: Session, user: StaffUser, role: str, actor: str) -> None:
    """Give `user` a new role and revoke their current sessions (audited)."""
    new_role = _role(role)
    if user.role == new_role:
        return
    if user.role == "admin" and _is_last_admin(session, user):
        raise StaffError("não é possível rebaixar o último administrador do provedor")
    audit.record(
        session,
        user.tenant_id,
        "staff_role_changed",
        actor,
        "staff_user",
        user.id,
        {"username": user.username, "from": user.role, "to": new_role},
    )
    user.role = new_role
    user.token_version += 1


def _is_last_admin(session: Session, user: StaffUser) -> bool:
    admins = session.scalars(
        select(StaffUser.id).where(
            StaffUser.tenant_id == user.tenant_id,
            StaffUser.role == "admin",
            StaffUser.active.is_(True),
        )
    ).all()
    return list(admins) == [user.id]


def set_active(session: Session, user: StaffUser, active: bool, actor: str) -> None:
    """Deactivate (sessions end, logins refused) or reactivate a user (audited)."""
    if user.active == active:
        return
    if not active and user.role == "admin" and _is_last_admin(session, user):
        raise StaffError("não é possível desativar o último administrador do provedor")
    user.active = active
    user.token_version += 1
    event = "staff_activated" if active else "staff_deactivated"
    audit.record(
        session, user.tenant_id, event, actor, "staff_user", user.id, {"username": user.username}
    )


def reset_password(session: Session, user: StaffUser, password: str, actor: str) -> None:
    """Set a new password chosen by an admin; unlocks the account and ends its sessions."""
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.token_version += 1
    audit.record(
        session,
        user.tenant_id,
        "staff_password_reset",
        actor,
        "staff_user",
        user.id,
        {"username": user.username},
    )


def enable_totp(session: Session, user: StaffUser, actor: str) -> str:
    """Give `user` a new TOTP secret; returns the otpauth:// URI to load in an authenticator."""
    user.totp_secret = pyotp.random_base32()
    user.token_version += 1
    audit.record(session, user.tenant_id, "staff_totp_enabled", actor, "staff_user", user.id)
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.username, issuer_name="omnichat")


def logout(session: Session, user: StaffUser) -> None:
    """End every session of `user` (their tokens carry the old token_version)."""
    user.token_version += 1
    audit.record(session, user.tenant_id, "staff_logout", user.username, "staff_user", user.id)


@dataclass(frozen=True)
class LockoutPolicy:
    """Consecutive failures allowed before the account is locked, and for how long."""

    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)


def authenticate(
    session: Session,
    tenant_slug: str,
    username: str,
    password: str,
    totp_code: str | None,
    policy: LockoutPolicy,
) -> LoginResult:
    """Check a login attempt; counts failures, locks the account and audits every attempt."""
    tenant = tenant_by_slug(session, tenant_slug)
    if tenant is None:
        verify_password(None, password)  # same cost as a real check
        return LoginResult(None, "unknown_tenant")
    user = find_user(session, tenant.id, username)
    now = utcnow()
    if user is None:
        verify_password(None, password)
        _audit_login(session, tenant.id, username, None, "login_failed", "bad_credentials")
        return LoginResult(None, "bad_credentials")
    if user.locked_until is not None and user.locked_until > now:
        _audit_login(session, tenant.id, username, user.id, "login_failed", "locked")
        return LoginResult(None, "locked")
    failure = _check_secrets(user, password, totp_code)
    if failure is None and not user.active:
        failure = "inactive"
    if failure is not None:
        if failure in ("bad_credentials", "bad_totp"):
            _count_failure(user, policy, now)
        locked = user.locked_until is not None and user.locked_until > now
        details = failure if not locked else f"{failure}; account locked"
        _audit_login(session, tenant.id, user.username, user.id, "login_failed", details)
        return LoginResult(None, "locked" if locked else failure)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    _audit_login(session, tenant.id, user.username, user.id, "login_succeeded", None)
    return LoginResult(user)


def _check_secrets(user: StaffUser, password: str, totp_code: str | None) -> LoginFailure | None:
    if not verify_password(user.password_hash, password):
        return "bad_credentials"
    if user.totp_secret is None:
        return None
    code = (totp_code or "").strip().replace(" ", "")
    if not code:
        return "totp_required"
    # valid_window=1 accepts the previous and next 30 s step (clock drift of phones).
    return None if pyotp.TOTP(user.totp_secret).verify(code, valid_window=1) else "bad_totp"


def _count_failure(user: StaffUser, policy: LockoutPolicy, now: datetime) -> None:
    user.failed_logins += 1
    if user.failed_logins >= policy.max_failures:
        user.locked_until = now + policy.lockout
        user.failed_logins = 0


def _audit_login(
    session: Session,
    tenant_id: str,
    username: str,
    user_id: str | None,
    event: str,
    reason: str | None,
) -> None:
    details = {"username": username} | ({"reason": reason} if reason else {})
    audit.record(session, tenant_id, event, username[:100], "staff_user", user_id or "", details)
