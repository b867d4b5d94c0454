"""API keys: generated once, shown once, stored as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
from typing import Final

KEY_PREFIX: Final = "ock_"


def generate_api_key() -> str:
    """A new random API key (`ock_` + 43 URL-safe characters)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """The hex SHA-256 of `key`; keys are high-entropy, so a fast hash is enough (no KDF)."""
    if not key:
        raise ValueError("empty API key")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def display_prefix(key: str) -> str:
    """The first characters of a key, safe to show in listings and logs."""
    return key[:10]
