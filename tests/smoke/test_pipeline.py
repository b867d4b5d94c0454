"""Smoke test: the whole DVC pipeline, from corpus to registered champion, on a small sample.

It runs `dvc repro` in a scratch project (the real dvc.yaml and code, small params.yaml) with a
throwaway MLflow store, then checks the outputs, the registry and `omnichat predict`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

SMALL_PARAMS = {
    "prepare": {"messages_per_sub_intent": 60, "min_messages_per_sub_intent": 30},
    "tune": {"n_trials": 2, "timeout_s": 120},
    "compare": {"options": ["tfidf", "e5-small-enpt:onnx-int8"]},
    # A sample this small cannot meet the production gates; the smoke test checks plumbing.
    "registry": {
        "min_intent_accuracy": 0.5,
        "min_sub_intent_macro_f1": 0.3,
        "min_sentiment_macro_f1": 0.3,
        "min_urgency_f1": 0.3,
        "max_ece": 0.3,
    },
}


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, (
        f"{args} failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    )
    return result


@pytest.fixture(scope="module")
def scratch_project(
    tmp_path_factory: pytest.TempPathFactory, encoders_root: Path, encoder_dir: Path
):
    """A copy of the project's pipeline definition with small params, ready for `dvc repro`."""
    project = tmp_path_factory.mktemp("project")
    for name in ("training", "omnichat_model"):
        os.symlink(ROOT / name, project / name)
    shutil.copy(ROOT / "dvc.yaml", project / "dvc.yaml")
    (project / "experiments").mkdir()
    shutil.copy(ROOT / "experiments" / "dvc.yaml", project / "experiments" / "dvc.yaml")
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    for section, values in SMALL_PARAMS.items():
        params[section].update(values)
    (project / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    # The encoder stage keeps (persist) its output: seed it with the session's converted encoder.
    shutil.copytree(encoders_root, project / "models" / "encoders")
    mlruns = project / "mlruns"
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        "MLFLOW_TRACKING_URI": f"sqlite:///{mlruns / 'mlflow.db'}",
        "MLFLOW_ARTIFACT_ROOT": str(mlruns / "artifacts"),
        "OMNICHAT_EXTERNAL_DIR": str(project / "no-external-data"),
    }
    _run([str(BIN / "dvc"), "init", "--no-scm", "-q"], project, env)
    return project, env


@pytest.mark.slow
def test_dvc_repro_builds_registers_and_predicts(scratch_project) -> None:
    project, env = scratch_project
    _run([str(BIN / "dvc"), "repro"], project, env)

    for split in ("train", "calibration", "test"):
        assert (project / "data" / "prepared" / f"{split}.parquet").exists()
    metrics = json.loads((project / "metrics" / "test.json").read_text())
    assert 0.3 < metrics["sub_intent_macro_f1"] <= 1.0
    assert (project / "plots" / "reliability_test.png").stat().st_size > 1000
    # The encoder comparison is a research stage outside the production pipeline.
    assert not (project / "metrics" / "compare.json").exists()
    register = json.loads((project / "reports" / "register.json").read_text())
    assert register["decision"]["promoted"] is True

    champion = _run([str(BIN / "omnichat"), "champion"], project, env)
    assert "version 1" in champion.stdout

    (project / "in.jsonl").write_text(
        json.dumps({"message": "preciso da segunda via do boleto", "ticket": 42}) + "\n",
        encoding="utf-8",
    )
    _run([str(BIN / "omnichat"), "predict", "-i", "in.jsonl", "-o", "out.jsonl"], project, env)
    row = json.loads((project / "out.jsonl").read_text().splitlines()[0])
    assert row["ticket"] == 42
    assert {"intent", "sub_intent", "sentiment", "urgent", "confidence", "probabilities"} <= set(
        row
    )
    assert abs(sum(row["probabilities"]["sub_intent"].values()) - 1.0) < 1e-3

    # Nothing changed: a second repro re-exports the feedback (always_changed: it reads the
    # gateway's database), finds the same files, and runs no other stage.
    again = _run([str(BIN / "dvc"), "repro"], project, env)
    assert "didn't change" in again.stdout or "up to date" in again.stdout
    assert "Running stage 'train'" not in again.stdout

    # `make compare`: only the comparison runs, on the pipeline's up-to-date outputs.
    compared = _run([str(BIN / "dvc"), "repro", "experiments/dvc.yaml"], project, env)
    assert "Running stage 'train'" not in compared.stdout
    assert "reusing the embed stage's vectors" in compared.stdout + compared.stderr
    compare = json.loads((project / "metrics" / "compare.json").read_text())
    assert set(compare) == {"tfidf", "e5-small-enpt:onnx-int8"}
    assert compare["e5-small-enpt:onnx-int8"]["embed_messages_per_s"] > 0

    # `omnichat retrain` with no new feedback: the same repro, no new challenger, no reload.
    retrain = _run([str(BIN / "omnichat"), "retrain"], project, env)
    assert "nothing new to train on" in retrain.stdout
    assert "version 1" in _run([str(BIN / "omnichat"), "champion"], project, env).stdout
