"""FastAPI dependencies: settings, DB session, model client, cache, auth and rate limiting.

Everything lives on `app.state` (built by `create_app`), so tests and integrations swap a piece
with `app.dependency_overrides` instead of patching modules.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.actions.backend import IspBackend
from gateway.actions.local import LocalBackend
from gateway.clients.model_server import ModelClient
from gateway.context.engine import ContextEngine
from gateway.core.cache import Cache
from gateway.core.config import Settings
from gateway.core.metrics import GatewayMetrics
from gateway.core.security import hash_api_key
from gateway.db.models import Tenant
from gateway.schemas.tenant import TenantSettings
from gateway.services.key_cache import KeyCache, KeyGrant
from gateway.services.tenants import tenant_for_key_hash, tenant_settings

_bearer = HTTPBearer(auto_error=False, description="The tenant's API key.")


# Dependencies that only read `app.state` are `async def`: FastAPI runs a plain `def` dependency
# in the thread pool, and each such hop costs a thread switch per request for no I/O at all.


async def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A database session for one request, rolled back if the request fails.

    Creating a session does no I/O (it connects on first use); closing one still holding a
    connection rolls it back, so that happens in the thread pool, off the event loop.
    """
    session: Session = request.app.state.session_factory()
    try:
        yield session
    except Exception:
        await run_in_threadpool(session.rollback)
        raise
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


async def get_model_client(request: Request) -> ModelClient:
    """The model server client (override this dependency to plug another classifier)."""
    return request.app.state.model_client


async def get_cache(request: Request) -> Cache:
    """The session/context cache."""
    return request.app.state.cache


async def get_context_engine(request: Request) -> ContextEngine:
    """The cached context engine."""
    return request.app.state.context_engine


async def get_metrics(request: Request) -> GatewayMetrics:
    """The app's Prometheus metrics."""
    return request.app.state.metrics


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
ModelClientDep = Annotated[ModelClient, Depends(get_model_client)]
CacheDep = Annotated[Cache, Depends(get_cache)]
ContextEngineDep = Annotated[ContextEngine, Depends(get_context_engine)]
MetricsDep = Annotated[GatewayMetrics, Depends(get_metrics)]


@dataclass(frozen=True)
class Caller:
    """The authenticated tenant (in the request's session), its settings and the key it used."""

    tenant: Tenant
    settings: TenantSettings
    api_key_id: str
    api_key_prefix: str


def _grant_for_key(session: Session, keys: KeyCache, key_hash: str) -> KeyGrant | None:
    """The grant of an active key: from the cache, else read (and cached) from the database."""
    grant = keys.get(key_hash)
    if grant is not None:
        return grant
    generation = keys.generation
    found = tenant_for_key_hash(session, key_hash)
    if found is None:
        return None
    tenant, key = found
    grant = KeyGrant.of(tenant, key, tenant_settings(tenant))
    keys.put(key_hash, grant, generation)
    return grant


def _rate_limit(cache: Cache, key_id: str, settings: Settings) -> None:
    window = int(time.time() // 60)
    count = cache.incr(f"rl:{key_id}:{window}", ttl_s=120)
    if count > settings.rate_limit_per_minute:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            detail=f"rate limit of {settings.rate_limit_per_minute} requests per minute exceeded",
            headers={"Retry-After": str(60 - int(time.time()) % 60)},
        )


def _unauthorized() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="missing or invalid API key (send 'Authorization: Bearer <key>')",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _authenticate(
    session: Session, keys: KeyCache, cache: Cache, settings: Settings, key_hash: str
) -> Caller:
    grant = _grant_for_key(session, keys, key_hash)
    if grant is None:
        raise _unauthorized()
    _rate_limit(cache, grant.api_key_id, settings)
    return Caller(
        tenant=grant.attach_tenant(session),
        settings=grant.settings,
        api_key_id=grant.api_key_id,
        api_key_prefix=grant.api_key_prefix,
    )


async def get_caller(
    request: Request,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """Authenticate the bearer API key and apply its per-minute rate limit."""
    if credentials is None or not credentials.credentials:
        raise _unauthorized()
    keys: KeyCache = request.app.state.key_cache
    key_hash = hash_api_key(credentials.credentials)
    if cache.backend == "memory" and keys.get(key_hash) is not None:
        # Everything is in memory: authenticate on the event loop, no thread hop.
        return _authenticate(session, keys, cache, settings, key_hash)
    # A database read or a Redis round trip: in the thread pool, like a plain `def` dependency.
    return await run_in_threadpool(_authenticate, session, keys, cache, settings, key_hash)


CallerDep = Annotated[Caller, Depends(get_caller)]


async def get_backend(session: SessionDep, caller: CallerDep) -> IspBackend:
    """The ISP backend of the caller's tenant (the local one on our own tables by default)."""
    return LocalBackend(session, caller.tenant.id)


BackendDep = Annotated[IspBackend, Depends(get_backend)]
