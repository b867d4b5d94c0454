"""Fitting the scikit-learn heads on a feature matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from omnichat_model.features import combine, make_tfidf
from training.config import FeatureParams, HeadParams


def fit_tfidf(texts: list[str], params: FeatureParams) -> TfidfVectorizer | None:
    """The character n-gram vectoriser fitted on training texts (None when disabled)."""
    if not params.use_tfidf:
        return None
    vectoriser = make_tfidf(
        params.tfidf_ngram_min,
        params.tfidf_ngram_max,
        params.tfidf_min_df,
        params.tfidf_max_features,
    )
    return vectoriser.fit(texts)


def feature_matrix(
    texts: list[str],
    embeddings: np.ndarray | None,
    tfidf: TfidfVectorizer | None,
    params: FeatureParams,
):
    """Same combination the runtime classifier uses, from precomputed embeddings."""
    dense = embeddings if params.use_embeddings else None
    sparse_block = tfidf.transform(texts) if tfidf is not None else None
    return combine(dense, sparse_block, params.embedding_weight)


def fit_head(
    x, y: np.ndarray, params: HeadParams, seed: int, sample_weight: np.ndarray | None = None
) -> LogisticRegression:
    """One logistic-regression head (multinomial for more than two classes); `sample_weight`
    lets rows such as agent-corrected feedback count more than corpus rows."""
    head = LogisticRegression(
        C=params.C,
        class_weight=params.class_weight,
        max_iter=params.max_iter,
        random_state=seed,
    )
    return head.fit(x, y, sample_weight=sample_weight)


def label_arrays(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """The three training targets of a split."""
    return {
        "sub_intent": frame["sub_intent"].to_numpy(),
        "sentiment": frame["sentiment"].to_numpy(),
        "urgent": frame["urgent"].astype(bool).to_numpy(),
    }
