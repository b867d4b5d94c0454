"""Confidence calibrators: map a head's probability vectors to calibrated ones.

All three share one interface so the calibrate stage can compare them on the same folds:
`fit(probs, y)` with `probs` (n, k) and integer labels `y`, then `transform(probs) -> probs`.
Temperature scaling rescales the whole vector; isotonic (plain or centred) and Platt recalibrate
the top probability (the "confidence") and spread the rest proportionally, so vectors still sum
to 1.
"""

from __future__ import annotations

from typing import Literal, Protocol

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

CalibrationMethod = Literal["temperature", "isotonic", "centered_isotonic", "platt", "none"]
_EPS = 1e-12


class Calibrator(Protocol):
    method: CalibrationMethod

    def fit(self, probs: np.ndarray, y: np.ndarray) -> Calibrator: ...

    def transform(self, probs: np.ndarray) -> np.ndarray: ...


class IdentityCalibrator:
    method: CalibrationMethod = "none"

    def fit(self, probs: np.ndarray, y: np.ndarray) -> IdentityCalibrator:
        return self

    def transform(self, probs: np.ndarray) -> np.ndarray:
        return probs


class TemperatureScaler:
    """softmax(log p / T), with T chosen to minimise the negative log-likelihood."""

    method: CalibrationMethod = "temperature"

    def __init__(self) -> None:
        self.temperature = 1.0

    def fit(self, probs: np.ndarray, y: np.ndarray) -> TemperatureScaler:
        logp = np.log(np.clip(probs, _EPS, 1.0))

        def nll(log_t: float) -> float:
            scaled = _softmax(logp / np.exp(log_t))
            return float(-np.mean(np.log(np.clip(scaled[np.arange(len(y)), y], _EPS, 1.0))))

        # Search log T so T stays positive; [-3, 3] spans T in [0.05, 20].
        result = minimize_scalar(nll, bounds=(-3.0, 3.0), method="bounded")
        self.temperature = float(np.exp(result.x))
        return self

    def transform(self, probs: np.ndarray) -> np.ndarray:
        return _softmax(np.log(np.clip(probs, _EPS, 1.0)) / self.temperature)


class _TopProbabilityCalibrator:
    """Shared logic of isotonic and Platt: recalibrate max(p), keep the ranking of the rest."""

    method: CalibrationMethod

    def fit(self, probs: np.ndarray, y: np.ndarray) -> _TopProbabilityCalibrator:
        top = probs.max(axis=1)
        correct = (probs.argmax(axis=1) == y).astype(float)
        # With only hits (or only misses) there is nothing to regress: keep the confidences.
        self._degenerate = len(np.unique(correct)) < 2
        if not self._degenerate:
            self._fit_top(top, correct)
        return self

    def transform(self, probs: np.ndarray) -> np.ndarray:
        top = probs.max(axis=1)
        mapped = top if self._degenerate else self._map_top(top)
        new_top = np.clip(mapped, _EPS, 1.0 - _EPS)
        rest = 1.0 - top
        # Scale the non-top entries so the vector sums to one again.
        scale = np.where(rest > _EPS, (1.0 - new_top) / np.maximum(rest, _EPS), 0.0)
        out = probs * scale[:, None]
        out[np.arange(len(probs)), probs.argmax(axis=1)] = new_top
        return out / out.sum(axis=1, keepdims=True)

    def _fit_top(self, top: np.ndarray, correct: np.ndarray) -> None:
        raise NotImplementedError

    def _map_top(self, top: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class IsotonicCalibrator(_TopProbabilityCalibrator):
    method: CalibrationMethod = "isotonic"

    def _fit_top(self, top: np.ndarray, correct: np.ndarray) -> None:
        self._iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
        self._iso.fit(top, correct)

    def _map_top(self, top: np.ndarray) -> np.ndarray:
        return self._iso.predict(top)


class CenteredIsotonicCalibrator(IsotonicCalibrator):
    """Isotonic regression with each flat block reduced to one knot at its centre, the knots
    joined linearly (centred isotonic regression, Oron & Flournoy 2017).

    Plain isotonic maps a whole block of raw confidences to one value, so where a block lands
    decides the gateway's 0.70 rule for all of its messages at once: one training put 204 test
    messages (7.6%) on a plateau at 0.706 and automated 0.770 of the split; the same corpus
    calibrated with this map automates 0.741. The centred map is strictly increasing between its
    first and last knots.
    """

    method: CalibrationMethod = "centered_isotonic"

    def _fit_top(self, top: np.ndarray, correct: np.ndarray) -> None:
        super()._fit_top(top, correct)
        # The plain fit's blocks have distinct values and cover disjoint, ordered ranges of
        # `top` (ties share a block), so sorting by value also sorts the centres.
        values, block = np.unique(self._iso.predict(top), return_inverse=True)
        self._centres = np.bincount(block, weights=top) / np.bincount(block)
        self._values = values

    def _map_top(self, top: np.ndarray) -> np.ndarray:
        return np.interp(top, self._centres, self._values)


class PlattCalibrator(_TopProbabilityCalibrator):
    method: CalibrationMethod = "platt"

    def _fit_top(self, top: np.ndarray, correct: np.ndarray) -> None:
        self._lr = LogisticRegression(C=1e4)
        self._lr.fit(_logit(top)[:, None], correct.astype(int))

    def _map_top(self, top: np.ndarray) -> np.ndarray:
        return self._lr.predict_proba(_logit(top)[:, None])[:, 1]


def make_calibrator(method: CalibrationMethod) -> Calibrator:
    """A fresh, unfitted calibrator for `method`."""
    factories: dict[str, type] = {
        "temperature": TemperatureScaler,
        "isotonic": IsotonicCalibrator,
        "centered_isotonic": CenteredIsotonicCalibrator,
        "platt": PlattCalibrator,
        "none": IdentityCalibrator,
    }
    if method not in factories:
        raise ValueError(f"unknown calibration method {method!r}")
    return factories[method]()


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))
