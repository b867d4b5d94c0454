"""PNG plots written by the evaluate stage (and logged to MLflow): people look at these."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: CI and servers have no display
import matplotlib.pyplot as plt
import numpy as np
from sklearn.metrics import confusion_matrix

from training.metrics import reliability_bins


def plot_confusion(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str], title: str, path: Path
) -> Path:
    """Row-normalised confusion matrix (recall on the diagonal), counts annotated."""
    counts = confusion_matrix(y_true, y_pred, labels=list(labels))
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    size = max(5.0, 0.55 * len(labels) + 2)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    image = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    short = [label.split(".")[-1] for label in labels]
    ax.set_xticks(range(len(labels)), short, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), short, fontsize=8)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    for i in range(len(labels)):
        for j in range(len(labels)):
            if counts[i, j]:
                color = "white" if share[i, j] > 0.6 else "black"
                ax.text(j, i, str(counts[i, j]), ha="center", va="center", fontsize=7, color=color)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="share of true class")
    return _save(fig, path)


def plot_reliability(
    confidence: np.ndarray, correct: np.ndarray, n_bins: int, title: str, path: Path
) -> Path:
    """Reliability diagram: accuracy per confidence bin against the diagonal, with counts."""
    bins = reliability_bins(confidence, correct, n_bins)
    fig, (ax, ax_count) = plt.subplots(
        2, 1, figsize=(6, 7), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    centres = [(b.lower + b.upper) / 2 for b in bins]
    width = 1.0 / n_bins
    used = [b.count > 0 for b in bins]
    ax.bar(
        [c for c, u in zip(centres, used, strict=True) if u],
        [b.accuracy for b in bins if b.count],
        width=width * 0.9,
        color="#4c72b0",
        label="accuracy",
    )
    ax.plot([0, 1], [0, 1], "k--", label="perfect calibration")
    ax.plot(
        [b.mean_confidence for b in bins if b.count],
        [b.accuracy for b in bins if b.count],
        "o-",
        color="#dd8452",
        label="mean confidence -> accuracy",
    )
    ax.set_ylabel("accuracy")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    ax_count.bar(centres, [b.count for b in bins], width=width * 0.9, color="#999999")
    ax_count.set_xlabel("confidence")
    ax_count.set_ylabel("messages")
    ax_count.set_yscale("symlog")
    return _save(fig, path)


def plot_automation_curve(
    confidence: np.ndarray, correct: np.ndarray, chosen: float, path: Path
) -> Path:
    """Automation rate and accuracy on automated messages as the threshold moves."""
    thresholds = np.linspace(0.3, 0.99, 70)
    rates = [(confidence >= t).mean() for t in thresholds]
    accuracies = [
        correct[confidence >= t].mean() if (confidence >= t).any() else np.nan for t in thresholds
    ]
    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    ax.plot(thresholds, rates, label="automation rate")
    ax.plot(thresholds, accuracies, label="accuracy on automated")
    ax.axvline(chosen, color="k", linestyle=":", label=f"threshold {chosen:.2f}")
    ax.set_xlabel("confidence threshold")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    ax.set_title("Automation vs accuracy over the threshold")
    return _save(fig, path)


def _save(fig: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
