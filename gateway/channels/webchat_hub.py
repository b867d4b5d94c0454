"""Live web-chat sockets of this replica, and the bus that reaches the other replicas' sockets.

A reply or an agent's message can be produced on any gateway replica while the customer's socket
is held by another one. Every event is therefore published on one Redis pub/sub channel (with
`REDIS_URL`) that every replica listens to and hands to the sockets it holds; without Redis the
hub delivers in-process. Presence (is any window of this session open anywhere?) is a Redis hash
per session holding one heartbeat per replica, so a crashed replica's entry goes stale by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from typing import Any, Protocol

import redis.asyncio as aioredis
from redis.exceptions import RedisError

logger = logging.getLogger("gateway.webchat")

SessionKey = tuple[str, str]  # (tenant_id, session_id)
PRESENCE_TTL_S = 90  # a replica's heartbeat is trusted this long
HEARTBEAT_S = 30


class Socket(Protocol):
    """What the hub needs from a connection (Starlette's WebSocket has it)."""

    async def send_json(self, data: Any, mode: str = "text") -> None: ...


class WebChatHub:
    """Sockets by session on this replica; `publish` reaches the session on every replica."""

    def __init__(self, redis_url: str | None = None, prefix: str = "omnichat:") -> None:
        self.replica_id = uuid.uuid4().hex
        self._sockets: dict[SessionKey, dict[str, Socket]] = {}
        # Connect timeout only: a read timeout would also cut the pub/sub listener's idle wait.
        self._redis = (
            aioredis.Redis.from_url(redis_url, socket_connect_timeout=1.0) if redis_url else None
        )
        self._channel = f"{prefix}webchat:events"
        self._presence_prefix = f"{prefix}webchat:online:"
        self._tasks: list[asyncio.Task[None]] = []
        self._subscribed = asyncio.Event()

    @property
    def backend(self) -> str:
        """`redis` when events cross replicas, `memory` otherwise."""
        return "redis" if self._redis is not None else "memory"

    async def start(self, subscribe_timeout_s: float = 2.0) -> None:
        """Listen to the shared channel (Redis only); returns once subscribed or timed out.

        A Redis outage must not stop the gateway from starting: the listener keeps retrying and
        until then every replica still serves its own sockets.
        """
        if self._redis is None:
            return
        self._tasks = [
            asyncio.create_task(self._listen(), name="webchat-listen"),
            asyncio.create_task(self._heartbeat(), name="webchat-heartbeat"),
        ]
        try:
            await asyncio.wait_for(self._subscribed.wait(), timeout=subscribe_timeout_s)
        except TimeoutError:
            logger.warning("web-chat bus not reachable at start-up; this replica serves alone")

    async def stop(self) -> None:
        """Stop listening and drop this replica's presence entries."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        if self._redis is not None:
            with contextlib.suppress(RedisError):
                for key in list(self._sockets):
                    await self._redis.hdel(self._presence_key(key), self.replica_id)
            await self._redis.aclose()

    async def attach(self, key: SessionKey, socket: Socket) -> str:
        """Register an open socket of `key`; returns its connection id."""
        connection_id = uuid.uuid4().hex
        self._sockets.setdefault(key, {})[connection_id] = socket
        await self._mark_present(key)
        return connection_id

    async def detach(self, key: SessionKey, connection_id: str) -> None:
        """Forget a closed socket; the session is offline here once its last socket is gone."""
        sockets = self._sockets.get(key, {})
        sockets.pop(connection_id, None)
        if sockets:
            return
        self._sockets.pop(key, None)
        if self._redis is not None:
            with contextlib.suppress(RedisError):
                await self._redis.hdel(self._presence_key(key), self.replica_id)

    def local_count(self, key: SessionKey) -> int:
        """Open sockets of `key` on this replica."""
        return len(self._sockets.get(key, {}))

    async def is_online(self, key: SessionKey) -> bool:
        """True when a socket of `key` is open on this or (Redis) any live replica."""
        if self.local_count(key):
            return True
        if self._redis is None:
            return False
        beats = await self._redis.hvals(self._presence_key(key))
        return any(float(b) > time.time() - PRESENCE_TTL_S for b in beats)

    async def publish(
        self, key: SessionKey, event: dict[str, Any], exclude: str | None = None
    ) -> bool:
        """Send `event` to every socket of `key` (except connection `exclude`) on every replica.

        Returns False when the bus is down: only this replica's sockets were reached.
        """
        if self._redis is None:
            await self._deliver(key, event, exclude)
            return True
        envelope = {"tenant": key[0], "session": key[1], "exclude": exclude, "event": event}
        try:
            await self._redis.publish(self._channel, json.dumps(envelope))
        except RedisError as exc:
            logger.warning("web-chat bus down (%s): this replica's sockets only", exc)
            await self._deliver(key, event, exclude)
            return False
        return True

    async def _deliver(self, key: SessionKey, event: dict[str, Any], exclude: str | None) -> int:
        delivered = 0
        for connection_id, socket in list(self._sockets.get(key, {}).items()):
            if connection_id == exclude:
                continue
            try:
                await socket.send_json(event)
                delivered += 1
            except Exception as exc:  # a socket closing under us must not stop the others
                logger.info("web-chat socket %s gone while sending: %s", connection_id, exc)
                await self.detach(key, connection_id)
        return delivered

    async def _listen(self) -> None:
        assert self._redis is not None
        while True:
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(self._channel)
                self._subscribed.set()
                async for raw in pubsub.listen():
                    await self._deliver_envelope(raw["data"])
            except RedisError as exc:
                logger.warning("web-chat bus lost (%s); resubscribing in 1 s", exc)
                await asyncio.sleep(1)
            finally:
                with contextlib.suppress(RedisError):
                    await pubsub.aclose()

    async def _deliver_envelope(self, data: bytes | str) -> None:
        try:
            envelope = json.loads(data)
            key = (envelope["tenant"], envelope["session"])
        except (ValueError, KeyError, TypeError) as exc:
            logger.warning("malformed web-chat bus message ignored: %s", exc)
            return
        if key in self._sockets:
            await self._deliver(key, envelope["event"], envelope.get("exclude"))

    def _presence_key(self, key: SessionKey) -> str:
        return f"{self._presence_prefix}{key[0]}:{key[1]}"

    async def _mark_present(self, key: SessionKey) -> None:
        if self._redis is None:
            return
        name = self._presence_key(key)
        try:
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.hset(name, self.replica_id, str(time.time()))
                pipe.expire(name, PRESENCE_TTL_S)
                await pipe.execute()
        except RedisError as exc:  # the next heartbeat retries; local delivery is unaffected
            logger.warning("web-chat presence not recorded: %s", exc)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            for key in list(self._sockets):
                await self._mark_present(key)
