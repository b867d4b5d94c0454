"""The shared helper for real-server tests: fail under CI=true, skip otherwise."""

from __future__ import annotations

import socket

import pytest
from gw_services import require_service


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_service_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true requires it"):
        require_service("Nothing", "127.0.0.1", closed_port())


def test_unreachable_service_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="not reachable"):
        require_service("Nothing", "127.0.0.1", closed_port())
