"""Running one batch through the classifier, using both cores for multi-message batches.

Small ONNX calls do not use two intra-op threads well. Measured on this 2-core machine with the
per-call int8 encoder (64 short messages, one text per call, encoder only): one session with 2
intra-op threads ~228 msg/s; 1 thread ~147 msg/s; 1 thread run from 2 Python threads on halves
of the batch ~262 msg/s; 2 threads from 2 Python threads ~160 msg/s (oversubscribed). So a batch
of several messages is split across `parallelism` threads sharing one single-threaded session
(ONNX Runtime sessions are thread-safe and release the GIL), each thread running the whole
prediction of its part; a lone message runs on the classifier's own session. With the default
per-token int8 encoder each part is also embedded in length-grouped ONNX batches.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.encoders import Encoder
from omnichat_model.features import embed_messages


class BatchPredictor:
    """`predict` for a batch: the classifier alone, or with embeddings computed in parallel."""

    def __init__(self, split_encoder: Encoder | None, parallelism: int) -> None:
        """`split_encoder`: a single-threaded session of the classifier's encoder (or None)."""
        if parallelism < 1:
            raise ValueError(f"parallelism must be >= 1, got {parallelism}")
        self._encoder = split_encoder if parallelism > 1 else None
        self._parallelism = parallelism
        # Idle pool threads end when a swapped-out model (and so this object) is collected.
        self._pool = (
            ThreadPoolExecutor(parallelism, thread_name_prefix="embed")
            if self._encoder is not None
            else None
        )

    def predict(self, classifier: OmnichatClassifier, texts: Sequence[str]) -> list[dict[str, Any]]:
        """One record per text, exactly what `classifier.predict(texts)` returns."""
        if self._pool is None or self._encoder is None or len(texts) < 2:
            return classifier.predict(texts)
        encoder = self._encoder

        def run(chunk: list[str]) -> list[dict[str, Any]]:
            # The whole prediction, not only the embedding: one chunk's GIL-bound TF-IDF then
            # overlaps with the other chunk's ONNX run instead of idling both cores.
            embeddings = embed_messages(encoder, chunk, classifier.chunk_chars)
            return classifier.predict(chunk, embeddings=embeddings)

        parts = np.array_split(np.arange(len(texts)), min(self._parallelism, len(texts)))
        chunks = [[texts[i] for i in part] for part in parts]
        return [record for records in self._pool.map(run, chunks) for record in records]
