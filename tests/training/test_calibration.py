"""Calibrators: they must fix over-confidence and keep probability vectors valid."""

from __future__ import annotations

import numpy as np
import pytest

from omnichat_model.calibration import make_calibrator
from training.metrics import expected_calibration_error


def _overconfident(n: int = 4000, k: int = 5, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities that claim ~0.97 while the arg-max is right only ~70% of the time."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    predicted = np.where(rng.random(n) < 0.7, y, (y + rng.integers(1, k, n)) % k)
    logits = rng.normal(0, 0.3, (n, k))
    logits[np.arange(n), predicted] += 4.0
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return probs, y


@pytest.mark.parametrize("method", ["temperature", "isotonic", "centered_isotonic", "platt"])
def test_calibrator_reduces_ece_on_held_out_data(method: str) -> None:
    probs, y = _overconfident(seed=1)
    held_probs, held_y = _overconfident(seed=2)
    before = expected_calibration_error(
        held_probs.max(axis=1), held_probs.argmax(axis=1) == held_y, 15
    )
    calibrated = make_calibrator(method).fit(probs, y).transform(held_probs)
    after = expected_calibration_error(
        calibrated.max(axis=1), calibrated.argmax(axis=1) == held_y, 15
    )
    assert before > 0.2
    assert after < 0.05


@pytest.mark.parametrize(
    "method", ["temperature", "isotonic", "centered_isotonic", "platt", "none"]
)
def test_calibrated_vectors_are_distributions_with_the_same_argmax(method: str) -> None:
    probs, y = _overconfident(n=500)
    calibrated = make_calibrator(method).fit(probs, y).transform(probs)
    np.testing.assert_allclose(calibrated.sum(axis=1), 1.0, atol=1e-9)
    assert (calibrated >= 0).all()
    assert (calibrated.argmax(axis=1) == probs.argmax(axis=1)).all()


def test_temperature_above_one_for_overconfident_model() -> None:
    probs, y = _overconfident()
    scaler = make_calibrator("temperature").fit(probs, y)
    assert scaler.temperature > 1.5


@pytest.mark.parametrize("method", ["isotonic", "centered_isotonic"])
def test_isotonic_with_only_correct_predictions_keeps_confidence(method: str) -> None:
    probs = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]])
    y = probs.argmax(axis=1)
    out = make_calibrator(method).fit(probs, y).transform(probs)
    np.testing.assert_allclose(out, probs)


def _top_map(method: str, probs: np.ndarray, y: np.ndarray, top: np.ndarray) -> np.ndarray:
    """The calibrated confidence of two-class vectors whose top probability is `top`."""
    calibrator = make_calibrator(method).fit(probs, y)
    return calibrator.transform(np.column_stack([top, 1.0 - top])).max(axis=1)


def test_centered_isotonic_has_no_plateau_for_a_threshold_to_fall_on() -> None:
    # Confidence in [0.5, 1) whose arg-max is right with probability 0.2 + 0.75 * top.
    rng = np.random.default_rng(4)
    top = rng.uniform(0.5, 1.0, 3000)
    correct = rng.random(3000) < 0.2 + 0.75 * top
    probs = np.column_stack([top, 1.0 - top])
    y = np.where(correct, 0, 1)
    grid = np.linspace(0.6, 0.9, 400)

    plain = _top_map("isotonic", probs, y, grid)
    centred = _top_map("centered_isotonic", probs, y, grid)

    # Plain isotonic maps whole ranges to one value; the centred map rises everywhere inside.
    assert (np.diff(plain) == 0).mean() > 0.5
    assert (np.diff(centred) > 0).all()
    # Both estimate the same curve.
    truth = 0.2 + 0.75 * grid
    assert np.abs(centred - truth).max() < 0.06
    assert np.abs(centred - truth).mean() <= np.abs(plain - truth).mean()


def test_unknown_method_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown calibration method"):
        make_calibrator("magic")  # type: ignore[arg-type]
