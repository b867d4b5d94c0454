"""Message input and conversation views."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.schemas.common import CustomerIdentifier
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import Channel

MAX_MESSAGE_CHARS = 5000  # the model server's own limit (docs/model-server-api.md)


class MessageBase(BaseModel):
    """A customer message."""

    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)

    @field_validator("message")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("message is empty")
        return value


class MessageCreate(MessageBase):
    """`POST /conversations/message` body."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "channel": "whatsapp",
                    "customer_identifier": "cliente-basic-001",
                    "message": "oi, preciso da segunda via do boleto",
                    "metadata": {"whatsapp_message_id": "wamid.123"},
                }
            ]
        }
    )
    channel: Channel
    customer_identifier: CustomerIdentifier
    metadata: dict[str, Any] = Field(default_factory=dict)


class ClassifyRequest(MessageBase):
    """`POST /classify` body: a message and an optional inline context."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "message": "continua bloqueado",
                    "channel": "whatsapp",
                    "context": {"tier": "basic", "overdue_invoice": True, "blocked": True},
                }
            ]
        }
    )
    channel: Channel = "web_chat"
    context: CustomerContext = Field(default_factory=CustomerContext)


class DeliveryPublic(BaseModel):
    """How a reply sent on the customer's channel fared (WhatsApp, e-mail, web chat)."""

    status: str = Field(description="recorded | sent | delivered | read | failed")
    provider_message_id: str | None = None
    detail: str | None = Field(default=None, description="the sender's note (masked)")
    error: str | None = Field(default=None, description="the provider's error (masked)")
    updated_at: str | None = None
    history: dict[str, str] = Field(default_factory=dict, description="status -> when")
    attempts: int = Field(default=1, description="sends tried so far")
    retrying: bool = Field(
        default=False, description="a failed send that the outbox will try again"
    )
    next_attempt_at: str | None = Field(default=None, description="when, while retrying")
    retry_id: str | None = Field(
        default=None, description="its outbox row (GET /webhooks/deliveries, dead-letter replay)"
    )


class MessagePublic(BaseModel):
    """A stored message (text masked)."""

    id: str
    channel: str
    role: str
    text: str
    created_at: datetime
    delivery: DeliveryPublic | None = Field(
        default=None, description="for replies sent on a channel; null for API-only answers"
    )


class AnalysisRecord(BaseModel):
    """A stored analysis."""

    id: str
    message_id: str
    channel: str
    intent: str
    sub_intent: str
    raw_sub_intent: str
    sentiment: str
    urgent: bool
    raw_confidence: float
    confidence: float
    signals: list[dict[str, Any]]
    created_at: datetime


class DecisionRecord(BaseModel):
    """A stored decision."""

    id: str
    analysis_id: str
    channel: str
    resolution_type: str
    rule: str
    reason: str
    actions: list[dict[str, Any]]
    reply: str
    processing_time_ms: float
    created_at: datetime


class ConversationPublic(BaseModel):
    """`GET /conversations/{id}`: the whole thread across channels."""

    id: str
    customer_id: str = Field(description="The ISP's customer id (external id).")
    status: str
    channels: list[str]
    created_at: datetime
    closed_at: datetime | None
    messages: list[MessagePublic]
    analyses: list[AnalysisRecord]
    decisions: list[DecisionRecord]
