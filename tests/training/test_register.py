"""Promotion rules: gates first, then the candidate must beat the champion."""

from __future__ import annotations

from training.config import RegisterParams
from training.register import decide, failed_gates

GOOD = {
    "intent_accuracy": 0.98,
    "sub_intent_macro_f1": 0.94,
    "sentiment_macro_f1": 0.86,
    "urgency_f1": 0.88,
    "ece": 0.02,
}


def test_good_candidate_without_champion_is_promoted() -> None:
    promoted, reasons = decide(GOOD, None, RegisterParams())
    assert promoted
    assert "no champion" in reasons[0]


def test_candidate_failing_a_gate_is_never_promoted() -> None:
    bad = {**GOOD, "ece": 0.5}
    promoted, reasons = decide(bad, None, RegisterParams())
    assert not promoted
    assert reasons == ["fails gate: ece"]


def test_failed_gates_lists_every_failure() -> None:
    bad = {**GOOD, "intent_accuracy": 0.1, "urgency_f1": 0.1}
    assert failed_gates(bad, RegisterParams()) == ["intent_accuracy", "urgency_f1"]


def test_equal_candidate_does_not_replace_champion() -> None:
    promoted, reasons = decide(GOOD, dict(GOOD), RegisterParams())
    assert not promoted
    assert "gain +0.0000" in reasons[0]


def test_better_candidate_replaces_champion() -> None:
    champion = {**GOOD, "sub_intent_macro_f1": 0.90}
    promoted, _ = decide(GOOD, champion, RegisterParams())
    assert promoted


def test_minimum_improvement_is_respected() -> None:
    champion = {**GOOD, "sub_intent_macro_f1": 0.935}
    promoted, _ = decide(GOOD, champion, RegisterParams(min_improvement=0.01))
    assert not promoted
