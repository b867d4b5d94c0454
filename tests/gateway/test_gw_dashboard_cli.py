"""Staff users from the command line: demo seed, create-admin, set-role, enable-2fa."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from gateway.cli import app
from gateway.db.models import AuditLog, StaffUser
from gateway.db.session import create_db_engine, create_session_factory
from gateway.staff.passwords import verify_password


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    for name in ("OMNICHAT_DEMO_API_KEY", "OMNICHAT_STAFF_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for role in ("ADMIN", "SUPERVISOR", "AGENT"):
        monkeypatch.delenv(f"OMNICHAT_DEMO_{role}_PASSWORD", raising=False)
    return url


def _users(url: str) -> dict[str, StaffUser]:
    engine = create_db_engine(url)
    with create_session_factory(engine)() as session:
        users = {u.username: u for u in session.scalars(select(StaffUser))}
    engine.dispose()
    return users


def _audit_events(url: str) -> list[str]:
    engine = create_db_engine(url)
    with create_session_factory(engine)() as session:
        events = list(session.scalars(select(AuditLog.event).order_by(AuditLog.id)))
    engine.dispose()
    return events


def test_seed_demo_prints_each_demo_password_once(cli_env: str, monkeypatch) -> None:
    monkeypatch.setenv("OMNICHAT_DEMO_AGENT_PASSWORD", "agente-demo-senha-1")
    first = CliRunner().invoke(app, ["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "dashboard user 'agente' created, password from the env" in first.output
    assert "agente-demo-senha-1" not in first.output
    printed = dict(
        line.split("dashboard user '")[1].split("' created, password (shown once): ")
        for line in first.output.splitlines()
        if "shown once" in line
    )
    assert set(printed) == {"admin", "supervisora"}
    printed["agente"] = "agente-demo-senha-1"
    users = _users(cli_env)
    assert {u.role for u in users.values()} == {"admin", "supervisor", "agent"}
    for name, password in printed.items():
        assert verify_password(users[name].password_hash, password)
        assert password not in users[name].password_hash
    second = CliRunner().invoke(app, ["seed-demo"])
    assert second.exit_code == 0 and "dashboard user" not in second.output


def test_create_admin_set_role_and_2fa(cli_env: str, monkeypatch) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["create-tenant", "fibra-norte"]).exit_code == 0
    created = runner.invoke(app, ["create-admin", "fibra-norte", "--username", "maria"])
    assert created.exit_code == 0, created.output
    password = created.output.split("password (shown once; set OMNICHAT_STAFF_PASSWORD")[1]
    password = password.split(": ", 1)[1].strip()
    assert verify_password(_users(cli_env)["maria"].password_hash, password)

    monkeypatch.setenv("OMNICHAT_STAFF_PASSWORD", "joao-senha-forte-1")
    agent = runner.invoke(app, ["staff", "create", "fibra-norte", "joao", "--role", "agent"])
    assert agent.exit_code == 0 and "shown once" not in agent.output
    assert verify_password(_users(cli_env)["joao"].password_hash, "joao-senha-forte-1")
    duplicate = runner.invoke(app, ["staff", "create", "fibra-norte", "joao"])
    assert duplicate.exit_code != 0 and "já existe" in duplicate.output
    monkeypatch.setenv("OMNICHAT_STAFF_PASSWORD", "curta")
    weak = runner.invoke(app, ["staff", "create", "fibra-norte", "ana"])
    assert weak.exit_code != 0 and "10 caracteres" in weak.output
    unknown = runner.invoke(app, ["create-admin", "nao-existe"])
    assert unknown.exit_code != 0 and "not found" in unknown.output

    promoted = runner.invoke(app, ["staff", "set-role", "fibra-norte", "joao", "supervisor"])
    assert promoted.exit_code == 0, promoted.output
    bad_role = runner.invoke(app, ["staff", "set-role", "fibra-norte", "joao", "chefe"])
    assert bad_role.exit_code != 0 and "papel desconhecido" in bad_role.output
    totp = runner.invoke(app, ["staff", "enable-2fa", "fibra-norte", "joao"])
    assert totp.exit_code == 0 and "otpauth://totp/" in totp.output
    joao = _users(cli_env)["joao"]
    assert joao.role == "supervisor" and joao.totp_secret and joao.token_version == 2
    events = _audit_events(cli_env)
    assert events.count("staff_created") == 2
    assert events[-2:] == ["staff_role_changed", "staff_totp_enabled"]
