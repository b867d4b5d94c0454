"""Reading a CSAT answer: a 1-5 score from a number, stars, an emoji or pt-BR words, plus the
customer's free text.

Customers answer "5", "nota 4", "⭐⭐⭐", "😍", "péssimo, ninguém resolveu", "não gostei". A message
with no rating in it ("o técnico não veio") is not an answer: the caller sends it through the
normal message flow instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Source = Literal["number", "stars", "emoji", "word"]

# The survey's own scale (see the question text); thumbs are a yes/no answer: top or bottom.
EMOJI_SCORES: dict[str, int] = {
    "😡": 1,
    "🤬": 1,
    "👎": 1,
    "😠": 1,
    "😞": 2,
    "🙁": 2,
    "☹": 2,
    "😐": 3,
    "😑": 3,
    "🙂": 4,
    "😊": 4,
    "😍": 5,
    "🤩": 5,
    "😀": 5,
    "😁": 5,
    "👍": 5,
    "👏": 5,
    "❤": 5,
}
STAR = "⭐"
# Variation selectors and skin tones change nothing about the rating.
_MODIFIERS = re.compile("[\ufe0f\ufe0e\U0001f3fb-\U0001f3ff]")

# Accent-folded phrases, longest first so "muito ruim" wins over "ruim".
WORD_SCORES: tuple[tuple[str, int], ...] = (
    ("mais ou menos", 3),
    ("muito ruim", 1),
    ("muito bom", 5),
    ("muito boa", 5),
    ("nao gostei", 2),
    ("nao resolveu", 1),
    ("pessimo", 1),
    ("pessima", 1),
    ("horrivel", 1),
    ("terrivel", 1),
    ("odiei", 1),
    ("lixo", 1),
    ("ruim", 2),
    ("insatisfeito", 2),
    ("insatisfeita", 2),
    ("fraco", 2),
    ("regular", 3),
    ("razoavel", 3),
    ("mediano", 3),
    ("normal", 3),
    ("bom", 4),
    ("boa", 4),
    ("gostei", 4),
    ("satisfeito", 4),
    ("satisfeita", 4),
    ("legal", 4),
    ("otimo", 5),
    ("otima", 5),
    ("excelente", 5),
    ("maravilhoso", 5),
    ("maravilhosa", 5),
    ("perfeito", 5),
    ("perfeita", 5),
    ("adorei", 5),
    ("amei", 5),
    ("sensacional", 5),
    ("top", 5),
)
_NEGATIONS = ("nao", "nada", "nem")
# Greetings hold rating words without rating anything ("bom dia" is not a 4).
_GREETINGS = re.compile(r"\b(?:bom dia|boa tarde|boa noite|boa sorte)\b")

# A leading digit is a score unless a unit follows ("5 dias sem internet" is not a rating).
_UNITS = r"(?:dias?|horas?|h\b|min|minutos?|vezes|mega|megas|mb|gb|reais|r\$|anos?|meses|semanas?)"
_LEADING_NUMBER = re.compile(
    rf"^\s*(?:nota\s*)?([1-5])(?![\d.,])(?!\s*{_UNITS})\s*(?:/\s*5|de\s*5)?"
)
_NOTA_NUMBER = re.compile(r"\bnota\s*(?:e\s*|foi\s*)?[:=]?\s*([1-5])(?![\d.,])")
_OUT_OF_FIVE = re.compile(r"(?<![\d.,])([1-5])\s*(?:/\s*5|de\s*5|estrelas?)\b")


@dataclass(frozen=True)
class ParsedAnswer:
    """The score (None: not a rating at all), where it came from, and the free text."""

    score: int | None
    source: Source | None
    comment: str


def fold(text: str) -> str:
    """Lower-case without accents, for word matching ("Ótimo" -> "otimo")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2,}", text) is not None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" \t\n-–—,.;:!?")


def _number(text: str) -> tuple[int, str] | None:
    folded = fold(text)
    for pattern in (_LEADING_NUMBER, _NOTA_NUMBER, _OUT_OF_FIVE):
        match = pattern.search(folded)
        if match:  # folding keeps one character per letter here, so spans carry over
            return int(match.group(1)), text[: match.start()] + " " + text[match.end() :]
    return None


def _stars(text: str) -> tuple[int, str] | None:
    count = text.count(STAR)
    if 1 <= count <= 5:
        return count, text.replace(STAR, " ")
    return None


def _emoji(text: str) -> tuple[int, str] | None:
    plain = _MODIFIERS.sub("", text)
    found = [EMOJI_SCORES[c] for c in plain if c in EMOJI_SCORES]
    if not found:
        return None
    rest = "".join(" " if c in EMOJI_SCORES else c for c in plain)
    return found[0], rest


def _negated(words: list[str], index: int) -> bool:
    return any(w in _NEGATIONS for w in words[max(0, index - 2) : index])


def _word(text: str) -> tuple[int, str] | None:
    words = re.findall(r"\w+", _GREETINGS.sub(" ", fold(text)))
    best: tuple[int, int, int] | None = None  # (position, -length, score)
    for phrase, score in WORD_SCORES:
        size = len(phrase.split())
        for i in range(len(words) - size + 1):
            if " ".join(words[i : i + size]) == phrase:
                if not phrase.startswith("nao") and _negated(words, i):
                    score = 2 if score >= 4 else 3  # "não foi bom" -> 2, "nada ruim" -> 3
                candidate = (i, -size, score)
                best = candidate if best is None or candidate < best else best
    if best is None:
        return None
    position, neg_size, score = best
    rest = " ".join(words[:position] + words[position - neg_size :])
    return score, rest


def _only_rating_words(text: str) -> bool:
    found = _word(text)
    return found is not None and not _has_words(found[1])


def parse_answer(text: str) -> ParsedAnswer:
    """The rating in `text` (number, then stars, then emoji, then words) and the free text.

    The comment is what the customer wrote beyond the rating itself; for a rating in words the
    whole sentence is the comment, since the words are part of what they said.
    """
    for source, reader in (("number", _number), ("stars", _stars), ("emoji", _emoji)):
        found = reader(text)
        if found is not None:
            score, rest = found
            comment = _clean(_MODIFIERS.sub("", rest))
            if _only_rating_words(comment):  # a button label such as "😞 Ruim"
                comment = ""
            return ParsedAnswer(score, source, comment if _has_words(comment) else "")  # type: ignore[arg-type]
    found = _word(text)
    if found is not None:
        score, rest = found
        comment = _clean(text) if _has_words(rest) else ""
        return ParsedAnswer(score, "word", comment)
    return ParsedAnswer(None, None, _clean(text))
