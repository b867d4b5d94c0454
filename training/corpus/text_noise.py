"""Text transforms that make written templates read like real customers: `(text, rng) -> text`.

All randomness comes from the `rng` argument, so every transform is deterministic given it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Final

# WhatsApp abbreviations: word (accented or not) -> the shortenings people actually type.
ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "você": ("vc",),
    "voce": ("vc",),
    "vocês": ("vcs",),
    "voces": ("vcs",),
    "porque": ("pq",),
    "por que": ("pq",),
    "que": ("q",),
    "também": ("tb", "tbm"),
    "tambem": ("tb", "tbm"),
    "tudo": ("td",),
    "beleza": ("blz",),
    "valeu": ("vlw",),
    "não": ("n", "ñ", "nao"),
    "nao": ("n",),
    "cadê": ("kd",),
    "cade": ("kd",),
    "por favor": ("pfv", "pf", "pfvr"),
    "mesmo": ("msm",),
    "hoje": ("hj",),
    "agora": ("agr",),
    "comigo": ("cmg",),
    "para": ("pra", "p"),
    "está": ("ta", "tá"),
    "estou": ("to", "tô"),
    "obrigado": ("obg", "brigado", "obgd"),
    "obrigada": ("obg", "brigada"),
    "mensagem": ("msg",),
    "quando": ("qnd", "qdo"),
    "aqui": ("aq",),
    "nada": ("nd",),
    "qualquer": ("qlqr",),
    "depois": ("dps",),
    "muito": ("mt", "mto"),
    "gente": ("gnt",),
    "internet": ("net",),
    "final de semana": ("fds",),
    "beijos": ("bjs",),
    "tranquilo": ("tranq",),
    "alguém": ("alguem", "algm"),
    "quanto": ("qnto", "qto"),
    "quem": ("qm",),
    "demais": ("d+",),
    "certeza": ("ctz",),
    "verdade": ("vdd",),
    "falou": ("flw",),
    "abraço": ("abs",),
    "whatsapp": ("zap", "whats", "wpp"),
    "sábado": ("sab",),
}
# "que" -> "q" everywhere reads like a parody; shorten it less often than the rest.
_RARE: Final[frozenset[str]] = frozenset({"que", "para"})
_ABBREVIATION_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_KEYBOARD_NEIGHBOURS: Final[dict[str, str]] = {
    "a": "sq",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "q": "w",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "x",
}


def strip_accents(text: str) -> str:
    """Drop the diacritics of Latin letters ("não é" -> "nao e"), leaving emoji intact."""
    decomposed = unicodedata.normalize("NFD", text)
    # Only U+0300..U+036F: emoji variation selectors are marks too and must survive.
    kept = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", kept)


def abbreviate(text: str, rng: random.Random, rate: float) -> str:
    """Replace words with chat abbreviations (vc, pq, hj...), each occurrence with `rate`."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.lower()
        chance = rate / 3 if key in _RARE else rate
        if rng.random() >= chance:
            return word
        short = rng.choice(ABBREVIATIONS[key])
        return short.upper() if word.isupper() and len(word) > 1 else short

    return _ABBREVIATION_RE.sub(replace, text)


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Misspell alphabetic words of 4+ letters with probability `rate` each.

    A typo drops, doubles or swaps a letter, or hits a neighbouring key: the slips of a thumb
    on a phone keyboard.
    """

    def maybe_typo(match: re.Match[str]) -> str:
        word = match.group(0)
        return _typo(word, rng) if rng.random() < rate else word

    return re.sub(r"[^\W\d_]{4,}", maybe_typo, text)


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap", "neighbour"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    neighbours = _KEYBOARD_NEIGHBOURS.get(word[i].lower())
    if not neighbours:
        return word[:i] + word[i + 1 :]
    hit = rng.choice(neighbours)
    return word[:i] + (hit.upper() if word[i].isupper() else hit) + word[i + 1 :]


def speak_numbers(text: str) -> str:
    """Write money, decimals, times and ordinals the way speech recognition transcribes them."""
    text = re.sub(r"R\$\s?(\d+),(\d{2})", r"\1 reais e \2 centavos", text)
    text = re.sub(r"R\$\s?(\d+)", r"\1 reais", text)
    text = re.sub(r"(\d+)h(\d{2})", r"\1 e \2", text)
    text = re.sub(r"(\d+)h\b", r"\1 horas", text)
    text = re.sub(r"(\d+),(\d+)", r"\1 vírgula \2", text)
    text = re.sub(r"(\d+)/(\d+)", r"\1 de \2", text)
    text = re.sub(r"\b1º", "primeiro", text)
    return re.sub(r"\bn[º°]", "número", text, flags=re.IGNORECASE)


def remove_punctuation(text: str) -> str:
    """Keep only letters, digits and single spaces (drops punctuation and emoji alike)."""
    kept = "".join(c if c.isalnum() or c.isspace() else " " for c in text)
    return re.sub(r"\s+", " ", kept).strip()


def shout(text: str) -> str:
    """CAPS and stacked marks, the way angry customers type ("RESOLVAM ISSO!!!")."""
    text = text.upper().rstrip(" .")
    text = re.sub(r"\?+", "???", text)
    text = re.sub(r"!+", "!!!", text)
    return text if text.endswith(("!", "?")) or not text[-1:].isalnum() else text + "!!!"
