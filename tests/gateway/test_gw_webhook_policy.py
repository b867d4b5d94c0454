"""Retry backoff and circuit-breaker decisions (pure functions of the policy and the state)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from gateway.db.models import DeliveryCircuit
from gateway.webhooks.policy import BreakerPolicy, RetryPolicy, is_retryable_status
from gateway.webhooks.store import breaker_decision

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
BREAKER = BreakerPolicy(threshold=5, cooldown_s=60, probe_lease_s=30)


def test_backoff_doubles_within_equal_jitter_and_is_capped() -> None:
    policy = RetryPolicy(max_attempts=5, base_s=2, max_s=10)
    rng = random.Random(7)
    for failed, step in ((1, 2), (2, 4), (3, 8), (4, 10), (9, 10)):
        delays = [policy.delay_s(failed, rng) for _ in range(200)]
        assert step / 2 <= min(delays) and max(delays) <= step
        assert max(delays) - min(delays) > step / 4, "jitter spreads retries"


def test_only_server_errors_timeouts_and_throttling_are_retried() -> None:
    assert [
        s for s in (400, 401, 404, 408, 409, 410, 422, 425, 429, 500, 503) if is_retryable_status(s)
    ] == [
        408,
        409,
        425,
        429,
        500,
        503,
    ]


def _circuit(state: str, **fields: object) -> DeliveryCircuit:
    return DeliveryCircuit(tenant_id="t", destination="d", state=state, **fields)


def test_closed_or_unknown_circuits_let_rows_through() -> None:
    assert breaker_decision(None, NOW, BREAKER).go
    assert breaker_decision(_circuit("closed", consecutive_failures=3), NOW, BREAKER).go


def test_open_circuit_parks_rows_until_the_cool_down_ends() -> None:
    circuit = _circuit("open", opened_at=NOW - timedelta(seconds=10))
    decision = breaker_decision(circuit, NOW, BREAKER)
    assert not decision.go and decision.wait_until == NOW + timedelta(seconds=50)
    assert circuit.state == "open"


def test_after_the_cool_down_one_row_is_the_half_open_probe() -> None:
    circuit = _circuit("open", opened_at=NOW - timedelta(seconds=61))
    probe = breaker_decision(circuit, NOW, BREAKER)
    assert probe.go and probe.probe
    assert circuit.state == "half_open" and circuit.probe_until == NOW + timedelta(seconds=30)
    other = breaker_decision(circuit, NOW + timedelta(seconds=0.1), BREAKER)
    assert not other.go and other.wait_until == NOW + timedelta(seconds=1.1)


def test_a_probe_whose_lease_ran_out_is_replaced() -> None:
    circuit = _circuit("half_open", probe_until=NOW - timedelta(seconds=1))
    decision = breaker_decision(circuit, NOW, BREAKER)
    assert decision.go and decision.probe
