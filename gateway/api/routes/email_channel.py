"""E-mail channel: the inbound endpoint an inbound-parse service (Mailgun, SendGrid) posts to."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from gateway.api.deps import (
    BackendDep,
    CallerDep,
    ContextEngineDep,
    MetricsDep,
    ModelClientDep,
    SessionDep,
)
from gateway.channels.channel_api import ChannelInboundResult, run_and_deliver, unprocessable
from gateway.channels.email_inbound import (
    EmptyEmail,
    InboundEmail,
    email_inbound,
    inbound_from_form,
    sender_address,
    thread_customer,
)
from gateway.services.message_flow import FlowDeps

router = APIRouter(prefix="/channels/email", tags=["channels"])
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


async def _read_email(request: Request) -> InboundEmail:
    content_type = request.headers.get("content-type", "")
    try:
        if content_type.startswith(FORM_TYPES):
            form = await request.form()
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            return InboundEmail.model_validate(inbound_from_form(fields))
        return InboundEmail.model_validate_json(await request.body())
    except ValidationError as exc:
        raise unprocessable(exc, "e-mail") from exc


@router.post(
    "/inbound",
    response_model=ChannelInboundResult,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": InboundEmail.model_json_schema(by_alias=True)},
                "multipart/form-data": {"schema": {"type": "object"}},
            }
        }
    },
)
async def receive_email(
    request: Request,
    session: SessionDep,
    caller: CallerDep,
    model: ModelClientDep,
    contexts: ContextEngineDep,
    backend: BackendDep,
    metrics: MetricsDep,
) -> ChannelInboundResult:
    """Answer a customer e-mail: quotes and signatures stripped, threaded, reply sent by SMTP."""
    email = await _read_email(request)
    address = sender_address(email)
    if address is None:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, detail="e-mail: 'from' has no valid address"
        )
    customer = await run_in_threadpool(
        thread_customer, session, caller.tenant.id, email.reference_ids()
    )
    try:
        inbound = email_inbound(email, address, customer)
    except EmptyEmail as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=str(exc)) from exc
    except ValidationError as exc:
        raise unprocessable(exc, "e-mail") from exc
    deps = FlowDeps(session, caller.tenant, caller.settings, model, contexts, backend, metrics)
    return await run_and_deliver(request, inbound, deps)
