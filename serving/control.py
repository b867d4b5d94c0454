"""The control endpoints' rules: who may reload, what a failed reload answers, error bodies."""

from __future__ import annotations

import hmac
import logging

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import SecretStr

from serving.loader import LoadedModel, ModelHolder

log = logging.getLogger(__name__)


def authorise_reload(authorization: str | None, token: SecretStr | None) -> None:
    """Raise 403 when reloading is disabled, 401 when the header lacks the right token."""
    if token is None or not token.get_secret_value():
        raise HTTPException(
            status_code=403,
            detail="reload is disabled: start the server with MODEL_RELOAD_TOKEN set",
        )
    scheme, _, supplied = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not supplied.strip():
        raise HTTPException(
            status_code=401,
            detail="missing credentials: send 'Authorization: Bearer <MODEL_RELOAD_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(supplied.strip().encode(), token.get_secret_value().encode()):
        raise HTTPException(
            status_code=401, detail="invalid reload token", headers={"WWW-Authenticate": "Bearer"}
        )


def reload_or_503(holder: ModelHolder) -> LoadedModel:
    """Swap in the model the URI points to now; on failure keep the old one and answer 503."""
    try:
        return holder.reload()
    except Exception as exc:  # any load failure: the old model keeps serving
        log.exception("reload failed")
        serving = holder.current.ref.version if holder.ready else None
        raise HTTPException(
            status_code=503,
            detail=f"reload failed ({type(exc).__name__}: {exc}); still serving version {serving}",
        ) from exc


def use_error_bodies(app: FastAPI) -> None:
    """Answer `{"error": reason}` like BentoML's own 4xx bodies, not FastAPI's `detail`."""

    async def handler(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)

    app.add_exception_handler(HTTPException, handler)
