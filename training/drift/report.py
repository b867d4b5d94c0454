"""The Evidently 0.7 report behind `omnichat drift`: five checks, each an Evidently test.

text            domain-classifier ROC AUC on the message text (declared a text column)
sub_intent      Jensen-Shannon distance of the predicted sub_intent distribution
confidence      normalised Wasserstein distance of the calibrated confidence
channel         Jensen-Shannon distance of the channel mix (skipped when the source has none)
automation_rate share of messages at or above the automation threshold, +- a tolerance
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from evidently import DataDefinition, Dataset, Report
from evidently.core.report import Snapshot
from evidently.metrics import CategoryCount, ValueDrift
from evidently.tests import Reference, eq

from training.drift.config import DriftParams

# Evidently's column of each check; `automated` carries the automation rate.
CHECK_COLUMNS = {
    "text": "text",
    "sub_intent": "sub_intent",
    "confidence": "confidence",
    "channel": "channel",
    "automated": "automation_rate",
}
METHODS = {
    "text": "abs_text_content_drift",
    "sub_intent": "jensenshannon",
    "confidence": "wasserstein",
    "channel": "jensenshannon",
}


@dataclass(frozen=True)
class DriftCheck:
    """One pass/fail test of the report."""

    name: str
    method: str
    score: float
    threshold: float
    passed: bool
    description: str


@dataclass
class DriftResult:
    """The checks, what was compared, and the Evidently snapshot (for the HTML report)."""

    checks: list[DriftCheck]
    reference: dict[str, Any]
    current: dict[str, Any]
    snapshot: Snapshot
    skipped: dict[str, str] = field(default_factory=dict)

    @property
    def drifted(self) -> bool:
        return any(not check.passed for check in self.checks)

    @property
    def failed(self) -> list[str]:
        return [check.name for check in self.checks if not check.passed]

    def summary(self) -> dict[str, Any]:
        """JSON-ready: status, failed checks, every check, and both sides' statistics."""
        return {
            "status": "drift" if self.drifted else "ok",
            "failed": self.failed,
            "checks": [asdict(check) for check in self.checks],
            "skipped": self.skipped,
            "reference": self.reference,
            "current": self.current,
        }


def thresholds(params: DriftParams) -> dict[str, float]:
    return {
        "text": params.max_text_auc,
        "sub_intent": params.max_sub_intent_js,
        "confidence": params.max_confidence_wasserstein,
        "channel": params.max_channel_js,
        "automated": params.max_automation_rate_change,
    }


def build_report(params: DriftParams, with_channel: bool) -> Report:
    """Value drift on text, sub_intent, confidence (and channel); the automation rate must stay
    within `max_automation_rate_change` of the reference's."""
    limits = thresholds(params)
    columns = [c for c in METHODS if with_channel or c != "channel"]
    metrics: list[Any] = [
        ValueDrift(column=column, method=METHODS[column], threshold=limits[column])
        for column in columns
    ]
    metrics.append(
        CategoryCount(
            column="automated",
            category="yes",
            share_tests=[eq(Reference(absolute=params.max_automation_rate_change))],
        )
    )
    return Report(metrics, include_tests=True)


def data_definition(with_channel: bool) -> DataDefinition:
    """`text` must be declared a text column, otherwise Evidently treats it as categorical."""
    categorical = ["sub_intent", "automated"] + (["channel"] if with_channel else [])
    return DataDefinition(
        text_columns=["text"], categorical_columns=categorical, numerical_columns=["confidence"]
    )


def describe(frame: pd.DataFrame) -> dict[str, Any]:
    """Rows, automation rate, mean confidence and the sub_intent / channel mixes of one side."""
    stats: dict[str, Any] = {
        "rows": len(frame),
        "automation_rate": float((frame["automated"] == "yes").mean()) if len(frame) else None,
        "mean_confidence": float(frame["confidence"].mean()) if len(frame) else None,
        "sub_intent_mix": _shares(frame["sub_intent"]),
        "channel_mix": _shares(frame["channel"].dropna()),
        # Shares of messages per tenth of confidence (0-0.1, ..., 0.9-1): the dashboard's and
        # notebook's histogram without the raw rows.
        "confidence_histogram": _histogram(frame["confidence"]),
    }
    if "gateway_automated" in frame:
        decided = frame["gateway_automated"].dropna()
        stats["gateway_automation_rate"] = float(decided.mean()) if len(decided) else None
    return stats


def compare_traffic(
    reference: pd.DataFrame, current: pd.DataFrame, params: DriftParams
) -> DriftResult:
    """Run the report on `current` against `reference` and read its tests back as checks."""
    with_channel = bool(current["channel"].notna().all() and reference["channel"].notna().all())
    columns = [c for c in CHECK_COLUMNS if with_channel or c != "channel"]
    definition = data_definition(with_channel)
    snapshot = build_report(params, with_channel).run(
        Dataset.from_pandas(current[columns], data_definition=definition),
        Dataset.from_pandas(reference[columns], data_definition=definition),
    )
    ref_stats, cur_stats = describe(reference), describe(current)
    checks = _checks(snapshot.dict(), params, ref_stats, cur_stats)
    skipped = {} if with_channel else {"channel": "the current traffic has no channel field"}
    return DriftResult(checks, ref_stats, cur_stats, snapshot, skipped)


def _checks(
    snapshot: dict[str, Any], params: DriftParams, ref: dict[str, Any], cur: dict[str, Any]
) -> list[DriftCheck]:
    scores = {m["id"]: m["value"] for m in snapshot["metrics"]}
    limits = thresholds(params)
    checks = []
    for test in snapshot["tests"]:
        column = test["metric_config"]["params"]["column"]
        if column == "automated":
            # The signed change of the automation rate reads better than the current share.
            score = cur["automation_rate"] - ref["automation_rate"]
            method = "absolute change of the share >= threshold"
        else:
            score = float(scores[test["metric_config"]["metric_id"]])
            method = METHODS[column]
        checks.append(
            DriftCheck(
                name=CHECK_COLUMNS[column],
                method=method,
                score=float(score),
                threshold=limits[column],
                passed=test["status"] == "SUCCESS",
                description=test["description"],
            )
        )
    return sorted(checks, key=lambda c: list(CHECK_COLUMNS.values()).index(c.name))


def _histogram(confidence: pd.Series, bins: int = 10) -> list[float]:
    counts, _ = np.histogram(confidence.to_numpy(dtype=float), bins=bins, range=(0.0, 1.0))
    return [float(c) / max(int(counts.sum()), 1) for c in counts]


def _shares(values: pd.Series) -> dict[str, float]:
    if values.empty:
        return {}
    return {str(k): float(v) for k, v in values.value_counts(normalize=True).sort_index().items()}
