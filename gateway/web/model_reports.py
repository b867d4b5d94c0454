"""What the Model page shows, read from files the training pipeline wrote (no training import).

`dvc repro` writes `metrics/test.json`, `plots/*.png` and `reports/register.json` (champion vs
challenger); `omnichat drift` writes `reports/drift/latest.{json,html}`. The gateway only
reads these files from MODEL_REPORTS_DIR; a missing file is an empty state on the page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

# Plots the page may serve: name -> (file under plots/, pt-BR caption). A fixed list, so the
# image route can never be pointed at another file.
PLOTS: Final = {
    "confusion": ("confusion_sub_intent_test.png", "Matriz de confusão (sub_intent, teste)"),
    "reliability": ("reliability_test.png", "Diagrama de confiabilidade (calibração, teste)"),
    "automation": ("automation_test.png", "Curva de automação (limiar x acurácia)"),
    "sentiment": ("confusion_sentiment_test.png", "Matriz de confusão (sentimento, teste)"),
}
# `omnichat drift` writes reports/drift/latest.json (summary) and latest.html (Evidently report).
DRIFT_SUMMARY: Final = "reports/drift/latest.json"
DRIFT_HTML: Final = "reports/drift/latest.html"
HEADLINE_METRICS: Final = (
    ("intent_accuracy", "Acurácia de intent"),
    ("sub_intent_macro_f1", "Macro-F1 de sub_intent"),
    ("sentiment_macro_f1", "Macro-F1 de sentimento"),
    ("urgency_f1", "F1 de urgência"),
    ("ece", "ECE (erro de calibração)"),
    ("automation_rate", "Taxa de automação"),
    ("automated_accuracy", "Acurácia automatizada"),
)


@dataclass
class ModelReports:
    """The pipeline's outputs found on disk."""

    metrics: dict[str, float] = field(default_factory=dict)
    plots: dict[str, str] = field(default_factory=dict)  # name -> caption, only existing files
    registration: dict[str, Any] | None = None
    drift: dict[str, Any] | None = None
    drift_path: str | None = None
    drift_html: bool = False
    problems: list[str] = field(default_factory=list)


def _read_json(path: Path, problems: list[str]) -> Any:
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(f"{path.name}: {exc}")
        return None


def _flat_numbers(data: Any) -> dict[str, float]:
    if not isinstance(data, dict):
        return {}
    return {
        k: float(v)
        for k, v in data.items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }


def read_reports(root: Path) -> ModelReports:
    """Everything the Model page can show from `root` (missing files are simply absent)."""
    reports = ModelReports()
    metrics = _read_json(root / "metrics" / "test.json", reports.problems)
    reports.metrics = _flat_numbers(metrics)
    reports.plots = {
        name: caption
        for name, (file, caption) in PLOTS.items()
        if (root / "plots" / file).is_file()
    }
    registration = _read_json(root / "reports" / "register.json", reports.problems)
    reports.registration = registration if isinstance(registration, dict) else None
    drift = _read_json(root / DRIFT_SUMMARY, reports.problems)
    if isinstance(drift, dict):
        reports.drift, reports.drift_path = drift, DRIFT_SUMMARY
    reports.drift_html = (root / DRIFT_HTML).is_file()
    return reports


def plot_path(root: Path, name: str) -> Path | None:
    """The file of a known plot, or None."""
    entry = PLOTS.get(name)
    if entry is None:
        return None
    path = root / "plots" / entry[0]
    return path if path.is_file() else None


def registration_summary(registration: dict[str, Any] | None) -> dict[str, Any] | None:
    """version, promoted, reasons and champion_version of the last registration."""
    if not registration:
        return None
    decision = registration.get("decision", registration)  # older reports nested it
    if not isinstance(decision, dict) or "version" not in decision:
        return None
    return {
        "version": decision.get("version"),
        "promoted": bool(decision.get("promoted")),
        "reasons": [str(r) for r in decision.get("reasons", [])],
        "champion_version": decision.get("champion_version"),
    }


def comparison_rows(registration: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Rows of the challenger-vs-champion table of `reports/register.json`: test set, metric,
    challenger, champion, delta, verdict (better / as good / worse / not compared)."""
    if not registration:
        return []
    rows = []
    for row in registration.get("table", []):
        if not isinstance(row, dict):
            continue
        verdict = row.get("verdict")
        if verdict is None and "better" in row:  # older reports: a boolean
            verdict = {True: "better", False: "worse", None: "not compared"}[row["better"]]
        rows.append(
            {
                "test_set": row.get("test_set", "test"),
                "metric": row.get("metric"),
                "challenger": row.get("challenger", row.get("candidate")),
                "champion": row.get("champion"),
                "delta": row.get("delta"),
                "gated": bool(row.get("gated")),
                "verdict": verdict or "not compared",
            }
        )
    return rows


def drift_checks(drift: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The drift summary's checks (name, method, score, threshold, passed)."""
    if not drift:
        return []
    return [c for c in drift.get("checks", []) if isinstance(c, dict)]


def drift_html_path(root: Path) -> Path | None:
    """The latest Evidently HTML report, or None."""
    path = root / DRIFT_HTML
    return path if path.is_file() else None
