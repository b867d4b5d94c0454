"""Parallel embedding of a batch gives the classifier's own answers."""

from __future__ import annotations

from typing import Any

import pytest

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.encoders import load_encoder
from serving.inference import BatchPredictor

MESSAGES = [
    "minha internet caiu, luz vermelha",
    "quero a segunda via do boleto",
    "a net ta muito lenta a noite",
    "quero cancelar",
    "bom dia",
    "Prezados, a fatura deste mês veio com um valor maior que o contratado. " * 12,
    "o tecnico nao apareceu",
]


@pytest.fixture(scope="module")
def classifier(registered_model: Any) -> OmnichatClassifier:
    return OmnichatClassifier.load(registered_model.classifier_dir, threads=1)


def test_parallel_batches_match_the_classifier(classifier: OmnichatClassifier) -> None:
    assert classifier.encoder_dir is not None, "the session model has an encoder"
    predictor = BatchPredictor(load_encoder(classifier.encoder_dir, threads=1), parallelism=3)
    expected = classifier.predict(MESSAGES)
    got = predictor.predict(classifier, MESSAGES)
    assert [r["sub_intent"] for r in got] == [r["sub_intent"] for r in expected]
    for mine, theirs in zip(got, expected, strict=True):
        assert mine["confidence"] == pytest.approx(theirs["confidence"], abs=1e-4)
        assert mine["urgency_probability"] == pytest.approx(theirs["urgency_probability"], abs=1e-4)
    # A lone message and parallelism 1 take the classifier's own path.
    assert predictor.predict(classifier, MESSAGES[:1])[0]["sub_intent"] == expected[0]["sub_intent"]
    sequential = BatchPredictor(None, parallelism=1).predict(classifier, MESSAGES)
    assert sequential == expected


def test_parallelism_must_be_positive() -> None:
    with pytest.raises(ValueError, match="parallelism"):
        BatchPredictor(None, parallelism=0)
