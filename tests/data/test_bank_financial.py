"""Contract checks for the financial phrase bank (`training.corpus.banks.financial`)."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterator

import pytest

from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS
from training.corpus.banks.financial import FAMILIES
from training.corpus.families import Family
from training.corpus.slots import SLOTS, fill

FINANCIAL_SUB_INTENTS = (
    "financial.invoice_copy",
    "financial.payment_confirmation",
    "financial.billing_dispute",
    "financial.negotiation",
)
MIN_FAMILIES = 14
MIN_TEMPLATES = 90
TEMPLATES_PER_FAMILY = range(6, 11)
DETAILS_PER_FAMILY = range(2, 5)
MAX_CHARS = 400
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# The composer prepends greetings itself; a template that already has one would get two.
GREETING_START = re.compile(r"^(oi|olá|ola|alô|alo|bom dia|boa tarde|boa noite)\b")


def _normalise(text: str) -> str:
    """Lowercase, drop punctuation, collapse spaces: near-identical templates compare equal."""
    without_punctuation = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(without_punctuation.split())


def _texts() -> Iterator[tuple[str, str, str]]:
    """Every template and detail as (sub_intent, family name, text)."""
    for sub_intent, families in FAMILIES.items():
        for family in families:
            for text in (*family.templates, *family.details):
                yield sub_intent, family.name, text


def test_keys_are_the_four_financial_sub_intents() -> None:
    assert set(FAMILIES) == set(FINANCIAL_SUB_INTENTS)
    assert set(FAMILIES) <= set(SUB_INTENTS)


@pytest.mark.parametrize("sub_intent", FINANCIAL_SUB_INTENTS)
def test_sub_intent_has_enough_families_and_templates(sub_intent: str) -> None:
    families = FAMILIES[sub_intent]
    assert all(isinstance(family, Family) for family in families)
    assert len(families) >= MIN_FAMILIES
    assert sum(len(family.templates) for family in families) >= MIN_TEMPLATES


@pytest.mark.parametrize("sub_intent", FINANCIAL_SUB_INTENTS)
def test_family_names_are_unique_snake_case(sub_intent: str) -> None:
    names = [family.name for family in FAMILIES[sub_intent]]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    assert [name for name in names if not SNAKE_CASE.match(name)] == []


@pytest.mark.parametrize("sub_intent", FINANCIAL_SUB_INTENTS)
def test_family_sizes_follow_the_guide(sub_intent: str) -> None:
    wrong = [
        (family.name, len(family.templates), len(family.details))
        for family in FAMILIES[sub_intent]
        if len(family.templates) not in TEMPLATES_PER_FAMILY
        or len(family.details) not in DETAILS_PER_FAMILY
    ]
    assert wrong == []


def test_every_text_uses_only_known_slots_and_fills() -> None:
    formatter = string.Formatter()
    rng = random.Random(0)
    for sub_intent, name, text in _texts():
        fields = {field for _, field, _, _ in formatter.parse(text) if field is not None}
        assert fields <= set(SLOTS), (sub_intent, name, text, fields - set(SLOTS))
        for _ in range(3):
            filled = fill(text, rng)
            # A literal brace ("{{") would survive formatting as "{": not allowed either.
            assert "{" not in filled and "}" not in filled, (sub_intent, name, text)


def test_no_duplicate_templates_across_the_module() -> None:
    seen: dict[str, tuple[str, str]] = {}
    duplicates = []
    for sub_intent, families in FAMILIES.items():
        for family in families:
            for template in family.templates:
                key = _normalise(template)
                if key in seen:
                    duplicates.append((template, seen[key], (sub_intent, family.name)))
                seen[key] = (sub_intent, family.name)
    assert duplicates == []


def test_texts_are_non_empty_trimmed_and_short() -> None:
    bad = [
        (sub_intent, name, text)
        for sub_intent, name, text in _texts()
        if not _normalise(text) or text != text.strip() or len(text) >= MAX_CHARS
    ]
    assert bad == []


def test_templates_do_not_start_with_a_greeting() -> None:
    greeted = [
        template
        for families in FAMILIES.values()
        for family in families
        for template in family.templates
        if GREETING_START.match(_normalise(template))
    ]
    assert greeted == []


def test_tone_fields_are_valid() -> None:
    for families in FAMILIES.values():
        for family in families:
            assert family.sentiment is None or family.sentiment in SENTIMENTS, family.name
            assert family.urgent is None or isinstance(family.urgent, bool), family.name


@pytest.mark.parametrize("sub_intent", FINANCIAL_SUB_INTENTS)
def test_intrinsic_tone_shares_follow_the_guide(sub_intent: str) -> None:
    """About 20-30% of families are frustrated by wording, 10-20% urgent by wording."""
    families = FAMILIES[sub_intent]
    frustrated = sum(family.sentiment == "frustrated" for family in families) / len(families)
    urgent = sum(family.urgent is True for family in families) / len(families)
    assert 0.20 <= frustrated <= 0.30, frustrated
    assert 0.10 <= urgent <= 0.20, urgent
