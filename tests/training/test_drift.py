"""Drift checks on real messages scored by the session model (Evidently 0.7 underneath).

The same distribution (the other half of the reference's split) must pass every check with
params.yaml's thresholds; a shifted one (financial-only two-topic messages on WhatsApp) must fail.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from drift_fixtures import (
    REFERENCE_SIZE,
    SEED,
    TEST_DRIFT_PARAMS,
    score,
    shifted_messages,
    split_for_drift,
)

from omnichat_model.classifier import OmnichatClassifier
from training.config import Params, load_params
from training.drift.config import DriftParams
from training.drift.reference import load_or_score_reference, sample_reference
from training.drift.report import compare_traffic, data_definition
from training.drift.traffic import drift_frame, read_predictions_jsonl

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = 0.70
PARAMS = load_params(ROOT / "params.yaml").drift.model_copy(update=TEST_DRIFT_PARAMS)


@pytest.fixture(scope="module")
def classifier(classifier_dir: Path) -> OmnichatClassifier:
    return OmnichatClassifier.load(classifier_dir)


@pytest.fixture(scope="module")
def reference(
    classifier: OmnichatClassifier, prepared_splits: dict[str, pd.DataFrame]
) -> pd.DataFrame:
    return load_or_score_reference(
        classifier, prepared_splits["test"], REFERENCE_SIZE, SEED, THRESHOLD, cache_file=None
    )


@pytest.fixture(scope="module")
def traffic(
    classifier: OmnichatClassifier, prepared_splits: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    _, rest = split_for_drift(prepared_splits["test"])
    as_frame = {
        "same": score(classifier, rest).frame,
        "shifted": score(classifier, shifted_messages(rest)).frame,
        "new_phrasing": score(classifier, prepared_splits["calibration"]).frame,
    }
    return {
        name: drift_frame(f["text"], f["sub_intent"], f["confidence"], f["channel"], THRESHOLD)
        for name, f in as_frame.items()
    }


def test_params_yaml_has_a_strict_drift_section() -> None:
    assert load_params(ROOT / "params.yaml").drift.max_text_auc > 0.5
    with pytest.raises(ValueError, match="extra"):
        Params.model_validate({"drift": {"max_text_js": 0.2}})
    with pytest.raises(ValueError):
        DriftParams(max_text_auc=0.4)


def test_reference_sample_is_seeded_and_disjoint_from_the_rest(
    prepared_splits: dict[str, pd.DataFrame],
) -> None:
    split = prepared_splits["test"]
    first, rest = split_for_drift(split)
    assert first.equals(sample_reference(split, REFERENCE_SIZE, SEED))
    assert len(first) == REFERENCE_SIZE and len(rest) == len(split) - REFERENCE_SIZE
    assert not set(first["text"]) & set(rest["text"])
    assert sample_reference(split, len(split) + 1, SEED) is split


def test_same_distribution_passes_every_check(
    reference: pd.DataFrame, traffic: dict[str, pd.DataFrame]
) -> None:
    result = compare_traffic(reference, traffic["same"], PARAMS)
    assert [c.name for c in result.checks] == [
        "text",
        "sub_intent",
        "confidence",
        "channel",
        "automation_rate",
    ]
    assert not result.drifted, result.summary()["checks"]
    assert result.summary()["status"] == "ok"


def test_shifted_traffic_fails_on_sub_intent_channel_and_confidence(
    reference: pd.DataFrame, traffic: dict[str, pd.DataFrame]
) -> None:
    same = {c.name: c for c in compare_traffic(reference, traffic["same"], PARAMS).checks}
    result = compare_traffic(reference, traffic["shifted"], PARAMS)
    shifted = {c.name: c for c in result.checks}
    assert result.drifted
    assert {"sub_intent", "channel"} <= set(result.failed)
    assert result.current["channel_mix"] == {"whatsapp": 1.0}
    # Two-topic messages: the model is less sure, so fewer could be automated.
    assert result.current["mean_confidence"] < result.reference["mean_confidence"]
    assert shifted["confidence"].score > same["confidence"].score
    assert shifted["automation_rate"].score < 0
    assert result.summary()["status"] == "drift"


def test_text_is_compared_as_text_so_new_phrasing_is_detected(
    reference: pd.DataFrame, traffic: dict[str, pd.DataFrame]
) -> None:
    assert list(data_definition(True).text_columns or []) == ["text"]
    # The calibration split holds other phrase families: the domain classifier separates them.
    result = compare_traffic(reference, traffic["new_phrasing"], PARAMS)
    text = next(c for c in result.checks if c.name == "text")
    same = compare_traffic(reference, traffic["same"], PARAMS).checks[0]
    assert text.method == "abs_text_content_drift"
    assert text.score > PARAMS.max_text_auc > same.score
    assert "text" in result.failed


def test_predictions_without_channel_skip_the_channel_check(
    tmp_path: Path, reference: pd.DataFrame, traffic: dict[str, pd.DataFrame]
) -> None:
    path = tmp_path / "predicted.jsonl"
    same = traffic["same"].rename(columns={"text": "message"})
    same[["message", "sub_intent", "confidence"]].to_json(path, orient="records", lines=True)
    current = read_predictions_jsonl(path, THRESHOLD)
    result = compare_traffic(reference, current, PARAMS)
    assert "channel" not in [c.name for c in result.checks]
    assert result.skipped == {"channel": "the current traffic has no channel field"}
    assert not result.drifted


def test_reference_is_cached_per_file(
    tmp_path: Path,
    classifier: OmnichatClassifier,
    prepared_splits: dict[str, pd.DataFrame],
) -> None:
    cache = tmp_path / "ref.parquet"
    split = prepared_splits["test"]
    first = load_or_score_reference(classifier, split, 60, SEED, THRESHOLD, cache)
    assert cache.exists() and len(first) == 60
    # A cached file is read back as is: the classifier is not asked again.
    again = load_or_score_reference(None, split, 60, SEED, THRESHOLD, cache)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(first, again)
