"""Recent production traffic as one frame per message: text, predicted sub_intent, confidence,
channel and whether the confidence allowed automation.

Two sources: the gateway's database (messages + analyses + decisions of a time window) or the
JSON lines `omnichat predict` writes. From the database the model's *raw* sub_intent and
confidence are used, not the context-boosted ones, because the reference is the model alone.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine, inspect, select
from sqlalchemy.engine import make_url

from training.predict import read_messages

log = logging.getLogger(__name__)

# Every frame compared for drift has these columns (`automated` is "yes"/"no": categorical).
DRIFT_COLUMNS = ("text", "sub_intent", "confidence", "channel", "automated")
GATEWAY_TABLES = ("messages", "analyses", "decisions")


class TrafficError(ValueError):
    """The current traffic cannot be read (missing database, tables or fields)."""


def drift_frame(
    text: pd.Series,
    sub_intent: pd.Series,
    confidence: pd.Series,
    channel: pd.Series | None,
    threshold: float,
) -> pd.DataFrame:
    """The frame every comparison uses; `channel` None means the source has no channel."""
    confidence = confidence.astype(float).reset_index(drop=True)
    return pd.DataFrame(
        {
            "text": text.astype(str).reset_index(drop=True),
            "sub_intent": sub_intent.astype(str).reset_index(drop=True),
            "confidence": confidence,
            "channel": (
                channel.fillna("unknown").astype(str).reset_index(drop=True)
                if channel is not None
                else pd.Series([None] * len(confidence), dtype=object)
            ),
            "automated": (confidence >= threshold).map({True: "yes", False: "no"}),
        }
    )


def open_gateway_database(url: str) -> Engine:
    """A read-only use of the gateway's engine; a SQLite file that is not there is an error
    (connecting would create an empty database)."""
    from gateway.db.session import create_db_engine

    parsed = make_url(url)
    database = parsed.database
    is_file = parsed.drivername.startswith("sqlite") and database not in (None, "", ":memory:")
    if is_file and not Path(str(database)).exists():
        raise TrafficError(f"gateway database {database} does not exist")
    engine = create_db_engine(url)
    missing = set(GATEWAY_TABLES) - set(inspect(engine).get_table_names())
    if missing:
        raise TrafficError(f"gateway database lacks tables {sorted(missing)}")
    return engine


def read_gateway_traffic(engine: Engine, since: datetime, threshold: float) -> pd.DataFrame:
    """Analysed customer messages created at or after `since`, with the gateway's decision
    (`gateway_automated`: True/False, None when no decision was stored)."""
    from gateway.db.models import Analysis, Decision, Message

    query = (
        select(
            Message.text,
            Analysis.raw_sub_intent,
            Analysis.raw_confidence,
            Analysis.channel,
            Analysis.model_version,
            Analysis.created_at,
            Decision.resolution_type,
        )
        .join(Message, Message.id == Analysis.message_id)
        .outerjoin(Decision, Decision.analysis_id == Analysis.id)
        .where(Analysis.created_at >= since)
        .order_by(Analysis.created_at)
    )
    with engine.connect() as connection:
        result = connection.execute(query)
        rows = pd.DataFrame(result.all(), columns=list(result.keys()))
    frame = drift_frame(
        rows["text"], rows["raw_sub_intent"], rows["raw_confidence"], rows["channel"], threshold
    )
    decided = rows["resolution_type"].notna()
    frame["gateway_automated"] = (rows["resolution_type"] == "ai_automated").where(decided)
    frame["model_version"] = rows["model_version"].astype(str)
    log.info("read %d analysed messages since %s", len(frame), since.isoformat())
    return frame


def read_predictions_jsonl(path: Path, threshold: float) -> pd.DataFrame:
    """`omnichat predict` output: `message`, `sub_intent`, `confidence` per line (`channel`
    optional: without it on any line the channel check is skipped)."""
    try:
        rows = read_messages(path)  # the same parser `omnichat predict` reads its input with
    except ValueError as error:
        raise TrafficError(str(error)) from error
    for number, row in enumerate(rows, start=1):
        missing = [k for k in ("sub_intent", "confidence") if k not in row]
        if missing:
            raise TrafficError(f"{path}: record {number}: missing fields {missing}")
    frame = pd.DataFrame(rows, columns=["message", "sub_intent", "confidence", "channel"])
    channel = frame["channel"] if frame["channel"].notna().any() else None
    return drift_frame(
        frame["message"], frame["sub_intent"], frame["confidence"], channel, threshold
    )
