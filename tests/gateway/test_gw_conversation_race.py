"""One open conversation per customer, even under simultaneous messages (migration 0005)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import command
from gw_race import second_waits_for_first_commit, send_at_once
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gateway.db.migrate import alembic_config, run_migrations
from gateway.db.models import Conversation, Customer
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.services.message_flow import open_thread
from gateway.services.tenants import create_tenant

SEEDED = "cliente-basic-001"  # tenant A's customer with no conversation yet


def _open_conversations(factory: sessionmaker[Session], customer_id: str) -> list[str]:
    with factory() as session:
        return list(
            session.scalars(
                select(Conversation.id).where(
                    Conversation.customer_id == customer_id, Conversation.status == "open"
                )
            )
        )


def _new_customer(factory: sessionmaker[Session]) -> tuple[str, str]:
    """(tenant id, customer id) of a new tenant's customer with no conversation."""
    with session_scope(factory) as session:
        tenant_id = create_tenant(session, "race-isp", "Race").id
        customer = Customer(tenant_id=tenant_id, external_id="c-1")
        session.add(customer)
        session.flush()
        return tenant_id, customer.id


def test_simultaneous_messages_of_a_known_customer_share_one_conversation(any_gateway) -> None:
    gw = any_gateway
    responses = send_at_once(gw, 6, "estou sem internet", customer=SEEDED)
    assert [r.status_code for r in responses] == [200] * 6
    factory = gw.app.state.session_factory
    with factory() as session:
        customer_id = session.scalar(select(Customer.id).where(Customer.external_id == SEEDED))
    opened = _open_conversations(factory, customer_id)
    assert len(opened) == 1
    assert {r.json()["conversation_id"] for r in responses} == set(opened)


def test_a_second_transaction_waits_and_joins_the_first_ones_conversation(any_database_url) -> None:
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    tenant_id, customer_id = _new_customer(factory)
    first = factory()
    created, _ = open_thread(first, None, tenant_id, customer_id, datetime.now(UTC))
    seen: dict[str, str] = {}

    def second() -> None:
        with factory() as session:
            joined, _ = open_thread(session, None, tenant_id, customer_id, datetime.now(UTC))
            seen["id"] = joined.id
            session.commit()

    second_waits_for_first_commit(first, second)
    assert seen["id"] == created.id
    assert _open_conversations(factory, customer_id) == [created.id]
    engine.dispose()


def test_a_closed_conversation_is_not_reused(any_database_url) -> None:
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    tenant_id, customer_id = _new_customer(factory)
    with session_scope(factory) as session:
        old, _ = open_thread(session, None, tenant_id, customer_id, datetime.now(UTC))
        old.status = "closed"
    with session_scope(factory) as session:  # the context cache still names the closed one
        new, handoff = open_thread(session, old.id, tenant_id, customer_id, datetime.now(UTC))
        assert (new.id != old.id, new.status, handoff) == (True, "open", None)
    engine.dispose()


_outbox = sa.table(
    "outbox",
    sa.column("id", sa.String),
    sa.column("tenant_id", sa.String),
    sa.column("event_id", sa.String),
    sa.column("event_type", sa.String),
    sa.column("target", sa.String),
    sa.column("destination", sa.String),
    sa.column("payload", sa.JSON),
    sa.column("status", sa.String),
    sa.column("attempts", sa.Integer),
    sa.column("next_attempt_at", sa.DateTime(timezone=True)),
    sa.column("last_error", sa.String),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def _outbox_row(
    tenant_id: str, event_type: str, payload: dict[str, Any], now: datetime
) -> dict[str, Any]:
    row_id = f"{event_type}-{len(str(payload))}-{payload.get('survey_id', 'x')}"
    return {
        "id": row_id[:36],
        "tenant_id": tenant_id,
        "event_id": row_id[:36],
        "event_type": event_type,
        "target": "channel",
        "destination": "whatsapp",
        "payload": payload,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "last_error": "",
        "created_at": now,
    }


def test_migration_0005_closes_older_duplicates_and_fills_survey_ids(any_database_url) -> None:
    command.downgrade(alembic_config(any_database_url), "0004")
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    now = datetime.now(UTC)
    with session_scope(factory) as session:
        tenant_id = create_tenant(session, "old-isp", "Old").id
        twice, once = (Customer(tenant_id=tenant_id, external_id=x) for x in ("c-2", "c-1"))
        session.add_all([twice, once])
        session.flush()
        ids = {"twice": twice.id, "once": once.id}
        for age, customer_id in ((3, twice.id), (1, twice.id), (2, twice.id), (5, once.id)):
            session.add(
                Conversation(
                    id=f"conv-{age}",
                    tenant_id=tenant_id,
                    customer_id=customer_id,
                    created_at=now - timedelta(hours=age),
                )
            )
    with engine.begin() as conn:  # the 0004 outbox, without the survey_id column
        conn.execute(
            sa.insert(_outbox),
            [
                _outbox_row(tenant_id, "csat_survey", {"survey_id": "s-1", "message": {}}, now),
                _outbox_row(tenant_id, "message.analyzed", {"id": "e-1"}, now),
            ],
        )
    engine.dispose()

    run_migrations(any_database_url)
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    assert _open_conversations(factory, ids["twice"]) == ["conv-1"]  # the newest stays open
    assert _open_conversations(factory, ids["once"]) == ["conv-5"]
    with factory() as session:
        closed = session.scalars(select(Conversation).where(Conversation.status == "closed"))
        assert sorted(c.id for c in closed if c.closed_at is not None) == ["conv-2", "conv-3"]
        survey_ids = session.execute(sa.text("SELECT event_type, survey_id FROM outbox")).all()
    assert sorted(survey_ids) == [("csat_survey", "s-1"), ("message.analyzed", None)]
    engine.dispose()
