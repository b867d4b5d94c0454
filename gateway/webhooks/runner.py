"""Where the delivery worker runs: inside the gateway (embedded default) or in worker processes."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal

from fastapi import FastAPI

from gateway.channels.outbound import OutboundChannels
from gateway.core.config import Settings
from gateway.webhooks.metrics import DeliveryMetrics
from gateway.webhooks.worker import DeliveryWorker

logger = logging.getLogger("gateway.webhooks")

WorkerMode = Literal["embedded", "external", "off"]


def worker_mode(settings: Settings) -> WorkerMode:
    """`auto` means embedded unless a broker (BROKER_URL, or REDIS_URL) is configured."""
    if settings.delivery_worker != "auto":
        return settings.delivery_worker
    return "external" if (settings.broker_url or settings.redis_url) else "embedded"


@dataclass
class EmbeddedDelivery:
    """The worker task running on the gateway's event loop."""

    worker: DeliveryWorker
    stop: asyncio.Event
    task: asyncio.Task[None]


def start_embedded_delivery(app: FastAPI) -> EmbeddedDelivery | None:
    """Start the in-process worker when this gateway is the one delivering (call in lifespan)."""
    settings: Settings = app.state.settings
    if worker_mode(settings) != "embedded":
        return None
    outbound = getattr(app.state, "outbound", None) or OutboundChannels()
    metrics = getattr(app.state, "delivery_metrics", None)
    if metrics is None:  # once per app: a registry refuses the same metric twice
        metrics = app.state.delivery_metrics = DeliveryMetrics(app.state.metrics.registry)
    worker = DeliveryWorker(settings, app.state.session_factory, outbound, metrics=metrics)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run_forever(stop), name="omnichat-delivery")
    logger.info("delivery worker running inside the gateway process")
    return EmbeddedDelivery(worker, stop, task)


async def stop_embedded_delivery(delivery: EmbeddedDelivery | None, timeout_s: float = 10) -> None:
    """Let the current pass finish (leases make an abandoned pass safe anyway)."""
    if delivery is None:
        return
    delivery.stop.set()
    try:
        await asyncio.wait_for(delivery.task, timeout_s)
    except TimeoutError:
        delivery.task.cancel()
