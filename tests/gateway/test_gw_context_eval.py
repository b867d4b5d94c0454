"""The context evaluation set and its scoring, and the evaluation script's cache path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gw_fake_model import predict

from gateway.context.evaluation import ContextExample, evaluate, format_report, load_examples
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS

REPO = Path(__file__).resolve().parents[2]


def dist(peaks: dict[str, float]) -> dict[str, float]:
    rest = (1.0 - sum(peaks.values())) / (len(SUB_INTENTS) - len(peaks))
    return {s: peaks.get(s, rest) for s in SUB_INTENTS}


def test_shipped_examples_are_valid_and_cover_the_taxonomy() -> None:
    examples = load_examples()
    assert len(examples) >= 150
    kinds = {e.kind for e in examples}
    assert kinds == {"follow_up", "ambiguous", "clear"}
    assert {e.expected_sub_intent for e in examples if e.kind == "clear"} == set(SUB_INTENTS)
    assert len({e.id for e in examples}) == len(examples)


def test_bad_example_line_is_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = {
        "id": "1",
        "message": "oi",
        "context": {},
        "expected_sub_intent": "other.greeting",
        "kind": "clear",
    }
    path.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "expected_sub_intent": "x.y"}) + "\n"
    )
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load_examples(path)


def test_evaluate_counts_fixes_breaks_and_auto_answers() -> None:
    follow_up = ContextExample(
        id="f",
        message="continua bloqueado",
        context=CustomerContext(overdue_invoice=True, blocked=True),
        expected_sub_intent="financial.payment_confirmation",
        kind="follow_up",
    )
    clear = ContextExample(
        id="c",
        message="quero a segunda via",
        context=CustomerContext(outage_in_region=True),
        expected_sub_intent="financial.invoice_copy",
        kind="clear",
    )
    probs = [
        dist({"technical.no_connection": 0.36, "financial.payment_confirmation": 0.30}),
        dist({"financial.invoice_copy": 0.95}),
    ]
    report = evaluate([follow_up, clear], probs)
    assert (
        report.by_kind["follow_up"].raw_correct,
        report.by_kind["follow_up"].boosted_correct,
    ) == (0, 1)
    assert report.by_kind["follow_up"].fixed == 1
    assert report.by_kind["follow_up"].boosted_auto == 1
    assert report.by_kind["clear"].broken == 0
    assert report.overall.total == 2 and report.overall.boosted_correct == 2
    table = format_report(report)
    assert "overall" in table and "100.0%" in table
    with pytest.raises(ValueError, match="1 examples but 2"):
        evaluate([clear], probs)


def test_eval_script_reads_cached_predictions(tmp_path: Path) -> None:
    # The cache here comes from the keyword test model: it checks the script, not the model.
    cache = tmp_path / "preds.jsonl"
    with cache.open("w") as fh:
        for message in dict.fromkeys(e.message for e in load_examples()):
            probs = predict(message).probabilities.sub_intent
            fh.write(json.dumps({"message": message, "probabilities": probs}) + "\n")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "context_boosting_eval.py"),
            "--predictions",
            str(cache),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "follow_up" in result.stdout and "clear" in result.stdout and "overall" in result.stdout
