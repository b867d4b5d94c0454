"""A real HTTP receiver for webhook tests: verifies signatures, dedupes by event id, and can be
told to fail, answer slowly or go down (its port closed) and come back on the same port.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from gateway.webhooks import signing

SECRET = "receiver-secret-0123456789abcdef"


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Receiver:
    """Records every request; `processed` holds each event id once (a deduplicating CRM)."""

    port: int = field(default_factory=free_port)
    secret: str = SECRET
    fail_first: int = 0  # answer `fail_status` to the first N requests
    fail_status: int = 500
    delay_s: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)
    processed: dict[str, dict[str, Any]] = field(default_factory=dict)
    bad_signatures: int = 0
    in_flight: int = 0
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def start(self) -> Receiver:
        """Listen (again) on `port`."""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver._handle(self, body)

            def log_message(self, *_: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        """Close the port: connections are refused until `start` again."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        try:
            signing.verify(
                self.secret,
                body,
                handler.headers.get(signing.SIGNATURE_HEADER),
                handler.headers.get(signing.TIMESTAMP_HEADER),
                tolerance_s=300,
            )
            valid = True
        except signing.SignatureError:
            valid = False
        event = json.loads(body)
        with self._lock:
            self.requests.append(
                {"event": event, "headers": dict(handler.headers), "at": time.time()}
            )
            failing = len(self.requests) <= self.fail_first
            if not valid:
                self.bad_signatures += 1
        if self.delay_s:
            with self._lock:
                self.in_flight += 1
            time.sleep(self.delay_s)
            with self._lock:
                self.in_flight -= 1
        if not valid:
            handler.send_response(401)
        elif failing:
            handler.send_response(self.fail_status)
        else:
            with self._lock:
                self.processed.setdefault(event["id"], event)
            handler.send_response(200)
        handler.end_headers()

    def received_ids(self) -> Counter[str]:
        """How many times each event id arrived (a retried event arrives more than once)."""
        with self._lock:
            return Counter(r["event"]["id"] for r in self.requests)


def wait_until(
    condition: Callable[[], bool], timeout_s: float = 10.0, every_s: float = 0.02
) -> None:
    """Poll `condition` until it holds; fail the test with the timeout otherwise."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every_s)
    raise AssertionError(f"condition not met within {timeout_s} s")


def webhook_settings(url: str, secret: str = SECRET, **extra: Any) -> dict[str, Any]:
    """The `webhooks` section of tenant settings with one endpoint."""
    return {"endpoints": [{"url": url, "secret": secret, **extra}]}


# Millisecond-scale delivery settings so the tests take seconds.
FAST_DELIVERY: dict[str, Any] = {
    "delivery_poll_interval_s": 0.02,
    "delivery_lease_s": 2.0,
    "webhook_timeout_s": 1.0,
    "webhook_backoff_base_s": 0.02,
    "webhook_backoff_max_s": 0.2,
    "breaker_cooldown_s": 0.3,
}
