"""Promotion rules: absolute gates first, then challenger vs champion on the same test sets."""

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


def sets(test: dict[str, float], feedback: dict[str, float] | None = None):
    return {"test": test} | ({"feedback_test": feedback} if feedback else {})


def test_good_candidate_without_champion_is_promoted() -> None:
    promoted, reasons, _ = decide(sets(GOOD), None, RegisterParams())
    assert promoted
    assert "no champion" in reasons[0]


def test_candidate_failing_a_gate_is_never_promoted() -> None:
    bad = {**GOOD, "ece": 0.5}
    promoted, reasons, _ = decide(sets(bad), None, RegisterParams())
    assert not promoted
    assert reasons == ["fails gate: ece"]


def test_failed_gates_lists_every_failure() -> None:
    bad = {**GOOD, "intent_accuracy": 0.1, "urgency_f1": 0.1}
    assert failed_gates(bad, RegisterParams()) == ["intent_accuracy", "urgency_f1"]


def test_equal_candidate_does_not_replace_champion() -> None:
    promoted, reasons, _ = decide(sets(GOOD), sets(dict(GOOD)), RegisterParams())
    assert not promoted
    assert reasons[0] == "no gated metric is clearly better than the champion's"


def test_better_candidate_replaces_champion() -> None:
    champion = {**GOOD, "sub_intent_macro_f1": 0.90}
    promoted, reasons, _ = decide(sets(GOOD), sets(champion), RegisterParams())
    assert promoted
    assert reasons == ["better on test.sub_intent_macro_f1 (0.9400 vs 0.9000)"]


def test_minimum_improvement_is_respected() -> None:
    champion = {**GOOD, "sub_intent_macro_f1": 0.935}
    promoted, _, _ = decide(sets(GOOD), sets(champion), RegisterParams(min_improvement=0.01))
    assert not promoted


def test_better_on_feedback_but_worse_beyond_tolerance_on_corpus_is_refused() -> None:
    candidate = sets({**GOOD, "urgency_f1": 0.85}, {"sub_intent_accuracy": 0.9})
    champion = sets(GOOD, {"sub_intent_accuracy": 0.2})
    promoted, reasons, _ = decide(candidate, champion, RegisterParams())
    assert not promoted
    assert reasons == ["worse on test.urgency_f1 (0.8500 vs 0.8800)"]


def test_small_loss_within_tolerance_with_a_feedback_gain_is_promoted() -> None:
    candidate = sets({**GOOD, "urgency_f1": 0.875}, {"sub_intent_accuracy": 0.9})
    champion = sets(GOOD, {"sub_intent_accuracy": 0.2})
    promoted, reasons, rows = decide(candidate, champion, RegisterParams())
    assert promoted
    assert reasons == ["better on feedback_test.sub_intent_accuracy (0.9000 vs 0.2000)"]
    urgency = next(r for r in rows if r.test_set == "test" and r.metric == "urgency_f1")
    assert urgency.verdict == "as good"


def interval(low: float, high: float) -> dict[str, float]:
    return {"delta": (low + high) / 2, "low": low, "high": high}


def test_a_gain_inside_its_interval_does_not_replace_champion() -> None:
    champion = {**GOOD, "sub_intent_macro_f1": 0.93}
    noisy = {"test": {"sub_intent_macro_f1": interval(-0.005, 0.025)}}
    promoted, reasons, rows = decide(sets(GOOD), sets(champion), RegisterParams(), noisy)
    assert not promoted
    assert reasons == [
        "no gated metric is clearly better than the champion's",
        "better within noise on test.sub_intent_macro_f1 (0.9400 vs 0.9300, "
        "95% [-0.0050, +0.0250])",
    ]
    (row,) = [r for r in rows if r.metric == "sub_intent_macro_f1"]
    assert (row.low, row.high) == (-0.005, 0.025)
    # The same gain clearing zero promotes; with clear_gain off the point estimate decides.
    clear = {"test": {"sub_intent_macro_f1": interval(0.002, 0.018)}}
    assert decide(sets(GOOD), sets(champion), RegisterParams(), clear)[0]
    assert decide(sets(GOOD), sets(champion), RegisterParams(clear_gain=False), noisy)[0]


def test_a_lower_ece_counts_when_its_interval_is_below_zero() -> None:
    champion = {**GOOD, "ece": 0.03}
    below = {"test": {"ece": interval(-0.015, -0.005)}}
    promoted, reasons, _ = decide(sets(GOOD), sets(champion), RegisterParams(), below)
    assert promoted, reasons
    around = {"test": {"ece": interval(-0.02, 0.001)}}
    assert not decide(sets(GOOD), sets(champion), RegisterParams(), around)[0]
