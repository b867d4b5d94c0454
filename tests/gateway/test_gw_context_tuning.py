"""Choosing boosting parameters on the development set, never on the evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.context.boosting import BoostingConfig
from gateway.context.evaluation import ContextExample, load_examples
from gateway.context.tuning import DEV_EXAMPLES_PATH, grid_search
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS

REPO = Path(__file__).resolve().parents[2]


def dist(peaks: dict[str, float]) -> dict[str, float]:
    rest = (1.0 - sum(peaks.values())) / (len(SUB_INTENTS) - len(peaks))
    return {s: peaks.get(s, rest) for s in SUB_INTENTS}


def example(message: str, context: CustomerContext, expected: str, kind: str) -> ContextExample:
    return ContextExample(
        id=message, message=message, context=context, expected_sub_intent=expected, kind=kind
    )


FOLLOW_UP = example(
    "mesmo plano",
    CustomerContext(last_sub_intent="commercial.address_change"),
    "commercial.address_change",
    "follow_up",
)
FOLLOW_UP_PROBS = dist({"commercial.plan_change": 0.75, "commercial.address_change": 0.15})
# A base away from the tuned defaults, so that the search has something to move.
BASE = BoostingConfig(
    ambiguous_confidence=0.6, follow_up_clear_confidence=0.85, follow_up_factor=6.0
)
GRID = {
    "ambiguous_confidence": (0.6,),
    "follow_up_clear_confidence": (0.85, 0.99),
    "follow_up_factor": (6.0, 20.0),
}


def test_the_search_raises_the_follow_up_bar_when_that_fixes_a_follow_up() -> None:
    (best, *rest) = grid_search([FOLLOW_UP], [FOLLOW_UP_PROBS], base=BASE, grid=GRID)
    assert best.changed == {"follow_up_clear_confidence": 0.99, "follow_up_factor": 20.0}
    assert best.report.overall.boosted_correct == 1
    assert len(rest) == 3 and all(c.score < best.score for c in rest)


def test_a_broken_clear_message_outweighs_a_fixed_follow_up() -> None:
    # The same confidence on a short clear message: lowering its bar would break it.
    clear = example(
        "quero cancelar",
        CustomerContext(last_sub_intent="commercial.address_change"),
        "commercial.plan_change",
        "clear",
    )
    (best, *_) = grid_search(
        [FOLLOW_UP, clear], [FOLLOW_UP_PROBS, FOLLOW_UP_PROBS], base=BASE, grid=GRID
    )
    assert best.changed == {} and best.config == BASE
    assert best.report.overall.broken == 0


def test_invalid_combinations_are_skipped_and_unknown_fields_refused() -> None:
    grid = {"ambiguous_confidence": (0.4, 0.9), "clear_confidence": (0.85,)}
    candidates = grid_search([FOLLOW_UP], [FOLLOW_UP_PROBS], base=BASE, grid=grid)
    assert [c.config.ambiguous_confidence for c in candidates] == [0.4]
    with pytest.raises(ValueError, match="unknown BoostingConfig"):
        grid_search([FOLLOW_UP], [FOLLOW_UP_PROBS], grid={"nope": (1.0,)})


def test_dev_set_is_valid_and_shares_no_example_with_the_eval_set() -> None:
    dev = load_examples(DEV_EXAMPLES_PATH)
    evaluation = load_examples()
    assert len(dev) >= 80
    assert {e.kind for e in dev} == {"follow_up", "ambiguous", "clear"}
    key = lambda e: (e.message.casefold(), e.context.model_dump_json())  # noqa: E731
    assert not {key(e) for e in dev} & {key(e) for e in evaluation}
    assert len({e.id for e in dev}) == len(dev)
