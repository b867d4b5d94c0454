"""The message flow through the API, on SQLite and on real PostgreSQL + Redis (`any_gateway`)."""

from __future__ import annotations

from gw_app import KEY_A

from gateway.core.masking import CPF_MASK, PHONE_MASK
from gateway.db.models import Feedback, Message, Ticket, VisitSlot
from gateway.replies import GOODBYE_REPLY, GREETING, THANKS_REPLY


def test_clear_request_is_answered_with_the_action_results(any_gateway) -> None:
    response = any_gateway.message("quero a segunda via do boleto")
    assert response.status_code == 200
    body = response.json()
    assert body["analysis"]["sub_intent"] == "financial.invoice_copy"
    assert body["analysis"]["confidence"] == body["analysis"]["raw_confidence"] == 0.93
    assert body["decision"]["resolution_type"] == "ai_automated"
    (action,) = body["actions_taken"]
    assert action["action"] == "generate_invoice" and action["ok"]
    assert action["data"]["pix_code"] in body["reply"]
    assert action["data"]["amount"] in body["reply"]
    assert body["processing_time_ms"] > 0
    assert body["timings"]["model_ms"] <= body["timings"]["total_ms"]


def test_blocked_follow_up_resolves_to_payment_confirmation_and_unlocks(any_gateway) -> None:
    response = any_gateway.message("continua bloqueado")
    body = response.json()
    assert body["analysis"]["raw_sub_intent"] == "technical.no_connection"
    assert body["analysis"]["sub_intent"] == "financial.payment_confirmation"
    signals = {s["signal"]: s for s in body["analysis"]["context_signals"]}
    assert signals["overdue_invoice"]["delta"]["financial.payment_confirmation"] > 0
    assert [a["action"] for a in body["actions_taken"]] == ["check_payment_status", "trust_unlock"]
    assert body["actions_taken"][1]["data"]["unlocked"] is True
    assert "Liberei sua conexão" in body["reply"]
    # The unlock is real: the customer is no longer blocked in the context.
    context = any_gateway.client.get(
        "/api/v1/customers/cliente-basic-001/context", headers=any_gateway.headers()
    ).json()
    assert context["context"]["blocked"] is False
    assert context["context"]["last_sub_intent"] == "financial.payment_confirmation"


def test_outage_follow_up_resolves_to_no_connection(any_gateway) -> None:
    body = any_gateway.message("alguma previsão?", customer="cliente-premium-001").json()
    assert body["analysis"]["raw_sub_intent"] == "technical.technician_visit"
    assert body["analysis"]["sub_intent"] == "technical.no_connection"
    assert body["analysis"]["context_signals"][0]["signal"] == "outage_in_region"


def test_whatsapp_then_email_is_one_thread_and_email_knows_whatsapp(any_gateway) -> None:
    first = any_gateway.message("quero mudar de plano", customer="cliente-business-001").json()
    # The customer writes again by e-mail, identified by their e-mail address.
    second = any_gateway.message(
        "quero mudar", customer="contato@paoquente.example.com", channel="email"
    ).json()
    assert second["conversation_id"] == first["conversation_id"]
    assert second["analysis"]["sub_intent"] == "commercial.plan_change"
    assert any(s["signal"] == "follow_up" for s in second["analysis"]["context_signals"])
    thread = any_gateway.client.get(
        f"/api/v1/conversations/{first['conversation_id']}", headers=any_gateway.headers()
    ).json()
    assert thread["channels"] == ["whatsapp", "email"]
    assert thread["customer_id"] == "cliente-business-001"
    assert [m["role"] for m in thread["messages"]] == ["customer", "assistant"] * 2
    assert len(thread["analyses"]) == len(thread["decisions"]) == 2


def test_cancellation_is_handed_to_retention_with_a_ticket(any_gateway) -> None:
    body = any_gateway.message("quero cancelar meu contrato").json()
    decision = body["decision"]
    assert decision["resolution_type"] == "human_routing"
    assert decision["rule"] == "cancellation_to_retention" and decision["team"] == "retention"
    assert decision["handoff_id"]
    assert body["actions_taken"][0]["action"] == "open_ticket"
    queue = any_gateway.client.get("/api/v1/handoffs", headers=any_gateway.headers()).json()
    assert [h["id"] for h in queue] == [decision["handoff_id"]]


def test_failed_action_sends_to_a_human_with_the_failure_recorded(any_gateway) -> None:
    with any_gateway.app.state.session_factory() as session:
        session.query(VisitSlot).delete()
        session.commit()
    body = any_gateway.message("preciso de uma visita técnica").json()
    assert body["decision"]["resolution_type"] == "human_routing"
    assert body["decision"]["rule"] == "action_failed"
    failed = body["actions_taken"][0]
    assert failed == {
        "action": "schedule_visit",
        "ok": False,
        "data": {},
        "error": "no free visit slot in region centro",
    }
    assert body["actions_taken"][1]["action"] == "open_ticket"


def test_third_contact_within_a_day_goes_to_a_human(any_gateway) -> None:
    rules = [any_gateway.message("segunda via").json()["decision"]["rule"] for _ in range(3)]
    assert rules == ["confidence_threshold", "confidence_threshold", "repeat_contact"]


def test_stored_text_is_masked(any_gateway) -> None:
    body = any_gateway.message("paguei ontem, cpf 123.456.789-09, fone (11) 98765-4321").json()
    with any_gateway.app.state.session_factory() as session:
        texts = [m.text for m in session.query(Message).filter_by(role="customer")]
    assert texts == [f"paguei ontem, cpf {CPF_MASK}, fone {PHONE_MASK}"]
    assert body["conversation_id"]


def test_classify_is_stateless_and_uses_the_inline_context(any_gateway) -> None:
    response = any_gateway.client.post(
        "/api/v1/classify",
        json={
            "message": "continua bloqueado",
            "context": {"overdue_invoice": True, "blocked": True},
        },
        headers=any_gateway.headers(),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["analysis"]["sub_intent"] == "financial.payment_confirmation"
    assert body["planned_actions"] == ["check_payment_status", "trust_unlock"]
    with any_gateway.app.state.session_factory() as session:
        assert session.query(Message).count() == 0
        assert session.query(Ticket).count() == 0
        assert session.query(Feedback).count() == 0


def test_greeting_and_out_of_scope(gateway) -> None:
    greeting = gateway.message("olá").json()
    assert greeting["decision"]["rule"] == "greeting_reply"
    assert greeting["reply"] == GREETING
    # A thank-you or a goodbye is a greeting too, and is not answered with a hello.
    thanks = gateway.message("olá, muito obrigada pela ajuda!", customer="cliente-basic-002")
    assert thanks.json()["reply"] == THANKS_REPLY
    bye = gateway.message("bom dia, era só isso, tchau", customer="cliente-basic-003")
    assert bye.json()["reply"] == GOODBYE_REPLY
    scope = gateway.message("me passa uma receita de bolo").json()
    assert scope["decision"]["rule"] == "out_of_scope"


def test_unknown_identifier_becomes_a_prospect(gateway) -> None:
    body = gateway.message("quero contratar internet", customer="novo-lead-77").json()
    assert body["customer_id"] == "novo-lead-77"
    # No region on file: coverage cannot be checked, so a person takes over.
    assert body["decision"]["rule"] == "action_failed"
    assert "region" in body["actions_taken"][0]["error"]
    # No plan on file: the context says prospect, and an ambiguous message gets that prior.
    url = "/api/v1/customers/novo-lead-77/context"
    context = gateway.client.get(url, headers=gateway.headers())
    assert context.json()["context"]["subscriber"] is False
    vague = gateway.message("e o pix?", customer="novo-lead-77").json()
    signals = {s["signal"]: s for s in vague["analysis"]["context_signals"]}
    assert signals["prospect"]["delta"]["commercial.new_subscription"] > 0
    subscriber = gateway.client.get(
        "/api/v1/customers/cliente-basic-001/context", headers=gateway.headers()
    )
    assert subscriber.json()["context"]["subscriber"] is True


def test_closing_starts_a_new_conversation(gateway) -> None:
    first = gateway.message("segunda via").json()["conversation_id"]
    closed = gateway.client.post(f"/api/v1/conversations/{first}/close", headers=gateway.headers())
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    again = gateway.client.post(f"/api/v1/conversations/{first}/close", headers=gateway.headers())
    assert again.status_code == 409
    second = gateway.message("segunda via").json()["conversation_id"]
    assert second != first


def test_model_is_called_once_per_message(gateway) -> None:
    gateway.message("segunda via")
    gateway.message("segunda via", key=KEY_A)
    assert gateway.model.calls == 2


def test_write_through_context_matches_the_database(any_gateway) -> None:
    from gateway.context.engine import build_context
    from gateway.db.models import Customer

    gw = any_gateway
    for text in ("continua bloqueado", "quero cancelar", "segunda via", "e o pix?"):
        assert gw.message(text).status_code == 200
    cached = gw.client.get(
        "/api/v1/customers/cliente-basic-001/context", headers=gw.headers()
    ).json()
    with gw.app.state.session_factory() as session:
        customer = session.get(Customer, cached["customer_id"])
        fresh = build_context(session, customer)
    assert cached["conversation_id"] == fresh.conversation_id
    assert cached["context"] == fresh.context.model_dump(mode="json")
