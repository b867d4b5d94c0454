"""Exact and near-duplicate detection between splits, on normalised text."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from training.corpus.text_noise import strip_accents

# Rows of the query matrix compared at once: bounds memory at chunk x len(references) floats.
_CHUNK = 512


def normalise_text(text: str) -> str:
    """Lowercase, drop accents, punctuation and emoji, collapse digits and whitespace.

    Two messages that differ only in case, accents, punctuation or the numbers filled into
    their slots normalise to the same string.
    """
    text = strip_accents(text.lower())
    text = re.sub(r"\d+", "0", text)
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


def nearest_neighbours(
    queries: Sequence[str], references: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """For each query text, the best char n-gram TF-IDF cosine to a reference and its index.

    Texts are normalised first; the vectoriser is fitted on both sides so shared n-grams count.
    """
    if not queries or not references:
        return np.zeros(len(queries)), np.full(len(queries), -1)
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = vectoriser.fit_transform([normalise_text(t) for t in [*queries, *references]])
    query_matrix, reference_matrix = matrix[: len(queries)], matrix[len(queries) :]
    scores = np.empty(len(queries))
    indices = np.empty(len(queries), dtype=np.int64)
    for start in range(0, len(queries), _CHUNK):
        block = (query_matrix[start : start + _CHUNK] @ reference_matrix.T).toarray()
        indices[start : start + len(block)] = block.argmax(axis=1)
        scores[start : start + len(block)] = block.max(axis=1)
    return scores, indices
