"""The `prepare` stage: build, split, check and write the corpus with its stats and data card."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from training.corpus.build import build_corpus
from training.corpus.checks import (
    check_family_holdout,
    check_min_counts,
    check_no_leakage,
    check_schema,
)
from training.corpus.config import PrepareParams
from training.corpus.datacard import LONG_CHARS, write_data_card
from training.corpus.families import Family
from training.corpus.split import split_with_report

logger = logging.getLogger(__name__)


def prepare(
    params: PrepareParams,
    out_dir: Path,
    *,
    families: Mapping[str, Sequence[Family]] | None = None,
    data_card: Path | None = None,
) -> dict[str, int]:
    """Write `out_dir/{train,calibration,test}.parquet` and `out_dir/prepare_stats.json`.

    The data card goes to `data_card` (default: `README.md` next to `out_dir`, i.e.
    `data/README.md` for `data/prepared`). `families` defaults to the phrase banks. Returns the
    row counts per split and the duplicates dropped.
    """
    corpus = build_corpus(params, families)
    check_schema(corpus, "corpus")
    splits, drops = split_with_report(corpus, params)
    stats: dict[str, object] = {
        "schema": {name: check_schema(frame, name) for name, frame in splits.items()},
        "holdout": check_family_holdout(splits),
        "leakage": check_no_leakage(splits, params.near_duplicate_threshold),
        "per_sub_intent": check_min_counts(splits, params.min_messages_per_sub_intent),
        "dropped": {"exact": dict(drops.exact), "near": dict(drops.near)},
        "long_share": round(float((corpus["length"] >= LONG_CHARS).mean()), 4),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in splits.items():
        _write_checked(frame, out_dir / f"{name}.parquet", name)
    counts = {name: len(frame) for name, frame in splits.items()} | {
        "dropped_exact": sum(drops.exact.values()),
        "dropped_near": sum(drops.near.values()),
    }
    stats["counts"] = counts
    (out_dir / "prepare_stats.json").write_text(
        json.dumps(stats, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    card = data_card or out_dir.parent / "README.md"
    write_data_card(splits, card, params=params, dropped=stats["dropped"])  # type: ignore[arg-type]
    logger.info("prepared %s in %s, data card %s", counts, out_dir, card)
    return counts


def _write_checked(frame: pd.DataFrame, path: Path, name: str) -> None:
    """Write one split and check what a reader will get back (the next stage's boundary)."""
    frame.to_parquet(path, index=False)
    check_schema(pd.read_parquet(path), f"{name} ({path})")
