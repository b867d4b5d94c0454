"""Stage `evaluate`: headline figures on the family-held-out test split, plots, and the gap to
real complaints (Claro, evaluation only)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, classification_report, f1_score

from omnichat_model.classifier import OmnichatClassifier, Probabilities, served_labels
from omnichat_model.taxonomy import INTENTS, SENTIMENTS, SUB_INTENTS
from training.config import EvaluateParams
from training.embed import bulk_predictor
from training.external import load_claro, load_titles
from training.metrics import (
    automation_at,
    expected_calibration_error,
    head_scores,
)
from training.plots import plot_automation_curve, plot_confusion, plot_reliability

log = logging.getLogger(__name__)


def labelled_metrics(
    probs: Probabilities, frame: pd.DataFrame, urgency_threshold: float, params: EvaluateParams
) -> dict[str, float]:
    """Every headline metric for a labelled frame, from the model's probabilities."""
    predicted = served_labels(probs, urgency_threshold)
    confidence = probs.sub_intent.max(axis=1)
    correct = predicted["sub_intent"] == frame["sub_intent"].to_numpy()
    metrics = head_scores(
        frame["sub_intent"].to_numpy(),
        predicted["sub_intent"],
        frame["intent"].to_numpy(),
        predicted["intent"],
        frame["sentiment"].to_numpy(),
        predicted["sentiment"],
        frame["urgent"].astype(bool).to_numpy(),
        predicted["urgent"],
    )
    metrics["ece"] = expected_calibration_error(confidence, correct, params.n_bins)
    metrics.update(automation_at(confidence, correct, params.threshold))
    metrics["n"] = float(len(frame))
    return metrics


def evaluate_split(
    classifier: OmnichatClassifier,
    frame: pd.DataFrame,
    embeddings: np.ndarray | None,
    params: EvaluateParams,
    plots_dir: Path | None = None,
    name: str = "test",
) -> tuple[dict[str, float], dict[str, Any]]:
    """Metrics plus a details report (per-class scores, worst confusions, examples of errors)."""
    probs = classifier.predict_proba(frame["text"].tolist(), embeddings)
    metrics = labelled_metrics(probs, frame, classifier.urgency_threshold, params)
    sub_pred = np.asarray(SUB_INTENTS)[probs.sub_intent.argmax(axis=1)]
    confidence = probs.sub_intent.max(axis=1)
    correct = sub_pred == frame["sub_intent"].to_numpy()
    details: dict[str, Any] = {
        "sub_intent_report": classification_report(
            frame["sub_intent"],
            sub_pred,
            labels=list(SUB_INTENTS),
            output_dict=True,
            zero_division=0,
        ),
        "errors": _error_examples(frame, sub_pred, confidence),
    }
    if "channel" in frame.columns:
        details["sub_intent_macro_f1_by_channel"] = {
            channel: float(f1_score(part["sub_intent"], sub_pred[part.index], average="macro"))
            for channel, part in frame.groupby("channel")
        }
    if plots_dir is not None:
        plot_confusion(
            frame["sub_intent"],
            sub_pred,
            SUB_INTENTS,
            f"sub_intent ({name})",
            plots_dir / f"confusion_sub_intent_{name}.png",
        )
        sentiment_pred = np.asarray(SENTIMENTS)[probs.sentiment.argmax(axis=1)]
        plot_confusion(
            frame["sentiment"],
            sentiment_pred,
            SENTIMENTS,
            f"sentiment ({name})",
            plots_dir / f"confusion_sentiment_{name}.png",
        )
        plot_reliability(
            confidence,
            correct,
            params.n_bins,
            f"Reliability ({name}), ECE {metrics['ece']:.3f}",
            plots_dir / f"reliability_{name}.png",
        )
        plot_automation_curve(
            confidence, correct, params.threshold, plots_dir / f"automation_{name}.png"
        )
    return metrics, details


def evaluate_external(
    classifier: OmnichatClassifier, external_dir: Path, params: EvaluateParams
) -> dict[str, Any] | None:
    """Coarse-intent accuracy / macro-F1 on real Claro complaints; predicted mix on titles."""
    claro = load_claro(external_dir)
    if claro is None:
        return None
    predict = bulk_predictor(classifier)
    probs = predict(claro["text"].tolist())
    predicted = served_labels(probs, classifier.urgency_threshold)["intent"]
    labels = sorted(claro["intent"].unique())
    result: dict[str, Any] = {
        "claro_intent_accuracy": float(accuracy_score(claro["intent"], predicted)),
        "claro_intent_macro_f1": float(
            f1_score(claro["intent"], predicted, labels=labels, average="macro")
        ),
        "claro_n": len(claro),
        **_claro_automation(probs.sub_intent.max(axis=1), predicted == claro["intent"], params),
        "claro_accuracy_by_category": {
            category: float((predicted[part.index] == part["intent"]).mean())
            for category, part in claro.groupby("category")
        },
    }
    titles = load_titles(external_dir)
    if titles is not None and len(titles):
        title_probs = predict(titles["text"].tolist())
        title_intents = served_labels(title_probs, classifier.urgency_threshold)["intent"]
        result["titles_n"] = len(titles)
        result["titles_predicted_intent_share"] = {
            intent: float((title_intents == intent).mean()) for intent in INTENTS
        }
        result["titles_automation_rate"] = float(
            (title_probs.sub_intent.max(axis=1) >= params.threshold).mean()
        )
    return result


def _error_examples(
    frame: pd.DataFrame, predicted: np.ndarray, confidence: np.ndarray
) -> list[dict]:
    wrong = np.flatnonzero(predicted != frame["sub_intent"].to_numpy())
    # The most confident mistakes are the ones the 70% threshold would automate.
    worst = wrong[np.argsort(-confidence[wrong])][:25]
    return [
        {
            "text": frame["text"].iloc[i][:300],
            "true": frame["sub_intent"].iloc[i],
            "predicted": str(predicted[i]),
            "confidence": round(float(confidence[i]), 3),
        }
        for i in worst
    ]


def _claro_automation(
    confidence: np.ndarray, intent_right: pd.Series, params: EvaluateParams
) -> dict[str, float | None]:
    """The 70% rule on real complaints: how many it would answer, and how many of those have the
    right intent (Claro has no sub_intent labels, so this bounds the sub_intent accuracy from
    above). None when nothing is automated."""
    figures = automation_at(confidence, intent_right.to_numpy(), params.threshold)
    accuracy = figures["automated_accuracy"]
    return {
        "claro_automation_rate": figures["automation_rate"],
        "claro_automated_intent_accuracy": None if np.isnan(accuracy) else accuracy,
    }
