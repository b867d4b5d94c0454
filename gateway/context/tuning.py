"""Choosing context-boosting parameters on a development set of labelled context examples.

The evaluation set (`eval_examples.jsonl`) is the only honest measure of boosting, so nothing is
tuned on it. Parameters are chosen on a separate development set (`dev_examples.jsonl`, written
independently, with other phrasings and contexts) by a grid search, and the choice is then
scored once on the evaluation set.

Score of a configuration: examples right after boosting, minus `wrong_auto_penalty` for each
wrong label confident enough to be answered automatically (a wrong answer costs more than a
hand-off to a person), minus `broken_penalty` for each example the model had right and context
made wrong (an override of a clear message costs more than a missed follow-up). Ties go to the
configuration that changes the fewest defaults, so a parameter moves only when the development
set says it helps.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.context.boosting import BoostingConfig
from gateway.context.evaluation import ContextExample, EvalReport, evaluate

DEV_EXAMPLES_PATH = Path(__file__).with_name("dev_examples.jsonl")

# The grid around the defaults: likelihood ratios, confidence bounds and the topicless labels.
DEFAULT_GRID: dict[str, tuple[Any, ...]] = {
    "follow_up_factor": (3.0, 6.0, 10.0, 20.0),
    "ambiguous_confidence": (0.4, 0.5, 0.6),
    "clear_confidence": (0.85, 0.9, 0.95),
    "follow_up_clear_confidence": (0.85, 0.9, 0.95, 0.99),
    "topicless_factor": (0.03, 0.1, 0.3),
    "topicless_max_confidence": (0.75, 0.85, 0.95),
    "topicless_labels": (("other.out_of_scope",), ("other.out_of_scope", "other.greeting")),
}


@dataclass(frozen=True)
class Candidate:
    """One configuration of the grid and how it did."""

    config: BoostingConfig
    changed: dict[str, Any]  # the parameters that differ from the base configuration
    report: EvalReport
    score: float


BROKEN_PENALTY = 2.0
WRONG_AUTO_PENALTY = 1.0


def score_report(
    report: EvalReport,
    broken_penalty: float = BROKEN_PENALTY,
    wrong_auto_penalty: float = WRONG_AUTO_PENALTY,
) -> float:
    """The search's score of one configuration's report (see the module doc)."""
    overall = report.overall
    wrong_auto = overall.boosted_auto - overall.boosted_auto_correct
    return (
        overall.boosted_correct - wrong_auto_penalty * wrong_auto - broken_penalty * overall.broken
    )


def grid_search(
    examples: Sequence[ContextExample],
    probabilities: Sequence[Mapping[str, float]],
    base: BoostingConfig | None = None,
    grid: Mapping[str, Sequence[Any]] | None = None,
    broken_penalty: float = BROKEN_PENALTY,
    wrong_auto_penalty: float = WRONG_AUTO_PENALTY,
    threshold: float = 0.70,
) -> list[Candidate]:
    """Every valid configuration of `grid` on top of `base`, best first (see the module doc)."""
    base = base or BoostingConfig()
    grid = grid if grid is not None else DEFAULT_GRID
    unknown = set(grid) - set(BoostingConfig.model_fields)
    if unknown:
        raise ValueError(f"unknown BoostingConfig field(s) {sorted(unknown)}")
    names = list(grid)
    defaults = base.model_dump()
    examples, probabilities = list(examples), [dict(p) for p in probabilities]
    candidates: list[Candidate] = []
    for values in itertools.product(*(grid[name] for name in names)):
        update = dict(zip(names, values, strict=True))
        try:
            config = BoostingConfig.model_validate({**defaults, **update})
        except ValueError:
            continue  # e.g. ambiguous_confidence above clear_confidence
        report = evaluate(examples, probabilities, config, threshold)
        changed = {
            name: getattr(config, name)
            for name in names
            if getattr(config, name) != getattr(base, name)
        }
        score = score_report(report, broken_penalty, wrong_auto_penalty)
        candidates.append(Candidate(config, changed, report, score))
    if not candidates:
        raise ValueError("no valid configuration in the grid")
    candidates.sort(key=lambda c: (-c.score, len(c.changed)))
    return candidates
