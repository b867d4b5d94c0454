"""A real model server for the whole test session, serving the session's `registered_model`.

Import the fixtures into the root conftest (`from fixtures_model_server import
model_server, model_server_url  # noqa: F401`) so gateway tests can call a real server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from serving.launcher import ServerProcess, start_server

# POST /reload needs `Authorization: Bearer <this>` on the session server.
MODEL_SERVER_RELOAD_TOKEN = "test-reload-token"


@pytest.fixture(scope="session")
def model_server(
    registered_model, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """`bentoml serve` on a free port in its own process group; stopped by PID at the end."""
    log_path = tmp_path_factory.mktemp("model-server") / "server.log"
    env = {
        "MLFLOW_TRACKING_URI": registered_model.tracking_uri,
        "MODEL_URI": registered_model.model_uri,
        "MODEL_RELOAD_TOKEN": MODEL_SERVER_RELOAD_TOKEN,
    }
    with log_path.open("wb") as log:
        try:
            server = start_server(env=env, log=log)
        except (RuntimeError, TimeoutError) as exc:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"model server failed to start: {exc}\n{tail}") from exc
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="session")
def model_server_url(model_server: ServerProcess) -> str:
    """Base URL (`http://127.0.0.1:<port>`) of the session's real model server."""
    return model_server.url
