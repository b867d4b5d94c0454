"""Out-of-fold predictions on the train split, pooled with the calibration split."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.taxonomy import SUB_INTENTS
from training.calibrate import HeldOutPredictions, calibrate, out_of_fold_predictions
from training.config import Params


@pytest.fixture(scope="module")
def oof(
    prepared_splits: dict[str, pd.DataFrame], split_embeddings: dict[str, np.ndarray]
) -> HeldOutPredictions:
    return out_of_fold_predictions(
        prepared_splits["train"], split_embeddings["train"], Params().train, folds=3
    )


def test_out_of_fold_rows_are_predicted_by_heads_that_never_saw_their_family(
    prepared_splits: dict[str, pd.DataFrame],
    split_embeddings: dict[str, np.ndarray],
    classifier_dir: Path,
    oof: HeldOutPredictions,
) -> None:
    train, embeddings = prepared_splits["train"], split_embeddings["train"]
    assert oof.probs.shape == (len(train), len(SUB_INTENTS))
    np.testing.assert_allclose(oof.probs.sum(axis=1), 1.0, atol=1e-6)
    assert [SUB_INTENTS[i] for i in oof.y] == train["sub_intent"].tolist()

    # The model fitted on every train row recalls them far better than heads that had to
    # generalise to unseen families: out-of-fold is not in-sample.
    model = OmnichatClassifier.load(classifier_dir)
    in_sample = model.raw_sub_intent_proba(model.features(train["text"].tolist(), embeddings))
    out_of_fold_accuracy = (oof.probs.argmax(axis=1) == oof.y).mean()
    assert (in_sample.argmax(axis=1) == oof.y).mean() > out_of_fold_accuracy + 0.05
    assert out_of_fold_accuracy > 2 / len(SUB_INTENTS)  # still a model, not noise

    again = out_of_fold_predictions(train, embeddings, Params().train, folds=3)
    np.testing.assert_array_equal(again.probs, oof.probs)  # threads do not change the result


def test_calibration_fits_on_the_pooled_rows(
    prepared_splits: dict[str, pd.DataFrame],
    split_embeddings: dict[str, np.ndarray],
    classifier_dir: Path,
    oof: HeldOutPredictions,
) -> None:
    params = Params()
    model = OmnichatClassifier.load(classifier_dir)
    calibration = prepared_splits["calibration"]
    result = calibrate(model, calibration, split_embeddings["calibration"], params.calibrate, oof)
    assert result.fit_rows == {
        "calibration": len(calibration),
        "out_of_fold": len(prepared_splits["train"]),
    }
    assert result.method in params.calibrate.methods
    assert model.calibrator.method == result.method
