"""Compose one labelled message from a phrase family, cue banks and a channel style."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from omnichat_model.taxonomy import SENTIMENTS, Channel, Sentiment, intent_of
from training.corpus.body import (
    GREETING_START,
    Shape,
    Source,
    fill_template,
    greeting_body,
    request_body,
    spare_details,
)
from training.corpus.config import PrepareParams
from training.corpus.cue_picker import CuePicker
from training.corpus.cues import CueBanks, draw_slot_values
from training.corpus.families import Family
from training.corpus.ids import family_id
from training.corpus.styles import Draft, StyleOptions, render

GREETING_SUB_INTENT: Final = "other.greeting"
OUT_OF_SCOPE_SUB_INTENT: Final = "other.out_of_scope"

# How a channel frames a message: chance of a greeting / closing line.
_GREETING_RATE: Final[dict[str, float]] = {
    "whatsapp": 0.45,
    "web_chat": 0.5,
    "email": 0.9,
    "phone": 0.6,
}
_CLOSING_RATE: Final[dict[str, float]] = {
    "whatsapp": 0.2,
    "web_chat": 0.3,
    "email": 0.75,
    "phone": 0.3,
}
_SIGNATURE_RATE: Final = 0.85  # e-mail only
_DURATION: Final = re.compile(
    r"\b(\d+|um|uma|dois|duas|três|quatro|cinco|dez|quinze)\s+(dias?|semanas?|horas?|mês|meses)\b"
)
_DEFAULT_PARAMS: Final = PrepareParams()


@dataclass(frozen=True)
class LabelledMessage:
    """One corpus row: the text, its labels and where its wording came from."""

    text: str
    sub_intent: str
    intent: str
    sentiment: Sentiment
    urgent: bool
    channel: Channel
    family: str
    cue_families: tuple[str, ...]
    length: int


def compose_message(
    family: Family,
    sub_intent: str,
    channel: Channel,
    rng: random.Random,
    cues: CueBanks,
    params: PrepareParams = _DEFAULT_PARAMS,
    siblings: Sequence[Family] = (),
) -> LabelledMessage:
    """Build one labelled message of `sub_intent` from `family`, in the style of `channel`.

    The family's own sentiment / urgency win; otherwise target labels are drawn with the rates
    in `params` and matching cues from `cues` are added (a neutral message gets no tone cue).
    Only cue families present in `cues` are used, so a split's messages use its own cues.
    `siblings` (the other families of this sub_intent in the same split) lend their details
    to long messages.
    """
    sentiment, urgent = _target_labels(family, sub_intent, rng, params)
    shape = _draw_shape(channel, rng, params)
    template = rng.choice(family.templates)
    slots = draw_slot_values(rng)
    core = fill_template(sub_intent, family, template, slots)
    picker = CuePicker(
        cues,
        sub_intent,
        channel,
        sentiment,
        urgent,
        rng,
        slots,
        long_message=shape == "long",
        states_duration=bool(_DURATION.search(core)),
    )
    source = Source(
        sub_intent=sub_intent,
        family=family,
        template=template,
        core=core,
        slots=slots,
        # Out-of-scope families share no topic: borrowing their details makes nonsense.
        spare_details=()
        if sub_intent.startswith("other.")
        else spare_details(siblings, family, sentiment, urgent),
        shape=shape,
    )
    if sub_intent == GREETING_SUB_INTENT:
        body = greeting_body(source, picker, rng)
    else:
        body = request_body(source, picker, rng, params)
    if shape == "terse":  # just the request and its label cues: no greeting, no signature
        service = not sub_intent.startswith("other.")
        draft = Draft(body=tuple(body), sentiment=sentiment, urgent=urgent, service=service)
    else:
        draft = _frame(body, picker, rng)
    text = render(channel, draft, rng, _style_options(params))
    return LabelledMessage(
        text=text,
        sub_intent=sub_intent,
        intent=intent_of(sub_intent),
        sentiment=sentiment,
        urgent=urgent,
        channel=channel,
        family=family_id(sub_intent, family),
        cue_families=tuple(picker.used),
        length=len(text),
    )


def _target_labels(
    family: Family, sub_intent: str, rng: random.Random, params: PrepareParams
) -> tuple[Sentiment, bool]:
    if family.sentiment is not None:
        sentiment: Sentiment = family.sentiment
    elif sub_intent == GREETING_SUB_INTENT:
        sentiment = "satisfied" if rng.random() < params.greeting_satisfied_rate else "neutral"
    elif sub_intent == OUT_OF_SCOPE_SUB_INTENT:
        sentiment = "neutral"  # tone cues are written about the provider's service
    else:
        weights = [params.sentiment_rates[s] for s in SENTIMENTS]
        sentiment = rng.choices(SENTIMENTS, weights=weights)[0]
    if family.urgent is not None:
        return sentiment, family.urgent
    return sentiment, not sub_intent.startswith("other.") and rng.random() < params.urgent_rate


def _draw_shape(channel: Channel, rng: random.Random, params: PrepareParams) -> Shape:
    draw = rng.random()
    if draw < params.terse_rate[channel]:
        return "terse"
    return (
        "long"
        if draw < params.terse_rate[channel] + params.long_message_rate[channel]
        else "normal"
    )


def _frame(body: list[str], picker: CuePicker, rng: random.Random) -> Draft:
    """Add the channel's greeting, closing and signature around the body."""
    channel = picker.channel
    greeting_rate = _GREETING_RATE[channel]
    if picker.sub_intent == GREETING_SUB_INTENT and channel != "email":
        greeting_rate *= 0.3  # "oi" + "oi, tudo bem?" reads as a stutter
    if GREETING_START.match(body[0].lower()):
        greeting_rate = 0.0  # the family's own wording already greets ("boa tarde, ...")
    wants_signature = channel == "email" and rng.random() < _SIGNATURE_RATE
    return Draft(
        body=tuple(body),
        greeting=picker.pick("greeting") if rng.random() < greeting_rate else None,
        closing=picker.pick("closing") if rng.random() < _CLOSING_RATE[channel] else None,
        signature=picker.pick("signature") if wants_signature else None,
        sentiment=picker.sentiment,
        urgent=picker.urgent,
        service=not picker.sub_intent.startswith("other."),
    )


def _style_options(params: PrepareParams) -> StyleOptions:
    return StyleOptions(
        typo_rate=params.typo_rate,
        abbreviation_rate=params.abbreviation_rate,
        strip_accents_rate=params.strip_accents_rate,
        caps_when_frustrated_rate=params.caps_when_frustrated_rate,
        emoji_rate=params.emoji_rate,
    )
