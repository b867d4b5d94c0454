"""Stage `compare`: encoder options trained with the same default heads, logged side by side.

Each option is `tfidf`, `<encoder>:<runtime>` (embeddings only) or `<encoder>:<runtime>+tfidf`.
All share the corpus splits and the default head params, so differences come from features.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from omnichat_model.encoders import load_encoder
from omnichat_model.features import embed_messages
from training import tracking
from training.calibrate import calibrate
from training.config import (
    CalibrateParams,
    EncoderParams,
    EvaluateParams,
    FeatureParams,
    TrainParams,
)
from training.embed import read_embedded
from training.evaluate import evaluate_split
from training.train import train_classifier

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    label: str
    encoder: str | None
    runtime: str | None
    tfidf: bool

    @property
    def encoder_folder_name(self) -> str | None:
        return f"{self.encoder}-{self.runtime}" if self.encoder else None


def parse_option(label: str) -> Option:
    """`e5-small-enpt:onnx-int8+tfidf` -> Option(encoder, runtime, tfidf=True)."""
    if label == "tfidf":
        return Option(label, None, None, True)
    spec, plus, extra = label.partition("+")
    if plus and extra != "tfidf":
        raise ValueError(f"unknown feature {extra!r} in option {label!r}")
    encoder, sep, runtime = spec.partition(":")
    if not sep:
        raise ValueError(f"option {label!r} must look like encoder:runtime[+tfidf]")
    return Option(label, encoder, runtime, bool(plus))


def encoders_needed(options: tuple[str, ...]) -> set[tuple[str, str]]:
    """(encoder, runtime) pairs the options use, so the encoder stage prepares them."""
    parsed = [parse_option(o) for o in options]
    return {(o.encoder, o.runtime) for o in parsed if o.encoder and o.runtime}


def compare_options(
    options: tuple[str, ...],
    splits: dict[str, pd.DataFrame],
    encoders_root: Path,
    base_encoder: EncoderParams,
    calibrate_params: CalibrateParams,
    eval_params: EvaluateParams,
    seed: int,
    embedded_dir: Path | None = None,
) -> dict[str, dict[str, float]]:
    """Train, calibrate and test every option; one MLflow child run each.

    `embedded_dir`: the embed stage's output; an option using the encoder it was made with
    reuses those vectors (and that stage's measured speed) instead of embedding again.
    """
    results: dict[str, dict[str, float]] = {}
    cache: dict[str, tuple[dict[str, np.ndarray], float]] = {}
    if embedded_dir is not None:
        encoder_dir = encoders_root / f"{base_encoder.name}-{base_encoder.runtime}"
        rows = {name: len(frame) for name, frame in splits.items()}
        reused = read_embedded(embedded_dir, encoder_dir, base_encoder.chunk_chars, rows)
        if reused is not None:
            cache[str(encoder_dir)] = reused
            log.info("reusing the embed stage's vectors for %s", encoder_dir.name)
    with tracking.run(name="encoder-comparison", tags={"stage": "compare"}):
        for label in options:
            option = parse_option(label)
            with tracking.run(name=label, nested=True):
                results[label] = _run_option(
                    option,
                    splits,
                    encoders_root,
                    base_encoder,
                    calibrate_params,
                    eval_params,
                    seed,
                    cache,
                )
                tracking.log_params(
                    {
                        "option": label,
                        "encoder": option.encoder,
                        "runtime": option.runtime,
                        "tfidf": option.tfidf,
                    }
                )
                tracking.log_metrics(results[label])
    return results


def _run_option(
    option: Option,
    splits: dict[str, pd.DataFrame],
    encoders_root: Path,
    base_encoder: EncoderParams,
    calibrate_params: CalibrateParams,
    eval_params: EvaluateParams,
    seed: int,
    cache: dict[str, tuple[dict[str, np.ndarray], float]],
) -> dict[str, float]:
    encoder_dir = encoders_root / option.encoder_folder_name if option.encoder else None
    embeddings: dict[str, np.ndarray | None] = dict.fromkeys(splits)
    speed = float("nan")
    if encoder_dir is not None:
        # Options sharing an encoder (with and without TF-IDF) embed the corpus once.
        key = str(encoder_dir)
        if key not in cache:
            cache[key] = _embed_all(encoder_dir, splits, base_encoder)
        vectors, speed = cache[key]
        embeddings.update(vectors)
    params = TrainParams(
        seed=seed,
        features=FeatureParams(use_embeddings=encoder_dir is not None, use_tfidf=option.tfidf),
        use_tuned=False,
    )
    encoder_params = base_encoder.model_copy(
        update={
            "name": option.encoder or base_encoder.name,
            "runtime": option.runtime or base_encoder.runtime,
        }
    )
    classifier = train_classifier(
        params, encoder_params, splits["train"], embeddings["train"], encoder_dir
    )
    calibrate(classifier, splits["calibration"], embeddings["calibration"], calibrate_params)
    metrics, _ = evaluate_split(classifier, splits["test"], embeddings["test"], eval_params)
    metrics["embed_messages_per_s"] = speed
    log.info("%s: sub_intent macro-F1 %.4f", option.label, metrics["sub_intent_macro_f1"])
    return metrics


def _embed_all(
    encoder_dir: Path, splits: dict[str, pd.DataFrame], params: EncoderParams
) -> tuple[dict[str, np.ndarray], float]:
    """Every split's embeddings with one encoder, and its speed in messages per second."""
    encoder = load_encoder(encoder_dir)
    start = time.perf_counter()
    vectors = {
        name: embed_messages(encoder, frame["text"].tolist(), params.chunk_chars, params.batch_size)
        for name, frame in splits.items()
    }
    total = sum(len(f) for f in splits.values())
    return vectors, total / (time.perf_counter() - start)
