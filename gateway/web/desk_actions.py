"""The desk's claim / reply / resolve go through the JSON API's own handlers.

The pages call the functions of `gateway.api.routes.handoffs` directly, so the browser and the API
share one implementation (queue rules, feedback rows, audit entries, the reply leaving on the
customer's channel). A handler that becomes `async` is awaited from the worker thread.
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

import anyio.from_thread
from fastapi import HTTPException, Request
from sqlalchemy.orm import Session

from gateway.api.deps import Caller
from gateway.api.routes import handoffs
from gateway.schemas.handoff import HandoffClaim, HandoffReply, HandoffResolve
from gateway.services.tenants import tenant_settings
from gateway.web.session import Staff


class DeskActionRefused(Exception):
    """The API refused the action (e.g. already claimed); `reason` is shown to the agent."""

    def __init__(self, status_code: int, reason: str) -> None:
        super().__init__(reason)
        self.status_code = status_code
        self.reason = reason


def _caller(staff: Staff) -> Caller:
    # The audit log names the agent (body.agent); the key fields say it came from the dashboard.
    return Caller(
        tenant=staff.tenant,
        settings=tenant_settings(staff.tenant),
        api_key_id=f"staff:{staff.user.id}",
        api_key_prefix="dashboard",
    )


def _call(handler: Callable[..., Any], request: Request, **kwargs: Any) -> Any:
    """Call a route handler with the keyword arguments its signature asks for."""
    state = request.app.state
    available = {
        "contexts": state.context_engine,
        "metrics": state.metrics,
        "request": request,
        **kwargs,
    }
    for name in ("outbound", "outbound_channels"):
        if hasattr(state, name):
            available[name] = getattr(state, name)
    wanted = inspect.signature(handler).parameters
    missing = [n for n, p in wanted.items() if n not in available and p.default is p.empty]
    if missing:
        raise RuntimeError(f"desk action {handler.__name__} needs {missing}; update desk_actions")
    arguments = {n: v for n, v in available.items() if n in wanted}
    try:
        if inspect.iscoroutinefunction(handler):
            return anyio.from_thread.run(partial(handler, **arguments))
        return handler(**arguments)
    except HTTPException as exc:
        raise DeskActionRefused(exc.status_code, str(exc.detail)) from exc


def claim(request: Request, session: Session, staff: Staff, handoff_id: uuid.UUID) -> None:
    """Claim a pending hand-off for the logged-in agent."""
    body = HandoffClaim(agent=staff.user.username)
    _call(
        handoffs.claim_handoff,
        request,
        handoff_id=handoff_id,
        body=body,
        session=session,
        caller=_caller(staff),
    )


def reply(
    request: Request, session: Session, staff: Staff, handoff_id: uuid.UUID, message: str
) -> None:
    """Answer the customer on their channel."""
    body = HandoffReply(agent=staff.user.username, message=message)
    _call(
        handoffs.reply_handoff,
        request,
        handoff_id=handoff_id,
        body=body,
        session=session,
        caller=_caller(staff),
    )


def resolve(
    request: Request,
    session: Session,
    staff: Staff,
    handoff_id: uuid.UUID,
    labels: HandoffResolve,
) -> None:
    """Resolve with the agent's corrected labels (they become training feedback)."""
    _call(
        handoffs.resolve_handoff,
        request,
        handoff_id=handoff_id,
        body=labels,
        session=session,
        caller=_caller(staff),
    )
