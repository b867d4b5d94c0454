"""Batch prediction over JSON lines (`omnichat predict`): fields are kept, labels are added."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from omnichat_model.registry import DEFAULT_MODEL_URI, load_classifier


def read_messages(path: Path) -> list[dict[str, Any]]:
    """Parse JSON lines; every line must be an object with a non-empty string `message`."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            message = row.get("message") if isinstance(row, dict) else None
            if not isinstance(message, str) or not message.strip():
                raise ValueError(f"{path}:{number}: needs a non-empty string field 'message'")
            rows.append(row)
    return rows


def predict_file(
    input_path: Path, output_path: Path, model_uri: str | None, batch_size: int = 256
) -> dict[str, Any]:
    """Write each input row with `intent`, `sub_intent`, `sentiment`, `urgent`, `confidence`,
    `urgency_probability` and `probabilities`; returns counts and the model used."""
    rows = read_messages(input_path)
    classifier, ref = load_classifier(model_uri or DEFAULT_MODEL_URI)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    with output_path.open("w", encoding="utf-8") as out:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            records = classifier.predict([row["message"] for row in batch])
            for row, record in zip(batch, records, strict=True):
                out.write(json.dumps({**row, **record}, ensure_ascii=False) + "\n")
    return {"messages": len(rows), "model": ref.uri, "version": ref.version}
