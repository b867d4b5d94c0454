"""The sentences of a message before styling: request, details, context and cues, in order."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from training.corpus.config import PrepareParams
from training.corpus.cue_picker import CuePicker
from training.corpus.cues import STORY_ORDER, CueFamily
from training.corpus.families import Family
from training.corpus.ids import family_id

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
_RESTATEMENTS: Final[tuple[str, ...]] = ("resumindo: ", "ou seja, ", "enfim, ", "em resumo, ")
Shape = Literal["terse", "normal", "long"]
# Wording that already greets: no greeting cue before it, no restating it mid-message.
GREETING_START: Final = re.compile(
    r"(oi|olá|ola|alô|alo|bom dia|boa tarde|boa noite|e aí|opa|prezad[oa]s?)\b"
)
_MAX_LONG_CONTEXT: Final = 8  # room for a story: first contact, follow-ups, where it stands
_MAX_SPARE_DETAILS: Final = 1  # more and the story wanders between topics
_FRAMING_ROOM: Final = 300  # chars left for greeting, cues, closing and signature


@dataclass(frozen=True)
class Source:
    """The wording a message is built from.

    `spare_details` are detail sentences of sibling families (same sub_intent, same split,
    compatible labels): long messages draw on them once the family's own details run out.
    `shape`: "terse" (request and its label cues only, "SEM INTERNET HÁ 9 DIAS"), "normal" or
    "long" (details, context and a restatement, like real complaints).
    """

    sub_intent: str
    family: Family
    template: str
    core: str
    slots: Mapping[str, str]
    spare_details: tuple[str, ...] = ()
    shape: Shape = "normal"


def fill_template(sub_intent: str, family: Family, template: str, slots: Mapping[str, str]) -> str:
    """Fill one template or detail with the message's slot values, naming the family on error."""
    try:
        return template.format_map(slots)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(
            f"family {family_id(sub_intent, family)}: cannot fill template {template!r}: {exc!r}"
        ) from exc


def greeting_body(source: Source, picker: CuePicker, rng: random.Random) -> list[str]:
    """Greetings, thanks and goodbyes: never a request, so no details, context or urgency."""
    body = [source.core]
    intrinsic = source.family.sentiment is not None
    if picker.sentiment == "satisfied" and (not intrinsic or rng.random() < 0.3):
        praise = picker.pick("praise", required=not intrinsic)
        if praise:
            body.append(praise)
    return body


def request_body(
    source: Source, picker: CuePicker, rng: random.Random, params: PrepareParams
) -> list[str]:
    """Lead-ins, the request with its details, then tone / urgency / politeness, as people write.

    Background context, an angry exclamation or a polite lead-in may come before the request;
    threats, demands, urgency and thanks-in-advance mostly follow it.
    """
    terse = source.shape == "terse"
    politeness_rate = params.politeness_rate * (1.0 if picker.sentiment == "neutral" else 0.4)
    wants_polite = not terse and rng.random() < politeness_rate
    polite = picker.pick_cue("politeness") if wants_polite else None
    # "por favor, ..." before a sarcastic or angry request reads wrong: lead-ins stay calm.
    lead_in = (
        polite is not None
        and polite[1].opener
        and picker.sentiment == "neutral"
        and rng.random() < 0.7
    )
    if source.shape == "long":
        before, after = _long_extras(source, picker, rng, params)
    elif terse:
        before, after = [], []
    else:
        before, after = _short_extras(source, picker, rng)
    core = f"{polite[0]}, {source.core}" if polite and lead_in else source.core
    opening = picker.pick("frustration", opener=True) if _opens_angry(picker, rng) else None
    tone = _tone_cues(source.family, picker, rng, params, opened=opening is not None, terse=terse)
    urgency = _urgency_cue(source.family, picker, rng)
    body = [*before, core, *after]
    if opening:
        body.insert(0, opening)  # "ABSURDO!!! sem internet de novo"
    if urgency:
        body.insert(rng.choice((1, len(body))) if rng.random() < 0.3 else len(body), urgency)
    if source.shape == "long":
        # Long complaints vent along the story, not only at the end; the request comes first.
        first_after_core = body.index(core) + 1
        for cue in tone:
            body.insert(rng.randint(first_after_core, len(body)), cue)
    else:
        body.extend(tone)
    if polite and not lead_in:
        body.append(polite[0])
    return body


def _details(source: Source, rng: random.Random) -> list[str]:
    own = rng.sample(source.family.details, len(source.family.details))
    return [fill_template(source.sub_intent, source.family, d, source.slots) for d in own]


def _short_extras(
    source: Source, picker: CuePicker, rng: random.Random
) -> tuple[list[str], list[str]]:
    """A detail or two and maybe one context sentence: (before the request, after it)."""
    chance, most = _DETAILS[picker.channel]
    after = _details(source, rng)[: rng.randint(1, most)] if rng.random() < chance else []
    before: list[str] = []
    context = picker.pick_cue("context") if rng.random() < _CONTEXT_RATE[picker.channel] else None
    if context:
        (before if context[1].opener else after).append(context[0])
    return before, after


def _long_extras(
    source: Source, picker: CuePicker, rng: random.Random, params: PrepareParams
) -> tuple[list[str], list[str]]:
    """Details, context and a restatement up to a drawn length: (before, after the request).

    Room (`_FRAMING_ROOM`) is left under `long_max_chars` for the framing and the cues.
    """
    details = _details(source, rng)
    spare = rng.sample(source.spare_details, len(source.spare_details))
    # Own details are popped first, then the siblings'.
    details = [d.format_map(source.slots) for d in spare[:_MAX_SPARE_DETAILS]] + details
    upper = max(params.long_min_chars, params.long_max_chars - _FRAMING_ROOM)
    target = rng.randint(params.long_min_chars, upper)
    before: list[str] = []
    after: list[str] = []
    size, contexts, restated = len(source.core), 0, False
    story: list[tuple[str, CueFamily]] = []
    while size < target:
        context = None
        if contexts < _MAX_LONG_CONTEXT and (not details or rng.random() < 0.4):
            context = picker.pick_cue("context")
        if context:
            contexts += 1
            (before if context[1].opener else after).append(context[0])
            if context[1].name in STORY_ORDER:
                story.append(context)
            size += len(context[0]) + 1
        elif details:
            extra = details.pop()
            after.append(rng.choice(_CONNECTORS) + extra if rng.random() < 0.3 else extra)
            size += len(extra) + 1
        elif not restated and (again := _restatement(source, rng)):
            restated = True  # real complainers repeat the problem in other words
            after.append(again)
            size += len(again) + 1
        else:
            break
    if before and rng.random() < 0.4:
        before[0] = rng.choice(_LEAD_INS) + before[0]
    return before, _in_story_order(after, story)


def _in_story_order(after: list[str], story: list[tuple[str, CueFamily]]) -> list[str]:
    """Reorder the story sentences among themselves ("tudo começou..." before "depois disso")."""
    texts = [text for text, _ in story]
    ordered = iter(text for text, _ in sorted(story, key=lambda c: STORY_ORDER.index(c[1].name)))
    return [next(ordered) if sentence in texts else sentence for sentence in after]


def _restatement(source: Source, rng: random.Random) -> str | None:
    others = [
        t
        for t in source.family.templates
        if t != source.template and not GREETING_START.match(t.lower())
    ]
    if not others:
        return None
    again = fill_template(source.sub_intent, source.family, rng.choice(others), source.slots)
    return rng.choice(_RESTATEMENTS) + again


def _opens_angry(picker: CuePicker, rng: random.Random) -> bool:
    return picker.sentiment == "frustrated" and rng.random() < 0.3


def _tone_cues(
    family: Family,
    picker: CuePicker,
    rng: random.Random,
    params: PrepareParams,
    *,
    opened: bool,
    terse: bool,
) -> list[str]:
    """Frustration or praise cues; one is mandatory when the sentiment was drawn."""
    drawn = family.sentiment is None
    if picker.sentiment == "frustrated":
        first = (drawn and not opened) or (not terse and rng.random() < 0.5)
        second = not terse and rng.random() < params.second_frustration_cue_rate
        # Long complaints pile up grievances: threats, protocols, wasted days.
        third = picker.long_message and rng.random() < 0.5
        count = int(first) + int(second) + int(third)
        cues = [
            picker.pick("frustration", required=drawn and not opened and i == 0)
            for i in range(count)
        ]
    elif picker.sentiment == "satisfied" and (drawn or rng.random() < 0.4):
        cues = [picker.pick("praise", required=drawn)]
    else:
        return []
    return [c for c in cues if c]


def _urgency_cue(family: Family, picker: CuePicker, rng: random.Random) -> str | None:
    """An urgency cue when urgency was drawn (required) or, sometimes, when it is intrinsic."""
    if not picker.urgent:
        return None
    if family.urgent is None and not (picker.carried_urgency and rng.random() < 0.5):
        return picker.pick("urgency", required=True)
    return picker.pick("urgency") if rng.random() < 0.4 else None


def spare_details(
    siblings: Sequence[Family], family: Family, sentiment: str, urgent: bool
) -> tuple[str, ...]:
    """Detail templates of `siblings` whose own labels cannot contradict the message's."""
    return tuple(
        detail
        for sibling in siblings
        if sibling.name != family.name
        and sibling.sentiment in (None, sentiment)
        and sibling.urgent in (None, urgent)
        for detail in sibling.details
        if not GREETING_START.match(detail.lower())
    )
