"""FastAPI dependencies: settings, DB session, model client, cache, auth and rate limiting.

Everything lives on `app.state` (built by `create_app`), so tests and integrations swap a piece
with `app.dependency_overrides` instead of patching modules.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from gateway.actions.backend import IspBackend
from gateway.actions.local import LocalBackend
from gateway.clients.model_server import ModelClient
from gateway.context.engine import ContextEngine
from gateway.core.cache import Cache
from gateway.core.config import Settings
from gateway.core.metrics import GatewayMetrics
from gateway.db.models import Tenant
from gateway.schemas.tenant import TenantSettings
from gateway.services.tenants import tenant_for_key, tenant_settings

_bearer = HTTPBearer(auto_error=False, description="The tenant's API key.")


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    """A database session for one request, rolled back if the request fails."""
    session: Session = request.app.state.session_factory()
    try:
        yield session
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def get_model_client(request: Request) -> ModelClient:
    """The model server client (override this dependency to plug another classifier)."""
    return request.app.state.model_client


def get_cache(request: Request) -> Cache:
    """The session/context cache."""
    return request.app.state.cache


def get_context_engine(request: Request) -> ContextEngine:
    """The cached context engine."""
    return request.app.state.context_engine


def get_metrics(request: Request) -> GatewayMetrics:
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
    """The authenticated tenant and the key it used."""

    tenant: Tenant
    api_key_id: str
    api_key_prefix: str

    @property
    def settings(self) -> TenantSettings:
        """The tenant's validated settings."""
        return tenant_settings(self.tenant)


def get_caller(
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """Authenticate the bearer API key and apply its per-minute rate limit."""
    unauthorized = HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="missing or invalid API key (send 'Authorization: Bearer <key>')",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if credentials is None or not credentials.credentials:
        raise unauthorized
    found = tenant_for_key(session, credentials.credentials)
    if found is None:
        raise unauthorized
    tenant, key = found
    window = int(time.time() // 60)
    count = cache.incr(f"rl:{key.id}:{window}", ttl_s=120)
    if count > settings.rate_limit_per_minute:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            detail=f"rate limit of {settings.rate_limit_per_minute} requests per minute exceeded",
            headers={"Retry-After": str(60 - int(time.time()) % 60)},
        )
    return Caller(tenant=tenant, api_key_id=key.id, api_key_prefix=key.prefix)


CallerDep = Annotated[Caller, Depends(get_caller)]


def get_backend(session: SessionDep, caller: CallerDep) -> IspBackend:
    """The ISP backend of the caller's tenant (the local one on our own tables by default)."""
    return LocalBackend(session, caller.tenant.id)


BackendDep = Annotated[IspBackend, Depends(get_backend)]
