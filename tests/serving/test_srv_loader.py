"""Loading the registered champion and swapping versions while requests run."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from omnichat_model.taxonomy import SUB_INTENTS
from serving.loader import ModelHolder, ModelNotLoaded, classifier_folder, load_registered


def _loader(registered_model: Any):
    return lambda: load_registered(registered_model.model_uri, registered_model.tracking_uri, 1)


def test_load_resolves_the_alias_to_its_version(registered_model: Any) -> None:
    model = _loader(registered_model)()
    assert model.ref.version == registered_model.version
    assert model.ref.alias == "champion"
    assert model.info()["run_id"]
    [record] = model.classifier.predict(["quero a segunda via do boleto"])
    assert record["sub_intent"] in SUB_INTENTS


def test_holder_is_not_ready_before_the_first_load(registered_model: Any) -> None:
    holder = ModelHolder(_loader(registered_model))
    assert not holder.ready
    with pytest.raises(ModelNotLoaded):
        holder.classify(["oi"])
    holder.reload()
    assert holder.ready
    records = holder.classify(["oi", "minha internet caiu"])
    assert [r["model"]["version"] for r in records] == [registered_model.version] * 2
    assert records[0]["inference_ms"] > 0


def test_failed_reload_keeps_the_old_model(registered_model: Any) -> None:
    calls = {"n": 0}
    good = _loader(registered_model)

    def flaky():
        calls["n"] += 1
        if calls["n"] > 1:
            raise ConnectionError("registry unreachable")
        return good()

    holder = ModelHolder(flaky)
    first = holder.reload()
    with pytest.raises(ConnectionError):
        holder.reload()
    assert holder.current is first


def test_reload_swaps_versions_while_batches_run(
    registered_model: Any, second_version: str
) -> None:
    from training import tracking

    holder = ModelHolder(_loader(registered_model))
    holder.reload()
    seen: list[set[str]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def traffic() -> None:
        while not stop.is_set():
            try:
                batch = holder.classify(["minha internet caiu", "quero cancelar", "bom dia"])
                seen.append({r["model"]["version"] for r in batch})
            except BaseException as exc:  # collected, asserted below
                errors.append(exc)

    workers = [threading.Thread(target=traffic) for _ in range(2)]
    for worker in workers:
        worker.start()
    try:
        tracking.set_alias(registered_model.model_name, "champion", second_version)
        assert holder.reload().ref.version == second_version
        deadline = time.monotonic() + 20
        while not any(second_version in v for v in seen) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        for worker in workers:
            worker.join(30)
    assert not errors
    assert all(len(versions) == 1 for versions in seen), "a batch mixed two models"
    assert holder.current.ref.version == second_version
    assert set().union(*seen) == {registered_model.version, second_version}


def test_classifier_folder_needs_an_omnichat_mlmodel(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        classifier_folder(tmp_path)
    (tmp_path / "MLmodel").write_text("flavors:\n  python_function:\n    artifacts: {}\n")
    with pytest.raises(ValueError, match="not an omnichat model"):
        classifier_folder(tmp_path)
