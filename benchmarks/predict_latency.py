"""In-process model speed (`make bench`): one message's latency, batches of 64, pipeline time.

Loads a registered model (default: the champion in the repository's MLflow store) the way the
model server does, then prints:
- predict latency for one message per call (median and p95) over realistic pt-BR messages;
- throughput for batches of 64, through the classifier alone and through the server's batch
  predictor (the batch split over both cores);
- with `--pipeline`, the wall time of `dvc repro` from scratch in a fresh clone of HEAD, stage
  by stage (about 8 minutes on 2 cores).

    .venv/bin/python benchmarks/predict_latency.py [--model-uri models:/omnichat-classifier/2]
    .venv/bin/python benchmarks/predict_latency.py --pipeline

A script, not a test: the figures depend on the machine and on what else runs on it.
Goals (issue 2): one message <= 15 ms median; >= 300 messages/s batched; pipeline <= 10 min.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from serve_load import BENCH_MESSAGES, add_model_arguments, single_message_ms

ROOT = Path(__file__).resolve().parents[1]
_STAGE = re.compile(r"Running stage '([^']+)'")


def batch_throughput(predict, batch_size: int, batches: int) -> float:
    """Messages per second for `batches` batches of `batch_size` realistic messages."""
    pool = list(BENCH_MESSAGES) * (batch_size // len(BENCH_MESSAGES) + 1)
    rng = np.random.default_rng(0)
    work = [[pool[i] for i in rng.permutation(len(pool))[:batch_size]] for _ in range(batches)]
    predict(work[0])  # warm-up
    started = time.perf_counter()
    for batch in work:
        predict(batch)
    return batch_size * batches / (time.perf_counter() - started)


def pipeline_wall_time() -> None:
    """`dvc repro` from scratch in a fresh clone of HEAD; prints each stage's share."""
    bin_dir = Path(sys.executable).parent
    external = Path(os.environ.get("OMNICHAT_EXTERNAL_DIR", ROOT.parent / "shared" / "external"))
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "OMNICHAT_EXTERNAL_DIR": str(external.resolve()),
    }
    env.pop("MLFLOW_TRACKING_URI", None)  # the clone's own store
    with tempfile.TemporaryDirectory(prefix="omnichat_repro_") as tmp:
        clone = Path(tmp) / "omnichat"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        started = time.perf_counter()
        stages: list[tuple[str, float]] = []
        process = subprocess.Popen(
            [str(bin_dir / "dvc"), "repro"],
            cwd=clone,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert process.stdout is not None
        for line in process.stdout:
            match = _STAGE.search(line)
            if match:
                stages.append((match.group(1), time.perf_counter() - started))
        if process.wait() != 0:
            raise SystemExit(f"dvc repro failed with code {process.returncode}")
        total = time.perf_counter() - started
    ends = [at for _, at in stages[1:]] + [total]
    for (name, at), end in zip(stages, ends, strict=True):
        print(f"  {name:<12} {end - at:7.1f} s")
    print(f"dvc repro from scratch: {total:.0f} s ({total / 60:.1f} min)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the messages")
    parser.add_argument("--batches", type=int, default=20, help="batches of 64 to time")
    parser.add_argument("--pipeline", action="store_true", help="also time dvc repro (~8 min)")
    args = parser.parse_args()

    from serving.loader import load_registered

    # One intra-op thread for lone messages and a two-way batch split: the server's defaults.
    model = load_registered(args.model_uri, args.tracking_uri, threads=1, batch_parallelism=2)
    print(f"model {model.ref.name} version {model.ref.version}")
    times = single_message_ms(model.classifier.predict, args.rounds)
    p50, p95 = np.percentile(times, [50, 95])
    print(f"one message per call ({len(times)} calls): median {p50:.2f} ms  p95 {p95:.2f} ms")
    alone = batch_throughput(model.classifier.predict, 64, args.batches)
    print(f"batches of 64, classifier alone:     {alone:7.1f} messages/s")
    split = batch_throughput(
        lambda texts: model.predictor.predict(model.classifier, texts), 64, args.batches
    )
    print(f"batches of 64, split over 2 threads: {split:7.1f} messages/s")
    if args.pipeline:
        pipeline_wall_time()


if __name__ == "__main__":
    main()
