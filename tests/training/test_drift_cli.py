"""`omnichat drift` end to end: the gateway's database (or `omnichat predict` output) against the
session's registered champion; report files, MLflow run and the exit code a scheduler reads."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from drift_fixtures import (
    TEST_DRIFT_PARAMS,
    fill_gateway_database,
    score,
    shifted_messages,
    split_for_drift,
    write_prepared,
)
from mlflow import MlflowClient
from typer.testing import CliRunner

from gateway.db.migrate import run_migrations
from omnichat_model.classifier import OmnichatClassifier
from training.cli import app
from training.tracking import alias_version

THRESHOLD = 0.70


@pytest.fixture(scope="module")
def setup(
    tmp_path_factory: pytest.TempPathFactory,
    registered_model: Any,
    prepared_splits: dict[str, pd.DataFrame],
) -> dict[str, Any]:
    """Params, prepared dir, the report folder (its reference cache is shared by the tests),
    and the scored `same` / `shifted` traffic."""
    root = tmp_path_factory.mktemp("drift-cli")
    params = root / "params.yaml"
    params.write_text(yaml.safe_dump({"drift": TEST_DRIFT_PARAMS}), encoding="utf-8")
    classifier = OmnichatClassifier.load(registered_model.classifier_dir)
    _, rest = split_for_drift(prepared_splits["test"])
    return {
        "params": params,
        "prepared": write_prepared(prepared_splits["test"], root / "prepared"),
        "reports": root / "reports",
        "same": score(classifier, rest),
        "shifted": score(classifier, shifted_messages(rest)),
    }


def migrated_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'gateway.db'}"
    run_migrations(url)
    return url


def run_drift(setup: dict[str, Any], *args: str) -> tuple[int, str, dict[str, Any]]:
    result = CliRunner().invoke(
        app,
        [
            "drift",
            "--params",
            str(setup["params"]),
            "--prepared-dir",
            str(setup["prepared"]),
            "--output-dir",
            str(setup["reports"]),
            *args,
        ],
    )
    latest = setup["reports"] / "latest.json"
    summary = json.loads(latest.read_text(encoding="utf-8")) if latest.exists() else {}
    return result.exit_code, result.output, summary


def test_same_traffic_in_the_window_passes(
    tmp_path: Path, setup: dict[str, Any], registered_model: Any
) -> None:
    url = migrated_database(tmp_path)
    fill_gateway_database(url, setup["same"], THRESHOLD)
    # Shifted traffic of a month ago is outside the 7-day window and must not count.
    fill_gateway_database(
        url, setup["shifted"], THRESHOLD, created_at=datetime.now(UTC) - timedelta(days=30)
    )
    code, output, summary = run_drift(setup, "--database-url", url)
    assert code == 0, output
    assert summary["status"] == "ok"
    assert summary["current"]["rows"] == len(setup["same"])
    assert summary["model"]["version"] == alias_version(registered_model.model_name, "champion")
    # The gateway's decisions are reported next to the model-side automation rate.
    expected = float((setup["same"].frame["confidence"] >= THRESHOLD).mean())
    assert summary["current"]["gateway_automation_rate"] == pytest.approx(expected)
    assert summary["current"]["automation_rate"] == pytest.approx(expected)
    assert Path(summary["report_html"]).stat().st_size > 100_000
    assert "sub_intent" in output and "pass" in output


def test_shifted_traffic_exits_1_and_is_logged_to_mlflow(
    tmp_path: Path, setup: dict[str, Any]
) -> None:
    url = migrated_database(tmp_path)
    fill_gateway_database(url, setup["shifted"], THRESHOLD)
    code, output, summary = run_drift(setup, "--database-url", url, "--days", "2")
    assert code == 1, output
    assert summary["status"] == "drift"
    assert {"sub_intent", "channel"} <= set(summary["failed"])
    html = Path(summary["report_html"])
    assert "<html" in html.read_text(encoding="utf-8")[:2000].lower()
    client = MlflowClient()
    runs = client.search_runs(
        [e.experiment_id for e in client.search_experiments()],
        filter_string="tags.stage = 'drift'",
        order_by=["attributes.start_time DESC"],
        max_results=1,
    )
    assert runs and runs[0].data.metrics["drift_detected"] == 1.0
    scores = {c["name"]: c["score"] for c in summary["checks"]}
    assert runs[0].data.metrics["drift_sub_intent"] == pytest.approx(scores["sub_intent"])
    logged = {a.path for a in client.list_artifacts(runs[0].info.run_id, "drift")}
    assert {f"drift/{html.name}", f"drift/{html.with_suffix('.json').name}"} <= logged


def test_predict_output_is_accepted_as_current_traffic(
    tmp_path: Path, setup: dict[str, Any]
) -> None:
    messages = tmp_path / "messages.jsonl"
    setup["same"].frame.rename(columns={"text": "message"})[["message", "channel"]].to_json(
        messages, orient="records", lines=True, force_ascii=False
    )
    predicted = tmp_path / "predicted.jsonl"
    result = CliRunner().invoke(
        app, ["predict", "--input", str(messages), "--output", str(predicted)]
    )
    assert result.exit_code == 0, result.output
    code, output, summary = run_drift(setup, "--predictions", str(predicted))
    assert code == 0, output
    assert summary["source"] == {"predictions": str(predicted)}
    assert summary["current"]["rows"] == len(setup["same"])


def test_too_few_messages_give_no_verdict(tmp_path: Path, setup: dict[str, Any]) -> None:
    url = migrated_database(tmp_path)
    fill_gateway_database(url, type(setup["same"])(setup["same"].frame.head(10)), THRESHOLD)
    code, output, summary = run_drift(setup, "--database-url", url)
    assert code == 3, output
    assert summary["status"] == "insufficient_data"
    assert "10 messages" in summary["reason"]


def test_unknown_model_is_an_error_not_a_traceback(tmp_path: Path, setup: dict[str, Any]) -> None:
    predicted = tmp_path / "predicted.jsonl"
    frame = setup["same"].frame.rename(columns={"text": "message"})
    frame[["message", "sub_intent", "confidence", "channel"]].to_json(
        predicted, orient="records", lines=True, force_ascii=False
    )
    code, output, _ = run_drift(
        setup, "--predictions", str(predicted), "--model-uri", "models:/no-such-model@champion"
    )
    assert code == 2
    assert "cannot load models:/no-such-model@champion" in output


def test_missing_database_is_an_error_and_is_not_created(
    tmp_path: Path, setup: dict[str, Any]
) -> None:
    missing = tmp_path / "nowhere.db"
    code, output, _ = run_drift(setup, "--database-url", f"sqlite:///{missing}")
    assert code == 2
    assert "does not exist" in output
    assert not missing.exists()
