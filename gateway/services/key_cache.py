"""A short-lived, per-process cache of authenticated API keys (saves a query per request).

An entry holds what authentication found: the tenant's columns, its validated settings and the
key's id and prefix. It lives `ttl_s` seconds, and every entry is dropped when a session of the
app commits a change to a tenant or an API key (settings edited, key added or revoked), so this
process never serves a revoked key or stale settings after its own commit. Changes committed
by another process (a CLI, another replica) are seen within `ttl_s`.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, make_transient_to_detached, sessionmaker
from sqlalchemy.orm.session import UOWTransaction
from sqlalchemy.orm.util import identity_key

from gateway.db.models import ApiKey, Tenant
from gateway.schemas.tenant import TenantSettings
from gateway.services.tenants import remember_settings

_CHANGED = "omnichat_auth_changed"  # session.info flag: a tenant or key row was written


@dataclass(frozen=True)
class KeyGrant:
    """What an active API key grants: its tenant (column values) and the validated settings."""

    tenant_id: str
    slug: str
    name: str
    settings_json: dict[str, Any]
    created_at: datetime
    settings: TenantSettings
    api_key_id: str
    api_key_prefix: str

    @classmethod
    def of(cls, tenant: Tenant, key: ApiKey, settings: TenantSettings) -> KeyGrant:
        """The grant of `key`, read from freshly loaded rows."""
        return cls(
            tenant_id=tenant.id,
            slug=tenant.slug,
            name=tenant.name,
            settings_json=copy.deepcopy(tenant.settings or {}),
            created_at=tenant.created_at,
            settings=settings,
            api_key_id=key.id,
            api_key_prefix=key.prefix,
        )

    def attach_tenant(self, session: Session) -> Tenant:
        """The tenant as a persistent object of `session`, without querying the database."""
        present = session.identity_map.get(identity_key(Tenant, self.tenant_id))
        if isinstance(present, Tenant):
            return present
        tenant = Tenant(
            id=self.tenant_id,
            slug=self.slug,
            name=self.name,
            settings=copy.deepcopy(self.settings_json),  # each request may reassign its own
            created_at=self.created_at,
        )
        make_transient_to_detached(tenant)  # as if loaded: no INSERT, changes flush as UPDATE
        session.add(tenant)
        remember_settings(tenant, self.settings)
        return tenant


class KeyCache:
    """Grants by API key hash, for `ttl_s` seconds; thread-safe."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s = ttl_s
        self._clock = clock
        self._entries: dict[str, tuple[float, KeyGrant]] = {}
        self._generation = 0
        self._lock = threading.Lock()

    @property
    def generation(self) -> int:
        """Bumped by every `clear`; a lookup started before a clear must not be stored."""
        return self._generation

    def get(self, key_hash: str) -> KeyGrant | None:
        """The live grant of `key_hash`, or None."""
        entry = self._entries.get(key_hash)
        if entry is None or entry[0] <= self._clock():
            return None
        return entry[1]

    def put(self, key_hash: str, grant: KeyGrant, generation: int) -> None:
        """Store a grant read while the cache was at `generation` (dropped if cleared since)."""
        if self._ttl_s <= 0:
            return
        with self._lock:
            if generation == self._generation:
                self._entries[key_hash] = (self._clock() + self._ttl_s, grant)

    def clear(self) -> None:
        """Forget every grant (a tenant or key changed)."""
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def watch(self, factory: sessionmaker[Session]) -> None:
        """Clear the cache after any commit of `factory`'s sessions that wrote a tenant or key."""
        event.listen(factory, "before_flush", _flag_flushed_changes)
        event.listen(factory, "do_orm_execute", _flag_bulk_changes)
        event.listen(factory, "after_commit", self._after_commit)

    def _after_commit(self, session: Session) -> None:
        if session.info.pop(_CHANGED, False):
            self.clear()


_AUTH = (Tenant, ApiKey)


def _touches_auth(objects: Iterable[object]) -> bool:
    return any(isinstance(obj, _AUTH) for obj in objects)


def _flag_flushed_changes(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if _touches_auth(session.new) or _touches_auth(session.dirty) or _touches_auth(session.deleted):
        session.info[_CHANGED] = True


def _flag_bulk_changes(state: ORMExecuteState) -> None:
    # `update(ApiKey).values(revoked_at=...)` and the like bypass the flush.
    mapper = state.bind_mapper
    if (state.is_update or state.is_delete) and mapper is not None and mapper.class_ in _AUTH:
        state.session.info[_CHANGED] = True
