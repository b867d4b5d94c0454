"""Reading feedback out of the gateway's database (read-only, through the gateway's models).

Training may import the gateway's table definitions; the gateway never imports training.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, create_engine, exists, func, inspect, select
from sqlalchemy.engine import make_url

from gateway.db import models
from gateway.db.models import Analysis, Decision, Feedback, Message

log = logging.getLogger(__name__)

CORRECTION_COLUMNS = (
    "text",
    "sub_intent",
    "sentiment",
    "urgent",
    "predicted_sub_intent",
    "confidence",
    "model_version",
    "channel",
    "conversation_id",
    "corrected_at",
)
AUTO_COLUMNS = (
    "text",
    "sub_intent",
    "intent",
    "sentiment",
    "urgent",
    "confidence",
    "model_version",
    "channel",
    "tenant_id",
    "conversation_id",
    "created_at",
)


def open_database(url: str) -> Engine | None:
    """An engine on the gateway's database, or None when a SQLite file does not exist yet
    (connecting would create an empty file that the gateway would later mistake for its own)."""
    parsed = make_url(url)
    on_disk = parsed.database not in (None, "", ":memory:")
    is_file = parsed.drivername.startswith("sqlite") and on_disk
    if is_file and not Path(parsed.database).exists():
        log.warning("gateway database %s does not exist: exporting no feedback", url)
        return None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed)


def has_tables(engine: Engine, *names: str) -> bool:
    """Whether the gateway's migrations have created every table in `names`."""
    present = set(inspect(engine).get_table_names())
    missing = [name for name in names if name not in present]
    if missing:
        log.warning("gateway database lacks tables %s: exporting none of their rows", missing)
    return not missing


# The gateway's `model_version` for analyses made by a channel rule, not by the model.
CHANNEL_RULE_PREFIX = "channel-rule:"


def read_corrections(engine: Engine) -> pd.DataFrame:
    """Every agent correction (one row per resolved hand-off), with what the model had said."""
    if not has_tables(engine, "feedback", "analyses"):
        return pd.DataFrame(columns=CORRECTION_COLUMNS)
    query = select(
        Feedback.text,
        Feedback.corrected_sub_intent.label("sub_intent"),
        Feedback.corrected_sentiment.label("sentiment"),
        Feedback.corrected_urgent.label("urgent"),
        Feedback.predicted_sub_intent,
        Analysis.confidence,
        Analysis.model_version,
        Analysis.channel,
        Analysis.conversation_id,
        Feedback.created_at.label("corrected_at"),
    ).join(Analysis, Analysis.id == Feedback.analysis_id)
    # Hand-offs a channel rule made without the model (a WhatsApp audio is stored as a
    # placeholder text such as "[áudio]"): their corrections label no real text.
    query = query.where(Analysis.model_version.not_like(f"{CHANNEL_RULE_PREFIX}%"))
    with engine.connect() as conn:
        return pd.DataFrame(conn.execute(query).all(), columns=CORRECTION_COLUMNS)


def read_auto_resolved(engine: Engine) -> pd.DataFrame:
    """Customer messages the gateway answered automatically and no agent corrected."""
    if not has_tables(engine, "analyses", "decisions", "messages", "feedback"):
        return pd.DataFrame(columns=AUTO_COLUMNS)
    corrected = exists(select(Feedback.id).where(Feedback.analysis_id == Analysis.id))
    query = (
        select(
            Message.text,
            Analysis.sub_intent,
            Analysis.intent,
            Analysis.sentiment,
            Analysis.urgent,
            Analysis.confidence,
            Analysis.model_version,
            Analysis.channel,
            Analysis.tenant_id,
            Analysis.conversation_id,
            Analysis.created_at,
        )
        .join(Decision, Decision.analysis_id == Analysis.id)
        .join(Message, Message.id == Analysis.message_id)
        .where(Decision.resolution_type == "ai_automated", ~corrected)
    )
    with engine.connect() as conn:
        return pd.DataFrame(conn.execute(query).all(), columns=AUTO_COLUMNS)


def read_csat(engine: Engine) -> pd.DataFrame | None:
    """Mean answered CSAT score per conversation (`conversation_id`, `csat`), or None when the
    gateway has no CSAT surveys (model not defined, or table not migrated yet)."""
    survey = getattr(models, "CsatSurvey", None)
    if survey is None:
        log.info("the gateway defines no CSAT model: the export carries no CSAT signal")
        return None
    if not has_tables(engine, survey.__tablename__):
        return None
    query = (
        select(survey.conversation_id, func.avg(survey.score).label("csat"))
        .where(survey.score.is_not(None))
        .group_by(survey.conversation_id)
    )
    with engine.connect() as conn:
        return pd.DataFrame(conn.execute(query).all(), columns=["conversation_id", "csat"])
