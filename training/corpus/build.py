"""Build the seeded corpus: every split composed only from its own families and cues."""

from __future__ import annotations

import dataclasses
import logging
import random
from collections.abc import Mapping, Sequence

import pandas as pd

from omnichat_model.taxonomy import CHANNELS
from training.corpus.banks import load_families
from training.corpus.compose import compose_message
from training.corpus.config import PrepareParams
from training.corpus.cues import CUE_BANKS, CueBanks
from training.corpus.dedup import normalise_text
from training.corpus.families import Family
from training.corpus.split import SPLITS, SplitPlan, plan_splits

logger = logging.getLogger(__name__)


def build_corpus(
    params: PrepareParams,
    families: Mapping[str, Sequence[Family]] | None = None,
    cue_banks: CueBanks = CUE_BANKS,
) -> pd.DataFrame:
    """Compose `messages_per_sub_intent` distinct messages per sub_intent, with a `split` column.

    Same params (seed included) and banks give an identical frame. `families` defaults to the
    phrase banks (`training.corpus.banks`). No two rows share a normalised text.
    """
    families = load_families() if families is None else families
    plan = plan_splits(families, cue_banks, params)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for split in SPLITS:
        split_cues = plan.cues_in(split, cue_banks)
        for sub_intent, fams in families.items():
            quota = split_quota(params, split)
            composed = _compose_distinct(
                split, sub_intent, fams, plan, split_cues, quota, seen, params
            )
            rows.extend(composed)
    frame = pd.DataFrame(rows)
    frame["urgent"] = frame["urgent"].astype(bool)
    logger.info("built %d messages for %d sub_intents", len(frame), len(families))
    return frame


def split_quota(params: PrepareParams, split: str) -> int:
    """Messages to compose per sub_intent for `split` (train takes the remainder)."""
    n = params.messages_per_sub_intent
    test, calibration = round(n * params.test_fraction), round(n * params.calibration_fraction)
    return {"test": test, "calibration": calibration, "train": n - test - calibration}[split]


def _compose_distinct(
    split: str,
    sub_intent: str,
    families: Sequence[Family],
    plan: SplitPlan,
    cues: CueBanks,
    quota: int,
    seen: set[str],
    params: PrepareParams,
) -> list[dict[str, object]]:
    """Cycle through the split's families until `quota` messages with unseen text exist."""
    own = plan.families_in(split, sub_intent, families)
    rng = random.Random(f"{params.seed}:{split}:{sub_intent}")
    channels = list(CHANNELS)
    weights = [params.channel_mix[c] for c in channels]
    rows: list[dict[str, object]] = []
    attempts = 0
    while len(rows) < quota:
        attempts += 1
        if attempts > quota * params.max_attempts_per_message:
            raise ValueError(
                f"{split}/{sub_intent}: only {len(rows)} of {quota} distinct messages after "
                f"{attempts - 1} attempts; its {len(own)} families need more templates or details"
            )
        family = own[attempts % len(own)]
        channel = rng.choices(channels, weights=weights)[0]
        message = compose_message(family, sub_intent, channel, rng, cues, params, siblings=own)
        key = normalise_text(message.text)
        if key in seen:
            continue
        seen.add(key)
        row = dataclasses.asdict(message) | {"split": split}
        row["cue_families"] = list(message.cue_families)
        rows.append(row)
    return rows
