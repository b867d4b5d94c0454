"""Loaders of the real complaints (evaluation only) on small files in their real formats."""

from __future__ import annotations

import json
from pathlib import Path

from training.external import load_claro, load_titles


def _write_claro(root: Path) -> None:
    folder = root / "claro_complaints"
    folder.mkdir(parents=True)
    rows = [
        {
            "row": 0,
            "category": "Cobrança indevida",
            "title": "Cobrança",
            "description": "cobraram 2x",
        },
        {"row": 1, "category": "Problemas com o chip", "title": "Chip", "description": "chip ruim"},
        {
            "row": 2,
            "category": "Qualidade da internet",
            "title": "Lenta",
            "description": "muito lenta",
        },
    ]
    (folder / "claro_complaints.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
    )


def test_claro_keeps_only_in_scope_categories_and_joins_title_and_text(tmp_path: Path) -> None:
    _write_claro(tmp_path)
    frame = load_claro(tmp_path)
    assert frame is not None
    assert frame["intent"].tolist() == ["financial", "technical"]
    assert frame["text"].iloc[1] == "Lenta. muito lenta"


def test_titles_handle_both_csv_dialects(tmp_path: Path) -> None:
    folder = tmp_path / "isp_complaint_titles"
    folder.mkdir()
    (folder / "vivo.csv").write_text(
        'Titulos,Conteudo\n"Internet ""vivo"" lenta","texto, com virgula"\nSem sinal,x\n',
        encoding="utf-8",
    )
    (folder / "tim.csv").write_text(
        "\ufeffColumn1;Column2\nTitulos;Conteudo\nInstalação atrasada;texto\n", encoding="utf-8"
    )
    frame = load_titles(tmp_path)
    assert frame is not None
    assert frame["text"].tolist() == ['Internet "vivo" lenta', "Sem sinal", "Instalação atrasada"]
    assert frame["source"].tolist() == ["vivo", "vivo", "tim"]


def test_missing_external_folder_is_reported_not_fatal(tmp_path: Path) -> None:
    assert load_claro(tmp_path / "absent") is None
    assert load_titles(tmp_path / "absent") is None
