"""CSAT configuration of a tenant (in `tenants.settings`) and the survey API's schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

DEFAULT_QUESTION = (
    "Seu atendimento foi concluído. Como você avalia o atendimento? Responda com uma nota de "
    "1 (péssimo) a 5 (ótimo) ou um emoji 😡 😞 😐 🙂 😍 -- e, se quiser, conte o porquê."
)


class CsatSettings(BaseModel):
    """When and how the satisfaction survey goes out after a resolution."""

    enabled: bool = True
    delay_s: float = Field(default=300.0, ge=0, le=7 * 24 * 3600)
    answer_window_hours: float = Field(default=24.0, gt=0, le=24 * 30)
    question: str = Field(default=DEFAULT_QUESTION, min_length=10, max_length=1000)
    whatsapp_template: str = Field(default="csat_survey", max_length=100)


class CsatAnswerCreate(BaseModel):
    """An answer posted by a channel (a web-chat widget button, a WhatsApp quick reply)."""

    text: str = Field(min_length=1, max_length=2000)


class CsatSurveyPublic(BaseModel):
    """A survey and, once answered, its score."""

    id: str
    conversation_id: str
    channel: str
    resolution_type: str
    handled_by: str
    sub_intent: str | None
    status: str
    scheduled_for: datetime
    sent_at: datetime | None
    answered_at: datetime | None
    score: int | None
    comment: str | None
    comment_sentiment: str | None
    negative: bool


class CsatGroup(BaseModel):
    """CSAT of one slice: responses, mean score and the share of 4-5 answers (CSAT %)."""

    responses: int
    average_score: float | None
    csat_percent: float | None


class CsatSummary(BaseModel):
    """CSAT of the tenant, overall and by channel, resolution type, sub_intent, AI vs human."""

    surveys_sent: int = 0
    responses: int = 0
    response_rate: float | None = None
    average_score: float | None = None
    csat_percent: float | None = None
    negative: int = 0
    by_channel: dict[str, CsatGroup] = Field(default_factory=dict)
    by_resolution_type: dict[str, CsatGroup] = Field(default_factory=dict)
    by_sub_intent: dict[str, CsatGroup] = Field(default_factory=dict)
    ai_vs_human: dict[str, CsatGroup] = Field(default_factory=dict)
