"""Accuracy of sub_intent prediction with and without context boosting.

Model probabilities come from a running model server (`--model-server-url`), or from a cache of
earlier predictions (`--predictions`); `--write-cache` saves them for reruns without a server.

    python benchmarks/context_boosting_eval.py --model-server-url http://127.0.0.1:3000
    python benchmarks/context_boosting_eval.py --predictions reports/context_eval_preds.jsonl

`--tune` first chooses the parameters on the development set (`--dev-examples`, see
gateway/context/tuning.py), prints the best configurations there, then scores the defaults and
the choice on the evaluation set; `--write-config` saves the choice as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from gateway.clients.model_server import MAX_BATCH, HttpModelClient
from gateway.context.boosting import BoostingConfig
from gateway.context.evaluation import EXAMPLES_PATH, evaluate, format_report, load_examples
from gateway.context.tuning import DEV_EXAMPLES_PATH, grid_search, score_report


def predict(url: str, messages: list[str]) -> list[dict[str, float]]:
    """Sub_intent probabilities from the model server, in order."""
    client = HttpModelClient(url, timeout_s=30)
    try:
        unique = list(dict.fromkeys(messages))
        by_message: dict[str, dict[str, float]] = {}
        for start in range(0, len(unique), MAX_BATCH):
            batch = unique[start : start + MAX_BATCH]
            result = client.classify(batch)
            for message, prediction in zip(batch, result.predictions, strict=True):
                by_message[message] = prediction.probabilities.sub_intent
        model = result.predictions[0].model
        print(f"model: {model.name} v{model.version}", file=sys.stderr)
    finally:
        client.close()
    return [by_message[m] for m in messages]


def read_cache(path: Path, messages: list[str]) -> list[dict[str, float]]:
    """Probabilities from a cache written by `--write-cache`; every message must be in it."""
    cache = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        cache[row["message"]] = row["probabilities"]
    missing = [m for m in messages if m not in cache]
    if missing:
        raise SystemExit(f"{len(missing)} messages missing from {path}, e.g. {missing[0]!r}")
    return [cache[m] for m in messages]


def tune(
    dev_path: Path,
    get_probabilities: Callable[[list[str]], list[dict[str, float]]],
    threshold: float,
) -> BoostingConfig:
    """The best configuration on the development set, after printing the top five."""
    dev = load_examples(dev_path)
    probabilities = get_probabilities([e.message for e in dev])
    candidates = grid_search(dev, probabilities, threshold=threshold)
    print(f"{len(dev)} development examples from {dev_path}; {len(candidates)} configurations")
    default = evaluate(dev, probabilities, BoostingConfig(), threshold)
    rows = [("defaults", score_report(default), default, {})]
    rows += [("best", c.score, c.report, c.changed) for c in candidates[:5]]
    for label, score, report, changed in rows:
        overall = report.overall
        print(
            f"  {label:<8} score {score:>6.1f}  acc {overall.boosted_correct}/{overall.total}"
            f"  broken {overall.broken}  changed {changed}"
        )
    best = candidates[0]
    print("\non the development set, chosen:")
    print(format_report(best.report))
    return best.config


def main() -> None:
    """Parse arguments, get predictions, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--model-server-url", help="Base URL of a running model server.")
    source.add_argument("--predictions", type=Path, help="Cached predictions (JSONL).")
    parser.add_argument("--examples", type=Path, default=EXAMPLES_PATH)
    parser.add_argument("--write-cache", type=Path, help="Save the predictions here (JSONL).")
    parser.add_argument("--boosting-config", type=Path, help="JSON BoostingConfig to evaluate.")
    parser.add_argument("--threshold", type=float, default=0.70)
    parser.add_argument("--tune", action="store_true", help="Choose parameters on the dev set.")
    parser.add_argument("--dev-examples", type=Path, default=DEV_EXAMPLES_PATH)
    parser.add_argument("--write-config", type=Path, help="Save the tuned BoostingConfig here.")
    args = parser.parse_args()

    seen: dict[str, dict[str, float]] = {}

    def get_probabilities(messages: list[str]) -> list[dict[str, float]]:
        if args.model_server_url:
            probabilities = predict(args.model_server_url, messages)
        else:
            probabilities = read_cache(args.predictions, messages)
        seen.update(zip(messages, probabilities, strict=True))
        return probabilities

    examples = load_examples(args.examples)
    probabilities = get_probabilities([e.message for e in examples])
    config = (
        BoostingConfig.model_validate_json(args.boosting_config.read_text())
        if args.boosting_config
        else BoostingConfig()
    )
    if args.tune:
        tuned = tune(args.dev_examples, get_probabilities, args.threshold)
        given = "--boosting-config" if args.boosting_config else "the defaults"
        print(f"\n{len(examples)} evaluation examples from {args.examples}, with {given}:")
        print(format_report(evaluate(examples, probabilities, config, args.threshold)))
        config = tuned
        print("\nwith the configuration chosen on the development set:")
        if args.write_config:
            args.write_config.write_text(config.model_dump_json(indent=2) + "\n")
    else:
        print(f"{len(examples)} examples from {args.examples}")
    print(format_report(evaluate(examples, probabilities, config, args.threshold)))
    if args.write_cache:
        args.write_cache.parent.mkdir(parents=True, exist_ok=True)
        with args.write_cache.open("w", encoding="utf-8") as fh:
            for message, probs in seen.items():
                fh.write(json.dumps({"message": message, "probabilities": probs}) + "\n")


if __name__ == "__main__":
    main()
