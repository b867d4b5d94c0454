"""Reading CSAT answers: numbers, stars, emojis, pt-BR words, free text."""

from __future__ import annotations

import pytest

from gateway.csat.parser import parse_answer


@pytest.mark.parametrize(
    ("text", "score", "comment"),
    [
        ("5", 5, ""),
        ("1", 1, ""),
        ("nota 4", 4, ""),
        ("4/5", 4, ""),
        ("3 de 5", 3, ""),
        ("dou nota 2 pra vocês", 2, "dou pra vocês"),
        ("4 - resolveram rápido", 4, "resolveram rápido"),
        ("5!!!", 5, ""),
    ],
)
def test_numbers(text: str, score: int, comment: str) -> None:
    parsed = parse_answer(text)
    assert (parsed.score, parsed.source, parsed.comment) == (score, "number", comment)


@pytest.mark.parametrize(
    "text", ["5 dias sem internet", "10", "0", "paguei 3 reais a mais", "12/5"]
)
def test_numbers_that_are_not_ratings(text: str) -> None:
    assert parse_answer(text).score is None


@pytest.mark.parametrize(
    ("text", "score"),
    [("😡", 1), ("😞", 2), ("😐", 3), ("🙂", 4), ("😍", 5), ("👍", 5), ("👎", 1), ("👍🏽", 5)],
)
def test_emojis(text: str, score: int) -> None:
    parsed = parse_answer(text)
    assert (parsed.score, parsed.source, parsed.comment) == (score, "emoji", "")


def test_emoji_with_free_text_keeps_the_text() -> None:
    parsed = parse_answer("😞 o técnico chegou atrasado")
    assert (parsed.score, parsed.comment) == (2, "o técnico chegou atrasado")


def test_quick_reply_button_labels_are_only_ratings() -> None:
    # The WhatsApp template's buttons are "😍 Ótimo", "😐 Regular", "😞 Ruim".
    assert [
        (p.score, p.comment) for p in map(parse_answer, ("😍 Ótimo", "😐 Regular", "😞 Ruim"))
    ] == [
        (5, ""),
        (3, ""),
        (2, ""),
    ]


def test_stars() -> None:
    assert parse_answer("⭐⭐⭐⭐").score == 4
    assert parse_answer("⭐").score == 1


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("ótimo", 5),
        ("Ótimo!", 5),
        ("otimo", 5),
        ("excelente atendimento", 5),
        ("muito bom", 5),
        ("bom", 4),
        ("gostei", 4),
        ("mais ou menos", 3),
        ("regular", 3),
        ("ruim", 2),
        ("não gostei", 2),
        ("não foi bom", 2),
        ("nada bom", 2),
        ("muito ruim", 1),
        ("péssimo", 1),
        ("PÉSSIMO, ninguém resolve nada", 1),
        ("horrível", 1),
    ],
)
def test_pt_br_words(text: str, score: int) -> None:
    parsed = parse_answer(text)
    assert (parsed.score, parsed.source) == (score, "word")


def test_a_rating_sentence_is_kept_whole_as_the_comment() -> None:
    parsed = parse_answer("péssimo, ninguém resolve nada")
    assert parsed.comment == "péssimo, ninguém resolve nada"
    assert parse_answer("ótimo").comment == ""


@pytest.mark.parametrize(
    "text",
    [
        "o técnico não veio",
        "bom dia, minha internet caiu",
        "boa tarde, preciso da segunda via",
        "quero cancelar",
        "ok",
    ],
)
def test_free_text_without_a_rating_is_not_an_answer(text: str) -> None:
    parsed = parse_answer(text)
    assert parsed.score is None and parsed.source is None and parsed.comment
