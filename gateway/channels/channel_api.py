"""Response shape and request plumbing shared by the e-mail and phone inbound endpoints."""

from __future__ import annotations

from typing import Literal

from fastapi import HTTPException, Request, status
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from gateway.channels.delivery import InboundMessage, deliver, process_inbound
from gateway.channels.outbound import DeliveryStatus
from gateway.schemas.analysis import MessageResult
from gateway.services.message_flow import FlowDeps


class DeliveryPublic(BaseModel):
    """What the channel said about the reply."""

    status: DeliveryStatus
    provider_message_id: str | None
    detail: str


class ChannelInboundResult(BaseModel):
    """The flow's result and the reply's delivery; `duplicate` when already processed."""

    status: Literal["processed", "duplicate"]
    result: MessageResult | None = None
    delivery: DeliveryPublic | None = None


def unprocessable(exc: ValidationError, what: str) -> HTTPException:
    """A 422 naming the first problems of a validation error."""
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or what}: {e['msg']}" for e in exc.errors()[:3]
    )
    return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail=f"{what}: {problems}")


async def run_and_deliver(
    request: Request, inbound: InboundMessage, deps: FlowDeps
) -> ChannelInboundResult:
    """Run the flow once for the provider id, then send the reply on the channel."""
    processed = await run_in_threadpool(process_inbound, inbound, deps)
    if processed.duplicate:
        return ChannelInboundResult(status="duplicate")
    delivery = None
    if processed.outbound is not None:
        state = request.app.state
        sent = await deliver(
            state.outbound, state.session_factory, processed.outbound, state.settings
        )
        delivery = DeliveryPublic(
            status=sent.status, provider_message_id=sent.provider_message_id, detail=sent.detail
        )
    return ChannelInboundResult(status="processed", result=processed.result, delivery=delivery)
