"""Phone channel: transcribed calls as an ASR system or PBX integration posts them."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, ValidationError

from gateway.api.deps import (
    BackendDep,
    CallerDep,
    ContextEngineDep,
    MetricsDep,
    ModelClientDep,
    SessionDep,
)
from gateway.channels.channel_api import ChannelInboundResult, run_and_deliver, unprocessable
from gateway.channels.delivery import InboundMessage
from gateway.schemas.conversation import MAX_MESSAGE_CHARS, MessageCreate
from gateway.services.message_flow import FlowDeps

router = APIRouter(prefix="/channels/phone", tags=["channels"])
MAX_TRANSCRIPT_CHARS = 100_000


class TranscribedCall(BaseModel):
    """A call's transcript (the customer's side) with its id and the caller's number."""

    call_id: str = Field(min_length=1, max_length=128, pattern=r"^[\w.:@-]+$")
    caller_number: str = Field(
        min_length=8, max_length=24, pattern=r"^\+?[\d\s().-]+$", examples=["+55 11 98765-0001"]
    )
    text: str = Field(min_length=1, max_length=MAX_TRANSCRIPT_CHARS)
    duration_s: float | None = Field(default=None, ge=0)
    asr_confidence: float | None = Field(default=None, ge=0, le=1)


def call_inbound(call: TranscribedCall) -> InboundMessage:
    """The flow's message for a call; the caller's digits identify the customer."""
    digits = re.sub(r"\D", "", call.caller_number)
    metadata: dict[str, object] = {"provider_message_id": call.call_id, "sender": digits}
    if call.duration_s is not None:
        metadata["duration_s"] = call.duration_s
    if call.asr_confidence is not None:
        metadata["asr_confidence"] = call.asr_confidence
    request = MessageCreate(
        channel="phone",
        customer_identifier=digits,
        # The opening of a call states the problem; the model reads at most this much.
        message=call.text.strip()[:MAX_MESSAGE_CHARS],
        metadata=metadata,
    )
    return InboundMessage(request=request, provider_message_id=call.call_id, reply_address=digits)


@router.post("/calls", response_model=ChannelInboundResult)
async def receive_call(
    call: TranscribedCall,
    request: Request,
    session: SessionDep,
    caller: CallerDep,
    model: ModelClientDep,
    contexts: ContextEngineDep,
    backend: BackendDep,
    metrics: MetricsDep,
) -> ChannelInboundResult:
    """Classify and route a transcribed call; the reply is recorded for the agent or IVR."""
    try:
        inbound = call_inbound(call)
    except ValidationError as exc:
        raise unprocessable(exc, "call") from exc
    deps = FlowDeps(session, caller.tenant, caller.settings, model, contexts, backend, metrics)
    return await run_and_deliver(request, inbound, deps)
