"""Contract checks for the technical phrase bank (`training.corpus.banks.technical`)."""

from __future__ import annotations

import random
import re
import string
import unicodedata

import pytest

from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS
from training.corpus.banks.technical import FAMILIES
from training.corpus.families import Family
from training.corpus.slots import SLOTS, fill

TECHNICAL = tuple(s for s in SUB_INTENTS if s.startswith("technical."))
ALL_FAMILIES = [(sub, fam) for sub, fams in FAMILIES.items() for fam in fams]
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Wording that sets the label by itself; it must sit only in families that declare it.
URGENT_MARKERS = ("{duration}", "urgente", "home office")
THREAT_MARKERS = ("procon", "anatel")


def _texts(family: Family) -> tuple[str, ...]:
    return family.templates + family.details


def _slot_names(text: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]


def _normalise(text: str) -> str:
    """Lowercase, drop accents and punctuation, collapse spaces: what a near-duplicate shares."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def test_keys_are_exactly_the_technical_sub_intents() -> None:
    assert set(FAMILIES) == set(TECHNICAL)


@pytest.mark.parametrize("sub_intent", TECHNICAL)
def test_each_sub_intent_has_enough_families_and_templates(sub_intent: str) -> None:
    families = FAMILIES[sub_intent]
    assert len(families) >= 14
    assert sum(len(f.templates) for f in families) >= 90


@pytest.mark.parametrize("sub_intent", TECHNICAL)
def test_family_names_are_unique_snake_case(sub_intent: str) -> None:
    names = [f.name for f in FAMILIES[sub_intent]]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert [n for n in names if not SNAKE_CASE.match(n)] == []


@pytest.mark.parametrize(
    ("sub_intent", "family"), ALL_FAMILIES, ids=lambda v: getattr(v, "name", v)
)
def test_family_shape(sub_intent: str, family: Family) -> None:
    assert 6 <= len(family.templates) <= 10
    assert 2 <= len(family.details) <= 4
    assert family.sentiment is None or family.sentiment in SENTIMENTS
    assert family.urgent in (None, True, False)


@pytest.mark.parametrize(
    ("sub_intent", "family"), ALL_FAMILIES, ids=lambda v: getattr(v, "name", v)
)
def test_texts_are_clean_and_short(sub_intent: str, family: Family) -> None:
    for text in _texts(family):
        assert text.strip(), f"{family.name}: empty text"
        assert len(text) < 400, f"{family.name}: too long: {text!r}"
        assert text == text.strip() and "  " not in text, f"{family.name}: spacing in {text!r}"


@pytest.mark.parametrize(
    ("sub_intent", "family"), ALL_FAMILIES, ids=lambda v: getattr(v, "name", v)
)
def test_every_text_fills_with_known_slots(sub_intent: str, family: Family) -> None:
    rng = random.Random(0)
    for text in _texts(family):
        unknown = [s for s in _slot_names(text) if s not in SLOTS]
        assert unknown == [], f"{family.name}: unknown slots {unknown} in {text!r}"
        filled = fill(text, rng)
        assert "{" not in filled and "}" not in filled, f"{family.name}: brace in {text!r}"


def test_no_duplicate_template_across_module() -> None:
    seen: dict[str, str] = {}
    duplicates = []
    for sub_intent, family in ALL_FAMILIES:
        for template in family.templates:
            key = _normalise(template)
            where = f"{sub_intent}/{family.name}"
            if key in seen:
                duplicates.append((template, seen[key], where))
            seen[key] = where
    assert duplicates == []


def test_tone_shares_stay_in_the_intended_range() -> None:
    total = len(ALL_FAMILIES)
    frustrated = sum(f.sentiment == "frustrated" for _, f in ALL_FAMILIES)
    urgent = sum(f.urgent is True for _, f in ALL_FAMILIES)
    assert 0.20 <= frustrated / total <= 0.30, (frustrated, total)
    assert 0.10 <= urgent / total <= 0.20, (urgent, total)


@pytest.mark.parametrize("sub_intent", TECHNICAL)
def test_each_sub_intent_has_intrinsic_tone(sub_intent: str) -> None:
    families = FAMILIES[sub_intent]
    assert sum(f.sentiment == "frustrated" for f in families) >= 2
    assert sum(f.urgent is True for f in families) >= 1


@pytest.mark.parametrize(
    ("sub_intent", "family"), ALL_FAMILIES, ids=lambda v: getattr(v, "name", v)
)
def test_label_words_only_in_families_that_declare_them(sub_intent: str, family: Family) -> None:
    texts = [t.lower() for t in _texts(family)]
    if family.urgent is not True:
        assert [t for t in texts if any(m in t for m in URGENT_MARKERS)] == []
    if family.sentiment != "frustrated":
        assert [t for t in texts if any(m in t for m in THREAT_MARKERS)] == []
