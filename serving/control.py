"""Who may call `POST /reload`: a Bearer token compared in constant time."""

from __future__ import annotations

import hmac

from fastapi import HTTPException
from pydantic import SecretStr


def authorise_reload(authorization: str | None, token: SecretStr | None) -> None:
    """Raise 403 when reloading is disabled, 401 when the header lacks the right token."""
    if token is None or not token.get_secret_value():
        raise HTTPException(
            status_code=403,
            detail="reload is disabled: start the server with MODEL_RELOAD_TOKEN set",
        )
    scheme, _, supplied = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not supplied:
        raise HTTPException(
            status_code=401,
            detail="missing credentials: send 'Authorization: Bearer <MODEL_RELOAD_TOKEN>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(supplied.strip().encode(), token.get_secret_value().encode()):
        raise HTTPException(
            status_code=401, detail="invalid reload token", headers={"WWW-Authenticate": "Bearer"}
        )
