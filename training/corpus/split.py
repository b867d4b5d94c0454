"""Family-held-out splits: whole phrase families and cue families go to one split each.

A random row split of generated text measures recall of templates (a prototype scored ~0.99 on
it); holding out families and cue phrasings measures generalisation (0.83-0.90). So the split of
every family and cue family is decided first (`plan_splits`), the builder composes each split
only from its own families and cues, and `split_corpus` verifies that and removes calibration /
test rows that are exact or near duplicates of an earlier split.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import pandas as pd

from training.corpus.checks import check_family_holdout
from training.corpus.config import PrepareParams
from training.corpus.cues import CueBanks, CueFamily, cue_id
from training.corpus.dedup import nearest_neighbours, normalise_text
from training.corpus.families import Family
from training.corpus.ids import family_id

logger = logging.getLogger(__name__)

SPLITS: Final[tuple[str, ...]] = ("train", "calibration", "test")


@dataclass(frozen=True)
class SplitPlan:
    """Which split every phrase family and cue family belongs to (ids -> split name)."""

    families: Mapping[str, str]
    cues: Mapping[str, str]

    def families_in(self, split: str, sub_intent: str, families: Sequence[Family]) -> list[Family]:
        """The families of `sub_intent` assigned to `split`."""
        return [f for f in families if self.families[family_id(sub_intent, f)] == split]

    def cues_in(self, split: str, banks: CueBanks) -> dict[str, tuple[CueFamily, ...]]:
        """The cue banks restricted to the cue families assigned to `split`."""
        return {
            bank: tuple(f for f in fams if self.cues[cue_id(bank, f)] == split)
            for bank, fams in banks.items()
        }


@dataclass(frozen=True)
class DropReport:
    """Calibration / test rows removed because an earlier split holds the same text."""

    exact: Mapping[str, int]
    near: Mapping[str, int]

    def total(self) -> int:
        """All dropped rows."""
        return sum(self.exact.values()) + sum(self.near.values())


def plan_splits(
    families: Mapping[str, Sequence[Family]], banks: CueBanks, params: PrepareParams
) -> SplitPlan:
    """Assign each phrase family (per sub_intent) and cue family (per bank) to a split.

    Each group gets its own seeded shuffle, so adding a family to one sub_intent does not
    reshuffle the others; `train_only` families go to train without entering the shuffle, so
    they reshuffle nothing at all.
    """
    family_split: dict[str, str] = {}
    for sub_intent, fams in families.items():
        ids = [family_id(sub_intent, f) for f in fams if not f.train_only]
        family_split |= _assign(ids, f"{params.seed}:families:{sub_intent}", params)
        family_split |= {family_id(sub_intent, f): "train" for f in fams if f.train_only}
    cue_split: dict[str, str] = {}
    for bank, fams in banks.items():
        cue_split |= _assign([cue_id(bank, f) for f in fams], f"{params.seed}:cues:{bank}", params)
    return SplitPlan(families=family_split, cues=cue_split)


def _assign(ids: list[str], seed: str, params: PrepareParams) -> dict[str, str]:
    n_test = max(params.min_families_per_holdout, round(len(ids) * params.test_fraction))
    n_calibration = max(
        params.min_families_per_holdout, round(len(ids) * params.calibration_fraction)
    )
    if len(ids) - n_test - n_calibration < 1:
        raise ValueError(
            f"group {seed.split(':', 2)[-1]!r} has {len(ids)} families: too few for "
            f"{n_test} test + {n_calibration} calibration families and one for train"
        )
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    test, calibration = shuffled[:n_test], shuffled[n_test : n_test + n_calibration]
    return {i: "test" if i in test else "calibration" if i in calibration else "train" for i in ids}


def split_corpus(df: pd.DataFrame, params: PrepareParams) -> dict[str, pd.DataFrame]:
    """Split a built corpus into train / calibration / test (see `split_with_report`)."""
    return split_with_report(df, params)[0]


def split_with_report(
    df: pd.DataFrame, params: PrepareParams
) -> tuple[dict[str, pd.DataFrame], DropReport]:
    """Partition `df` by its planned `split` column, verify the hold-out, drop leaking rows.

    Calibration rows duplicating train, and test rows duplicating train or calibration
    (exactly after normalisation, or char n-gram cosine >= `near_duplicate_threshold`), are
    dropped, counted and logged.
    """
    unknown = sorted(set(df["split"]) - set(SPLITS))
    if unknown:
        raise ValueError(f"unknown split name(s) {unknown}; expected {SPLITS}")
    splits = {name: df[df["split"] == name].drop(columns="split") for name in SPLITS}
    check_family_holdout(splits)
    exact: dict[str, int] = {}
    near: dict[str, int] = {}
    for i, name in enumerate(SPLITS[1:], start=1):
        earlier = pd.concat([splits[s] for s in SPLITS[:i]])
        splits[name], exact[name], near[name] = _drop_leaks(
            splits[name], earlier, params.near_duplicate_threshold
        )
        logger.info(
            "split %s: dropped %d exact and %d near duplicates of earlier splits, kept %d",
            name,
            exact[name],
            near[name],
            len(splits[name]),
        )
    return {k: v.reset_index(drop=True) for k, v in splits.items()}, DropReport(exact, near)


def _drop_leaks(
    frame: pd.DataFrame, earlier: pd.DataFrame, threshold: float
) -> tuple[pd.DataFrame, int, int]:
    earlier_texts = set(earlier["text"].map(normalise_text))
    is_exact = frame["text"].map(normalise_text).isin(earlier_texts)
    remaining = frame[~is_exact]
    scores, _ = nearest_neighbours(list(remaining["text"]), list(earlier["text"]))
    is_near = scores >= threshold
    return remaining[~is_near], int(is_exact.sum()), int(is_near.sum())
