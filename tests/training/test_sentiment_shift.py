"""The sentiment classes' log-odds shift: chosen on held-out rows, saved with the model, applied
to the probabilities the model returns (so the label stays their argmax)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score

from omnichat_model.classifier import OmnichatClassifier, shift_classes
from omnichat_model.taxonomy import SENTIMENTS
from training.calibrate import best_sentiment_shift, calibrate
from training.config import Params


def _held_out(*groups: tuple[int, list[float], str]) -> tuple[np.ndarray, np.ndarray]:
    """Head probabilities and true labels: `n` rows of `probs` labelled `label` per group."""
    probs = np.vstack([np.tile(row, (n, 1)) for n, row, _ in groups])
    truth = np.array([label for n, _, label in groups for _ in range(n)])
    return probs, truth


def test_a_head_that_over_predicts_satisfied_is_shifted_towards_neutral() -> None:
    probs, truth = _held_out(
        (50, [0.8, 0.1, 0.1], "frustrated"),
        (40, [0.1, 0.42, 0.48], "neutral"),  # the head calls these satisfied
        (10, [0.05, 0.15, 0.8], "satisfied"),
    )
    before = f1_score(truth, np.asarray(SENTIMENTS)[probs.argmax(axis=1)], average="macro")

    shift, f1 = best_sentiment_shift(probs, truth)

    assert shift[0] == 0.0 and shift[1] > shift[2]
    assert before < 0.7 and f1 == pytest.approx(1.0)
    shifted = shift_classes(probs, shift)
    assert (np.asarray(SENTIMENTS)[shifted.argmax(axis=1)] == truth).all()


def test_a_head_that_is_already_right_is_left_alone() -> None:
    probs, truth = _held_out(
        (20, [0.7, 0.2, 0.1], "frustrated"),
        (20, [0.2, 0.7, 0.1], "neutral"),
        (20, [0.1, 0.2, 0.7], "satisfied"),
    )
    assert best_sentiment_shift(probs, truth) == ((0.0, 0.0, 0.0), 1.0)


def test_shifted_probabilities_are_a_renormalised_prior_change() -> None:
    probs = np.array([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])
    assert shift_classes(probs, (0.0, 0.0, 0.0)) is probs
    shifted = shift_classes(probs, (0.0, np.log(2.0), 0.0))
    np.testing.assert_allclose(shifted.sum(axis=1), 1.0)
    np.testing.assert_allclose(shifted[0], np.array([0.6, 0.6, 0.1]) / 1.3)


def test_calibrate_chooses_the_shift_and_the_model_applies_and_keeps_it(
    prepared_splits: dict[str, pd.DataFrame],
    split_embeddings: dict[str, np.ndarray],
    classifier_dir: Path,
    tmp_path: Path,
) -> None:
    model = OmnichatClassifier.load(classifier_dir)
    calibration = prepared_splits["calibration"]
    result = calibrate(model, calibration, split_embeddings["calibration"], Params().calibrate)
    assert model.sentiment_shift == result.sentiment_shift
    assert result.sentiment_f1["shifted"] >= result.sentiment_f1["unshifted"]

    texts = calibration["text"].tolist()[:40]
    for record in model.predict(texts):
        shown = record["probabilities"]["sentiment"]
        assert record["sentiment"] == max(shown, key=shown.__getitem__)

    model.sentiment_shift = (0.0, 0.5, -0.75)
    reopened = OmnichatClassifier.load(model.save(tmp_path / "shifted"))
    assert reopened.sentiment_shift == (0.0, 0.5, -0.75)
    np.testing.assert_allclose(
        reopened.predict_proba(texts).sentiment, model.predict_proba(texts).sentiment
    )


def test_a_model_saved_before_the_shift_existed_loads_unshifted(
    classifier_dir: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    shutil.copytree(classifier_dir, old)
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    manifest.pop("sentiment_shift", None)
    (old / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert OmnichatClassifier.load(old).sentiment_shift == (0.0, 0.0, 0.0)
