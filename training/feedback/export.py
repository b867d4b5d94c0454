"""`omnichat export-feedback`: the gateway's feedback as a versioned dataset under data/feedback.

Writes, deterministically for the same database content (so DVC sees a change only when the
feedback changed):
  train.parquet          agent-corrected texts usable for training
  test.parquet           agent-corrected texts kept for evaluation only (see split.py)
  auto_resolved.parquet  texts answered automatically, with the model's labels and confidence:
                         for drift and analysis, NOT training labels (training on the model's own
                         answers would reinforce its mistakes)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pandas as pd

from training.feedback.clean import (
    deduplicate_auto_resolved,
    mask_texts,
    resolve_corrections,
)
from training.feedback.config import FeedbackParams
from training.feedback.source import (
    AUTO_COLUMNS,
    CORRECTION_COLUMNS,
    open_database,
    read_auto_resolved,
    read_corrections,
    read_csat,
)
from training.feedback.split import split_feedback

log = logging.getLogger(__name__)
TRAIN_FILE, TEST_FILE, AUTO_FILE = "train.parquet", "test.parquet", "auto_resolved.parquet"
LABELLED_COLUMNS = (
    "key",
    "text",
    "sub_intent",
    "intent",
    "sentiment",
    "urgent",
    "channel",
    "n_corrections",
    "conflict",
    "last_corrected_at",
    "csat",
)
AUTO_EXPORT_COLUMNS = (
    "key",
    "text",
    "sub_intent",
    "intent",
    "sentiment",
    "urgent",
    "confidence",
    "model_version",
    "channel",
    "tenant_id",
    "created_at",
    "n_messages",
    "csat",
)


def export_feedback(database_url: str, out_dir: Path, params: FeedbackParams) -> dict[str, Any]:
    """Read, clean and split the gateway's feedback into `out_dir`; returns the counts."""
    engine = open_database(database_url)
    if engine is None:
        corrections = pd.DataFrame(columns=CORRECTION_COLUMNS)
        auto = pd.DataFrame(columns=AUTO_COLUMNS)
        csat = None
    else:
        corrections, auto, csat = (
            read_corrections(engine),
            read_auto_resolved(engine),
            read_csat(engine),
        )
        engine.dispose()
    corrections, masked_corrections = mask_texts(corrections)
    auto, masked_auto = mask_texts(auto)
    resolved = resolve_corrections(corrections)
    previous_test = read_previous(out_dir / TEST_FILE)
    train, test, carried = split_feedback(
        resolved.rows, previous_test, params.test_fraction, params.seed
    )
    auto_rows = deduplicate_auto_resolved(auto, set(resolved.rows["key"]))
    _write(_with_csat(train, csat), LABELLED_COLUMNS, out_dir / TRAIN_FILE)
    _write(_with_csat(test, csat), LABELLED_COLUMNS, out_dir / TEST_FILE)
    _write(_with_csat(auto_rows, csat), AUTO_EXPORT_COLUMNS, out_dir / AUTO_FILE)
    stats = {
        "corrections_read": len(corrections),
        "corrections_dropped_invalid": resolved.dropped_invalid,
        "corrected_texts": len(resolved.rows),
        "conflicting_texts": resolved.conflicting_texts,
        "overruled_corrections": resolved.overruled_corrections,
        "train_rows": len(train),
        "test_rows": len(test),
        "test_rows_carried_over": carried,
        "auto_resolved_read": len(auto),
        "auto_resolved_texts": len(auto_rows),
        "texts_masked_again": masked_corrections + masked_auto,
        "csat_available": csat is not None,
    }
    log.info("feedback export: %s", stats)
    return stats


def read_previous(path: Path) -> pd.DataFrame:
    """The previous export's file, or an empty frame on the first export."""
    if not path.exists():
        return pd.DataFrame(columns=LABELLED_COLUMNS)
    return pd.read_parquet(path)


def _with_csat(frame: pd.DataFrame, csat: pd.DataFrame | None) -> pd.DataFrame:
    """Attach the conversation's mean CSAT score (NaN where unknown or not collected)."""
    frame = frame.drop(columns="csat", errors="ignore")
    if csat is None or "conversation_id" not in frame.columns:
        return frame.assign(csat=float("nan"))
    return frame.merge(csat, on="conversation_id", how="left")


def _write(frame: pd.DataFrame, columns: tuple[str, ...], path: Path) -> None:
    out = frame.reindex(columns=list(columns))
    for column in ("last_corrected_at", "created_at"):
        if column in out.columns:
            out[column] = out[column].map(_iso)
    out["csat"] = out["csat"].astype("float64")
    path.parent.mkdir(parents=True, exist_ok=True)
    out.to_parquet(path, index=False)


def _iso(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return pd.Timestamp(value).isoformat() if not isinstance(value, str) else value
