"""Storage paths against the real servers: PostgreSQL migrations and guards, Redis cache."""

from __future__ import annotations

import time

import psycopg
import pytest
from gw_app import running_gateway
from sqlalchemy import create_engine, inspect

from gateway.context.engine import ContextEngine
from gateway.core.cache import InMemoryCache, RedisCache
from gateway.db.models import Base


@pytest.mark.integration
def test_postgres_schema_matches_the_models(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} == tables


@pytest.mark.integration
def test_postgres_trigger_keeps_the_audit_log_append_only(postgres_url: str) -> None:
    with running_gateway(postgres_url) as gw:
        gw.message("segunda via")
    dsn = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("UPDATE audit_log SET actor = 'x'")
        conn.rollback()
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM audit_log")


@pytest.mark.integration
def test_redis_cache_roundtrip_counter_and_prefix_flush(redis_cache_settings) -> None:
    url, prefix = redis_cache_settings
    cache = RedisCache(url, prefix)
    other = RedisCache(url, "omnichat-test-other:" + prefix)
    try:
        assert cache.ping()
        cache.set_json("a", {"x": [1, 2]}, ttl_s=30)
        assert cache.get_json("a") == {"x": [1, 2]}
        assert [cache.incr("n", ttl_s=30) for _ in range(3)] == [1, 2, 3]
        cache.set_json("short", 1, ttl_s=1)
        time.sleep(1.1)
        assert cache.get_json("short") is None
        cache.delete("a")
        assert cache.get_json("a") is None
        other.set_json("keep", 1, ttl_s=30)
        assert cache.delete_prefix() == 1  # only "n" was left under our prefix
        assert cache.get_json("n") is None
        assert other.get_json("keep") == 1  # keys outside the prefix are never flushed
    finally:
        other.delete_prefix()
        other.close()
        cache.close()


@pytest.mark.integration
def test_context_is_served_from_redis_and_invalidated_on_change(
    postgres_url, redis_cache_settings
) -> None:
    redis_url, prefix = redis_cache_settings
    with running_gateway(postgres_url, redis_url=redis_url, cache_prefix=prefix) as gw:
        assert gw.client.get("/health").json()["cache"] == {"status": "ok", "detail": "redis"}
        url = "/api/v1/customers/cliente-basic-001/context"
        first = gw.client.get(url, headers=gw.headers()).json()
        raw = RedisCache(redis_url, prefix)
        keys = list(raw._client.scan_iter(match=prefix + "ctx:*"))
        assert len(keys) == 1, "the context was cached in Redis"
        gw.message("segunda via")  # a message drops the cached context
        second = gw.client.get(url, headers=gw.headers()).json()
        assert first["context"]["last_sub_intent"] is None
        assert second["context"]["last_sub_intent"] == "financial.invoice_copy"
        raw.close()


@pytest.mark.integration
def test_rate_limit_is_shared_through_redis(sqlite_url, redis_cache_settings) -> None:
    redis_url, prefix = redis_cache_settings
    # Two app instances (two gateway processes) share one budget through Redis.
    with (
        running_gateway(
            sqlite_url, redis_url=redis_url, cache_prefix=prefix, rate_limit_per_minute=4
        ) as one,
    ):
        codes = [
            one.client.get("/api/v1/outages", headers=one.headers()).status_code for _ in range(2)
        ]
        from fastapi.testclient import TestClient

        from gateway.core.config import Settings
        from gateway.main import create_app

        second_app = create_app(
            Settings(
                database_url=sqlite_url,
                auto_migrate=False,
                redis_url=redis_url,
                cache_prefix=prefix,
                rate_limit_per_minute=4,
            )
        )
        with TestClient(second_app) as two:
            codes += [
                two.get("/api/v1/outages", headers=one.headers()).status_code for _ in range(3)
            ]
    assert codes == [200, 200, 200, 200, 429]


def test_in_memory_cache_expiry_and_generation_invalidation() -> None:
    cache = InMemoryCache("p:")
    cache.set_json("k", {"v": 1}, ttl_s=1)
    value = cache.get_json("k")
    value["v"] = 2  # callers get copies, as from Redis
    assert cache.get_json("k") == {"v": 1}
    engine = ContextEngine(cache)
    key_before = engine._key("t1", "c1")
    engine.invalidate_tenant("t1")
    assert engine._key("t1", "c1") != key_before
    assert engine._key("t2", "c1").startswith("ctx:t2:0:")


def test_gateway_keeps_answering_when_redis_is_down(sqlite_url: str) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with running_gateway(sqlite_url, redis_url=f"redis://127.0.0.1:{port}/0") as gw:
        response = gw.message("segunda via")
        assert response.status_code == 200
        assert response.json()["decision"]["resolution_type"] == "ai_automated"
        health = gw.client.get("/health").json()
        assert health["status"] == "degraded"
        assert health["cache"] == {"status": "down", "detail": "redis"}


def _schema_drift(url: str) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    return diff


def test_sqlite_migrations_match_the_models(sqlite_url: str) -> None:
    assert _schema_drift(sqlite_url) == []


@pytest.mark.integration
def test_postgres_migrations_match_the_models(postgres_url: str) -> None:
    assert _schema_drift(postgres_url) == []
