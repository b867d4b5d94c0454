"""Core inserts of append-only rows: same stored values as a flush, same transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gateway.db.append import insert_now
from gateway.db.models import AuditLog, Conversation, Customer, Message
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.services.tenants import create_tenant


def _conversation(factory: sessionmaker[Session]) -> Conversation:
    with session_scope(factory) as session:
        tenant = create_tenant(session, "rows-isp", "Rows")
        customer = Customer(tenant_id=tenant.id, external_id="c-1")
        session.add(customer)
        session.flush()
        conversation = Conversation(tenant_id=tenant.id, customer_id=customer.id)
        session.add(conversation)
    return conversation


def test_rows_get_column_defaults_and_mapped_column_names(any_database_url: str) -> None:
    factory = create_session_factory(create_db_engine(any_database_url))
    conversation = _conversation(factory)
    message = Message(
        tenant_id=conversation.tenant_id,
        conversation_id=conversation.id,
        channel="whatsapp",
        role="customer",
        text="oi",
        metadata_={"origem": "teste"},
    )
    entry = AuditLog(
        tenant_id=conversation.tenant_id,
        event="decision",
        actor="gateway",
        entity="decision",
        entity_id="d-1",
    )
    with session_scope(factory) as session:
        insert_now(session, message, entry)
    with factory() as session:
        stored = session.scalars(select(Message)).one()
        audit = session.scalars(select(AuditLog).where(AuditLog.event == "decision")).one()
    assert stored.metadata_ == {"origem": "teste"} and stored.text == "oi"
    assert len(stored.id) == 36 and stored.created_at.tzinfo is not None  # Core defaults
    assert audit.id > 0 and audit.details == {} and audit.created_at is not None


def test_rows_roll_back_with_the_session(any_database_url: str) -> None:
    factory = create_session_factory(create_db_engine(any_database_url))
    conversation = _conversation(factory)
    with factory() as session:
        insert_now(
            session,
            Message(
                tenant_id=conversation.tenant_id,
                conversation_id=conversation.id,
                channel="phone",
                role="assistant",
                text="resposta",
            ),
        )
        session.rollback()
    with factory() as session:
        assert session.scalars(select(Message)).all() == []
