"""`make run`'s last step: the model server and the gateway in the foreground, Ctrl-C stops both.

The model server (BentoML) loads the registered champion; the gateway reaches it over HTTP.
Each runs in its own process group and is stopped by its own PID, never by name.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from gateway.demo import DEMO_SLUG, curl_example
from serving.launcher import start_server

ROOT = Path(__file__).resolve().parent.parent


def _wait_http(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout_s:.0f} s")


def _stop_group(process: subprocess.Popen[bytes], timeout_s: float = 15.0) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model-port", type=int, default=int(os.environ.get("MODEL_PORT", 3000)))
    parser.add_argument(
        "--gateway-port", type=int, default=int(os.environ.get("GATEWAY_PORT", 8000))
    )
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    args = parser.parse_args()

    logs = ROOT / "logs"
    logs.mkdir(exist_ok=True)
    # A known demo key, so the banner can print a working curl line (keys are stored hashed).
    api_key = os.environ.get("OMNICHAT_DEMO_API_KEY") or f"demo-{secrets.token_urlsafe(18)}"
    model_url = f"http://{args.host}:{args.model_port}"
    gateway_url = f"http://{args.host}:{args.gateway_port}"

    print(f"starting the model server on {model_url} (log: logs/model-server.log) ...", flush=True)
    with (logs / "model-server.log").open("ab") as model_log:
        model = start_server(args.model_port, host=args.host, log=model_log, ready_timeout_s=180)
    gateway = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", "serve", "--host", args.host,
         "--port", str(args.gateway_port)],
        cwd=ROOT,
        env={
            # The demo tenant operates this single-machine stack: its supervisors may promote
            # and roll back the model from the dashboard (MODEL_ADMIN_TENANT overrides).
            "MODEL_ADMIN_TENANT": DEMO_SLUG,
            **os.environ,
            "MODEL_SERVER_URL": model_url,
            "OMNICHAT_DEMO_API_KEY": api_key,
        },
        start_new_session=True,
    )  # fmt: skip
    stopping = False

    def _stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    try:
        _wait_http(f"{gateway_url}/health", gateway, 120)
        _banner(model_url, gateway_url, api_key)
        while not stopping and gateway.poll() is None and model.process.poll() is None:
            time.sleep(0.5)
    finally:
        print("\nstopping gateway and model server ...", flush=True)
        _stop_group(gateway)
        model.stop()
    return 0 if stopping else 1


def _banner(model_url: str, gateway_url: str, api_key: str) -> None:
    line = "=" * 78
    print(
        f"""
{line}
 omnichat-ml is running (Ctrl-C stops everything)
   gateway API docs   {gateway_url}/docs
   gateway health     {gateway_url}/health
   dashboard          {gateway_url}/dashboard   (admin / supervisora / agente)
   web chat widget    {gateway_url}/webchat/?tenant=demo-isp
   model server       {model_url}/docs   ({model_url}/model says which version serves)
   MLflow UI          make mlflow-ui  ->  http://127.0.0.1:5000
   demo API key       {api_key}

 try it:
   {curl_example(gateway_url, api_key)}
{line}
""",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
