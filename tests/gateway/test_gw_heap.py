"""While the app runs, its long-lived objects are kept out of the collector's full passes."""

from __future__ import annotations

import gc

from gw_app import running_gateway


def _in_a_generation(obj: object) -> bool:
    """True when collections would walk `obj` (frozen objects are in no generation)."""
    return any(o is obj for o in gc.get_objects())


def test_the_running_app_is_frozen_and_released_at_shutdown(sqlite_url: str) -> None:
    with running_gateway(sqlite_url) as gateway:
        metrics = gateway.app.state.metrics
        assert gc.is_tracked(metrics)
        assert not _in_a_generation(metrics)
        assert gateway.message("quero a segunda via do boleto").status_code == 200
    assert _in_a_generation(metrics)  # after shutdown it can be collected again
