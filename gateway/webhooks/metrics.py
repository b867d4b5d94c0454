"""Prometheus counters of the delivery worker, registered on the gateway's own registry."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter


class DeliveryMetrics:
    """Attempts by target (webhook, channel) and what became of the row."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.attempts = Counter(
            "omnichat_delivery_attempts",
            "Outbox delivery attempts by target and result (delivered, retry, dead, cancelled).",
            ["target", "result"],
            registry=registry,
        )
        self.deferred = Counter(
            "omnichat_delivery_breaker_deferrals",
            "Rows parked because their destination's circuit was open or probing.",
            ["target"],
            registry=registry,
        )

    def record(self, target: str, status: str | None) -> None:
        """Count one finished attempt (`status` None: the lease had passed to another worker)."""
        result = {"pending": "retry", None: "lease_lost"}.get(status, status)
        self.attempts.labels(target=target, result=result).inc()
