"""The environment serving tests start the server with (imported by conftest and tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

RELOAD_TOKEN = "unit-reload-token"


@contextmanager
def serving_env(registered_model: Any, **extra: str) -> Iterator[None]:
    """Set the server's settings for `registered_model`; the old environment is restored."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MLFLOW_TRACKING_URI", registered_model.tracking_uri)
        patch.setenv("MODEL_URI", registered_model.model_uri)
        patch.setenv("MODEL_RELOAD_TOKEN", RELOAD_TOKEN)
        patch.setenv("SERVING_ONNX_THREADS", "1")
        for key, value in extra.items():
            patch.setenv(key, value)
        yield
