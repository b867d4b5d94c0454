"""Long complaints: story context in the order people tell it, grievances only when frustrated."""

from __future__ import annotations

import random
import re

from training.corpus.compose import LabelledMessage, compose_message
from training.corpus.config import PrepareParams
from training.corpus.cues import CUE_BANKS, STORY_ORDER
from training.corpus.families import Family

OUTAGE = Family(
    name="outage",
    templates=("a internet caiu e não voltou", "tô sem internet desde {date}"),
    details=("já reiniciei o {equipment}", "os vizinhos têm internet", "a luz tá vermelha"),
)
ALL_LONG = dict.fromkeys(("whatsapp", "email", "web_chat", "phone"), 1.0)
NEVER = dict.fromkeys(("whatsapp", "email", "web_chat", "phone"), 0.0)
# Complaint sentences by themselves ("nada foi resolvido", "vou no Procon"): frustrated only.
COMPLAINING_STORY = {"story_current_state", "story_escalation", "story_ultimatum"}


def _long_emails(sentiment_rates: dict[str, float], n: int = 300) -> list[LabelledMessage]:
    params = PrepareParams(
        long_message_rate=ALL_LONG,
        terse_rate=NEVER,
        sentiment_rates=sentiment_rates,
        typo_rate=0.0,
        strip_accents_rate=0.0,
    )
    rng = random.Random(1)
    return [
        compose_message(OUTAGE, "technical.no_connection", "email", rng, CUE_BANKS, params)
        for _ in range(n)
    ]


def _story_names(message: LabelledMessage) -> list[str]:
    names = [cue.split("/", 1)[1] for cue in message.cue_families if cue.startswith("context/")]
    return [name for name in names if name in STORY_ORDER]


def _position(text: str, story_name: str) -> int:
    """Where the story cue's wording starts in `text` (its longest slot-free fragment)."""
    family = next(f for f in CUE_BANKS["context"] if f.name == story_name)
    lowered = text.lower()
    for variant in family.variants:
        fragment = max(re.split(r"\{\w+\}", variant), key=len).strip(" ,").lower()
        if fragment in lowered:
            return lowered.index(fragment)
    raise AssertionError(f"no variant of {story_name} found in {text!r}")


def test_long_messages_tell_the_story_in_order() -> None:
    told = 0
    for message in _long_emails({"frustrated": 0.7, "neutral": 0.3, "satisfied": 0.0}):
        names = _story_names(message)
        if len(names) < 2:
            continue
        told += 1
        by_position = sorted(names, key=lambda name: _position(message.text, name))
        assert by_position == sorted(names, key=STORY_ORDER.index), message.text
    assert told >= 20  # the check above ran on real stories, not on none


def test_complaining_story_sentences_only_in_frustrated_messages() -> None:
    complaining = 0
    for message in _long_emails({"frustrated": 0.4, "neutral": 0.4, "satisfied": 0.2}):
        if COMPLAINING_STORY & set(_story_names(message)):
            complaining += 1
            assert message.sentiment == "frustrated", message.text
    assert complaining >= 10


def test_story_cues_stay_out_of_short_messages() -> None:
    params = PrepareParams(long_message_rate=NEVER)
    rng = random.Random(2)
    for i in range(300):
        channel = ("whatsapp", "email", "web_chat", "phone")[i % 4]
        message = compose_message(
            OUTAGE, "technical.no_connection", channel, rng, CUE_BANKS, params
        )
        assert _story_names(message) == [], message.text
