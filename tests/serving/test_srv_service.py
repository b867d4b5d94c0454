"""The service class called directly (no HTTP) on the session's real model."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from fastapi import HTTPException
from srv_env import RELOAD_TOKEN

from omnichat_model.taxonomy import INTENTS, SENTIMENTS, SUB_INTENTS
from serving.contracts import ModelInfo, Prediction

MESSAGES = [
    "minha internet caiu, luz vermelha no modem",
    "quero a segunda via do boleto",
    "quero cancelar meu contrato",
]


def test_classify_answers_the_contract_in_order(service: Any, registered_model: Any) -> None:
    records = service.classify(MESSAGES)
    assert len(records) == len(MESSAGES)
    for record in records:
        prediction = Prediction.model_validate(record)
        probs = prediction.probabilities
        assert list(probs.sub_intent) == list(SUB_INTENTS)
        assert list(probs.intent) == list(INTENTS)
        assert list(probs.sentiment) == list(SENTIMENTS)
        assert sum(probs.sub_intent.values()) == pytest.approx(1.0, abs=1e-4)
        assert prediction.confidence == pytest.approx(max(probs.sub_intent.values()), abs=1e-5)
        assert prediction.sub_intent.startswith(prediction.intent + ".")
        assert prediction.model.version == registered_model.version
    assert records[0]["intent"] == "technical"
    assert records[1]["intent"] == "financial"
    # Order is kept: classifying one message alone gives the same answer as in the batch.
    assert service.classify(MESSAGES[1:2])[0]["sub_intent"] == records[1]["sub_intent"]


def test_model_and_readiness(service: Any, registered_model: Any) -> None:
    assert service.__is_ready__()
    info = service.model()
    assert isinstance(info, ModelInfo)
    assert (info.name, info.version, info.alias) == (
        registered_model.model_name,
        registered_model.version,
        "champion",
    )


def test_reload_checks_the_token_then_swaps(
    service: Any, registered_model: Any, second_version: str
) -> None:
    from training import tracking

    with pytest.raises(HTTPException) as caught:
        service.reload(authorization="Bearer wrong")
    assert caught.value.status_code == 401
    tracking.set_alias(registered_model.model_name, "champion", second_version)
    info = service.reload(authorization=f"Bearer {RELOAD_TOKEN}")
    assert info.version == second_version
    assert service.model().version == second_version
    assert service.classify(MESSAGES[:1])[0]["model"]["version"] == second_version
    # The new model is out of the cyclic GC's sight too (see the test below).
    assert not _collectable(service.holder.current.classifier.sub_intent_head)


def _collectable(obj: object) -> bool:
    """True when full collections would walk `obj` (frozen objects are in no generation)."""
    return gc.is_tracked(obj) and any(o is obj for o in gc.get_objects())


def test_the_loaded_model_is_frozen_out_of_full_collections(service: Any) -> None:
    head = service.holder.current.classifier.sub_intent_head
    assert gc.is_tracked(head)  # a container the collector knows...
    assert not _collectable(head)  # ...kept out of every generation by gc.freeze()
    assert gc.get_freeze_count() > 0
