"""The serving fast paths return what scikit-learn returns, on a real trained classifier."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.fast_paths import FastTfidf, head_proba
from omnichat_model.features import combine, make_tfidf
from omnichat_model.taxonomy import SUB_INTENTS

ODD_TEXTS = [
    "",  # no n-gram at all: an empty row
    "😡😡😡",  # only characters the vocabulary never saw
    "SEM INTERNET HÁ 3 DIAS!!! ninguém resolve",
    "a" * 3000,
    "boleto boleto boleto boleto",  # repeated n-grams: sublinear tf matters
]


@pytest.fixture(scope="module")
def classifier(classifier_dir: Path) -> OmnichatClassifier:
    return OmnichatClassifier.load(classifier_dir)


@pytest.fixture(scope="module")
def texts(prepared_splits: dict[str, pd.DataFrame]) -> list[str]:
    return prepared_splits["test"]["text"].tolist()[:300] + ODD_TEXTS


def test_tfidf_rows_equal_sklearn(classifier: OmnichatClassifier, texts: list[str]) -> None:
    assert classifier.tfidf is not None and classifier.tfidf.word is not None
    for vectorizer in (classifier.tfidf.char, classifier.tfidf.word):
        expected = vectorizer.transform(texts).tocsr()
        got = FastTfidf(vectorizer).transform(texts)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        np.testing.assert_array_equal(got.indptr, expected.indptr)
        np.testing.assert_array_equal(got.indices, expected.indices)
        np.testing.assert_allclose(got.data, expected.data, rtol=1e-6, atol=1e-7)
        assert got.getnnz(axis=1)[len(texts) - len(ODD_TEXTS)] == 0  # the empty text


def _sklearn_tfidf(classifier: OmnichatClassifier, texts: list[str]) -> sparse.csr_matrix:
    """The text block built by scikit-learn alone: characters, then weighted words."""
    tfidf = classifier.tfidf
    assert tfidf is not None and tfidf.word is not None
    words = tfidf.word.transform(texts) * tfidf.word_weight
    return sparse.hstack([tfidf.char.transform(texts), words], format="csr")


def test_tfidf_settings_it_cannot_reproduce_are_refused() -> None:
    binary = make_tfidf(2, 3, 1, 100).set_params(binary=True).fit(["abc abd", "xyz"])
    assert not FastTfidf.supports(binary)
    with pytest.raises(ValueError, match="binary"):
        FastTfidf(binary)
    assert not FastTfidf.supports(make_tfidf(2, 3, 1, 100))  # not fitted


def test_head_probabilities_equal_sklearn(classifier: OmnichatClassifier, texts: list[str]) -> None:
    x = classifier.features(texts)
    for head in (classifier.sub_intent_head, classifier.sentiment_head, classifier.urgency_head):
        np.testing.assert_allclose(head_proba(head, x), head.predict_proba(x), rtol=1e-12)
    assert len(classifier.urgency_head.classes_) == 2  # the binary branch was exercised


def test_predictions_unchanged_by_the_fast_paths(
    classifier: OmnichatClassifier, texts: list[str]
) -> None:
    """The whole predict_proba against features and heads computed by scikit-learn itself."""
    embeddings = classifier.embed(texts)
    fast = classifier.predict_proba(texts, embeddings)
    x = combine(embeddings, _sklearn_tfidf(classifier, texts), classifier.embedding_weight)
    head = classifier.sub_intent_head
    columns = [list(head.classes_).index(name) for name in SUB_INTENTS]
    slow_sub = classifier.calibrator.transform(head.predict_proba(x)[:, columns])
    np.testing.assert_allclose(fast.sub_intent, slow_sub, atol=1e-6)
    assert (fast.sub_intent.argmax(axis=1) == slow_sub.argmax(axis=1)).all()
    slow_urgency = classifier.urgency_head.predict_proba(x)[:, 1]
    np.testing.assert_allclose(fast.urgency, slow_urgency, atol=1e-6)
