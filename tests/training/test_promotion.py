"""The side-by-side comparison: directions, tolerances and sets a model was not scored on."""

from __future__ import annotations

import math

from training.promotion import AS_GOOD, BETTER, NOT_COMPARED, WORSE, compare, decide, verdict


def test_lower_ece_is_better_and_higher_ece_worse() -> None:
    assert verdict("ece", 0.03, 0.05, tolerance=0.01, min_improvement=0.0) == BETTER
    assert verdict("ece", 0.07, 0.05, tolerance=0.01, min_improvement=0.0) == WORSE
    assert verdict("ece", 0.055, 0.05, tolerance=0.01, min_improvement=0.0) == AS_GOOD


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
