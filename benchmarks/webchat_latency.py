"""Web-chat latency over a real socket: message -> reply, and agent claim -> "agent joined".

Starts the gateway (`python -m gateway.cli serve`, throwaway SQLite, demo tenant) like
`gateway_load.py`, opens the widget's session and WebSocket as a browser would, then
1. sends `--messages` messages one after another and times each until its reply frame arrives;
2. routes `--handoffs` messages to the desk (default threshold 1.0), claims each through the API
   and times the claim request and the notice frame's arrival on the socket.

    .venv/bin/python benchmarks/webchat_latency.py --model-server-url http://127.0.0.1:3000
    .venv/bin/python benchmarks/webchat_latency.py --stub-model-server   # overhead only
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from gateway_load import gateway_process, percentiles, stub_model_server
from websockets.sync.client import ClientConnection, connect

MESSAGES = (
    "a internet está muito lenta hoje",
    "preciso da segunda via do boleto",
    "estou sem internet desde ontem",
    "quero mudar de plano",
)


def _frame(ws: ClientConnection, wanted: str) -> dict[str, Any]:
    while True:
        frame = json.loads(ws.recv(timeout=30))
        if frame["type"] == wanted:
            return frame
        if frame["type"] == "error":
            raise SystemExit(f"gateway refused a message: {frame}")


@contextmanager
def open_chat(url: str) -> Iterator[ClientConnection]:
    """A widget session and its authenticated socket, from the gateway's own origin."""
    session = httpx.post(
        f"{url}/api/v1/webchat/demo-isp/sessions", json={}, headers={"Origin": url}, timeout=10
    ).json()
    with connect(url.replace("http", "ws", 1) + session["websocket_path"], origin=url) as ws:
        ws.send(json.dumps({"type": "auth", "token": session["token"]}))
        _frame(ws, "ready")
        yield ws


def reply_latency(url: str, count: int) -> list[float]:
    """Milliseconds from sending a message to its reply frame, `count` times."""
    samples = []
    with open_chat(url) as ws:
        for i in range(count):
            started = time.perf_counter()
            ws.send(json.dumps({"type": "message", "text": MESSAGES[i % len(MESSAGES)]}))
            _frame(ws, "message")
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def claim_latency(url: str, key: str, count: int) -> tuple[list[float], list[float]]:
    """(claim request ms, claim -> notice on the socket ms) for `count` hand-offs."""
    api = httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {key}"})
    settings = api.get("/tenant/settings").json()
    settings["routing"]["default_threshold"] = 1.0  # every message goes to the desk
    api.put("/tenant/settings", json=settings).raise_for_status()
    requests, notices = [], []
    for i in range(count):
        with open_chat(url) as ws:
            ws.send(json.dumps({"type": "message", "text": MESSAGES[i % len(MESSAGES)]}))
            conversation = _frame(ws, "message")["conversation_id"]
            queue = api.get("/handoffs", params={"limit": 500}).json()
            handoff = next(h for h in queue if h["conversation_id"] == conversation)
            started = time.perf_counter()
            api.post(f"/handoffs/{handoff['id']}/claim", json={"agent": "bench"}).raise_for_status()
            requests.append((time.perf_counter() - started) * 1000)
            _frame(ws, "notice")
            notices.append((time.perf_counter() - started) * 1000)
    api.close()
    return requests, notices


def main() -> None:
    """Parse arguments, start the gateway, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model-server-url", help="A running model server.")
    source.add_argument("--stub-model-server", action="store_true", help="Overhead-only stand-in.")
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--handoffs", type=int, default=50)
    args = parser.parse_args()
    if not 2 <= args.messages <= 5000 or not 2 <= args.handoffs <= 500:
        raise SystemExit("--messages must be within 2..5000 and --handoffs within 2..500")

    # A benchmark is one very chatty visitor: lift the per-session and per-address limits.
    os.environ["WEBCHAT_MESSAGES_PER_MINUTE"] = os.environ["WEBCHAT_SESSIONS_PER_MINUTE"] = (
        "10000000"
    )

    def bench(model_url: str) -> None:
        with gateway_process(model_url) as (url, key):
            reply_latency(url, 10)  # warm-up
            replies = reply_latency(url, args.messages)
            print(f"message -> reply ({args.messages})  {percentiles(replies)}")
            requests, notices = claim_latency(url, key, args.handoffs)
            print(f"claim request ({args.handoffs})      {percentiles(requests)}")
            print(f"claim -> agent joined    {percentiles(notices)}")

    if args.stub_model_server:
        print("STUB model server: figures show the gateway's overhead, not a model's latency")
        with stub_model_server() as model_url:
            bench(model_url)
        return
    bench(args.model_server_url)


if __name__ == "__main__":
    main()
