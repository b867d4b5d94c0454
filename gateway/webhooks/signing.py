"""The signature scheme shared by outgoing webhooks and the inbound CRM endpoint.

`X-Webhook-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` with the unix
timestamp in `X-Webhook-Timestamp`. Signing the timestamp with the body lets a receiver refuse a
captured request replayed later (stale timestamp) without trusting an unsigned header.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
EVENT_ID_HEADER = "X-Webhook-Id"
EVENT_TYPE_HEADER = "X-Webhook-Event"
SCHEME = "sha256="


class SignatureError(ValueError):
    """The request's signature is missing, malformed, wrong or too old (the message says which)."""


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The header value signing `body` sent at `timestamp`."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return SCHEME + digest.hexdigest()


def signed_headers(secret: str, body: bytes, now: float | None = None) -> dict[str, str]:
    """Timestamp and signature headers for a request carrying `body`."""
    timestamp = int(time.time() if now is None else now)
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body)}


def verify(
    secret: str,
    body: bytes,
    signature: str | None,
    timestamp: str | None,
    tolerance_s: float,
    now: float | None = None,
) -> int:
    """Check a request's signature and freshness; returns its timestamp or raises SignatureError."""
    if not signature:
        raise SignatureError(f"missing {SIGNATURE_HEADER} header")
    if not timestamp:
        raise SignatureError(f"missing {TIMESTAMP_HEADER} header")
    try:
        sent_at = int(timestamp)
    except ValueError as exc:
        raise SignatureError(f"{TIMESTAMP_HEADER} must be unix seconds") from exc
    if not signature.startswith(SCHEME):
        raise SignatureError(f"{SIGNATURE_HEADER} must look like 'sha256=<hex>'")
    # Compare before the age check so a forged request learns nothing about the clock window.
    if not hmac.compare_digest(signature, sign(secret, sent_at, body)):
        raise SignatureError("signature does not match the body")
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance_s:
        raise SignatureError(
            f"stale timestamp: {abs(current - sent_at):.0f} s away from now "
            f"(tolerance {tolerance_s:.0f} s)"
        )
    return sent_at
