"""Evaluation of context boosting on labelled context examples (`eval_examples.jsonl`).

Accuracy is reported with and without boosting, separately for follow-ups (which need context)
and clear messages (which context must not override), plus what the 70% routing would do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError, field_validator

from gateway.context.boosting import BoostingConfig, boost
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS

EXAMPLES_PATH = Path(__file__).with_name("eval_examples.jsonl")


class ContextExample(BaseModel):
    """One labelled example: a message, the customer's context and the right sub_intent."""

    id: str
    message: str
    context: CustomerContext
    expected_sub_intent: str
    # follow_up: leans on the conversation; ambiguous: has a topic the model alone cannot
    # settle (a prospect asking about plans); clear: context must not change it.
    kind: Literal["follow_up", "ambiguous", "clear"]
    note: str = ""

    @field_validator("expected_sub_intent")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in SUB_INTENTS:
            raise ValueError(f"unknown sub_intent {value!r}")
        return value


def load_examples(path: Path = EXAMPLES_PATH) -> list[ContextExample]:
    """Read and validate the examples; a bad line raises with its line number."""
    examples: list[ContextExample] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            examples.append(ContextExample.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise ValueError(f"{path}:{number}: invalid example: {exc}") from exc
    if not examples:
        raise ValueError(f"{path} holds no examples")
    return examples


@dataclass
class KindScore:
    """Counts for one kind of example."""

    total: int = 0
    raw_correct: int = 0
    boosted_correct: int = 0
    fixed: int = 0  # wrong before boosting, right after
    broken: int = 0  # right before boosting, wrong after
    raw_auto: int = 0  # would be answered automatically (confidence >= threshold)
    boosted_auto: int = 0
    raw_auto_correct: int = 0
    boosted_auto_correct: int = 0


@dataclass
class EvalReport:
    """Scores per kind and overall."""

    by_kind: dict[str, KindScore] = field(default_factory=dict)

    @property
    def overall(self) -> KindScore:
        """All kinds summed."""
        total = KindScore()
        for score in self.by_kind.values():
            for name in vars(total):
                setattr(total, name, getattr(total, name) + getattr(score, name))
        return total


def evaluate(
    examples: list[ContextExample],
    probabilities: list[dict[str, float]],
    config: BoostingConfig | None = None,
    threshold: float = 0.70,
) -> EvalReport:
    """Score `examples` given the model's sub_intent probabilities for each (same order)."""
    if len(examples) != len(probabilities):
        raise ValueError(f"{len(examples)} examples but {len(probabilities)} predictions")
    report = EvalReport()
    for example, probs in zip(examples, probabilities, strict=True):
        result = boost(probs, example.message, example.context, config)
        score = report.by_kind.setdefault(example.kind, KindScore())
        raw_ok = result.raw_sub_intent == example.expected_sub_intent
        boosted_ok = result.sub_intent == example.expected_sub_intent
        score.total += 1
        score.raw_correct += raw_ok
        score.boosted_correct += boosted_ok
        score.fixed += boosted_ok and not raw_ok
        score.broken += raw_ok and not boosted_ok
        if result.raw_confidence >= threshold:
            score.raw_auto += 1
            score.raw_auto_correct += raw_ok
        if result.confidence >= threshold:
            score.boosted_auto += 1
            score.boosted_auto_correct += boosted_ok
    return report


def _pct(num: int, den: int) -> str:
    return f"{num / den:.1%}" if den else "-"


def format_report(report: EvalReport) -> str:
    """A plain-text table of the report."""
    lines = [
        f"{'kind':<10} {'n':>4} {'acc raw':>8} {'acc boost':>9} {'fixed':>6} {'broken':>7} "
        f"{'auto raw':>9} {'auto boost':>10} {'auto-prec raw':>13} {'auto-prec boost':>15}"
    ]
    rows = [*sorted(report.by_kind.items()), ("overall", report.overall)]
    for kind, s in rows:
        lines.append(
            f"{kind:<10} {s.total:>4} {_pct(s.raw_correct, s.total):>8} "
            f"{_pct(s.boosted_correct, s.total):>9} {s.fixed:>6} {s.broken:>7} "
            f"{_pct(s.raw_auto, s.total):>9} {_pct(s.boosted_auto, s.total):>10} "
            f"{_pct(s.raw_auto_correct, s.raw_auto):>13} "
            f"{_pct(s.boosted_auto_correct, s.boosted_auto):>15}"
        )
    return "\n".join(lines)
