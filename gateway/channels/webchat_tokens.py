"""Short-lived signed tokens that let a browser open a web-chat socket (JWT, HS256).

A token names the tenant and a server-drawn session id, so a page can never pick another
visitor's session or a real customer's identifier. Identified tokens (minted by the tenant's own
server with its API key) also carry the customer identifier.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import jwt

AUDIENCE = "omnichat-webchat"
ALGORITHM = "HS256"
SESSION_PREFIX = "webchat-"


class InvalidWebChatToken(ValueError):
    """The token is forged, malformed, for another audience or expired."""


@dataclass(frozen=True)
class WebChatClaims:
    """Who a socket speaks for."""

    tenant_id: str
    session_id: str
    customer_identifier: str | None = None  # set only on identified (server-minted) sessions

    @property
    def identified(self) -> bool:
        """True when the tenant's server vouched for the customer."""
        return self.customer_identifier is not None


@dataclass(frozen=True)
class IssuedToken:
    """A signed token and when it stops opening sockets."""

    claims: WebChatClaims
    token: str
    expires_at: datetime


def new_session_id() -> str:
    """A random session id; it doubles as the anonymous customer identifier (`webchat-...`)."""
    return SESSION_PREFIX + secrets.token_urlsafe(16)


def issue_token(secret: str, claims: WebChatClaims, ttl_s: int) -> IssuedToken:
    """Sign `claims` for `ttl_s` seconds."""
    now = int(time.time())
    payload: dict[str, object] = {
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ttl_s,
        "sub": claims.session_id,
        "tid": claims.tenant_id,
    }
    if claims.customer_identifier is not None:
        payload["cid"] = claims.customer_identifier
    token = jwt.encode(payload, secret, algorithm=ALGORITHM)
    return IssuedToken(claims, token, datetime.fromtimestamp(now + ttl_s, UTC))


def verify_token(secret: str, token: str, expired_grace_s: int = 0) -> WebChatClaims:
    """The claims of a valid token; `expired_grace_s` accepts tokens expired that long ago."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            leeway=expired_grace_s,
            options={"require": ["exp", "iat", "sub", "tid", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidWebChatToken(str(exc)) from exc
    session_id, tenant_id = payload["sub"], payload["tid"]
    if not isinstance(session_id, str) or not isinstance(tenant_id, str):
        raise InvalidWebChatToken("malformed claims")
    customer = payload.get("cid")
    return WebChatClaims(tenant_id, session_id, customer if isinstance(customer, str) else None)
