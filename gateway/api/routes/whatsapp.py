"""WhatsApp Business (Cloud API): webhook verification, inbound webhook, template listing.

The tenant is named by the webhook URL: `/channels/whatsapp/webhook` belongs to the tenant of
`WHATSAPP_TENANT` (the demo tenant by default), `/channels/whatsapp/webhook/{tenant_slug}` to any
tenant with an account in `WHATSAPP_ACCOUNTS`. Each tenant's Meta app points at its own URL, so
the app secret that checks the signature is known before the body is read.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

import anyio.from_thread
from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, ValidationError
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from gateway.actions.local import LocalBackend
from gateway.api.deps import CallerDep, ContextEngineDep, MetricsDep, ModelClientDep, SessionDep
from gateway.channels.channel_settings import ChannelSettings, WhatsAppAccount
from gateway.channels.delivery import (
    InboundMessage,
    Processed,
    apply_status,
    deliver,
    process_inbound,
)
from gateway.channels.outbound import OutboundMessage
from gateway.channels.whatsapp_client import is_transient_error
from gateway.channels.whatsapp_media import route_media_to_human
from gateway.channels.whatsapp_templates import TEMPLATES, WhatsAppTemplate
from gateway.channels.whatsapp_webhook import (
    InboundWhatsApp,
    WebhookEvents,
    WebhookPayload,
    signature_is_valid,
    webhook_events,
)
from gateway.db.models import Tenant
from gateway.schemas.conversation import MAX_MESSAGE_CHARS, MessageCreate
from gateway.services.message_flow import FlowDeps
from gateway.services.tenants import tenant_settings
from gateway.webhooks.policy import RetryPolicy

router = APIRouter(tags=["channels"])
SIGNATURE_HEADER = "X-Hub-Signature-256"


class WebhookAck(BaseModel):
    """What one webhook delivery did (Meta only needs the 200)."""

    processed: int
    duplicates: int
    handed_to_human: int
    statuses: int
    ignored: int


class TemplatePublic(BaseModel):
    """A template as the Graph API lists it; `template` is the gateway's name for it."""

    template: str
    name: str
    language: str
    category: str
    status: str
    parameters: list[str]
    components: list[dict[str, object]]


def _channel_settings(request: Request) -> ChannelSettings:
    return request.app.state.channel_settings


def _tenant_account(
    session: SessionDep, settings: ChannelSettings, slug: str
) -> tuple[Tenant, WhatsAppAccount]:
    account = settings.whatsapp_account(slug)
    tenant = session.scalar(select(Tenant).where(Tenant.slug == slug))
    if account is None or tenant is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, detail=f"no WhatsApp account configured for tenant {slug!r}"
        )
    return tenant, account


def _verify(
    request: Request,
    session: SessionDep,
    slug: str | None,
    mode: str,
    token: str,
    challenge: str,
) -> PlainTextResponse:
    settings = _channel_settings(request)
    _, account = _tenant_account(session, settings, slug or settings.whatsapp_tenant)
    expected = account.verify_token.get_secret_value()
    if mode != "subscribe" or not expected or not _same(token, expected):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="verification token mismatch")
    return PlainTextResponse(challenge)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


ModeQuery = Annotated[str, Query(alias="hub.mode", max_length=32)]
TokenQuery = Annotated[str, Query(alias="hub.verify_token", max_length=512)]
ChallengeQuery = Annotated[str, Query(alias="hub.challenge", max_length=512)]


@router.get("/channels/whatsapp/webhook", response_class=PlainTextResponse)
def verify_default_webhook(
    request: Request,
    session: SessionDep,
    mode: ModeQuery,
    token: TokenQuery,
    challenge: ChallengeQuery,
) -> PlainTextResponse:
    """Meta's subscription check: echo `hub.challenge` when `hub.verify_token` matches."""
    return _verify(request, session, None, mode, token, challenge)


@router.get("/channels/whatsapp/webhook/{tenant_slug}", response_class=PlainTextResponse)
def verify_tenant_webhook(
    tenant_slug: str,
    request: Request,
    session: SessionDep,
    mode: ModeQuery,
    token: TokenQuery,
    challenge: ChallengeQuery,
) -> PlainTextResponse:
    """Meta's subscription check for one tenant's webhook URL."""
    return _verify(request, session, tenant_slug, mode, token, challenge)


@dataclass
class _Outcome:
    ack: WebhookAck


def _request_for(message: InboundWhatsApp) -> MessageCreate:
    return MessageCreate(
        channel="whatsapp",
        customer_identifier=message.wa_id,
        message=message.text[:MAX_MESSAGE_CHARS],
        metadata=message.metadata(),
    )


def _process(
    events: WebhookEvents,
    deps: FlowDeps,
    send: Callable[[OutboundMessage], object],
    retry: RetryPolicy,
) -> _Outcome:
    outcome = _Outcome(
        WebhookAck(processed=0, duplicates=0, handed_to_human=0, statuses=0, ignored=0)
    )
    ack = outcome.ack
    ack.ignored = events.ignored
    for message in events.messages:
        done: Processed
        if message.kind == "media":
            done = route_media_to_human(message, deps)
            ack.handed_to_human += 0 if done.duplicate else 1
        elif message.kind == "unsupported" or not message.text.strip():
            ack.ignored += 1
            continue
        else:
            inbound = InboundMessage(
                request=_request_for(message),
                provider_message_id=message.wamid,
                reply_address=message.wa_id,
            )
            done = process_inbound(inbound, deps)
        ack.duplicates += int(done.duplicate)
        ack.processed += int(not done.duplicate)
        if done.outbound is not None:
            # Each reply leaves right after its own commit: if a later message of the same
            # delivery fails (and Meta retries it), the earlier ones are duplicates by then.
            send(done.outbound)
    for update in events.statuses:
        found = apply_status(
            deps.session,
            deps.tenant.id,
            "whatsapp",
            update.wamid,
            update.status,
            update.timestamp or "",
            update.error,
            transient=is_transient_error(update.error_codes),
            retry=retry,
        )
        ack.statuses += int(found)
        ack.ignored += int(not found)
    deps.session.commit()
    return outcome


async def _receive(
    request: Request,
    slug: str | None,
    session: SessionDep,
    model: ModelClientDep,
    contexts: ContextEngineDep,
    metrics: MetricsDep,
) -> WebhookAck:
    raw = await request.body()
    settings = _channel_settings(request)
    tenant, account = await run_in_threadpool(
        _tenant_account, session, settings, slug or settings.whatsapp_tenant
    )
    header = request.headers.get(SIGNATURE_HEADER)
    if not signature_is_valid(raw, header, account.app_secret.get_secret_value()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail=f"missing or invalid {SIGNATURE_HEADER} (HMAC-SHA256 of the body, app secret)",
        )
    try:
        payload = WebhookPayload.model_validate_json(raw)
    except ValidationError as exc:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            detail=f"not a WhatsApp webhook payload: {exc.errors()[:3]}",
        ) from exc
    events = webhook_events(payload, account.phone_number_id)
    deps = FlowDeps(
        session,
        tenant,
        tenant_settings(tenant),
        model,
        contexts,
        LocalBackend(session, tenant.id),
        metrics,
    )
    state = request.app.state

    def send(message: OutboundMessage) -> object:
        return anyio.from_thread.run(
            deliver, state.outbound, state.session_factory, message, state.settings
        )

    try:
        retry = RetryPolicy.from_settings(state.settings)
        outcome = await run_in_threadpool(_process, events, deps, send, retry)
    except ValidationError as exc:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail=f"unusable message: {exc.errors()[:3]}"
        ) from exc
    return outcome.ack


@router.post("/channels/whatsapp/webhook", response_model=WebhookAck)
async def receive_default_webhook(
    request: Request,
    session: SessionDep,
    model: ModelClientDep,
    contexts: ContextEngineDep,
    metrics: MetricsDep,
) -> WebhookAck:
    """Messages and statuses from Meta, signed with the app secret (`X-Hub-Signature-256`)."""
    return await _receive(request, None, session, model, contexts, metrics)


@router.post("/channels/whatsapp/webhook/{tenant_slug}", response_model=WebhookAck)
async def receive_tenant_webhook(
    tenant_slug: str,
    request: Request,
    session: SessionDep,
    model: ModelClientDep,
    contexts: ContextEngineDep,
    metrics: MetricsDep,
) -> WebhookAck:
    """Messages and statuses from Meta for one tenant's number."""
    return await _receive(request, tenant_slug, session, model, contexts, metrics)


@router.get("/whatsapp/templates", response_model=list[TemplatePublic])
def list_templates(request: Request, caller: CallerDep) -> list[TemplatePublic]:
    """The approved templates the tenant can send outside the 24 h session window."""
    account = _channel_settings(request).whatsapp_account(caller.tenant.slug)
    return [_template_public(t, account) for t in TEMPLATES]


def _template_public(template: WhatsAppTemplate, account: WhatsAppAccount | None) -> TemplatePublic:
    return TemplatePublic(
        template=template.name,
        name=account.template_name(template.name) if account else template.name,
        language=account.language if account else "pt_BR",
        category=template.category,
        status=template.status,
        parameters=template.parameters,
        components=template.components(),
    )
