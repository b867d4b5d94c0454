"""Reading the prepared splits and their cached embeddings, with a schema check at the boundary."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd

from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS, intent_of

log = logging.getLogger(__name__)
SPLITS = ("train", "calibration", "test")
REQUIRED_COLUMNS = ("text", "sub_intent", "intent", "sentiment", "urgent")


def read_split(prepared_dir: Path, split: str) -> pd.DataFrame:
    """One prepared split, validated: required columns, labels in the taxonomy, non-empty text."""
    frame = pd.read_parquet(prepared_dir / f"{split}.parquet")
    validate_labelled(frame, split)
    return frame.reset_index(drop=True)


def validate_labelled(frame: pd.DataFrame, name: str) -> None:
    """Raise ValueError naming the first problem found; a labelled frame must be clean."""
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{name}: missing columns {missing}")
    if frame.empty:
        raise ValueError(f"{name}: no rows")
    empty = frame["text"].astype(str).str.strip().eq("")
    if empty.any():
        raise ValueError(f"{name}: {int(empty.sum())} rows with empty text")
    unknown = set(frame["sub_intent"]) - set(SUB_INTENTS)
    if unknown:
        raise ValueError(f"{name}: sub_intents outside the taxonomy: {sorted(unknown)}")
    if set(frame["sentiment"]) - set(SENTIMENTS):
        raise ValueError(f"{name}: sentiments outside {SENTIMENTS}")
    inconsistent = frame["intent"] != frame["sub_intent"].map(intent_of)
    if inconsistent.any():
        raise ValueError(f"{name}: {int(inconsistent.sum())} rows whose intent != sub_intent's")


def embeddings_path(embeddings_dir: Path, split: str) -> Path:
    return embeddings_dir / f"{split}.npy"


def read_embeddings(embeddings_dir: Path, split: str, expected_rows: int) -> np.ndarray:
    """Cached embeddings of a split; a row-count mismatch means the cache is stale."""
    vectors = np.load(embeddings_path(embeddings_dir, split))
    if vectors.shape[0] != expected_rows:
        raise ValueError(
            f"{split} embeddings have {vectors.shape[0]} rows for {expected_rows} messages; "
            "re-run the embed stage"
        )
    return vectors
