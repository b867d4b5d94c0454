"""Compose one labelled message from a phrase family, cue banks and a channel style."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Final

from omnichat_model.taxonomy import SENTIMENTS, Channel, Sentiment, intent_of
from training.corpus.config import PrepareParams
from training.corpus.cues import CueBanks, CueFamily, cue_id, render_cue
from training.corpus.families import Family
from training.corpus.slots import fill
from training.corpus.styles import Draft, StyleOptions, render

GREETING_SUB_INTENT: Final = "other.greeting"
OUT_OF_SCOPE_SUB_INTENT: Final = "other.out_of_scope"

# How a channel frames a message: chance of a greeting / closing / e-mail signature.
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
# (chance of any detail sentence, most details) per channel: e-mail and calls say more.
_DETAILS: Final[dict[str, tuple[float, int]]] = {
    "whatsapp": (0.3, 1),
    "web_chat": (0.3, 1),
    "email": (0.9, 2),
    "phone": (0.7, 2),
}
_CONTEXT_RATE: Final[dict[str, float]] = {
    "whatsapp": 0.1,
    "web_chat": 0.1,
    "email": 0.5,
    "phone": 0.35,
}
# Long messages read as a story, not a list: some sentences get a connector.
_LEAD_INS: Final[tuple[str, ...]] = ("bom, ", "então, ", "seguinte: ", "é o seguinte, ")
_CONNECTORS: Final[tuple[str, ...]] = (
    "além disso, ",
    "ah, e ",
    "detalhe: ",
    "inclusive ",
    "outra coisa: ",
    "e mais: ",
    "só pra constar, ",
    "também ",
)
_GREETING_START: Final = re.compile(
    r"(oi|olá|ola|alô|alo|bom dia|boa tarde|boa noite|e aí|opa|prezad[oa]s?)\b"
)
_RESTATEMENTS: Final[tuple[str, ...]] = ("resumindo: ", "ou seja, ", "enfim, ", "em resumo, ")
_MAX_LONG_CONTEXT: Final = 4
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


def family_id(sub_intent: str, family: Family) -> str:
    """The stable identifier of a phrase family, as stored in the `family` column."""
    return f"{sub_intent}/{family.name}"


@dataclass
class _CuePicker:
    """Draws cues that fit the message's sub_intent and labels, remembering which it used."""

    banks: CueBanks
    sub_intent: str
    sentiment: Sentiment
    urgent: bool
    rng: random.Random
    used: list[str] = field(default_factory=list)
    carried_urgency: bool = False  # a cue already made the message urgent ("há 9 dias sem")
    long_message: bool = False

    def pick(self, bank: str, *, required: bool = False, opener: bool = False) -> str | None:
        """A rendered cue from `bank` that fits the message, or None if none fits."""
        cue = self.pick_cue(bank, required=required, opener=opener)
        return cue[0] if cue else None

    def pick_cue(
        self, bank: str, *, required: bool = False, opener: bool = False
    ) -> tuple[str, CueFamily] | None:
        """Like `pick`, with the cue family (whose `opener` decides where the text goes)."""
        candidates = [
            f for f in self.banks.get(bank, ()) if self._fits(bank, f) and (f.opener or not opener)
        ]
        if not candidates:
            if required:
                raise ValueError(
                    f"no {bank!r} cue family fits {self.sub_intent} "
                    f"(sentiment={self.sentiment}, urgent={self.urgent}) in this split"
                )
            return None
        chosen = self.rng.choice(candidates)
        self.used.append(cue_id(bank, chosen))
        self.carried_urgency = self.carried_urgency or bool(chosen.urgent)
        return render_cue(self.rng.choice(chosen.variants), self.rng), chosen

    def _fits(self, bank: str, family: CueFamily) -> bool:
        return (
            family.fits(self.sub_intent)
            and family.sentiment in (None, self.sentiment)
            and family.urgent in (None, self.urgent)
            and (self.long_message or not family.long_only)
            and cue_id(bank, family) not in self.used
        )


def compose_message(
    family: Family,
    sub_intent: str,
    channel: Channel,
    rng: random.Random,
    cues: CueBanks,
    params: PrepareParams = _DEFAULT_PARAMS,
) -> LabelledMessage:
    """Build one labelled message of `sub_intent` from `family`, in the style of `channel`.

    The family's own sentiment / urgency win; otherwise target labels are drawn with the rates
    in `params` and matching cues from `cues` are added (a neutral message gets no tone cue).
    Only cue families present in `cues` are used, so a split's messages use its own cues.
    """
    sentiment, urgent = _target_labels(family, sub_intent, rng, params)
    picker = _CuePicker(cues, sub_intent, sentiment, urgent, rng)
    template = rng.choice(family.templates)
    core = _fill_template(family, sub_intent, template, rng)
    if sub_intent == GREETING_SUB_INTENT:
        body = _greeting_body(core, family, picker, rng)
    else:
        body = _request_body(core, template, family, channel, picker, rng, params)
    # A greeting message opening with another greeting cue reads as a stutter, except in e-mail.
    greeting_rate = _GREETING_RATE[channel] * (
        0.3 if sub_intent == GREETING_SUB_INTENT and channel != "email" else 1.0
    )
    if _GREETING_START.match(body[0].lower()):
        greeting_rate = 0.0  # the family's own wording already greets ("boa tarde, ...")
    draft = Draft(
        body=tuple(body),
        greeting=picker.pick("greeting") if rng.random() < greeting_rate else None,
        closing=picker.pick("closing") if rng.random() < _CLOSING_RATE[channel] else None,
        signature=picker.pick("signature") if channel == "email" and rng.random() < 0.85 else None,
        sentiment=sentiment,
        urgent=urgent,
    )
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


def _fill_template(family: Family, sub_intent: str, template: str, rng: random.Random) -> str:
    try:
        return fill(template, rng)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(
            f"family {family_id(sub_intent, family)}: cannot fill template {template!r}: {exc!r}"
        ) from exc


def _greeting_body(core: str, family: Family, picker: _CuePicker, rng: random.Random) -> list[str]:
    """Greetings, thanks and goodbyes: never a request, so no details, context or urgency."""
    body = [core]
    if picker.sentiment == "satisfied" and (family.sentiment is None or rng.random() < 0.3):
        praise = picker.pick("praise", required=family.sentiment is None)
        if praise:
            body.append(praise)
    return body


def _request_body(
    core: str,
    template: str,
    family: Family,
    channel: Channel,
    picker: _CuePicker,
    rng: random.Random,
    params: PrepareParams,
) -> list[str]:
    """Lead-ins, the request with its details, then tone / urgency / politeness, as people write.

    Background context, an angry exclamation or a polite lead-in may come before the request;
    threats, demands, urgency and thanks-in-advance mostly follow it.
    """
    is_long = rng.random() < params.long_message_rate[channel]
    picker.long_message = is_long
    before, after = _extras(core, template, family, channel, picker, rng, params, is_long)
    opening = picker.pick("frustration", opener=True) if _opens_angry(picker, rng) else None
    tone = _tone_cues(family, picker, rng, params, opened=opening is not None)
    urgency = _urgency_cue(family, picker, rng)
    body = [*before, core, *after]
    if opening:
        body.insert(0, opening)  # "ABSURDO!!! sem internet de novo"
    if urgency:
        body.insert(rng.choice((1, len(body))) if rng.random() < 0.3 else len(body), urgency)
    body.extend(tone)
    politeness_rate = params.politeness_rate * (1.0 if picker.sentiment == "neutral" else 0.4)
    polite = picker.pick_cue("politeness") if rng.random() < politeness_rate else None
    if polite and polite[1].opener and rng.random() < 0.7:
        body[0] = f"{polite[0]}, {body[0]}"  # "desculpa incomodar, ..."
    elif polite:
        body.append(polite[0])
    return body


def _extras(
    core: str,
    template: str,
    family: Family,
    channel: Channel,
    picker: _CuePicker,
    rng: random.Random,
    params: PrepareParams,
    is_long: bool,
) -> tuple[list[str], list[str]]:
    """Context and detail sentences: (before the request, after it)."""
    details = [fill(d, rng) for d in rng.sample(family.details, len(family.details))]
    before: list[str] = []
    after: list[str] = []
    if not is_long:
        chance, most = _DETAILS[channel]
        after = details[: rng.randint(1, most)] if rng.random() < chance else []
        context = picker.pick_cue("context") if rng.random() < _CONTEXT_RATE[channel] else None
        if context:
            (before if context[1].opener else after).append(context[0])
        return before, after
    # Long: details and context (interleaved), then a restatement, up to a drawn target length;
    # room is left under long_max_chars for framing and cues.
    target = rng.randint(
        params.long_min_chars, (params.long_min_chars + params.long_max_chars) // 2
    )
    ceiling = params.long_max_chars - 300
    size, contexts, restated = len(core), 0, False
    while size < min(target, ceiling):
        context = None
        if contexts < _MAX_LONG_CONTEXT and (not details or rng.random() < 0.4):
            context = picker.pick_cue("context")
        if context:
            contexts += 1
            (before if context[1].opener else after).append(context[0])
            size += len(context[0]) + 1
        elif details:
            extra = details.pop()
            after.append(rng.choice(_CONNECTORS) + extra if rng.random() < 0.3 else extra)
            size += len(extra) + 1
        elif not restated and len(family.templates) > 1:
            restated = True  # real complainers repeat the problem in other words
            others = [t for t in family.templates if t != template]
            again = _fill_template(family, picker.sub_intent, rng.choice(others), rng)
            after.append(rng.choice(_RESTATEMENTS) + again)
            size += len(again) + 1
        else:
            break
    if before and rng.random() < 0.4:
        before[0] = rng.choice(_LEAD_INS) + before[0]
    return before, after


def _opens_angry(picker: _CuePicker, rng: random.Random) -> bool:
    return picker.sentiment == "frustrated" and rng.random() < 0.3


def _tone_cues(
    family: Family,
    picker: _CuePicker,
    rng: random.Random,
    params: PrepareParams,
    *,
    opened: bool,
) -> list[str]:
    """Frustration or praise cues; one is mandatory when the sentiment was drawn."""
    drawn = family.sentiment is None
    if picker.sentiment == "frustrated":
        first = (drawn and not opened) or rng.random() < 0.5
        count = int(first) + int(rng.random() < params.second_frustration_cue_rate)
        cues = [
            picker.pick("frustration", required=drawn and not opened and i == 0)
            for i in range(count)
        ]
    elif picker.sentiment == "satisfied" and (drawn or rng.random() < 0.4):
        cues = [picker.pick("praise", required=drawn)]
    else:
        return []
    return [c for c in cues if c]


def _urgency_cue(family: Family, picker: _CuePicker, rng: random.Random) -> str | None:
    """An urgency cue when urgency was drawn (required) or, sometimes, when it is intrinsic."""
    if not picker.urgent:
        return None
    if family.urgent is None and not (picker.carried_urgency and rng.random() < 0.5):
        return picker.pick("urgency", required=True)
    return picker.pick("urgency") if rng.random() < 0.4 else None


def _style_options(params: PrepareParams) -> StyleOptions:
    return StyleOptions(
        typo_rate=params.typo_rate,
        abbreviation_rate=params.abbreviation_rate,
        strip_accents_rate=params.strip_accents_rate,
        caps_when_frustrated_rate=params.caps_when_frustrated_rate,
        emoji_rate=params.emoji_rate,
    )
