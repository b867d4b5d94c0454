"""The side-by-side comparison: directions, tolerances and sets a model was not scored on."""

from __future__ import annotations

import math
from pathlib import Path

from training.config import load_params
from training.promotion import (
    AS_GOOD,
    BETTER,
    NOT_COMPARED,
    WITHIN_NOISE,
    WORSE,
    compare,
    decide,
    verdict,
)

ROOT = Path(__file__).resolve().parents[2]


def test_lower_ece_is_better_and_higher_ece_worse() -> None:
    assert verdict("ece", 0.03, 0.05, tolerance=0.01, min_improvement=0.0) == BETTER
    assert verdict("ece", 0.07, 0.05, tolerance=0.01, min_improvement=0.0) == WORSE
    assert verdict("ece", 0.055, 0.05, tolerance=0.01, min_improvement=0.0) == AS_GOOD


def test_a_gain_counts_as_better_only_beyond_its_interval() -> None:
    holds_zero = {"delta": 0.01, "low": -0.004, "high": 0.02}
    clears = {"delta": 0.01, "low": 0.003, "high": 0.02}
    assert verdict("urgency_f1", 0.86, 0.85, 0.01, 0.0, holds_zero) == WITHIN_NOISE
    assert verdict("urgency_f1", 0.86, 0.85, 0.01, 0.0, clears) == BETTER
    # An interval never turns a loss or a tie into anything else.
    assert verdict("urgency_f1", 0.83, 0.85, 0.01, 0.0, clears) == WORSE
    assert verdict("urgency_f1", 0.85, 0.85, 0.01, 0.0, holds_zero) == AS_GOOD
    # ECE: lower is better, so its interval must lie below zero.
    below = {"delta": -0.01, "low": -0.02, "high": -0.002}
    assert verdict("ece", 0.02, 0.03, 0.01, 0.0, below) == BETTER
    assert verdict("ece", 0.02, 0.03, 0.01, 0.0, {**below, "high": 0.001}) == WITHIN_NOISE


def test_missing_or_nan_values_are_not_compared() -> None:
    assert verdict("intent_accuracy", 0.9, None, 0.01, 0.0) == NOT_COMPARED
    assert verdict("automated_accuracy", math.nan, 0.9, 0.01, 0.0) == NOT_COMPARED


def test_only_gated_metrics_get_a_verdict() -> None:
    rows = compare(
        {"test": {"intent_accuracy": 0.9, "automation_rate": 0.5}},
        {"test": {"intent_accuracy": 0.8, "automation_rate": 0.9}},
        {"test": {"intent_accuracy": 0.0}},
        min_improvement=0.0,
    )
    by_metric = {r.metric: r for r in rows}
    assert by_metric["intent_accuracy"].verdict == BETTER
    assert by_metric["automation_rate"].verdict == ""  # shown, not gated
    assert decide(rows) == (True, ["better on test.intent_accuracy (0.9000 vs 0.8000)"])


def test_a_champion_never_scored_on_feedback_does_not_block_promotion() -> None:
    rows = compare(
        {"test": {"intent_accuracy": 0.9}, "feedback_test": {"sub_intent_accuracy": 1.0}},
        {"test": {"intent_accuracy": 0.85}},
        {"test": {"intent_accuracy": 0.0}, "feedback_test": {"sub_intent_accuracy": 0.0}},
        min_improvement=0.0,
    )
    promoted, reasons = decide(rows)
    assert promoted
    assert "feedback_test.sub_intent_accuracy not compared" in reasons


def test_the_project_gate_refuses_a_challenger_that_automates_worse() -> None:
    """The 2026-12-02 encoder-layer challenger: a hair better on sentiment, worse where it
    answers alone. params.yaml's gate must refuse it (it promoted it before automation was gated).
    """
    gated = load_params(ROOT / "params.yaml").registry.gated
    champion = {"intent_accuracy": 0.8993, "sub_intent_macro_f1": 0.7930, "ece": 0.0176,
                "sentiment_macro_f1": 0.7249, "urgency_f1": 0.7451,
                "automation_rate": 0.6993, "automated_accuracy": 0.8972}  # fmt: skip
    challenger = {**champion, "sentiment_macro_f1": 0.7269, "automation_rate": 0.7096,
                  "automated_accuracy": 0.8800}  # fmt: skip
    promoted, reasons = decide(compare({"test": challenger}, {"test": champion}, gated, 0.0))
    assert not promoted
    assert reasons == ["worse on test.automated_accuracy (0.8800 vs 0.8972)"]
    # Automating less to be right more often is refused too.
    fewer = {**champion, "automation_rate": 0.6, "automated_accuracy": 0.93}
    promoted, reasons = decide(compare({"test": fewer}, {"test": champion}, gated, 0.0))
    assert (promoted, reasons) == (False, ["worse on test.automation_rate (0.6000 vs 0.6993)"])
