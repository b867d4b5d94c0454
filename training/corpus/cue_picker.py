"""Drawing cues that fit one message: its sub_intent, channel, labels and length."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from omnichat_model.taxonomy import Channel, Sentiment
from training.corpus.cues import CueBanks, CueFamily, cue_id, render_cue


@dataclass
class CuePicker:
    """Draws cues for one message and remembers which cue families it used.

    A cue family fits when it reads naturally in the sub_intent and channel, agrees with the
    message's target labels, is not reserved for long messages (unless this one is long) and
    has not been used in this message yet.
    """

    banks: CueBanks
    sub_intent: str
    channel: Channel
    sentiment: Sentiment
    urgent: bool
    rng: random.Random
    slots: Mapping[str, str]
    long_message: bool = False
    states_duration: bool = False  # the request already says how long ("há 10 dias")
    used: list[str] = field(default_factory=list)
    carried_urgency: bool = False  # a cue already made the message urgent ("há 9 dias sem")

    def pick(self, bank: str, *, required: bool = False, opener: bool = False) -> str | None:
        """A rendered cue from `bank` that fits the message, or None if none fits.

        `required`: raise instead of returning None (a drawn label needs its cue).
        `opener`: only cue families that read well before the request.
        """
        cue = self.pick_cue(bank, required=required, opener=opener)
        return cue[0] if cue else None

    def pick_cue(
        self, bank: str, *, required: bool = False, opener: bool = False
    ) -> tuple[str, CueFamily] | None:
        """Like `pick`, also returning the cue family (its `opener` decides the position)."""
        candidates = [
            f for f in self.banks.get(bank, ()) if self._fits(bank, f) and (f.opener or not opener)
        ]
        if not candidates:
            if required:
                raise ValueError(
                    f"no {bank!r} cue family fits a {self.channel} {self.sub_intent} message "
                    f"(sentiment={self.sentiment}, urgent={self.urgent}) in this split"
                )
            return None
        chosen = self.rng.choice(candidates)
        self.used.append(cue_id(bank, chosen))
        self.carried_urgency = self.carried_urgency or bool(chosen.urgent)
        return render_cue(self.rng.choice(chosen.variants), self.slots), chosen

    def _fits(self, bank: str, family: CueFamily) -> bool:
        return (
            family.fits(self.sub_intent, self.channel)
            and family.sentiment in (None, self.sentiment)
            and family.urgent in (None, self.urgent)
            and (self.long_message or not family.long_only)
            and not (self.states_duration and family.duration)
            and cue_id(bank, family) not in self.used
        )
