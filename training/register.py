"""Stage `register`: log the calibrated model, register a version, and move aliases.

A new version always becomes `challenger`. It becomes `champion` only when it passes every
gate in params.yaml and beats the current champion on the same test split; the previous
champion keeps the `previous` alias so a rollback is one command.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.registry import load_classifier
from training import tracking
from training.config import EvaluateParams, RegisterParams
from training.evaluate import labelled_metrics

log = logging.getLogger(__name__)
CHAMPION, CHALLENGER, PREVIOUS = "champion", "challenger", "previous"
# (metric, higher is better) compared between candidate and champion.
COMPARED = (
    ("intent_accuracy", True),
    ("sub_intent_macro_f1", True),
    ("sentiment_macro_f1", True),
    ("urgency_f1", True),
    ("ece", False),
    ("automated_accuracy", True),
    ("automation_rate", True),
)


@dataclass(frozen=True)
class RegistrationDecision:
    version: str
    promoted: bool
    reasons: list[str]
    candidate: dict[str, float]
    champion: dict[str, float] | None
    champion_version: str | None


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
    candidate: dict[str, float], champion: dict[str, float] | None, gates: RegisterParams
) -> tuple[bool, list[str]]:
    """Whether the candidate should become champion, and why (or why not)."""
    failed = failed_gates(candidate, gates)
    if failed:
        return False, [f"fails gate: {name}" for name in failed]
    if champion is None:
        return True, ["passes every gate and there is no champion yet"]
    gain = candidate["sub_intent_macro_f1"] - champion["sub_intent_macro_f1"]
    if gain <= gates.min_improvement:
        return False, [f"sub_intent macro-F1 gain {gain:+.4f} <= {gates.min_improvement}"]
    return True, [f"beats champion on sub_intent macro-F1 by {gain:+.4f}"]


def register_candidate(
    classifier_dir: Path,
    test: pd.DataFrame,
    test_embeddings: np.ndarray | None,
    gates: RegisterParams,
    eval_params: EvaluateParams,
) -> RegistrationDecision:
    """Log + register the model in the active run, compare with the champion, move aliases."""
    candidate_model = OmnichatClassifier.load(classifier_dir)
    candidate = labelled_metrics(
        candidate_model.predict_proba(test["text"].tolist(), test_embeddings),
        test,
        candidate_model.urgency_threshold,
        eval_params,
    )
    model_uri = tracking.log_classifier(classifier_dir, test["text"].head(3).tolist())
    version = tracking.register(model_uri, gates.model_name)
    champion_version = tracking.alias_version(gates.model_name, CHAMPION)
    champion = None
    if champion_version is not None:
        # Re-score the champion on this very split: stored metrics may come from an older one.
        champion_model, _ = load_classifier(f"models:/{gates.model_name}/{champion_version}")
        champion = labelled_metrics(
            champion_model.predict_proba(test["text"].tolist()),
            test,
            champion_model.urgency_threshold,
            eval_params,
        )
    promoted, reasons = decide(candidate, champion, gates)
    tracking.set_alias(gates.model_name, CHALLENGER, version)
    if promoted:
        if champion_version is not None:
            tracking.set_alias(gates.model_name, PREVIOUS, champion_version)
        tracking.set_alias(gates.model_name, CHAMPION, version)
        tracking.delete_alias(gates.model_name, CHALLENGER)
    tracking.set_version_tag(gates.model_name, version, "decision", "; ".join(reasons))
    log.info("version %s %s: %s", version, "promoted" if promoted else "not promoted", reasons)
    return RegistrationDecision(version, promoted, reasons, candidate, champion, champion_version)


def rollback(model_name: str) -> tuple[str, str]:
    """Point `champion` back at `previous`; returns (old champion, new champion)."""
    current = tracking.alias_version(model_name, CHAMPION)
    previous = tracking.alias_version(model_name, PREVIOUS)
    if current is None or previous is None:
        raise RuntimeError(f"{model_name} has no champion/previous pair to roll back")
    tracking.set_alias(model_name, CHAMPION, previous)
    tracking.set_alias(model_name, PREVIOUS, current)
    return current, previous


def side_by_side(decision: RegistrationDecision) -> list[dict[str, object]]:
    """Rows of the candidate-vs-champion table printed and logged by the stage."""
    rows = []
    for metric, higher_better in COMPARED:
        cand = decision.candidate.get(metric)
        champ = decision.champion.get(metric) if decision.champion else None
        delta = None if cand is None or champ is None else cand - champ
        rows.append(
            {
                "metric": metric,
                "candidate": cand,
                "champion": champ,
                "delta": delta,
                "better": None if delta is None else (delta > 0) == higher_better and delta != 0,
            }
        )
    return rows


def decision_dict(decision: RegistrationDecision) -> dict:
    return asdict(decision)
