"""Cache of sessions and hot customer context: Redis with `REDIS_URL`, in-process otherwise.

Values are JSON documents; every key is namespaced with the configured prefix so several
deployments (or test runs) can share one Redis database.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any, Protocol

import redis

logger = logging.getLogger("gateway.cache")


class Cache(Protocol):
    """What the gateway needs from a cache."""

    backend: str

    def get_json(self, key: str) -> Any | None:
        """The JSON value stored at `key`, or None when missing or expired."""

    def set_json(self, key: str, value: Any, ttl_s: int) -> None:
        """Store `value` at `key` for `ttl_s` seconds."""

    def delete(self, key: str) -> None:
        """Remove `key` if present."""

    def incr(self, key: str, ttl_s: int) -> int:
        """Increment the counter at `key` (created with `ttl_s` expiry) and return its value."""

    def ping(self) -> bool:
        """True when the cache answers."""


class InMemoryCache:
    """A thread-safe, process-local cache with expiry; the zero-set-up default."""

    backend = "memory"

    def __init__(self, prefix: str = "") -> None:
        self._prefix = prefix
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def _live(self, key: str) -> Any | None:
        entry = self._data.get(self._prefix + key)
        if entry is None:
            return None
        expires_at, value = entry
        if expires_at <= time.monotonic():
            del self._data[self._prefix + key]
            return None
        return value

    def get_json(self, key: str) -> Any | None:
        """The value at `key` (a deep copy via JSON, as Redis would return), or None."""
        with self._lock:
            value = self._live(key)
        return None if value is None else json.loads(value)

    def set_json(self, key: str, value: Any, ttl_s: int) -> None:
        """Store `value` (serialised to JSON now, so later mutation cannot leak in)."""
        with self._lock:
            self._data[self._prefix + key] = (time.monotonic() + ttl_s, json.dumps(value))

    def delete(self, key: str) -> None:
        """Remove `key`."""
        with self._lock:
            self._data.pop(self._prefix + key, None)

    def incr(self, key: str, ttl_s: int) -> int:
        """Increment a counter that expires `ttl_s` seconds after its creation."""
        with self._lock:
            current = self._live(key)
            if current is None:
                self._data[self._prefix + key] = (time.monotonic() + ttl_s, "1")
                return 1
            count = int(current) + 1  # stored as JSON text, like every other value
            expires_at, _ = self._data[self._prefix + key]
            self._data[self._prefix + key] = (expires_at, str(count))
            return count

    def ping(self) -> bool:
        """Always reachable."""
        return True


class RedisCache:
    """A Redis-backed cache; all keys live under `prefix`.

    Redis is an accelerator here, not a source of truth: when it fails, reads miss, writes are
    dropped and counters read 0 (rate limiting fails open), each failure logged, so the gateway
    keeps answering from the database. `GET /health` shows the cache as down meanwhile.
    """

    backend = "redis"

    def __init__(self, url: str, prefix: str) -> None:
        self._client = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5, decode_responses=True
        )
        self._prefix = prefix

    def get_json(self, key: str) -> Any | None:
        """The JSON value at `key`, or None (also when Redis fails)."""
        try:
            raw = self._client.get(self._prefix + key)
        except redis.RedisError as exc:
            logger.warning("redis get failed, treating as a miss: %s", exc)
            return None
        return None if raw is None else json.loads(str(raw))

    def set_json(self, key: str, value: Any, ttl_s: int) -> None:
        """Store `value` as JSON with an expiry (dropped when Redis fails)."""
        try:
            self._client.set(self._prefix + key, json.dumps(value), ex=ttl_s)
        except redis.RedisError as exc:
            logger.warning("redis set failed, value not cached: %s", exc)

    def delete(self, key: str) -> None:
        """Remove `key`."""
        try:
            self._client.delete(self._prefix + key)
        except redis.RedisError as exc:
            logger.warning("redis delete failed: %s", exc)

    def incr(self, key: str, ttl_s: int) -> int:
        """Atomically increment a counter; the expiry is set only when the counter is created."""
        try:
            pipe = self._client.pipeline()
            pipe.incr(self._prefix + key)
            pipe.expire(self._prefix + key, ttl_s, nx=True)
            count, _ = pipe.execute()
        except redis.RedisError as exc:
            logger.warning("redis incr failed, counting 0: %s", exc)
            return 0
        return int(count)

    def ping(self) -> bool:
        """True when Redis answers PING."""
        try:
            return bool(self._client.ping())
        except redis.RedisError:
            return False

    def delete_prefix(self) -> int:
        """Delete every key under this cache's prefix (never the whole database)."""
        keys = list(self._client.scan_iter(match=self._prefix + "*", count=500))
        return int(self._client.delete(*keys)) if keys else 0

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()


def create_cache(redis_url: str | None, prefix: str) -> Cache:
    """Redis when `redis_url` is set, the in-process cache otherwise."""
    if redis_url:
        return RedisCache(redis_url, prefix)
    return InMemoryCache(prefix)
