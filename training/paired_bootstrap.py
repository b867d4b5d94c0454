"""How sure a challenger-vs-champion difference is: a paired bootstrap over phrase families.

The test split holds out whole phrase families (6-9 per sub_intent), and the messages of one
family tend to be right or wrong together, so they are not independent draws. Each draw here
resamples the families of every sub_intent with replacement and scores both models on the same
messages. The spread of the difference is what the split can tell. On this project's split,
one model's sub_intent macro-F1 alone has a standard deviation of about 0.016 across draws.
A test set without phrase families (the human-corrected feedback test set) resamples messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

import numpy as np
import pandas as pd

from training.metrics import Labels, expected_calibration_error
from training.promotion import clear_direction


# Counted with numpy: sklearn's scorers validate their input on every call, which made 300
# draws of four metrics for two models take seconds; the figures are the same (tested).
def _f1(truth: np.ndarray, predicted: np.ndarray, label: object) -> float:
    hits, said = truth == label, predicted == label
    true_pos = np.count_nonzero(hits & said)
    wrong = np.count_nonzero(hits ^ said)
    return 2 * true_pos / (2 * true_pos + wrong) if true_pos or wrong else 0.0


def _macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    """sklearn's macro-F1: the mean over every label in the truth or the predictions."""
    labels = np.union1d(truth, predicted)
    return float(np.mean([_f1(truth, predicted, label) for label in labels]))


def _binary_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    return float(_f1(truth, predicted, True))


def _accuracy(truth: np.ndarray, predicted: np.ndarray) -> float:
    return float(np.mean(truth == predicted))


# metric -> (label column, scoring function); the gated label metrics of the registry.
METRICS: Final[dict[str, tuple[str, Callable[[np.ndarray, np.ndarray], float]]]] = {
    "intent_accuracy": ("intent", _accuracy),
    "sub_intent_accuracy": ("sub_intent", _accuracy),
    "sub_intent_macro_f1": ("sub_intent", _macro_f1),
    "sentiment_macro_f1": ("sentiment", _macro_f1),
    "urgency_f1": ("urgent", _binary_f1),
}

# A scorer reads the truth and one model's labels (with its "confidence"), both cut to a draw.
Scorer = Callable[[Labels, Labels], float]


def _confidence_scorers(threshold: float, n_bins: int) -> dict[str, Scorer]:
    """The metrics that read the model's confidence: the automation metrics at the gateway's
    threshold (training.metrics.automation_at: accuracy is the sub_intent's, on the messages at
    or above it) and the expected calibration error (lower is better)."""

    def rate(truth: Labels, predicted: Labels) -> float:
        return float(np.mean(predicted["confidence"] >= threshold))

    def accuracy(truth: Labels, predicted: Labels) -> float:
        automated = predicted["confidence"] >= threshold
        if not automated.any():
            return float("nan")
        return _accuracy(truth["sub_intent"][automated], predicted["sub_intent"][automated])

    def ece(truth: Labels, predicted: Labels) -> float:
        correct = truth["sub_intent"] == predicted["sub_intent"]
        return expected_calibration_error(predicted["confidence"], correct, n_bins)

    return {"automated_accuracy": accuracy, "automation_rate": rate, "ece": ece}


def _scorers(threshold: float | None, n_bins: int) -> dict[str, Scorer]:
    scorers: dict[str, Scorer] = {
        name: (lambda t, p, c=column, f=metric: f(t[c], p[c]))
        for name, (column, metric) in METRICS.items()
    }
    if threshold is not None:
        scorers.update(_confidence_scorers(threshold, n_bins))
    return scorers


def _family_rows(frame: pd.DataFrame) -> list[list[np.ndarray]]:
    """Row indices of each family, grouped by sub_intent (a row is its own family without one)."""
    families = frame["family"] if "family" in frame.columns else pd.Series(range(len(frame)))
    keys = pd.DataFrame(
        {
            "sub_intent": frame["sub_intent"].to_numpy(),
            "family": families.to_numpy(),
            "row": np.arange(len(frame)),
        }
    )
    return [
        [rows.to_numpy() for _, rows in group.groupby("family")["row"]]
        for _, group in keys.groupby("sub_intent")
    ]


def paired_intervals(
    frame: pd.DataFrame,
    challenger: Labels,
    champion: Labels,
    draws: int = 300,
    seed: int = 0,
    threshold: float | None = None,
    n_bins: int = 15,
) -> dict[str, dict[str, float]]:
    """Per metric: the challenger-minus-champion difference on `frame` and its 95% interval.

    With `threshold`, both models' labels carry a "confidence" column, and the automation rate,
    the accuracy on the automated messages at that threshold and the ECE (over `n_bins`) get
    intervals too. `low` > 0 means the challenger is higher on every family draw but the
    luckiest 2.5% (for ECE, `high` < 0 means lower, i.e. better); an interval that holds 0 means
    the split cannot tell the two apart on that metric.
    """
    truth: Labels = {
        "intent": frame["intent"].to_numpy(),
        "sub_intent": frame["sub_intent"].to_numpy(),
        "sentiment": frame["sentiment"].to_numpy(),
        "urgent": frame["urgent"].astype(bool).to_numpy(),
    }
    scorers = _scorers(threshold, n_bins)
    groups = _family_rows(frame)
    rng = np.random.default_rng(seed)
    samples: dict[str, list[float]] = {name: [] for name in scorers}
    for _ in range(draws):
        rows = np.concatenate(
            [fams[k] for fams in groups for k in rng.integers(0, len(fams), len(fams))]
        )
        true, new, old = ({k: v[rows] for k, v in x.items()} for x in (truth, challenger, champion))
        for name, scorer in scorers.items():
            samples[name].append(scorer(true, new) - scorer(true, old))
    result = {}
    for name, scorer in scorers.items():
        # nan only when a draw automates nothing for one model: that draw says nothing. A small
        # feedback test set may have no draw left, and then no interval (nan, "cannot tell").
        drawn = np.asarray(samples[name])
        said = drawn[~np.isnan(drawn)]
        low, high = np.percentile(said, [2.5, 97.5]) if said.size else (np.nan, np.nan)
        delta = scorer(truth, challenger) - scorer(truth, champion)
        result[name] = {"delta": delta, "low": float(low), "high": float(high)}
    return result


def format_intervals(intervals: Mapping[str, Mapping[str, Mapping[str, float]]]) -> str:
    """The lines `omnichat register` prints under its table, one block per test set."""
    lines = []
    for test_set, metrics in intervals.items():
        lines.append(f"  challenger - champion on {test_set}, 95% paired-bootstrap interval:")
        for name, i in metrics.items():
            lines.append(
                f"  {name:22s} {i['delta']:+.4f}  [{i['low']:+.4f}, {i['high']:+.4f}]  "
                f"{clear_direction(name, i)}"
            )
    return "\n".join(lines)
