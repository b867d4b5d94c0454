"""Two transactions racing for one row: the second must wait for the first, then join it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from gw_app import Gateway
from sqlalchemy.orm import Session


def send_at_once(gw: Gateway, count: int, message: str, customer: str) -> list[Any]:
    """POST `message` from `customer` `count` times, all released together; the responses."""
    start = threading.Barrier(count)

    def send(_: int) -> Any:
        start.wait()
        return gw.message(message, customer=customer)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(send, range(count)))


def second_waits_for_first_commit(first: Session, second: Callable[[], None]) -> None:
    """Run `second` in a thread while `first` holds its uncommitted insert, then commit `first`.

    `second` must still be blocked (waiting on the row, not failed) before the commit, and done
    soon after it.
    """
    thread = threading.Thread(target=second)
    thread.start()
    thread.join(timeout=0.5)
    assert thread.is_alive()  # waiting on the first transaction's row, not failed
    first.commit()
    first.close()
    thread.join(timeout=10)
    assert not thread.is_alive()
