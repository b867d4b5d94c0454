"""End to end in headless Chromium (Playwright driving Debian's /usr/bin/chromium) against a real
gateway process: log in, KPIs from real API traffic (and their live update), CSV download, the
agent desk's claim / reply / resolve with a corrected label. Screenshots of every page go to
artifacts/screenshots/ (git-ignored).

Without Chromium the tests fail under CI=true (`make test` installs it) and skip elsewhere.
"""

from __future__ import annotations

import csv
import io
import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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
from gw_app import KEY_A, seed_tenants

from gateway.core.config import Settings
from gateway.db.migrate import run_migrations
from gateway.main import create_app

pytestmark = [pytest.mark.slow, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
VENDORED_CHART = ROOT / "gateway" / "static" / "vendor" / "chart.umd.min.js"
PASSWORDS = {
    "admin": "admin-senha-e2e-1",
    "supervisor": "super-senha-e2e-2",
    "agent": "agente-e2e-3",
}


@dataclass(frozen=True)
class LiveGateway:
    """A gateway process and its URL."""

    url: str

    def message(self, text: str, customer: str = "cliente-basic-001", channel: str = "whatsapp"):
        """Real traffic through the public API."""
        response = httpx.post(
            f"{self.url}/api/v1/conversations/message",
            json={"channel": channel, "customer_identifier": customer, "message": text},
            headers={"Authorization": f"Bearer {KEY_A}"},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def api(self, path: str) -> dict:
        response = httpx.get(
            f"{self.url}/api/v1{path}", headers={"Authorization": f"Bearer {KEY_A}"}, timeout=10
        )
        assert response.status_code == 200, response.text
        return response.json()


def _seed(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.db.models import Tenant
    from gateway.db.session import session_scope
    from gateway.staff.demo import demo_password_env, seed_demo_staff

    run_migrations(database_url)
    app = create_app(Settings(database_url=database_url, auto_migrate=False))
    seed_tenants(app)  # the demo tenant (API key KEY_A) and a second tenant
    for role, password in PASSWORDS.items():
        monkeypatch.setenv(demo_password_env(role), password)
    with session_scope(app.state.session_factory) as session:
        from sqlalchemy import select

        tenant = session.scalar(select(Tenant).where(Tenant.slug == "demo-isp"))
        created = seed_demo_staff(session, tenant)
    assert set(created) == {"admin", "supervisora", "agente"}
    app.state.engine.dispose()


def _png(width: int, height: int) -> bytes:
    """A small valid grey PNG (the evaluation plots are matplotlib PNGs)."""
    raw = b"".join(b"\x00" + bytes([200]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pipeline_outputs(root: Path) -> Path:
    """What `dvc repro` and `omnichat drift` leave on disk, in their real shapes."""
    for folder in ("metrics", "plots", "reports/drift"):
        (root / folder).mkdir(parents=True)
    (root / "metrics" / "test.json").write_text(
        json.dumps({"intent_accuracy": 0.981, "sub_intent_macro_f1": 0.942, "ece": 0.018})
    )
    for name in ("confusion_sub_intent_test.png", "reliability_test.png"):
        (root / "plots" / name).write_bytes(_png(120, 90))
    row = {"test_set": "test", "metric": "sub_intent_macro_f1", "challenger": 0.95,
           "champion": 0.942, "delta": 0.008, "gated": True, "tolerance": 0.005,
           "verdict": "better"}  # fmt: skip
    register = {"version": "5", "promoted": False, "reasons": ["kept by min_improvement"],
                "champion_version": "4", "table": [row]}  # fmt: skip
    (root / "reports" / "register.json").write_text(json.dumps(register))
    drift = {"status": "ok", "generated_at": "2026-11-30T06:00:00+00:00",
             "current": {"rows": 640}, "checks": []}  # fmt: skip
    (root / "reports" / "drift" / "latest.json").write_text(json.dumps(drift))
    return root


def _fake_training_cli(folder: Path) -> Path:
    """Stands in for `omnichat` (moving registry aliases needs the training side's MLflow)."""
    script = folder / "fake_omnichat.py"
    script.write_text("import sys\nprint(f'{sys.argv[1]}: champion moved from version 5 to 4')\n")
    return script


@pytest.fixture(scope="module")
def live_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveGateway]:
    require_chromium()
    if not VENDORED_CHART.is_file():
        pytest.fail(f"{VENDORED_CHART} is missing: run `make vendor`", pytrace=False)
    folder = tmp_path_factory.mktemp("e2e-gateway")
    database_url = f"sqlite:///{folder / 'gateway.db'}"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _seed(database_url, monkeypatch)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "AUTO_MIGRATE": "false",
        "DASHBOARD_SECRET_KEY": "e2e-secret-0123456789abcdefghijkl",
        "DASHBOARD_LIVE_INTERVAL_S": "0.5",
        "MODEL_SERVER_URL": f"http://127.0.0.1:{free_port()}",  # classify uses the keyword model
        "MODEL_REPORTS_DIR": str(_pipeline_outputs(folder / "pipeline")),
        "MODEL_ADMIN_COMMAND": f"{sys.executable} {_fake_training_cli(folder)}",
        "MODEL_ADMIN_TENANT": "demo-isp",  # its staff may promote / roll back the shared model
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), str(ROOT)]),
    }
    log = (folder / "gateway.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "gw_e2e_app:create_app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/dashboard/login", process, folder / "gateway.log")
        yield LiveGateway(url)
    finally:
        stop_process_group(process)
        log.close()


@pytest.fixture(scope="module")
def browser(live_gateway: LiveGateway) -> Iterator[object]:
    with chromium() as launched:
        yield launched


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _login(browser, gw: LiveGateway, username: str, role: str):
    context = browser.new_context(
        accept_downloads=True, locale="pt-BR", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{gw.url}/dashboard/login")
    page.get_by_label("Provedor").fill("demo-isp")
    page.get_by_label("Usuário").fill(username)
    page.get_by_label("Senha").fill(PASSWORDS[role])
    page.get_by_role("button", name="Entrar").click()
    page.wait_for_load_state("networkidle") if role == "agent" else page.wait_for_url("**/overview")
    return context, page


def test_login_page_refuses_a_wrong_password(browser, live_gateway: LiveGateway) -> None:
    page = browser.new_page(locale="pt-BR")
    page.goto(f"{live_gateway.url}/dashboard/desk")  # not logged in: sent to the login form
    assert "/dashboard/login" in page.url
    # Keyboard only: Tab past the skip link into the form, Enter submits.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Pular para o conteúdo"
    page.keyboard.press("Tab")
    page.keyboard.type("demo-isp")
    page.keyboard.press("Tab")
    page.keyboard.type("supervisora")
    page.keyboard.press("Tab")
    page.keyboard.type("senha-errada-999")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.get_by_role("alert").inner_text() == "Provedor, usuário ou senha incorretos."
    assert page.get_by_label("Usuário").input_value() == "supervisora"  # kept for the retry
    _shot(page, "login")
    page.close()


def test_overview_kpis_charts_live_update_and_csv(browser, live_gateway: LiveGateway) -> None:
    gw = live_gateway
    before = gw.api("/metrics/summary")["decisions"]
    gw.message("quero a segunda via do boleto")
    gw.message("bom dia", channel="email")
    gw.message("minha internet caiu", customer="cliente-premium-001")
    gw.message("quero cancelar", channel="email")
    total = before + 4
    context, page = _login(browser, gw, "admin", "admin")
    kpi = page.locator('.kpi [data-kpi="decisions"]')
    assert kpi.inner_text() == str(total)
    summary = gw.api("/metrics/summary")
    rate = page.locator('[data-kpi="ai_resolution_rate"]').inner_text()
    assert rate == f"{summary['ai_resolution_rate'] * 100:.1f}%".replace(".", ",")
    page.wait_for_function("document.body.dataset.charts === 'ready'")
    drawn = page.evaluate(
        "() => Chart.getChart('chart-channel').data.datasets"
        ".map(d => d.data.reduce((a, b) => a + b, 0))"
    )
    assert sum(drawn) == total
    page.wait_for_selector('#live-status[data-state="on"]')
    gw.message("quero mudar de plano", channel="web_chat")  # arrives over SSE
    page.wait_for_function(
        f"document.querySelector('.kpi [data-kpi=\"decisions\"]').textContent === '{total + 1}'",
        timeout=15_000,
    )
    _shot(page, "overview")
    with page.expect_download() as download_info:
        page.locator("#export-conversations-csv").click()
    path = download_info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    assert len(rows) == total + 1
    assert "commercial.plan_change" in {r["sub_intent"] for r in rows}

    page.goto(f"{gw.url}/dashboard/model")
    assert page.get_by_role("heading", name="Modelo", exact=True).is_visible()
    assert page.locator("#drift-status").inner_text().startswith("Sem drift")
    plot = page.get_by_role("img", name="Diagrama de confiabilidade (calibração, teste)")
    assert plot.evaluate("img => img.complete && img.naturalWidth") == 120
    rollback = page.locator('form[action="/dashboard/model/rollback"]')
    rollback.get_by_label("Confirmo").check()
    rollback.get_by_role("button").click()
    assert "rollback: champion moved from version 5 to 4" in page.get_by_role("status").inner_text()
    _shot(page, "model")
    page.goto(f"{gw.url}/dashboard/staff")
    assert page.get_by_role("cell", name="agente", exact=True).is_visible()
    _shot(page, "staff")
    context.close()


def test_agent_claims_replies_and_resolves_with_a_corrected_label(
    browser, live_gateway: LiveGateway
) -> None:
    gw = live_gateway
    urgent = gw.message(
        "quero cancelar, isso é um absurdo, urgente", customer="cliente-business-001"
    )
    handoff_id = urgent["decision"]["handoff_id"]
    context, page = _login(browser, gw, "agente", "agent")
    assert page.url.endswith("/dashboard/desk")
    first_row = page.locator("table.queue").nth(1).locator("tbody tr").first
    assert "Máxima" in first_row.inner_text()  # urgent and frustrated at the top
    _shot(page, "desk")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: the queue becomes cards
    assert page.locator("table.queue thead").first.is_hidden()
    assert page.locator(f'a[href="/dashboard/desk/{handoff_id}"]').is_visible()
    _shot(page, "desk-mobile")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.locator(f'a[href="/dashboard/desk/{handoff_id}"]').click()
    page.get_by_role("button", name="Assumir atendimento").click()
    assert page.get_by_role("status").inner_text() == "Atendimento assumido."
    page.get_by_label("Resposta pronta").select_option("desculpas")
    assert page.get_by_label("Mensagem para o cliente").input_value().startswith("Sinto muito")
    page.get_by_label("Mensagem para o cliente").fill("Sinto muito! Vou revisar o seu plano agora.")
    page.get_by_role("button", name="Enviar resposta").click()
    assert page.get_by_role("status").inner_text() == "Resposta enviada ao cliente."
    assert page.locator(".msg.role-agent .text").last.inner_text() == (
        "Sinto muito! Vou revisar o seu plano agora."
    )
    page.get_by_label("Assunto correto").select_option("commercial.plan_change")
    page.get_by_role("button", name="Encerrar atendimento").click()
    assert "Atendimento encerrado" in page.get_by_role("status").inner_text()
    _shot(page, "handoff")
    conversation = gw.api(f"/conversations/{urgent['conversation_id']}")
    assert conversation["messages"][-1]["role"] == "agent"
    assert conversation["messages"][-1]["text"] == "Sinto muito! Vou revisar o seu plano agora."
    summary = gw.api("/metrics/summary")
    assert summary["corrections"] == 1 and summary["sub_intent_accuracy"] == 0.0
    context.close()
