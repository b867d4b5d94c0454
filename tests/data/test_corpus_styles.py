"""Channel styles and text noise: properties that must hold for any rng."""

from __future__ import annotations

import random
import unicodedata

import pytest

from training.corpus.styles import Draft, StyleOptions, email, phone, render, web_chat, whatsapp
from training.corpus.text_noise import (
    abbreviate,
    add_typos,
    remove_punctuation,
    speak_numbers,
    strip_accents,
)

ANGRY = Draft(
    body=("a internet caiu de novo", "já são três dias assim, isso é um absurdo!"),
    greeting="boa noite",
    closing="aguardo retorno",
    signature="Att.,\nMaria Souza",
    sentiment="frustrated",
    urgent=True,
)
CALM = Draft(
    body=("você pode me mandar a segunda via da fatura?", "não recebi por e-mail também"),
    greeting="olá, tudo bem?",
    closing="obrigado desde já",
    signature="Atenciosamente,\nJoão Lima",
)
SEEDS = range(40)


def _has_accent(text: str) -> bool:
    return any("\u0300" <= c <= "\u036f" for c in unicodedata.normalize("NFD", text))


@pytest.mark.parametrize("draft", [ANGRY, CALM])
def test_whatsapp_has_no_accents_when_stripping_is_on(draft: Draft) -> None:
    options = StyleOptions(strip_accents_rate=1.0)
    for seed in SEEDS:
        assert not _has_accent(whatsapp(draft, random.Random(seed), options))


def test_whatsapp_keeps_accents_when_stripping_is_off() -> None:
    options = StyleOptions(strip_accents_rate=0.0, typo_rate=0.0, abbreviation_rate=0.0)
    assert _has_accent(whatsapp(CALM, random.Random(0), options))


@pytest.mark.parametrize("draft", [ANGRY, CALM])
def test_phone_transcript_has_no_punctuation_or_capitals(draft: Draft) -> None:
    for seed in SEEDS:
        text = phone(draft, random.Random(seed), StyleOptions())
        assert all(c.isalnum() or c == " " for c in text), text
        assert text == text.lower()


def test_phone_transcript_speaks_money() -> None:
    draft = Draft(body=("a fatura veio R$ 129,90",))
    text = phone(draft, random.Random(1), StyleOptions())
    assert "129 reais e 90 centavos" in text


def test_caps_and_exclamations_only_when_frustrated() -> None:
    options = StyleOptions(caps_when_frustrated_rate=1.0, emoji_rate=0.0)
    angry = [whatsapp(ANGRY, random.Random(s), options) for s in SEEDS]
    calm = [whatsapp(CALM, random.Random(s), options) for s in SEEDS]
    assert all("!!!" in text or "???" in text for text in angry)
    assert not any("!!!" in text for text in calm)
    shouted = [line for t in calm for line in t.splitlines() if line.isupper() and len(line) > 8]
    assert shouted == []


def test_email_has_greeting_body_and_signature() -> None:
    for seed in SEEDS:
        text = email(CALM, random.Random(seed), StyleOptions(typo_rate=0.0))
        assert "\n\n" in text
        assert "João Lima" in text
        assert "Segunda via da fatura" in text or "segunda via da fatura" in text


def test_web_chat_is_single_block_with_punctuation() -> None:
    text = web_chat(CALM, random.Random(3), StyleOptions(typo_rate=0.0))
    assert len(text.splitlines()) <= 2
    assert text.rstrip()[-1] in ".?!"


@pytest.mark.parametrize("channel", ["whatsapp", "email", "web_chat", "phone"])
def test_styles_are_deterministic_given_the_rng(channel: str) -> None:
    first = render(channel, ANGRY, random.Random(7), StyleOptions())  # type: ignore[arg-type]
    again = render(channel, ANGRY, random.Random(7), StyleOptions())  # type: ignore[arg-type]
    assert first == again


def test_unknown_channel_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown channel 'telegram'"):
        render("telegram", CALM, random.Random(0), StyleOptions())  # type: ignore[arg-type]


def test_strip_accents_keeps_emoji_and_letters() -> None:
    assert strip_accents("não é ação ❤️ 👍🏼") == "nao e acao ❤️ 👍🏼"


def test_abbreviate_at_full_rate_shortens_known_words() -> None:
    text = abbreviate("você pode ver hoje porque também não funciona", random.Random(0), 1.0)
    for word in ("você", "hoje", "porque", "também", "não"):
        assert word not in text.split()
    assert text.startswith("vc ")


def test_typos_change_words_only_at_a_positive_rate() -> None:
    text = "a conexão está instável desde ontem"
    assert add_typos(text, random.Random(0), 0.0) == text
    noisy = add_typos(text, random.Random(0), 1.0)
    changed = [a for a, b in zip(text.split(), noisy.split(), strict=True) if a != b]
    assert changed == ["conexão", "está", "instável", "desde", "ontem"]


def test_speak_numbers_and_remove_punctuation() -> None:
    assert speak_numbers("paguei R$ 99,90 às 15h30") == "paguei 99 reais e 90 centavos às 15 e 30"
    assert remove_punctuation("oi!!! tudo bem? 😡 (urgente)") == "oi tudo bem urgente"
