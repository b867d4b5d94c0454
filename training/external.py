"""Real complaints from `../shared/external/`: evaluation only, never training or tuning.

The folder is optional: when it is absent the loaders return None and callers report that the
external evaluation was skipped.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

# The five Claro categories that fit an internet provider, mapped to our coarse intents
# (see ../shared/external/README.md); the other nine are mobile-only or not requests.
CLARO_INTENTS: dict[str, str] = {
    "Qualidade da internet": "technical",
    "Instabilidade do sinal": "technical",
    "Cobrança indevida": "financial",
    "Cancelamento": "commercial",
    "Mudança de plano": "commercial",
}
TITLE_FILES = ("vivo", "oi", "tim")


def load_claro(external_dir: Path) -> pd.DataFrame | None:
    """Claro complaints in scope: `text` (title + description), `intent`, `category`."""
    path = external_dir / "claro_complaints" / "claro_complaints.jsonl"
    if not path.exists():
        log.warning("external Claro complaints not found at %s: skipped", path)
        return None
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            intent = CLARO_INTENTS.get(item["category"])
            if intent is None:
                continue
            text = f"{item['title'].strip()}. {item['description'].strip()}".strip()
            rows.append({"text": text, "intent": intent, "category": item["category"]})
    return pd.DataFrame(rows)


def load_titles(external_dir: Path) -> pd.DataFrame | None:
    """Unlabelled complaint titles (Vivo, Oi, TIM): `text`, `source`. Only `Titulos` is used."""
    folder = external_dir / "isp_complaint_titles"
    if not folder.exists():
        log.warning("external complaint titles not found at %s: skipped", folder)
        return None
    frames = [_read_titles(folder / f"{name}.csv", name) for name in TITLE_FILES]
    return pd.concat([f for f in frames if f is not None], ignore_index=True)


def _read_titles(path: Path, source: str) -> pd.DataFrame | None:
    if not path.exists():
        return None
    raw = path.read_text(encoding="utf-8-sig")
    lines = raw.splitlines()
    # tim.csv: a "Column1;Column2" line, then a semicolon-separated header.
    if lines and lines[0].startswith("Column1"):
        lines = lines[1:]
    delimiter = ";" if lines and lines[0].startswith("Titulos;") else ","
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    titles = [(row.get("Titulos") or "").strip() for row in reader]
    titles = [t for t in titles if t]
    return pd.DataFrame({"text": titles, "source": source})
