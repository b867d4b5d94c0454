"""Prometheus metrics of one app instance (own registry, so several apps can coexist in tests)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Histogram

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


@dataclass
class GatewayMetrics:
    """The gateway's counters and histograms."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.request_latency = Histogram(
            "omnichat_gateway_request_latency_seconds",
            "Latency of gateway HTTP requests.",
            ["method", "handler", "status"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.model_latency = Histogram(
            "omnichat_gateway_model_latency_seconds",
            "Round trip of model server calls as seen by the gateway.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.decisions = Counter(
            "omnichat_gateway_decisions",
            "Decisions by intent, channel and resolution type.",
            ["intent", "channel", "resolution_type"],
            registry=self.registry,
        )
        self.errors = Counter(
            "omnichat_gateway_errors",
            "Errors by kind (model_unavailable, action_failed, unhandled, ...).",
            ["kind"],
            registry=self.registry,
        )
