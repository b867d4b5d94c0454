"""The only module that knows the model server: its HTTP contract (docs/model-server-api.md).

Connection failures are retried (the request never reached the server, so retrying is safe);
timeouts and server errors are not, and every failure surfaces as `ModelServerUnavailable`,
which the API turns into a 503.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from omnichat_model.taxonomy import INTENTS, SENTIMENTS, SUB_INTENTS

MAX_BATCH = 64


class ModelServerUnavailable(Exception):
    """The model server could not give an answer (down, timing out, erroring or malformed)."""


class ModelServerRejected(Exception):
    """The model server refused our request as invalid (a 4xx): a gateway bug, not an outage."""


class Probabilities(BaseModel):
    """Per-head probability distributions of one message."""

    sub_intent: dict[str, float]
    intent: dict[str, float]
    sentiment: dict[str, float]

    @model_validator(mode="after")
    def _check_labels(self) -> Probabilities:
        for head, labels in (
            ("sub_intent", SUB_INTENTS),
            ("intent", INTENTS),
            ("sentiment", SENTIMENTS),
        ):
            got = getattr(self, head)
            if set(got) != set(labels):
                raise ValueError(f"probabilities.{head} keys do not match the taxonomy")
        return self


class ModelInfo(BaseModel):
    """Name and version of the model that answered."""

    model_config = ConfigDict(extra="allow")
    name: str
    version: str


class Prediction(BaseModel):
    """The model server's answer for one message."""

    model_config = ConfigDict(extra="allow")
    intent: str
    sub_intent: str
    sentiment: str
    urgent: bool
    confidence: float = Field(ge=0.0, le=1.0)
    urgency_probability: float = Field(ge=0.0, le=1.0)
    probabilities: Probabilities
    model: ModelInfo
    inference_ms: float = Field(ge=0.0)


@dataclass(frozen=True)
class ClassifyResult:
    """Predictions in request order, with the round trip measured by the gateway."""

    predictions: list[Prediction]
    round_trip_ms: float


class ModelClient(Protocol):
    """What the gateway needs from a classifier; the API depends on this seam."""

    def classify(self, messages: list[str]) -> ClassifyResult:
        """Classify 1..64 messages."""

    def ready(self) -> bool:
        """True when the model server is up and has a model loaded."""


class HttpModelClient:
    """httpx client of the model server with timeouts and connection-error retries."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 2.0,
        connect_timeout_s: float = 0.5,
        connect_retries: int = 2,
        retry_backoff_s: float = 0.05,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._connect_retries = connect_retries
        self._retry_backoff_s = retry_backoff_s
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout_s, connect=connect_timeout_s),
            limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
        )

    def _request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        attempts = self._connect_retries + 1
        for attempt in range(attempts):
            try:
                return self._client.request(method, path, **kwargs)  # type: ignore[arg-type]
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if attempt + 1 == attempts:
                    raise ModelServerUnavailable(
                        f"model server at {self.base_url} unreachable after {attempts} attempts: "
                        f"{exc.__class__.__name__}"
                    ) from exc
                time.sleep(self._retry_backoff_s * (2**attempt))
            except httpx.TimeoutException as exc:
                raise ModelServerUnavailable(
                    f"model server at {self.base_url} timed out ({exc.__class__.__name__})"
                ) from exc
            except httpx.HTTPError as exc:
                raise ModelServerUnavailable(
                    f"model server at {self.base_url} failed: {exc.__class__.__name__}"
                ) from exc
        raise AssertionError("unreachable")  # the loop always returns or raises

    def classify(self, messages: list[str]) -> ClassifyResult:
        """Classify `messages` (1..64 non-empty strings) and return typed predictions."""
        if not 1 <= len(messages) <= MAX_BATCH:
            raise ValueError(f"between 1 and {MAX_BATCH} messages per call, got {len(messages)}")
        started = time.perf_counter()
        response = self._request("POST", "/classify", json={"messages": messages})
        round_trip_ms = (time.perf_counter() - started) * 1000
        if response.status_code in (400, 422):
            raise ModelServerRejected(f"model server rejected the request: {response.text[:300]}")
        if response.status_code != 200:
            raise ModelServerUnavailable(
                f"model server answered HTTP {response.status_code}: {response.text[:300]}"
            )
        try:
            payload = response.json()
            predictions = [Prediction.model_validate(item) for item in payload]
        except (ValueError, TypeError, ValidationError) as exc:
            raise ModelServerUnavailable(f"model server sent a malformed answer: {exc}") from exc
        if len(predictions) != len(messages):
            raise ModelServerUnavailable(
                f"model server answered {len(predictions)} predictions for {len(messages)} messages"
            )
        return ClassifyResult(predictions=predictions, round_trip_ms=round_trip_ms)

    def ready(self) -> bool:
        """True when `GET /readyz` answers 200."""
        try:
            return self._request("GET", "/readyz").status_code == 200
        except ModelServerUnavailable:
            return False

    def serving_model(self) -> ModelInfo:
        """`GET /model`: the registry version serving now (alias, run_id, loaded_at as extras)."""
        return self._model_info(self._request("GET", "/model"))

    def reload(self, token: str) -> ModelInfo:
        """`POST /reload`: load what the champion alias points to now (Bearer reload token)."""
        headers = {"Authorization": f"Bearer {token}"}
        return self._model_info(self._request("POST", "/reload", headers=headers))

    @staticmethod
    def _model_info(response: httpx.Response) -> ModelInfo:
        if response.status_code != 200:
            raise ModelServerUnavailable(
                f"model server answered HTTP {response.status_code}: {response.text[:300]}"
            )
        try:
            return ModelInfo.model_validate(response.json())
        except (ValueError, ValidationError) as exc:
            raise ModelServerUnavailable(f"model server sent a malformed answer: {exc}") from exc

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()
