"""Access to the real PostgreSQL and Redis of this machine, shared by the gateway tests.

When a server is unreachable the test FAILS under `CI=true` (CI must exercise both paths) and is
skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import socket

import pytest

POSTGRES_HOST = os.environ.get("OMNICHAT_TEST_PG_HOST", "127.0.0.1")
POSTGRES_PORT = int(os.environ.get("OMNICHAT_TEST_PG_PORT", "5432"))
REDIS_HOST = os.environ.get("OMNICHAT_TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("OMNICHAT_TEST_REDIS_PORT", "6379"))
REDIS_TEST_DB = int(os.environ.get("OMNICHAT_TEST_REDIS_DB", "13"))


def reachable(host: str, port: int, timeout_s: float = 0.5) -> bool:
    """True when a TCP connection to host:port succeeds."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    """Fail (CI) or skip (local) the calling test when `name` at host:port is unreachable."""
    if reachable(host, port):
        return
    reason = f"{name} not reachable at {host}:{port}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true requires it)", pytrace=False)
    pytest.skip(reason)
