"""Every tunable of the corpus builder: the `prepare:` section of `params.yaml`."""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from omnichat_model.taxonomy import CHANNELS, SENTIMENTS, Channel, Sentiment

Fraction = float


class PrepareParams(BaseModel):
    """Validated parameters of the `prepare` stage (build, split, check the corpus)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seed: int = 42
    messages_per_sub_intent: int = Field(default=450, ge=1)
    # Floor per sub_intent after near-duplicates are dropped; prepare fails below it.
    min_messages_per_sub_intent: int = Field(default=300, ge=1)
    channel_mix: dict[Channel, Fraction] = Field(
        default_factory=lambda: {"whatsapp": 0.45, "web_chat": 0.2, "email": 0.2, "phone": 0.15}
    )

    # Hold-out: fractions of phrase families and of cue families per bank, with a floor.
    test_fraction: Fraction = Field(default=0.2, gt=0, lt=1)
    calibration_fraction: Fraction = Field(default=0.15, gt=0, lt=1)
    min_families_per_holdout: int = Field(default=2, ge=1)

    # Target labels when a family does not carry its own (service sub_intents only).
    sentiment_rates: dict[Sentiment, Fraction] = Field(
        default_factory=lambda: {"frustrated": 0.45, "neutral": 0.4, "satisfied": 0.15}
    )
    urgent_rate: Fraction = Field(default=0.3, ge=0, le=1)
    # other.greeting messages without an intrinsic sentiment: share that thank / praise.
    greeting_satisfied_rate: Fraction = Field(default=0.5, ge=0, le=1)
    # Chance that a frustrated message gets a second frustration cue (real anger piles up).
    second_frustration_cue_rate: Fraction = Field(default=0.35, ge=0, le=1)
    # Chance that a neutral message gets a politeness cue ("por favor", "obrigado desde já").
    politeness_rate: Fraction = Field(default=0.5, ge=0, le=1)

    # Long messages (several details + context), per channel: real complaints are long.
    long_message_rate: dict[Channel, Fraction] = Field(
        default_factory=lambda: {"whatsapp": 0.05, "web_chat": 0.04, "email": 0.25, "phone": 0.15}
    )
    # Terse messages, per channel: just the request and its label cues, no framing or details
    # ("SEM INTERNET HÁ 9 DIAS", "kd o técnico??? tirei folga pra isso"); real chats are full
    # of them and a prototype read them as neutral.
    terse_rate: dict[Channel, Fraction] = Field(
        default_factory=lambda: {"whatsapp": 0.25, "web_chat": 0.15, "email": 0.0, "phone": 0.05}
    )
    long_min_chars: int = Field(default=400, ge=50)
    long_max_chars: int = Field(default=1500, ge=100)

    # Channel styles.
    typo_rate: Fraction = Field(default=0.04, ge=0, le=0.5, description="per word, WhatsApp")
    abbreviation_rate: Fraction = Field(default=0.6, ge=0, le=1)
    strip_accents_rate: Fraction = Field(default=0.6, ge=0, le=1, description="per message")
    caps_when_frustrated_rate: Fraction = Field(default=0.35, ge=0, le=1)
    emoji_rate: Fraction = Field(default=0.3, ge=0, le=1)

    # Leakage control: char n-gram TF-IDF cosine at or above this is a near duplicate.
    near_duplicate_threshold: Fraction = Field(default=0.92, gt=0, le=1)
    # Give up on a (split, sub_intent) after this many attempts per wanted message.
    max_attempts_per_message: int = Field(default=40, ge=1)

    @model_validator(mode="after")
    def _check_consistency(self) -> Self:
        _require_distribution(self.channel_mix, CHANNELS, "channel_mix")
        _require_distribution(self.sentiment_rates, SENTIMENTS, "sentiment_rates")
        for name, rates in (
            ("long_message_rate", self.long_message_rate),
            ("terse_rate", self.terse_rate),
        ):
            if set(rates) != set(CHANNELS):
                raise ValueError(f"{name} needs exactly the channels {CHANNELS}")
            if any(not 0 <= rate <= 1 for rate in rates.values()):
                raise ValueError(f"{name} values must be in [0, 1]")
        if any(self.terse_rate[c] + self.long_message_rate[c] > 1 for c in CHANNELS):
            raise ValueError("terse_rate + long_message_rate must not exceed 1 for a channel")
        if self.test_fraction + self.calibration_fraction >= 0.8:
            raise ValueError("test_fraction + calibration_fraction must leave >= 20% for train")
        if self.long_min_chars >= self.long_max_chars:
            raise ValueError("long_min_chars must be below long_max_chars")
        if self.min_messages_per_sub_intent > self.messages_per_sub_intent:
            raise ValueError("min_messages_per_sub_intent cannot exceed messages_per_sub_intent")
        return self


def _require_distribution(rates: dict[str, float], keys: tuple[str, ...], name: str) -> None:
    """Raise unless `rates` has exactly `keys`, non-negative values summing to 1."""
    if set(rates) != set(keys):
        raise ValueError(f"{name} needs exactly the keys {keys}, got {sorted(rates)}")
    if any(value < 0 for value in rates.values()):
        raise ValueError(f"{name} values must be non-negative")
    if abs(sum(rates.values()) - 1.0) > 1e-6:
        raise ValueError(f"{name} must sum to 1, got {sum(rates.values()):.4f}")
