"""Stage `embed`: encode every split once, so tuning and training never re-run the encoder."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np

from omnichat_model.encoders import load_encoder
from omnichat_model.features import embed_messages
from training.config import EncoderParams
from training.datasets import SPLITS, embeddings_path, read_split

log = logging.getLogger(__name__)


def embed_splits(
    params: EncoderParams, prepared_dir: Path, encoder_dir: Path, out_dir: Path
) -> dict[str, float]:
    """Write `out_dir/<split>.npy` for every split; returns messages/s per split."""
    encoder = load_encoder(encoder_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    speeds: dict[str, float] = {}
    for split in SPLITS:
        texts = read_split(prepared_dir, split)["text"].tolist()
        start = time.perf_counter()
        vectors = embed_messages(encoder, texts, params.chunk_chars, params.batch_size)
        elapsed = time.perf_counter() - start
        np.save(embeddings_path(out_dir, split), vectors.astype(np.float32))
        speeds[split] = len(texts) / elapsed if elapsed > 0 else float("inf")
        log.info("embedded %d %s messages in %.1f s", len(texts), split, elapsed)
    (out_dir / "encoder.json").write_text(
        json.dumps(
            {"encoder_dir": str(encoder_dir), "name": params.name, "runtime": params.runtime}
        ),
        encoding="utf-8",
    )
    return speeds
