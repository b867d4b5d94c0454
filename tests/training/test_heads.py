"""The heads fitted side by side in threads are exactly the heads fitted one after another."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from omnichat_model.features import combine
from training.config import TrainParams, TuneParams
from training.heads import HEADS, fit_head, fit_heads, fit_tfidf_features, label_arrays
from training.tune import Fold, fold_features, score, tune


def _frame(n: int = 240, seed: int = 1) -> tuple[pd.DataFrame, np.ndarray]:
    rng = np.random.default_rng(seed)
    words = {
        "technical.no_connection": "sem internet caiu luz vermelha",
        "financial.invoice_copy": "segunda via boleto fatura pix",
        "commercial.cancellation": "cancelar contrato multa operadora",
    }
    subs = rng.choice(list(words), n)
    texts = [
        " ".join(rng.choice(words[s].split(), 3)) + (" URGENTE" if i % 4 == 0 else "")
        for i, s in enumerate(subs)
    ]
    frame = pd.DataFrame(
        {
            "text": texts,
            "sub_intent": subs,
            "sentiment": rng.choice(["frustrated", "neutral", "satisfied"], n),
            "urgent": [i % 4 == 0 for i in range(n)],
        }
    )
    return frame, rng.normal(size=(n, 8)).astype(np.float32)


def test_threaded_heads_equal_sequential_fits() -> None:
    frame, embeddings = _frame()
    params = TrainParams()
    _, rows = fit_tfidf_features(frame["text"].tolist(), params.features)
    x = combine(embeddings, rows, params.features.embedding_weight)
    y = label_arrays(frame)
    weights = np.linspace(1.0, 3.0, len(frame))

    together = fit_heads(x, y, params, weights)

    assert set(together) == {name for name, _ in HEADS}
    for name, target in HEADS:
        alone = fit_head(x, y[target], getattr(params, name), params.seed, weights)
        np.testing.assert_array_equal(together[name].coef_, alone.coef_)
        np.testing.assert_array_equal(together[name].classes_, alone.classes_)


def test_tuning_score_is_the_same_on_every_call() -> None:
    """The TF-IDF blocks are fitted once per study; reusing them must not leak state."""
    frame, embeddings = _frame()
    fold = Fold(np.arange(0, 180), np.arange(180, 240))
    params = TrainParams()
    data = fold_features(frame, embeddings, fold, params.features)
    first = score(params, data, TuneParams())
    heavier = TrainParams.model_validate(
        {**params.model_dump(), "features": {**params.features.model_dump(), "embedding_weight": 3}}
    )
    score(heavier, data, TuneParams())
    assert score(params, data, TuneParams()) == first
    assert first["objective"] == pytest.approx(
        first["sub_intent_f1"] + 0.5 * first["sentiment_f1"] + 0.5 * first["urgency_f1"]
    )
    assert first["sub_intent_f1"] > 0.9  # three separable topics: the fit works


def _blas_threads() -> set[int]:
    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def test_heads_are_fitted_with_one_thread_each_whatever_the_machine(monkeypatch) -> None:
    # Multi-threaded BLAS sums made lbfgs stop on core-count-dependent points: each fit in the
    # pool must see one BLAS thread, and the process gets its own setting back afterwards.
    seen: list[set[int]] = []

    def recording_fit(x, y, params, seed, sample_weight=None):
        seen.append(_blas_threads())
        return fit_head(x, y, params, seed, sample_weight)

    monkeypatch.setattr("training.heads.fit_head", recording_fit)
    frame, embeddings = _frame()
    params = TrainParams()
    _, rows = fit_tfidf_features(frame["text"].tolist(), params.features)
    x = combine(embeddings, rows, params.features.embedding_weight)
    before = _blas_threads()
    with threadpool_limits(limits=2, user_api="blas"):
        fit_heads(x, label_arrays(frame), params)
        assert _blas_threads() == {2}
    assert seen == [{1}, {1}, {1}]
    assert _blas_threads() == before


def test_tol_decides_how_far_lbfgs_goes() -> None:
    frame, embeddings = _frame()
    params = TrainParams()
    _, rows = fit_tfidf_features(frame["text"].tolist(), params.features)
    x = combine(embeddings, rows, params.features.embedding_weight)
    y = label_arrays(frame)["sub_intent"]
    loose = params.sub_intent.model_copy(update={"C": 50.0, "tol": 1e-2})
    tight = params.sub_intent.model_copy(update={"C": 50.0, "tol": 1e-7})
    loose_fit = fit_head(x, y, loose, params.seed)
    tight_fit = fit_head(x, y, tight, params.seed)
    assert loose_fit.tol == 1e-2 and tight_fit.tol == 1e-7
    assert tight_fit.n_iter_[0] > loose_fit.n_iter_[0]


def test_trials_stop_at_the_tuning_tol_and_the_chosen_heads_at_their_own(
    monkeypatch, mlflow_tracking_uri: str
) -> None:
    frame, embeddings = _frame()
    seen: list[tuple[float, float, float]] = []

    def recording_score(candidate: TrainParams, data, weights) -> dict[str, float]:
        seen.append((candidate.sub_intent.tol, candidate.sentiment.tol, candidate.urgency.tol))
        return score(candidate, data, weights)

    monkeypatch.setattr("training.tune.score", recording_score)
    base = TrainParams.model_validate(
        {**TrainParams().model_dump(), "sub_intent": {"C": 4.0, "tol": 1e-6}}
    )
    result = tune(TuneParams(n_trials=3, head_tol=1e-3), base, frame, embeddings)
    assert seen == [(1e-3, 1e-3, 1e-3)] * 3
    assert result["best_train_params"]["sub_intent"]["tol"] == 1e-6
    assert result["best_train_params"]["sentiment"]["tol"] == TrainParams().sentiment.tol
