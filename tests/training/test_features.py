"""Chunking of long complaints and the feature combination."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from omnichat_model.features import chunk_text, combine, embed_messages, embed_messages_split


class _CountingEncoder:
    """A deterministic stand-in encoder: a one-hot of the text length bucket."""

    name = "counting"
    dim = 8

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts, batch_size: int = 64) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i, len(text) % self.dim] = 1.0
        return out


def test_short_text_is_one_chunk() -> None:
    assert chunk_text("minha internet caiu", 600) == ["minha internet caiu"]


def test_long_text_is_cut_at_sentence_ends_within_the_limit() -> None:
    sentence = "A internet caiu de novo hoje cedo e ninguém resolve nada. "
    text = sentence * 40
    chunks = chunk_text(text, 200)
    assert len(chunks) > 5
    assert all(len(c) <= 200 for c in chunks)
    assert "".join(chunks).replace(" ", "") == text.replace(" ", "")


def test_run_on_text_without_punctuation_is_cut_at_spaces() -> None:
    text = "sem internet " * 200
    chunks = chunk_text(text.strip(), 100)
    assert all(len(c) <= 100 for c in chunks)
    assert " ".join(chunks).split() == text.split()


def test_long_messages_are_embedded_as_the_normalised_mean_of_their_chunks() -> None:
    encoder = _CountingEncoder()
    texts = ["curta", "frase longa. " * 100]
    vectors = embed_messages(encoder, texts, chunk_chars=120)
    assert vectors.shape == (2, 8)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    assert len(encoder.calls) == 1  # one encoder pass for every chunk of every message


def test_combine_requires_some_features() -> None:
    with pytest.raises(ValueError):
        combine(None, None, 1.0)


def test_combine_stacks_weighted_dense_and_sparse_blocks() -> None:
    dense = np.ones((2, 3), dtype=np.float32)
    tfidf = sparse.csr_matrix(np.eye(2, 4, dtype=np.float32))
    x = combine(dense, tfidf, embedding_weight=2.0)
    assert x.shape == (2, 7)
    assert x[0, 0] == pytest.approx(2.0)


def test_split_embedding_equals_one_call_on_the_real_encoder(encoder_dir) -> None:
    # The per-token int8 graph is batch-invariant: halves embedded at once match one call, up
    # to float rounding in the pooling.
    from training.embed import parallel_encoder

    encoder, parts = parallel_encoder(encoder_dir)
    assert parts >= 1
    texts = ["minha internet caiu", "frase longa. " * 80, "boleto 😤", "oi", "quero cancelar"]
    whole = embed_messages(encoder, texts, chunk_chars=120)
    for n in (1, 2, 3, 9):
        split = embed_messages_split(encoder, texts, chunk_chars=120, parts=n)
        np.testing.assert_allclose(split, whole, rtol=0, atol=1e-6)


def test_split_embedding_keeps_the_order_and_checks_parts() -> None:
    encoder = _CountingEncoder()
    texts = ["a" * n for n in range(1, 12)]
    split = embed_messages_split(encoder, texts, chunk_chars=600, parts=3)
    np.testing.assert_array_equal(split, embed_messages(_CountingEncoder(), texts, 600))
    assert len(encoder.calls) == 3
    assert embed_messages_split(encoder, [], chunk_chars=600, parts=2).shape == (0, 8)
    with pytest.raises(ValueError, match="parts"):
        embed_messages_split(encoder, texts, chunk_chars=600, parts=0)
