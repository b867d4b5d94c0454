"""What the train, evaluate and register stages need from the feedback dataset.

Kept here so the stage commands stay thin and the end-to-end test calls the very same code.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from omnichat_model.encoders import load_encoder
from omnichat_model.features import embed_messages
from training.config import Params
from training.feedback.merge import TrainingRows, combine_for_training, read_feedback
from training.register import CORPUS_TEST

FEEDBACK_TEST = "feedback_test"


def embed_texts(params: Params, frame: pd.DataFrame, encoder_dir: Path | None) -> np.ndarray | None:
    """Embeddings of a (small) feedback frame; None when the recipe uses no encoder."""
    if not params.train.features.use_embeddings or encoder_dir is None:
        return None
    encoder = load_encoder(encoder_dir)
    return embed_messages(
        encoder, frame["text"].tolist(), params.encoder.chunk_chars, params.encoder.batch_size
    )


def training_rows(
    params: Params,
    corpus: pd.DataFrame,
    corpus_embeddings: np.ndarray | None,
    held_out: list[pd.DataFrame],
    feedback_dir: Path,
    encoder_dir: Path | None,
) -> TrainingRows:
    """Corpus train rows plus, when `feedback.use_in_training`, the feedback train rows.

    `held_out` = the corpus calibration and test splits; the feedback test set is added here.
    """
    feedback_test = read_feedback(feedback_dir, "test")
    held = [*held_out, *([feedback_test] if feedback_test is not None else [])]
    feedback = read_feedback(feedback_dir, "train") if params.feedback.use_in_training else None
    vectors = embed_texts(params, feedback, encoder_dir) if feedback is not None else None
    return combine_for_training(
        corpus, corpus_embeddings, feedback, vectors, held, params.feedback.weight
    )


def evaluation_sets(corpus_test: pd.DataFrame, feedback_dir: Path) -> dict[str, pd.DataFrame]:
    """The test sets challenger and champion are both scored on."""
    sets = {CORPUS_TEST: corpus_test}
    feedback_test = read_feedback(feedback_dir, "test")
    if feedback_test is not None:
        sets[FEEDBACK_TEST] = feedback_test
    return sets
