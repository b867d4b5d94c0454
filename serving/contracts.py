"""Typed request and response bodies of the model server (docs/model-server-api.md).

Validation lives here, in the request types: BentoML validates each HTTP request on its own
before adaptive batching merges requests, so one client's bad message is a 400 for that client
and never fails a batch shared with others.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from omnichat_model.taxonomy import Intent, Sentiment

MAX_MESSAGES: Final = 64
MAX_MESSAGE_CHARS: Final = 5_000

_EXAMPLE_MESSAGES: Final = ["minha internet caiu, luz vermelha no modem", "quero a segunda via"]


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("message is empty or only whitespace")
    return text


MessageText = Annotated[
    str,
    Field(max_length=MAX_MESSAGE_CHARS, description="One customer message, as written."),
    AfterValidator(_not_blank),
]
Messages = Annotated[
    list[MessageText],
    Field(
        min_length=1,
        max_length=MAX_MESSAGES,
        description=f"1 to {MAX_MESSAGES} non-empty messages of at most "
        f"{MAX_MESSAGE_CHARS} characters; answers come back in the same order.",
        examples=[_EXAMPLE_MESSAGES],
    ),
]


class Probabilities(BaseModel):
    """Full distributions, keys in taxonomy order; `intent` sums the sub_intents of each intent."""

    sub_intent: dict[str, float]
    intent: dict[str, float]
    sentiment: dict[str, float]


class ModelTag(BaseModel):
    """The registry entry that produced an answer."""

    name: str
    version: str


class Prediction(BaseModel):
    """The answer for one message."""

    model_config = ConfigDict(
        # `example` (OpenAPI 3.0), not `examples`: BentoML's schema model rejects the latter.
        json_schema_extra={
            "example": {
                "intent": "financial",
                "sub_intent": "financial.invoice_copy",
                "sentiment": "neutral",
                "urgent": False,
                "confidence": 0.93,
                "urgency_probability": 0.08,
                "probabilities": {
                    "sub_intent": {"financial.invoice_copy": 0.93, "...": 0.0},
                    "intent": {
                        "technical": 0.01,
                        "financial": 0.97,
                        "commercial": 0.01,
                        "other": 0.01,
                    },
                    "sentiment": {"frustrated": 0.05, "neutral": 0.9, "satisfied": 0.05},
                },
                "model": {"name": "omnichat-classifier", "version": "3"},
                "inference_ms": 4.1,
            }
        }
    )

    intent: Intent
    sub_intent: str
    sentiment: Sentiment
    urgent: bool
    confidence: float = Field(ge=0.0, le=1.0, description="Calibrated P(sub_intent).")
    urgency_probability: float = Field(ge=0.0, le=1.0)
    probabilities: Probabilities
    model: ModelTag
    inference_ms: float = Field(
        ge=0.0, description="Model time of the batch this message was computed in."
    )


class ModelInfo(BaseModel):
    """Body of `GET /model` and `POST /reload`: what is serving now."""

    model_config = ConfigDict(
        # `example` (OpenAPI 3.0), not `examples`: BentoML's schema model rejects the latter.
        json_schema_extra={
            "example": {
                "name": "omnichat-classifier",
                "version": "3",
                "alias": "champion",
                "run_id": "0a1b2c3d4e5f",
                "loaded_at": "2026-11-22T03:00:00Z",
            }
        }
    )

    name: str | None
    version: str | None
    alias: str | None
    run_id: str | None
    loaded_at: datetime


class Readiness(BaseModel):
    """Body of `GET /readyz`."""

    ready: bool
    model: ModelTag | None = None
    detail: str | None = None


class ErrorBody(BaseModel):
    """Body of every 4xx/5xx the server writes itself."""

    error: str
