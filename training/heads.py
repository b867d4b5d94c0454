"""Fitting the scikit-learn heads on a feature matrix."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Final

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from omnichat_model.features import make_tfidf, make_word_tfidf
from omnichat_model.text_tfidf import TextTfidf
from training.config import FeatureParams, HeadParams, TrainParams

# (head name in TrainParams, target column of label_arrays)
HEADS: Final = (("sub_intent", "sub_intent"), ("sentiment", "sentiment"), ("urgency", "urgent"))


def fit_tfidf_features(
    texts: list[str], params: FeatureParams
) -> tuple[TextTfidf | None, sparse.csr_matrix | None]:
    """The n-gram vectorisers fitted on training texts, and those texts' rows, in one pass
    (None, None when TF-IDF is disabled)."""
    tfidf = make_text_tfidf(params)
    if tfidf is None:
        return None, None
    return tfidf, tfidf.fit_transform(texts)


def make_text_tfidf(params: FeatureParams) -> TextTfidf | None:
    """The unfitted n-gram vectorisers `params` asks for (None when disabled)."""
    if not params.use_tfidf:
        return None
    char = make_tfidf(
        params.tfidf_ngram_min,
        params.tfidf_ngram_max,
        params.tfidf_min_df,
        params.tfidf_max_features,
    )
    word = (
        make_word_tfidf(params.word_ngram_max, params.tfidf_min_df, params.tfidf_max_features)
        if params.word_ngram_max
        else None
    )
    return TextTfidf(char, word, params.word_weight)


def fit_head(
    x, y: np.ndarray, params: HeadParams, seed: int, sample_weight: np.ndarray | None = None
) -> LogisticRegression:
    """One logistic-regression head (multinomial for more than two classes); `sample_weight`
    lets rows such as agent-corrected feedback count more than corpus rows."""
    head = LogisticRegression(
        C=params.C,
        class_weight=params.class_weight,
        max_iter=params.max_iter,
        tol=params.tol,
        random_state=seed,
    )
    return head.fit(x, y, sample_weight=sample_weight)


@contextmanager
def one_thread_per_fit() -> Iterator[None]:
    """Give every fit in the block one BLAS thread; fits run side by side instead.

    lbfgs sums its dense vectors with BLAS, and with 2 BLAS threads those sums round
    differently: with `tol` 1e-4 lbfgs then stopped at another point (tuning fold, sub_intent
    head: macro-F1 0.719 with 2 threads, 0.741 with 1). So a model depended on the core count
    of the machine that trained it. With one thread per fit it does not. It is also faster
    with three fits at once on 2 cores: one tuning trial took 9.4 s before, 7.0 s now.
    scikit-learn's OpenMP loss computes each row on its own, so its thread count does not
    change results. The BLAS limit is process-wide: it is set around the whole pool, never
    inside a worker.
    """
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def fit_heads(
    x,
    y: dict[str, np.ndarray],
    params: TrainParams,
    sample_weight: np.ndarray | None = None,
) -> dict[str, LogisticRegression]:
    """The three heads, fitted side by side in threads (each fit is independent and seeded).

    Most of a fit is sparse matrix products that release the GIL: on 2 cores the three heads
    took 30 s in threads vs 47 s one after another (tuning fold, machine under load).
    """
    with (
        one_thread_per_fit(),
        ThreadPoolExecutor(max_workers=len(HEADS), thread_name_prefix="head") as pool,
    ):
        futures = {
            name: pool.submit(
                fit_head, x, y[target], getattr(params, name), params.seed, sample_weight
            )
            for name, target in HEADS
        }
        return {name: future.result() for name, future in futures.items()}


def label_arrays(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """The three training targets of a split."""
    return {
        "sub_intent": frame["sub_intent"].to_numpy(),
        "sentiment": frame["sentiment"].to_numpy(),
        "urgent": frame["urgent"].astype(bool).to_numpy(),
    }
