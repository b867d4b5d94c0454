"""The agent desk: the prioritised queue and one hand-off (claim, reply, resolve)."""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError

from gateway.api.deps import ContextEngineDep, SessionDep
from gateway.schemas.handoff import HandoffResolve
from gateway.web import desk_actions
from gateway.web.canned import CANNED_BY_KEY, CANNED_REPLIES
from gateway.web.desk_data import handoff_detail, queue, signal_rows
from gateway.web.session import CsrfField, StaffDep, check_csrf
from gateway.web.templating import render
from omnichat_model.taxonomy import SENTIMENTS, SUB_INTENTS

router = APIRouter(prefix="/desk")


def _back(handoff_id: uuid.UUID, **message: str) -> RedirectResponse:
    query = f"?{urlencode(message)}" if message else ""
    return RedirectResponse(f"/dashboard/desk/{handoff_id}{query}", status.HTTP_303_SEE_OTHER)


@router.get("", response_class=HTMLResponse)
def desk_page(request: Request, staff: StaffDep, session: SessionDep) -> HTMLResponse:
    """The queue: pending hand-offs, and the ones this agent is handling."""
    tenant_id = staff.tenant.id
    return render(
        request,
        "desk.html",
        {
            "staff": staff,
            "page": "desk",
            "pending": queue(session, tenant_id, "pending"),
            "mine": queue(session, tenant_id, "claimed", agent=staff.user.username),
        },
    )


@router.get("/{handoff_id}", response_class=HTMLResponse)
def handoff_page(
    request: Request,
    handoff_id: uuid.UUID,
    staff: StaffDep,
    session: SessionDep,
    contexts: ContextEngineDep,
    ok: str | None = None,
    erro: str | None = None,
) -> HTMLResponse:
    """One hand-off: the whole thread with the model's analysis and the customer's context."""
    detail = handoff_detail(session, staff.tenant.id, str(handoff_id), contexts)
    if detail is None:
        return render(
            request,
            "error.html",
            {
                "staff": staff,
                "page": "desk",
                "message": "Atendimento não encontrado.",
                "error": erro,
            },
            status_code=status.HTTP_404_NOT_FOUND,
        )
    return render(
        request,
        "handoff.html",
        {
            "staff": staff,
            "page": "desk",
            "d": detail,
            "signals": signal_rows(detail.analysis),
            "mine": detail.handoff.claimed_by == staff.user.username,
            "canned": CANNED_REPLIES,
            "sub_intents": SUB_INTENTS,
            "sentiments": SENTIMENTS,
            "ok": ok,
            "error": erro,
        },
    )


@router.post("/{handoff_id}/claim")
def claim_action(
    request: Request,
    handoff_id: uuid.UUID,
    staff: StaffDep,
    session: SessionDep,
    csrf_token: CsrfField,
) -> RedirectResponse:
    """Take the hand-off."""
    check_csrf(staff, csrf_token)
    try:
        desk_actions.claim(request, session, staff, handoff_id)
    except desk_actions.DeskActionRefused as exc:
        return _back(handoff_id, erro=f"Não foi possível assumir: {exc.reason}")
    return _back(handoff_id, ok="Atendimento assumido.")


@router.post("/{handoff_id}/reply")
def reply_action(
    request: Request,
    handoff_id: uuid.UUID,
    staff: StaffDep,
    session: SessionDep,
    csrf_token: CsrfField,
    message: Annotated[str, Form(max_length=5000)] = "",
    canned: Annotated[str, Form(max_length=40)] = "",
) -> RedirectResponse:
    """Send a reply (typed, or a canned one when the text box is empty)."""
    check_csrf(staff, csrf_token)
    text = message.strip() or CANNED_BY_KEY.get(canned, "")
    if not text:
        return _back(handoff_id, erro="Escreva uma mensagem ou escolha uma resposta pronta.")
    try:
        desk_actions.reply(request, session, staff, handoff_id, text)
    except desk_actions.DeskActionRefused as exc:
        return _back(handoff_id, erro=f"Resposta não enviada: {exc.reason}")
    return _back(handoff_id, ok="Resposta enviada ao cliente.")


@router.post("/{handoff_id}/resolve")
def resolve_action(
    request: Request,
    handoff_id: uuid.UUID,
    staff: StaffDep,
    session: SessionDep,
    csrf_token: CsrfField,
    sub_intent: Annotated[str, Form(max_length=64)],
    sentiment: Annotated[str, Form(max_length=16)],
    urgent: Annotated[bool, Form()] = False,
) -> RedirectResponse:
    """Close the hand-off with the corrected labels."""
    check_csrf(staff, csrf_token)
    try:
        labels = HandoffResolve(
            agent=staff.user.username, sub_intent=sub_intent, sentiment=sentiment, urgent=urgent
        )
    except ValidationError:
        return _back(handoff_id, erro="Rótulos inválidos: escolha um assunto e um sentimento.")
    try:
        desk_actions.resolve(request, session, staff, handoff_id, labels)
    except desk_actions.DeskActionRefused as exc:
        return _back(handoff_id, erro=f"Não foi possível encerrar: {exc.reason}")
    return _back(handoff_id, ok="Atendimento encerrado; rótulos enviados para o retreino.")
