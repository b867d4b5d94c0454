"""The service through its ASGI app: BentoML routing, validation, batching and control routes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from srv_env import RELOAD_TOKEN
from starlette.testclient import TestClient

from serving.contracts import MAX_MESSAGE_CHARS, MAX_MESSAGES


def _classify(client: TestClient, body: Any) -> Any:
    return client.post("/classify", json=body)


def test_readyz_names_the_model(client: TestClient, registered_model: Any) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "model": {"name": registered_model.model_name, "version": registered_model.version},
    }
    assert client.get("/healthz").status_code == 200


def test_model_endpoint(client: TestClient, registered_model: Any) -> None:
    body = client.get("/model").json()
    assert body["version"] == registered_model.version
    assert body["alias"] == "champion"
    assert body["loaded_at"].endswith("Z") or "+00:00" in body["loaded_at"]


def test_classify_returns_one_prediction_per_message(
    client: TestClient, registered_model: Any
) -> None:
    messages = ["minha internet caiu, luz vermelha", "preciso da segunda via da fatura"]
    response = _classify(client, {"messages": messages})
    assert response.status_code == 200
    body = response.json()
    assert [p["intent"] for p in body] == ["technical", "financial"]
    for prediction in body:
        assert prediction["model"] == {
            "name": registered_model.model_name,
            "version": registered_model.version,
        }
        assert prediction["inference_ms"] > 0
        assert len(prediction["probabilities"]["sub_intent"]) == 15


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"messages": []}, "at least 1 item"),
        ({"messages": ["oi"] * (MAX_MESSAGES + 1)}, f"at most {MAX_MESSAGES} items"),
        ({"messages": ["   "]}, "empty"),
        ({"messages": ["x" * (MAX_MESSAGE_CHARS + 1)]}, f"at most {MAX_MESSAGE_CHARS}"),
        ({"messages": [1, 2]}, "valid string"),
        ({"messages": "minha internet caiu"}, "valid array"),
        ({"texts": ["oi"]}, "Field required"),
        (["oi"], "object"),
    ],
)
def test_bad_input_is_a_400_with_a_reason(client: TestClient, body: Any, reason: str) -> None:
    response = _classify(client, body)
    assert response.status_code == 400
    assert reason in response.text


def test_malformed_json_is_a_400(client: TestClient) -> None:
    response = client.post(
        "/classify", content=b'{"messages": [', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "JSON" in response.text


def test_bad_request_does_not_fail_concurrent_good_ones(client: TestClient) -> None:
    bodies = [{"messages": ["quero cancelar"]}] * 12 + [{"messages": [""]}] * 4

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda b: _classify(client, b).status_code, bodies))
    assert statuses == [200] * 12 + [400] * 4


def test_reload_rejects_missing_and_wrong_tokens(client: TestClient) -> None:
    missing = client.post("/reload")
    assert missing.status_code == 401
    assert "Bearer" in missing.json()["error"]
    wrong = client.post("/reload", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_reload_with_token_reports_the_model(client: TestClient, registered_model: Any) -> None:
    response = client.post("/reload", headers={"Authorization": f"Bearer {RELOAD_TOKEN}"})
    assert response.status_code == 200
    assert response.json()["version"] == registered_model.version


def test_openapi_documents_classify_with_examples(client: TestClient) -> None:
    spec = client.get("/docs.json").json()
    assert "/classify" in spec["paths"]
    assert "/model" in spec["paths"]
    assert "minha internet caiu" in str(spec)
