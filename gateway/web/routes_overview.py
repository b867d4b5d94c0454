"""The Overview: KPIs, charts, live updates (server-sent events) and exports."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Literal

import anyio
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from gateway.api.deps import SessionDep, SettingsDep
from gateway.web import exports
from gateway.web.filters import OverviewFilters
from gateway.web.overview_data import overview
from gateway.web.session import SupervisorDep
from gateway.web.templating import render
from omnichat_model.taxonomy import CHANNELS, SUB_INTENTS

router = APIRouter()
FiltersQuery = Annotated[OverviewFilters, Query()]


@router.get("/overview", response_class=HTMLResponse)
def overview_page(
    request: Request, staff: SupervisorDep, session: SessionDep, filters: FiltersQuery
) -> HTMLResponse:
    """KPIs and charts; numbers are in the HTML, charts and live updates need JavaScript."""
    data = overview(session, staff.tenant.id, filters)
    return render(
        request,
        "overview.html",
        {
            "staff": staff,
            "page": "overview",
            "data": data,
            "k": data["kpis"],
            "filters": filters,
            "query": filters.query_string(),
            "channels": CHANNELS,
            "sub_intents": SUB_INTENTS,
        },
    )


@router.get("/overview/data")
def overview_data(staff: SupervisorDep, session: SessionDep, filters: FiltersQuery) -> JSONResponse:
    """The same figures as JSON."""
    return JSONResponse(overview(session, staff.tenant.id, filters))


def _snapshot(factory: object, tenant_id: str, filters: OverviewFilters) -> str:
    session: Session = factory()  # type: ignore[operator]
    try:
        return json.dumps(overview(session, tenant_id, filters), sort_keys=True)
    finally:
        session.close()


@router.get("/overview/stream")
async def overview_stream(
    request: Request,
    staff: SupervisorDep,
    settings: SettingsDep,
    filters: FiltersQuery,
    max_events: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
) -> StreamingResponse:
    """Server-sent events: an `overview` event whenever the figures change (checked every
    DASHBOARD_LIVE_INTERVAL_S seconds), a comment line as keep-alive otherwise."""
    factory = request.app.state.session_factory
    tenant_id = staff.tenant.id

    async def events() -> AsyncIterator[str]:
        last, sent = None, 0
        while sent < max_events and not await request.is_disconnected():
            payload = await anyio.to_thread.run_sync(_snapshot, factory, tenant_id, filters)
            # generated_at changes every time; compare the figures only.
            figures = json.loads(payload)
            figures.pop("generated_at")
            if figures != last:
                last = figures
                sent += 1
                yield f"event: overview\ndata: {payload}\n\n"
            else:
                yield ": keep-alive\n\n"
            await asyncio.sleep(settings.dashboard_live_interval_s)

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


def _download(content: bytes, name: str, kind: Literal["csv", "xlsx"]) -> Response:
    media = (
        "text/csv; charset=utf-8"
        if kind == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    return Response(
        content,
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="{name}.{kind}"'},
    )


@router.get("/export/conversations.{kind}")
def export_conversations(
    kind: Literal["csv", "xlsx"], staff: SupervisorDep, session: SessionDep, filters: FiltersQuery
) -> Response:
    """The filtered conversations (one row per analysed customer message)."""
    rows = exports.conversation_rows(session, staff.tenant.id, filters)
    name = f"conversas_{filters.start}_{filters.end}"
    if kind == "csv":
        return _download(exports.to_csv(exports.CONVERSATION_COLUMNS, rows), name, kind)
    return _download(exports.to_xlsx("conversas", exports.CONVERSATION_COLUMNS, rows), name, kind)


@router.get("/export/csat.{kind}")
def export_csat(
    kind: Literal["csv", "xlsx"], staff: SupervisorDep, session: SessionDep, filters: FiltersQuery
) -> Response:
    """The CSAT answers of the filtered period (header only while there are none)."""
    rows = exports.csat_rows(session, staff.tenant.id, filters)
    name = f"csat_{filters.start}_{filters.end}"
    if kind == "csv":
        return _download(exports.to_csv(exports.CSAT_COLUMNS, rows), name, kind)
    return _download(exports.to_xlsx("csat", exports.CSAT_COLUMNS, rows), name, kind)
