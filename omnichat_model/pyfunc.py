"""The MLflow pyfunc wrapper around `OmnichatClassifier` (what the registry stores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mlflow.pyfunc
import pandas as pd

from omnichat_model.classifier import OmnichatClassifier

ARTIFACT_KEY = "classifier"


class OmnichatPyfunc(mlflow.pyfunc.PythonModel):
    """Input: a frame with a `message` column. Output: one row of labels per message."""

    classifier: OmnichatClassifier

    def load_context(self, context: Any) -> None:
        self.classifier = OmnichatClassifier.load(Path(context.artifacts[ARTIFACT_KEY]))

    def predict(self, context: Any, model_input: pd.DataFrame, params: dict | None = None):
        records = self.classifier.predict(model_input["message"].astype(str).tolist())
        return pd.DataFrame(
            {
                "intent": [r["intent"] for r in records],
                "sub_intent": [r["sub_intent"] for r in records],
                "sentiment": [r["sentiment"] for r in records],
                "urgent": [r["urgent"] for r in records],
                "confidence": [r["confidence"] for r in records],
            }
        )
