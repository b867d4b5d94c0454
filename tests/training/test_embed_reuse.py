"""The compare stage reuses the embed stage's vectors only when they are exactly what it needs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from training.embed import read_embedded


def _embedded(tmp_path: Path, **meta: object) -> tuple[Path, Path]:
    out, encoder = tmp_path / "embeddings", tmp_path / "encoders" / "e5-small-enpt-onnx-int8"
    out.mkdir()
    encoder.mkdir(parents=True)
    for split, rows in (("train", 5), ("test", 3)):
        np.save(out / f"{split}.npy", np.full((rows, 4), rows, dtype=np.float32))
    fields = {"encoder_dir": str(encoder), "chunk_chars": 600, "messages_per_s": 120.0, **meta}
    (out / "encoder.json").write_text(json.dumps(fields), encoding="utf-8")
    return out, encoder


def test_same_encoder_chunking_and_rows_are_reused(tmp_path: Path) -> None:
    out, encoder = _embedded(tmp_path)
    reused = read_embedded(out, encoder, 600, {"train": 5, "test": 3})
    assert reused is not None
    vectors, speed = reused
    assert speed == 120.0
    assert vectors["train"].shape == (5, 4) and float(vectors["test"][0, 0]) == 3.0


@pytest.mark.parametrize(
    ("meta", "chunk_chars", "rows"),
    [
        ({"encoder_dir": "/elsewhere/minilm-l6-onnx"}, 600, {"train": 5, "test": 3}),
        ({}, 400, {"train": 5, "test": 3}),  # other chunking: other vectors for long texts
        ({}, 600, {"train": 6, "test": 3}),  # the split changed since
        ({}, 600, {"train": 5, "calibration": 2}),  # a split that was not embedded
        ({"messages_per_s": None}, 600, {"train": 5, "test": 3}),  # older stage output
    ],
)
def test_anything_else_is_embedded_again(
    tmp_path: Path, meta: dict[str, object], chunk_chars: int, rows: dict[str, int]
) -> None:
    out, encoder = _embedded(tmp_path, **meta)
    assert read_embedded(out, encoder, chunk_chars, rows) is None


def test_no_embed_stage_output(tmp_path: Path) -> None:
    assert read_embedded(tmp_path / "missing", tmp_path, 600, {"train": 1}) is None
