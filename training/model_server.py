"""Telling the model server that `champion` moved: `POST /reload` (docs/serving.md).

The server swaps models next to the serving one, so requests keep being answered during the
reload. Plain urllib: the training side needs no HTTP client dependency for one call.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from pydantic import SecretStr


class ReloadFailed(RuntimeError):
    """The model server refused or failed the reload (it keeps serving the old model)."""


def reload_model_server(url: str, token: SecretStr, timeout_s: float = 120.0) -> dict[str, Any]:
    """Ask the server at `url` to load its model URI again; returns its `/model` body."""
    request = urllib.request.Request(
        f"{url.rstrip('/')}/reload",
        method="POST",
        headers={"Authorization": f"Bearer {token.get_secret_value()}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", errors="replace")[:500]
        raise ReloadFailed(f"{url}/reload answered {error.code}: {body}") from error
    except urllib.error.URLError as error:
        raise ReloadFailed(f"{url}/reload unreachable: {error.reason}") from error
