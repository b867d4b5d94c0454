"""The outbox's database side: claim due rows with a lease, gate them through the destination's
circuit breaker, and record each attempt's outcome. Synchronous; the worker calls it in a thread.

Every write after the claim is conditional on the row's `claim_token`, so a worker whose lease ran
out (it was frozen or killed) can no longer overwrite the work of the worker that took over.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from gateway.db.models import DeliveryCircuit, OutboxItem, new_id
from gateway.webhooks.policy import BreakerPolicy, RetryPolicy

logger = logging.getLogger("gateway.webhooks")


@dataclass(frozen=True)
class ClaimedItem:
    """An outbox row this worker holds the lease of."""

    id: str
    tenant_id: str
    event_id: str
    event_type: str
    target: str
    destination: str
    payload: dict[str, Any]
    attempts: int
    claim_token: str
    leased_until: datetime


@dataclass(frozen=True)
class Outcome:
    """What one attempt gave."""

    kind: Literal["delivered", "failed", "cancelled"]
    retryable: bool = True
    status_code: int | None = None
    error: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Admission:
    """Whether the breaker lets this row through now (`go`), or until when it waits."""

    go: bool
    probe: bool = False
    wait_until: datetime | None = None


def _claimable(now: datetime):
    return (
        (OutboxItem.status == "pending")
        & (OutboxItem.next_attempt_at <= now)
        & or_(OutboxItem.locked_until.is_(None), OutboxItem.locked_until < now)
    )


def claim_due(
    factory: sessionmaker[Session], now: datetime, lease_s: float, limit: int
) -> list[ClaimedItem]:
    """Lease up to `limit` due rows, oldest first.

    PostgreSQL: `FOR UPDATE SKIP LOCKED` lets replicas claim disjoint rows without waiting on
    each other. SQLite has one writer at a time; the conditional UPDATE below re-checks each row.
    """
    with factory() as session:
        ids = session.scalars(
            select(OutboxItem.id)
            .where(_claimable(now))
            # Rows parked together for a breaker share a time: the least tried goes first.
            .order_by(OutboxItem.next_attempt_at, OutboxItem.attempts, OutboxItem.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        tokens: dict[str, str] = {}
        for item_id in ids:
            token = new_id()
            claimed = session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item_id, _claimable(now))
                .values(locked_until=now + timedelta(seconds=lease_s), claim_token=token)
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount == 1:  # type: ignore[attr-defined]
                tokens[item_id] = token
        rows = (
            session.scalars(select(OutboxItem).where(OutboxItem.id.in_(tokens))).all()
            if tokens
            else []
        )
        items = [
            ClaimedItem(
                id=row.id,
                tenant_id=row.tenant_id,
                event_id=row.event_id,
                event_type=row.event_type,
                target=row.target,
                destination=row.destination,
                payload=dict(row.payload),
                attempts=row.attempts,
                claim_token=tokens[row.id],
                leased_until=now + timedelta(seconds=lease_s),
            )
            for row in rows
        ]
        session.commit()
    items.sort(key=lambda i: ids.index(i.id))
    return items


def _held(item: ClaimedItem):
    return (OutboxItem.id == item.id) & (OutboxItem.claim_token == item.claim_token)


def _circuit(session: Session, item: ClaimedItem) -> DeliveryCircuit | None:
    return session.scalar(
        select(DeliveryCircuit)
        .where(
            DeliveryCircuit.tenant_id == item.tenant_id,
            DeliveryCircuit.destination == item.destination,
        )
        .with_for_update()
    )


def breaker_decision(
    circuit: DeliveryCircuit | None, now: datetime, policy: BreakerPolicy
) -> Admission:
    """Closed: go. Open: wait out the cool-down, then turn half-open and let one probe go."""
    if circuit is None or circuit.state == "closed":
        return Admission(go=True)
    if circuit.state == "open" and circuit.opened_at is not None:
        reopens = policy.reopens_at(circuit.opened_at)
        if now < reopens:
            return Admission(go=False, wait_until=reopens)
    elif circuit.state == "half_open" and circuit.probe_until and circuit.probe_until > now:
        # Look again soon: the probe usually answers long before its lease runs out.
        soon = now + timedelta(seconds=min(policy.cooldown_s, 1.0))
        return Admission(go=False, wait_until=min(circuit.probe_until, soon))
    # Cool-down over (or the previous probe's lease expired): this row is the probe.
    circuit.state = "half_open"
    circuit.probe_until = now + timedelta(seconds=policy.probe_lease_s)
    circuit.updated_at = now
    return Admission(go=True, probe=True)


def admit(
    factory: sessionmaker[Session],
    item: ClaimedItem,
    now: datetime,
    breaker: BreakerPolicy,
    lease_s: float,
    send_timeout_s: float,
) -> Admission:
    """Ask the destination's breaker; renew the row's lease to go, or park the row to wait.

    The common case writes nothing: a closed circuit and a claim young enough to outlast the
    request (rows late in a long batch get their lease renewed first).
    """
    with factory() as session:
        circuit = _circuit(session, item)
        admission = breaker_decision(circuit, now, breaker)
        fresh = item.leased_until - now > timedelta(seconds=2 * send_timeout_s)
        if admission.go and not admission.probe and fresh:
            session.rollback()  # releases the circuit row lock taken above (PostgreSQL)
            return admission
        if admission.go:
            values: dict[str, Any] = {"locked_until": now + timedelta(seconds=lease_s)}
        else:  # waiting for the breaker costs no attempt
            values = {"next_attempt_at": admission.wait_until, "locked_until": None}
            values["claim_token"] = None
        if not _update_held(session, item, values):
            logger.warning("outbox row %s: lease lost before sending; skipped", item.id)
            return Admission(go=False)
        session.commit()
    return admission


def _update_held(session: Session, item: ClaimedItem, values: dict[str, Any]) -> bool:
    """Update the row only while this worker still holds its lease; rolls back when it lost it."""
    held = session.execute(
        update(OutboxItem)
        .where(_held(item))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if held.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        return False
    return True


def _record_circuit(
    session: Session, item: ClaimedItem, outcome: Outcome, now: datetime, policy: BreakerPolicy
) -> DeliveryCircuit | None:
    if outcome.kind == "cancelled" or (outcome.kind == "failed" and not outcome.retryable):
        return None  # the destination answered: it is up, whatever it thought of this request
    circuit = _circuit(session, item)
    if circuit is None:
        if outcome.kind == "delivered":
            return None
        circuit = DeliveryCircuit(
            tenant_id=item.tenant_id, destination=item.destination, consecutive_failures=0
        )
        session.add(circuit)
    circuit.updated_at = now
    circuit.probe_until = None
    if outcome.kind == "delivered":
        circuit.state, circuit.consecutive_failures, circuit.opened_at = "closed", 0, None
        return circuit
    circuit.consecutive_failures += 1
    if circuit.state == "half_open" or circuit.consecutive_failures >= policy.threshold:
        if circuit.state != "open":
            logger.warning(
                "circuit of %s opened after %d failures",
                item.destination,
                circuit.consecutive_failures,
            )
        circuit.state, circuit.opened_at = "open", now
    return circuit


def _after_reopen(
    circuit: DeliveryCircuit | None, values: dict[str, Any], policy: BreakerPolicy
) -> datetime | None:
    """When a retried row fails into an open circuit, it waits for the reopening too.

    It goes behind the rows already waiting there (by its own backoff), so successive half-open
    probes rotate over the waiting rows instead of spending one row's attempts on every probe.
    """
    if circuit is None or circuit.state != "open" or circuit.opened_at is None:
        return None
    retry_at = values.get("next_attempt_at")
    if retry_at is None or values.get("status") is not None:
        return None
    reopens = policy.reopens_at(circuit.opened_at)
    return reopens + (retry_at - circuit.opened_at) if retry_at < reopens else None


def _row_values(
    item: ClaimedItem, outcome: Outcome, now: datetime, retry: RetryPolicy, rng: random.Random
) -> dict[str, Any]:
    attempts = item.attempts + (0 if outcome.kind == "cancelled" else 1)
    values: dict[str, Any] = {
        "attempts": attempts,
        "locked_until": None,
        "claim_token": None,
        "last_status_code": outcome.status_code,
        "last_error": outcome.error[:500],
    }
    if outcome.kind == "delivered":
        values.update(status="delivered", delivered_at=now)
    elif outcome.kind == "cancelled":
        values.update(status="cancelled")
    elif not outcome.retryable or attempts >= retry.max_attempts:
        values.update(status="dead", dead_at=now)
    else:
        delay = retry.delay_s(attempts, rng)
        values.update(next_attempt_at=now + timedelta(seconds=delay))
    return values


FinishHook = Callable[[Session, ClaimedItem, str, Outcome], None]


def finish(
    factory: sessionmaker[Session],
    item: ClaimedItem,
    outcome: Outcome,
    now: datetime,
    retry: RetryPolicy,
    breaker: BreakerPolicy,
    rng: random.Random,
    hook: FinishHook | None = None,
) -> str | None:
    """Record an attempt: delivered, retried later, dead-lettered or cancelled.

    Returns the row's new status, or None when the lease had passed to another worker. `hook`
    runs in the same transaction with the new status (the CSAT survey follows its message).
    """
    values = _row_values(item, outcome, now, retry, rng)
    for attempt in range(2):  # a second try only when two workers created one circuit at once
        with factory() as session:
            try:
                if not _update_held(session, item, values):
                    logger.warning("outbox row %s: lease lost; outcome not recorded", item.id)
                    return None
                circuit = _record_circuit(session, item, outcome, now, breaker)
                later = _after_reopen(circuit, values, breaker)
                if later is not None:
                    session.execute(
                        update(OutboxItem)
                        .where(OutboxItem.id == item.id)
                        .values(next_attempt_at=later)
                        .execution_options(synchronize_session=False)
                    )
                status = values.get("status", "pending")
                if hook is not None:
                    hook(session, item, status, outcome)
                session.commit()
                return status
            except IntegrityError:
                session.rollback()
                if attempt == 1:
                    raise
    raise AssertionError("unreachable")  # the loop returns or raises
