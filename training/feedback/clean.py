"""Cleaning exported feedback: mask personal data again, deduplicate, resolve conflicting labels.

Conflict rule (documented in docs/retraining.md): corrections of the same text (compared by
`text_key`) are merged into one row; each label (sub_intent, sentiment, urgent) takes the value
most corrections gave it, and a tie goes to the most recent correction. Texts whose corrections
disagreed are counted and flagged with `conflict=True`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from gateway.core.masking import mask_pii
from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS, intent_of

LABELS = ("sub_intent", "sentiment", "urgent")
_SPACES = re.compile(r"\s+")


def text_key(text: str) -> str:
    """The identity of a message for deduplication: case, accents and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def mask_texts(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """`frame` with `text` masked (again: the gateway stores it masked); returns rows changed."""
    masked = frame["text"].astype(str).map(mask_pii)
    changed = int((masked != frame["text"].astype(str)).sum())
    return frame.assign(text=masked), changed


@dataclass(frozen=True)
class ResolvedCorrections:
    """One row per distinct text, plus the counts the export reports."""

    rows: pd.DataFrame
    dropped_invalid: int
    conflicting_texts: int
    overruled_corrections: int


def drop_invalid_labels(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Rows with empty text or labels outside the taxonomy are dropped (and counted)."""
    valid = (
        frame["text"].astype(str).str.strip().ne("")
        & frame["sub_intent"].isin(SUB_INTENTS)
        & frame["sentiment"].isin(SENTIMENTS)
    )
    return frame[valid], int((~valid).sum())


def resolve_corrections(corrections: pd.DataFrame) -> ResolvedCorrections:
    """Merge corrections of the same text by majority per label, ties to the most recent."""
    valid, dropped = drop_invalid_labels(corrections)
    valid = valid.assign(key=valid["text"].map(text_key)).sort_values(
        ["key", "corrected_at"], kind="stable"
    )
    rows, conflicting, overruled = [], 0, 0
    for key, group in valid.groupby("key", sort=True):
        latest = group.iloc[-1]
        row = {
            "key": key,
            "text": latest["text"],
            "channel": latest["channel"],
            "conversation_id": latest["conversation_id"],
            "n_corrections": len(group),
            "last_corrected_at": latest["corrected_at"],
        }
        for label in LABELS:
            row[label] = _majority(group[label].tolist())
        # A correction is overruled when any of its labels lost the vote.
        lost = sum(
            any(correction[label] != row[label] for label in LABELS)
            for _, correction in group.iterrows()
        )
        row["conflict"] = lost > 0
        conflicting += int(lost > 0)
        overruled += lost
        rows.append(row)
    frame = pd.DataFrame(rows, columns=_RESOLVED_COLUMNS)
    frame["intent"] = frame["sub_intent"].map(intent_of)
    frame["urgent"] = frame["urgent"].astype(bool)
    return ResolvedCorrections(frame, dropped, conflicting, overruled)


_RESOLVED_COLUMNS = (
    "key",
    "text",
    "channel",
    "conversation_id",
    "n_corrections",
    "last_corrected_at",
    *LABELS,
    "conflict",
)


def _majority(values: list[object]) -> object:
    """The most frequent value; ties go to the value given last (the most recent correction)."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in reversed(values) if counts[v] == best)


def deduplicate_auto_resolved(auto: pd.DataFrame, corrected_keys: set[str]) -> pd.DataFrame:
    """One row per distinct automatically answered text (its latest analysis), with the number
    of messages it stands for; texts an agent corrected elsewhere are left to the corrections."""
    keyed = auto.assign(key=auto["text"].map(text_key))
    keyed = keyed[~keyed["key"].isin(corrected_keys)]
    counts = keyed.groupby("key").size().rename("n_messages")
    latest = keyed.sort_values(["key", "created_at"], kind="stable").groupby("key").tail(1)
    return latest.join(counts, on="key").sort_values("key").reset_index(drop=True)
