"""The `feedback` section of params.yaml: how production feedback is split and used."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FeedbackParams(BaseModel):
    """Export (seed, test_fraction) and training (use_in_training, weight) of feedback rows."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Share of newly corrected texts sampled into the feedback test set, by a seeded hash.
    seed: int = 23
    test_fraction: float = Field(0.3, ge=0, lt=1)
    # Train on corpus + agent-corrected feedback rows; each feedback row counts `weight` corpus
    # rows (few, but they are the traffic the corpus did not foresee).
    use_in_training: bool = True
    weight: float = Field(3.0, gt=0)
