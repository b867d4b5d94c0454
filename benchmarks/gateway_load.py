"""End-to-end load benchmark of the gateway: p50/p95/p99 latency, throughput, gateway overhead.

Starts the gateway itself (`python -m gateway.cli serve`) on a free port with a throwaway SQLite
database and the demo tenant, pointed at `--model-server-url`, then sends `--requests` messages
at `--concurrency`, as new customers of the tenant (two messages each; see TEXTS), and prints
latency percentiles of the whole request, of the model-server round trip the gateway measured
(`timings.model_ms`), of the gateway's own overhead (total - model time) split into the flow
and the rest, and which routing rules decided. `--gateway-url` + `--api-key` drive an already
running gateway instead (its tenant gains the benchmark's customers).

    .venv/bin/python benchmarks/gateway_load.py --model-server-url http://127.0.0.1:3000
    .venv/bin/python benchmarks/gateway_load.py --stub-model-server   # overhead only, see below

`--stub-model-server` answers /classify from a fixed distribution in this process: NOT a model,
only a way to measure the gateway's overhead when no model server is running.
Goals (issue): end-to-end p95 <= 50 ms at concurrency 1, gateway overhead p95 <= 5 ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from omnichat_model.taxonomy import SUB_INTENTS, intent_of

TEXTS = (
    ("whatsapp", "quero a segunda via do boleto"),
    ("email", "estou sem internet desde ontem, alguma previsão?"),
    ("web_chat", "a internet está muito lenta hoje"),
    ("whatsapp", "continua bloqueado"),
    ("phone", "quero mudar de plano para um mais rápido"),
    ("whatsapp", "o wi-fi não pega no quarto"),
)
# Each load level writes as its own customers (profiles created through the API first), two
# messages each on different topics: a few customers writing thousands of messages would soon
# all wait for an agent (the third contact about a topic goes to a person, and then everything
# they write joins that hand-off), and the benchmark would time only that short path.
MESSAGES_PER_CUSTOMER = 2
TIERS = ("basic", "premium", "business")
REGIONS = ("centro", "zona-norte", "zona-sul")  # the demo outage is in zona-norte
PLANS_MBPS = (300, 600, 1000)


def free_port() -> int:
    """A free local TCP port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stub_prediction(message: str) -> dict:
    sub = dict.fromkeys(SUB_INTENTS, 0.01)
    top = SUB_INTENTS[hash(message) % len(SUB_INTENTS)]
    sub[top] = 1 - 0.01 * (len(SUB_INTENTS) - 1)
    intents = {"technical": 0.0, "financial": 0.0, "commercial": 0.0, "other": 0.0}
    for name, p in sub.items():
        intents[intent_of(name)] += p
    return {
        "intent": intent_of(top),
        "sub_intent": top,
        "sentiment": "neutral",
        "urgent": False,
        "confidence": sub[top],
        "urgency_probability": 0.05,
        "probabilities": {
            "sub_intent": sub,
            "intent": intents,
            "sentiment": {"frustrated": 0.1, "neutral": 0.8, "satisfied": 0.1},
        },
        "model": {"name": "stub-not-a-model", "version": "0"},
        "inference_ms": 0.0,
    }


class _StubHandler(BaseHTTPRequestHandler):
    # Keep-alive like the real model server (uvicorn): with http.server's default HTTP/1.0
    # every classify call would open a new connection, and the gateway's CPU would go to that.
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK wait

    def do_GET(self) -> None:
        self._send(200, {"name": "stub-not-a-model", "version": "0"})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._send(200, [_stub_prediction(m) for m in body["messages"]])

    def _send(self, status: int, payload: object) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args: object) -> None:
        return


@contextmanager
def stub_model_server() -> Iterator[str]:
    """A stand-in model server on a free local port (answers instantly; overhead runs only)."""
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _StubHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class StartedGateway:
    """A gateway this script started: where it listens, the demo key and its process id."""

    url: str
    key: str
    pid: int

    def cpu_s(self) -> float:
        """User + system CPU seconds the process has used so far (Linux /proc)."""
        return process_cpu_s(self.pid)


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of process `pid`, from /proc (clock-tick resolution)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


@contextmanager
def gateway_process(model_server_url: str) -> Iterator[tuple[str, str]]:
    """(url, key) of a `started_gateway` (other benchmarks need no process id)."""
    with started_gateway(model_server_url) as gw:
        yield gw.url, gw.key


@contextmanager
def started_gateway(model_server_url: str) -> Iterator[StartedGateway]:
    """Start the gateway on a free port with a temporary database; stop it by its PID."""
    port = free_port()
    key = "bench-" + os.urandom(12).hex()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}",
            "MODEL_SERVER_URL": model_server_url,
            "OMNICHAT_DEMO_API_KEY": key,
            "RATE_LIMIT_PER_MINUTE": "1000000",
        }
        env.pop("REDIS_URL", None)
        log = (Path(tmp) / "gateway.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(url, process)
            yield StartedGateway(url, key, process.pid)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gateway exited with code {process.returncode}")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("gateway did not become healthy in time")


@dataclass
class Sample:
    """One request's timings in milliseconds (model_ms is None for failures)."""

    total_ms: float
    model_ms: float | None
    ok: bool
    flow_ms: float | None = None  # the message flow's own clock (timings.total_ms)
    rule: str | None = None  # which routing rule decided


@dataclass(frozen=True)
class Job:
    """One message to send."""

    channel: str
    customer: str
    message: str


def plan_customers(tag: str, requests: int) -> list[list[Job]]:
    """`requests` messages as customers `bench-<tag>-N`, each with its messages in order."""
    customers = []
    for number in range(-(-requests // MESSAGES_PER_CUSTOMER)):
        name = f"bench-{tag}-{number:05d}"
        jobs = []
        for k in range(min(MESSAGES_PER_CUSTOMER, requests - number * MESSAGES_PER_CUSTOMER)):
            channel, text = TEXTS[(number + k) % len(TEXTS)]
            jobs.append(Job(channel, name, text))
        customers.append(jobs)
    return customers


class _Api:
    """A bare keep-alive http.client connection to the gateway with the tenant's key.

    The timed span is the request on the wire and the gateway's answer, not a client library's
    own work: httpx's request building and response handling cost ~1 ms a request here, which
    would read as gateway overhead.
    """

    def __init__(self, url: str, key: str) -> None:
        parsed = urlsplit(url)
        self.headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)

    def call(self, method: str, path: str, body: dict) -> tuple[int, bytes]:
        self.connection.request(method, path, json.dumps(body).encode(), self.headers)
        response = self.connection.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.connection.close()


def create_profiles(url: str, key: str, customers: list[list[Job]]) -> None:
    """Create each planned customer's profile (tier, plan, region) before the timed load."""
    with closing(_Api(url, key)) as api:
        for number, jobs in enumerate(customers):
            profile = {
                "tier": TIERS[number % len(TIERS)],
                "plan_mbps": PLANS_MBPS[number % len(PLANS_MBPS)],
                "region": REGIONS[(number // len(TIERS)) % len(REGIONS)],
            }
            status, body = api.call("PUT", f"/api/v1/customers/{jobs[0].customer}", profile)
            if status != 200:
                raise SystemExit(f"creating a benchmark customer failed: {status} {body[:200]!r}")


def _worker(url: str, key: str, jobs: list[Job]) -> list[Sample]:
    samples = []
    with closing(_Api(url, key)) as api:
        for job in jobs:
            body = {
                "channel": job.channel,
                "customer_identifier": job.customer,
                "message": job.message,
            }
            started = time.perf_counter()
            try:
                status, payload = api.call("POST", "/api/v1/conversations/message", body)
            except (OSError, http.client.HTTPException):
                # A dropped connection is a failed request; the next one reconnects.
                api.close()
                status, payload = 0, b""
            total = (time.perf_counter() - started) * 1000
            if status == 200:
                answer = json.loads(payload)
                timings = answer["timings"]
                samples.append(
                    Sample(
                        total,
                        timings["model_ms"],
                        True,
                        timings["total_ms"],
                        answer["decision"]["rule"],
                    )
                )
            else:
                samples.append(Sample(total, None, False))
    return samples


def run_load(
    url: str, key: str, customers: list[list[Job]], concurrency: int
) -> tuple[list[Sample], float]:
    """Send the customers' messages over `concurrency` clients; returns samples and wall time.

    A customer's messages go through one client, in order; customers are dealt round-robin.
    """
    per_worker = [
        [job for jobs in customers[i::concurrency] for job in jobs] for i in range(concurrency)
    ]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(_worker, url, key, jobs) for jobs in per_worker]
        samples = [s for f in futures for s in f.result()]
    return samples, time.perf_counter() - started


def percentiles(values: list[float]) -> str:
    """p50 / p95 / p99 of `values`."""
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49]:7.2f}  p95 {cuts[94]:7.2f}  p99 {cuts[98]:7.2f} ms"


def report(
    samples: list[Sample], wall_s: float, concurrency: int, cpu_s: float | None = None
) -> None:
    """Print the figures of one load level (`cpu_s`: the gateway process's CPU time, if known)."""
    ok = [s for s in samples if s.ok]
    print(f"\nconcurrency {concurrency}: {len(samples)} requests, {len(samples) - len(ok)} errors")
    print(f"  throughput       {len(samples) / wall_s:8.1f} req/s")
    if cpu_s is not None:
        # CPU time is the figure to compare on a shared machine: wall clock includes waiting
        # for other processes' turn on the cores.
        print(f"  gateway CPU      {cpu_s * 1000 / len(samples):8.2f} ms per request")
    print(f"  end to end       {percentiles([s.total_ms for s in ok])}")
    print(f"  model round trip {percentiles([s.model_ms or 0.0 for s in ok])}")
    print(f"  gateway overhead {percentiles([s.total_ms - (s.model_ms or 0.0) for s in ok])}")
    # Where the overhead goes: the flow itself (database, context, routing, actions) and the
    # rest (HTTP parsing, authentication, validation, serialisation, the thread-pool hop).
    flow = [s for s in ok if s.flow_ms is not None]
    print(f"   in the flow     {percentiles([s.flow_ms - (s.model_ms or 0.0) for s in flow])}")
    print(f"   around it       {percentiles([s.total_ms - s.flow_ms for s in flow])}")
    rules = Counter(s.rule for s in ok)
    mix = ", ".join(f"{rule} {count * 100 / len(ok):.0f}%" for rule, count in rules.most_common())
    print(f"  decided by       {mix}")


def main() -> None:
    """Parse arguments, run the warm-up and each concurrency level, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model-server-url", help="A running model server.")
    source.add_argument("--stub-model-server", action="store_true", help="Overhead-only stand-in.")
    source.add_argument("--gateway-url", help="A running gateway (needs --api-key).")
    parser.add_argument("--api-key", help="API key for --gateway-url.")
    parser.add_argument("--requests", type=int, default=300, help="Requests per level (max 5000).")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--warmup", type=int, default=20)
    args = parser.parse_args()
    if not 1 <= args.requests <= 5000 or any(not 1 <= c <= 32 for c in args.concurrency):
        raise SystemExit("--requests must be within 1..5000 and --concurrency within 1..32")

    def bench(url: str, key: str, cpu_s: Callable[[], float] | None = None) -> None:
        run_id = f"{int(time.time())}-{os.getpid()}"  # new customers on every run

        def customers(tag: str, requests: int) -> list[list[Job]]:
            planned = plan_customers(f"{run_id}-{tag}", requests)
            create_profiles(url, key, planned)
            return planned

        run_load(url, key, customers("warmup", args.warmup), 1)
        for concurrency in args.concurrency:
            planned = customers(f"c{concurrency}", args.requests)
            cpu_before = cpu_s() if cpu_s else 0.0
            samples, wall_s = run_load(url, key, planned, concurrency)
            used = cpu_s() - cpu_before if cpu_s else None
            report(samples, wall_s, concurrency, used)

    if args.gateway_url:
        if not args.api_key:
            raise SystemExit("--gateway-url needs --api-key")
        bench(args.gateway_url, args.api_key)
        return
    if args.stub_model_server:
        print("STUB model server: figures show the gateway's overhead, not a model's latency")
        with stub_model_server() as model_url, started_gateway(model_url) as gw:
            bench(gw.url, gw.key, gw.cpu_s)
        return
    with started_gateway(args.model_server_url) as gw:
        bench(gw.url, gw.key, gw.cpu_s)


if __name__ == "__main__":
    main()
