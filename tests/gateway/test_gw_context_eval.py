"""The context evaluation set and its scoring, and the evaluation script's cache path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gw_fake_model import predict

from gateway.context.boosting import BoostingConfig
from gateway.context.evaluation import ContextExample, evaluate, format_report, load_examples
from gateway.context.tuning import DEV_EXAMPLES_PATH
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


def _cache_keyword_predictions(path: Path, messages: list[str]) -> None:
    # Keyword test model predictions: they check the script's flow, not the model.
    with path.open("w") as fh:
        for message in dict.fromkeys(messages):
            probs = predict(message).probabilities.sub_intent
            fh.write(json.dumps({"message": message, "probabilities": probs}) + "\n")


def _run_eval_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "context_boosting_eval.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=REPO,
    )


def test_eval_script_reads_cached_predictions(tmp_path: Path) -> None:
    cache = tmp_path / "preds.jsonl"
    _cache_keyword_predictions(cache, [e.message for e in load_examples()])
    result = _run_eval_script("--predictions", str(cache))
    assert result.returncode == 0, result.stderr
    assert "follow_up" in result.stdout and "clear" in result.stdout and "overall" in result.stdout


def test_eval_script_tunes_on_dev_then_scores_on_eval(tmp_path: Path) -> None:
    cache = tmp_path / "preds.jsonl"
    examples = load_examples() + load_examples(DEV_EXAMPLES_PATH)
    _cache_keyword_predictions(cache, [e.message for e in examples])
    config_path = tmp_path / "boosting.json"
    result = _run_eval_script(
        "--predictions", str(cache), "--tune", "--write-config", str(config_path)
    )
    assert result.returncode == 0, result.stderr
    assert "development examples" in result.stdout
    assert "chosen on the development set" in result.stdout
    BoostingConfig.model_validate_json(config_path.read_text())
    # Without the development set's messages in the cache the script says which is missing.
    partial = tmp_path / "partial.jsonl"
    _cache_keyword_predictions(partial, [e.message for e in load_examples()])
    missing = _run_eval_script("--predictions", str(partial), "--tune")
    assert missing.returncode != 0 and "missing from" in missing.stderr
