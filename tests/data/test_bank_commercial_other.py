"""Structural checks on the commercial / other phrase bank.

The splits hold out whole families, so every family must be usable by the composer (known slots,
sane lengths) and no template may appear twice, or a held-out family would leak into training.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata

import pytest

from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS
from training.corpus.banks.commercial_other import FAMILIES
from training.corpus.families import Family
from training.corpus.slots import SLOTS, fill

OWNED_SUB_INTENTS = (
    "commercial.new_subscription",
    "commercial.plan_change",
    "commercial.cancellation",
    "commercial.address_change",
    "other.greeting",
    "other.out_of_scope",
)
MIN_FAMILIES = 14
MIN_TEMPLATES = 90
MAX_CHARS = 400
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


def _normalise(text: str) -> str:
    """Lowercase, drop accents and punctuation, squeeze spaces.

    Accents are dropped too because the WhatsApp channel style strips them, so "olá" and "ola"
    would become the same training message.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    no_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    no_punct = re.sub(r"[^\w\s]", " ", no_accents)
    return " ".join(no_punct.split())


def _slot_names(text: str) -> set[str]:
    """The `{slot}` names a template uses (parsing fails on a lone brace)."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _all_families() -> list[tuple[str, Family]]:
    return [(sub_intent, fam) for sub_intent, fams in FAMILIES.items() for fam in fams]


def _family_params() -> list[object]:
    """One pytest param per family, named "sub_intent/family" so failures point at it."""
    return [pytest.param(sub, fam, id=f"{sub}/{fam.name}") for sub, fam in _all_families()]


def test_keys_are_exactly_the_owned_taxonomy_labels() -> None:
    assert set(FAMILIES) <= set(SUB_INTENTS)
    assert sorted(FAMILIES) == sorted(OWNED_SUB_INTENTS)


@pytest.mark.parametrize("sub_intent", OWNED_SUB_INTENTS)
def test_each_sub_intent_has_enough_families_and_templates(sub_intent: str) -> None:
    families = FAMILIES[sub_intent]
    assert all(isinstance(fam, Family) for fam in families)
    assert len(families) >= MIN_FAMILIES
    assert sum(len(fam.templates) for fam in families) >= MIN_TEMPLATES


@pytest.mark.parametrize("sub_intent", OWNED_SUB_INTENTS)
def test_family_names_are_unique_snake_case(sub_intent: str) -> None:
    names = [fam.name for fam in FAMILIES[sub_intent]]
    assert len(names) == len(set(names)), f"duplicate family names in {sub_intent}"
    bad = [name for name in names if not SNAKE_CASE.match(name)]
    assert not bad, f"not snake_case: {bad}"


@pytest.mark.parametrize(("sub_intent", "family"), _family_params())
def test_family_shape_and_cues(sub_intent: str, family: Family) -> None:
    assert 6 <= len(family.templates) <= 10, f"{sub_intent}/{family.name}: template count"
    assert 2 <= len(family.details) <= 4, f"{sub_intent}/{family.name}: details count"
    assert family.sentiment is None or family.sentiment in SENTIMENTS
    assert family.urgent is None or isinstance(family.urgent, bool)


@pytest.mark.parametrize(("sub_intent", "family"), _family_params())
def test_templates_and_details_fill_with_known_slots(sub_intent: str, family: Family) -> None:
    rng = random.Random(0)
    for text in (*family.templates, *family.details):
        assert text.strip(), f"{sub_intent}/{family.name}: empty text"
        assert len(text) < MAX_CHARS, f"{sub_intent}/{family.name}: too long: {text!r}"
        unknown = _slot_names(text) - set(SLOTS)
        assert not unknown, f"{sub_intent}/{family.name}: unknown slots {unknown} in {text!r}"
        for _ in range(3):
            filled = fill(text, rng)
            assert "{" not in filled and "}" not in filled, filled


def test_no_duplicate_templates_across_the_module() -> None:
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for sub_intent, family in _all_families():
        for template in family.templates:
            key = _normalise(template)
            where = f"{sub_intent}/{family.name}"
            if key in seen:
                duplicates.append(f"{template!r} in {where} and {seen[key]}")
            seen[key] = where
    assert not duplicates, "\n".join(duplicates)


def test_intrinsic_tone_shares_follow_the_guide() -> None:
    # The guide asks for 20-30% intrinsically frustrated and 10-20% intrinsically urgent
    # families, so the corpus carries tone that is not only appended by the composer.
    families = [fam for _, fam in _all_families()]
    frustrated = sum(fam.sentiment == "frustrated" for fam in families) / len(families)
    urgent = sum(fam.urgent is True for fam in families) / len(families)
    assert 0.20 <= frustrated <= 0.30, f"frustrated share {frustrated:.2f}"
    assert 0.10 <= urgent <= 0.20, f"urgent share {urgent:.2f}"


def test_normalise_collapses_case_accents_and_punctuation() -> None:
    assert _normalise("Olá, tudo  BEM?") == _normalise("ola tudo bem")
    assert _normalise("quero cancelar") != _normalise("quero cancelar já")
