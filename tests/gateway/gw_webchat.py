"""Helpers of the web-chat tests: open a widget session and its socket like the browser does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketTestSession

from gateway.demo import DEMO_SLUG

OWN_ORIGIN = "http://testserver"  # TestClient's base URL: the gateway's hosted widget page
WS_PATH = "/api/v1/webchat/ws"


def new_session(
    client: TestClient,
    origin: str | None = OWN_ORIGIN,
    tenant: str = DEMO_SLUG,
    resume_token: str | None = None,
) -> Any:
    """POST /webchat/{tenant}/sessions from a browser at `origin`."""
    headers = {"origin": origin} if origin else {}
    return client.post(
        f"/api/v1/webchat/{tenant}/sessions",
        json={"resume_token": resume_token},
        headers=headers,
    )


@contextmanager
def open_socket(
    client: TestClient, token: str, origin: str = OWN_ORIGIN
) -> Iterator[tuple[WebSocketTestSession, dict[str, Any]]]:
    """An authenticated socket and its `ready` frame; closed on exit."""
    with client.websocket_connect(WS_PATH, headers={"origin": origin}) as ws:
        ws.send_json({"type": "auth", "token": token})
        ready = receive(ws)
        assert ready["type"] == "ready", ready
        yield ws, ready


def token_for(client: TestClient) -> str:
    """A fresh anonymous session token of the demo tenant."""
    response = new_session(client)
    assert response.status_code == 200, response.text
    return response.json()["token"]


def receive(ws: WebSocketTestSession, timeout_s: float = 10.0) -> dict[str, Any]:
    """The next JSON frame, failing after `timeout_s` instead of hanging the test session."""

    async def next_message() -> Any:
        with anyio.fail_after(timeout_s):
            return await ws._send_rx.receive()  # TestClient's own queue; it has no timeout

    message = ws.portal.call(next_message)
    ws._raise_on_close(message)
    return json.loads(message["text"])
