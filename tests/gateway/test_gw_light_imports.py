"""The gateway stays light: it never imports training, serving or heavy ML libraries."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("training", "serving", "torch", "sklearn", "mlflow", "numpy", "pandas", "bentoml")


def test_gateway_imports_no_heavy_module() -> None:
    code = (
        "import json, sys\n"
        "import gateway.main, gateway.cli, gateway.demo, gateway.context.evaluation\n"
        "from gateway.main import create_app\n"
        "create_app()\n"
        f"print(json.dumps([m for m in {FORBIDDEN!r} if m in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
