"""The words of a greeting: hello, thanks and goodbye, as customers type them.

Matched on the lower-cased text without accents ("Obrigadão!!" -> "obrigadao"). Replies use
them to answer a thank-you with "por nada" rather than a hello; context boosting uses them to
tell a real greeting from a topicless follow-up ("aceito", "pode seguir") that a model trained
on self-contained messages also calls `other.greeting`.
"""

from __future__ import annotations

import re
from typing import Literal

from gateway.csat.parser import fold

GreetingKind = Literal["hello", "thanks", "goodbye"]

_THANKS = re.compile(r"\b(obrigad\w*|brigad\w*|obg|vlw|valeu|grat[oa]|agradec\w*)\b")
_GOODBYE = re.compile(
    r"\b(tchau\w*|xau|falou|flw|ate (mais|logo|breve|a proxima|amanha)|bom descanso)\b"
)
# "e aí" is left out: it opens follow-ups as often as greetings ("e aí, liberou?").
_HELLO = re.compile(
    r"\b(oi+e?|ola+|opa|alo|salve|hey|bo[am] (dia|tarde|noite)|(tudo|td) (bem|bom|certo))\b"
)


def greeting_kind(text: str) -> GreetingKind:
    """Whether a greeting-only message says thanks, goodbye or hello (thanks wins a mix)."""
    folded = fold(text)
    if _THANKS.search(folded):
        return "thanks"
    if _GOODBYE.search(folded):
        return "goodbye"
    return "hello"


def has_greeting_words(text: str) -> bool:
    """True when the text says hello, thanks or goodbye in words."""
    folded = fold(text)
    return any(pattern.search(folded) for pattern in (_THANKS, _GOODBYE, _HELLO))
