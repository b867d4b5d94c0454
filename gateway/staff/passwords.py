"""Password hashing with Argon2id."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_PASSWORD_CHARS = 10

# OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): ~80 ms per hash on a busy 2-core box;
# argon2-cffi's default (64 MiB, 3 passes, 4 lanes) took ~500 ms there, too slow per login.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified when the username is unknown, so a wrong username costs as long as a wrong
    password (hashed on first use, not at import: ~80 ms)."""
    return _hasher.hash("not-a-real-password")


class WeakPassword(ValueError):
    """The password does not meet the minimum policy."""


def check_policy(password: str) -> None:
    """Refuse passwords shorter than MIN_PASSWORD_CHARS or made of one repeated character."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise WeakPassword(f"a senha precisa de pelo menos {MIN_PASSWORD_CHARS} caracteres")
    if len(set(password)) < 4:
        raise WeakPassword("a senha precisa de caracteres variados")


def hash_password(password: str) -> str:
    """The Argon2id hash of `password` (salted; the parameters are stored in the hash)."""
    check_policy(password)
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; always spends one Argon2 verification."""
    try:
        return (
            _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
        )
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)
