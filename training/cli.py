"""`omnichat`: thin command-line wrappers around the pipeline stages.

Each command reads `params.yaml`, calls one stage function, and writes that stage's outputs
where `dvc.yaml` expects them. Heavy imports happen inside the commands so `--help` is quick.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from training import paths

app = typer.Typer(
    help="omnichat-ml: corpus, training, evaluation, registry and batch prediction.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
log = logging.getLogger("omnichat")

ParamsOption = Annotated[Path, typer.Option("--params", help="params.yaml to read")]


@app.callback()
def _setup(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(data, indent=2, ensure_ascii=False, default=float) + "\n", encoding="utf-8"
    )


def _params(path: Path):
    from training.config import load_params

    return load_params(path)


@app.command()
def prepare(params_path: ParamsOption = paths.PARAMS) -> None:
    """Build the corpus, split it by held-out families, check it, write the data card."""
    from training.corpus.prepare import prepare as run_prepare

    counts = run_prepare(_params(params_path).prepare, paths.PREPARED, data_card=paths.DATA_CARD)
    _write_json(paths.METRICS / "prepare.json", counts)
    typer.echo(json.dumps(counts, indent=2))


@app.command()
def encoder(params_path: ParamsOption = paths.PARAMS) -> None:
    """Prepare the configured encoder (and those the comparison needs), offline."""
    from training.compare import encoders_needed
    from training.encoders.prepare import prepare_encoder

    params = _params(params_path)
    wanted = {(params.encoder.name, params.encoder.runtime)} | encoders_needed(
        params.compare.options
    )
    for name, runtime in sorted(wanted):
        folder = prepare_encoder(name, runtime, paths.ENCODERS)
        typer.echo(f"{name}:{runtime} -> {folder}")


@app.command()
def embed(params_path: ParamsOption = paths.PARAMS) -> None:
    """Embed every split once with the configured encoder."""
    from training.embed import embed_splits

    params = _params(params_path).encoder
    speeds = embed_splits(
        params, paths.PREPARED, paths.encoder_dir(params.name, params.runtime), paths.EMBEDDINGS
    )
    typer.echo(json.dumps({"messages_per_s": speeds}, indent=2))


def _split_with_embeddings(params, split: str):
    from training.datasets import read_embeddings, read_split

    frame = read_split(paths.PREPARED, split)
    if not params.train.features.use_embeddings:
        return frame, None
    return frame, read_embeddings(paths.EMBEDDINGS, split, len(frame))


@app.command()
def tune(params_path: ParamsOption = paths.PARAMS) -> None:
    """Optuna search over the heads (one MLflow parent run, a child run per trial)."""
    from training import tracking
    from training.tune import tune as run_tune

    params = _params(params_path)
    tracking.configure()
    frame, embeddings = _split_with_embeddings(params, "train")
    result = run_tune(params.tune, params.train, frame, embeddings)
    _write_json(paths.TUNE_RESULT, result)
    typer.echo(json.dumps(result["best_scores"], indent=2))


@app.command()
def train(params_path: ParamsOption = paths.PARAMS) -> None:
    """Fit TF-IDF and the heads on the train split; starts the model's MLflow run."""
    from training import tracking
    from training.datasets import read_split
    from training.feedback.stages import training_rows
    from training.train import effective_train_params, train_classifier

    params = _params(params_path)
    tracking.configure()
    effective = effective_train_params(params.train, paths.TUNE_RESULT)
    frame, embeddings = _split_with_embeddings(params, "train")
    encoder_dir = paths.encoder_dir(params.encoder.name, params.encoder.runtime)
    held_out = [read_split(paths.PREPARED, split) for split in ("calibration", "test")]
    rows = training_rows(params, frame, embeddings, held_out, paths.FEEDBACK, encoder_dir)
    with tracking.run(name="train", tags={"stage": "train"}) as run_id:
        tracking.log_params(params.model_dump(exclude={"train", "tune", "compare"}))
        tracking.log_params(effective.model_dump(), prefix="train.")
        tracking.log_dataset(frame, "train", "training", str(paths.PREPARED / "train.parquet"))
        tracking.log_metrics(rows.counts, prefix="train_")
        classifier = train_classifier(
            effective, params.encoder, rows.frame, rows.embeddings, encoder_dir, rows.sample_weight
        )
        classifier.save(paths.TRAINED)
    tracking.write_run_pointer(paths.RUN_POINTER, run_id)
    typer.echo(f"trained -> {paths.TRAINED} (run {run_id})")


@app.command()
def calibrate(params_path: ParamsOption = paths.PARAMS) -> None:
    """Fit the confidence calibrator, urgency threshold and sentiment shift (calibration split)."""
    from omnichat_model.classifier import OmnichatClassifier
    from training import tracking
    from training.calibrate import calibrate as run_calibrate
    from training.calibrate import out_of_fold_predictions
    from training.train import effective_train_params

    params = _params(params_path)
    tracking.configure()
    frame, embeddings = _split_with_embeddings(params, "calibration")
    classifier = OmnichatClassifier.load(paths.TRAINED)
    out_of_fold = None
    if params.calibrate.oof_folds:
        train_frame, train_embeddings = _split_with_embeddings(params, "train")
        effective = effective_train_params(params.train, paths.TUNE_RESULT)
        out_of_fold = out_of_fold_predictions(
            train_frame, train_embeddings, effective, params.calibrate.oof_folds
        )
    with tracking.run(run_id=tracking.read_run_pointer(paths.RUN_POINTER)):
        result = run_calibrate(classifier, frame, embeddings, params.calibrate, out_of_fold)
        report = result.as_dict()
        shift = report["sentiment_shift"]
        tracking.log_params(
            {
                "method": result.method,
                "urgency_threshold": result.urgency_threshold,
                **{f"sentiment_shift_{k}": v for k, v in shift.items()},
            },
            prefix="calibration.",
        )
        tracking.log_metrics(
            {
                **{f"cv_ece_{k}": v for k, v in result.cv_ece.items()},
                **{f"sentiment_f1_{k}": v for k, v in result.sentiment_f1.items()},
            },
            prefix="calibration_",
        )
        classifier.save(paths.CALIBRATED)
    _write_json(paths.REPORTS / "calibration.json", report)
    typer.echo(json.dumps(report, indent=2))


@app.command()
def evaluate(
    params_path: ParamsOption = paths.PARAMS,
    external_dir: Annotated[
        Path | None,
        typer.Option(
            help="folder of real complaints (evaluation only); default from OMNICHAT_EXTERNAL_DIR"
        ),
    ] = None,
) -> None:
    """Test-split metrics, plots, and the real-complaint gap; logged to the model's run."""
    from omnichat_model.classifier import OmnichatClassifier
    from training import tracking
    from training.evaluate import evaluate_external, evaluate_split, labelled_metrics
    from training.feedback.merge import read_feedback
    from training.settings import TrainingSettings

    params = _params(params_path)
    tracking.configure()
    frame, embeddings = _split_with_embeddings(params, "test")
    classifier = OmnichatClassifier.load(paths.CALIBRATED)
    metrics, details = evaluate_split(classifier, frame, embeddings, params.evaluate, paths.PLOTS)
    external = evaluate_external(
        classifier, external_dir or TrainingSettings().omnichat_external_dir, params.evaluate
    )
    summary = {**metrics}
    if external is not None:
        summary["claro_intent_accuracy"] = external["claro_intent_accuracy"]
        summary["claro_intent_macro_f1"] = external["claro_intent_macro_f1"]
        summary["claro_automation_rate"] = external["claro_automation_rate"]
        if external["claro_automated_intent_accuracy"] is not None:
            summary["claro_automated_intent_accuracy"] = external["claro_automated_intent_accuracy"]
        summary["gap_intent_accuracy"] = (
            metrics["intent_accuracy"] - external["claro_intent_accuracy"]
        )
    feedback_test = read_feedback(paths.FEEDBACK, "test")
    feedback_metrics = (
        labelled_metrics(
            classifier.predict_proba(feedback_test["text"].tolist()),
            feedback_test,
            classifier.urgency_threshold,
            params.evaluate,
        )
        if feedback_test is not None
        else {"skipped": "no feedback test rows"}
    )
    _write_json(paths.METRICS / "test.json", metrics)
    _write_json(paths.METRICS / "feedback_test.json", feedback_metrics)
    _write_json(paths.METRICS / "external.json", external or {"skipped": "external data not found"})
    _write_json(paths.REPORTS / "evaluation.json", {"test": details, "external": external})
    with tracking.run(run_id=tracking.read_run_pointer(paths.RUN_POINTER)):
        tracking.log_dataset(frame, "test", "evaluation", str(paths.PREPARED / "test.parquet"))
        tracking.log_metrics(summary, prefix="test_")
        if feedback_test is not None:
            tracking.log_metrics(feedback_metrics, prefix="feedback_test_")
        for plot in sorted(paths.PLOTS.glob("*.png")):
            tracking.log_artifact(plot, "plots")
        tracking.log_dict({"test": details, "external": external}, "evaluation.json")
    typer.echo(_summary_table(summary))


@app.command()
def register(params_path: ParamsOption = paths.PARAMS) -> None:
    """Register the model as `challenger`; promote it to `champion` when it passes the gates and,
    on the corpus and feedback test sets, is as good as the champion everywhere and clearly
    better once (beyond the paired bootstrap's interval)."""
    from training import tracking
    from training.datasets import read_split
    from training.feedback.stages import evaluation_sets
    from training.paired_bootstrap import format_intervals
    from training.promotion import as_dicts, format_table
    from training.register import decision_report, register_candidate

    params = _params(params_path)
    tracking.configure()
    test_sets = evaluation_sets(read_split(paths.PREPARED, "test"), paths.FEEDBACK)
    with tracking.run(run_id=tracking.read_run_pointer(paths.RUN_POINTER)):
        decision = register_candidate(paths.CALIBRATED, test_sets, params.registry, params.evaluate)
        report = decision_report(decision)
        tracking.log_dict(report, "registration.json")
        tracking.log_table(as_dicts(decision.table), "challenger_vs_champion.json")
        for row in decision.table:
            for role in ("challenger", "champion"):
                value = getattr(row, role)
                if value is not None:
                    tracking.log_metrics({f"{role}_{row.test_set}_{row.metric}": value})
    _write_json(paths.REPORTS / "register.json", report)
    verdict = "promoted to champion" if decision.promoted else "kept as challenger"
    typer.echo(
        f"{params.registry.model_name} v{decision.version}: {verdict} "
        f"({'; '.join(decision.reasons)})"
    )
    typer.echo(format_table(decision.table))
    if decision.paired_intervals:
        typer.echo(format_intervals(decision.paired_intervals))


@app.command("export-feedback")
def export_feedback(
    params_path: ParamsOption = paths.PARAMS,
    database_url: Annotated[
        str | None, typer.Option(help="the gateway's database; default DATABASE_URL")
    ] = None,
) -> None:
    """Export agent corrections, CSAT and auto-answered messages into data/feedback (masked,
    deduplicated, conflicts resolved, feedback test set sampled)."""
    from training.feedback.export import export_feedback as run_export
    from training.settings import TrainingSettings

    params = _params(params_path)
    url = database_url or TrainingSettings().database_url
    stats = run_export(url, paths.FEEDBACK, params.feedback)
    _write_json(paths.METRICS / "feedback.json", stats)
    typer.echo(json.dumps(stats, indent=2))


@app.command()
def retrain(
    skip_repro: Annotated[
        bool, typer.Option(help="only report the last decision and reload (no dvc repro)")
    ] = False,
) -> None:
    """Export feedback and retrain through `dvc repro register`, print the challenger vs champion
    table, and reload the model server (MODEL_SERVER_URL, MODEL_RELOAD_TOKEN) after a promotion."""
    from training.model_server import ReloadFailed
    from training.promotion import Comparison, format_table
    from training.retrain import read_report, reload_if_configured, repro
    from training.settings import TrainingSettings

    before = read_report(paths.REPORTS / "register.json")
    if not skip_repro:
        try:
            repro("register")
        except RuntimeError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error
    report = read_report(paths.REPORTS / "register.json")
    if report is None or (report == before and not skip_repro):
        typer.echo("nothing new to train on: no challenger registered, champion unchanged")
        return
    decision = report["decision"]
    verdict = "promoted to champion" if decision["promoted"] else "kept as challenger"
    typer.echo(f"v{decision['version']}: {verdict} ({'; '.join(decision['reasons'])})")
    typer.echo(format_table([Comparison(**row) for row in report["table"]]))
    if decision["promoted"]:
        try:
            typer.echo(reload_if_configured(TrainingSettings(), str(decision["version"])))
        except (ReloadFailed, RuntimeError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(1) from error


@app.command()
def compare(params_path: ParamsOption = paths.PARAMS) -> None:
    """Encoder options side by side (TF-IDF baseline, MiniLM, e5 runtimes) on the same splits."""
    from training import tracking
    from training.compare import compare_options
    from training.datasets import SPLITS, read_split

    params = _params(params_path)
    tracking.configure()
    splits = {name: read_split(paths.PREPARED, name) for name in SPLITS}
    results = compare_options(
        params.compare.options,
        splits,
        paths.ENCODERS,
        params.encoder,
        params.calibrate,
        params.evaluate,
        params.train.seed,
        embedded_dir=paths.EMBEDDINGS,
    )
    _write_json(paths.METRICS / "compare.json", results)
    keys = (
        "sub_intent_macro_f1",
        "intent_accuracy",
        "sentiment_macro_f1",
        "urgency_f1",
        "ece",
        "embed_messages_per_s",
    )
    lines = [f"{'option':32s} " + " ".join(f"{k[:14]:>14s}" for k in keys)]
    for label, m in results.items():
        lines.append(f"{label:32s} " + " ".join(f"{m.get(k, float('nan')):14.4f}" for k in keys))
    typer.echo("\n".join(lines))


@app.command()
def predict(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSON lines with a `message` field")],
    output: Annotated[Path, typer.Option("--output", "-o", help="where to write JSON lines")],
    model_uri: Annotated[str, typer.Option(help="MLflow model URI")] = "",
    batch_size: Annotated[int, typer.Option(min=1)] = 256,
) -> None:
    """Classify JSON lines; each output line is the input line plus the model's fields."""
    from training import tracking
    from training.predict import predict_file

    tracking.configure()
    try:
        counts = predict_file(input, output, model_uri or None, batch_size)
    except (ValueError, FileNotFoundError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    typer.echo(json.dumps(counts))


@app.command()
def champion(
    model_name: Annotated[str, typer.Option()] = "omnichat-classifier",
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Print the champion's version and metrics; exit 1 when no champion is registered."""
    from training import tracking

    tracking.configure()
    version = tracking.alias_version(model_name, "champion")
    if version is None:
        if not quiet:
            typer.echo(f"no champion registered for {model_name}", err=True)
        raise typer.Exit(1)
    if not quiet:
        metrics = tracking.version_metrics(model_name, version)
        typer.echo(f"{model_name} champion: version {version}")
        typer.echo(
            _summary_table(
                {k.removeprefix("test_"): v for k, v in metrics.items() if k.startswith("test_")}
            )
        )


@app.command()
def rollback(model_name: Annotated[str, typer.Option()] = "omnichat-classifier") -> None:
    """Move `champion` back to the version it replaced (the `previous` alias), then reload the
    model server when MODEL_SERVER_URL and MODEL_RELOAD_TOKEN are set."""
    from training import tracking
    from training.model_server import ReloadFailed
    from training.register import rollback as run_rollback
    from training.retrain import reload_if_configured
    from training.settings import TrainingSettings

    tracking.configure()
    try:
        old, new = run_rollback(model_name)
    except RuntimeError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error
    typer.echo(f"{model_name}: champion moved from version {old} back to {new}")
    try:
        typer.echo(reload_if_configured(TrainingSettings(), new))
    except (ReloadFailed, RuntimeError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


@app.command()
def promote(model_name: Annotated[str, typer.Option()] = "omnichat-classifier") -> None:
    """Make the `challenger` the `champion` by hand (a supervisor's call, e.g. from the
    dashboard's Model page); the replaced champion becomes `previous`, so `rollback` undoes it.
    Reloads the model server when MODEL_SERVER_URL and MODEL_RELOAD_TOKEN are set."""
    from training import tracking
    from training.model_server import ReloadFailed
    from training.register import CHALLENGER, CHAMPION
    from training.register import promote as run_promote
    from training.retrain import reload_if_configured
    from training.settings import TrainingSettings

    tracking.configure()
    challenger = tracking.alias_version(model_name, CHALLENGER)
    champion = tracking.alias_version(model_name, CHAMPION)
    if challenger is None or challenger == champion:
        typer.echo(f"error: {model_name} has no challenger to promote", err=True)
        raise typer.Exit(1)
    run_promote(model_name, challenger, champion)
    typer.echo(f"{model_name}: champion moved from version {champion} to {challenger}")
    try:
        typer.echo(reload_if_configured(TrainingSettings(), challenger))
    except (ReloadFailed, RuntimeError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


@app.command()
def drift(
    params_path: ParamsOption = paths.PARAMS,
    days: Annotated[
        int | None, typer.Option(min=1, help="traffic window in days (default: drift.window_days)")
    ] = None,
    database_url: Annotated[
        str | None, typer.Option(help="gateway database (default: DATABASE_URL)")
    ] = None,
    predictions: Annotated[
        Path | None, typer.Option(help="`omnichat predict` JSON lines instead of the database")
    ] = None,
    model_uri: Annotated[str, typer.Option(help="model that scores the reference")] = "",
    prepared_dir: Annotated[Path, typer.Option(help="corpus splits")] = paths.PREPARED,
    output_dir: Annotated[Path, typer.Option(help="reports and cache")] = paths.DRIFT_REPORTS,
) -> None:
    """Recent traffic vs the training reference (Evidently): HTML report + JSON summary, logged
    to MLflow. Exit 0 no drift, 1 drift beyond params.yaml's thresholds, 2 unreadable traffic or
    reference, 3 too few messages."""
    from omnichat_model.registry import DEFAULT_MODEL_URI
    from training.drift.monitor import EXIT_UNREADABLE, ReferenceUnavailable, check_drift
    from training.drift.traffic import TrafficError

    params = _params(params_path)
    try:
        current, source = _drift_traffic(params, days, database_url, predictions)
        outcome = check_drift(
            current,
            source,
            params.drift,
            params.evaluate.threshold,
            model_uri or DEFAULT_MODEL_URI,
            prepared_dir,
            output_dir,
        )
    except (TrafficError, ReferenceUnavailable) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_UNREADABLE) from error
    typer.echo(_drift_table(outcome.summary))
    typer.echo(
        f"summary: {outcome.summary_path}"
        + (f"\nreport:  {outcome.html_path}" if outcome.html_path else "")
    )
    raise typer.Exit(outcome.exit_code)


def _drift_traffic(params, days: int | None, database_url: str | None, predictions: Path | None):
    """The current traffic frame and a description of where it came from (password masked)."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy.engine import make_url

    from gateway.core.config import Settings as GatewaySettings
    from training.drift.traffic import (
        TrafficError,
        open_gateway_database,
        read_gateway_traffic,
        read_predictions_jsonl,
    )

    threshold = params.evaluate.threshold
    if predictions is not None:
        if not predictions.is_file():
            raise TrafficError(f"{predictions} is not a file")
        return read_predictions_jsonl(predictions, threshold), {"predictions": str(predictions)}
    # The gateway's own setting (DATABASE_URL, same default): one definition of where it is.
    url = database_url or GatewaySettings().database_url
    since = datetime.now(UTC) - timedelta(days=days or params.drift.window_days)
    current = read_gateway_traffic(open_gateway_database(url), since, threshold)
    masked = make_url(url).render_as_string(hide_password=True)
    return current, {"database": masked, "since": since.isoformat()}


def _drift_table(summary: dict[str, Any]) -> str:
    if summary["status"] == "insufficient_data":
        return f"drift: no verdict ({summary['reason']})"
    lines = [
        f"drift: {summary['status'].upper()}  (model v{summary['model']['version']}, "
        f"{summary['current']['rows']} current vs {summary['reference']['rows']} reference)"
    ]
    for check in summary["checks"]:
        verdict = "pass" if check["passed"] else "FAIL"
        lines.append(
            f"  {check['name']:16s} {check['score']:8.3f}  "
            f"limit {check['threshold']:.3f}  {verdict}"
        )
    lines += [f"  {name:16s} skipped: {why}" for name, why in summary["skipped"].items()]
    return "\n".join(lines)


def _summary_table(metrics: dict[str, float]) -> str:
    order = (
        "intent_accuracy",
        "sub_intent_macro_f1",
        "sentiment_macro_f1",
        "urgency_f1",
        "ece",
        "automation_rate",
        "automated_accuracy",
        "claro_intent_accuracy",
        "claro_intent_macro_f1",
        "claro_automation_rate",
        "claro_automated_intent_accuracy",
        "gap_intent_accuracy",
    )
    rows = [f"  {k:24s} {metrics[k]:.4f}" for k in order if k in metrics]
    return "\n".join(rows)


def main() -> None:  # pragma: no cover - console entry point
    sys.exit(app())
