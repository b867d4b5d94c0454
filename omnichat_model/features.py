"""Message -> feature matrix: sentence embedding and/or character and word n-gram TF-IDF.

One encoder pass per message serves every head: the matrix built here feeds the sub_intent,
sentiment and urgency heads alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer, strip_accents_unicode

from omnichat_model.emoji_words import describe_emoji
from omnichat_model.encoders import Encoder

_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")


def chunk_text(text: str, max_chars: int) -> list[str]:
    """Split a long text at sentence ends into pieces of at most ~`max_chars` characters.

    Long complaints (hundreds of words, several topics) lose most of their content when an
    encoder truncates them; embedding each piece and averaging keeps all of it.
    """
    if len(text) <= max_chars:
        return [text]
    chunks: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > max_chars:  # a run-on "sentence" is cut at a space
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > 0 else max_chars
            chunks.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > max_chars:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current)
    return chunks


def embed_messages(
    encoder: Encoder, texts: Sequence[str], chunk_chars: int, batch_size: int = 64
) -> np.ndarray:
    """L2-normalised embedding per message (emoji read as words); long messages are the mean
    of their chunks."""
    pieces: list[str] = []
    owners: list[int] = []
    for i, text in enumerate(texts):
        for chunk in chunk_text(describe_emoji(text), chunk_chars):
            pieces.append(chunk)
            owners.append(i)
    if not pieces:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    vectors = encoder.encode(pieces, batch_size=batch_size)
    if len(pieces) == len(texts):
        return vectors
    out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
    np.add.at(out, np.asarray(owners), vectors)
    return out / np.linalg.norm(out, axis=1, keepdims=True).clip(min=1e-12)


def embed_messages_split(
    encoder: Encoder, texts: Sequence[str], chunk_chars: int, batch_size: int = 64, parts: int = 2
) -> np.ndarray:
    """`embed_messages` on `parts` contiguous slices of `texts` at once, one thread each.

    Meant for a single-threaded ONNX session, which is thread-safe and releases the GIL: two
    such threads beat one session with two intra-op threads on 2 cores (test split, per-token
    int8: 68 vs 51 msg/s on an AMD EPYC; Intel figures in serving/inference.py). With a
    batch-invariant encoder, as the per-token int8 graph is, the vectors are one call's up to
    float rounding (~1e-8).
    """
    if parts < 1:
        raise ValueError(f"parts must be >= 1, got {parts}")
    if parts == 1 or len(texts) < 2:
        return embed_messages(encoder, texts, chunk_chars, batch_size)
    slices = np.array_split(np.arange(len(texts)), min(parts, len(texts)))
    with ThreadPoolExecutor(len(slices), thread_name_prefix="embed") as pool:
        blocks = pool.map(
            lambda rows: embed_messages(encoder, [texts[i] for i in rows], chunk_chars, batch_size),
            slices,
        )
        return np.vstack(list(blocks))


def tfidf_text(text: str) -> str:
    """What the TF-IDF reads: emoji as words, lowercase, no accents."""
    return strip_accents_unicode(describe_emoji(text).lower())


def make_tfidf(ngram_min: int, ngram_max: int, min_df: int, max_features: int) -> TfidfVectorizer:
    """Character n-grams within word boundaries: robust to typos, missing accents and slang."""
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(ngram_min, ngram_max),
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=True,
        # A module-level function, so the fitted vectoriser pickles and loads in the server.
        preprocessor=tfidf_text,
        dtype=np.float32,
    )


def make_word_tfidf(ngram_max: int, min_df: int, max_features: int) -> TfidfVectorizer:
    """Word 1..`ngram_max`-grams on the same folded text as the character n-grams."""
    return TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, ngram_max),
        min_df=min_df,
        max_features=max_features,
        sublinear_tf=True,
        preprocessor=tfidf_text,
        dtype=np.float32,
    )


def combine(
    embeddings: np.ndarray | None, tfidf: sparse.spmatrix | None, embedding_weight: float
) -> sparse.csr_matrix | np.ndarray:
    """Stack the dense and sparse blocks side by side (either may be absent)."""
    if embeddings is None and tfidf is None:
        raise ValueError("at least one of embeddings or tfidf features is required")
    if tfidf is None:
        return embeddings * embedding_weight
    if embeddings is None:
        return sparse.csr_matrix(tfidf)
    return sparse.hstack([sparse.csr_matrix(embeddings * embedding_weight), tfidf], format="csr")
