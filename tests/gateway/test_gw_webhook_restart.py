"""A delivery worker killed mid-delivery (SIGKILL, a real subprocess) and restarted.

Counted at the end: every event the gateway emitted is either delivered or dead-lettered, none
is lost, and a receiver that deduplicates by event id processes each delivered event exactly
once (a request in flight at the kill is sent again after the lease expires, with the same id).
Once with the embedded-style worker on SQLite, and once with two Dramatiq worker processes on
PostgreSQL sharing the work through a real broker (Redis, RabbitMQ).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pika
import pytest
import redis
from gw_app import Gateway, running_gateway
from gw_services import REDIS_HOST, REDIS_PORT, REDIS_TEST_DB, require_service
from gw_webhooks import Receiver, free_port, wait_until
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from gateway.core.config import Settings
from gateway.db.models import OutboxItem
from gateway.webhooks.process import queue_name

RABBIT_HOST, RABBIT_PORT = "127.0.0.1", 5672
MESSAGES = (
    "segunda via do boleto",
    "quero cancelar",
    "minha internet está lenta",
    "quero mudar de plano",
    "paguei ontem",
)
WORKER_ENV = {
    "DELIVERY_POLL_INTERVAL_S": "0.02",
    "DELIVERY_LEASE_S": "1.0",
    "WEBHOOK_TIMEOUT_S": "0.8",
    "WEBHOOK_MAX_ATTEMPTS": "3",
    "WEBHOOK_BACKOFF_BASE_S": "0.02",
    "WEBHOOK_BACKOFF_MAX_S": "0.1",
    "BREAKER_FAILURE_THRESHOLD": "1000",  # the breaker has its own tests
    "AUTO_MIGRATE": "false",
    "PYTHONUNBUFFERED": "1",  # a SIGKILLed worker keeps its log lines
}


WORKER = ("worker", "--threads", "2")


def _gateway_command() -> tuple[str, ...]:
    """The whole gateway (API + embedded worker): what `make run` starts."""
    return ("serve", "--no-seed-demo", "--port", str(free_port()))


def _start_worker(
    database_url: str, log: Path, command: tuple[str, ...] = WORKER, **env: str
) -> subprocess.Popen[bytes]:
    clean = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "BROKER_URL")}
    return subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", *command],
        env={**clean, **WORKER_ENV, "DATABASE_URL": database_url, **env},
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _configure(gw: Gateway, crm: Receiver, broken: Receiver) -> None:
    current = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
    current["webhooks"] = {
        "endpoints": [
            {"url": crm.url, "secret": crm.secret},
            # A second CRM that always fails: its hand-off events end as dead letters.
            {"url": broken.url, "secret": broken.secret, "events": ["human_handoff"]},
        ]
    }
    current["csat"] = {**current["csat"], "enabled": False}
    assert gw.client.put("/api/v1/tenant/settings", json=current, headers=gw.headers()).is_success


def _emit(gw: Gateway, count: int, offset: int = 0) -> None:
    customers = ("cliente-basic-001", "cliente-premium-001", "cliente-business-001")
    for i in range(offset, offset + count):
        response = gw.message(MESSAGES[i % len(MESSAGES)], customer=customers[i % 3])
        assert response.status_code == 200, response.text


def _counts(database_url: str) -> dict[str, int]:
    engine = create_engine(database_url)
    with Session(engine) as session:
        rows = session.execute(
            select(OutboxItem.status, func.count()).group_by(OutboxItem.status)
        ).all()
    engine.dispose()
    return {status: int(n) for status, n in rows}


def _rows(database_url: str, destination: str) -> list[OutboxItem]:
    engine = create_engine(database_url)
    with Session(engine) as session:
        rows = list(
            session.scalars(select(OutboxItem).where(OutboxItem.destination == destination))
        )
    engine.dispose()
    return rows


@contextmanager
def _receivers() -> Any:
    crm = Receiver(delay_s=0.03).start()  # slow enough to be caught mid-request
    broken = Receiver(fail_first=10**6, fail_status=500).start()
    try:
        yield crm, broken
    finally:
        crm.stop()
        broken.stop()


def _report(label: str, database_url: str, crm: Receiver, broken: Receiver) -> dict[str, int]:
    counts = _counts(database_url)
    delivered = _rows(database_url, crm.url)
    dead = _rows(database_url, broken.url)
    received = crm.received_ids()
    figures = {
        "emitted": sum(counts.values()),
        "delivered": counts.get("delivered", 0),
        "dead_lettered": counts.get("dead", 0),
        "pending": counts.get("pending", 0),
        "crm_requests": sum(received.values()),
        "crm_unique_events": len(received),
        "crm_redelivered_after_kill": sum(n - 1 for n in received.values()),
        "crm_processed": len(crm.processed),
    }
    print(f"\n[{label}] {figures}")
    # Zero lost: every emitted event is accounted for as delivered or dead-lettered.
    assert figures["pending"] == 0
    assert figures["emitted"] == figures["delivered"] + figures["dead_lettered"]
    assert {r.status for r in delivered} == {"delivered"}
    assert {r.status for r in dead} == {"dead"} and all(r.attempts == 3 for r in dead)
    # Zero duplicated at a deduplicating receiver: it processed each delivered event once.
    assert set(crm.processed) == {r.event_id for r in delivered}
    assert figures["crm_processed"] == len(delivered)
    assert broken.processed == {}
    return figures


@pytest.mark.integration
@pytest.mark.parametrize("process", ["worker", "gateway"])
def test_killed_mid_delivery_and_restarted_loses_nothing_sqlite(
    sqlite_url: str, tmp_path: Path, process: str
) -> None:
    log = tmp_path / "worker.log"
    command = WORKER if process == "worker" else _gateway_command()
    with _receivers() as (crm, broken), running_gateway(sqlite_url, delivery_worker="off") as gw:
        _configure(gw, crm, broken)
        _emit(gw, 18)
        worker = _start_worker(sqlite_url, log, command)
        try:
            wait_until(lambda: len(crm.processed) >= 12 and crm.in_flight > 0, timeout_s=30)
            _kill(worker)  # mid-request: the receiver is still answering one
            killed_at = len(crm.processed)
            _emit(gw, 6, offset=18)  # the gateway keeps writing events while no worker runs
            worker = _start_worker(sqlite_url, log, command)
            wait_until(lambda: _counts(sqlite_url).get("pending", 0) == 0, timeout_s=60)
        finally:
            _stop(worker)
    figures = _report(f"sqlite, {process} killed and restarted", sqlite_url, crm, broken)
    assert 0 < killed_at < figures["delivered"], log.read_text()[-2000:]


def _rabbitmq_cleanup(queue: str) -> None:
    params = pika.ConnectionParameters(RABBIT_HOST, RABBIT_PORT)
    with pika.BlockingConnection(params) as connection:
        channel = connection.channel()
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel.queue_delete(name)


def _redis_cleanup(url: str, queue: str) -> None:
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"dramatiq:*{queue}*"):
        client.delete(key)
    client.close()


@pytest.mark.integration
@pytest.mark.parametrize("broker", ["redis", "rabbitmq"])
def test_two_dramatiq_workers_share_the_outbox_and_survive_a_kill(
    postgres_url: str, tmp_path: Path, broker: str
) -> None:
    prefix = f"omnichat-test-{uuid.uuid4().hex[:10]}:"
    if broker == "redis":
        require_service("Redis", REDIS_HOST, REDIS_PORT)
        env = {"REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_TEST_DB}"}
    else:
        require_service("RabbitMQ", RABBIT_HOST, RABBIT_PORT)
        env = {"BROKER_URL": f"amqp://guest:guest@{RABBIT_HOST}:{RABBIT_PORT}/"}
    env["CACHE_PREFIX"] = prefix
    log = tmp_path / "workers.log"
    workers: list[subprocess.Popen[bytes]] = []
    try:
        with (
            _receivers() as (crm, broken),
            running_gateway(postgres_url, delivery_worker="off") as gw,
        ):
            _configure(gw, crm, broken)
            _emit(gw, 18)
            workers = [_start_worker(postgres_url, log, **env) for _ in range(2)]
            wait_until(lambda: len(crm.processed) >= 12 and crm.in_flight > 0, timeout_s=60)
            _kill(workers[0])
            _emit(gw, 6, offset=18)
            workers[0] = _start_worker(postgres_url, log, **env)
            wait_until(lambda: _counts(postgres_url).get("pending", 0) == 0, timeout_s=60)
            for worker in workers:
                _stop(worker)
            figures = _report(
                f"postgresql, 2 dramatiq workers, {broker}", postgres_url, crm, broken
            )
    finally:
        for worker in workers:
            _stop(worker)
        if broker == "rabbitmq":
            _rabbitmq_cleanup(queue_name(Settings(cache_prefix=prefix)))
        else:
            _redis_cleanup(env["REDIS_URL"], queue_name(Settings(cache_prefix=prefix)))
    started = log.read_text().count(f"queue {queue_name(Settings(cache_prefix=prefix))}")
    # Both workers consumed the queue (the restarted one may find nothing left to do).
    assert started >= 2, log.read_text()[-2000:]
    assert figures["delivered"] > 0
