"""Dashboard pages over HTTP: the desk flow, tenant isolation, Overview figures, exports, SSE,
and the Model page (reports read from disk, promote / roll back through a real child process)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gw_app import Gateway, running_gateway
from gw_dashboard import SECRET, TENANT_A, TENANT_B, add_staff, csrf_of, login
from openpyxl import load_workbook
from sqlalchemy import select

from gateway.db.models import AuditLog, Feedback, Handoff
from gateway.db.session import session_scope

HTML = {"accept": "text/html"}


@pytest.fixture
def gw(sqlite_url: str, tmp_path: Path) -> Iterator[Gateway]:
    with running_gateway(
        sqlite_url,
        dashboard_secret_key=SECRET,
        dashboard_live_interval_s=0.05,
        model_reports_dir=str(tmp_path / "reports-root"),
    ) as gateway:
        yield gateway


@pytest.fixture(params=["sqlite", "postgresql"])
def any_gw(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Gateway]:
    """The dashboard on SQLite, then on the real PostgreSQL with the real Redis cache."""
    settings = {"dashboard_secret_key": SECRET, "dashboard_live_interval_s": 0.05}
    if request.param == "sqlite":
        with running_gateway(request.getfixturevalue("sqlite_url"), **settings) as gateway:
            yield gateway
        return
    url = request.getfixturevalue("postgres_url")
    redis_url, prefix = request.getfixturevalue("redis_cache_settings")
    with running_gateway(url, redis_url=redis_url, cache_prefix=prefix, **settings) as gateway:
        yield gateway


def _handoff(gw: Gateway, handoff_id: str) -> Handoff:
    with session_scope(gw.app.state.session_factory) as session:
        return session.get(Handoff, handoff_id)


def test_desk_claim_reply_resolve_through_the_pages(any_gw: Gateway) -> None:
    gw = any_gw
    calm = gw.message("quero cancelar").json()["decision"]["handoff_id"]
    angry = gw.message(
        "quero cancelar, isso é um absurdo, urgente", customer="cliente-premium-001"
    ).json()["decision"]["handoff_id"]
    add_staff(gw, TENANT_A, "ana", "agent")
    login(gw.client, TENANT_A, "ana")
    desk = gw.client.get("/dashboard/desk").text
    assert desk.index(f"/dashboard/desk/{angry}") < desk.index(f"/dashboard/desk/{calm}")
    assert "Fila (2 aguardando)" in desk

    page = gw.client.get(f"/dashboard/desk/{calm}").text
    assert "quero cancelar" in page and "Cancelamento" in page and "Assumir atendimento" in page
    csrf = csrf_of(gw.client, f"/dashboard/desk/{calm}")
    claimed = gw.client.post(f"/dashboard/desk/{calm}/claim", data={"csrf_token": csrf})
    assert "Atendimento assumido." in claimed.text
    assert _handoff(gw, calm).claimed_by == "ana"

    replied = gw.client.post(
        f"/dashboard/desk/{calm}/reply", data={"csrf_token": csrf, "canned": "retencao"}
    )
    assert "Resposta enviada ao cliente." in replied.text
    assert "posso te oferecer um desconto" in replied.text  # the agent turn is in the thread
    # This test gateway has no WhatsApp account: the agent sees the reply did not leave.
    assert "Não entregue · na fila de falhas" in replied.text

    resolved = gw.client.post(
        f"/dashboard/desk/{calm}/resolve",
        data={
            "csrf_token": csrf,
            "sub_intent": "commercial.plan_change",
            "sentiment": "neutral",
        },
    )
    assert "Atendimento encerrado" in resolved.text
    with session_scope(gw.app.state.session_factory) as session:
        feedback = session.scalar(select(Feedback).where(Feedback.handoff_id == calm))
        assert (feedback.predicted_sub_intent, feedback.corrected_sub_intent) == (
            "commercial.cancellation",
            "commercial.plan_change",
        )
        assert feedback.agent == "ana" and feedback.corrected_urgent is False
        events = session.scalars(
            select(AuditLog.event).where(AuditLog.actor == "ana", AuditLog.entity == "handoff")
        ).all()
    assert events == ["handoff_claimed", "handoff_replied", "handoff_resolved"]
    assert "Fila (1 aguardando)" in gw.client.get("/dashboard/desk").text


def test_desk_refusals_are_shown_not_raised(gw: Gateway) -> None:
    handoff_id = gw.message("quero cancelar").json()["decision"]["handoff_id"]
    add_staff(gw, TENANT_A, "ana", "agent")
    add_staff(gw, TENANT_A, "bruno", "agent")
    login(gw.client, TENANT_A, "bruno")
    csrf = csrf_of(gw.client)
    gw.client.post(f"/dashboard/desk/{handoff_id}/claim", data={"csrf_token": csrf})
    login(gw.client, TENANT_A, "ana")
    csrf = csrf_of(gw.client)
    again = gw.client.post(f"/dashboard/desk/{handoff_id}/claim", data={"csrf_token": csrf})
    assert again.status_code == 200 and "handoff is claimed by bruno" in again.text
    reply = gw.client.post(
        f"/dashboard/desk/{handoff_id}/reply", data={"csrf_token": csrf, "message": "oi"}
    )
    assert "Resposta não enviada" in reply.text
    bad_label = gw.client.post(
        f"/dashboard/desk/{handoff_id}/resolve",
        data={"csrf_token": csrf, "sub_intent": "nao.existe", "sentiment": "neutral"},
    )
    assert "Rótulos inválidos" in bad_label.text
    assert _handoff(gw, handoff_id).claimed_by == "bruno"


def test_agents_never_see_or_touch_another_tenants_handoffs(any_gw: Gateway) -> None:
    gw = any_gw
    handoff_id = gw.message("quero cancelar").json()["decision"]["handoff_id"]  # tenant A
    add_staff(gw, TENANT_B, "bia", "admin")
    login(gw.client, TENANT_B, "bia")
    assert handoff_id not in gw.client.get("/dashboard/desk").text
    assert gw.client.get(f"/dashboard/desk/{handoff_id}").status_code == 404
    csrf = csrf_of(gw.client)
    response = gw.client.post(f"/dashboard/desk/{handoff_id}/claim", data={"csrf_token": csrf})
    assert response.status_code == 404 and "handoff not found" in response.text
    assert _handoff(gw, handoff_id).status == "pending"
    figures = gw.client.get("/dashboard/overview/data").json()
    assert figures["kpis"]["decisions"] == 0 and figures["kpis"]["handoff_queue_size"] == 0
    rows = list(csv.reader(io.StringIO(gw.client.get("/dashboard/export/conversations.csv").text)))
    assert len(rows) == 1  # the header only


def _traffic(gw: Gateway) -> None:
    assert gw.message("segunda via do boleto").status_code == 200  # automated
    assert gw.message("bom dia", channel="email").status_code == 200  # automated
    assert gw.message("quero cancelar", channel="email").status_code == 200  # to a human


def test_overview_figures_come_from_the_traffic_and_follow_filters(any_gw: Gateway) -> None:
    gw = any_gw
    _traffic(gw)
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    figures = gw.client.get("/dashboard/overview/data").json()
    kpis = figures["kpis"]
    assert kpis["decisions"] == 3
    assert kpis["ai_resolution_rate"] == pytest.approx(2 / 3, abs=1e-4)
    assert kpis["handoff_queue_size"] == 1 and kpis["average_response_ms"] > 0
    assert kpis["csat_responses"] == 0 and kpis["csat_average"] is None
    assert len(figures["labels"]) == 7  # the default period: the last 7 days, by day
    assert {k: sum(v) for k, v in figures["volume_by_channel"].items()} == {
        "email": 2,
        "whatsapp": 1,
    }
    assert sum(figures["volume_by_sub_intent"]["commercial.cancellation"]) == 1
    assert figures["automation_rate"][-1] == pytest.approx(2 / 3, abs=1e-4)
    email = gw.client.get("/dashboard/overview/data?channel=email").json()
    assert email["kpis"]["decisions"] == 2 and email["kpis"]["ai_resolution_rate"] == 0.5
    human = gw.client.get("/dashboard/overview/data?resolution_type=human_routing").json()
    assert human["kpis"]["decisions"] == 1
    page = gw.client.get("/dashboard/overview").text
    assert 'data-kpi="decisions" data-format="number">3<' in page
    assert "66,7%" in page  # pt-BR formatting of the AI resolution rate


@pytest.mark.parametrize(
    "query",
    ["channel=telegram", "sub_intent=nada", "start=2026-13-01", "start=2026-02-01&end=2026-01-01"],
)
def test_bad_filters_are_a_422_with_the_reason(gw: Gateway, query: str) -> None:
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    response = gw.client.get(f"/dashboard/overview/data?{query}")
    assert response.status_code == 422
    assert response.json()["detail"]


def test_exports_hold_the_filtered_conversations_in_csv_and_xlsx(any_gw: Gateway) -> None:
    gw = any_gw
    _traffic(gw)
    gw.message("=HYPERLINK(1) segunda via")  # a formula-looking message
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    response = gw.client.get("/dashboard/export/conversations.csv?channel=email")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(r["sub_intent"] for r in rows) == ["commercial.cancellation", "other.greeting"]
    assert {r["canal"] for r in rows} == {"email"}
    everything = gw.client.get("/dashboard/export/conversations.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1) segunda via" in everything  # neutralised for spreadsheets
    workbook = load_workbook(
        io.BytesIO(gw.client.get("/dashboard/export/conversations.xlsx").content)
    )
    sheet = workbook["conversas"]
    assert sheet.max_row == 5  # header + 4 messages
    assert [c.value for c in sheet[1]][:4] == ["data_hora", "conversa_id", "cliente", "canal"]
    csat = gw.client.get("/dashboard/export/csat.csv").content.decode("utf-8-sig")
    assert csat.strip().splitlines() == [
        "respondido_em,conversa_id,canal,sub_intent,resolucao,atendido_por,nota,comentario"
    ]


def test_live_stream_sends_the_figures_as_server_sent_events(gw: Gateway) -> None:
    _traffic(gw)
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    with gw.client.stream("GET", "/dashboard/overview/stream?max_events=1") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    event, data = body.split("\n", 2)[:2]
    assert event == "event: overview"
    assert json.loads(data.removeprefix("data: "))["kpis"]["decisions"] == 3


def _reports(root: Path) -> None:
    (root / "metrics").mkdir(parents=True)
    (root / "plots").mkdir()
    (root / "reports").mkdir()
    (root / "metrics" / "test.json").write_text(
        json.dumps({"sub_intent_macro_f1": 0.912, "ece": 0.031})
    )
    (root / "plots" / "reliability_test.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    # The shape `omnichat register` writes (training.register.decision_dict).
    table = [
        {"test_set": "test", "metric": "sub_intent_macro_f1", "challenger": 0.93,
         "champion": 0.912, "delta": 0.018, "gated": True, "tolerance": 0.005,
         "verdict": "better"},
        {"test_set": "feedback_test", "metric": "ece", "challenger": 0.05, "champion": 0.03,
         "delta": 0.02, "gated": True, "tolerance": 0.01, "verdict": "worse"},
    ]  # fmt: skip
    report = {"version": "4", "promoted": False, "reasons": ["worse on feedback_test.ece"],
              "candidate": {}, "champion": {}, "champion_version": "3", "table": table}  # fmt: skip
    (root / "reports" / "register.json").write_text(json.dumps(report))
    (root / "reports" / "drift").mkdir()
    checks = [
        {"name": "sub_intent", "method": "jensenshannon", "score": 0.21, "threshold": 0.1,
         "passed": False, "description": ""},
        {"name": "text", "method": "domain classifier", "score": 0.55, "threshold": 0.75,
         "passed": True, "description": ""},
    ]  # fmt: skip
    summary = {"status": "drift", "generated_at": "2026-11-30T08:00:00+00:00",
               "model": {"version": "3"}, "current": {"rows": 412}, "checks": checks}  # fmt: skip
    (root / "reports" / "drift" / "latest.json").write_text(json.dumps(summary))
    (root / "reports" / "drift" / "latest.html").write_text("<html>evidently</html>")


def test_model_page_shows_empty_states_without_reports(gw: Gateway) -> None:
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    page = gw.client.get("/dashboard/model").text
    assert "Servidor de modelo indisponível" in page  # nothing listens at MODEL_SERVER_URL
    assert "Nenhuma avaliação encontrada" in page
    assert "Nenhum relatório de drift ainda" in page
    assert gw.client.get("/dashboard/model/plots/reliability").status_code == 404


def test_model_page_reads_reports_and_serves_only_known_plots(gw: Gateway) -> None:
    root = Path(gw.app.state.settings.model_reports_dir)
    _reports(root)
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    page = gw.client.get("/dashboard/model").text
    assert "0,912" in page and "0,031" in page
    assert "mantida como desafiante" in page and "worse on feedback_test.ece" in page
    assert "0,0180" in page and "melhor" in page and "pior" in page and "feedback_test" in page
    assert "Drift detectado" in page and "412 mensagens recentes" in page and "0,210" in page
    assert gw.client.get("/dashboard/model/drift-report").text == "<html>evidently</html>"
    assert gw.client.get("/dashboard/model/plots/reliability").content.startswith(b"\x89PNG")
    assert gw.client.get("/dashboard/model/plots/..%2Fmetrics%2Ftest.json").status_code == 404


def test_rollback_runs_the_admin_command_and_is_audited(sqlite_url: str, tmp_path: Path) -> None:
    script = tmp_path / "fake_omnichat.py"
    calls = tmp_path / "calls.txt"
    script.write_text(
        "import sys, pathlib\n"
        f"pathlib.Path({str(calls)!r}).write_text(' '.join(sys.argv[1:]))\n"
        "print('champion moved from version 4 back to 3')\n"
    )
    with running_gateway(
        sqlite_url,
        dashboard_secret_key=SECRET,
        model_admin_command=f"{sys.executable} {script}",
        model_admin_tenant=TENANT_A,
    ) as gw:
        add_staff(gw, TENANT_A, "sara", "supervisor")
        login(gw.client, TENANT_A, "sara")
        csrf = csrf_of(gw.client, "/dashboard/model")
        unconfirmed = gw.client.post("/dashboard/model/rollback", data={"csrf_token": csrf})
        assert "Confirme a ação" in unconfirmed.text and not calls.exists()
        done = gw.client.post(
            "/dashboard/model/rollback", data={"csrf_token": csrf, "confirm": "sim"}
        )
        assert "Reversão concluída" in done.text and "back to 3" in done.text
        assert calls.read_text() == "rollback"
        with session_scope(gw.app.state.session_factory) as session:
            entry = session.scalar(select(AuditLog).where(AuditLog.event == "model_rollback"))
        assert entry.actor == "sara" and entry.details["ok"] is True


@pytest.mark.parametrize("operator", [TENANT_A, None])
def test_only_the_operators_tenant_may_switch_the_shared_model(
    sqlite_url: str, tmp_path: Path, operator: str | None
) -> None:
    calls = tmp_path / "calls.txt"
    script = tmp_path / "fake_omnichat.py"
    script.write_text(f"import pathlib\npathlib.Path({str(calls)!r}).write_text('ran')\n")
    with running_gateway(
        sqlite_url,
        dashboard_secret_key=SECRET,
        model_admin_command=f"{sys.executable} {script}",
        model_admin_tenant=operator,
    ) as gw:
        add_staff(gw, TENANT_B, "bia", "admin")  # the admin of another provider
        login(gw.client, TENANT_B, "bia")
        page = gw.client.get("/dashboard/model").text
        assert "MODEL_ADMIN_TENANT" in page and 'action="/dashboard/model/promote"' not in page
        csrf = csrf_of(gw.client, "/dashboard/model")
        for action in ("promote", "rollback"):
            refused = gw.client.post(
                f"/dashboard/model/{action}", data={"csrf_token": csrf, "confirm": "sim"}
            )
            assert refused.status_code == 403 and "MODEL_ADMIN_TENANT" in refused.text
        assert not calls.exists()
        with session_scope(gw.app.state.session_factory) as session:
            assert session.scalar(select(AuditLog).where(AuditLog.event.like("model_%"))) is None
        add_staff(gw, TENANT_A, "sara", "supervisor")
        login(gw.client, TENANT_A, "sara")
        shown = 'action="/dashboard/model/promote"' in gw.client.get("/dashboard/model").text
        assert shown is (operator == TENANT_A)


def test_csat_figures_and_export_come_from_answered_surveys(any_gw: Gateway) -> None:
    gw = any_gw
    from gateway.db import models
    from gateway.web.csat_source import csat_available

    reply = gw.message("segunda via do boleto").json()
    add_staff(gw, TENANT_A, "sara", "supervisor")
    login(gw.client, TENANT_A, "sara")
    if not csat_available():  # the CSAT work is not in this gateway: a clear empty state
        page = gw.client.get("/dashboard/overview").text
        assert "Pesquisas de satisfação ainda não configuradas." in page
        return
    with session_scope(gw.app.state.session_factory) as session:
        conversation = session.get(models.Conversation, reply["conversation_id"])
        now = models.utcnow()
        for score, status in ((5, "answered"), (2, "answered"), (None, "sent")):
            session.add(
                models.CsatSurvey(
                    tenant_id=conversation.tenant_id,
                    conversation_id=conversation.id,
                    customer_id=conversation.customer_id,
                    message_id=models.new_id(),
                    channel="whatsapp",
                    resolution_type="ai_automated",
                    handled_by="ai",
                    sub_intent="financial.invoice_copy",
                    status=status,
                    scheduled_for=now,
                    answered_at=now if score else None,
                    score=score,
                    comment="ótimo" if score == 5 else "",
                )
            )
    kpis = gw.client.get("/dashboard/overview/data").json()["kpis"]
    assert (kpis["csat_responses"], kpis["csat_average"], kpis["csat_satisfied_rate"]) == (
        2,
        3.5,
        0.5,
    )
    rows = list(
        csv.DictReader(
            io.StringIO(gw.client.get("/dashboard/export/csat.csv").content.decode("utf-8-sig"))
        )
    )
    assert sorted(r["nota"] for r in rows) == ["2", "5"]
    human_only = gw.client.get("/dashboard/export/csat.csv?resolution_type=human_routing")
    assert len(human_only.content.decode("utf-8-sig").strip().splitlines()) == 1


def test_model_action_reports_a_failed_reload_and_keeps_the_token_from_the_cli(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "fake_omnichat.py"
    script.write_text(
        "import os\nprint('token seen' if 'MODEL_RELOAD_TOKEN' in os.environ else 'no token')\n"
    )
    monkeypatch.setenv("MODEL_RELOAD_TOKEN", "reload-token-123")
    with running_gateway(
        sqlite_url,
        dashboard_secret_key=SECRET,
        model_admin_command=f"{sys.executable} {script}",
        model_reload_token="reload-token-123",
        model_server_connect_retries=0,
        model_admin_tenant=TENANT_A,
    ) as gw:
        add_staff(gw, TENANT_A, "sara", "supervisor")
        login(gw.client, TENANT_A, "sara")
        csrf = csrf_of(gw.client, "/dashboard/model")
        done = gw.client.post(
            "/dashboard/model/promote", data={"csrf_token": csrf, "confirm": "sim"}
        )
        # The gateway reloads (nothing listens at MODEL_SERVER_URL here), not the CLI.
        assert "Promoção falhou" in done.text and "Falha ao recarregar o modelo" in done.text
        assert "no token" in done.text
        with session_scope(gw.app.state.session_factory) as session:
            entry = session.scalar(select(AuditLog).where(AuditLog.event == "model_promote"))
        assert entry.details["ok"] is False


def test_customer_text_is_escaped_on_the_desk(gw: Gateway) -> None:
    handoff_id = gw.message("quero cancelar <script>alert(1)</script>").json()["decision"][
        "handoff_id"
    ]
    add_staff(gw, TENANT_A, "ana", "agent")
    login(gw.client, TENANT_A, "ana")
    page = gw.client.get(f"/dashboard/desk/{handoff_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
