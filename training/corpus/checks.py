"""Checks at every data boundary: schema, family hold-out, leakage, minimum counts.

Each check raises `DataCheckError` listing every problem it found, and otherwise returns counts
that go into `prepare_stats.json` and the data card.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations
from typing import Final

import numpy as np
import pandas as pd

from omnichat_model.taxonomy import CHANNELS, INTENTS, SENTIMENTS, SUB_INTENTS
from training.corpus.dedup import nearest_neighbours, normalise_text

COLUMNS: Final[tuple[str, ...]] = (
    "text",
    "sub_intent",
    "intent",
    "sentiment",
    "urgent",
    "channel",
    "family",
    "cue_families",
    "length",
)
# Show at most this many offending rows per problem: enough to find the bank entry at fault.
_EXAMPLES: Final = 5


class DataCheckError(ValueError):
    """The data broke a contract: labels, text, hold-out or leakage."""


def check_schema(df: pd.DataFrame, name: str = "corpus") -> dict[str, int]:
    """Non-empty text, labels in the taxonomy, intent matching sub_intent, boolean `urgent`.

    Returns the row count and the counts per label value (`"sentiment=frustrated": 120`).
    """
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise DataCheckError(f"{name}: missing column(s) {missing}")
    if df.empty:
        raise DataCheckError(f"{name}: no rows")
    problems = [p for p in _schema_problems(df) if p]
    if problems:
        raise DataCheckError(f"{name}: " + "; ".join(problems))
    counts = {"rows": len(df)}
    for column in ("sub_intent", "intent", "sentiment", "urgent", "channel"):
        counts |= {f"{column}={k}": int(v) for k, v in df[column].value_counts().items()}
    return counts


def _schema_problems(df: pd.DataFrame) -> list[str]:
    text_ok = df["text"].map(lambda t: isinstance(t, str) and bool(t.strip()))
    intent_ok = [
        s in SUB_INTENTS and i == s.split(".", 1)[0]
        for s, i in zip(df["sub_intent"], df["intent"], strict=True)
    ]
    family_ok = [
        isinstance(f, str) and f.startswith(f"{s}/")
        for f, s in zip(df["family"], df["sub_intent"], strict=True)
    ]
    cues_ok = df["cue_families"].map(
        lambda c: isinstance(c, list | tuple | np.ndarray) and all(isinstance(x, str) for x in c)
    )
    urgent_problem = "" if pd.api.types.is_bool_dtype(df["urgent"]) else "urgent is not boolean"
    return [
        _rows(df, ~text_ok, "empty or non-string text"),
        _rows(df, ~df["sub_intent"].isin(SUB_INTENTS), "sub_intent not in the taxonomy"),
        _rows(df, ~df["intent"].isin(INTENTS), "intent not in the taxonomy"),
        _rows(df, ~pd.Series(intent_ok, index=df.index), "intent inconsistent with sub_intent"),
        _rows(df, ~df["sentiment"].isin(SENTIMENTS), "sentiment not in the taxonomy"),
        _rows(df, ~df["channel"].isin(CHANNELS), "unknown channel"),
        _rows(df, ~pd.Series(family_ok, index=df.index), "family id not '<sub_intent>/<name>'"),
        _rows(df, ~cues_ok, "cue_families is not a list of strings"),
        _rows(df, text_ok & (df["length"] != df["text"].str.len()), "length != len(text)"),
        urgent_problem,
    ]


def _rows(df: pd.DataFrame, bad: pd.Series, problem: str) -> str:
    if not bad.any():
        return ""
    examples = df.loc[bad].head(_EXAMPLES)
    shown = ", ".join(
        f"row {i}: {r.sub_intent!r} {str(r.text)[:40]!r}" for i, r in examples.iterrows()
    )
    return f"{int(bad.sum())} row(s) with {problem} ({shown})"


def check_family_holdout(splits: Mapping[str, pd.DataFrame]) -> dict[str, int]:
    """Raise if any phrase family or cue family appears in more than one split."""
    families = {name: set(frame["family"]) for name, frame in splits.items()}
    cues = {
        name: {c for row in frame["cue_families"] for c in row} for name, frame in splits.items()
    }
    problems = []
    for a, b in combinations(splits, 2):
        shared = sorted(families[a] & families[b])
        shared_cues = sorted(cues[a] & cues[b])
        if shared:
            problems.append(f"{a}/{b} share families {shared[:_EXAMPLES]}")
        if shared_cues:
            problems.append(f"{a}/{b} share cue families {shared_cues[:_EXAMPLES]}")
    if problems:
        raise DataCheckError("family hold-out broken: " + "; ".join(problems))
    return {f"families:{n}": len(families[n]) for n in splits} | {
        f"cue_families:{n}": len(cues[n]) for n in splits
    }


def check_no_leakage(splits: Mapping[str, pd.DataFrame], threshold: float) -> dict[str, int]:
    """Raise if a normalised text is shared across splits or a near-duplicate pair crosses them.

    Near duplicate: char n-gram TF-IDF cosine >= `threshold` on normalised text. Returns, per
    pair of splits, the number of rows compared.
    """
    problems = []
    counts: dict[str, int] = {}
    for a, b in combinations(splits, 2):
        texts_a, texts_b = list(splits[a]["text"]), list(splits[b]["text"])
        shared = {normalise_text(t) for t in texts_a} & {normalise_text(t) for t in texts_b}
        scores, nearest = nearest_neighbours(texts_b, texts_a)
        near = [(texts_b[i], texts_a[nearest[i]]) for i in np.flatnonzero(scores >= threshold)]
        if shared:
            problems.append(f"{a}/{b}: {len(shared)} shared texts, e.g. {sorted(shared)[:2]}")
        if near:
            problems.append(f"{a}/{b}: {len(near)} near-duplicate pairs, e.g. {near[:2]}")
        counts[f"compared:{a}/{b}"] = len(texts_a) * len(texts_b)
    if problems:
        raise DataCheckError("leakage between splits: " + "; ".join(problems))
    return counts


def check_min_counts(splits: Mapping[str, pd.DataFrame], minimum: int) -> dict[str, int]:
    """Raise if any sub_intent has fewer than `minimum` rows over all splits, or none in one."""
    per_split = {n: f["sub_intent"].value_counts() for n, f in splits.items()}
    totals = {s: sum(int(c.get(s, 0)) for c in per_split.values()) for s in SUB_INTENTS}
    low = {s: n for s, n in totals.items() if n < minimum}
    empty = [f"{n}:{s}" for n, c in per_split.items() for s in SUB_INTENTS if c.get(s, 0) == 0]
    if low or empty:
        raise DataCheckError(
            f"too few messages: below {minimum} in total {low or '-'}; none in {empty or '-'}"
        )
    return totals
