"""One writing transaction at a time per SQLite database in this process, queued in Python.

SQLite lets one connection write at a time. A second writer waits in SQLite's busy handler,
which sleeps in growing steps (1, 2, 5, 10 ... 100 ms) and retries, so under concurrent
messages a writer can sleep far longer than the transaction it waits for: the gateway's p99 at
concurrency 8 ran to hundreds of milliseconds on the embedded default. Here a connection takes
the database's gate (a lock) before its first write statement and gives it back after its
commit or rollback: a waiting writer wakes as soon as the gate is free.

Reads take no gate (WAL readers never wait for the writer). Another process writing the same
file still meets SQLite's own lock and busy handler, as before. A writer that cannot get the
gate within the busy timeout goes on without it and lets SQLite decide, so the gate can make a
wait shorter but never turns one into a deadlock.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class SqliteGate:
    """The write gate of one database file, shared by its engine's connections."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._lock = threading.Lock()

    def connection_factory(self) -> type[sqlite3.Connection]:
        """A `sqlite3.Connection` class (`connect(factory=...)`) that releases this gate."""
        gate = self

        class GatedConnection(sqlite3.Connection):
            holds_gate = False

            def take_gate(self) -> None:
                if not self.holds_gate:
                    self.holds_gate = gate._lock.acquire(timeout=gate.timeout_s)

            def _release(self) -> None:
                if self.holds_gate:
                    self.holds_gate = False
                    gate._lock.release()

            def commit(self) -> None:
                try:
                    super().commit()
                finally:
                    self._release()

            def rollback(self) -> None:
                try:
                    super().rollback()
                finally:
                    self._release()

            def close(self) -> None:
                try:
                    super().close()  # an open transaction is rolled back
                finally:
                    self._release()

        return GatedConnection

    def before_cursor_execute(
        self, _conn: Any, cursor: Any, statement: str, *_args: Any, **_kwargs: Any
    ) -> None:
        """SQLAlchemy `before_cursor_execute` hook: take the gate before a write statement."""
        if statement.lstrip()[:7].upper().startswith(WRITE_VERBS):
            cursor.connection.take_gate()  # the engine's connections are all GatedConnection

    def is_free(self) -> bool:
        """True when no connection holds the gate (for tests and diagnostics)."""
        if self._lock.acquire(blocking=False):
            self._lock.release()
            return True
        return False
