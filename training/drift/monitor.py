"""`omnichat drift` end to end: reference, comparison, report files, MLflow run, exit code.

Exit codes (a scheduler retrains on 1): 0 no drift, 1 drift beyond the thresholds,
2 the traffic or the reference could not be read, 3 too few messages in the window for a verdict.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from mlflow.exceptions import MlflowException

from omnichat_model.registry import load_classifier
from training import tracking
from training.datasets import read_split
from training.drift.config import DriftParams
from training.drift.reference import cache_path, load_or_score_reference
from training.drift.report import DriftResult, compare_traffic

log = logging.getLogger(__name__)

EXIT_OK, EXIT_DRIFT, EXIT_UNREADABLE, EXIT_TOO_FEW = 0, 1, 2, 3


class ReferenceUnavailable(RuntimeError):
    """The model that scores the reference, or the reference split, cannot be loaded."""


@dataclass(frozen=True)
class DriftOutcome:
    """What a run produced: the JSON summary, where it was written, and the exit code."""

    summary: dict[str, Any]
    summary_path: Path
    html_path: Path | None
    exit_code: int


def check_drift(
    current: pd.DataFrame,
    source: dict[str, Any],
    params: DriftParams,
    threshold: float,
    model_uri: str,
    prepared_dir: Path,
    out_dir: Path,
    now: datetime | None = None,
) -> DriftOutcome:
    """Compare `current` with the model-scored reference split; write `drift-<UTC time>.html`
    and `.json` (and `latest.*` copies) under `out_dir`; log both to an MLflow run."""
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    base = {"generated_at": now.isoformat(), "source": source, "params": params.model_dump()}
    if len(current) < params.min_current_messages:
        summary = {
            **base,
            "status": "insufficient_data",
            "current": {"rows": len(current)},
            "reason": f"{len(current)} messages < min_current_messages "
            f"{params.min_current_messages}",
        }
        return DriftOutcome(summary, _write_summary(summary, out_dir, stamp), None, EXIT_TOO_FEW)
    split_file = prepared_dir / f"{params.reference_split}.parquet"
    if not split_file.exists():
        raise ReferenceUnavailable(f"reference split {split_file} not found (run `dvc repro`)")
    try:
        classifier, ref = load_classifier(model_uri)
    except MlflowException as error:
        raise ReferenceUnavailable(f"cannot load {model_uri}: {error.message}") from error
    cache = (
        cache_path(
            out_dir / "reference",
            ref.version,
            split_file,
            params.reference_sample_size,
            params.seed,
            threshold,
        )
        if ref.version
        else None
    )
    reference = load_or_score_reference(
        classifier,
        read_split(prepared_dir, params.reference_split),
        params.reference_sample_size,
        params.seed,
        threshold,
        cache,
    )
    result = compare_traffic(reference, current, params)
    model = {"uri": model_uri, "name": ref.name, "version": ref.version}
    summary = {
        **base,
        "model": model,
        "reference_split": params.reference_split,
        "automation_threshold": threshold,
        **result.summary(),
    }
    html_path = out_dir / f"drift-{stamp}.html"
    html_path.parent.mkdir(parents=True, exist_ok=True)
    result.snapshot.save_html(str(html_path))
    shutil.copyfile(html_path, out_dir / "latest.html")
    summary["report_html"] = str(html_path)
    summary_path = _write_summary(summary, out_dir, stamp)
    _log_to_mlflow(result, params, model, html_path, summary_path)
    return DriftOutcome(summary, summary_path, html_path, EXIT_DRIFT if result.drifted else EXIT_OK)


def _write_summary(summary: dict[str, Any], out_dir: Path, stamp: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"drift-{stamp}.json"
    text = json.dumps(summary, indent=2, ensure_ascii=False, default=str) + "\n"
    path.write_text(text, encoding="utf-8")
    (out_dir / "latest.json").write_text(text, encoding="utf-8")
    return path


def _log_to_mlflow(
    result: DriftResult,
    params: DriftParams,
    model: dict[str, Any],
    html_path: Path,
    summary_path: Path,
) -> None:
    tracking.configure()
    tags = {"stage": "drift", "model_version": str(model["version"])}
    with tracking.run(name="drift", tags=tags):
        tracking.log_params(params.model_dump(), prefix="drift.")
        tracking.log_metrics({f"drift_{c.name}": c.score for c in result.checks})
        tracking.log_metrics(
            {
                "drift_detected": float(result.drifted),
                "drift_current_rows": float(result.current["rows"]),
                "drift_failed_checks": float(len(result.failed)),
            }
        )
        tracking.log_artifact(html_path, "drift")
        tracking.log_artifact(summary_path, "drift")
