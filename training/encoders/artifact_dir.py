"""Build-once folders: staged in a sibling directory, published by rename, checked by a manifest.

A folder counts as complete only when its `manifest.json` matches what the caller expects (for
example the sha256 of the file it was built from) and every file the manifest lists is present,
so an interrupted build never looks finished and a changed source triggers a rebuild.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

MANIFEST_NAME: Final = "manifest.json"


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """The folder's manifest, or None when there is none."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def is_complete(folder: Path, expected: Mapping[str, Any]) -> bool:
    """True when `folder` was fully built from what `expected` describes."""
    manifest = read_manifest(folder)
    if manifest is None or any(manifest.get(key) != value for key, value in expected.items()):
        return False
    return all((folder / name).is_file() for name in manifest.get("files", []))


@contextmanager
def staged_build(folder: Path, manifest: Mapping[str, Any]) -> Iterator[Path]:
    """Yield an empty staging folder; on success, write the manifest and publish it as `folder`.

    An existing `folder` is replaced only if it carries a manifest (i.e. a previous build of
    ours); anything else there is refused rather than deleted.
    """
    if folder.exists() and read_manifest(folder) is None:
        raise FileExistsError(f"{folder} exists but was not built here (no {MANIFEST_NAME})")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        yield staging
        files = sorted(str(p.relative_to(staging)) for p in staging.rglob("*") if p.is_file())
        full = {**manifest, "files": files}
        (staging / MANIFEST_NAME).write_text(json.dumps(full, indent=2) + "\n", encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; the published folder is shared
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
