"""Stage `train`: fit TF-IDF and the three heads on the train split (calibration comes next)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.encoders import load_encoder
from omnichat_model.features import combine
from training.config import EncoderParams, TrainParams
from training.heads import fit_heads, fit_tfidf_features, label_arrays

log = logging.getLogger(__name__)


def effective_train_params(params: TrainParams, tuned_path: Path | None) -> TrainParams:
    """`params` with Optuna's best values applied when `use_tuned` is on and a result exists."""
    if not params.use_tuned or tuned_path is None or not tuned_path.exists():
        return params
    best = json.loads(tuned_path.read_text(encoding="utf-8"))["best_train_params"]
    merged = params.model_dump()
    for section, values in best.items():
        if isinstance(values, dict):
            merged[section] = {**merged[section], **values}
        else:
            merged[section] = values
    return TrainParams.model_validate(merged)


def train_classifier(
    params: TrainParams,
    encoder_params: EncoderParams,
    frame: pd.DataFrame,
    embeddings: np.ndarray | None,
    encoder_dir: Path | None,
    sample_weight: np.ndarray | None = None,
) -> OmnichatClassifier:
    """Fit the uncalibrated classifier on one split (rows weighted by `sample_weight`)."""
    features = params.features
    use_encoder = features.use_embeddings and encoder_dir is not None
    texts = frame["text"].tolist()
    tfidf, tfidf_rows = fit_tfidf_features(texts, features)
    x = combine(embeddings if use_encoder else None, tfidf_rows, features.embedding_weight)
    y = label_arrays(frame)
    heads = fit_heads(x, y, params, sample_weight)
    log.info("trained heads on %d messages, %d features", x.shape[0], x.shape[1])
    return OmnichatClassifier(
        encoder=load_encoder(encoder_dir) if use_encoder else None,
        tfidf=tfidf,
        sub_intent_head=heads["sub_intent"],
        sentiment_head=heads["sentiment"],
        urgency_head=heads["urgency"],
        embedding_weight=features.embedding_weight,
        chunk_chars=encoder_params.chunk_chars,
        encoder_dir=encoder_dir if use_encoder else None,
        metadata={
            "encoder": encoder_params.name if use_encoder else None,
            "encoder_runtime": encoder_params.runtime if use_encoder else None,
            "train_rows": len(frame),
            "train_params": params.model_dump(),
        },
    )
