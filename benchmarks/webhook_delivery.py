"""Throughput of the webhook delivery worker: events/s to one CRM endpoint.

Emits `--events` events into a throwaway SQLite outbox, starts a local receiver that answers
after `--receiver-delay-ms`, and times one `DeliveryWorker` (the embedded worker's loop) until
every event has arrived.

    .venv/bin/python benchmarks/webhook_delivery.py --events 500
    .venv/bin/python benchmarks/webhook_delivery.py --events 200 --receiver-delay-ms 100
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from gateway.channels.outbound import OutboundChannels
from gateway.core.config import Settings
from gateway.db.migrate import run_migrations
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.schemas.tenant import TenantSettings
from gateway.services.tenants import create_tenant
from gateway.webhooks.outbox import emit
from gateway.webhooks.worker import DeliveryWorker

SECRET = "benchmark-secret-0123456789"


def _receiver(delay_s: float) -> tuple[ThreadingHTTPServer, list[int]]:
    received: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            time.sleep(delay_s)
            received.append(1)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, received


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--receiver-delay-ms", type=float, default=0.0)
    parser.add_argument("--concurrency", type=int, default=4, help="in flight per endpoint")
    args = parser.parse_args()

    server, received = _receiver(args.receiver_delay_ms / 1000)
    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    run_migrations(url)
    settings = Settings(
        database_url=url,
        delivery_poll_interval_s=0.02,
        delivery_concurrency_per_destination=args.concurrency,
    )
    factory = create_session_factory(create_db_engine(url))
    endpoint = {"url": f"http://127.0.0.1:{server.server_port}/", "secret": SECRET}
    with session_scope(factory) as session:
        tenant = create_tenant(session, "bench-isp", "Bench")
        tenant.settings = TenantSettings.model_validate(
            {"webhooks": {"endpoints": [endpoint]}}
        ).model_dump(mode="json")
        session.flush()
        for i in range(args.events):
            emit(session, tenant, "message_received", {"i": i})

    async def run() -> float:
        stop = asyncio.Event()
        worker = DeliveryWorker(settings, factory, OutboundChannels())
        started = time.perf_counter()
        task = asyncio.create_task(worker.run_forever(stop))
        while len(received) < args.events:
            await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - started
        stop.set()
        await task
        return elapsed

    elapsed = asyncio.run(run())
    server.shutdown()
    print(
        f"{args.events} events in {elapsed:.2f} s = {args.events / elapsed:.0f} events/s "
        f"(receiver {args.receiver_delay_ms:.0f} ms, {args.concurrency} in flight, SQLite)"
    )


if __name__ == "__main__":
    main()
