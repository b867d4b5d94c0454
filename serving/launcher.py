"""Start the model server as its own process group, wait until it is ready, stop it by PID.

Used by `python -m serving`, the load benchmark and the test fixtures, so there is one way to
run `bentoml serve` and to stop it cleanly.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parent.parent
SERVICE_TARGET = "serving.service:ModelServer"
# BentoML reports usage to its vendor by default; this process must talk to nobody.
NO_TRACKING = {"BENTOML_DO_NOT_TRACK": "True"}


def serve_command(port: int, host: str = "127.0.0.1") -> list[str]:
    """The `bentoml serve` command line for this service."""
    return [
        sys.executable, "-m", "bentoml", "serve", SERVICE_TARGET,
        "--host", host, "--port", str(port),
    ]  # fmt: skip


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    """A running `bentoml serve` (leader of its own process group)."""

    process: subprocess.Popen[bytes]
    url: str

    @property
    def pid(self) -> int:
        return self.process.pid

    def readiness(self) -> dict[str, object] | None:
        """The `/readyz` body when the server answers 200, else None."""
        try:
            with urllib.request.urlopen(f"{self.url}/readyz", timeout=2) as response:
                return json.loads(response.read()) if response.status == 200 else None
        except (OSError, urllib.error.URLError, ValueError):
            return None

    def wait_ready(self, timeout_s: float) -> dict[str, object]:
        """Block until `/readyz` answers 200; raise if the process dies or time runs out."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"model server exited with code {self.process.returncode}")
            body = self.readiness()
            if body is not None:
                return body
            time.sleep(0.2)
        raise TimeoutError(f"model server at {self.url} not ready after {timeout_s:.0f} s")

    def stop(self, timeout_s: float = 20.0) -> int | None:
        """SIGTERM the process group (SIGKILL after `timeout_s`); returns the exit code."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        return self.process.returncode


def start_server(
    port: int | None = None,
    *,
    host: str = "127.0.0.1",
    env: Mapping[str, str] | None = None,
    log: IO[bytes] | None = None,
    ready_timeout_s: float = 120.0,
) -> ServerProcess:
    """Start the server from the repository root with `env` added to ours; wait until ready."""
    port = port or free_port(host)
    process = subprocess.Popen(
        serve_command(port, host),
        cwd=REPO_ROOT,
        env={**NO_TRACKING, **os.environ, **(env or {})},
        stdout=log if log is not None else subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # own process group: stop() reaches the workers too
    )
    server = ServerProcess(process=process, url=f"http://{host}:{port}")
    try:
        server.wait_ready(ready_timeout_s)
    except BaseException:
        server.stop()
        raise
    return server


@contextlib.contextmanager
def running_server(
    port: int | None = None,
    *,
    env: Mapping[str, str] | None = None,
    log: IO[bytes] | None = None,
    ready_timeout_s: float = 120.0,
) -> Iterator[ServerProcess]:
    """`start_server` as a context manager that always stops the server."""
    server = start_server(port, env=env, log=log, ready_timeout_s=ready_timeout_s)
    try:
        yield server
    finally:
        server.stop()
