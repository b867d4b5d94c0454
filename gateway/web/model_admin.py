"""Promote / roll back from the Model page: the training CLI in its own process, then a reload.

Moving the registry alias needs MLflow, which the gateway never imports; the documented commands
(`omnichat rollback`, `omnichat promote`) do it in a child process, and the model server is then
told to load what `champion` points to (`POST /reload` with MODEL_RELOAD_TOKEN).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass
from typing import Final, Literal

from gateway.clients.model_server import HttpModelClient, ModelServerUnavailable

ModelAction = Literal["rollback", "promote"]
ACTIONS: Final[tuple[ModelAction, ...]] = ("rollback", "promote")
COMMAND_TIMEOUT_S = 300


@dataclass(frozen=True)
class ActionOutcome:
    """What happened, for the page and the audit log."""

    ok: bool
    command: str
    output: str
    reloaded_version: str | None = None


def _child_env() -> dict[str, str]:
    # Without the reload token the CLI leaves the reload to us: one reload, whose answer (the
    # version now serving) the page shows.
    return {k: v for k, v in os.environ.items() if k != "MODEL_RELOAD_TOKEN"}


def run_model_action(
    action: ModelAction, admin_command: str, client: object, reload_token: str | None
) -> ActionOutcome:
    """Run `<admin_command> <action>`; on success ask the model server to reload."""
    argv = [*shlex.split(admin_command), action]
    shown = " ".join(argv)
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
            env=_child_env(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return ActionOutcome(False, shown, f"não foi possível executar: {exc}")
    output = (done.stdout + done.stderr).strip()[-2000:]
    if done.returncode != 0:
        return ActionOutcome(False, shown, output or f"código de saída {done.returncode}")
    if reload_token is None or not isinstance(client, HttpModelClient):
        return ActionOutcome(
            True, shown, output + "\nRecarga do servidor de modelo não configurada "
            "(MODEL_RELOAD_TOKEN): reinicie o servidor para servir a nova versão.",
        )  # fmt: skip
    try:
        info = client.reload(reload_token)
    except ModelServerUnavailable as exc:
        return ActionOutcome(False, shown, f"{output}\nFalha ao recarregar o modelo: {exc}")
    return ActionOutcome(True, shown, output, reloaded_version=info.version)
