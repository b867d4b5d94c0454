"""The `drift` section of params.yaml: traffic window, reference, and the drift thresholds.

Default thresholds sit above the sampling noise measured between two random samples of the same
held-out messages (150-200 messages a side, 15 draws; docs/monitoring.md): sub_intent JS up to
0.19, channel JS up to 0.09, confidence Wasserstein up to 0.24, text AUC up to 0.57, automation
rate change up to 0.13.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class DriftParams(BaseModel):
    """What `omnichat drift` compares and when it reports drift (exit code 1)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Production traffic of the last `window_days` days (gateway database).
    window_days: int = Field(7, ge=1)
    # The reference is a held-out split scored by the champion: the train split would show
    # the model's own over-confidence on data it fitted (confidence ~0.9 and ~100% automation
    # there against ~0.65 and ~40% on held-out messages), so every window would "drift".
    reference_split: Literal["train", "calibration", "test"] = "test"
    reference_sample_size: int = Field(1000, ge=50)
    seed: int = 5
    # Below this many current messages the comparison is noise: exit code 2, no verdict.
    min_current_messages: int = Field(200, ge=20)
    # Text: ROC AUC of Evidently's domain classifier telling current from reference texts
    # (0.5 = indistinguishable).
    max_text_auc: float = Field(0.70, gt=0.5, le=1.0)
    # Predicted sub_intent and channel mix: Jensen-Shannon distance (0 = same, 1 = disjoint).
    max_sub_intent_js: float = Field(0.25, gt=0, le=1)
    max_channel_js: float = Field(0.15, gt=0, le=1)
    # Confidence: Wasserstein distance divided by the reference's standard deviation.
    max_confidence_wasserstein: float = Field(0.30, gt=0)
    # Share of messages whose confidence reaches evaluate.threshold, absolute change either way.
    max_automation_rate_change: float = Field(0.15, gt=0, lt=1)
