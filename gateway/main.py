"""The gateway's FastAPI application factory."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request, status
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.api.routes import (
    classify,
    conversations,
    csat,
    customers,
    email_channel,
    handoffs,
    health,
    metrics,
    outages,
    phone,
    tenant,
    webchat,
    webhooks,
    whatsapp,
)
from gateway.channels.channel_settings import ChannelSettings
from gateway.channels.channel_setup import start_channels, stop_channels
from gateway.channels.webchat_app import install_web_chat, start_web_chat, stop_web_chat
from gateway.clients.model_server import (
    HttpModelClient,
    ModelServerRejected,
    ModelServerUnavailable,
)
from gateway.context.engine import ContextEngine
from gateway.core.cache import create_cache
from gateway.core.config import Settings
from gateway.core.masking import install_masking_record_factory
from gateway.core.metrics import GatewayMetrics
from gateway.db.migrate import run_migrations
from gateway.db.session import create_db_engine, create_session_factory
from gateway.services.key_cache import KeyCache
from gateway.web.mount import mount_dashboard
from gateway.webhooks.runner import start_embedded_delivery, stop_embedded_delivery

API_PREFIX = "/api/v1"
logger = logging.getLogger("gateway")


def api_router() -> APIRouter:
    """All versioned routes."""
    router = APIRouter()
    for module in (conversations, classify, customers, outages, handoffs, health, metrics, tenant):
        router.include_router(module.router)
    router.include_router(webchat.router)
    router.include_router(webhooks.router)
    router.include_router(csat.router)
    for channel in (whatsapp, email_channel, phone):
        router.include_router(channel.router)
    return router


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the gateway app; nothing connects until the app starts (lifespan)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.auto_migrate:
            run_migrations(settings.database_url)
        await start_web_chat(app)
        await start_channels(app)  # app.state.outbound: WhatsApp and e-mail senders
        delivery = start_embedded_delivery(app)  # webhooks + CSAT surveys, unless external
        # What is alive now lives as long as the app: out of the collector's full passes, which
        # otherwise walk it every time (~105-112 ms per pass measured under load, ~12 ms frozen).
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()  # several apps in one process (tests): let this one's objects go
        await stop_embedded_delivery(delivery)
        await stop_channels(app)
        await stop_web_chat(app)
        app.state.engine.dispose()
        app.state.model_client.close()

    app = FastAPI(
        title="omnichat gateway",
        version="1.0.0",
        description=(
            "Omnichannel customer-support API for ISPs: classifies messages through the model "
            "server, boosts them with customer context, routes them (automatic answer at >= 70% "
            "confidence, or a human), runs actions and keeps a human desk queue."
        ),
        lifespan=lifespan,
    )
    engine = create_db_engine(settings.database_url)
    cache = create_cache(settings.redis_url, settings.cache_prefix)
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = create_session_factory(engine)
    app.state.key_cache = KeyCache(settings.api_key_cache_ttl_s)
    app.state.key_cache.watch(app.state.session_factory)
    app.state.cache = cache
    app.state.channel_settings = ChannelSettings()
    app.state.context_engine = ContextEngine(cache, ttl_s=settings.context_cache_ttl_s)
    app.state.metrics = GatewayMetrics()
    app.state.model_client = HttpModelClient(
        settings.model_server_url,
        timeout_s=settings.model_server_timeout_s,
        connect_timeout_s=settings.model_server_connect_timeout_s,
        connect_retries=settings.model_server_connect_retries,
    )
    # Masks CPF, phone and e-mail in every gateway/uvicorn/dramatiq log record, tracebacks too.
    install_masking_record_factory()
    install_web_chat(app)

    app.include_router(api_router(), prefix=API_PREFIX)
    # Unversioned aliases for probes and scrapers that expect the conventional paths.
    app.add_api_route("/health", health.health, include_in_schema=False)
    app.add_api_route("/metrics", metrics.prometheus_metrics, include_in_schema=False)
    _add_error_handlers(app)
    mount_dashboard(app)  # staff pages under /dashboard (docs/dashboard.md)
    app.add_middleware(RequestMetricsMiddleware, metrics=app.state.metrics)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ModelServerUnavailable)
    async def model_unavailable(request: Request, exc: ModelServerUnavailable) -> JSONResponse:
        app.state.metrics.errors.labels(kind="model_unavailable").inc()
        logger.warning("model server unavailable: %s", exc)
        return JSONResponse(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            content={"detail": f"model server unavailable, try again shortly ({exc})"},
            headers={"Retry-After": "5"},
        )

    @app.exception_handler(ModelServerRejected)
    async def model_rejected(request: Request, exc: ModelServerRejected) -> JSONResponse:
        app.state.metrics.errors.labels(kind="model_rejected").inc()
        logger.error("model server rejected a request: %s", exc)
        return JSONResponse(
            status_code=status.HTTP_502_BAD_GATEWAY,
            content={"detail": f"model server rejected the request ({exc})"},
        )


class RequestMetricsMiddleware:
    """Pure ASGI middleware timing every HTTP request (cheaper than BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp, metrics: GatewayMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Time the request and record it under its endpoint name and status."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_code = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            self.metrics.errors.labels(kind="unhandled").inc()
            raise
        finally:
            # The endpoint name is stable and low-cardinality (raw paths carry ids).
            handler = getattr(scope.get("route"), "name", "unmatched")
            self.metrics.request_latency.labels(
                method=scope["method"], handler=handler, status=str(status_code)
            ).observe(time.perf_counter() - started)
