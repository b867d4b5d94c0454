"""Channel test servers and payloads: a local Graph API, a local SMTP server, Meta webhooks.

`GraphApiServer` is a real HTTP server on a free port answering `POST /{phone_number_id}/messages`
with the Cloud API's request checks and response shapes (a `wamid` per message; error objects for
a bad token and for the 24-hour window), so `GraphApiClient` is exercised over real HTTP.
`SmtpServer` is aiosmtpd on a free port, keeping every message it receives.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message as EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from gw_app import Gateway, seed_tenants
from gw_fake_model import KeywordModelClient

from gateway.api.deps import get_model_client
from gateway.channels.channel_settings import ChannelSettings
from gateway.channels.whatsapp_webhook import sign
from gateway.core.config import Settings

APP_SECRET = "test-app-secret-0123456789"
VERIFY_TOKEN = "test-verify-token"
ACCESS_TOKEN = "test-graph-access-token"
PHONE_NUMBER_ID = "106540352242922"
GRAPH_VERSION = "v21.0"
OUTSIDE_WINDOW = "5511900000000"  # the Graph server refuses session messages to this number


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class GraphRequest:
    """One request the Graph server received."""

    path: str
    authorization: str
    body: dict[str, Any]
    wamid: str | None = None  # what the server answered, when it accepted the message


@dataclass
class GraphApiServer:
    """The send endpoint of the WhatsApp Cloud API, on a local port."""

    url: str
    requests: list[GraphRequest] = field(default_factory=list)
    unavailable: int = 0  # answer this many next sends 503 "service unavailable" (code 131016)


def _graph_handler(server_state: GraphApiServer) -> type[BaseHTTPRequestHandler]:
    counter = itertools.count(1)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args: object) -> None:  # keep test output clean
            return

        def _reply(self, code: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            auth = self.headers.get("Authorization", "")
            path = self.path.removeprefix(f"/{GRAPH_VERSION}")
            request = GraphRequest(path, auth, body)
            server_state.requests.append(request)
            if server_state.unavailable > 0:
                server_state.unavailable -= 1
                self._reply(503, _error("Service temporarily unavailable", 131016))
            elif path != f"/{PHONE_NUMBER_ID}/messages":
                self._reply(404, _error("Unsupported post request", 100))
            elif auth != f"Bearer {ACCESS_TOKEN}":
                self._reply(401, _error("Invalid OAuth access token.", 190))
            elif body.get("messaging_product") != "whatsapp" or body.get("type") not in (
                "text",
                "template",
            ):
                self._reply(400, _error("(#100) Invalid parameter", 100))
            elif body["type"] == "text" and body.get("to") == OUTSIDE_WINDOW:
                self._reply(400, _error("(#131047) Re-engagement message", 131047))
            else:
                wamid = request.wamid = f"wamid.OUT{next(counter):06d}"
                self._reply(
                    200,
                    {
                        "messaging_product": "whatsapp",
                        "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                        "messages": [{"id": wamid}],
                    },
                )

    return Handler


def _error(message: str, code: int) -> dict[str, Any]:
    return {
        "error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "x"}
    }


@contextmanager
def graph_api_server() -> Iterator[GraphApiServer]:
    """A running local Graph API server."""
    port = free_port()
    state = GraphApiServer(url=f"http://127.0.0.1:{port}/{GRAPH_VERSION}")
    httpd = ThreadingHTTPServer(("127.0.0.1", port), _graph_handler(state))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    """A local SMTP server and what it received."""

    port: int
    inbox: _Inbox


@contextmanager
def smtp_server() -> Iterator[SmtpServer]:
    """aiosmtpd on a free port."""
    inbox = _Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpServer(port=port, inbox=inbox)
    finally:
        controller.stop()


def channel_settings(graph_url: str, smtp_port: int, **extra: Any) -> ChannelSettings:
    """The demo tenant's WhatsApp account and SMTP pointed at the local servers."""
    return ChannelSettings(
        whatsapp_tenant="demo-isp",
        whatsapp_app_secret=APP_SECRET,
        whatsapp_verify_token=VERIFY_TOKEN,
        whatsapp_access_token=ACCESS_TOKEN,
        whatsapp_phone_number_id=PHONE_NUMBER_ID,
        whatsapp_graph_base_url=graph_url,
        whatsapp_timeout_s=5.0,
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_timeout_s=5.0,
        email_from="atendimento@provedor-demo.example.com",
        **extra,
    )


@contextmanager
def channel_gateway(
    database_url: str, settings: ChannelSettings, **gateway_settings: Any
) -> Iterator[Gateway]:
    """The gateway with channel settings set before its lifespan registers the senders."""
    from gateway.main import create_app

    app = create_app(Settings(database_url=database_url, auto_migrate=False, **gateway_settings))
    app.state.channel_settings = settings
    model = KeywordModelClient()
    app.dependency_overrides[get_model_client] = lambda: model
    seed_tenants(app)
    with TestClient(app) as client:
        yield Gateway(app=app, client=client, model=model)


# --- Meta webhook payloads (shapes from the Cloud API's webhook reference) ---------------------


def webhook(
    messages: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
    wa_id: str = "5511987650001",
    name: str = "Maria Silva",
    phone_number_id: str = PHONE_NUMBER_ID,
) -> dict[str, Any]:
    """A `whatsapp_business_account` delivery with one change."""
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "551130000000", "phone_number_id": phone_number_id},
    }
    if messages is not None:
        value["contacts"] = [{"profile": {"name": name}, "wa_id": wa_id}]
        value["messages"] = messages
    if statuses is not None:
        value["statuses"] = statuses
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


def text_message(wamid: str, body: str, wa_id: str = "5511987650001") -> dict[str, Any]:
    """An inbound text message."""
    return {
        "from": wa_id,
        "id": wamid,
        "timestamp": "1764493200",
        "type": "text",
        "text": {"body": body},
    }


def status_update(wamid: str, status: str, **extra: Any) -> dict[str, Any]:
    """A delivery status of one of our messages."""
    return {
        "id": wamid,
        "status": status,
        "timestamp": "1764493260",
        "recipient_id": "5511987650001",
        **extra,
    }


def post_webhook(
    gw: Gateway, payload: dict[str, Any], secret: str = APP_SECRET, path: str = ""
) -> Any:
    """POST a payload signed like Meta signs it (exact raw bytes)."""
    raw = json.dumps(payload).encode()
    return gw.client.post(
        f"/api/v1/channels/whatsapp/webhook{path}",
        content=raw,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(raw, secret)},
    )
