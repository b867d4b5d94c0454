"""Quality figures shared by the calibrate, evaluate, compare and register stages."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.metrics import accuracy_score, f1_score

# Per label column (intent, sub_intent, sentiment, urgent): one value per message, as
# `omnichat_model.classifier.served_labels` gives them.
Labels = dict[str, np.ndarray]


@dataclass(frozen=True)
class ReliabilityBin:
    lower: float
    upper: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability_bins(
    confidence: np.ndarray, correct: np.ndarray, n_bins: int
) -> list[ReliabilityBin]:
    """Equal-width confidence bins with their accuracy (the reliability diagram's data)."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # Right-closed bins so a confidence of exactly 1.0 lands in the last one.
    index = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, n_bins - 1)
    bins = []
    for b in range(n_bins):
        mask = index == b
        count = int(mask.sum())
        bins.append(
            ReliabilityBin(
                lower=float(edges[b]),
                upper=float(edges[b + 1]),
                count=count,
                mean_confidence=float(confidence[mask].mean()) if count else 0.0,
                accuracy=float(correct[mask].mean()) if count else 0.0,
            )
        )
    return bins


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, n_bins: int) -> float:
    """Count-weighted mean |accuracy - confidence| over equal-width bins."""
    if len(confidence) == 0:
        raise ValueError("ECE of an empty set is undefined")
    bins = reliability_bins(confidence, correct, n_bins)
    total = len(confidence)
    return float(sum(b.count * abs(b.accuracy - b.mean_confidence) for b in bins) / total)


def automation_at(
    confidence: np.ndarray, correct: np.ndarray, threshold: float
) -> dict[str, float]:
    """Share of messages at or above the threshold, and accuracy on that share."""
    automated = confidence >= threshold
    rate = float(automated.mean()) if len(confidence) else 0.0
    accuracy = float(correct[automated].mean()) if automated.any() else float("nan")
    return {"automation_rate": rate, "automated_accuracy": accuracy}


def head_scores(
    y_sub: np.ndarray,
    p_sub: np.ndarray,
    y_intent: np.ndarray,
    p_intent: np.ndarray,
    y_sentiment: np.ndarray,
    p_sentiment: np.ndarray,
    y_urgent: np.ndarray,
    p_urgent: np.ndarray,
) -> dict[str, float]:
    """The headline label metrics, named as they appear in MLflow and `dvc metrics`."""
    return {
        "intent_accuracy": float(accuracy_score(y_intent, p_intent)),
        "intent_macro_f1": float(f1_score(y_intent, p_intent, average="macro")),
        "sub_intent_accuracy": float(accuracy_score(y_sub, p_sub)),
        "sub_intent_macro_f1": float(f1_score(y_sub, p_sub, average="macro")),
        "sentiment_macro_f1": float(f1_score(y_sentiment, p_sentiment, average="macro")),
        "urgency_f1": float(f1_score(y_urgent.astype(bool), p_urgent.astype(bool))),
    }
