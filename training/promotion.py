"""Challenger vs champion: the promotion rule and the side-by-side table.

Both models are scored on the same test sets (the corpus test split, and the human-corrected
feedback test set when there is one). The challenger is promoted only when, on every gated
metric of `registry.gated` in params.yaml, it is at least as good as the champion (worse by no
more than that metric's tolerance), and on at least one it is strictly better (by more than
`registry.min_improvement`). With `registry.clear_gain`, "strictly better" also needs the paired
bootstrap's 95% interval of the difference (training/paired_bootstrap.py) to lie on the better
side of zero: a gain the test set cannot tell from family luck is reported, and counts as "as good".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass

# ECE is an error: lower is better. Every other reported metric is higher-is-better.
LOWER_IS_BETTER = frozenset({"ece"})
DISPLAYED = (
    "intent_accuracy",
    "sub_intent_accuracy",
    "sub_intent_macro_f1",
    "sentiment_macro_f1",
    "urgency_f1",
    "ece",
    "automation_rate",
    "automated_accuracy",
)
BETTER, AS_GOOD, WORSE, NOT_COMPARED = "better", "as good", "worse", "not compared"
# Better on the point estimate, but the interval of the difference holds zero.
WITHIN_NOISE = "better within noise"

SetMetrics = Mapping[str, Mapping[str, float]]
# test set -> metric -> {"delta", "low", "high"}: challenger minus champion, 95% interval.
SetIntervals = Mapping[str, Mapping[str, Mapping[str, float]]]


@dataclass(frozen=True)
class Comparison:
    """One row of the side-by-side table."""

    test_set: str
    metric: str
    challenger: float | None
    champion: float | None
    delta: float | None
    gated: bool
    tolerance: float | None
    verdict: str
    # The 95% interval of challenger - champion, where the test set has one.
    low: float | None = None
    high: float | None = None


def verdict(
    metric: str,
    challenger: float | None,
    champion: float | None,
    tolerance: float,
    min_improvement: float,
    interval: Mapping[str, float] | None = None,
) -> str:
    """better / as good / worse for one metric (lower-is-better metrics are flipped). With an
    `interval`, a gain is "better" only when the interval clears zero on the better side."""
    if not _number(challenger) or not _number(champion):
        return NOT_COMPARED
    gain = challenger - champion
    if metric in LOWER_IS_BETTER:
        gain = -gain
    if gain > min_improvement:
        if interval is not None and clear_direction(metric, interval) != BETTER:
            return WITHIN_NOISE
        return BETTER
    return AS_GOOD if gain >= -tolerance else WORSE


def clear_direction(metric: str, interval: Mapping[str, float]) -> str:
    """better / worse when the whole 95% interval of challenger - champion is on one side of
    zero (lower-is-better metrics flipped), else "cannot tell"."""
    higher, lower = interval["low"] > 0, interval["high"] < 0
    if metric in LOWER_IS_BETTER:
        higher, lower = lower, higher
    return BETTER if higher else WORSE if lower else "cannot tell"


def compare(
    challenger: SetMetrics,
    champion: SetMetrics,
    gated: Mapping[str, Mapping[str, float]],
    min_improvement: float,
    intervals: SetIntervals | None = None,
) -> list[Comparison]:
    """Every displayed and gated metric of every test set the challenger was scored on; with
    `intervals`, a gated gain must clear its interval to count as better."""
    rows = []
    for test_set, metrics in challenger.items():
        rules = gated.get(test_set, {})
        set_intervals = (intervals or {}).get(test_set, {})
        names = [m for m in DISPLAYED if m in metrics] + [m for m in rules if m not in DISPLAYED]
        for metric in names:
            cand = metrics.get(metric)
            champ = champion.get(test_set, {}).get(metric)
            is_gated = metric in rules
            comparable = _number(cand) and _number(champ)
            interval = set_intervals.get(metric)
            rows.append(
                Comparison(
                    test_set=test_set,
                    metric=metric,
                    challenger=cand,
                    champion=champ,
                    delta=cand - champ if comparable else None,
                    gated=is_gated,
                    tolerance=rules.get(metric),
                    verdict=verdict(metric, cand, champ, rules[metric], min_improvement, interval)
                    if is_gated
                    else "",
                    low=interval["low"] if interval else None,
                    high=interval["high"] if interval else None,
                )
            )
    return rows


def decide(rows: list[Comparison]) -> tuple[bool, list[str]]:
    """Promote when no gated metric is worse and at least one is better; reasons either way."""
    gated = [r for r in rows if r.gated]
    worse = [r for r in gated if r.verdict == WORSE]
    better = [r for r in gated if r.verdict == BETTER]
    skipped = [f"{r.test_set}.{r.metric} not compared" for r in gated if r.verdict == NOT_COMPARED]
    noise = [f"{WITHIN_NOISE} on {_describe(r)}" for r in gated if r.verdict == WITHIN_NOISE]
    if worse:
        return False, [f"worse on {_describe(r)}" for r in worse] + skipped
    if not better:
        return False, ["no gated metric is clearly better than the champion's", *noise, *skipped]
    return True, [f"better on {_describe(r)}" for r in better] + noise + skipped


def format_table(rows: list[Comparison]) -> str:
    """The table printed by `omnichat register` / `omnichat retrain`."""
    header = (
        f"  {'test set':14s} {'metric':22s} {'challenger':>10s} {'champion':>10s} "
        f"{'delta':>8s}  gate"
    )
    lines = [header]
    for r in rows:
        gate = f"{r.verdict} (tol {r.tolerance:g})" if r.gated else ""
        lines.append(
            f"  {r.test_set:14s} {r.metric:22s} {_fmt(r.challenger):>10s} "
            f"{_fmt(r.champion):>10s} {_fmt(r.delta, signed=True):>8s}  {gate}"
        )
    return "\n".join(lines)


def as_dicts(rows: list[Comparison]) -> list[dict[str, object]]:
    return [asdict(r) for r in rows]


def _describe(row: Comparison) -> str:
    interval = "" if row.low is None else f", 95% [{row.low:+.4f}, {row.high:+.4f}]"
    return f"{row.test_set}.{row.metric} ({row.challenger:.4f} vs {row.champion:.4f}{interval})"


def _number(value: float | None) -> bool:
    return value is not None and not math.isnan(value)


def _fmt(value: float | None, signed: bool = False) -> str:
    if not _number(value):
        return "—"
    return f"{value:+.4f}" if signed else f"{value:.4f}"
