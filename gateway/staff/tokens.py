"""Signed session tokens (JWT, HS256) carried in an HttpOnly cookie.

Claims: `sub` (user id), `tid` (tenant id), `role`, `ver` (the user's token_version, so logout and
role changes revoke old tokens), `csrf` (echoed by every form the pages post), `iat`, `exp`.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from gateway.db.models import utcnow

ALGORITHM = "HS256"
ISSUER = "omnichat-gateway"


class InvalidSession(Exception):
    """The token is missing, forged, expired or malformed."""


@dataclass(frozen=True)
class SessionClaims:
    """What a valid token says."""

    user_id: str
    tenant_id: str
    role: str
    token_version: int
    csrf: str
    expires_at: datetime


def issue_token(
    secret: str,
    user_id: str,
    tenant_id: str,
    role: str,
    token_version: int,
    ttl: timedelta,
    now: datetime | None = None,
) -> str:
    """A signed token valid for `ttl` from `now`."""
    issued = now or utcnow()
    claims = {
        "sub": user_id,
        "tid": tenant_id,
        "role": role,
        "ver": token_version,
        "csrf": secrets.token_urlsafe(24),
        "iss": ISSUER,
        "iat": int(issued.timestamp()),
        "exp": int((issued + ttl).timestamp()),
    }
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_token(secret: str, token: str) -> SessionClaims:
    """Verify signature, issuer and expiry; raise InvalidSession on any problem."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["sub", "tid", "role", "ver", "csrf", "exp", "iat"]},
        )
        return SessionClaims(
            user_id=str(claims["sub"]),
            tenant_id=str(claims["tid"]),
            role=str(claims["role"]),
            token_version=int(claims["ver"]),
            csrf=str(claims["csrf"]),
            expires_at=datetime.fromtimestamp(int(claims["exp"]), tz=utcnow().tzinfo),
        )
    except (jwt.PyJWTError, KeyError, TypeError, ValueError) as exc:
        raise InvalidSession(str(exc)) from exc
