"""Loaders of the real complaints (evaluation only) on small files in their real formats."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from omnichat_model.classifier import OmnichatClassifier, served_labels
from training.config import EvaluateParams
from training.evaluate import evaluate_external
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


def test_external_report_says_what_the_threshold_would_automate_on_real_texts(
    tmp_path: Path, classifier_dir: Path
) -> None:
    folder = tmp_path / "claro_complaints"
    folder.mkdir()
    complaints = [
        ("Qualidade da internet", "Internet lenta", "a velocidade não chega nem na metade"),
        ("Instabilidade do sinal", "Cai toda hora", "a conexão cai a cada cinco minutos"),
        ("Cobrança indevida", "Cobrança em dobro", "cobraram a fatura duas vezes no cartão"),
        ("Cancelamento", "Quero cancelar", "pedi o cancelamento do contrato e nada"),
        ("Mudança de plano", "Trocar plano", "quero mudar para o plano de 500 mega"),
    ]
    lines = [
        {"row": i, "category": c, "title": t, "description": d}
        for i, (c, t, d) in enumerate(complaints)
    ]
    (folder / "claro_complaints.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8"
    )
    model = OmnichatClassifier.load(classifier_dir)
    claro = load_claro(tmp_path)
    assert claro is not None
    probs = model.predict_proba(claro["text"].tolist())
    confidence = probs.sub_intent.max(axis=1)
    # A threshold between the confidences splits the five into automated and not.
    threshold = float(np.sort(confidence)[2])
    report = evaluate_external(model, tmp_path, EvaluateParams(threshold=threshold))
    assert report is not None
    assert report["claro_n"] == 5
    automated = confidence >= threshold
    assert report["claro_automation_rate"] == pytest.approx(automated.mean())
    intents = np.array(["technical", "technical", "financial", "commercial", "commercial"])
    right = served_labels(probs, model.urgency_threshold)["intent"] == intents
    assert report["claro_automated_intent_accuracy"] == pytest.approx(right[automated].mean())
    # Above every confidence nothing is automated: no accuracy to report, not a crash.
    above_all = float(np.nextafter(confidence.max(), 1.0))
    nothing = evaluate_external(model, tmp_path, EvaluateParams(threshold=above_all))
    assert nothing is not None and nothing["claro_automation_rate"] == 0.0
    assert nothing["claro_automated_intent_accuracy"] is None
