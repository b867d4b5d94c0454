"""Attach the dashboard to the gateway app: routers under /dashboard, static files, error pages."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from gateway.web import routes_auth, routes_desk, routes_model, routes_overview, routes_staff
from gateway.web.session import LoginRequired, StaffForbidden
from gateway.web.templating import render

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
logger = logging.getLogger("gateway")


def _wants_html(request: Request) -> bool:
    return request.method == "GET" and "text/html" in request.headers.get("accept", "")


def mount_dashboard(app: FastAPI) -> None:
    """Add the pages, their static files and the login / forbidden handlers to `app`."""
    settings = app.state.settings
    if settings.dashboard_secret_key is None:
        logger.warning(
            "DASHBOARD_SECRET_KEY is not set: dashboard sessions use a per-process random key"
        )
    app.state.dashboard_secret = settings.dashboard_secret_key or secrets.token_urlsafe(32)
    for module in (routes_auth, routes_desk, routes_overview, routes_model, routes_staff):
        app.include_router(module.router, prefix="/dashboard", include_in_schema=False)
    app.mount("/dashboard/static", StaticFiles(directory=STATIC_DIR), name="dashboard_static")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_html(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            query = urlencode({"next": target, "motivo": exc.code})
            return RedirectResponse(f"/dashboard/login?{query}", status.HTTP_303_SEE_OTHER)
        return JSONResponse({"detail": exc.reason}, status_code=status.HTTP_401_UNAUTHORIZED)

    @app.exception_handler(StaffForbidden)
    async def forbidden(request: Request, exc: StaffForbidden) -> Response:
        if _wants_html(request) or request.method == "POST":
            return render(
                request,
                "error.html",
                {"staff": None, "page": None, "message": exc.reason},
                status_code=status.HTTP_403_FORBIDDEN,
            )
        return JSONResponse({"detail": exc.reason}, status_code=status.HTTP_403_FORBIDDEN)
