"""Audio, images, documents and other media: acknowledged and handed to a person.

The gateway neither transcribes audio nor reads images, so classifying a placeholder would be a
guess. The message is stored, a hand-off with the reason goes to the general desk, and the
customer is told a person will look at it. The hand-off needs an `Analysis` row (the desk's
resolve step reads it); it is marked as a channel rule, not a model prediction.
"""

from __future__ import annotations

import time

from gateway.channels.delivery import (
    Processed,
    already_handled,
    claim_provider_id,
    reply_for,
)
from gateway.channels.whatsapp_webhook import InboundWhatsApp
from gateway.db.models import (
    Analysis,
    Conversation,
    Decision,
    Handoff,
    Message,
    new_id,
    utcnow,
)
from gateway.routing.policy import tier_rank
from gateway.services import audit
from gateway.services.message_flow import FlowDeps, open_thread, resolve_customer

MEDIA_RULE = "whatsapp_media"
MEDIA_MODEL_VERSION = "channel-rule:whatsapp-media"
MEDIA_ACK = (
    "Recebemos sua mensagem de {label}. Um de nossos atendentes vai verificar e já te responde "
    "por aqui."
)
# Unknown urgency: ahead of messages known to be calm, behind urgent and frustrated ones.
MEDIA_PRIORITY = 1


def media_reason(label: str) -> str:
    """The hand-off reason shown on the desk."""
    return (
        f"WhatsApp {label}: the gateway does not transcribe audio or read media, "
        "so a person has to open it"
    )


def _open_conversation(deps: FlowDeps, customer_id: str) -> Conversation:
    # Same insert-or-skip as the message flow: a media message racing a text message of the
    # same customer joins its conversation instead of opening a second one.
    now = utcnow()
    conversation, _ = open_thread(deps.session, None, deps.tenant.id, customer_id, now)
    conversation.updated_at = now
    return conversation


def route_media_to_human(message: InboundWhatsApp, deps: FlowDeps) -> Processed:
    """Store the media message, queue a hand-off and prepare the acknowledgement."""
    started = time.perf_counter()
    session, tenant_id = deps.session, deps.tenant.id
    if already_handled(session, tenant_id, "whatsapp", message.wamid):
        return Processed(duplicate=True)
    claim = claim_provider_id(session, tenant_id, "whatsapp", message.wamid)
    if claim is None:
        return Processed(duplicate=True)
    label = message.text.strip("[]")
    customer = resolve_customer(session, tenant_id, message.wa_id)
    conversation = _open_conversation(deps, customer.id)
    now = utcnow()
    stored = Message(
        id=new_id(),
        tenant_id=tenant_id,
        conversation_id=conversation.id,
        channel="whatsapp",
        role="customer",
        text=message.text,
        metadata_=message.metadata(),
        created_at=now,
    )
    analysis = Analysis(
        id=new_id(),
        tenant_id=tenant_id,
        message_id=stored.id,
        conversation_id=conversation.id,
        customer_id=customer.id,
        channel="whatsapp",
        intent="other",
        sub_intent="other.out_of_scope",
        raw_sub_intent="other.out_of_scope",
        sentiment="neutral",
        urgent=False,
        raw_confidence=0.0,
        confidence=0.0,
        signals=[],
        model_version=MEDIA_MODEL_VERSION,
        created_at=now,
    )
    reason = media_reason(label)
    handoff = Handoff(
        id=new_id(),
        tenant_id=tenant_id,
        conversation_id=conversation.id,
        customer_id=customer.id,
        analysis_id=analysis.id,
        team="general",
        reason=reason,
        priority=MEDIA_PRIORITY,
        tier_rank=tier_rank(customer.tier),
        created_at=now,
    )
    ack = MEDIA_ACK.format(label=label)
    reply = Message(
        id=new_id(),
        tenant_id=tenant_id,
        conversation_id=conversation.id,
        channel="whatsapp",
        role="assistant",
        text=ack,
        created_at=utcnow(),
    )
    decision = Decision(
        id=new_id(),
        tenant_id=tenant_id,
        analysis_id=analysis.id,
        conversation_id=conversation.id,
        channel="whatsapp",
        resolution_type="human_routing",
        rule=MEDIA_RULE,
        reason=reason,
        actions=[],
        reply=ack,
        processing_time_ms=(time.perf_counter() - started) * 1000,
    )
    session.add_all([stored, analysis, handoff, reply, decision])
    session.flush()  # the claim row has no ORM relationships to order its update after these
    claim.conversation_id, claim.message_id = conversation.id, stored.id
    audit.record(
        session, tenant_id, "decision", "gateway", "decision", decision.id, {"rule": MEDIA_RULE}
    )
    session.commit()
    deps.contexts.invalidate_customer(tenant_id, customer.id)
    deps.metrics.decisions.labels(
        intent="other", channel="whatsapp", resolution_type="human_routing"
    ).inc()
    return Processed(duplicate=False, outbound=reply_for(reply, message.wa_id, ack, message.wamid))
