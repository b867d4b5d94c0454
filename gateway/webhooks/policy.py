"""Retry and circuit-breaker policies: pure functions of the settings and the row's history."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from gateway.core.config import Settings

# 408 and 429 say "later"; other 4xx say the request itself is wrong, so retrying cannot help.
RETRYABLE_4XX = frozenset({408, 409, 425, 429})


def is_retryable_status(status_code: int) -> bool:
    """True when a non-2xx answer is worth retrying."""
    return status_code >= 500 or status_code in RETRYABLE_4XX


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with equal jitter, capped, for at most `max_attempts` attempts."""

    max_attempts: int
    base_s: float
    max_s: float

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            settings.webhook_max_attempts,
            settings.webhook_backoff_base_s,
            settings.webhook_backoff_max_s,
        )

    def delay_s(self, failed_attempts: int, rng: random.Random) -> float:
        """Wait before the next attempt after `failed_attempts` (>= 1) failures.

        Half of the exponential step is fixed and half random ("equal jitter"): retries of many
        rows that failed together spread out, and none comes back sooner than half the step.
        """
        step = min(self.max_s, self.base_s * 2 ** (failed_attempts - 1))
        return step / 2 + rng.uniform(0, step / 2)


@dataclass(frozen=True)
class BreakerPolicy:
    """Open after `threshold` consecutive failures; one half-open probe every `cooldown_s`."""

    threshold: int
    cooldown_s: float
    probe_lease_s: float

    @classmethod
    def from_settings(cls, settings: Settings) -> BreakerPolicy:
        return cls(
            settings.breaker_failure_threshold,
            settings.breaker_cooldown_s,
            settings.delivery_lease_s,
        )

    def reopens_at(self, opened_at: datetime) -> datetime:
        """When an open circuit lets a probe through."""
        return opened_at + timedelta(seconds=self.cooldown_s)
