"""Registers the WhatsApp and e-mail senders on the app's `OutboundChannels` at start-up."""

from __future__ import annotations

from functools import partial

from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from gateway.channels.channel_settings import ChannelSettings, WhatsAppAccount
from gateway.channels.email_sender import EmailSender, latest_thread
from gateway.channels.outbound import OutboundChannels
from gateway.channels.whatsapp_client import GraphApiClient, WhatsAppSender
from gateway.db.models import Tenant


class TenantAccounts:
    """Tenant id -> WhatsApp account (slugs never change, so they are cached)."""

    def __init__(self, settings: ChannelSettings, session_factory: sessionmaker[Session]) -> None:
        self._settings = settings
        self._session_factory = session_factory
        self._slugs: dict[str, str] = {}

    def __call__(self, tenant_id: str) -> WhatsAppAccount | None:
        slug = self._slugs.get(tenant_id)
        if slug is None:
            with self._session_factory() as session:
                tenant = session.get(Tenant, tenant_id)
            if tenant is None:
                return None
            slug = self._slugs[tenant_id] = tenant.slug
        return self._settings.whatsapp_account(slug)


async def start_channels(app: FastAPI) -> None:
    """Create `app.state.outbound` (unless another channel did) and register WhatsApp and e-mail."""
    if getattr(app.state, "outbound", None) is None:
        app.state.outbound = OutboundChannels()
    settings: ChannelSettings = app.state.channel_settings
    session_factory = app.state.session_factory
    graph = GraphApiClient(settings.whatsapp_graph_base_url, settings.whatsapp_timeout_s)
    app.state.whatsapp_graph = graph
    app.state.outbound.register(WhatsAppSender(graph, TenantAccounts(settings, session_factory)))
    app.state.outbound.register(EmailSender(settings, partial(latest_thread, session_factory)))


async def stop_channels(app: FastAPI) -> None:
    """Close the Graph API connection pool."""
    graph: GraphApiClient | None = getattr(app.state, "whatsapp_graph", None)
    if graph is not None:
        await graph.aclose()
