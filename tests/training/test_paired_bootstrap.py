"""The paired family bootstrap: intervals that tell a real difference from family luck."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from omnichat_model.classifier import Probabilities, served_labels, to_records
from omnichat_model.taxonomy import INTENTS, SENTIMENTS, SUB_INTENTS, intent_of
from training.metrics import Labels, automation_at, expected_calibration_error
from training.paired_bootstrap import format_intervals, paired_intervals

SUBS = ("technical.no_connection", "financial.invoice_copy", "commercial.cancellation")


def _frame(families_per_sub: int = 8, rows_per_family: int = 10) -> pd.DataFrame:
    rows = [
        {"sub_intent": sub, "family": f"{sub}/f{k}", "sentiment": "neutral", "urgent": k % 2 == 0}
        for sub in SUBS
        for k in range(families_per_sub)
        for _ in range(rows_per_family)
    ]
    frame = pd.DataFrame(rows)
    frame["intent"] = frame["sub_intent"].map(intent_of)
    return frame


def _labels(frame: pd.DataFrame, wrong_families: set[str]) -> Labels:
    """The true labels, except every row of `wrong_families` is given another sub_intent."""
    sub = frame["sub_intent"].to_numpy().copy()
    wrong = frame["family"].isin(wrong_families).to_numpy()
    sub[wrong] = np.where(sub[wrong] == SUBS[0], SUBS[1], SUBS[0])
    return {
        "sub_intent": sub,
        "intent": np.array([intent_of(s) for s in sub]),
        "sentiment": frame["sentiment"].to_numpy(),
        "urgent": frame["urgent"].to_numpy(),
    }


def test_a_model_right_on_more_families_is_better_beyond_the_interval() -> None:
    frame = _frame()
    weak = {f"{sub}/f{k}" for sub in SUBS for k in range(3)}  # 3 of 8 families wrong
    intervals = paired_intervals(frame, _labels(frame, set()), _labels(frame, weak))
    sub = intervals["sub_intent_macro_f1"]
    assert sub["delta"] > 0 and sub["low"] > 0 and sub["low"] <= sub["delta"] <= sub["high"]
    # Sentiment and urgency labels are the same for both models: no difference on any draw.
    assert intervals["sentiment_macro_f1"] == {"delta": 0.0, "low": 0.0, "high": 0.0}


def test_one_family_either_way_is_within_the_interval() -> None:
    frame = _frame()
    one, other = {f"{SUBS[0]}/f0"}, {f"{SUBS[1]}/f0"}
    sub = paired_intervals(frame, _labels(frame, one), _labels(frame, other))["sub_intent_macro_f1"]
    assert sub["low"] < 0 < sub["high"]


def test_automation_at_the_threshold_gets_intervals_too() -> None:
    # Same labels, wrong on 2 of 8 families: the champion is unsure exactly there (it automates
    # 75%, all right), the challenger is sure everywhere (automates all, 75% right).
    frame = _frame()
    wrong = {f"{sub}/f{k}" for sub in SUBS for k in range(2)}
    champion, challenger = _labels(frame, wrong), _labels(frame, wrong)
    unsure = frame["family"].isin(wrong).to_numpy()
    champion["confidence"] = np.where(unsure, 0.5, 0.9)
    challenger["confidence"] = np.full(len(frame), 0.9)

    intervals = paired_intervals(frame, challenger, champion, threshold=0.7)

    rate, accuracy = intervals["automation_rate"], intervals["automated_accuracy"]
    assert rate["delta"] == pytest.approx(0.25) and rate["low"] > 0
    assert accuracy["delta"] == pytest.approx(-0.25) and accuracy["high"] < 0
    assert intervals["sub_intent_macro_f1"] == {"delta": 0.0, "low": 0.0, "high": 0.0}
    # The deltas are the evaluate stage's own figures.
    truth = frame["sub_intent"].to_numpy()
    figures = [
        automation_at(labels["confidence"], labels["sub_intent"] == truth, 0.7)
        for labels in (challenger, champion)
    ]
    assert rate["delta"] == pytest.approx(
        figures[0]["automation_rate"] - figures[1]["automation_rate"]
    )
    assert accuracy["delta"] == pytest.approx(
        figures[0]["automated_accuracy"] - figures[1]["automated_accuracy"]
    )
    # Without a threshold only the label metrics are compared (labels need no confidence).
    assert "automation_rate" not in paired_intervals(frame, _labels(frame, wrong), champion)


def test_intervals_are_seeded() -> None:
    frame = _frame()
    a, b = _labels(frame, {f"{SUBS[0]}/f1"}), _labels(frame, {f"{SUBS[2]}/f2", f"{SUBS[0]}/f3"})
    assert paired_intervals(frame, a, b, seed=4) == paired_intervals(frame, a, b, seed=4)


def test_predicted_labels_read_the_probabilities_like_the_metrics_do() -> None:
    n = 4
    sub = np.full((n, len(SUB_INTENTS)), 0.01)
    sub[np.arange(n), [0, 5, 11, 14]] = 0.9
    intent = np.zeros((n, len(INTENTS)))
    for column, name in enumerate(SUB_INTENTS):
        intent[:, INTENTS.index(intent_of(name))] += sub[:, column]
    sentiment = np.tile([0.2, 0.5, 0.3], (n, 1))
    labels = served_labels(
        Probabilities(sub, intent, sentiment, np.array([0.1, 0.4, 0.5, 0.9])), 0.45
    )
    assert list(labels["sub_intent"]) == [SUB_INTENTS[i] for i in (0, 5, 11, 14)]
    assert list(labels["intent"]) == [intent_of(SUB_INTENTS[i]) for i in (0, 5, 11, 14)]
    assert list(labels["sentiment"]) == [SENTIMENTS[1]] * n
    assert list(labels["urgent"]) == [False, False, True, True]


def test_the_measured_intent_is_the_served_one() -> None:
    # The best sub_intent is technical, but the financial sub_intents together weigh more:
    # the served record says technical, and so must the labels the metrics read.
    sub = np.zeros((1, len(SUB_INTENTS)))
    sub[0, SUB_INTENTS.index("technical.no_connection")] = 0.34
    for name in ("financial.invoice_copy", "financial.negotiation", "financial.billing_dispute"):
        sub[0, SUB_INTENTS.index(name)] = 0.22
    intent = np.zeros((1, len(INTENTS)))
    for column, name in enumerate(SUB_INTENTS):
        intent[:, INTENTS.index(intent_of(name))] += sub[:, column]
    probs = Probabilities(sub, intent, np.array([[0.2, 0.5, 0.3]]), np.array([0.9]))
    (record,) = to_records(probs, 0.5)
    labels = served_labels(probs, 0.5)
    assert INTENTS[int(intent.argmax())] == "financial"
    assert record["intent"] == labels["intent"][0] == "technical"
    assert record["sub_intent"] == labels["sub_intent"][0]


def test_the_counted_scores_equal_sklearns() -> None:
    from sklearn.metrics import accuracy_score, f1_score

    from training.paired_bootstrap import METRICS

    rng = np.random.default_rng(3)
    truth, predicted = rng.choice(SUBS, 200), rng.choice(SUBS[:2], 200)  # one label never said
    urgent, said = rng.random(200) < 0.3, rng.random(200) < 0.4
    _, macro = METRICS["sub_intent_macro_f1"]
    _, binary = METRICS["urgency_f1"]
    _, accuracy = METRICS["intent_accuracy"]
    assert macro(truth, predicted) == pytest.approx(
        f1_score(truth, predicted, average="macro", zero_division=0)
    )
    assert binary(urgent, said) == pytest.approx(f1_score(urgent, said))
    assert binary(urgent, np.zeros(200, dtype=bool)) == 0.0
    assert accuracy(truth, predicted) == pytest.approx(accuracy_score(truth, predicted))


def test_the_printed_lines_say_what_the_interval_means() -> None:
    text = format_intervals(
        {
            "test": {
                "sub_intent_macro_f1": {"delta": -0.0137, "low": -0.026, "high": -0.0009},
                "sentiment_macro_f1": {"delta": 0.0093, "low": -0.0077, "high": 0.0293},
                "urgency_f1": {"delta": 0.02, "low": 0.004, "high": 0.03},
            },
            # ECE is an error: an interval below zero is the challenger's gain.
            "feedback_test": {"ece": {"delta": -0.01, "low": -0.02, "high": -0.001}},
        }
    )
    assert "-0.0137  [-0.0260, -0.0009]  worse" in text
    assert "+0.0093  [-0.0077, +0.0293]  cannot tell" in text
    assert "+0.0200  [+0.0040, +0.0300]  better" in text
    assert "on feedback_test" in text and text.rstrip().endswith("better")


def test_ece_gets_an_interval_from_the_confidences() -> None:
    # Both models are right on the same rows (5 of 8 families). The champion says 0.9
    # everywhere (ECE |0.625 - 0.9| on the whole set); the challenger says 0.95 where it is
    # right and 0.05 where it is wrong (ECE 0.05 on any draw).
    frame = _frame()
    wrong = {f"{sub}/f{k}" for sub in SUBS for k in range(3)}
    champion, challenger = _labels(frame, wrong), _labels(frame, wrong)
    unsure = frame["family"].isin(wrong).to_numpy()
    champion["confidence"] = np.full(len(frame), 0.9)
    challenger["confidence"] = np.where(unsure, 0.05, 0.95)

    ece = paired_intervals(frame, challenger, champion, threshold=0.7, n_bins=10)["ece"]

    truth = frame["sub_intent"].to_numpy()
    figures = [
        expected_calibration_error(labels["confidence"], labels["sub_intent"] == truth, 10)
        for labels in (challenger, champion)
    ]
    assert ece["delta"] == pytest.approx(figures[0] - figures[1]) and ece["delta"] < 0
    assert ece["high"] < 0


def test_a_set_without_families_resamples_its_messages() -> None:
    # The feedback test set has no family column: each message is drawn on its own.
    with_families = _frame().head(40)
    frame = with_families.drop(columns="family")
    right = _labels(with_families, set())

    def wrong_on(rows: int) -> Labels:
        labels = {k: v.copy() for k, v in right.items()}
        labels["sub_intent"][:rows] = SUBS[2]  # the first rows are no_connection / invoice_copy
        return labels

    ten = paired_intervals(frame, right, wrong_on(10))["sub_intent_accuracy"]
    assert ten["delta"] == pytest.approx(0.25) and ten["low"] > 0
    one = paired_intervals(frame, right, wrong_on(1))["sub_intent_accuracy"]
    assert one["delta"] == pytest.approx(0.025) and one["low"] <= 0


def test_a_set_where_nothing_is_automated_has_no_automation_interval() -> None:
    frame = _frame().head(20)
    labels = _labels(frame, set())
    unsure = {**labels, "confidence": np.full(len(frame), 0.3)}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "All-NaN slice" warning either
        intervals = paired_intervals(frame, unsure, unsure, threshold=0.7)
    accuracy = intervals["automated_accuracy"]
    assert all(math.isnan(accuracy[k]) for k in ("delta", "low", "high"))
    assert format_intervals({"feedback_test": intervals}).count("cannot tell") == len(intervals)
