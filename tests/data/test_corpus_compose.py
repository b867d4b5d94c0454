"""The composer: labels follow the family or the cues it adds, never the other way round."""

from __future__ import annotations

import random

import pytest

from training.corpus.compose import LabelledMessage, compose_message
from training.corpus.config import PrepareParams
from training.corpus.cues import CUE_BANKS
from training.corpus.families import Family

PLAIN = Family(
    name="second_copy",
    templates=("preciso da segunda via do boleto", "me manda a fatura de {date}"),
    details=("o meu venceu {date}", "não chegou no e-mail", "pago sempre em dia"),
)
SARCASTIC = Family(
    name="sarcasm",
    templates=("parabéns, cobraram duas vezes de novo",),
    sentiment="frustrated",
    urgent=False,
)
THANKS = Family(name="thanks", templates=("obrigado pela ajuda, resolveu",), sentiment="satisfied")
CHANNELS = ("whatsapp", "email", "web_chat", "phone")


def _compose_many(
    family: Family, sub_intent: str, params: PrepareParams, n: int = 200
) -> list[LabelledMessage]:
    rng = random.Random(0)
    return [
        compose_message(family, sub_intent, CHANNELS[i % 4], rng, CUE_BANKS, params)
        for i in range(n)
    ]


def _banks_used(message: LabelledMessage) -> set[str]:
    return {cue.split("/", 1)[0] for cue in message.cue_families}


def test_labels_are_consistent_and_text_non_empty() -> None:
    for message in _compose_many(PLAIN, "financial.invoice_copy", PrepareParams()):
        assert message.intent == "financial"
        assert message.family == "financial.invoice_copy/second_copy"
        assert message.text.strip()
        assert message.length == len(message.text)


def test_drawn_sentiment_always_comes_with_a_matching_cue() -> None:
    for message in _compose_many(PLAIN, "financial.invoice_copy", PrepareParams()):
        banks = _banks_used(message)
        assert ("frustration" in banks) == (message.sentiment == "frustrated")
        assert ("praise" in banks) == (message.sentiment == "satisfied")


def test_drawn_urgency_always_comes_with_an_urgent_cue() -> None:
    urgent_cues = {
        f"{bank}/{family.name}"
        for bank, families in CUE_BANKS.items()
        for family in families
        if family.urgent
    }
    messages = _compose_many(PLAIN, "financial.invoice_copy", PrepareParams())
    assert {m.urgent for m in messages} == {True, False}
    for message in messages:
        assert bool(urgent_cues & set(message.cue_families)) == message.urgent


def test_sentiment_rates_are_followed() -> None:
    params = PrepareParams(sentiment_rates={"frustrated": 1.0, "neutral": 0.0, "satisfied": 0.0})
    messages = _compose_many(PLAIN, "financial.invoice_copy", params, n=50)
    assert {m.sentiment for m in messages} == {"frustrated"}


def test_family_labels_win_over_drawn_ones() -> None:
    params = PrepareParams(
        sentiment_rates={"frustrated": 0.0, "neutral": 0.0, "satisfied": 1.0}, urgent_rate=1.0
    )
    for message in _compose_many(SARCASTIC, "financial.billing_dispute", params, n=60):
        assert (message.sentiment, message.urgent) == ("frustrated", False)
        assert "praise" not in _banks_used(message)
        assert "urgency" not in _banks_used(message)


def test_greeting_messages_carry_no_request_material() -> None:
    for message in _compose_many(THANKS, "other.greeting", PrepareParams(), n=100):
        assert (message.sentiment, message.urgent) == ("satisfied", False)
        assert not _banks_used(message) & {"urgency", "context", "politeness", "frustration"}
        assert "aguardo" not in message.text.lower()


def test_only_the_given_cue_families_are_used() -> None:
    allowed = {bank: families[:6] for bank, families in CUE_BANKS.items()}
    allowed_ids = {f"{b}/{f.name}" for b, fams in allowed.items() for f in fams}
    rng = random.Random(1)
    for i in range(200):
        message = compose_message(
            PLAIN, "financial.invoice_copy", CHANNELS[i % 4], rng, allowed, PrepareParams()
        )
        assert set(message.cue_families) <= allowed_ids


def test_missing_required_cue_is_a_clear_error() -> None:
    no_praise = {bank: fams for bank, fams in CUE_BANKS.items() if bank != "praise"}
    params = PrepareParams(sentiment_rates={"frustrated": 0.0, "neutral": 0.0, "satisfied": 1.0})
    with pytest.raises(ValueError, match="no 'praise' cue family fits"):
        compose_message(
            PLAIN, "financial.invoice_copy", "whatsapp", random.Random(0), no_praise, params
        )


def test_long_messages_are_long_and_bounded() -> None:
    no_terse = dict.fromkeys(CHANNELS, 0.0)
    always_long = PrepareParams(long_message_rate=dict.fromkeys(CHANNELS, 1.0), terse_rate=no_terse)
    never_long = PrepareParams(long_message_rate=no_terse, terse_rate=no_terse)
    long = [m.length for m in _compose_many(PLAIN, "financial.invoice_copy", always_long, 100)]
    short = [m.length for m in _compose_many(PLAIN, "financial.invoice_copy", never_long, 100)]
    assert sum(long) / len(long) > 2 * sum(short) / len(short)
    assert max(long) <= always_long.long_max_chars + 300  # framing: greeting, signature


def test_bad_template_names_the_family() -> None:
    broken = Family(name="broken", templates=("falta o slot {nao_existe}",))
    with pytest.raises(ValueError, match=r"financial.invoice_copy/broken.*nao_existe"):
        compose_message(
            broken, "financial.invoice_copy", "email", random.Random(0), CUE_BANKS, PrepareParams()
        )


def test_terse_messages_keep_only_the_request_and_label_cues() -> None:
    params = PrepareParams(
        terse_rate=dict.fromkeys(CHANNELS, 1.0),
        long_message_rate=dict.fromkeys(CHANNELS, 0.0),
        sentiment_rates={"frustrated": 1.0, "neutral": 0.0, "satisfied": 0.0},
    )
    for message in _compose_many(PLAIN, "financial.invoice_copy", params, n=100):
        banks = _banks_used(message)
        assert "frustration" in banks
        assert not banks & {"greeting", "closing", "signature", "politeness", "context"}
        assert len(message.cue_families) <= 2  # one tone cue, at most one urgency cue


def test_a_message_uses_one_value_per_slot() -> None:
    from training.corpus.slots import SLOTS

    family = Family(
        name="plan_twice",
        templates=("meu plano é de {plan} e não chega nem perto",),
        details=("paguei pelo {plan} e recebo bem menos", "contratei {plan} faz tempo"),
    )
    params = PrepareParams(
        typo_rate=0.0,
        long_message_rate=dict.fromkeys(CHANNELS, 1.0),
        terse_rate=dict.fromkeys(CHANNELS, 0.0),
    )
    rng = random.Random(5)
    for _ in range(50):
        text = compose_message(
            family, "technical.slow_connection", "email", rng, CUE_BANKS, params
        ).text
        plans = {p for p in SLOTS["plan"] if f" {p} " in f" {text} ".replace(".", " ")}
        assert len(plans) == 1, text
