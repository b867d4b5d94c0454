"""The CLI (migrate, seed-demo, create-tenant) and the demo data."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from gateway.cli import app
from gateway.core.security import hash_api_key
from gateway.db.models import ApiKey, Customer, Invoice, Outage, Tenant, VisitSlot
from gateway.db.session import create_db_engine, create_session_factory


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("OMNICHAT_DEMO_API_KEY", raising=False)
    return url


def test_seed_demo_honours_the_key_and_is_idempotent(cli_env: str, monkeypatch) -> None:
    monkeypatch.setenv("OMNICHAT_DEMO_API_KEY", "demo-key-for-checks-123")
    runner = CliRunner()
    first = runner.invoke(app, ["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "demo API key: demo-key-for-checks-123" in first.output
    assert "curl -s -X POST http://127.0.0.1:8000/api/v1/conversations/message" in first.output
    second = runner.invoke(app, ["seed-demo"])
    assert second.exit_code == 0, second.output
    engine = create_db_engine(cli_env)
    with create_session_factory(engine)() as session:
        assert session.query(Tenant).count() == 1
        assert {c.tier for c in session.query(Customer)} == {"basic", "premium", "business"}
        invoices = session.query(Invoice).all()
        assert all(i.pix_code and i.due_date for i in invoices)
        assert session.query(Outage).filter(Outage.ended_at.is_(None)).count() == 1
        assert session.query(VisitSlot).count() > 0
        keys = session.query(ApiKey).all()
        assert [k.key_hash for k in keys] == [hash_api_key("demo-key-for-checks-123")]
    engine.dispose()


def test_seed_without_env_key_prints_a_fresh_random_key(cli_env: str) -> None:
    result = CliRunner().invoke(app, ["seed-demo"])
    assert result.exit_code == 0, result.output
    key = result.output.split("demo API key: ")[1].split()[0]
    assert key.startswith("ock_") and len(key) > 40


def test_create_tenant_and_duplicate(cli_env: str) -> None:
    runner = CliRunner()
    created = runner.invoke(app, ["create-tenant", "fibra-norte", "--name", "Fibra Norte"])
    assert created.exit_code == 0, created.output
    assert "API key (shown once): ock_" in created.output
    duplicate = runner.invoke(app, ["create-tenant", "fibra-norte"])
    assert duplicate.exit_code != 0
    assert "already exists" in duplicate.output
    invalid = runner.invoke(app, ["create-tenant", "Bad Slug!"])
    assert invalid.exit_code != 0


def test_migrate_command(cli_env: str) -> None:
    result = CliRunner().invoke(app, ["migrate"])
    assert result.exit_code == 0 and "database migrated" in result.output


def test_served_logs_keep_our_info_lines_and_drop_httpx_request_lines() -> None:
    import logging

    from gateway.cli import configure_logging

    loggers = [logging.getLogger(name) for name in ("root", "httpx", "httpcore")]
    saved = [logger.level for logger in loggers]
    try:
        configure_logging()
        # One INFO line per model-server call and webhook attempt is noise; failures still show.
        assert not logging.getLogger("httpx").isEnabledFor(logging.INFO)
        assert logging.getLogger("httpx").isEnabledFor(logging.WARNING)
        assert not logging.getLogger("httpcore").isEnabledFor(logging.INFO)
        assert logging.getLogger("gateway.flow").isEnabledFor(logging.INFO)
    finally:
        for logger, level in zip(loggers, saved, strict=True):
            logger.setLevel(level)
