"""Web-chat inbound side: a socket frame becomes a `handle_message` call (synchronous: the socket
handler runs these functions in a worker thread), and a reopened widget gets its history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gateway.actions.local import LocalBackend
from gateway.channels.webchat import CHANNEL, SESSION_METADATA_KEY
from gateway.channels.webchat_tokens import WebChatClaims
from gateway.clients.model_server import ModelClient
from gateway.context.engine import ContextEngine
from gateway.core.metrics import GatewayMetrics
from gateway.db.models import Conversation, Customer, Message, Tenant
from gateway.schemas.conversation import MessageCreate
from gateway.schemas.webchat import InboundMessage, WebChatConfig
from gateway.services.message_flow import FlowDeps, handle_message
from gateway.services.tenants import tenant_settings

HISTORY_LIMIT = 50


@dataclass(frozen=True)
class FlowServices:
    """The app-wide pieces `handle_message` needs (taken from `app.state`)."""

    session_factory: sessionmaker[Session]
    model: ModelClient
    contexts: ContextEngine
    metrics: GatewayMetrics


@dataclass(frozen=True)
class WebChatTurn:
    """What the flow answered to one customer message."""

    conversation_id: str
    reply: str
    reply_message_id: str
    resolution_type: str
    handoff_id: str | None


def customer_identifier(claims: WebChatClaims, contact: str | None, config: WebChatConfig) -> str:
    """Verified identity first, then (only if the tenant trusts it) the typed contact."""
    if claims.customer_identifier is not None:
        return claims.customer_identifier
    if contact is not None and config.trust_typed_contact:
        return contact
    return claims.session_id


def handle_web_chat_message(
    services: FlowServices, claims: WebChatClaims, inbound: InboundMessage
) -> WebChatTurn:
    """Run the message flow for one web-chat message; the typed contact rides in the metadata."""
    with services.session_factory() as session:
        tenant = session.get(Tenant, claims.tenant_id)
        if tenant is None:
            raise LookupError("the tenant of this web-chat session no longer exists")
        settings = tenant_settings(tenant)
        metadata: dict[str, Any] = {SESSION_METADATA_KEY: claims.session_id}
        if inbound.contact is not None:
            metadata["contact"] = inbound.contact
        request = MessageCreate(
            channel=CHANNEL,
            customer_identifier=customer_identifier(claims, inbound.contact, settings.web_chat),
            message=inbound.text,
            metadata=metadata,
        )
        deps = FlowDeps(
            session,
            tenant,
            settings,
            services.model,
            services.contexts,
            LocalBackend(session, tenant.id),
            services.metrics,
        )
        result = handle_message(request, deps)
        reply_id = session.scalar(
            select(Message.id)
            .where(Message.conversation_id == result.conversation_id, Message.role == "assistant")
            .order_by(Message.created_at.desc())
            .limit(1)
        )
    return WebChatTurn(
        conversation_id=result.conversation_id,
        reply=result.reply,
        reply_message_id=reply_id or "",
        resolution_type=result.decision.resolution_type,
        handoff_id=result.decision.handoff_id,
    )


def session_history(
    session_factory: sessionmaker[Session], claims: WebChatClaims
) -> list[dict[str, Any]]:
    """The latest open conversation of the session's customer, oldest first (text as stored)."""
    identifier = claims.customer_identifier or claims.session_id
    with session_factory() as session:
        conversation_id = session.scalar(
            select(Conversation.id)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(
                Customer.tenant_id == claims.tenant_id,
                Customer.external_id == identifier,
                Conversation.status == "open",
            )
            .order_by(Conversation.updated_at.desc())
            .limit(1)
        )
        if conversation_id is None:
            return []
        rows = session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(Message.created_at.desc())
            .limit(HISTORY_LIMIT)
        ).all()
    return [
        {
            "message_id": m.id,
            "role": m.role,
            "text": m.text,
            "created_at": m.created_at.isoformat(),
        }
        for m in reversed(rows)
    ]
