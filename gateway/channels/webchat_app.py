"""Wiring of the web-chat channel into the app: widget files, hub start/stop, sender registration.

`install_web_chat` runs in `create_app` (no I/O); `start_web_chat` / `stop_web_chat` run in the
lifespan, where the event loop exists for the hub's Redis listener.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from gateway.channels.outbound import OutboundChannels
from gateway.channels.webchat import WebChatSender
from gateway.channels.webchat_hub import WebChatHub
from gateway.channels.webchat_settings import WebChatSettings

WIDGET_DIR = Path(__file__).resolve().parent.parent / "static" / "webchat"
WIDGET_PATH = "/webchat"


@dataclass
class WebChatRuntime:
    """What the web-chat routes need, kept on `app.state.webchat`."""

    settings: WebChatSettings
    secret: str
    hub: WebChatHub | None = None

    def live_hub(self) -> WebChatHub:
        """The started hub (the app's lifespan starts it)."""
        if self.hub is None:
            raise RuntimeError("web chat is not started (run the app with its lifespan)")
        return self.hub


def install_web_chat(app: FastAPI, settings: WebChatSettings | None = None) -> None:
    """Serve the widget under /webchat/ and keep the channel's settings on `app.state`."""
    settings = settings or WebChatSettings()
    app.state.webchat = WebChatRuntime(settings=settings, secret=settings.signing_secret())
    app.mount(WIDGET_PATH, StaticFiles(directory=WIDGET_DIR, html=True), name="webchat-widget")


async def start_web_chat(app: FastAPI) -> None:
    """Start the hub (Redis bus when `REDIS_URL` is set) and register the `web_chat` sender."""
    runtime: WebChatRuntime = app.state.webchat
    runtime.hub = WebChatHub(app.state.settings.redis_url, app.state.settings.cache_prefix)
    await runtime.hub.start()
    # The channels' lifespan code may create `app.state.outbound` first; whichever runs first
    # creates it and the other only registers into it.
    if getattr(app.state, "outbound", None) is None:
        app.state.outbound = OutboundChannels()
    app.state.outbound.register(WebChatSender(runtime.hub))


async def stop_web_chat(app: FastAPI) -> None:
    """Stop the hub's listener and drop this replica's presence entries."""
    runtime: WebChatRuntime = app.state.webchat
    if runtime.hub is not None:
        await runtime.hub.stop()
        runtime.hub = None
