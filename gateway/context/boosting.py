"""Context boosting: the model's sub_intent probabilities re-weighted by a context prior.

posterior(s) ∝ p_model(s) · Π_signals factor_signal(s) ** strength

Each active context signal multiplies the probability of the sub_intents it makes more likely
(a likelihood ratio, configurable per tenant). `strength` scales every factor by how ambiguous
the model is: 1 when the model's top probability is at or below `ambiguous_confidence`, 0 at or
above `clear_confidence`. A clear message is therefore never overridden by context, while a short
follow-up such as "continua bloqueado" is resolved by it. A short message is held to a higher
bar (`follow_up_clear_confidence`): the calibration was fitted on self-contained messages, and
two or three words say less than the confidence they get suggests. Every signal reports how
much it moved the probability of its targets (leave-one-out attribution).

Models trained on self-contained messages label a topicless follow-up ("e agora?", "tem
previsão?") as out of scope, or as a greeting ("aceito", "pode seguir"). When a short message
gets such a label and the customer has context, those labels are first discounted
(`topicless_factor`, the `topicless_follow_up` signal): the text says "no topic of its own", so
the topic is left to the model's other readings and the context. A message with greeting words
("oi", "obrigado", "tchau") is a greeting, and that label is kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydantic import BaseModel, Field, field_validator, model_validator

from gateway.greetings import has_greeting_words
from gateway.schemas.context import CustomerContext
from omnichat_model.taxonomy import SUB_INTENTS


def _check_factors(value: dict[str, float]) -> dict[str, float]:
    for sub_intent, factor in value.items():
        if sub_intent not in SUB_INTENTS:
            raise ValueError(f"unknown sub_intent {sub_intent!r}")
        if factor <= 0:
            raise ValueError("factors are likelihood ratios and must be > 0")
    return value


class BoostingConfig(BaseModel):
    """Per-tenant parameters of context boosting."""

    enabled: bool = True
    overdue_invoice: dict[str, float] = Field(
        default_factory=lambda: {
            "financial.payment_confirmation": 4.0,
            "financial.invoice_copy": 1.5,
            "financial.negotiation": 1.5,
        }
    )
    blocked: dict[str, float] = Field(
        default_factory=lambda: {"financial.payment_confirmation": 2.0}
    )
    outage_in_region: dict[str, float] = Field(
        default_factory=lambda: {"technical.no_connection": 4.0, "technical.intermittent": 1.5}
    )
    # Someone with no plan on file asking about plans or coverage wants to sign up: a prospect
    # cannot change, move or cancel a plan it does not have.
    prospect: dict[str, float] = Field(default_factory=lambda: {"commercial.new_subscription": 3.0})
    # The defaults below marked "tuned" were chosen on the development set of context examples
    # (gateway/context/tuning.py, `context_boosting_eval.py --tune`), never on the evaluation set.
    topicless_labels: tuple[str, ...] = Field(
        default=("other.out_of_scope", "other.greeting"),  # tuned
        description="Labels a model gives short follow-ups that have no topic of their own.",
    )
    topicless_factor: float = Field(
        default=0.1,
        gt=0,
        le=1,
        description="Factor on a topicless label of a short follow-up when context exists.",
    )
    topicless_max_confidence: float = Field(
        default=0.95,  # tuned
        ge=0.0,
        le=1.0,
        description="A topicless label this confident is kept: the message really is off-topic.",
    )
    open_ticket_factor: float = Field(default=2.0, gt=0)
    last_sub_intent_factor: float = Field(default=1.5, gt=0)
    follow_up_factor: float = Field(default=20.0, gt=0)  # tuned
    follow_up_max_words: int = Field(default=5, ge=1)
    ambiguous_confidence: float = Field(default=0.50, ge=0.0, le=1.0)  # tuned
    clear_confidence: float = Field(default=0.85, ge=0.0, le=1.0)
    follow_up_clear_confidence: float = Field(
        default=0.95,  # tuned
        ge=0.0,
        le=1.0,
        description="clear_confidence for a short message (at most follow_up_max_words words).",
    )

    @field_validator("topicless_labels")
    @classmethod
    def _known_labels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [label for label in value if label not in SUB_INTENTS]
        if unknown:
            raise ValueError(f"unknown sub_intent(s) {unknown}")
        return value

    @field_validator("overdue_invoice", "blocked", "outage_in_region", "prospect")
    @classmethod
    def _valid_factors(cls, value: dict[str, float]) -> dict[str, float]:
        return _check_factors(value)

    @model_validator(mode="after")
    def _ordered_thresholds(self) -> BoostingConfig:
        if self.ambiguous_confidence >= min(self.clear_confidence, self.follow_up_clear_confidence):
            raise ValueError(
                "ambiguous_confidence must be lower than clear_confidence and "
                "follow_up_clear_confidence"
            )
        return self


class SignalEffect(BaseModel):
    """One context signal and what it did to the distribution."""

    signal: str = Field(description="e.g. overdue_invoice, outage_in_region, follow_up")
    value: str | bool
    factors: dict[str, float] = Field(description="Effective factor per target sub_intent.")
    delta: dict[str, float] = Field(
        description="Change of each target's probability attributable to this signal."
    )


@dataclass(frozen=True)
class BoostResult:
    """Boosted distribution and its summary."""

    probabilities: dict[str, float]
    sub_intent: str
    confidence: float
    raw_sub_intent: str
    raw_confidence: float
    strength: float
    signals: list[SignalEffect]

    @property
    def changed_label(self) -> bool:
        """True when context changed the arg-max sub_intent."""
        return self.sub_intent != self.raw_sub_intent


@dataclass(frozen=True)
class _Signal:
    name: str
    value: str | bool
    factors: dict[str, float]


def is_follow_up(message: str, max_words: int) -> bool:
    """A short message (at most `max_words` words) that may lean on the conversation's topic."""
    return len(message.split()) <= max_words


def active_signals(
    follow_up: bool, context: CustomerContext, config: BoostingConfig
) -> list[_Signal]:
    """The context signals that apply to a message (`follow_up`: a short one), raw factors."""
    signals: list[_Signal] = []
    if context.overdue_invoice:
        signals.append(_Signal("overdue_invoice", True, dict(config.overdue_invoice)))
    if context.blocked:
        signals.append(_Signal("blocked", True, dict(config.blocked)))
    if context.outage_in_region:
        signals.append(_Signal("outage_in_region", True, dict(config.outage_in_region)))
    if context.subscriber is False:
        signals.append(_Signal("prospect", True, dict(config.prospect)))
    if context.open_ticket_sub_intent:
        signals.append(
            _Signal(
                "open_ticket",
                context.open_ticket_sub_intent,
                {context.open_ticket_sub_intent: config.open_ticket_factor},
            )
        )
    if context.last_sub_intent:
        factor = config.follow_up_factor if follow_up else config.last_sub_intent_factor
        name = "follow_up" if follow_up else "last_sub_intent"
        signals.append(_Signal(name, context.last_sub_intent, {context.last_sub_intent: factor}))
    return signals


def ambiguity_strength(
    raw_confidence: float, config: BoostingConfig, follow_up: bool = False
) -> float:
    """1 for an ambiguous prediction, 0 for a clear one, linear in between."""
    clear = config.follow_up_clear_confidence if follow_up else config.clear_confidence
    span = clear - config.ambiguous_confidence
    return min(1.0, max(0.0, (clear - raw_confidence) / span))


def _apply(
    probabilities: dict[str, float], signals: list[_Signal], strength: float
) -> dict[str, float]:
    log_post = {s: math.log(max(p, 1e-12)) for s, p in probabilities.items()}
    for signal in signals:
        for target, factor in signal.factors.items():
            log_post[target] += strength * math.log(factor)
    top = max(log_post.values())
    unnorm = {s: math.exp(v - top) for s, v in log_post.items()}
    total = sum(unnorm.values())
    return {s: v / total for s, v in unnorm.items()}


def _validated(probabilities: dict[str, float]) -> dict[str, float]:
    if set(probabilities) != set(SUB_INTENTS):
        raise ValueError("probabilities must have exactly the taxonomy's 15 sub_intents")
    if any(p < 0 or not math.isfinite(p) for p in probabilities.values()):
        raise ValueError("probabilities must be finite and >= 0")
    total = sum(probabilities.values())
    if not math.isclose(total, 1.0, abs_tol=1e-3):
        raise ValueError(f"probabilities must sum to 1, got {total:.4f}")
    return {s: p / total for s, p in probabilities.items()}


def _discount_topicless(
    raw: dict[str, float],
    raw_sub_intent: str,
    message: str,
    follow_up: bool,
    signals: list[_Signal],
    config: BoostingConfig,
) -> tuple[dict[str, float], SignalEffect | None]:
    """Discount the 'no topic' labels of a short follow-up when there is context to lean on."""
    if (
        not signals
        or raw_sub_intent not in config.topicless_labels
        or not follow_up
        or raw[raw_sub_intent] >= config.topicless_max_confidence
    ):
        return raw, None
    labels = [
        label
        for label in config.topicless_labels
        if label != "other.greeting" or not has_greeting_words(message)
    ]
    if raw_sub_intent not in labels:  # a real greeting ("obrigado!")
        return raw, None
    factors = dict.fromkeys(labels, config.topicless_factor)
    base = _apply(raw, [_Signal("topicless_follow_up", raw_sub_intent, factors)], 1.0)
    effect = SignalEffect(
        signal="topicless_follow_up",
        value=raw_sub_intent,
        factors=factors,
        delta={label: round(base[label] - raw[label], 4) for label in labels},
    )
    return base, effect


def boost(
    probabilities: dict[str, float],
    message: str,
    context: CustomerContext,
    config: BoostingConfig | None = None,
) -> BoostResult:
    """Combine model probabilities with the customer context; see the module docstring."""
    config = config or BoostingConfig()
    raw = _validated(probabilities)
    raw_sub_intent = max(raw, key=raw.__getitem__)
    raw_confidence = raw[raw_sub_intent]
    follow_up = is_follow_up(message, config.follow_up_max_words)
    signals = active_signals(follow_up, context, config) if config.enabled else []
    base, topicless = _discount_topicless(raw, raw_sub_intent, message, follow_up, signals, config)
    strength = ambiguity_strength(max(base.values()), config, follow_up)
    # A clear prediction (strength 0) is left untouched and no signal claims to have moved it.
    signals = signals if strength > 0 else []
    posterior = _apply(base, signals, strength) if signals else dict(base)
    effects: list[SignalEffect] = [topicless] if topicless and signals else []
    for signal in signals:
        others = [s for s in signals if s is not signal]
        without = _apply(base, others, strength) if others else base
        effects.append(
            SignalEffect(
                signal=signal.name,
                value=signal.value,
                factors={t: round(f**strength, 4) for t, f in signal.factors.items()},
                delta={t: round(posterior[t] - without[t], 4) + 0.0 for t in signal.factors},
            )
        )
    if not signals:
        posterior = dict(raw)  # no context moved anything: keep the model's own distribution
    sub_intent = max(posterior, key=posterior.__getitem__)
    return BoostResult(
        probabilities=posterior,
        sub_intent=sub_intent,
        confidence=posterior[sub_intent],
        raw_sub_intent=raw_sub_intent,
        raw_confidence=raw_confidence,
        strength=strength,
        signals=effects,
    )
