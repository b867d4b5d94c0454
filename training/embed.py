"""Stage `embed`: encode every split once, so tuning and training never re-run the encoder."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from omnichat_model.classifier import OmnichatClassifier, Probabilities
from omnichat_model.encoders import Encoder, OnnxEncoder, available_cores, load_encoder
from omnichat_model.features import embed_messages_split
from training.config import EncoderParams
from training.datasets import SPLITS, embeddings_path, read_split

log = logging.getLogger(__name__)


def parallel_encoder(encoder_dir: Path) -> tuple[Encoder, int]:
    """An encoder for embedding many texts, and over how many threads to split them.

    ONNX: one single-threaded session shared by a thread per core (`embed_messages_split`).
    Other runtimes use their own threads, so they get one call.
    """
    encoder = load_encoder(encoder_dir, threads=1)
    return encoder, available_cores() if isinstance(encoder, OnnxEncoder) else 1


def bulk_predictor(classifier: OmnichatClassifier) -> Callable[[list[str]], Probabilities]:
    """`classifier.predict_proba` for long lists: one encoder session, loaded here, embeds the
    texts on every core at once (the classifier's own session serves one message at a time)."""
    if classifier.encoder_dir is None:
        return classifier.predict_proba
    encoder, parts = parallel_encoder(classifier.encoder_dir)

    def predict(texts: list[str]) -> Probabilities:
        embeddings = embed_messages_split(encoder, texts, classifier.chunk_chars, parts=parts)
        return classifier.predict_proba(texts, embeddings)

    return predict


def embed_splits(
    params: EncoderParams, prepared_dir: Path, encoder_dir: Path, out_dir: Path
) -> dict[str, float]:
    """Write `out_dir/<split>.npy` for every split; returns messages/s per split."""
    encoder, parts = parallel_encoder(encoder_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    speeds: dict[str, float] = {}
    total_messages, total_s = 0, 0.0
    for split in SPLITS:
        texts = read_split(prepared_dir, split)["text"].tolist()
        start = time.perf_counter()
        vectors = embed_messages_split(encoder, texts, params.chunk_chars, params.batch_size, parts)
        elapsed = time.perf_counter() - start
        np.save(embeddings_path(out_dir, split), vectors.astype(np.float32))
        speeds[split] = len(texts) / elapsed if elapsed > 0 else float("inf")
        total_messages, total_s = total_messages + len(texts), total_s + elapsed
        log.info("embedded %d %s messages in %.1f s", len(texts), split, elapsed)
    (out_dir / "encoder.json").write_text(
        json.dumps(
            {
                "encoder_dir": str(encoder_dir),
                "name": params.name,
                "runtime": params.runtime,
                "chunk_chars": params.chunk_chars,
                # Read by the compare stage, which reuses these vectors instead of re-embedding.
                "messages_per_s": total_messages / total_s if total_s > 0 else None,
            }
        ),
        encoding="utf-8",
    )
    return speeds


def read_embedded(
    out_dir: Path, encoder_dir: Path, chunk_chars: int, splits: dict[str, int]
) -> tuple[dict[str, np.ndarray], float] | None:
    """This stage's vectors and speed, if `out_dir` holds `encoder_dir`'s for these splits.

    `splits` maps split name -> row count. None when the folder was embedded with another
    encoder or chunking, lacks a split, or predates the recorded speed.
    """
    meta_path = out_dir / "encoder.json"
    if not meta_path.is_file():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    same_encoder = Path(meta.get("encoder_dir", "")).resolve() == Path(encoder_dir).resolve()
    if not same_encoder or meta.get("chunk_chars") != chunk_chars or not meta.get("messages_per_s"):
        return None
    vectors: dict[str, np.ndarray] = {}
    for split, rows in splits.items():
        path = embeddings_path(out_dir, split)
        if not path.is_file():
            return None
        array = np.load(path)
        if array.shape[0] != rows:
            return None
        vectors[split] = array
    return vectors, float(meta["messages_per_s"])
