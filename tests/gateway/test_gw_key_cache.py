"""The per-process cache of authenticated API keys: revocation, settings changes, isolation."""

from __future__ import annotations

from datetime import datetime

from gw_app import KEY_A, KEY_B
from sqlalchemy import create_engine, text, update

from gateway.core.security import hash_api_key
from gateway.db.models import ApiKey, Tenant, utcnow
from gateway.services.key_cache import KeyCache, KeyGrant
from gateway.services.tenants import tenant_for_key_hash, tenant_settings


class ManualClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _revoke_orm(gw, key: str) -> None:
    with gw.app.state.session_factory() as session:
        row = session.query(ApiKey).filter(ApiKey.key_hash == hash_api_key(key)).one()
        row.revoked_at = utcnow()
        session.commit()


def _revoke_bulk(gw, key: str) -> None:
    with gw.app.state.session_factory() as session:
        session.execute(
            update(ApiKey).where(ApiKey.key_hash == hash_api_key(key)).values(revoked_at=utcnow())
        )
        session.commit()


def test_a_key_revoked_by_this_process_is_refused_at_once(any_gateway) -> None:
    gw = any_gateway
    assert gw.message("segunda via").status_code == 200  # the key is cached now
    _revoke_orm(gw, KEY_A)
    assert gw.message("segunda via").status_code == 401
    assert gw.message("segunda via", key=KEY_B).status_code == 200  # B's key is untouched


def test_a_bulk_revocation_is_refused_at_once(gateway) -> None:
    assert gateway.client.get("/api/v1/outages", headers=gateway.headers()).status_code == 200
    _revoke_bulk(gateway, KEY_A)
    assert gateway.client.get("/api/v1/outages", headers=gateway.headers()).status_code == 401


def test_another_process_revoking_is_seen_within_the_ttl(gateway) -> None:
    clock = ManualClock()
    gateway.app.state.key_cache = cache = KeyCache(ttl_s=5.0, clock=clock)
    cache.watch(gateway.app.state.session_factory)
    assert gateway.message("segunda via").status_code == 200
    # A CLI or another replica: its commit cannot reach this process's cache.
    other = create_engine(str(gateway.app.state.engine.url))
    with other.begin() as conn:
        conn.execute(
            text("UPDATE api_keys SET revoked_at = :now WHERE key_hash = :h"),
            {"now": datetime(2026, 1, 1), "h": hash_api_key(KEY_A)},
        )
    other.dispose()
    clock.now += 4.9
    assert gateway.message("segunda via").status_code == 200  # trusted for at most ttl_s
    clock.now += 0.2
    assert gateway.message("segunda via").status_code == 401


def test_settings_changed_in_another_session_apply_to_the_next_message(gateway) -> None:
    assert gateway.message("segunda via").json()["decision"]["resolution_type"] == "ai_automated"
    with gateway.app.state.session_factory() as session:
        tenant = session.query(Tenant).filter(Tenant.slug == "demo-isp").one()
        changed = dict(tenant.settings)
        changed["routing"] = {**changed["routing"], "default_threshold": 0.999}
        tenant.settings = changed
        session.commit()
    decision = gateway.message("segunda via").json()["decision"]
    assert decision["resolution_type"] == "human_routing"
    assert "threshold 1.00" in decision["reason"]  # 0.999, as the reason rounds it


def test_cached_keys_keep_tenants_apart(any_gateway) -> None:
    gw = any_gateway
    for _ in range(2):  # the second round is served from the cache
        a = gw.client.get("/api/v1/customers/cliente-basic-001", headers=gw.headers(KEY_A))
        b = gw.client.get("/api/v1/customers/cliente-basic-001", headers=gw.headers(KEY_B))
        assert (a.json()["tier"], b.json()["tier"]) == ("basic", "premium")
    assert gw.message("oi", key=KEY_B).json()["customer_id"] == "cliente-basic-001"
    assert gw.client.get("/api/v1/handoffs", headers=gw.headers(KEY_A)).json() == []


def _grant(gw) -> tuple[KeyGrant, str]:
    with gw.app.state.session_factory() as session:
        found = tenant_for_key_hash(session, hash_api_key(KEY_A))
        assert found is not None
        tenant, key = found
        return KeyGrant.of(tenant, key, tenant_settings(tenant)), key.key_hash


def test_a_lookup_older_than_a_clear_is_not_stored(gateway) -> None:
    cache = KeyCache(ttl_s=60)
    grant, key_hash = _grant(gateway)
    generation = cache.generation
    cache.clear()  # a change was committed while the lookup ran
    cache.put(key_hash, grant, generation)
    assert cache.get(key_hash) is None
    cache.put(key_hash, grant, cache.generation)
    assert cache.get(key_hash) is grant


def test_ttl_zero_never_caches(gateway) -> None:
    cache = KeyCache(ttl_s=0)
    grant, key_hash = _grant(gateway)
    cache.put(key_hash, grant, cache.generation)
    assert cache.get(key_hash) is None
