"""Gateway test fixtures: migrated databases (SQLite, real PostgreSQL), real Redis, an app
wired to the keyword model through the model-client dependency, and two seeded tenants.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from gw_app import Gateway, running_gateway
from gw_services import (
    POSTGRES_HOST,
    POSTGRES_PORT,
    REDIS_HOST,
    REDIS_PORT,
    REDIS_TEST_DB,
    require_service,
)
from sqlalchemy import text

from gateway.core.cache import RedisCache
from gateway.db.migrate import run_migrations
from gateway.db.models import Base


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating per test would be slow)."""
    path = tmp_path_factory.mktemp("gw-template") / "template.db"
    run_migrations(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh, migrated SQLite database for one test."""
    path = tmp_path / "gateway.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def postgres_session_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for the session, migrated, dropped at the end."""
    require_service("PostgreSQL", POSTGRES_HOST, POSTGRES_PORT)
    name = f"omnichat_gw_test_{uuid.uuid4().hex[:12]}"
    admin = f"host={POSTGRES_HOST} port={POSTGRES_PORT} user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@{POSTGRES_HOST}:{POSTGRES_PORT}/{name}"
    try:
        run_migrations(url)
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_session_url: str) -> Iterator[str]:
    """The session's PostgreSQL database, emptied after each test."""
    yield postgres_session_url
    from sqlalchemy import create_engine

    engine = create_engine(postgres_session_url)
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} CASCADE"))  # TRUNCATE skips the row trigger
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def any_database_url(request: pytest.FixtureRequest) -> str:
    """A migrated, empty database: SQLite, then the real PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def redis_cache_settings() -> Iterator[tuple[str, str]]:
    """(REDIS_URL, prefix) on a dedicated test db; only this prefix is flushed afterwards."""
    require_service("Redis", REDIS_HOST, REDIS_PORT)
    url = f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_TEST_DB}"
    prefix = f"omnichat-test:{uuid.uuid4().hex[:12]}:"
    yield url, prefix
    cache = RedisCache(url, prefix)
    cache.delete_prefix()
    cache.close()


@pytest.fixture
def gateway(sqlite_url: str) -> Iterator[Gateway]:
    """The gateway on a fresh SQLite database and the in-process cache."""
    with running_gateway(sqlite_url) as gw:
        yield gw


@pytest.fixture(params=["sqlite", "postgresql"])
def any_gateway(request: pytest.FixtureRequest) -> Iterator[Gateway]:
    """The gateway on SQLite, then on the real PostgreSQL with the real Redis cache."""
    if request.param == "sqlite":
        url = request.getfixturevalue("sqlite_url")
        with running_gateway(url) as gw:
            yield gw
        return
    url = request.getfixturevalue("postgres_url")
    redis_url, prefix = request.getfixturevalue("redis_cache_settings")
    with running_gateway(url, redis_url=redis_url, cache_prefix=prefix) as gw:
        yield gw
