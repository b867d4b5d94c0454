"""`omnichat-gateway worker`: the delivery worker as its own process.

With `BROKER_URL` (amqp:// for RabbitMQ, redis://) or `REDIS_URL` set, it is a Dramatiq worker:
each process enqueues a `drain_outbox` tick every poll interval and its worker threads consume
ticks from the shared queue; a tick claims one batch of due rows (SKIP LOCKED on PostgreSQL) and
delivers it. The broker spreads the work over every replica's threads; the outbox table stays the
only record of what is owed, so a lost tick or a killed process loses nothing. Without a broker
the same worker loop runs on asyncio in this process.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import threading
from collections.abc import Callable, Coroutine
from types import SimpleNamespace
from typing import Any, TypeVar

import dramatiq
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from sqlalchemy.orm import Session, sessionmaker

from gateway.channels.channel_settings import ChannelSettings
from gateway.channels.channel_setup import start_channels
from gateway.channels.outbound import OutboundChannels
from gateway.core.config import Settings
from gateway.core.masking import install_masking_record_factory
from gateway.db.session import create_db_engine, create_session_factory
from gateway.webhooks.worker import DeliveryWorker

logger = logging.getLogger("gateway.webhooks")
T = TypeVar("T")


def broker_url(settings: Settings) -> str | None:
    """The broker to use: BROKER_URL, else REDIS_URL, else none."""
    return settings.broker_url or settings.redis_url


def queue_name(settings: Settings) -> str:
    """One queue per deployment (its cache prefix), in Dramatiq's allowed characters."""
    return re.sub(r"[^a-zA-Z0-9._-]", "-", f"{settings.cache_prefix}outbox").strip("-.")


def create_broker(url: str) -> dramatiq.Broker:
    """A RabbitMQ broker for amqp:// URLs, a Redis broker otherwise."""
    if url.startswith(("amqp://", "amqps://")):
        return RabbitmqBroker(url=url)
    return RedisBroker(url=url)


async def _outbound(session_factory: sessionmaker[Session]) -> OutboundChannels:
    """The WhatsApp and e-mail senders, registered as the gateway registers them at start-up.

    The web chat's sockets live in the gateway processes: from here a web-chat survey is stored
    on the conversation only (RecordOnlySender), and the widget shows it on its next load.
    """
    state = SimpleNamespace(
        channel_settings=ChannelSettings(), session_factory=session_factory, outbound=None
    )
    await start_channels(SimpleNamespace(state=state))  # type: ignore[arg-type]
    return state.outbound


class _EventLoopThread:
    """One event loop for every delivery pass of this process (HTTP pools are per loop)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5)


def _stop_event() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def run_dramatiq_worker(settings: Settings, url: str, threads: int) -> None:
    """Consume `drain_outbox` ticks with `threads` threads until SIGTERM/SIGINT."""
    engine = create_db_engine(settings.database_url)
    factory = create_session_factory(engine)
    loop = _EventLoopThread()
    delivery = DeliveryWorker(settings, factory, loop.run(_outbound(factory)))
    broker = create_broker(url)
    dramatiq.set_broker(broker)

    @dramatiq.actor(
        actor_name="drain_outbox",
        queue_name=queue_name(settings),
        max_retries=0,  # the outbox, not the broker, retries deliveries
        time_limit=int((settings.delivery_lease_s + 30) * 1000),
    )
    def drain_outbox() -> None:
        loop.run(delivery.run_once())

    worker = dramatiq.Worker(broker, worker_threads=threads)
    worker.start()
    stop = _stop_event()
    logger.info("dramatiq delivery worker: %d threads on queue %s", threads, queue_name(settings))
    try:
        while not stop.is_set():
            drain_outbox.send()
            stop.wait(settings.delivery_poll_interval_s)
    finally:
        worker.stop()
        broker.close()
        loop.close()
        engine.dispose()


def run_asyncio_worker(settings: Settings) -> None:
    """The embedded loop in a process of its own (no broker configured)."""
    engine = create_db_engine(settings.database_url)
    factory = create_session_factory(engine)

    async def main() -> None:
        delivery = DeliveryWorker(settings, factory, await _outbound(factory))
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await delivery.run_forever(stop)

    try:
        asyncio.run(main())
    finally:
        engine.dispose()


def run_worker(settings: Settings, threads: int, echo: Callable[[str], None] = print) -> None:
    """Run the delivery worker in this process (Dramatiq when a broker is configured)."""
    install_masking_record_factory()  # no app here: errors quote receivers' answers
    url = broker_url(settings)
    if url:
        echo(f"delivery worker: dramatiq, {threads} threads, queue {queue_name(settings)}")
        run_dramatiq_worker(settings, url, threads)
    else:
        echo("delivery worker: no broker configured, asyncio loop in this process")
        run_asyncio_worker(settings)
