"""Staff login through the dashboard: passwords, session tokens, 2FA, lockout, roles, tenants."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import jwt
import pyotp
import pytest
from gw_app import Gateway, running_gateway
from gw_dashboard import (
    PASSWORD,
    SECRET,
    TENANT_A,
    TENANT_B,
    add_staff,
    csrf_of,
    login,
)
from sqlalchemy import select

from gateway.db.models import AuditLog, StaffUser, utcnow
from gateway.db.session import session_scope
from gateway.staff.passwords import WeakPassword, hash_password, verify_password
from gateway.staff.tokens import InvalidSession, issue_token, read_token
from gateway.web.session import COOKIE_NAME

HTML = {"accept": "text/html"}


@pytest.fixture
def gw(sqlite_url: str) -> Iterator[Gateway]:
    with running_gateway(sqlite_url, dashboard_secret_key=SECRET, login_max_failures=3) as gateway:
        yield gateway


def _audit(gw: Gateway, event: str) -> list[AuditLog]:
    with session_scope(gw.app.state.session_factory) as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.event == event)))


def test_password_hashes_are_salted_argon2id_and_policy_is_enforced() -> None:
    first, second = hash_password("correct horse 1"), hash_password("correct horse 1")
    assert first.startswith("$argon2id$") and first != second
    assert verify_password(first, "correct horse 1")
    assert not verify_password(first, "correct horse 2")
    assert not verify_password(None, "correct horse 1")
    with pytest.raises(WeakPassword):
        hash_password("curta")
    with pytest.raises(WeakPassword):
        hash_password("aaaaaaaaaaaa")


def test_tokens_are_signed_and_expire() -> None:
    token = issue_token(SECRET, "u1", "t1", "agent", 0, timedelta(minutes=5))
    claims = read_token(SECRET, token)
    assert (claims.user_id, claims.tenant_id, claims.role) == ("u1", "t1", "agent")
    with pytest.raises(InvalidSession):
        read_token("another-secret-0123456789abcdefghij", token)
    expired = issue_token(
        SECRET, "u1", "t1", "agent", 0, timedelta(minutes=5), now=utcnow() - timedelta(hours=1)
    )
    with pytest.raises(InvalidSession, match="expired"):
        read_token(SECRET, expired)
    unsigned = jwt.encode({"sub": "u1"}, key=None, algorithm="none")  # type: ignore[arg-type]
    with pytest.raises(InvalidSession):
        read_token(SECRET, unsigned)


def test_login_sets_an_httponly_cookie_and_audits_it(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "ana", "agent")
    response = login(gw.client, TENANT_A, "ana")
    assert response.status_code == 303
    assert response.headers["location"] == "/dashboard/desk"  # agents land on the desk
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE_NAME}=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/dashboard" in cookie
    assert gw.client.get("/dashboard/desk").status_code == 200
    [entry] = _audit(gw, "login_succeeded")
    assert entry.actor == "ana" and entry.details == {"username": "ana"}


def test_wrong_password_unknown_user_and_unknown_tenant_are_refused_alike(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "ana", "agent")
    for tenant, user, password in (
        (TENANT_A, "ana", "senha-errada-123"),
        (TENANT_A, "ninguem", PASSWORD),
        ("provedor-inexistente", "ana", PASSWORD),
    ):
        response = login(gw.client, tenant, user, password)
        assert response.status_code == 401
        assert "Provedor, usuário ou senha incorretos." in response.text
        assert COOKIE_NAME not in response.headers.get("set-cookie", "")
    assert gw.client.get("/dashboard/desk", headers=HTML, follow_redirects=False).status_code == 303
    assert gw.client.get("/dashboard/desk").status_code == 401  # non-browser callers get a 401
    reasons = [e.details.get("reason") for e in _audit(gw, "login_failed")]
    assert reasons == ["bad_credentials", "bad_credentials"]  # no tenant to log the third under


def test_account_locks_after_repeated_failures_even_for_the_right_password(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "ana", "agent")
    codes = [login(gw.client, TENANT_A, "ana", "senha-errada-123").status_code for _ in range(3)]
    assert codes == [401, 401, 423]  # login_max_failures=3 in this fixture
    locked = login(gw.client, TENANT_A, "ana")
    assert locked.status_code == 423 and "bloqueada" in locked.text
    with session_scope(gw.app.state.session_factory) as session:
        user = session.scalar(select(StaffUser).where(StaffUser.username == "ana"))
        assert user.locked_until is not None and user.locked_until > utcnow()
        user.locked_until = utcnow() - timedelta(seconds=1)  # the lockout period is over
    assert login(gw.client, TENANT_A, "ana").status_code == 303


def test_totp_is_required_when_enabled(gw: Gateway) -> None:
    from gateway.staff.service import enable_totp

    ref = add_staff(gw, TENANT_A, "ana", "supervisor")
    with session_scope(gw.app.state.session_factory) as session:
        uri = enable_totp(session, session.get(StaffUser, ref.id), actor="test")
    secret = pyotp.parse_uri(uri).secret
    missing = login(gw.client, TENANT_A, "ana")
    assert missing.status_code == 401 and "código de verificação" in missing.text
    wrong_code = str((int(pyotp.TOTP(secret).now()) + 500_000) % 1_000_000).zfill(6)
    assert login(gw.client, TENANT_A, "ana", totp_code=wrong_code).status_code == 401
    ok = login(gw.client, TENANT_A, "ana", totp_code=pyotp.TOTP(secret).now())
    assert ok.status_code == 303 and ok.headers["location"] == "/dashboard/overview"
    reasons = [e.details.get("reason") for e in _audit(gw, "login_failed")]
    assert reasons == ["totp_required", "bad_totp"]


def test_expired_or_forged_cookie_sends_pages_to_login_and_data_to_401(gw: Gateway) -> None:
    ref = add_staff(gw, TENANT_A, "sara", "supervisor")
    expired = issue_token(
        SECRET,
        ref.id,
        _tenant_id(gw, TENANT_A),
        "supervisor",
        0,
        timedelta(minutes=5),
        now=utcnow() - timedelta(hours=1),
    )
    gw.client.cookies.set(COOKIE_NAME, expired, path="/dashboard")
    page = gw.client.get("/dashboard/overview", headers=HTML, follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"].startswith("/dashboard/login?next=%2Fdashboard%2Foverview")
    assert page.headers["location"].endswith("&motivo=expirada")
    assert "Sua sessão expirou" in gw.client.get(page.headers["location"]).text
    spoofed = gw.client.get("/dashboard/login?motivo=Ligue+para+0800+e+informe+a+senha").text
    assert "0800" not in spoofed  # only known reason codes are shown
    assert gw.client.get("/dashboard/overview/data").status_code == 401
    forged = issue_token(
        "not-the-secret-0123456789abcdefghij",
        ref.id,
        _tenant_id(gw, TENANT_A),
        "admin",
        0,
        timedelta(minutes=5),
    )
    gw.client.cookies.set(COOKIE_NAME, forged, path="/dashboard")
    assert gw.client.get("/dashboard/overview/data").status_code == 401


def _tenant_id(gw: Gateway, slug: str) -> str:
    from gateway.db.models import Tenant

    with session_scope(gw.app.state.session_factory) as session:
        return session.scalar(select(Tenant.id).where(Tenant.slug == slug))


def test_token_naming_another_tenant_is_refused(gw: Gateway) -> None:
    ref = add_staff(gw, TENANT_B, "bia", "admin")
    # A validly signed token whose tenant claim was swapped to tenant A.
    token = issue_token(SECRET, ref.id, _tenant_id(gw, TENANT_A), "admin", 0, timedelta(minutes=5))
    gw.client.cookies.set(COOKIE_NAME, token, path="/dashboard")
    assert gw.client.get("/dashboard/overview/data").status_code == 401


def test_roles_guard_pages_and_actions(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "ana", "agent")
    login(gw.client, TENANT_A, "ana")
    assert gw.client.get("/dashboard/desk").status_code == 200
    for page in ("/dashboard/overview", "/dashboard/model", "/dashboard/staff"):
        response = gw.client.get(page, headers=HTML)
        assert response.status_code == 403, page
        assert "seu papel não permite" in response.text
    assert gw.client.get("/dashboard/export/conversations.csv").status_code == 403
    csrf = csrf_of(gw.client)
    refused = gw.client.post(
        "/dashboard/model/rollback", data={"csrf_token": csrf, "confirm": "sim"}
    )
    assert refused.status_code == 403


def test_role_change_is_audited_and_ends_the_users_sessions(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "chefe", "admin")
    target = add_staff(gw, TENANT_A, "ana", "agent")
    other = gw.client.__class__(gw.app)  # ana's own browser
    assert login(other, TENANT_A, "ana").status_code == 303
    login(gw.client, TENANT_A, "chefe")
    csrf = csrf_of(gw.client, "/dashboard/staff")
    response = gw.client.post(
        f"/dashboard/staff/{target.id}/role",
        data={"csrf_token": csrf, "role": "supervisor"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and "ok=" in response.headers["location"]
    [entry] = _audit(gw, "staff_role_changed")
    assert entry.actor == "chefe"
    assert entry.details == {"username": "ana", "from": "agent", "to": "supervisor"}
    assert other.get("/dashboard/desk").status_code == 401  # logged out
    assert login(other, TENANT_A, "ana").headers["location"] == "/dashboard/overview"


def test_forms_without_the_sessions_csrf_token_are_refused(gw: Gateway) -> None:
    target = add_staff(gw, TENANT_A, "ana", "agent")
    add_staff(gw, TENANT_A, "chefe", "admin")
    login(gw.client, TENANT_A, "chefe")
    response = gw.client.post(
        f"/dashboard/staff/{target.id}/role", data={"csrf_token": "forjado", "role": "admin"}
    )
    assert response.status_code == 403
    assert _audit(gw, "staff_role_changed") == []


def test_admin_cannot_touch_another_tenants_users(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "chefe", "admin")
    foreign = add_staff(gw, TENANT_B, "bia", "agent")
    login(gw.client, TENANT_A, "chefe")
    csrf = csrf_of(gw.client, "/dashboard/staff")
    assert "bia" not in gw.client.get("/dashboard/staff").text
    response = gw.client.post(
        f"/dashboard/staff/{foreign.id}/role",
        data={"csrf_token": csrf, "role": "admin"},
        follow_redirects=False,
    )
    assert "erro=" in response.headers["location"]
    with session_scope(gw.app.state.session_factory) as session:
        assert session.get(StaffUser, foreign.id).role == "agent"


def test_the_last_admin_cannot_be_demoted(gw: Gateway) -> None:
    me = add_staff(gw, TENANT_A, "chefe", "admin")
    login(gw.client, TENANT_A, "chefe")
    csrf = csrf_of(gw.client, "/dashboard/staff")
    response = gw.client.post(
        f"/dashboard/staff/{me.id}/role",
        data={"csrf_token": csrf, "role": "agent"},
        follow_redirects=False,
    )
    assert "erro=" in response.headers["location"]
    assert _audit(gw, "staff_role_changed") == []


def test_logout_revokes_the_token(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "ana", "agent")
    login(gw.client, TENANT_A, "ana")
    token = gw.client.cookies.get(COOKIE_NAME)
    csrf = csrf_of(gw.client)
    assert gw.client.post("/dashboard/logout", data={"csrf_token": csrf}).status_code == 200
    gw.client.cookies.set(COOKIE_NAME, token, path="/dashboard")  # a copy of the old cookie
    assert gw.client.get("/dashboard/desk").status_code == 401


def test_admin_deactivates_reactivates_and_resets_a_password(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "chefe", "admin")
    target = add_staff(gw, TENANT_A, "ana", "agent")
    ana = gw.client.__class__(gw.app)
    login(ana, TENANT_A, "ana")
    for _ in range(3):  # locks ana's account (login_max_failures=3)
        login(gw.client, TENANT_A, "ana", "senha-errada-123")
    login(gw.client, TENANT_A, "chefe")
    csrf = csrf_of(gw.client, "/dashboard/staff")
    assert "bloqueio até" in gw.client.get("/dashboard/staff").text
    url = f"/dashboard/staff/{target.id}"
    gw.client.post(f"{url}/active", data={"csrf_token": csrf, "active": "false"})
    assert ana.get("/dashboard/desk").status_code == 401  # her session ended
    weak = gw.client.post(f"{url}/password", data={"csrf_token": csrf, "password": "curta"})
    assert "10 caracteres" in weak.text
    reset = gw.client.post(
        f"{url}/password", data={"csrf_token": csrf, "password": "nova-senha-da-ana-1"}
    )
    assert "Senha de ana redefinida." in reset.text
    refused = login(ana, TENANT_A, "ana", "nova-senha-da-ana-1")
    assert refused.status_code == 401 and "Usuário desativado" in refused.text
    gw.client.post(f"{url}/active", data={"csrf_token": csrf, "active": "true"})
    assert login(ana, TENANT_A, "ana", PASSWORD).status_code == 401  # the old password
    assert login(ana, TENANT_A, "ana", "nova-senha-da-ana-1").status_code == 303  # unlocked
    events = [e.event for e in _audit(gw, "staff_deactivated") + _audit(gw, "staff_activated")]
    assert events == ["staff_deactivated", "staff_activated"]
    [reset_entry] = _audit(gw, "staff_password_reset")
    assert reset_entry.actor == "chefe" and reset_entry.details == {"username": "ana"}


def test_the_last_admin_cannot_be_deactivated(gw: Gateway) -> None:
    me = add_staff(gw, TENANT_A, "chefe", "admin")
    login(gw.client, TENANT_A, "chefe")
    csrf = csrf_of(gw.client, "/dashboard/staff")
    response = gw.client.post(
        f"/dashboard/staff/{me.id}/active", data={"csrf_token": csrf, "active": "false"}
    )
    assert "último administrador" in response.text
    assert gw.client.get("/dashboard/staff").status_code == 200  # still logged in


def test_login_attempts_per_address_are_throttled_across_accounts(sqlite_url: str) -> None:
    with running_gateway(
        sqlite_url, dashboard_secret_key=SECRET, login_attempts_per_ip_per_minute=3
    ) as gw:
        add_staff(gw, TENANT_A, "ana", "agent")
        codes = [
            login(gw.client, TENANT_A, user, "senha-errada-123").status_code
            for user in ("ana", "bia", "caio")
        ]
        assert codes == [401, 401, 401]
        throttled = login(gw.client, TENANT_A, "ana")  # even the right password
        assert throttled.status_code == 429 and "Muitas tentativas" in throttled.text
        assert len(_audit(gw, "login_failed")) == 3  # the throttled attempt never reached auth
