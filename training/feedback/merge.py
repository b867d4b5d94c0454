"""Feedback rows next to the corpus: for training (weighted) and as a second test set.

Leakage rules, applied every time feedback meets the corpus (counts are logged):
- a feedback training text that is also in the corpus calibration or test split is dropped;
- a corpus training text that is also in the feedback test set is dropped, so the feedback test
  set stays unseen by every model trained after it was sampled.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from training.datasets import validate_labelled
from training.feedback.clean import text_key
from training.feedback.export import TEST_FILE, TRAIN_FILE

log = logging.getLogger(__name__)


def read_feedback(feedback_dir: Path, split: str) -> pd.DataFrame | None:
    """The exported feedback `train` or `test` rows, validated; None when absent or empty."""
    path = feedback_dir / (TRAIN_FILE if split == "train" else TEST_FILE)
    if not path.exists():
        return None
    frame = pd.read_parquet(path)
    if frame.empty:
        return None
    frame = frame.assign(urgent=frame["urgent"].astype(bool)).reset_index(drop=True)
    validate_labelled(frame, f"feedback {split}")
    return frame


@dataclass(frozen=True)
class TrainingRows:
    """Corpus + feedback rows ready for `train_classifier`, with per-row sample weights."""

    frame: pd.DataFrame
    embeddings: np.ndarray | None
    sample_weight: np.ndarray
    counts: dict[str, int]


def combine_for_training(
    corpus: pd.DataFrame,
    corpus_embeddings: np.ndarray | None,
    feedback: pd.DataFrame | None,
    feedback_embeddings: np.ndarray | None,
    held_out: list[pd.DataFrame],
    weight: float,
) -> TrainingRows:
    """Append the feedback rows (weight `weight`) to the corpus train split, minus leaks.

    `held_out` holds every frame no training text may appear in (corpus calibration and test
    splits, feedback test set); feedback test texts are removed from the corpus rows as well.
    """
    held_keys = set().union(*(set(f["text"].map(text_key)) for f in held_out))
    keep_corpus = ~corpus["text"].map(text_key).isin(held_keys).to_numpy()
    counts = {"corpus_rows_dropped_as_held_out": int((~keep_corpus).sum())}
    frames, vectors = [corpus[keep_corpus]], [_rows(corpus_embeddings, keep_corpus)]
    weights = [np.ones(int(keep_corpus.sum()))]
    if feedback is not None:
        keep = ~feedback["text"].map(text_key).isin(held_keys).to_numpy()
        counts["feedback_rows_dropped_as_held_out"] = int((~keep).sum())
        frames.append(feedback[keep])
        vectors.append(_rows(feedback_embeddings, keep))
        weights.append(np.full(int(keep.sum()), weight))
    counts["feedback_rows_used"] = sum(len(f) for f in frames[1:])
    log.info("training rows: %s", counts)
    columns = list(corpus.columns)
    frame = pd.concat([f.reindex(columns=columns) for f in frames], ignore_index=True)
    embeddings = None if corpus_embeddings is None else np.vstack(vectors)
    return TrainingRows(frame, embeddings, np.concatenate(weights), counts)


def _rows(vectors: np.ndarray | None, mask: np.ndarray) -> np.ndarray | None:
    return None if vectors is None else vectors[mask]
