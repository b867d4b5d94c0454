"""params.yaml is the single source of tunables, read strictly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from training.config import Params, load_params

ROOT = Path(__file__).resolve().parents[2]


def test_project_params_yaml_is_valid_and_complete() -> None:
    params = load_params(ROOT / "params.yaml")
    raw = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    # Every section of the model is written out, so no tunable lives only in code.
    assert set(raw) == set(Params.model_fields)
    assert params.evaluate.threshold == pytest.approx(0.70)


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("train:\n  sub_intent:\n    c: 3\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="c"):
        load_params(path)


def test_dvc_stages_name_existing_param_sections() -> None:
    dvc = yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))
    sections = set(Params.model_fields)
    for name, stage in dvc["stages"].items():
        for key in stage.get("params", []):
            assert key.split(".")[0] in sections, f"stage {name} names unknown param {key}"
