"""Metric helpers against hand-computed values."""

from __future__ import annotations

import numpy as np
import pytest

from training.metrics import automation_at, expected_calibration_error, reliability_bins


def test_ece_of_perfectly_calibrated_bins_is_zero() -> None:
    confidence = np.array([0.25] * 4 + [0.75] * 4)
    correct = np.array([1, 0, 0, 0, 1, 1, 1, 0], dtype=bool)
    assert expected_calibration_error(confidence, correct, n_bins=4) == pytest.approx(0.0)


def test_ece_by_hand() -> None:
    # One bin holds everything: |accuracy 0.5 - confidence 0.9| = 0.4.
    confidence = np.array([0.9, 0.9, 0.9, 0.9])
    correct = np.array([True, False, True, False])
    assert expected_calibration_error(confidence, correct, n_bins=10) == pytest.approx(0.4)


def test_confidence_of_one_lands_in_the_last_bin() -> None:
    bins = reliability_bins(np.array([1.0, 0.0]), np.array([True, False]), n_bins=5)
    assert bins[-1].count == 1 and bins[0].count == 1


def test_automation_at_threshold_is_inclusive() -> None:
    confidence = np.array([0.7, 0.69, 0.95, 0.2])
    correct = np.array([True, True, False, False])
    result = automation_at(confidence, correct, 0.70)
    assert result["automation_rate"] == pytest.approx(0.5)
    assert result["automated_accuracy"] == pytest.approx(0.5)


def test_ece_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        expected_calibration_error(np.array([]), np.array([], dtype=bool), 10)
