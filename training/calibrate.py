"""Stage `calibrate`: fit the confidence calibrator on the family-held-out calibration split.

Methods are compared by cross-validation inside the calibration split (fit on k-1 folds,
score ECE on the held-out fold) so the comparison itself is not fitted on what it scores.
The urgency decision threshold is chosen here too, on the same split.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from omnichat_model.calibration import make_calibrator
from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.taxonomy import SUB_INTENTS
from training.config import CalibrateParams
from training.metrics import expected_calibration_error

log = logging.getLogger(__name__)
_INDEX = {label: i for i, label in enumerate(SUB_INTENTS)}


@dataclass(frozen=True)
class CalibrationResult:
    method: str
    cv_ece: dict[str, float]
    uncalibrated_ece: float
    urgency_threshold: float
    urgency_f1_at_threshold: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "cv_ece": self.cv_ece,
            "uncalibrated_ece": self.uncalibrated_ece,
            "urgency_threshold": self.urgency_threshold,
            "urgency_f1_at_threshold": self.urgency_f1_at_threshold,
        }


def cross_validated_ece(
    method: str, probs: np.ndarray, y: np.ndarray, params: CalibrateParams
) -> float:
    """Mean held-out ECE of `method` over stratified folds of the calibration split."""
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


def calibrate(
    classifier: OmnichatClassifier,
    frame: pd.DataFrame,
    embeddings: np.ndarray | None,
    params: CalibrateParams,
) -> CalibrationResult:
    """Choose and fit the calibrator and urgency threshold in place; return what was chosen."""
    x = classifier.features(frame["text"].tolist(), embeddings)
    raw = classifier.raw_sub_intent_proba(x)
    y = frame["sub_intent"].map(_INDEX).to_numpy()
    uncalibrated = expected_calibration_error(
        raw.max(axis=1), raw.argmax(axis=1) == y, params.n_bins
    )
    cv_ece = {method: cross_validated_ece(method, raw, y, params) for method in params.methods}
    method = min(cv_ece, key=cv_ece.__getitem__)
    classifier.calibrator = make_calibrator(method).fit(raw, y)

    urgency = classifier.predict_proba(frame["text"].tolist(), embeddings).urgency
    threshold, f1 = best_urgency_threshold(urgency, frame["urgent"].astype(bool).to_numpy())
    classifier.urgency_threshold = threshold
    log.info("calibration: %s (cv ECE %s), urgency threshold %.2f", method, cv_ece, threshold)
    return CalibrationResult(method, cv_ece, uncalibrated, threshold, f1)
