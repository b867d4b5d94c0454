"""Context boosting: follow-ups resolve by context, clear messages are never overridden."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from gateway.context.boosting import BoostingConfig, ambiguity_strength, boost
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS


def dist(peaks: dict[str, float]) -> dict[str, float]:
    rest = (1.0 - sum(peaks.values())) / (len(SUB_INTENTS) - len(peaks))
    return {s: peaks.get(s, rest) for s in SUB_INTENTS}


AMBIGUOUS_BLOCKED = dist({"technical.no_connection": 0.36, "financial.payment_confirmation": 0.30})


def test_overdue_invoice_turns_blocked_follow_up_into_payment_confirmation() -> None:
    result = boost(AMBIGUOUS_BLOCKED, "continua bloqueado", CustomerContext(overdue_invoice=True))
    assert result.raw_sub_intent == "technical.no_connection"
    assert result.sub_intent == "financial.payment_confirmation"
    assert result.confidence > result.probabilities["technical.no_connection"]
    (signal,) = result.signals
    assert signal.signal == "overdue_invoice"
    assert signal.delta["financial.payment_confirmation"] > 0.2


def test_outage_in_region_turns_vague_follow_up_into_no_connection() -> None:
    probs = dist({"technical.technician_visit": 0.26, "technical.no_connection": 0.24})
    result = boost(probs, "alguma previsão?", CustomerContext(outage_in_region=True))
    assert result.sub_intent == "technical.no_connection"
    assert result.signals[0].signal == "outage_in_region"


def test_a_prospects_ambiguous_plan_question_is_a_new_subscription() -> None:
    probs = dist({"commercial.plan_change": 0.30, "commercial.new_subscription": 0.22})
    message = "quais planos vocês têm?"
    prospect = boost(probs, message, CustomerContext(subscriber=False))
    assert prospect.sub_intent == "commercial.new_subscription"
    (signal,) = prospect.signals
    assert signal.signal == "prospect" and signal.delta["commercial.new_subscription"] > 0.1
    # A subscriber, or a context that does not say, gets no such prior.
    for subscriber in (True, None):
        unchanged = boost(probs, message, CustomerContext(subscriber=subscriber))
        assert unchanged.sub_intent == "commercial.plan_change" and unchanged.signals == []


def test_last_sub_intent_carries_over_to_a_topicless_follow_up() -> None:
    probs = dist({"commercial.address_change": 0.30, "commercial.plan_change": 0.28})
    context = CustomerContext(last_sub_intent="commercial.plan_change")
    result = boost(probs, "quero mudar", context)
    assert result.sub_intent == "commercial.plan_change"
    assert result.signals[0].signal == "follow_up"
    assert result.signals[0].factors == {
        "commercial.plan_change": BoostingConfig().follow_up_factor
    }


def test_long_message_gets_only_the_mild_last_sub_intent_prior() -> None:
    probs = dist({"commercial.address_change": 0.30, "commercial.plan_change": 0.28})
    context = CustomerContext(last_sub_intent="commercial.plan_change")
    long_message = "olha eu queria saber como faço para mudar tudo lá em casa semana que vem"
    result = boost(probs, long_message, context)
    assert result.signals[0].signal == "last_sub_intent"
    assert result.signals[0].factors["commercial.plan_change"] < 2.0


def test_clear_message_is_not_overridden_by_any_context() -> None:
    clear = dist({"financial.invoice_copy": 0.93})
    context = CustomerContext(
        overdue_invoice=True,
        blocked=True,
        outage_in_region=True,
        open_ticket_sub_intent="technical.no_connection",
        last_sub_intent="technical.no_connection",
    )
    result = boost(clear, "quero a segunda via da fatura deste mês", context)
    assert result.sub_intent == "financial.invoice_copy"
    assert result.strength == 0.0
    assert result.probabilities == pytest.approx(clear)
    assert result.signals == []
    # A short message is held to a higher bar, so context nudges it, but does not flip it.
    short = boost(clear, "segunda via", context)
    assert 0.0 < short.strength < 0.1 and short.sub_intent == "financial.invoice_copy"


def test_moderately_confident_prediction_keeps_its_label_against_one_signal() -> None:
    probs = dist({"technical.slow_connection": 0.75, "technical.no_connection": 0.10})
    result = boost(probs, "a internet tá lenta", CustomerContext(outage_in_region=True))
    assert result.sub_intent == "technical.slow_connection"
    assert 0.0 < result.strength < 1.0
    assert result.probabilities["technical.no_connection"] > 0.10


def test_disabled_boosting_returns_the_model_distribution() -> None:
    config = BoostingConfig(enabled=False)
    result = boost(
        AMBIGUOUS_BLOCKED, "continua bloqueado", CustomerContext(overdue_invoice=True), config
    )
    assert result.sub_intent == result.raw_sub_intent == "technical.no_connection"
    assert result.signals == []


def test_no_context_no_change_and_distribution_stays_normalised() -> None:
    result = boost(AMBIGUOUS_BLOCKED, "continua bloqueado", CustomerContext())
    assert result.probabilities == pytest.approx(AMBIGUOUS_BLOCKED)
    boosted = boost(
        AMBIGUOUS_BLOCKED, "x", CustomerContext(overdue_invoice=True, outage_in_region=True)
    )
    assert math.isclose(sum(boosted.probabilities.values()), 1.0)


def test_tenant_factors_change_the_outcome() -> None:
    weak = BoostingConfig(overdue_invoice={"financial.payment_confirmation": 1.1})
    result = boost(
        AMBIGUOUS_BLOCKED, "continua bloqueado", CustomerContext(overdue_invoice=True), weak
    )
    assert result.sub_intent == "technical.no_connection"


def test_strength_is_linear_between_the_two_confidences() -> None:
    config = BoostingConfig(ambiguous_confidence=0.4, clear_confidence=0.8)
    assert ambiguity_strength(0.3, config) == 1.0
    assert ambiguity_strength(0.6, config) == pytest.approx(0.5)
    assert ambiguity_strength(0.9, config) == 0.0


@pytest.mark.parametrize(
    "probs",
    [
        {"technical.no_connection": 1.0},
        {s: 0.5 for s in SUB_INTENTS},
        {**dist({}), "technical.no_connection": -0.1},
    ],
)
def test_bad_probabilities_are_rejected(probs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        boost(probs, "oi", CustomerContext())


def test_bad_config_is_rejected() -> None:
    with pytest.raises(ValidationError):
        BoostingConfig(outage_in_region={"technical.nope": 2.0})
    with pytest.raises(ValidationError):
        BoostingConfig(overdue_invoice={"financial.invoice_copy": 0.0})
    with pytest.raises(ValidationError):
        BoostingConfig(ambiguous_confidence=0.9, clear_confidence=0.5)


TOPICLESS = dist(
    {"other.out_of_scope": 0.69, "other.greeting": 0.10, "financial.payment_confirmation": 0.05}
)


def test_topicless_follow_up_label_is_discounted_when_context_exists() -> None:
    context = CustomerContext(overdue_invoice=True, blocked=True)
    result = boost(TOPICLESS, "continua bloqueado", context)
    assert result.raw_sub_intent == "other.out_of_scope"
    assert result.sub_intent == "financial.payment_confirmation"
    first = result.signals[0]
    assert first.signal == "topicless_follow_up"
    assert first.factors == {"other.out_of_scope": 0.1, "other.greeting": 0.1}
    assert first.delta["other.out_of_scope"] < -0.4


def test_topicless_label_stays_without_context_or_for_long_messages() -> None:
    assert boost(TOPICLESS, "continua bloqueado", CustomerContext()).sub_intent == (
        "other.out_of_scope"
    )
    long_message = "me indica um restaurante bom aqui perto do centro da cidade"
    result = boost(TOPICLESS, long_message, CustomerContext(overdue_invoice=True))
    assert all(s.signal != "topicless_follow_up" for s in result.signals)


def test_clear_out_of_scope_is_not_discounted() -> None:
    clear = dist({"other.out_of_scope": 0.97})
    result = boost(clear, "vende celular?", CustomerContext(overdue_invoice=True))
    assert result.sub_intent == "other.out_of_scope" and result.signals == []


def test_a_greeting_with_greeting_words_stays_a_greeting() -> None:
    probs = dist({"other.greeting": 0.7, "financial.payment_confirmation": 0.1})
    context = CustomerContext(overdue_invoice=True, blocked=True)
    thanks = boost(probs, "obrigado!", context)
    assert thanks.sub_intent == "other.greeting"
    assert all(s.signal != "topicless_follow_up" for s in thanks.signals)
    # The same reading of a message without greeting words is a topicless follow-up.
    follow_up = boost(probs, "pode seguir", context)
    assert follow_up.signals[0].signal == "topicless_follow_up"
    assert follow_up.sub_intent == "financial.payment_confirmation"


def test_a_short_message_is_held_to_the_follow_up_clear_confidence() -> None:
    # 0.75 is fairly clear for a sentence, but a two-word follow-up may still lean on context.
    probs = dist({"commercial.plan_change": 0.75, "commercial.address_change": 0.15})
    context = CustomerContext(last_sub_intent="commercial.address_change")
    config = BoostingConfig(
        ambiguous_confidence=0.6, follow_up_clear_confidence=0.99, follow_up_factor=20.0
    )
    short = boost(probs, "mesmo plano", context, config)
    assert short.strength == pytest.approx((0.99 - 0.75) / (0.99 - 0.6))
    assert short.sub_intent == "commercial.address_change"
    sentence = "quero mudar meu plano para o de 1 giga a partir do mês que vem"
    long = boost(probs, sentence, context, config)
    assert long.strength == pytest.approx((0.85 - 0.75) / (0.85 - 0.6))
    assert long.sub_intent == "commercial.plan_change"
    # With the default bar the short message keeps the model's label.
    assert boost(probs, "mesmo plano", context).sub_intent == "commercial.plan_change"


def test_topicless_ceiling_is_its_own_parameter() -> None:
    confident = dist({"other.out_of_scope": 0.9, "financial.payment_confirmation": 0.04})
    context = CustomerContext(overdue_invoice=True, blocked=True)
    kept = boost(
        confident, "tô bloqueado ainda", context, BoostingConfig(topicless_max_confidence=0.85)
    )
    assert kept.sub_intent == "other.out_of_scope"
    config = BoostingConfig(topicless_max_confidence=0.95, follow_up_clear_confidence=0.95)
    result = boost(confident, "tô bloqueado ainda", context, config)
    assert result.signals[0].signal == "topicless_follow_up"
    assert result.sub_intent == "financial.payment_confirmation"


def test_follow_up_clear_confidence_must_exceed_the_ambiguous_one() -> None:
    with pytest.raises(ValidationError):
        BoostingConfig(ambiguous_confidence=0.6, follow_up_clear_confidence=0.5)
