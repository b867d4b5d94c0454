"""Channel styles: how the same request reads on WhatsApp, e-mail, web chat or a phone call.

A style renders a `Draft` (the parts of a message, in order) to text. Each style is a pure
function of the draft, the rng and the options: same inputs, same text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from omnichat_model.taxonomy import Channel, Sentiment
from training.corpus.text_noise import (
    abbreviate,
    add_typos,
    remove_punctuation,
    shout,
    speak_numbers,
    strip_accents,
)


@dataclass(frozen=True)
class Draft:
    """A message before styling: body sentences plus optional framing, and its labels.

    The labels are here because some styling follows them (CAPS only when frustrated).
    """

    body: tuple[str, ...]
    greeting: str | None = None
    closing: str | None = None
    signature: str | None = None
    sentiment: Sentiment = "neutral"
    urgent: bool = False
    # About the customer's own service: contract and CPF placeholders fit (not in spam, thanks).
    service: bool = True


@dataclass(frozen=True)
class StyleOptions:
    """Noise levels; channels scale them (e-mail gets a fraction of WhatsApp's typos)."""

    typo_rate: float = 0.04
    abbreviation_rate: float = 0.6
    strip_accents_rate: float = 0.6
    caps_when_frustrated_rate: float = 0.35
    emoji_rate: float = 0.3


StyleFn = Callable[[Draft, random.Random, StyleOptions], str]

# Emoji a style may add on its own; tone-bearing emoji beyond these live in held-out cue banks.
_STYLE_EMOJI: Final[dict[Sentiment, tuple[str, ...]]] = {
    "frustrated": ("😡", "😤", "😒"),
    "neutral": ("🙏", "🙏🏻"),
    "satisfied": ("😊", "🙂"),
}
_PHONE_OPENERS: Final[tuple[str, ...]] = ("é", "então", "olha", "ô moça", "alô", "é é", "oi é")
_PHONE_FILLERS: Final[tuple[str, ...]] = ("né", "tipo", "assim", "então", "é", "aí", "sabe")
_EMAIL_SUBJECTS: Final[tuple[str, ...]] = (
    "Solicitação",
    "Atendimento",
    "Contato",
    "Dúvida",
    "Contrato {contract}",
    "Cliente - contrato {contract}",
    "Re: atendimento",
    "Fwd: protocolo {contract}",
)


def whatsapp(draft: Draft, rng: random.Random, options: StyleOptions = StyleOptions()) -> str:
    """Short lowercase bursts: abbreviations, accents often dropped, typos, emoji, CAPS if angry."""
    lines = _merge_some(_attach_emoji(_parts(draft, with_closing=True)), rng, join=" ")
    lines = [line.rstrip(" .") for line in lines]
    if rng.random() < 0.85:
        lines = [line.lower() for line in lines]
    lines = [abbreviate(line, rng, options.abbreviation_rate) for line in lines]
    if rng.random() < options.strip_accents_rate:
        lines = [strip_accents(line) for line in lines]
    lines = [add_typos(line, rng, options.typo_rate) for line in lines]
    if draft.sentiment == "frustrated" and rng.random() < options.caps_when_frustrated_rate:
        lines = _shout_some(lines, rng)
    if rng.random() < options.emoji_rate:
        i = rng.randrange(len(lines))
        lines[i] = f"{lines[i]} {rng.choice(_STYLE_EMOJI[draft.sentiment])}"
    return "\n".join(line for line in lines if line)


def web_chat(draft: Draft, rng: random.Random, options: StyleOptions = StyleOptions()) -> str:
    """Semi-formal and short: sentences with punctuation, the odd typo or "vc"."""
    body = " ".join(_sentences(_attach_emoji(list(draft.body))))
    if draft.sentiment == "frustrated" and rng.random() < 0.3:
        body = re.sub(r"\.$", "!", body)
    lines = [body]
    if draft.greeting:
        greeting = _capitalise(draft.greeting)
        joined = f"{_with_comma(greeting)} {_lower_first(body)}"
        lines = [greeting, body] if rng.random() < 0.5 else [joined]
    if draft.closing and rng.random() < 0.5:
        lines[-1] = f"{lines[-1]} {_sentence(draft.closing)}"
    text = "\n".join(lines)
    text = abbreviate(text, rng, options.abbreviation_rate * 0.15)
    if rng.random() < options.strip_accents_rate * 0.25:
        text = strip_accents(text)
    if rng.random() < 0.25:
        text = _lower_first(text)
    return add_typos(text, rng, options.typo_rate * 0.3)


def email(draft: Draft, rng: random.Random, options: StyleOptions = StyleOptions()) -> str:
    """Greeting line, body paragraphs with the details, closing, signature, contract / CPF."""
    contract = str(rng.randrange(100000, 9999999))
    # Only what the customer types gets typos and dropped accents; headers and names do not.
    typed = [_with_comma(_capitalise(draft.greeting or "Prezados"))]
    typed.extend(_paragraphs(_sentences(_attach_emoji(list(draft.body))), rng))
    if draft.closing:
        typed.append(_sentence(draft.closing))
    strip = rng.random() < options.strip_accents_rate * 0.15
    typed = [_noisy(block, rng, options.typo_rate * 0.2, strip) for block in typed]
    blocks: list[str] = []
    if draft.service and rng.random() < 0.35:
        blocks.append("Assunto: " + rng.choice(_EMAIL_SUBJECTS).format(contract=contract))
    blocks.extend(typed[:-1] if draft.closing else typed)
    if not draft.service:
        contract = ""
    elif rng.random() < 0.3:
        blocks.append(f"Meu contrato é o nº {contract}.")
        contract = ""
    footer = [typed[-1]] if draft.closing else []
    if draft.signature:
        footer.append(draft.signature)
    if contract and rng.random() < 0.5:
        footer.append(f"Contrato nº {contract}")
    if draft.service and rng.random() < 0.35:
        footer.append(rng.choice(("CPF: ***", "CPF: ***.***.***-**")))
    if footer:
        blocks.append("\n".join(footer))
    return "\n\n".join(blocks)


def _noisy(text: str, rng: random.Random, typo_rate: float, strip: bool) -> str:
    text = strip_accents(text) if strip else text
    return add_typos(text, rng, typo_rate)


def phone(draft: Draft, rng: random.Random, options: StyleOptions = StyleOptions()) -> str:
    """Speech-recognition transcript: lowercase, no punctuation, fillers, repeated words."""
    del options  # callers speak, they do not type: no typos or abbreviations
    chunks: list[str] = []
    if rng.random() < 0.6:
        chunks.append(rng.choice(_PHONE_OPENERS))
    for part in _parts(draft, with_closing=True):
        chunks.append(_with_inner_filler(part, rng) if rng.random() < 0.3 else part)
        if rng.random() < 0.45:
            chunks.append(rng.choice(_PHONE_FILLERS))
    words = remove_punctuation(speak_numbers(" ".join(chunks)).lower()).split()
    wordlike = [i for i, w in enumerate(words) if w.isalpha()]
    for _ in range(rng.choice((0, 1, 1, 2)) if wordlike else 0):
        i = rng.choice(wordlike)
        words.insert(i, words[i])  # "a a internet": the stutter ASR keeps
        wordlike = [k + (k > i) for k in wordlike]
    return " ".join(words)


STYLES: Final[dict[Channel, StyleFn]] = {
    "whatsapp": whatsapp,
    "email": email,
    "web_chat": web_chat,
    "phone": phone,
}


def render(channel: Channel, draft: Draft, rng: random.Random, options: StyleOptions) -> str:
    """Render `draft` in the style of `channel`."""
    try:
        style = STYLES[channel]
    except KeyError:
        raise ValueError(f"unknown channel {channel!r}; expected one of {sorted(STYLES)}") from None
    text = style(draft, rng, options)
    if not text.strip():
        raise ValueError(f"style {channel!r} produced an empty message from {draft!r}")
    return text


def _parts(draft: Draft, *, with_closing: bool) -> list[str]:
    parts = [draft.greeting] if draft.greeting else []
    parts.extend(draft.body)
    if with_closing and draft.closing:
        parts.append(draft.closing)
    return parts


def _attach_emoji(parts: list[str]) -> list[str]:
    """Glue emoji-only parts to the part before them ("nada 😡😡"), as people type them."""
    out: list[str] = []
    for part in parts:
        if out and not any(c.isalnum() for c in part):
            out[-1] = f"{out[-1].rstrip(' .')} {part}"
        else:
            out.append(part)
    return out


def _merge_some(parts: list[str], rng: random.Random, join: str) -> list[str]:
    """Keep most parts as their own line, merging some neighbours into one longer line.

    Long messages merge more: nobody sends twelve one-sentence bubbles.
    """
    merge_rate = 0.35 if len(parts) <= 4 else 0.7
    lines: list[str] = []
    for part in parts:
        if lines and rng.random() < merge_rate:
            previous = lines[-1].rstrip(" .")
            comma = rng.choice((",", "")) if previous[-1:].isalnum() else ""
            lines[-1] = f"{previous}{comma}{join}{part}"
        else:
            lines.append(part)
    return lines


def _shout_some(lines: list[str], rng: random.Random) -> list[str]:
    """Shout the whole of a short message, or its longest line."""
    if len(lines) <= 3 and rng.random() < 0.5:
        return [shout(line) for line in lines]
    i = max(range(len(lines)), key=lambda k: len(lines[k]))
    return [shout(line) if k == i else line for k, line in enumerate(lines)]


def _with_inner_filler(part: str, rng: random.Random) -> str:
    words = part.split()
    if len(words) < 4:
        return part
    i = rng.randrange(1, len(words) - 1)
    return " ".join([*words[:i], rng.choice(_PHONE_FILLERS), *words[i:]])


def _paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    if len(sentences) < 4:
        return [" ".join(sentences)]
    cut = rng.randrange(2, len(sentences) - 1)
    return [" ".join(sentences[:cut]), " ".join(sentences[cut:])]


def _sentences(parts: list[str]) -> list[str]:
    return [_sentence(part) for part in parts]


def _sentence(part: str) -> str:
    """Capitalise and end with a full stop unless it already ends in a mark or emoji."""
    part = _capitalise(part.strip())
    return part + "." if part[-1:].isalnum() else part


def _with_comma(greeting: str) -> str:
    return greeting + "," if greeting[-1:].isalnum() else greeting


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    """Lowercase the first letter unless the first word is shouted or an acronym ("URGENTE")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return text if len(first) > 1 and first.isupper() else text[:1].lower() + text[1:]
