"""`/health`: the gateway and each dependency, with a status each."""

from __future__ import annotations

from fastapi import APIRouter, Response, status
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from gateway.api.deps import CacheDep, ModelClientDep, SessionDep
from gateway.schemas.health import ComponentHealth, HealthPublic

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthPublic)
def health(
    session: SessionDep, model: ModelClientDep, cache: CacheDep, response: Response
) -> HealthPublic:
    """200 when the database answers (the gateway can store and queue); 503 otherwise.

    A down model server or cache degrades the gateway without making it unhealthy: messages
    then get a clear 503 and the cache falls back to the database.
    """
    try:
        session.execute(text("SELECT 1"))
        database = ComponentHealth(status="ok", detail=session.get_bind().dialect.name)
    except SQLAlchemyError as exc:
        database = ComponentHealth(status="down", detail=exc.__class__.__name__)
    model_ok = model.ready()
    model_server = ComponentHealth(
        status="ok" if model_ok else "down", detail="" if model_ok else "not ready or unreachable"
    )
    cache_ok = cache.ping()
    cache_health = ComponentHealth(status="ok" if cache_ok else "down", detail=cache.backend)
    if database.status == "down":
        overall = "down"
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    elif model_server.status == "down" or cache_health.status == "down":
        overall = "degraded"
    else:
        overall = "ok"
    return HealthPublic(
        status=overall,
        gateway=ComponentHealth(status="ok"),
        database=database,
        model_server=model_server,
        cache=cache_health,
    )
