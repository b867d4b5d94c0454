"""`omnichat retrain --skip-repro`: report the last decision, reload only after a promotion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from serving.launcher import free_port
from training.cli import app

ROW = {
    "test_set": "feedback_test",
    "metric": "sub_intent_accuracy",
    "challenger": 1.0,
    "champion": 0.25,
    "delta": 0.75,
    "gated": True,
    "tolerance": 0.0,
    "verdict": "better",
}


def write_report(folder: Path, promoted: bool) -> None:
    decision = {"version": "7", "promoted": promoted, "reasons": ["why"]}
    (folder / "reports").mkdir()
    (folder / "reports" / "register.json").write_text(
        json.dumps({"decision": decision, "table": [ROW]}), encoding="utf-8"
    )


NO_SERVER = {"MODEL_SERVER_URL": "", "MODEL_RELOAD_TOKEN": ""}


def test_prints_the_table_and_says_when_it_does_not_reload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, promoted=True)
    result = CliRunner().invoke(app, ["retrain", "--skip-repro"], env=NO_SERVER)
    assert result.exit_code == 0, result.output
    assert "v7: promoted to champion (why)" in result.output
    assert "feedback_test  sub_intent_accuracy" in result.output
    assert "better (tol 0)" in result.output
    assert "not reloaded" in result.output


def test_a_promotion_the_server_cannot_take_fails_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, promoted=True)
    env = {"MODEL_SERVER_URL": f"http://127.0.0.1:{free_port()}", "MODEL_RELOAD_TOKEN": "t"}
    result = CliRunner().invoke(app, ["retrain", "--skip-repro"], env=env)
    assert result.exit_code == 1
    assert "unreachable" in result.output


def test_no_reload_when_the_challenger_was_not_promoted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_report(tmp_path, promoted=False)
    env = {"MODEL_SERVER_URL": f"http://127.0.0.1:{free_port()}", "MODEL_RELOAD_TOKEN": "t"}
    result = CliRunner().invoke(app, ["retrain", "--skip-repro"], env=env)
    assert result.exit_code == 0, result.output
    assert "kept as challenger" in result.output
