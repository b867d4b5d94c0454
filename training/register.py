"""Stage `register`: log the calibrated model, register a version, and move aliases.

A new version always becomes `challenger`. It becomes `champion` only when it passes every
absolute gate in params.yaml on the corpus test split and, against the current champion scored on
the same test sets (corpus test split and feedback test set), is as good on every gated metric and
better on one, beyond the paired bootstrap's interval when `registry.clear_gain` is on
(training/promotion.py); the previous champion keeps the `previous` alias so a rollback is one
command.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from omnichat_model.classifier import OmnichatClassifier, served_labels
from omnichat_model.registry import load_classifier
from training import tracking
from training.config import EvaluateParams, RegisterParams
from training.embed import bulk_predictor
from training.evaluate import labelled_metrics
from training.metrics import Labels
from training.paired_bootstrap import paired_intervals
from training.promotion import Comparison, SetIntervals, compare
from training.promotion import decide as decide_promotion

log = logging.getLogger(__name__)
CHAMPION, CHALLENGER, PREVIOUS = "champion", "challenger", "previous"
# The corpus test split: the absolute gates apply to it.
CORPUS_TEST = "test"


@dataclass(frozen=True)
class RegistrationDecision:
    version: str
    promoted: bool
    reasons: list[str]
    candidate: dict[str, dict[str, float]]
    champion: dict[str, dict[str, float]] | None
    champion_version: str | None
    table: list[Comparison]
    # Test set -> metric -> challenger minus champion with its 95% interval (paired bootstrap
    # over phrase families, or messages where a set has none: training/paired_bootstrap.py).
    paired_intervals: dict[str, dict[str, dict[str, float]]] | None = None


def failed_gates(metrics: dict[str, float], gates: RegisterParams) -> list[str]:
    """Names of the absolute quality gates the candidate misses."""
    checks = [
        ("intent_accuracy", metrics["intent_accuracy"] >= gates.min_intent_accuracy),
        ("sub_intent_macro_f1", metrics["sub_intent_macro_f1"] >= gates.min_sub_intent_macro_f1),
        ("sentiment_macro_f1", metrics["sentiment_macro_f1"] >= gates.min_sentiment_macro_f1),
        ("urgency_f1", metrics["urgency_f1"] >= gates.min_urgency_f1),
        ("ece", metrics["ece"] <= gates.max_ece),
    ]
    return [name for name, ok in checks if not ok]


def decide(
    candidate: dict[str, dict[str, float]],
    champion: dict[str, dict[str, float]] | None,
    gates: RegisterParams,
    intervals: SetIntervals | None = None,
) -> tuple[bool, list[str], list[Comparison]]:
    """Whether the candidate should become champion, why, and the side-by-side rows (a gain
    counts only beyond its interval in `intervals` when `gates.clear_gain` is on)."""
    rows = compare(
        candidate,
        champion or {},
        gates.gated,
        gates.min_improvement,
        intervals if gates.clear_gain else None,
    )
    failed = failed_gates(candidate[CORPUS_TEST], gates)
    if failed:
        return False, [f"fails gate: {name}" for name in failed], rows
    if champion is None:
        return True, ["passes every gate and there is no champion yet"], rows
    promoted, reasons = decide_promotion(rows)
    return promoted, reasons, rows


@dataclass(frozen=True)
class Scored:
    """A model's metrics and predicted labels on every test set."""

    metrics: dict[str, dict[str, float]]
    labels: dict[str, Labels]


def score(
    model: OmnichatClassifier, sets: dict[str, pd.DataFrame], params: EvaluateParams
) -> dict[str, dict[str, float]]:
    """The model's metrics on every test set (what notebooks compare)."""
    return score_with_labels(model, sets, params).metrics


def score_with_labels(
    model: OmnichatClassifier, sets: dict[str, pd.DataFrame], params: EvaluateParams
) -> Scored:
    """The model's metrics on every test set, computed from the texts through the model's own
    encoder (cached embeddings would favour the model whose encoder produced them), on every
    core, and its labels there."""
    metrics: dict[str, dict[str, float]] = {}
    labels: dict[str, Labels] = {}
    predict = bulk_predictor(model)
    for name, frame in sets.items():
        probs = predict(frame["text"].tolist())
        metrics[name] = labelled_metrics(probs, frame, model.urgency_threshold, params)
        # The confidence the gateway routes on: the automation metrics' paired intervals read it.
        confidence = probs.sub_intent.max(axis=1)
        labels[name] = {**served_labels(probs, model.urgency_threshold), "confidence": confidence}
    return Scored(metrics, labels)


def register_candidate(
    classifier_dir: Path,
    test_sets: dict[str, pd.DataFrame],
    gates: RegisterParams,
    eval_params: EvaluateParams,
) -> RegistrationDecision:
    """Log + register the model in the active run as `challenger`, score it and the champion on
    the same test sets, and move `champion` only when the promotion rule says so."""
    candidate_model = OmnichatClassifier.load(classifier_dir)
    candidate = score_with_labels(candidate_model, test_sets, eval_params)
    examples = test_sets[CORPUS_TEST]["text"].head(3).tolist()
    model_uri = tracking.log_classifier(classifier_dir, examples)
    version = tracking.register(model_uri, gates.model_name)
    tracking.set_alias(gates.model_name, CHALLENGER, version)
    champion_version = tracking.alias_version(gates.model_name, CHAMPION)
    champion, intervals = None, None
    if champion_version is not None:
        # Re-score the champion on these very sets: stored metrics may come from older ones.
        champion_model, _ = load_classifier(f"models:/{gates.model_name}/{champion_version}")
        champion = score_with_labels(champion_model, test_sets, eval_params)
        intervals = {
            name: paired_intervals(
                frame,
                candidate.labels[name],
                champion.labels[name],
                threshold=eval_params.threshold,
                n_bins=eval_params.n_bins,
            )
            for name, frame in test_sets.items()
        }
        log.info("challenger - champion, 95%% paired-bootstrap intervals: %s", intervals)
    champion_metrics = champion.metrics if champion is not None else None
    promoted, reasons, rows = decide(candidate.metrics, champion_metrics, gates, intervals)
    if promoted:
        promote(gates.model_name, version, champion_version)
    tracking.set_version_tag(gates.model_name, version, "decision", "; ".join(reasons))
    log.info("version %s %s: %s", version, "promoted" if promoted else "not promoted", reasons)
    return RegistrationDecision(
        version,
        promoted,
        reasons,
        candidate.metrics,
        champion_metrics,
        champion_version,
        rows,
        intervals,
    )


def promote(model_name: str, version: str, champion_version: str | None) -> None:
    """`champion` -> version; the replaced champion becomes `previous` (what rollback uses)."""
    if champion_version is not None:
        tracking.set_alias(model_name, PREVIOUS, champion_version)
    tracking.set_alias(model_name, CHAMPION, version)
    tracking.delete_alias(model_name, CHALLENGER)


def rollback(model_name: str) -> tuple[str, str]:
    """Point `champion` back at `previous`; returns (old champion, new champion)."""
    current = tracking.alias_version(model_name, CHAMPION)
    previous = tracking.alias_version(model_name, PREVIOUS)
    if current is None or previous is None:
        raise RuntimeError(f"{model_name} has no champion/previous pair to roll back")
    tracking.set_alias(model_name, CHAMPION, previous)
    tracking.set_alias(model_name, PREVIOUS, current)
    return current, previous


def decision_report(decision: RegistrationDecision) -> dict:
    """`{"decision": ..., "table": [...]}`: what reports/register.json and MLflow keep."""
    report = asdict(decision)
    table = report.pop("table")
    return {"decision": report, "table": table}
