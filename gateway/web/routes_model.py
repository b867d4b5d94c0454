"""The Model page: serving version, evaluation figures and plots, drift, champion vs challenger."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import anyio
from fastapi import APIRouter, Form, HTTPException, Request, status
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from gateway.api.deps import SessionDep, SettingsDep
from gateway.clients.model_server import HttpModelClient, ModelServerUnavailable
from gateway.core.config import Settings
from gateway.services import audit
from gateway.web.model_admin import ModelAction, run_model_action
from gateway.web.model_reports import (
    HEADLINE_METRICS,
    comparison_rows,
    drift_checks,
    drift_html_path,
    plot_path,
    read_reports,
    registration_summary,
)
from gateway.web.session import CsrfField, SupervisorDep, check_csrf
from gateway.web.templating import render

router = APIRouter(prefix="/model")


def may_switch_model(tenant_slug: str, settings: Settings) -> bool:
    """Whether this tenant's supervisors may promote / roll back the model every tenant uses."""
    return settings.model_admin_tenant is not None and tenant_slug == settings.model_admin_tenant


def _serving(request: Request) -> tuple[dict[str, Any] | None, str | None]:
    client = request.app.state.model_client
    if not isinstance(client, HttpModelClient):
        return None, "cliente de modelo sem endpoint /model"
    try:
        return client.serving_model().model_dump(), None
    except ModelServerUnavailable as exc:
        return None, str(exc)


@router.get("", response_class=HTMLResponse)
def model_page(
    request: Request,
    staff: SupervisorDep,
    settings: SettingsDep,
    ok: str | None = None,
    erro: str | None = None,
) -> HTMLResponse:
    """What serves, how it scored, whether inputs drift, and the promote / roll back actions."""
    serving, serving_error = _serving(request)
    reports = read_reports(Path(settings.model_reports_dir))
    return render(
        request,
        "model.html",
        {
            "staff": staff,
            "page": "model",
            "serving": serving,
            "serving_error": serving_error,
            "reports": reports,
            "headline": [(k, name, reports.metrics.get(k)) for k, name in HEADLINE_METRICS],
            "comparison": comparison_rows(reports.registration),
            "registration": registration_summary(reports.registration),
            "drift_checks": drift_checks(reports.drift),
            "may_switch_model": may_switch_model(staff.tenant.slug, settings),
            "ok": ok,
            "error": erro,
        },
    )


@router.get("/plots/{name}")
def model_plot(name: str, staff: SupervisorDep, settings: SettingsDep) -> Response:
    """One of the known evaluation plots (404 for anything else)."""
    path = plot_path(Path(settings.model_reports_dir), name)
    if path is None:
        return Response("gráfico não encontrado", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.get("/drift-report")
def drift_report(staff: SupervisorDep, settings: SettingsDep) -> Response:
    """The latest Evidently drift report (HTML written by `omnichat drift`)."""
    path = drift_html_path(Path(settings.model_reports_dir))
    if path is None:
        return Response("relatório não encontrado", status_code=404, media_type="text/plain")
    return FileResponse(path, media_type="text/html", headers={"Cache-Control": "no-store"})


@router.post("/{action}")
async def model_action(
    request: Request,
    action: ModelAction,
    staff: SupervisorDep,
    session: SessionDep,
    settings: SettingsDep,
    csrf_token: CsrfField,
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> RedirectResponse:
    """Promote the challenger or roll back to the previous champion (supervisors of the
    operator's tenant, audited)."""
    check_csrf(staff, csrf_token)
    if not may_switch_model(staff.tenant.slug, settings):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "the model serves every tenant: only the operator's tenant (MODEL_ADMIN_TENANT) "
            "may promote or roll it back",
        )
    if confirm != "sim":
        return _back(erro="Confirme a ação marcando a caixa de confirmação.")
    outcome = await anyio.to_thread.run_sync(
        run_model_action,
        action,
        settings.model_admin_command,
        request.app.state.model_client,
        settings.model_reload_token,
    )
    audit.record(
        session,
        staff.tenant.id,
        f"model_{action}",
        staff.user.username,
        "model",
        outcome.reloaded_version or "",
        {"ok": outcome.ok, "command": outcome.command, "output": outcome.output[-500:]},
    )
    session.commit()
    verb = "Promoção" if action == "promote" else "Reversão"
    if outcome.ok:
        return _back(ok=f"{verb} concluída. {outcome.output}"[:600])
    return _back(erro=f"{verb} falhou: {outcome.output}"[:600])


def _back(**message: str) -> RedirectResponse:
    return RedirectResponse(f"/dashboard/model?{urlencode(message)}", status.HTTP_303_SEE_OTHER)
