"""The web-chat widget end to end in headless Chromium (Playwright driving Debian's
/usr/bin/chromium) against a real gateway process (`gateway.cli serve`) wired to the session's
real model server: the customer types, sees the reply; an agent claims the hand-off through the
API and the browser shows the agent joining and the agent's answer. A second test embeds the
widget in a page of another origin, refused until the tenant allows that origin.

Screenshots go to artifacts/screenshots/ (git-ignored). Without Chromium the tests fail under
CI=true (`make test` installs it) and skip elsewhere.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_support import (
    SCREENSHOTS,
    chromium,
    free_port,
    require_chromium,
    stop_process_group,
    wait_until_up,
)

pytestmark = [pytest.mark.slow, pytest.mark.integration, pytest.mark.model_server]

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "browser-webchat-key-0123456789"
TIMEOUT_MS = 20_000


@dataclass(frozen=True)
class LiveGateway:
    """A `gateway.cli serve` process on a free port, and its demo tenant's API."""

    url: str

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = httpx.request(
            method,
            f"{self.url}/api/v1{path}",
            headers={"Authorization": f"Bearer {API_KEY}"},
            timeout=15,
            **kwargs,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def update_settings(self, **sections: dict[str, Any]) -> None:
        current = self.call("GET", "/tenant/settings")
        for name, values in sections.items():
            current[name] = {**current[name], **values}
        self.call("PUT", "/tenant/settings", json=current)

    def pending_handoff(self) -> dict[str, Any]:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            queue = self.call("GET", "/handoffs", params={"status": "pending"})
            if queue:
                return queue[0]
            time.sleep(0.1)
        raise AssertionError("no pending hand-off appeared")


@pytest.fixture(scope="module")
def live_gateway(
    model_server_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveGateway]:
    require_chromium()
    folder = tmp_path_factory.mktemp("webchat-gateway")
    port = free_port()
    env = {
        key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "BROKER_URL")
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{folder / 'gateway.db'}",
        "MODEL_SERVER_URL": model_server_url,
        "OMNICHAT_DEMO_API_KEY": API_KEY,
        "WEBCHAT_TOKEN_SECRET": "browser-test-secret-0123456789abcdefgh",
    }
    log_path = folder / "gateway.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--host", "127.0.0.1",
             "--port", str(port)],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_up(f"{url}/webchat/widget.js", process, log_path)
            yield LiveGateway(url)
        finally:
            stop_process_group(process)


@pytest.fixture(scope="module")
def browser(live_gateway: LiveGateway) -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def host_site(tmp_path: Path, live_gateway: LiveGateway) -> Iterator[str]:
    """An ISP's own web page, on another origin, embedding the widget with the documented tag."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Provedor</title>'
        "</head><body><h1>Provedor Exemplo</h1>"
        f'<script src="{live_gateway.url}/webchat/widget.js" data-tenant="demo-isp" '
        'data-title="Fale com o Provedor" defer></script></body></html>',
        encoding="utf-8",
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_customer_chats_then_an_agent_joins_and_answers(
    browser: Any, live_gateway: LiveGateway
) -> None:
    from playwright.sync_api import expect

    # Every message goes to a person, whatever the model's confidence: the test is about the desk.
    live_gateway.update_settings(routing={"default_threshold": 1.0})
    page = browser.new_page(locale="pt-BR", viewport={"width": 1024, "height": 760})
    page.goto(f"{live_gateway.url}/webchat/?tenant=demo-isp")
    text_box = page.get_by_label("Mensagem")
    expect(text_box).to_be_focused()  # the hosted page opens the chat with focus in the box
    text_box.fill("quero cancelar minha internet, ela cai toda noite")
    text_box.press("Enter")
    customer_line = page.locator(".ocw-customer .ocw-text")
    expect(customer_line).to_have_text("quero cancelar minha internet, ela cai toda noite")

    handoff = live_gateway.pending_handoff()
    thread = live_gateway.call("GET", f"/conversations/{handoff['conversation_id']}")
    assert thread["channels"] == ["web_chat"]
    stored_reply = next(m["text"] for m in thread["messages"] if m["role"] == "assistant")
    expect(page.locator(".ocw-assistant .ocw-text")).to_have_text(stored_reply, timeout=TIMEOUT_MS)
    _shot(page, "webchat-01-reply")

    live_gateway.call("POST", f"/handoffs/{handoff['id']}/claim", json={"agent": "ana.souza"})
    expect(page.locator(".ocw-notice")).to_have_text(
        "ana.souza entrou na conversa.", timeout=TIMEOUT_MS
    )
    answer = "Oi, aqui é a Ana. Antes de cancelar, posso agendar um técnico para hoje?"
    live_gateway.call(
        "POST", f"/handoffs/{handoff['id']}/reply", json={"agent": "ana.souza", "message": answer}
    )
    expect(page.locator(".ocw-agent .ocw-text")).to_have_text(answer, timeout=TIMEOUT_MS)
    _shot(page, "webchat-02-agent")

    # Keyboard: Escape closes the panel and gives focus back to the launcher, Enter reopens it.
    page.keyboard.press("Escape")
    launcher = page.get_by_role("button", name="Fale conosco")
    expect(page.get_by_role("dialog")).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog", name="Atendimento")).to_be_visible()

    # A reload resumes the same session and shows the conversation from the gateway's history.
    page.reload()
    expect(page.locator(".ocw-agent .ocw-text")).to_have_text(answer, timeout=TIMEOUT_MS)
    expect(page.locator(".ocw-assistant .ocw-text")).to_have_text(stored_reply)
    live_gateway.call(
        "POST",
        f"/handoffs/{handoff['id']}/resolve",
        json={
            "agent": "ana.souza",
            "sub_intent": "commercial.cancellation",
            "sentiment": "frustrated",
            "urgent": False,
        },
    )
    page.close()


def test_widget_on_another_site_needs_that_origin_allowed(
    browser: Any, live_gateway: LiveGateway, host_site: str
) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(locale="pt-BR")
    page.goto(host_site)
    launcher = page.get_by_role("button", name="Fale conosco")
    launcher.click()
    expect(page.locator(".ocw-status")).to_contain_text(
        "Não foi possível iniciar o chat", timeout=TIMEOUT_MS
    )
    _shot(page, "webchat-03-origin-refused")
    page.close()

    live_gateway.update_settings(web_chat={"allowed_origins": [host_site]})
    page = browser.new_page(locale="pt-BR")
    page.goto(host_site)
    page.get_by_role("button", name="Fale conosco").click()
    expect(page.get_by_role("dialog", name="Fale com o Provedor")).to_be_visible()
    text_box = page.get_by_label("Mensagem")
    text_box.fill("bom dia, minha internet está muito lenta hoje")
    page.get_by_role("button", name="Enviar").click()
    expect(page.locator(".ocw-assistant .ocw-text")).to_have_count(1, timeout=TIMEOUT_MS)
    assert page.locator(".ocw-assistant .ocw-text").inner_text().strip()
    _shot(page, "webchat-04-embedded")
    page.close()
