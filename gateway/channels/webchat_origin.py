"""Which browser origins may open a tenant's web chat (the widget's replacement for an API key)."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from gateway.schemas.webchat import WebChatConfig, normalise_origin


def own_origin(connection: HTTPConnection) -> str:
    """The gateway's own origin as the browser sees it (the hosted widget page lives there)."""
    scheme = {"ws": "http", "wss": "https"}.get(connection.url.scheme, connection.url.scheme)
    host = connection.headers.get("host", connection.url.netloc)
    return normalise_origin(f"{scheme}://{host}")


def origin_refusal(origin: str | None, config: WebChatConfig, own: str) -> str | None:
    """Why a browser at `origin` may not chat with this tenant, or None when it may."""
    if not config.enabled:
        return "web chat is disabled for this tenant"
    if not origin:
        return "the Origin header is required (the widget runs in a browser)"
    try:
        normalised = normalise_origin(origin)
    except ValueError:
        return f"invalid Origin {origin!r}"
    if normalised == own or normalised in config.allowed_origins:
        return None
    return f"origin {normalised} is not allowed for this tenant's web chat"
