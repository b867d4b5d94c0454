"""The sparse text block of the features: character n-grams, and word n-grams beside them.

Character n-grams within words survive typos, missing accents and slang; word n-grams add the
phrases ("nao chegou", "quero cancelar", "ja paguei") that character windows only see in
pieces. Each part is L2-normalised on its own and the word part is scaled by `word_weight`, the
way the embedding block is scaled next to the TF-IDF one.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from omnichat_model.fast_paths import FastTfidf


class TextTfidf:
    """Fitted character (and optional word) TF-IDF vectorisers with one `transform`."""

    def __init__(
        self, char: TfidfVectorizer, word: TfidfVectorizer | None = None, word_weight: float = 1.0
    ) -> None:
        if word_weight <= 0:
            raise ValueError("word_weight must be > 0")
        self.char = char
        self.word = word
        self.word_weight = word_weight
        self._fast: list[FastTfidf | None] | None = None  # built on first use, never saved

    def fit(self, texts: Sequence[str]) -> TextTfidf:
        """Fit every part on the training texts."""
        for vectorizer in self._parts():
            vectorizer.fit(texts)
        self._fast = None
        return self

    def fit_transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """`fit(texts).transform(texts)`, reading every text once instead of twice.

        Fitting already builds each part's count matrix; `transform` would rebuild it (most of
        the cost: the n-gram analysis is pure Python). scikit-learn leaves that matrix's column
        indices unsorted within rows, so they are sorted here: the rows are then `transform`'s
        bit for bit (tests/model/test_text_tfidf.py checks it).
        """
        blocks = []
        for vectorizer in self._parts():
            block = sparse.csr_matrix(vectorizer.fit_transform(texts))
            block.sort_indices()
            blocks.append(block)
        self._fast = None
        return self._joined(blocks)

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """The rows of `texts`: character block, then the weighted word block."""
        if self._fast is None:
            self._fast = [FastTfidf(v) if FastTfidf.supports(v) else None for v in self._parts()]
        blocks = [
            fast.transform(texts) if fast is not None else vectorizer.transform(texts)
            for vectorizer, fast in zip(self._parts(), self._fast, strict=True)
        ]
        return self._joined(blocks)

    def _joined(self, blocks: list[sparse.csr_matrix]) -> sparse.csr_matrix:
        """The character block alone, or beside the weighted word block."""
        if len(blocks) == 1:
            return sparse.csr_matrix(blocks[0])
        return side_by_side(*blocks, right_weight=self.word_weight)

    def _parts(self) -> list[TfidfVectorizer]:
        return [self.char] if self.word is None else [self.char, self.word]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_fast"] = None
        state["char"], state["word"] = _portable(self.char), _portable(self.word)
        return state


def _portable(vectorizer: TfidfVectorizer | None) -> TfidfVectorizer | None:
    """The vectoriser without `_stop_words_id`: scikit-learn memoises there the `id()` of the
    stop-word list it checked, a memory address that made every saved model's bytes (and DVC's
    hash of models/trained) differ between runs. Without it the check simply runs again."""
    if vectorizer is None or not hasattr(vectorizer, "_stop_words_id"):
        return vectorizer
    portable = copy.copy(vectorizer)
    del portable._stop_words_id
    return portable


def side_by_side(
    left: sparse.csr_matrix, right: sparse.csr_matrix, right_weight: float = 1.0
) -> sparse.csr_matrix:
    """`hstack([left, right * right_weight])` of two CSR blocks with sorted indices.

    scipy's generic hstack costs ~0.3 ms for one message, a third of the whole TF-IDF step;
    here each row is the left row's entries, then the right row's shifted past the left
    columns, so the indices stay sorted.
    """
    if left.shape[0] != right.shape[0]:
        raise ValueError("blocks must have the same number of rows")
    left_counts, right_counts = np.diff(left.indptr), np.diff(right.indptr)
    indptr = np.zeros(left.shape[0] + 1, dtype=np.int32)
    np.cumsum(left_counts + right_counts, out=indptr[1:])
    left_at = np.repeat(indptr[:-1] - left.indptr[:-1], left_counts) + np.arange(left.nnz)
    right_at = np.repeat(indptr[:-1] + left_counts - right.indptr[:-1], right_counts) + np.arange(
        right.nnz
    )
    data = np.empty(left.nnz + right.nnz, dtype=left.dtype)
    indices = np.empty(left.nnz + right.nnz, dtype=np.int32)
    data[left_at] = left.data
    data[right_at] = right.data * np.asarray(right_weight, dtype=left.dtype)
    indices[left_at] = left.indices
    indices[right_at] = right.indices + left.shape[1]
    shape = (left.shape[0], left.shape[1] + right.shape[1])
    return sparse.csr_matrix((data, indices, indptr), shape=shape, copy=False)
