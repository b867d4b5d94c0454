"""other.greeting covers hello, thanks and goodbye: each gets its own answer."""

from __future__ import annotations

import pytest

from gateway.greetings import greeting_kind, has_greeting_words
from gateway.replies import GOODBYE_REPLY, GREETING, THANKS_REPLY, automated_reply


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("obrigado!", "thanks"),
        ("Obrigadão!!", "thanks"),
        ("muito obrigada pela ajuda", "thanks"),
        ("brigadaaa", "thanks"),
        ("obg", "thanks"),
        ("vlw", "thanks"),
        ("grata", "thanks"),
        ("agradeço a atenção", "thanks"),
        ("valeu, tchau", "thanks"),  # thanks wins a mix
        ("tchau", "goodbye"),
        ("Tchauzinho", "goodbye"),
        ("Até mais", "goodbye"),
        ("boa noite, até amanhã", "goodbye"),
        ("falou", "goodbye"),
        ("bom dia", "hello"),
        ("oi td bem?", "hello"),
        ("Olá", "hello"),
        ("boa noite", "hello"),
        ("", "hello"),
    ],
)
def test_greeting_kind(message: str, kind: str) -> None:
    assert greeting_kind(message) == kind


@pytest.mark.parametrize(
    "message", ["Oi!", "olaaa", "boa tarde", "td bem?", "obrigada", "vlw", "tchau", "Até logo"]
)
def test_greeting_words_are_found(message: str) -> None:
    assert has_greeting_words(message)


@pytest.mark.parametrize(
    # What a model may call a greeting, but which answers the conversation instead.
    "message",
    ["aceito", "pode seguir", "é definitivo", "e aí, voltou?", "continua igual", "", "oitenta"],
)
def test_follow_ups_have_no_greeting_words(message: str) -> None:
    assert not has_greeting_words(message)


def test_each_kind_has_its_answer_and_other_sub_intents_ignore_the_message() -> None:
    assert automated_reply("other.greeting", [], "oi") == GREETING
    assert automated_reply("other.greeting", [], "obrigado") == THANKS_REPLY
    assert automated_reply("other.greeting", [], "tchau") == GOODBYE_REPLY
    assert automated_reply("other.greeting", []) == GREETING
    assert len({GREETING, THANKS_REPLY, GOODBYE_REPLY}) == 3
