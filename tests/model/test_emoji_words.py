"""Emoji read as words by the encoder and the TF-IDF alike."""

from __future__ import annotations

import pickle

import numpy as np

from omnichat_model.emoji_words import EMOJI_WORDS, describe_emoji
from omnichat_model.fast_paths import FastTfidf
from omnichat_model.features import embed_messages, make_tfidf, tfidf_text


class _RecordingEncoder:
    name = "recording"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts, batch_size: int = 64) -> np.ndarray:
        self.seen.extend(texts)
        return np.ones((len(texts), self.dim), dtype=np.float32)


def test_emoji_become_the_words_customers_mean() -> None:
    assert describe_emoji("me manda o boleto 🤬").split() == ["me", "manda", "o", "boleto", "raiva"]
    assert describe_emoji("vlw 🙏🏻").split() == ["vlw", "por", "favor"]  # skin tone dropped
    assert describe_emoji("🤦🏻‍♀️ de novo").split() == ["decepcionado", "de", "novo"]
    assert describe_emoji("obrigada ❤️").split() == ["obrigada", "amei"]  # variation selector
    assert describe_emoji("SEM NET 😡😡").split() == ["SEM", "NET", "raiva", "raiva"]


def test_text_without_known_emoji_is_unchanged() -> None:
    for text in ("sem internet desde ontem", "ação, não há conexão", "olá 🦜 tudo bem?"):
        assert describe_emoji(text) == text


def test_emoji_of_one_tone_share_a_word() -> None:
    assert {EMOJI_WORDS[e] for e in "😡😠🤬😤"} == {"raiva"}
    assert EMOJI_WORDS["🙄"] == EMOJI_WORDS["😒"]


def test_the_encoder_reads_the_words_not_the_emoji() -> None:
    encoder = _RecordingEncoder()
    embed_messages(encoder, ["cadê meu boleto 😤", "oi"], chunk_chars=600)
    assert encoder.seen == ["cadê meu boleto  raiva ", "oi"]


def test_tfidf_shares_features_between_emoji_of_one_tone() -> None:
    vectoriser = make_tfidf(2, 4, 1, 1000).fit(["internet caiu 😡", "boleto por favor 🙏"])
    trained, unseen = vectoriser.transform(["😡", "🤬"])  # 🤬 never appears in the fit texts
    assert unseen.nnz > 0 and (trained != unseen).nnz == 0
    assert tfidf_text("Ação 😡") == "acao  raiva "


def test_the_fitted_vectoriser_pickles_and_its_fast_path_agrees() -> None:
    vectoriser = make_tfidf(2, 4, 1, 1000).fit(["internet caiu 😡", "não pagou 🙏🏻 obrigado"])
    reloaded = pickle.loads(pickle.dumps(vectoriser))
    texts = ["caiu a internet 🤬🤬", "Obrigado ❤️", "sem emoji"]
    expected = vectoriser.transform(texts).toarray()
    np.testing.assert_allclose(reloaded.transform(texts).toarray(), expected)
    np.testing.assert_allclose(FastTfidf(reloaded).transform(texts).toarray(), expected)
