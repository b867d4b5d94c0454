"""The tuning fold holds out phrase families and tone cue families, like the test split."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from training.config import TuneParams
from training.tune import TONE_BANKS, family_fold, family_folds, mean_scores


def _frame(n: int = 400, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    tones = [f"{bank}/c{i}" for bank in ("frustration", "urgency", "praise") for i in range(8)]
    return pd.DataFrame(
        {
            "text": [f"m{i}" for i in range(n)],
            "sub_intent": rng.choice(["technical.no_connection", "other.greeting"], n),
            "family": [f"f{k}" for k in rng.integers(0, 12, n)],
            "cue_families": [
                np.array([*rng.choice(tones, rng.integers(0, 3), replace=False), "closing/bye"])
                for _ in range(n)
            ],
        }
    )


def test_no_phrase_or_tone_cue_family_is_shared_across_the_fold() -> None:
    frame = _frame()
    fold = family_fold(frame, 0.3, seed=5)
    fit, val = frame.iloc[fold.fit_index], frame.iloc[fold.validation_index]
    assert len(fit) > 0 and len(val) > 0
    key = frame["sub_intent"] + "/" + frame["family"]
    assert not set(key.iloc[fold.fit_index]) & set(key.iloc[fold.validation_index])

    def tones(part: pd.DataFrame) -> set[str]:
        return {c for cues in part["cue_families"] for c in cues if c.split("/")[0] in TONE_BANKS}

    assert not tones(fit) & tones(val)
    # Non-tone cues (closings) do not restrict the fold.
    assert all("closing/bye" in cues for cues in val["cue_families"])


def test_fold_is_reproducible() -> None:
    frame = _frame()
    a, b = family_fold(frame, 0.3, seed=5), family_fold(frame, 0.3, seed=5)
    np.testing.assert_array_equal(a.validation_index, b.validation_index)


def test_train_only_families_are_fitted_on_and_change_nothing_held_out() -> None:
    frame = _frame()
    before = family_fold(frame, 0.3, seed=5)
    later = frame.sample(60, random_state=1).assign(family=lambda f: "later" + f["family"])
    grown = pd.concat([frame, later], ignore_index=True)
    only = frozenset(later["family"])
    after = family_fold(grown, 0.3, seed=5, train_only=only)
    # The same rows are held out, and no train-only row is ever validated on.
    np.testing.assert_array_equal(after.validation_index, before.validation_index)
    assert not set(grown["family"].iloc[after.validation_index]) & only
    assert set(grown["family"].iloc[after.fit_index]) & only


def test_several_folds_are_the_single_folds_of_consecutive_seeds() -> None:
    frame = _frame()
    folds = family_folds(frame, TuneParams(folds=3, seed=5, validation_fraction=0.3))
    assert len(folds) == 3
    for k, fold in enumerate(folds):
        np.testing.assert_array_equal(
            fold.validation_index, family_fold(frame, 0.3, seed=5 + k).validation_index
        )
    # Different seeds hold out different families: the folds are not one fold three times.
    held = [frozenset(frame["family"].iloc[f.validation_index]) for f in folds]
    assert len(set(held)) == 3
    # folds=1 is the single fold of earlier studies.
    (only,) = family_folds(frame, TuneParams(seed=5, validation_fraction=0.3))
    np.testing.assert_array_equal(only.validation_index, folds[0].validation_index)


def test_the_objective_of_several_folds_is_their_mean() -> None:
    scores = mean_scores(
        [{"objective": 1.2, "sub_intent_f1": 0.7}, {"objective": 1.4, "sub_intent_f1": 0.9}]
    )
    assert scores == {"objective": pytest.approx(1.3), "sub_intent_f1": pytest.approx(0.8)}
