"""A replaced CSAT survey's outbox row is found through the indexed `survey_id` column."""

from __future__ import annotations

from typing import Any

from gw_app import Gateway, running_gateway
from sqlalchemy import Engine, event, select, update
from sqlalchemy.engine import Connection

from gateway.db.models import CsatSurvey, OutboxItem

CANCEL_SQL = "UPDATE outbox SET status"


def _configure(gw: Gateway) -> None:
    current = gw.client.get("/api/v1/tenant/settings", headers=gw.headers()).json()
    current["csat"] = {**current["csat"], "delay_s": 600}  # stays scheduled during the test
    assert gw.client.put("/api/v1/tenant/settings", json=current, headers=gw.headers()).is_success


def _capture_cancel(engine: Engine) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def before(_conn: Connection, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if sql.startswith(CANCEL_SQL):
            seen.append((sql, params))

    event.listen(engine, "before_cursor_execute", before)
    return seen


def _plan(engine: Engine, sql: str, params: Any) -> str:
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        if engine.dialect.name == "postgresql":
            # A tiny test table is cheaper to scan; only ask whether the index can serve it.
            cursor.execute("SET enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        rows = cursor.fetchall()
        conn.rollback()
    return "\n".join(" ".join(str(c) for c in row) for row in rows)


def test_a_newer_resolution_cancels_the_waiting_survey_through_the_index(any_database_url) -> None:
    with running_gateway(any_database_url, delivery_worker="off") as gw:
        _configure(gw)
        engine: Engine = gw.app.state.session_factory.kw["bind"]
        gw.message("segunda via do boleto", channel="phone")
        factory = gw.app.state.session_factory
        with factory() as session:
            other = session.scalars(select(OutboxItem)).one()
            other_survey = other.survey_id
        cancels = _capture_cancel(engine)
        gw.message("quero mudar de plano", channel="phone")
        with factory() as session:
            rows = session.execute(
                select(OutboxItem.survey_id, OutboxItem.status, OutboxItem.payload)
            ).all()
            surveys = dict(session.execute(select(CsatSurvey.id, CsatSurvey.status)).all())
    assert other_survey is not None and surveys[other_survey] == "cancelled"
    by_survey = {survey_id: status for survey_id, status, _ in rows}
    assert by_survey == {sid: "cancelled" if sid == other_survey else "pending" for sid in surveys}
    assert all(payload["survey_id"] == survey_id for survey_id, _, payload in rows)
    assert len(cancels) == 1
    assert "ix_outbox_survey_id" in _plan(engine, *cancels[0])


def test_a_leased_survey_row_is_left_to_its_worker(any_database_url) -> None:
    with running_gateway(any_database_url, delivery_worker="off") as gw:
        _configure(gw)
        gw.message("segunda via do boleto", channel="phone")
        factory = gw.app.state.session_factory
        with factory() as session:
            session.execute(update(OutboxItem).values(claim_token="worker-1"))
            session.commit()
        gw.message("quero mudar de plano", channel="phone")
        with factory() as session:
            statuses = session.scalars(select(OutboxItem.status)).all()
            leased = session.scalars(
                select(OutboxItem.status).where(OutboxItem.claim_token == "worker-1")
            ).all()
    assert leased == ["pending"]  # the worker's prepare step sees the cancelled survey
    assert sorted(statuses) == ["pending", "pending"]
