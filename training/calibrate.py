"""Stage `calibrate`: fit the confidence calibrator on predictions for families the model never saw.

Those are the calibration split's, plus (with `calibrate.oof_folds`) out-of-fold predictions on
the train split: heads refitted on the other folds of train, grouped by phrase family, predict
each fold. The calibration split alone holds ~2,000 rows from a few families, so which families
landed there swung the test ECE between 0.03 and 0.05 from one training to the next; the pooled
~10,000 rows make the fit stable. Methods are compared by cross-validation on those rows (fit on
k-1 folds, score ECE on the held-out fold) so the comparison itself is not fitted on what it
scores. Two decision rules are chosen on the calibration split: the urgency threshold, and a
shift of the sentiment classes' log-odds (the head is trained with balanced class weights, which
over-predict "satisfied" on phrasings it never saw: precision 0.46 on the test split).
"""

from __future__ import annotations

import itertools
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

from omnichat_model.calibration import make_calibrator
from omnichat_model.classifier import OmnichatClassifier, ordered_proba
from omnichat_model.features import combine
from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS
from training.config import CalibrateParams, TrainParams
from training.heads import fit_head, one_thread_per_fit
from training.metrics import expected_calibration_error
from training.tune import Fold, fold_features

log = logging.getLogger(__name__)
_INDEX = {label: i for i, label in enumerate(SUB_INTENTS)}


@dataclass(frozen=True)
class HeldOutPredictions:
    """Raw sub_intent probabilities for rows whose families the predicting heads never saw."""

    probs: np.ndarray  # (n, len(SUB_INTENTS))
    y: np.ndarray  # (n,) indices into SUB_INTENTS


@dataclass(frozen=True)
class CalibrationResult:
    method: str
    cv_ece: dict[str, float]
    uncalibrated_ece: float
    urgency_threshold: float
    urgency_f1_at_threshold: float
    sentiment_shift: tuple[float, ...]
    sentiment_f1: dict[str, float]  # macro-F1 on the calibration split, without / with the shift
    fit_rows: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "cv_ece": self.cv_ece,
            "uncalibrated_ece": self.uncalibrated_ece,
            "urgency_threshold": self.urgency_threshold,
            "urgency_f1_at_threshold": self.urgency_f1_at_threshold,
            "sentiment_shift": dict(zip(SENTIMENTS, self.sentiment_shift, strict=True)),
            "sentiment_f1": self.sentiment_f1,
            "fit_rows": self.fit_rows,
        }


def out_of_fold_predictions(
    frame: pd.DataFrame,
    embeddings: np.ndarray | None,
    params: TrainParams,
    folds: int,
) -> HeldOutPredictions:
    """Each row predicted by a sub_intent head (and TF-IDF) fitted on the other families.

    Folds run two at a time, one BLAS thread each: most of a fit is sparse products that
    release the GIL.
    """
    probs = np.zeros((len(frame), len(SUB_INTENTS)))
    weight = params.features.embedding_weight

    def one_fold(fit_idx: np.ndarray, held_idx: np.ndarray) -> None:
        data = fold_features(frame, embeddings, Fold(fit_idx, held_idx), params.features)
        x_fit = combine(data.emb_fit, data.tfidf_fit, weight)
        head = fit_head(x_fit, data.y_fit["sub_intent"], params.sub_intent, params.seed)
        x_held = combine(data.emb_val, data.tfidf_val, weight)
        probs[held_idx] = ordered_proba(head, x_held, SUB_INTENTS)

    splits = GroupKFold(n_splits=folds).split(frame, groups=frame["family"])
    with one_thread_per_fit(), ThreadPoolExecutor(max_workers=2, thread_name_prefix="oof") as pool:
        for future in [pool.submit(one_fold, a, b) for a, b in splits]:
            future.result()
    return HeldOutPredictions(probs, frame["sub_intent"].map(_INDEX).to_numpy())


def cross_validated_ece(
    method: str, probs: np.ndarray, y: np.ndarray, params: CalibrateParams
) -> float:
    """Mean held-out ECE of `method` over stratified folds of the rows it is fitted on."""
    folds = StratifiedKFold(n_splits=params.cv_folds, shuffle=True, random_state=params.seed)
    scores = []
    for fit_idx, held_idx in folds.split(probs, y):
        calibrated = (
            make_calibrator(method).fit(probs[fit_idx], y[fit_idx]).transform(probs[held_idx])
        )
        correct = calibrated.argmax(axis=1) == y[held_idx]
        scores.append(expected_calibration_error(calibrated.max(axis=1), correct, params.n_bins))
    return float(np.mean(scores))


def best_urgency_threshold(probability: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """The threshold in [0.2, 0.8] maximising urgency F1 (ties -> closest to 0.5)."""
    candidates = np.round(np.arange(0.2, 0.801, 0.02), 2)
    scored = [(f1_score(truth, probability >= t), -abs(t - 0.5), t) for t in candidates]
    f1, _, threshold = max(scored)
    return float(threshold), float(f1)


# Log-odds shifts tried for neutral and satisfied (frustrated stays at 0: only differences count).
SHIFT_GRID = np.round(np.arange(-2.0, 2.001, 0.25), 2)


def shifted_sentiment_f1(log_probs: np.ndarray, truth: np.ndarray, shift: np.ndarray) -> float:
    """Sentiment macro-F1 of the labels `log_probs + shift` picks (SENTIMENTS columns)."""
    labels = np.asarray(SENTIMENTS)
    predicted = labels[(log_probs + shift).argmax(axis=1)]
    return float(f1_score(truth, predicted, labels=labels, average="macro", zero_division=0))


def best_sentiment_shift(probs: np.ndarray, truth: np.ndarray) -> tuple[tuple[float, ...], float]:
    """The class shift maximising sentiment macro-F1 (ties -> the smallest shift) and that F1.

    `probs` are the head's own probabilities (SENTIMENTS columns) on held-out rows.
    """
    log_probs = np.log(np.clip(probs, 1e-12, None))
    scored = []
    for neutral, satisfied in itertools.product(SHIFT_GRID, SHIFT_GRID):
        f1 = shifted_sentiment_f1(log_probs, truth, np.array([0.0, neutral, satisfied]))
        scored.append((round(f1, 6), -(abs(neutral) + abs(satisfied)), neutral, satisfied))
    f1, _, neutral, satisfied = max(scored)
    return (0.0, float(neutral), float(satisfied)), f1


def calibrate(
    classifier: OmnichatClassifier,
    frame: pd.DataFrame,
    embeddings: np.ndarray | None,
    params: CalibrateParams,
    out_of_fold: HeldOutPredictions | None = None,
) -> CalibrationResult:
    """Choose and fit the calibrator and urgency threshold in place; return what was chosen.

    `frame` is the calibration split; `out_of_fold` (see `out_of_fold_predictions`) joins it.
    """
    x = classifier.features(frame["text"].tolist(), embeddings)
    raw = classifier.raw_sub_intent_proba(x)
    y = frame["sub_intent"].map(_INDEX).to_numpy()
    uncalibrated = expected_calibration_error(
        raw.max(axis=1), raw.argmax(axis=1) == y, params.n_bins
    )
    fit_rows = {"calibration": len(y), "out_of_fold": 0}
    if out_of_fold is not None:
        fit_rows["out_of_fold"] = len(out_of_fold.y)
        raw = np.vstack([raw, out_of_fold.probs])
        y = np.concatenate([y, out_of_fold.y])
    cv_ece = {method: cross_validated_ece(method, raw, y, params) for method in params.methods}
    method = min(cv_ece, key=cv_ece.__getitem__)
    classifier.calibrator = make_calibrator(method).fit(raw, y)

    urgency = ordered_proba(classifier.urgency_head, x, (False, True))[:, 1]
    threshold, f1 = best_urgency_threshold(urgency, frame["urgent"].astype(bool).to_numpy())
    classifier.urgency_threshold = threshold

    sentiment = ordered_proba(classifier.sentiment_head, x, SENTIMENTS)
    truth = frame["sentiment"].to_numpy()
    shift, shifted_f1 = best_sentiment_shift(sentiment, truth)
    # With no shift the argmax of the probabilities is that of their logarithms.
    unshifted_f1 = shifted_sentiment_f1(sentiment, truth, np.zeros(len(SENTIMENTS)))
    classifier.sentiment_shift = shift
    log.info(
        "calibration: %s on %s rows (cv ECE %s), urgency threshold %.2f, sentiment shift %s",
        method,
        fit_rows,
        cv_ece,
        threshold,
        shift,
    )
    sentiment_f1 = {"unshifted": unshifted_f1, "shifted": shifted_f1}
    return CalibrationResult(
        method, cv_ece, uncalibrated, threshold, f1, shift, sentiment_f1, fit_rows
    )
