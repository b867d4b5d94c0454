"""Simultaneous first messages from a new customer resolve to one customer, never a 500."""

from __future__ import annotations

from gw_race import second_waits_for_first_commit, send_at_once
from sqlalchemy import func, select

from gateway.db.models import Customer
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.services.message_flow import resolve_customer
from gateway.services.tenants import create_tenant

NEW_ID = "cliente-novo-7788"


def test_a_second_transaction_waits_for_the_first_and_gets_its_customer(any_database_url) -> None:
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    with session_scope(factory) as session:
        tenant_id = create_tenant(session, "race-isp", "Race").id
    first = factory()
    created = resolve_customer(first, tenant_id, NEW_ID)  # inserted, not committed yet
    seen: dict[str, str] = {}

    def second() -> None:
        with factory() as session:
            seen["id"] = resolve_customer(session, tenant_id, NEW_ID).id
            session.commit()

    second_waits_for_first_commit(first, second)
    assert seen["id"] == created.id
    with factory() as session:
        count = session.scalar(select(func.count()).where(Customer.external_id == NEW_ID))
    assert count == 1
    engine.dispose()


def test_a_rolled_back_first_message_leaves_no_customer(any_database_url) -> None:
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    with session_scope(factory) as session:
        tenant_id = create_tenant(session, "race-isp", "Race").id
    with factory() as session:
        resolve_customer(session, tenant_id, NEW_ID)
        session.rollback()  # e.g. the model server was down: nothing of the request stays
    with factory() as session:
        assert session.scalar(select(Customer).where(Customer.external_id == NEW_ID)) is None
    engine.dispose()


def test_simultaneous_first_messages_all_succeed(any_gateway) -> None:
    gw = any_gateway
    responses = send_at_once(gw, 4, "estou sem internet", customer="+5511988887766")
    assert [r.status_code for r in responses] == [200] * 4
    with gw.app.state.session_factory() as session:
        phones = session.scalars(
            select(Customer.phone).where(Customer.external_id == "+5511988887766")
        )
        assert list(phones) == ["5511988887766"]
