"""The unit of the phrase banks: a family of templates that say one thing one way.

Splits hold out whole families, so the test split measures generalisation to phrasings the
models never saw, not recall of templates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SentimentCue = Literal["frustrated", "neutral", "satisfied"]


@dataclass(frozen=True)
class Family:
    """Templates sharing one way of asking for one sub_intent.

    `templates` are core request sentences in pt-BR, with optional `{slot}` placeholders (see
    `SLOTS` in `training.corpus.slots`). `sentiment` / `urgent` are set only when the wording itself
    carries them (sarcasm, "urgente"); otherwise the composer decides them by adding cues.
    `details` are extra sentences the composer may add to make longer messages (e-mail, phone).
    `train_only` families always go to train and stay out of the split shuffle: families
    written after the hold-out was fixed add training variety without reshuffling which
    families the calibration and test splits hold, so figures before and after compare.
    """

    name: str
    templates: tuple[str, ...]
    sentiment: SentimentCue | None = None
    urgent: bool | None = None
    details: tuple[str, ...] = field(default_factory=tuple)
    train_only: bool = False
