"""The SQLite write gate: writers queue in Python, not in SQLite's sleeping busy handler."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from gateway.db.session import create_db_engine, sqlite_gate
from gateway.db.sqlite_gate import SqliteGate


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gate.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE items (id INTEGER PRIMARY KEY, owner TEXT)"))
    yield engine
    engine.dispose()


def _gate(engine: Engine) -> SqliteGate:
    gate = sqlite_gate(engine)
    assert gate is not None
    return gate


def test_a_write_holds_the_gate_until_commit_and_reads_never_take_it(engine: Engine) -> None:
    gate = _gate(engine)
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM items")).scalar_one()
        assert gate.is_free()
        conn.execute(text("INSERT INTO items (owner) VALUES ('a')"))
        assert not gate.is_free()
        conn.execute(text("UPDATE items SET owner = 'b'"))  # same transaction: no second take
        conn.commit()
        assert gate.is_free()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT owner FROM items")).scalar_one() == "b"


def test_rollback_and_an_abandoned_transaction_give_the_gate_back(engine: Engine) -> None:
    gate = _gate(engine)
    with engine.connect() as conn:
        conn.execute(text("INSERT INTO items (owner) VALUES ('a')"))
        conn.rollback()
        assert gate.is_free()
    with engine.connect() as conn:  # returned to the pool uncommitted: reset rolls it back
        conn.execute(text("INSERT INTO items (owner) VALUES ('b')"))
    assert gate.is_free()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM items")).scalar_one() == 0


def test_a_second_writer_waits_at_the_gate_before_sqlite_sees_its_write(engine: Engine) -> None:
    gate = _gate(engine)
    about_to_write = threading.Event()
    sent: list[str] = []
    errors: list[BaseException] = []

    def second_writer() -> None:
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                raw.set_trace_callback(sent.append)  # statements as SQLite receives them
                about_to_write.set()
                conn.execute(text("INSERT INTO items (owner) VALUES ('second')"))
                conn.commit()
                raw.set_trace_callback(None)
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    with engine.connect() as first:
        first.execute(text("INSERT INTO items (owner) VALUES ('first')"))
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert about_to_write.wait(10)
        thread.join(0.3)
        # Still waiting, and SQLite has not been asked to write: the wait is the gate's (without
        # it, the INSERT would have reached SQLite and be sleeping in its busy handler).
        assert thread.is_alive()
        assert not any("INSERT" in statement for statement in sent), sent
        assert not gate.is_free()
        first.commit()
    thread.join(10)
    assert not thread.is_alive() and not errors
    assert any("INSERT" in statement for statement in sent)
    assert gate.is_free()
    with engine.connect() as conn:
        owners = conn.execute(text("SELECT owner FROM items ORDER BY id")).scalars().all()
    assert owners == ["first", "second"]


def test_concurrent_writers_all_commit(engine: Engine) -> None:
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for _ in range(25):
                with engine.begin() as conn:
                    conn.execute(text("INSERT INTO items (owner) VALUES (:o)"), {"o": name})
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(f"w{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM items")).scalar_one() == 200
    assert _gate(engine).is_free()


def test_postgresql_engines_have_no_gate() -> None:
    engine = create_db_engine("postgresql://127.0.0.1:5432/test")  # no connection is made
    assert sqlite_gate(engine) is None
    engine.dispose()
