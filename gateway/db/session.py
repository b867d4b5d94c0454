"""Engine and session factory; SQLite by default, PostgreSQL through `DATABASE_URL`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from gateway.db.models import forbid_audit_changes
from gateway.db.sqlite_gate import SqliteGate

SQLITE_BUSY_TIMEOUT_MS = 5000
_gates: WeakKeyDictionary[Engine, SqliteGate] = WeakKeyDictionary()


def normalise_database_url(url: str) -> str:
    """Pick the psycopg 3 driver for plain `postgresql://` URLs (psycopg2 is not installed)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str) -> Engine:
    """An engine for `url`, tuned for the gateway's short write transactions."""
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        gate = SqliteGate(timeout_s=SQLITE_BUSY_TIMEOUT_MS / 1000)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "factory": gate.connection_factory()},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # Writers queue on the gate instead of sleeping in SQLite's busy handler.
        event.listen(engine, "before_cursor_execute", gate.before_cursor_execute)
        _gates[engine] = gate
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # WAL + NORMAL sync keeps commits sub-millisecond; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def sqlite_gate(engine: Engine) -> SqliteGate | None:
    """The write gate of a SQLite engine made by `create_db_engine` (None for other engines)."""
    return _gates.get(engine)


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose sessions refuse to modify audit log rows."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    event.listen(factory, "before_flush", forbid_audit_changes)
    return factory


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session committed on success and rolled back on error (for CLI and seeding code)."""
    session = factory()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
