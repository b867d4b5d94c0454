"""Sentence encoders the runtime embeds messages with: ONNX Runtime or sentence-transformers.

Every prepared encoder folder carries an `encoder.json` (see `EncoderSpec`), so a model artifact
that ships the folder can be reopened with `load_encoder(folder)` and no other knowledge.
Heavy libraries (onnxruntime, tokenizers, torch, sentence-transformers) are imported inside the
constructors: importing this module stays cheap and free of side effects.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, Protocol, runtime_checkable

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from tokenizers import Encoding

ENCODER_SPEC_FILE: Final = "encoder.json"
ONNX_MODEL_FILE: Final = "model.onnx"
TOKENIZER_FILE: Final = "tokenizer.json"
# 256 tokens covers chat messages and e-mail bodies of a few paragraphs; longer texts are cut.
DEFAULT_MAX_LENGTH: Final = 256
# Padded tokens per ONNX call when batching (see token_budget_batches). Mixed corpus texts, CPU
# per text on one thread, batch-invariant int8 graph: one per call 11.6 ms, budget 128 10.4,
# 256 10.3, 512 10.6, 1024 12.8 (64 texts a call: long ones drag the rest's padding along).
BATCH_TOKEN_BUDGET: Final = 256

EncoderKind = Literal["onnx", "sentence-transformers"]


class EncoderSpec(BaseModel):
    """What `encoder.json` says about a prepared encoder folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: EncoderKind
    name: str = Field(min_length=1)
    dim: int = Field(gt=0)
    prefix: str = ""
    max_length: int = Field(default=DEFAULT_MAX_LENGTH, gt=2)
    # sentence-transformers only: the prompt of the folder's config that equals `prefix`.
    prompt_name: str | None = None
    # onnx only: most texts per inference call (1 for int8 graphs, whose dynamic activation
    # scales would otherwise make a text's vector depend on the rest of its batch).
    max_batch: int | None = Field(default=None, ge=1)


def write_encoder_spec(folder: Path, spec: EncoderSpec) -> Path:
    """Write `spec` as `folder/encoder.json` and return that path."""
    path = folder / ENCODER_SPEC_FILE
    path.write_text(spec.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return path


def read_encoder_spec(folder: Path) -> EncoderSpec:
    """Read and validate `folder/encoder.json`."""
    path = folder / ENCODER_SPEC_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{folder} is not a prepared encoder folder (no {path.name})")
    return EncoderSpec.model_validate_json(path.read_text(encoding="utf-8"))


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors of shape (n, dim)."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embed `texts` (a sequence of str, not a single str)."""
        ...


def check_texts(texts: Sequence[str]) -> list[str]:
    """Return `texts` as a list, raising TypeError on a bare str or any non-str item."""
    if isinstance(texts, str | bytes):
        raise TypeError("encode() takes a sequence of strings, not a single string")
    items = list(texts)
    for index, text in enumerate(items):
        if not isinstance(text, str):
            raise TypeError(f"texts[{index}] is {type(text).__name__}, expected str")
    return items


def _check_batch_size(batch_size: int) -> None:
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (a zero row stays zero)."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def available_cores() -> int:
    """CPU cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def token_budget_batches(
    lengths: Sequence[int], max_count: int, max_tokens: int = BATCH_TOKEN_BUDGET
) -> list[list[int]]:
    """Indices grouped into batches of similar length, each padded size <= `max_tokens`.

    Sorting by length keeps padding small; the token budget keeps long texts in small batches
    (padding and attention grow with the longest one) while short ones share a call (each call
    has a fixed cost). A text longer than the budget gets a batch of its own.
    """
    batches: list[list[int]] = []
    current: list[int] = []
    for index in np.argsort(lengths, kind="stable").tolist():
        padded = (len(current) + 1) * lengths[index]  # the newest text is the longest
        if current and (len(current) >= max_count or padded > max_tokens):
            batches.append(current)
            current = []
        current.append(index)
    if current:
        batches.append(current)
    return batches


class OnnxEncoder:
    """A BERT-style encoder exported to ONNX, run with ONNX Runtime on CPU.

    The graph takes `input_ids` and `attention_mask` (int64) and returns the last hidden state;
    mean pooling over the mask and L2 normalisation happen here, in numpy.
    """

    def __init__(
        self,
        folder: Path,
        prefix: str = "query: ",
        max_length: int = DEFAULT_MAX_LENGTH,
        threads: int | None = None,
        *,
        name: str | None = None,
        max_batch: int | None = None,
        batch_tokens: int = BATCH_TOKEN_BUDGET,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = Path(folder)
        for required in (ONNX_MODEL_FILE, TOKENIZER_FILE):
            if not (folder / required).is_file():
                raise FileNotFoundError(f"{folder / required} is missing")
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be >= 1, got {threads}")
        if max_batch is not None and max_batch < 1:
            raise ValueError(f"max_batch must be >= 1, got {max_batch}")
        if batch_tokens < 1:
            raise ValueError(f"batch_tokens must be >= 1, got {batch_tokens}")
        self.name = name or folder.name
        self.max_batch = max_batch
        self.batch_tokens = batch_tokens
        self.prefix = prefix
        self.max_length = max_length
        self._tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        self._tokenizer.no_padding()  # padded here, per batch, to the longest text
        self._tokenizer.enable_truncation(max_length)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or available_cores()
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(folder / ONNX_MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._input_names = {node.name for node in self._session.get_inputs()}
        missing = {"input_ids", "attention_mask"} - self._input_names
        if missing:
            raise ValueError(f"{folder / ONNX_MODEL_FILE} lacks inputs {sorted(missing)}")
        self.dim = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embed `texts`; returns float32 (n, dim), L2-normalised."""
        items = check_texts(texts)
        _check_batch_size(batch_size)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(items) == 1:  # the serving hot path: no thread pool, no padding
            return self._embed([self._tokenizer.encode(self.prefix + items[0])])
        encodings = self._tokenizer.encode_batch([self.prefix + text for text in items])
        out = np.empty((len(items), self.dim), dtype=np.float32)
        limit = min(batch_size, self.max_batch or batch_size)
        lengths = [len(enc.ids) for enc in encodings]
        for chunk in token_budget_batches(lengths, limit, self.batch_tokens):
            out[chunk] = self._embed([encodings[i] for i in chunk])
        return out

    def _embed(self, encodings: list[Encoding]) -> np.ndarray:
        longest = max(len(enc.ids) for enc in encodings)
        ids = np.zeros((len(encodings), longest), dtype=np.int64)
        mask = np.zeros((len(encodings), longest), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        (hidden,) = self._session.run(None, feeds)[:1]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / weights.sum(axis=1)
        return l2_normalise(pooled)


class SentenceTransformerEncoder:
    """A sentence-transformers folder run with PyTorch on CPU."""

    def __init__(
        self,
        folder: Path,
        prompt_name: str | None = "query",
        *,
        max_length: int | None = None,
        name: str | None = None,
    ) -> None:
        from sentence_transformers import SentenceTransformer

        folder = Path(folder)
        if not (folder / "modules.json").is_file():
            raise FileNotFoundError(f"{folder} is not a sentence-transformers folder")
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        if prompt_name is not None and prompt_name not in self._model.prompts:
            known = sorted(self._model.prompts)
            raise ValueError(f"{folder} has no prompt {prompt_name!r}; it has {known}")
        if max_length is not None:
            self._model.max_seq_length = max_length
        self.prompt_name = prompt_name
        self.name = name or folder.name
        self.dim = int(self._model.get_embedding_dimension())

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embed `texts`; returns float32 (n, dim), L2-normalised."""
        items = check_texts(texts)
        _check_batch_size(batch_size)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        # An explicit empty prompt stops the folder's default prompt from being applied.
        prompt_kwargs = {"prompt_name": self.prompt_name} if self.prompt_name else {"prompt": ""}
        vectors = self._model.encode(
            items,
            **prompt_kwargs,
            batch_size=batch_size,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return l2_normalise(np.asarray(vectors, dtype=np.float32))


def load_encoder(folder: Path, *, threads: int | None = None) -> Encoder:
    """Open a prepared encoder folder with the implementation its `encoder.json` names.

    `threads` applies to ONNX encoders only (default: all cores).
    """
    folder = Path(folder)
    spec = read_encoder_spec(folder)
    encoder: Encoder
    if spec.kind == "onnx":
        encoder = OnnxEncoder(
            folder,
            prefix=spec.prefix,
            max_length=spec.max_length,
            threads=threads,
            name=spec.name,
            max_batch=spec.max_batch,
        )
    else:
        encoder = SentenceTransformerEncoder(
            folder, prompt_name=spec.prompt_name, max_length=spec.max_length, name=spec.name
        )
    if encoder.dim != spec.dim:
        raise ValueError(
            f"{folder}: encoder.json says dim {spec.dim}, the model gives {encoder.dim}"
        )
    return encoder
