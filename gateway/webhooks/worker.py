"""The delivery worker: claims due outbox rows and sends them.

Rows of one destination start in order with at most `delivery_concurrency_per_destination` in
flight, so an endpoint that starts failing trips its breaker after a few attempts instead of a
whole batch at once; different destinations are served concurrently. Database calls run in
threads: in the embedded mode this loop shares the event loop with the API.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections import defaultdict
from dataclasses import dataclass

import httpx
from prometheus_client import CollectorRegistry
from sqlalchemy.orm import Session, sessionmaker

from gateway.channels.outbound import OutboundChannels, OutboundMessage
from gateway.core.config import Settings
from gateway.db.models import Tenant, utcnow
from gateway.services.tenants import tenant_settings
from gateway.webhooks import signing
from gateway.webhooks.endpoints import SecretMissing, endpoint_for_url, signing_secret
from gateway.webhooks.metrics import DeliveryMetrics
from gateway.webhooks.outbox import WEBHOOK_TARGET
from gateway.webhooks.policy import BreakerPolicy, RetryPolicy, is_retryable_status
from gateway.webhooks.store import ClaimedItem, Outcome, admit, claim_due, finish

logger = logging.getLogger("gateway.webhooks")

USER_AGENT = "omnichat-webhooks/1"


def encode_body(payload: dict[str, object]) -> bytes:
    """The exact bytes sent and signed (stable key order, UTF-8)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


@dataclass(frozen=True)
class _Secret:
    value: str | None
    error: str = ""


class DeliveryWorker:
    """Delivers the outbox of one database; safe to run in several processes at once."""

    def __init__(
        self,
        settings: Settings,
        session_factory: sessionmaker[Session],
        outbound: OutboundChannels,
        rng: random.Random | None = None,
        metrics: DeliveryMetrics | None = None,
    ) -> None:
        self.settings = settings
        self._factory = session_factory
        self._outbound = outbound
        self._rng = rng or random.Random()
        self._metrics = metrics or DeliveryMetrics(CollectorRegistry())
        self._retry = RetryPolicy.from_settings(settings)
        self._breaker = BreakerPolicy.from_settings(settings)

    async def run_once(self) -> int:
        """Claim one batch of due rows and attempt each; returns how many were claimed."""
        items = await asyncio.to_thread(
            claim_due,
            self._factory,
            utcnow(),
            self.settings.delivery_lease_s,
            self.settings.delivery_batch_size,
        )
        if not items:
            return 0
        groups: dict[tuple[str, str], list[ClaimedItem]] = defaultdict(list)
        for item in items:
            groups[(item.tenant_id, item.destination)].append(item)
        timeout = httpx.Timeout(self.settings.webhook_timeout_s)
        async with httpx.AsyncClient(timeout=timeout, headers={"User-Agent": USER_AGENT}) as http:
            await asyncio.gather(*(self._deliver_in_order(http, g) for g in groups.values()))
        return len(items)

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Drain until `stop` is set, polling every `delivery_poll_interval_s` when idle."""
        while not stop.is_set():
            try:
                claimed = await self.run_once()
            except Exception:  # the database may be down for a moment: keep the loop alive
                logger.exception("delivery pass failed; retrying after the poll interval")
                claimed = 0
            if claimed == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.settings.delivery_poll_interval_s)

    async def _deliver_in_order(self, http: httpx.AsyncClient, items: list[ClaimedItem]) -> None:
        # Started in order, at most N in flight: a CRM answering in 100 ms still takes 40
        # events/s per worker at N=4, and a failing one costs at most N-1 extra failures before
        # its breaker opens.
        limit = asyncio.Semaphore(self.settings.delivery_concurrency_per_destination)

        async def deliver(item: ClaimedItem) -> None:
            async with limit:
                await self._deliver(http, item)

        await asyncio.gather(*(deliver(item) for item in items))

    async def _deliver(self, http: httpx.AsyncClient, item: ClaimedItem) -> None:
        admission = await asyncio.to_thread(
            admit,
            self._factory,
            item,
            utcnow(),
            self._breaker,
            self.settings.delivery_lease_s,
            self.settings.webhook_timeout_s,
        )
        if not admission.go:
            if admission.wait_until is not None:
                self._metrics.deferred.labels(target=item.target).inc()
            return
        try:
            if item.target == WEBHOOK_TARGET:
                outcome = await self._post(http, item)
            else:
                outcome = await self._send_on_channel(item)
        except Exception as exc:  # a failing sender must not stop the worker; the row is retried
            logger.exception("delivery of outbox row %s raised", item.id)
            outcome = Outcome("failed", error=f"{exc.__class__.__name__}: {exc}")
        hook = None if item.target == WEBHOOK_TARGET else _channel_hook
        status = await asyncio.to_thread(
            finish,
            self._factory,
            item,
            outcome,
            utcnow(),
            self._retry,
            self._breaker,
            self._rng,
            hook,
        )
        self._metrics.record(item.target, status)
        if status == "dead":
            logger.warning(
                "outbox row %s (%s to %s) dead-lettered after %d attempts: %s",
                item.id,
                item.event_type,
                item.destination,
                item.attempts + 1,
                outcome.error,
            )

    def _secret(self, item: ClaimedItem) -> _Secret:
        with self._factory() as session:
            tenant = session.get(Tenant, item.tenant_id)
            if tenant is None:
                return _Secret(None, "tenant no longer exists")
            endpoint = endpoint_for_url(
                tenant.slug, tenant_settings(tenant).webhooks, item.destination
            )
        if endpoint is None:
            return _Secret(None, "endpoint removed or disabled in the tenant's settings")
        try:
            return _Secret(signing_secret(endpoint))
        except SecretMissing as exc:
            return _Secret(None, str(exc))

    async def _post(self, http: httpx.AsyncClient, item: ClaimedItem) -> Outcome:
        secret = await asyncio.to_thread(self._secret, item)
        if secret.value is None:
            return Outcome("failed", retryable=False, error=secret.error)
        body = encode_body(item.payload)
        headers = {
            "Content-Type": "application/json",
            signing.EVENT_ID_HEADER: item.event_id,
            signing.EVENT_TYPE_HEADER: item.event_type,
            **signing.signed_headers(secret.value, body),
        }
        try:
            response = await http.post(item.destination, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return Outcome("failed", error=f"{exc.__class__.__name__}: {exc}"[:500])
        if 200 <= response.status_code < 300:
            return Outcome("delivered", status_code=response.status_code)
        return Outcome(
            "failed",
            retryable=is_retryable_status(response.status_code),
            status_code=response.status_code,
            error=f"HTTP {response.status_code}: {response.text[:200]}",
        )

    async def _send_on_channel(self, item: ClaimedItem) -> Outcome:
        message = await asyncio.to_thread(_prepare_channel_message, self._factory, item)
        if message is None:
            return Outcome("cancelled", error="no longer needed")
        result = await self._outbound.send(message)
        if result.status == "failed":
            return Outcome(
                "failed",
                retryable=result.retryable,
                error=f"channel {item.destination}: {result.detail}",
            )
        return Outcome(
            "delivered",
            details={
                "channel_status": result.status,
                "provider_message_id": result.provider_message_id,
            },
        )


def _prepare_channel_message(
    factory: sessionmaker[Session], item: ClaimedItem
) -> OutboundMessage | None:
    from gateway.csat.surveys import SURVEY_EVENT, prepare_survey_message

    if item.event_type == SURVEY_EVENT:
        with factory() as session:
            message = prepare_survey_message(session, item)
            session.commit()
        return message
    return OutboundMessage(**item.payload["message"])


def _channel_hook(session: Session, item: ClaimedItem, status: str, outcome: Outcome) -> None:
    from gateway.channels.reply_retry import REPLY_RETRY_EVENT, reply_delivery_finished
    from gateway.csat.surveys import SURVEY_EVENT, survey_delivery_finished

    if item.event_type == SURVEY_EVENT:
        recorded_only = outcome.details.get("channel_status") == "recorded"
        survey_delivery_finished(session, item, status, recorded_only)
    elif item.event_type == REPLY_RETRY_EVENT:
        reply_delivery_finished(session, item, outcome, utcnow())
