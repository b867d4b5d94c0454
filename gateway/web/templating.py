"""The Jinja2 environment of the pages: pt-BR formatting filters and the label maps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from gateway.web import labels

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# ISPs of the demo are in São Paulo's time zone; stored times are UTC.
DISPLAY_TZ = ZoneInfo("America/Sao_Paulo")

templates = Jinja2Templates(directory=TEMPLATES_DIR)


def _datetime(value: datetime | None) -> str:
    if value is None:
        return "—"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(DISPLAY_TZ).strftime("%d/%m/%Y %H:%M")


def _number(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _percent(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else _number(value * 100, digits) + "%"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h".replace(".", ",")


templates.env.filters.update(
    {"datetime": _datetime, "number": _number, "percent": _percent, "duration": _duration}
)
templates.env.globals.update(
    {
        "SUB_INTENT_LABELS": labels.SUB_INTENT_LABELS,
        "CHANNEL_LABELS": labels.CHANNEL_LABELS,
        "SENTIMENT_LABELS": labels.SENTIMENT_LABELS,
        "RESOLUTION_LABELS": labels.RESOLUTION_LABELS,
        "DELIVERY_LABELS": labels.DELIVERY_LABELS,
        "HANDOFF_STATUS_LABELS": labels.HANDOFF_STATUS_LABELS,
        "ROLE_LABELS": labels.ROLE_LABELS,
        "TIER_LABELS": labels.TIER_LABELS,
        "PRIORITY_LABELS": labels.PRIORITY_LABELS,
        "label": labels.label,
    }
)


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render `template` with `context` (plus the request) as an HTML response."""
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    # Pages show tenant data: never cache them in shared caches or the back/forward cache.
    response.headers["Cache-Control"] = "no-store"
    return response
