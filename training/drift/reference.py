"""The drift reference: a seeded sample of a held-out corpus split, scored by the model.

Scoring a thousand messages takes tens of seconds on a CPU, so the scored reference is cached per
(model version, split content, sample size, seed): a daily scheduled run scores it once.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pandas as pd

from omnichat_model.classifier import OmnichatClassifier
from training.drift.traffic import drift_frame

log = logging.getLogger(__name__)


def sample_reference(split: pd.DataFrame, size: int, seed: int) -> pd.DataFrame:
    """`size` rows of `split` (all of them when it is smaller), in their original order."""
    if len(split) <= size:
        return split
    return split.sample(n=size, random_state=seed).sort_index()


def score_reference(
    classifier: OmnichatClassifier, sample: pd.DataFrame, threshold: float, batch_size: int = 256
) -> pd.DataFrame:
    """The sample as a drift frame, with the model's predicted sub_intent and confidence."""
    texts = sample["text"].astype(str).tolist()
    records = []
    for start in range(0, len(texts), batch_size):
        records.extend(classifier.predict(texts[start : start + batch_size]))
    predicted = pd.DataFrame(records)
    return drift_frame(
        sample["text"],
        predicted["sub_intent"],
        predicted["confidence"],
        sample.get("channel"),
        threshold,
    )


def cache_path(
    cache_dir: Path, model_version: str, split_file: Path, size: int, seed: int, threshold: float
) -> Path:
    """Where the scored reference of this model version and split content is kept."""
    digest = hashlib.sha256(split_file.read_bytes()).hexdigest()[:12]
    name = f"v{model_version}-{split_file.stem}-{digest}-n{size}-s{seed}-t{threshold:g}.parquet"
    return cache_dir / name


def load_or_score_reference(
    classifier: OmnichatClassifier,
    split: pd.DataFrame,
    size: int,
    seed: int,
    threshold: float,
    cache_file: Path | None,
) -> pd.DataFrame:
    """The scored reference, read from `cache_file` when present, else scored and written there."""
    if cache_file is not None and cache_file.exists():
        log.info("reference from cache %s", cache_file)
        return pd.read_parquet(cache_file)
    sample = sample_reference(split, size, seed)
    log.info("scoring %d reference messages", len(sample))
    reference = score_reference(classifier, sample, threshold)
    if cache_file is not None:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        reference.to_parquet(cache_file, index=False)
    return reference
