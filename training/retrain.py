"""`omnichat retrain`: export feedback, retrain through the DVC pipeline, compare, promote, reload.

The pipeline (`dvc repro register`) runs the feedback export (always: it reads a database DVC
cannot hash), and re-runs train -> calibrate -> evaluate -> register only when the exported
feedback (or anything else they depend on) changed. The register stage makes the new version
`challenger`, scores it and the champion on the same test sets and promotes by the rule in
training/promotion.py; this module reads its report and reloads the model server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from training.model_server import reload_model_server
from training.settings import TrainingSettings


def repro(target: str = "register") -> None:
    """Run `dvc repro <target>` in this project; its stages call `omnichat`, so this
    interpreter's bin folder (the venv) goes first on PATH."""
    bin_dir = Path(sys.executable).parent
    dvc = bin_dir / "dvc"
    command = [str(dvc) if dvc.exists() else "dvc", "repro", target]
    env = {**os.environ, "PATH": os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])}
    completed = subprocess.run(command, check=False, env=env)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed with exit code {completed.returncode}")


def read_report(path: Path) -> dict[str, Any] | None:
    """The register stage's last decision, or None before the first registration."""
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def reload_if_configured(settings: TrainingSettings, expected_version: str) -> str:
    """Reload the model server when MODEL_SERVER_URL and MODEL_RELOAD_TOKEN are set; returns
    what happened, and raises when the server ends up on another version than expected."""
    token = settings.model_reload_token
    if not settings.model_server_url or token is None or not token.get_secret_value():
        return "model server not reloaded (MODEL_SERVER_URL / MODEL_RELOAD_TOKEN not set)"
    served = reload_model_server(settings.model_server_url, token)
    if str(served.get("version")) != expected_version:
        raise RuntimeError(
            f"model server at {settings.model_server_url} serves version "
            f"{served.get('version')} after reload, expected {expected_version}"
        )
    return f"model server at {settings.model_server_url} now serves version {expected_version}"
