"""The model as one object: encoder + TF-IDF + heads + calibration behind `predict`.

Serving and the batch `omnichat predict` command both call this, so preprocessing is never
re-implemented elsewhere. It is saved as a plain folder that the MLflow model wraps.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from omnichat_model.calibration import Calibrator, IdentityCalibrator
from omnichat_model.encoders import Encoder, load_encoder
from omnichat_model.fast_paths import head_proba
from omnichat_model.features import combine, embed_messages
from omnichat_model.taxonomy import INTENTS, SENTIMENTS, SUB_INTENTS, intent_of
from omnichat_model.text_tfidf import TextTfidf

# Column j: the intent sub_intent j belongs to.
_INTENT_OF_SUB = np.asarray([intent_of(name) for name in SUB_INTENTS])

_MANIFEST = "manifest.json"
_COMPONENTS = "components.joblib"
_ENCODER_DIR = "encoder"
# Column j of the intent matrix sums the sub_intents whose prefix is INTENTS[j].
_INTENT_MAP = np.array(
    [[1.0 if intent_of(s) == i else 0.0 for i in INTENTS] for s in SUB_INTENTS], dtype=np.float64
)


@dataclass(frozen=True)
class Probabilities:
    """Per-message probability matrices, columns in taxonomy order."""

    sub_intent: np.ndarray  # (n, 15), calibrated
    intent: np.ndarray  # (n, 4), sums of sub_intent columns
    sentiment: np.ndarray  # (n, 3)
    urgency: np.ndarray  # (n,), probability that the message is urgent


@dataclass
class OmnichatClassifier:
    """Everything needed to turn raw messages into labels and calibrated confidence."""

    encoder: Encoder | None
    tfidf: TextTfidf | None
    sub_intent_head: LogisticRegression
    sentiment_head: LogisticRegression
    urgency_head: LogisticRegression
    embedding_weight: float = 1.0
    chunk_chars: int = 600
    calibrator: Calibrator = field(default_factory=IdentityCalibrator)
    urgency_threshold: float = 0.5
    # Log-odds added to the sentiment head's classes (SENTIMENTS order), chosen on held-out
    # data like the urgency threshold: the balanced class weights of training over-predict the
    # rare classes ("satisfied") on new phrasings. All zero leaves the head as it is.
    sentiment_shift: tuple[float, ...] = (0.0, 0.0, 0.0)
    encoder_dir: Path | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    # -- features --------------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray | None:
        """The encoder's embeddings (None for a TF-IDF-only model)."""
        if self.encoder is None:
            return None
        return embed_messages(self.encoder, texts, self.chunk_chars)

    def features(self, texts: Sequence[str], embeddings: np.ndarray | None = None):
        """Feature matrix for the heads; pass `embeddings` when they are already computed."""
        if embeddings is None:
            embeddings = self.embed(texts)
        tfidf = self.tfidf.transform(texts) if self.tfidf is not None else None
        return combine(embeddings, tfidf, self.embedding_weight)

    # -- prediction ------------------------------------------------------------------------
    def raw_sub_intent_proba(self, features) -> np.ndarray:
        """Uncalibrated sub_intent probabilities (what the calibrator is fitted on)."""
        return ordered_proba(self.sub_intent_head, features, SUB_INTENTS)

    def predict_proba(
        self, texts: Sequence[str], embeddings: np.ndarray | None = None
    ) -> Probabilities:
        texts = _validated(texts)
        if not texts:
            return Probabilities(
                np.zeros((0, len(SUB_INTENTS))),
                np.zeros((0, len(INTENTS))),
                np.zeros((0, len(SENTIMENTS))),
                np.zeros(0),
            )
        x = self.features(texts, embeddings)
        sub = self.calibrator.transform(self.raw_sub_intent_proba(x))
        urgency = ordered_proba(self.urgency_head, x, (False, True))[:, 1]
        return Probabilities(
            sub_intent=sub,
            intent=sub @ _INTENT_MAP,
            sentiment=shift_classes(
                ordered_proba(self.sentiment_head, x, SENTIMENTS), self.sentiment_shift
            ),
            urgency=urgency,
        )

    def predict(
        self, texts: Sequence[str], embeddings: np.ndarray | None = None
    ) -> list[dict[str, Any]]:
        """Labels, calibrated confidence and every probability, one dict per message."""
        return to_records(self.predict_proba(texts, embeddings), self.urgency_threshold)

    # -- persistence -----------------------------------------------------------------------
    def save(self, folder: Path) -> Path:
        """Write a self-contained folder: manifest, fitted components, and the encoder files."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.encoder_dir is not None:
            target = folder / _ENCODER_DIR
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(self.encoder_dir, target)
        components = {
            "tfidf": self.tfidf,
            "sub_intent_head": self.sub_intent_head,
            "sentiment_head": self.sentiment_head,
            "urgency_head": self.urgency_head,
            "calibrator": self.calibrator,
        }
        joblib.dump(components, folder / _COMPONENTS, compress=3)
        manifest = {
            "format": 1,
            "sub_intents": list(SUB_INTENTS),
            "intents": list(INTENTS),
            "sentiments": list(SENTIMENTS),
            "has_encoder": self.encoder_dir is not None,
            "embedding_weight": self.embedding_weight,
            "chunk_chars": self.chunk_chars,
            "urgency_threshold": self.urgency_threshold,
            "sentiment_shift": list(self.sentiment_shift),
            "calibration": self.calibrator.method,
            "metadata": self.metadata,
        }
        (folder / _MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        return folder

    @classmethod
    def load(cls, folder: Path, threads: int | None = None) -> OmnichatClassifier:
        """Reopen a folder written by `save` (no training code needed)."""
        manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
        if tuple(manifest["sub_intents"]) != SUB_INTENTS:
            raise ValueError("model was trained on another taxonomy; retrain it")
        parts = joblib.load(folder / _COMPONENTS)
        encoder_dir = folder / _ENCODER_DIR if manifest["has_encoder"] else None
        return cls(
            encoder=load_encoder(encoder_dir, threads=threads) if encoder_dir else None,
            tfidf=_text_tfidf(parts["tfidf"]),
            sub_intent_head=parts["sub_intent_head"],
            sentiment_head=parts["sentiment_head"],
            urgency_head=parts["urgency_head"],
            embedding_weight=manifest["embedding_weight"],
            chunk_chars=manifest["chunk_chars"],
            calibrator=parts["calibrator"],
            urgency_threshold=manifest["urgency_threshold"],
            # Models saved before the shift existed keep their head's own decisions.
            sentiment_shift=tuple(manifest.get("sentiment_shift", (0.0,) * len(SENTIMENTS))),
            encoder_dir=encoder_dir,
            metadata=manifest["metadata"],
        )


def _text_tfidf(saved: TextTfidf | TfidfVectorizer | None) -> TextTfidf | None:
    """Models saved before word n-grams hold the character vectoriser alone."""
    if isinstance(saved, TfidfVectorizer):
        return TextTfidf(saved)
    return saved


def served_labels(probs: Probabilities, urgency_threshold: float) -> dict[str, np.ndarray]:
    """Every message's labels, one array per column: the likeliest sub_intent and its intent
    (never the argmax of the summed intent probabilities, which can differ), the likeliest
    sentiment, and urgent at or above `urgency_threshold`. `to_records` serves these and the
    metrics measure them."""
    best = probs.sub_intent.argmax(axis=1)
    return {
        "intent": _INTENT_OF_SUB[best],
        "sub_intent": np.asarray(SUB_INTENTS)[best],
        "sentiment": np.asarray(SENTIMENTS)[probs.sentiment.argmax(axis=1)],
        "urgent": probs.urgency >= urgency_threshold,
    }


def to_records(probs: Probabilities, urgency_threshold: float) -> list[dict[str, Any]]:
    """Turn probability matrices into the per-message records every consumer reads."""
    served = served_labels(probs, urgency_threshold)
    labels = {name: column.tolist() for name, column in served.items()}  # plain str and bool
    confidence = probs.sub_intent.max(axis=1)
    return [
        {
            "intent": labels["intent"][i],
            "sub_intent": labels["sub_intent"][i],
            "sentiment": labels["sentiment"][i],
            "urgent": labels["urgent"][i],
            "confidence": float(confidence[i]),
            "urgency_probability": float(probs.urgency[i]),
            "probabilities": {
                "sub_intent": _named(SUB_INTENTS, probs.sub_intent[i]),
                "intent": _named(INTENTS, probs.intent[i]),
                "sentiment": _named(SENTIMENTS, probs.sentiment[i]),
            },
        }
        for i in range(len(probs.sub_intent))
    ]


def _named(labels: Sequence[str], row: np.ndarray) -> dict[str, float]:
    return {label: round(float(p), 6) for label, p in zip(labels, row, strict=True)}


def shift_classes(probs: np.ndarray, shift: Sequence[float]) -> np.ndarray:
    """`probs` with `shift` added to each class's log-odds, renormalised (a prior change)."""
    if not any(shift):
        return probs
    weighted = probs * np.exp(np.asarray(shift, dtype=np.float64))
    return weighted / weighted.sum(axis=1, keepdims=True)


def ordered_proba(head: LogisticRegression, x, labels: Sequence[Any]) -> np.ndarray:
    """predict_proba with columns in `labels` order; classes absent from training get 0."""
    raw = head_proba(head, x)
    out = np.zeros((raw.shape[0], len(labels)), dtype=np.float64)
    index = {label: j for j, label in enumerate(labels)}
    for k, cls in enumerate(head.classes_):
        out[:, index[cls.item() if hasattr(cls, "item") else cls]] = raw[:, k]
    return out


def _validated(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("texts must be a sequence of strings, not a single string")
    out = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"texts[{i}] is {type(text).__name__}, expected str")
        out.append(text)
    return out
