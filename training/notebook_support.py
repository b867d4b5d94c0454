"""What the notebooks in `notebooks/` import: where things are, and the plots they draw.

Locations come from environment variables with the project's defaults, so CI can point the
notebooks at the test session's temporary MLflow store and splits:

  MLFLOW_TRACKING_URI        sqlite:///mlruns/mlflow.db
  OMNICHAT_PREPARED_DIR      data/prepared
  OMNICHAT_MODEL_NAME        omnichat-classifier
  OMNICHAT_DRIFT_DIR         reports/drift          (`omnichat drift` writes latest.json there)
  OMNICHAT_FEEDBACK_DIR      data/feedback          (`omnichat export-feedback`)
  OMNICHAT_EXTERNAL_DIR      ../shared/external     (real complaints, evaluation only)
  OMNICHAT_EXTERNAL_SAMPLE   400                    (complaints scored in notebook 02)
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from pydantic_settings import BaseSettings, SettingsConfigDict

from training import paths


class NotebookSettings(BaseSettings):
    """Paths and sizes the notebooks read (relative paths are from the project root)."""

    model_config = SettingsConfigDict(env_prefix="omnichat_", extra="ignore")

    prepared_dir: Path = paths.PREPARED
    model_name: str = "omnichat-classifier"
    drift_dir: Path = paths.DRIFT_REPORTS
    feedback_dir: Path = Path("data/feedback")
    external_dir: Path = Path("../shared/external")
    external_sample: int = 400

    @property
    def champion_uri(self) -> str:
        return f"models:/{self.model_name}@champion"


def enter_project_root(start: Path | None = None) -> Path:
    """chdir to the folder holding params.yaml (notebooks start in notebooks/); returns it.

    Looks above `start` (default: the working directory), then at this package's checkout (an
    editable install), so a notebook copied elsewhere still finds the project."""
    here = (start or Path.cwd()).resolve()
    checkout = Path(__file__).resolve().parents[1]
    for folder in (here, *here.parents, checkout):
        if (folder / "params.yaml").exists() and (folder / "training").is_dir():
            os.chdir(folder)
            return folder
    raise FileNotFoundError(f"no project root (params.yaml) above {here}")


def plot_counts(values: pd.Series, title: str, ax: plt.Axes | None = None) -> plt.Axes:
    """Horizontal bars of how often each value occurs, largest at the top."""
    counts = values.value_counts().sort_values()
    ax = ax or plt.subplots(figsize=(7, 0.32 * len(counts) + 1.2))[1]
    ax.barh(counts.index.astype(str), counts.to_numpy(), color="#4c72b0")
    for y, count in enumerate(counts.to_numpy()):
        ax.text(count, y, f" {count}", va="center", fontsize=8)
    ax.set_title(title)
    ax.set_xlabel("messages")
    return ax


def plot_share_heatmap(
    frame: pd.DataFrame, rows: str, columns: str, title: str, ax: plt.Axes | None = None
) -> plt.Axes:
    """Share of each `columns` value within each `rows` value (rows sum to 1)."""
    table = pd.crosstab(frame[rows], frame[columns], normalize="index")
    ax = ax or plt.subplots(figsize=(1.3 * table.shape[1] + 4, 0.35 * table.shape[0] + 1.5))[1]
    image = ax.imshow(table.to_numpy(), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(table.shape[1]), table.columns, rotation=30, ha="right")
    ax.set_yticks(range(table.shape[0]), table.index, fontsize=8)
    for i in range(table.shape[0]):
        for j in range(table.shape[1]):
            value = table.iat[i, j]
            color = "white" if value > 0.6 else "black"
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=7, color=color)
    ax.set_title(title)
    plt.colorbar(image, ax=ax, fraction=0.04)
    return ax


def plot_length_by(frame: pd.DataFrame, by: str, ax: plt.Axes | None = None) -> plt.Axes:
    """Distribution of message length (characters, log scale) per value of `by`."""
    groups = sorted(frame[by].unique())
    ax = ax or plt.subplots(figsize=(7, 4))[1]
    ax.boxplot(
        [frame.loc[frame[by] == g, "text"].str.len() for g in groups],
        tick_labels=groups,
        showfliers=False,
    )
    ax.set_yscale("log")
    ax.set_ylabel("characters")
    ax.set_title(f"Message length by {by}")
    ax.grid(alpha=0.3, axis="y")
    return ax


def examples_per(frame: pd.DataFrame, column: str, n: int = 2, seed: int = 0) -> pd.DataFrame:
    """`n` random messages for each value of `column` (fewer where a value has fewer)."""
    shuffled = frame.sample(frac=1.0, random_state=seed)
    picked = shuffled.groupby(column, sort=True).head(n).sort_values(column, kind="stable")
    return picked[[column, "channel", "text"]].reset_index(drop=True)


def plot_grouped_bars(
    values: Mapping[str, Mapping[str, float]], title: str, ax: plt.Axes | None = None
) -> plt.Axes:
    """One group of bars per key of the inner mappings, one colour per outer key."""
    series = list(values)
    keys = sorted({k for inner in values.values() for k in inner})
    width = 0.8 / max(len(series), 1)
    ax = ax or plt.subplots(figsize=(max(6.0, 0.6 * len(keys) + 3), 4))[1]
    for i, name in enumerate(series):
        heights = [values[name].get(k, 0.0) for k in keys]
        ax.bar(np.arange(len(keys)) + i * width, heights, width, label=name)
    ax.set_xticks(np.arange(len(keys)) + width * (len(series) - 1) / 2, keys)
    ax.tick_params(axis="x", rotation=45)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    tallest = max((v for inner in values.values() for v in inner.values()), default=1.0)
    ax.set_ylim(0, tallest * 1.25)  # room for the legend above the bars
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper right", ncol=len(series))
    ax.grid(alpha=0.3, axis="y")
    return ax


def plot_drift_checks(checks: Sequence[Mapping[str, object]], ax: plt.Axes | None = None):
    """Each drift check's score as a share of its limit: above 1 (the dashed line) = drift."""
    names = [str(c["name"]) for c in checks]
    ratios = [_limit_ratio(c) for c in checks]
    colours = ["#55a868" if c["passed"] else "#c44e52" for c in checks]
    ax = ax or plt.subplots(figsize=(7, 3.5))[1]
    ax.barh(names, ratios, color=colours)
    ax.axvline(1.0, color="k", linestyle="--", label="limit (params.yaml drift:)")
    for y, check in enumerate(checks):
        ax.text(
            ratios[y],
            y,
            f" {float(check['score']):.3f} / {float(check['threshold']):.3f}",
            va="center",
            fontsize=8,
        )
    ax.set_xlabel("score / limit")
    ax.set_title("Drift checks (green pass, red fail)")
    ax.legend(fontsize=8, loc="lower right")
    return ax


def _limit_ratio(check: Mapping[str, object]) -> float:
    # The automation check's score is a signed change; its limit applies to the size.
    return abs(float(check["score"])) / float(check["threshold"])  # type: ignore[arg-type]


VERDICT_COLOURS = {"better": "#55a868", "as good": "#8c8c8c", "worse": "#c44e52"}


def plot_promotion(rows: Sequence[Mapping[str, object]], ax: plt.Axes | None = None) -> plt.Axes:
    """Challenger minus champion on each gated metric (`training.promotion` rows), signed so
    right is better (ECE flipped), coloured by the rule's verdict; ticks mark the tolerances."""
    from training.promotion import LOWER_IS_BETTER

    gated = [r for r in rows if r["gated"] and r["delta"] is not None]
    labels = [f"{r['test_set']}: {r['metric']}" for r in gated]
    gains = [
        -float(r["delta"]) if r["metric"] in LOWER_IS_BETTER else float(r["delta"])  # type: ignore[arg-type]
        for r in gated
    ]
    ax = ax or plt.subplots(figsize=(8, 0.45 * len(gated) + 1.5))[1]
    ax.barh(labels, gains, color=[VERDICT_COLOURS.get(str(r["verdict"]), "#4c72b0") for r in gated])
    for y, row in enumerate(gated):
        ax.plot([-float(row["tolerance"])] * 2, [y - 0.4, y + 0.4], "k:")  # type: ignore[arg-type]
    ax.axvline(0, color="k", linewidth=0.8)
    reach = max([abs(g) for g in gains] + [float(r["tolerance"]) for r in gated] + [0.01])  # type: ignore[arg-type]
    ax.set_xlim(-1.2 * reach, 1.2 * reach)
    ax.set_xlabel("challenger - champion (right = better; dotted = tolerance)")
    ax.set_title("Promotion rule: green better, grey as good, red worse")
    ax.invert_yaxis()
    return ax


def plot_confidence_histograms(
    reference: Sequence[float], current: Sequence[float], threshold: float, ax=None
) -> plt.Axes:
    """Share of messages per tenth of confidence, reference vs current, with the threshold."""
    centres = np.arange(len(reference)) / len(reference) + 0.5 / len(reference)
    width = 0.4 / len(reference)
    ax = ax or plt.subplots(figsize=(7, 3.5))[1]
    ax.bar(centres - width / 2, reference, width, label="reference")
    ax.bar(centres + width / 2, current, width, label="current")
    ax.axvline(threshold, color="k", linestyle=":", label=f"automation threshold {threshold:.2f}")
    ax.set_xlabel("confidence")
    ax.set_ylabel("share of messages")
    ax.set_title("Confidence, reference vs current")
    ax.legend(fontsize=8)
    return ax
