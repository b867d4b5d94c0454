"""`/webchat`: session tokens for the embeddable widget and its WebSocket.

Public endpoints never see an API key: the widget names the tenant by slug, the browser's
`Origin` must be on the tenant's allow-list (or be the gateway's own hosted page), and the socket
opens with a short-lived signed token. Protocol and embedding: docs/channels-webchat.md.
"""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from sqlalchemy import select

from gateway.api.deps import CacheDep, CallerDep, SessionDep
from gateway.channels.webchat_app import WebChatRuntime
from gateway.channels.webchat_origin import origin_refusal, own_origin
from gateway.channels.webchat_socket import serve_socket
from gateway.channels.webchat_tokens import (
    InvalidWebChatToken,
    WebChatClaims,
    issue_token,
    new_session_id,
    verify_token,
)
from gateway.db.models import Tenant
from gateway.schemas.webchat import (
    IdentifiedSessionCreate,
    SessionCreate,
    SessionPublic,
)
from gateway.services.tenants import tenant_settings

router = APIRouter(prefix="/webchat", tags=["web chat"])


def get_runtime(request: Request) -> WebChatRuntime:
    """The web-chat channel's settings, signing secret and hub."""
    return request.app.state.webchat


RuntimeDep = Annotated[WebChatRuntime, Depends(get_runtime)]


def _tenant_by_slug(session: SessionDep, slug: str) -> Tenant:
    tenant = session.scalar(select(Tenant).where(Tenant.slug == slug))
    if tenant is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=f"unknown tenant {slug!r}")
    return tenant


def _allowed_origin(request: Request, tenant: Tenant) -> str:
    origin = request.headers.get("origin")
    refusal = origin_refusal(origin, tenant_settings(tenant).web_chat, own_origin(request))
    if refusal is not None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=refusal)
    assert origin is not None
    return origin


def _cors(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}


@router.options("/{tenant_slug}/sessions", include_in_schema=False)
def session_preflight(tenant_slug: str, request: Request, session: SessionDep) -> Response:
    """CORS preflight of the widget's session request, answered per tenant allow-list."""
    origin = _allowed_origin(request, _tenant_by_slug(session, tenant_slug))
    headers = _cors(origin) | {
        "Access-Control-Allow-Methods": "POST",
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Max-Age": "600",
    }
    return Response(status_code=status.HTTP_204_NO_CONTENT, headers=headers)


def _resumed_session_id(runtime: WebChatRuntime, token: str | None, tenant_id: str) -> str | None:
    if not token:
        return None
    try:
        claims = verify_token(runtime.secret, token, runtime.settings.resume_window_s)
    except InvalidWebChatToken:
        return None  # stale browser storage: start a fresh session rather than fail
    if claims.tenant_id != tenant_id or claims.identified:
        return None
    return claims.session_id


def _public(runtime: WebChatRuntime, claims: WebChatClaims) -> SessionPublic:
    issued = issue_token(runtime.secret, claims, runtime.settings.token_ttl_s)
    return SessionPublic(
        session_id=claims.session_id, token=issued.token, expires_at=issued.expires_at
    )


@router.post("/{tenant_slug}/sessions", response_model=SessionPublic)
def create_session(
    tenant_slug: str,
    request: Request,
    response: Response,
    session: SessionDep,
    cache: CacheDep,
    runtime: RuntimeDep,
    body: SessionCreate | None = None,
) -> SessionPublic:
    """A visitor's session token (public; the Origin must be allowed). Resumes a known session."""
    tenant = _tenant_by_slug(session, tenant_slug)
    origin = _allowed_origin(request, tenant)
    client = request.client.host if request.client else "unknown"
    count = cache.incr(f"webchat:sessions:{client}:{int(time.time() // 60)}", ttl_s=120)
    if count > runtime.settings.sessions_per_minute:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            detail="too many web-chat sessions from this address; try again in a minute",
            headers=_cors(origin) | {"Retry-After": "60"},
        )
    resume = body.resume_token if body else None
    session_id = _resumed_session_id(runtime, resume, tenant.id) or new_session_id()
    response.headers.update(_cors(origin))
    return _public(runtime, WebChatClaims(tenant.id, session_id))


@router.post("/identified-sessions", response_model=SessionPublic)
def create_identified_session(
    body: IdentifiedSessionCreate, caller: CallerDep, runtime: RuntimeDep
) -> SessionPublic:
    """Server to server: a token bound to a customer your site has already authenticated."""
    claims = WebChatClaims(caller.tenant.id, new_session_id(), body.customer_identifier)
    return _public(runtime, claims)


router.add_api_websocket_route("/ws", serve_socket, name="webchat_socket")
