"""Import boundaries: serving never imports training; the gateway imports no model stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from serving.launcher import REPO_ROOT

_REPORT = """
import json, sys
{body}
roots = sorted({{name.split(".")[0] for name in sys.modules}})
print(json.dumps(roots))
"""


def _imported_roots(body: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level packages imported after running `body` in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", _REPORT.format(body=body)],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def test_serving_module_imports_neither_training_nor_gateway() -> None:
    roots = _imported_roots("import serving.service")
    assert "serving" in roots
    assert not roots & {"training", "gateway"}


@pytest.mark.slow
def test_loaded_server_still_imports_no_training(registered_model: Any) -> None:
    body = (
        "from serving.service import ModelServer\n"
        "server = ModelServer()\n"
        "assert server.classify(['minha internet caiu'])[0]['intent']\n"
    )
    env = {
        "MLFLOW_TRACKING_URI": registered_model.tracking_uri,
        "MODEL_URI": registered_model.model_uri,
    }
    roots = _imported_roots(body, env)
    assert "onnxruntime" in roots  # the model really ran
    assert not roots & {"training", "gateway", "torch"}


def test_gateway_imports_no_model_stack() -> None:
    roots = _imported_roots("import gateway.main")
    assert "gateway" in roots
    assert not roots & {"training", "serving", "torch", "sklearn", "mlflow"}
