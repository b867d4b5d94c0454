"""Replies sent to the customer (pt-BR), per sub_intent, filled with the action results."""

from __future__ import annotations

from typing import Any

from gateway.actions.backend import ActionResult
from gateway.greetings import GreetingKind, greeting_kind

HANDOFF_REPLIES = {
    "retention": (
        "Entendi. Vou te passar para nossa equipe de relacionamento, que já vai falar com você."
    ),
    "billing": "Entendi. Vou te passar para um atendente do financeiro, que vai analisar a fatura.",
}
HANDOFF_DEFAULT = "Entendi. Vou te passar para um de nossos atendentes, que já vai te ajudar."
GREETING = "Olá! Sou o assistente virtual. Como posso te ajudar hoje?"
THANKS_REPLY = (
    "Por nada! Fico feliz em ajudar. Se precisar de mais alguma coisa, é só chamar por aqui."
)
GOODBYE_REPLY = "Até mais! Se precisar de alguma coisa, é só chamar por aqui."

_GREETING_REPLIES: dict[GreetingKind, str] = {
    "hello": GREETING,
    "thanks": THANKS_REPLY,
    "goodbye": GOODBYE_REPLY,
}


def _data(results: list[ActionResult], action: str) -> dict[str, Any]:
    for result in results:
        if result.action == action and result.ok:
            return result.data
    return {}


def _invoice(data: dict[str, Any]) -> str:
    if not data.get("has_open_invoice"):
        return "Você não tem nenhuma fatura em aberto no momento."
    return (
        f"Sua fatura de {data['amount']} vence em {_date(data['due_date'])}. "
        f"Pix copia e cola: {data['pix_code']}"
    )


def _date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


def _no_connection(results: list[ActionResult]) -> str:
    outage = _data(results, "check_outage")
    if outage.get("outage"):
        eta = outage.get("estimated_end")
        when = f" Previsão de normalização: {_date(eta)} {eta[11:16]} (UTC)." if eta else ""
        return (
            f"Identificamos uma instabilidade na sua região e a equipe já está trabalhando.{when}"
        )
    status = _data(results, "check_connection_status")
    if status.get("blocked"):
        return "Sua conexão está bloqueada por pendência financeira. Posso te enviar a fatura."
    return (
        "Não há falha registrada na sua região. Desligue o roteador da tomada por 30 segundos e "
        "ligue de novo; se não voltar, me avise que agendo um técnico."
    )


def _speed(results: list[ActionResult]) -> str:
    if _data(results, "check_outage").get("outage"):
        return (
            "Há uma instabilidade na sua região que pode afetar a velocidade; já estamos atuando."
        )
    diag = _data(results, "run_speed_diagnostics")
    plan = f" de {diag['plan_mbps']} Mbps" if diag.get("plan_mbps") else ""
    return (
        f"Verifiquei sua linha{plan} e ela está ativa. Para medir, teste via cabo e reinicie o "
        "roteador; se continuar lento, me avise que abro um chamado."
    )


def _payment(results: list[ActionResult]) -> str:
    status = _data(results, "check_payment_status")
    unlock = _data(results, "trust_unlock")
    if unlock.get("unlocked"):
        return (
            "Liberei sua conexão em confiança até "
            f"{_date(unlock['until'])}. Assim que o pagamento for compensado, fica tudo normal."
        )
    if status.get("up_to_date"):
        return "Seu pagamento está em dia, não há pendências."
    return (
        f"Ainda consta {status.get('overdue_count', 0)} fatura(s) em aberto "
        f"({status.get('overdue_total', '')}). "
        "Pagamentos podem levar até 3 dias úteis para compensar."
    )


def _negotiation(results: list[ActionResult]) -> str:
    plan = _data(results, "offer_payment_plan")
    if not plan.get("has_debt"):
        return "Você não tem débitos em aberto para negociar."
    return (
        f"Podemos parcelar seu débito de {plan['total']} em {plan['instalments']}x de "
        f"{plan['instalment_amount']}. Quer que eu gere o acordo?"
    )


def _plans(plans: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['name']} por R$ {p['monthly_brl']}/mês" for p in plans)


def _new_subscription(results: list[ActionResult]) -> str:
    coverage = _data(results, "check_coverage")
    if not coverage.get("covered"):
        return "Ainda não atendemos sua região, mas anotei seu interesse."
    return f"Atendemos sua região! Nossos planos: {_plans(_data(results, 'send_plans')['plans'])}."


def _plan_change(results: list[ActionResult]) -> str:
    plans = _data(results, "send_upgrade_offers").get("plans", [])
    if not plans:
        return "Você já está no nosso plano mais rápido."
    return f"Opções para mudar de plano: {_plans(plans)}. Qual você prefere?"


def _visit(results: list[ActionResult]) -> str:
    slot = _data(results, "schedule_visit")
    when = slot["starts_at"]
    return f"Agendei a visita técnica para {_date(when)} às {when[11:16]} (UTC)."


def _address_change(results: list[ActionResult]) -> str:
    if not _data(results, "check_coverage").get("covered"):
        return (
            "Abri sua solicitação de mudança de endereço; vamos confirmar a cobertura e te avisar."
        )
    return "Abri sua solicitação de mudança de endereço; nossa equipe vai te contatar para agendar."


def automated_reply(sub_intent: str, results: list[ActionResult], message: str = "") -> str:
    """The automatic answer for `sub_intent`, built from the action results (and, for a
    greeting, from the customer's `message`: a thank-you is not answered with a hello)."""
    match sub_intent:
        case "other.greeting":
            return _GREETING_REPLIES[greeting_kind(message)]
        case "technical.no_connection" | "technical.intermittent":
            return _no_connection(results)
        case "technical.slow_connection":
            return _speed(results)
        case "technical.wifi_equipment":
            url = _data(results, "send_wifi_guide")["guide_url"]
            return f"Preparei um guia para melhorar seu Wi-Fi: {url}"
        case "technical.technician_visit":
            return _visit(results)
        case "financial.invoice_copy":
            return _invoice(_data(results, "generate_invoice"))
        case "financial.payment_confirmation":
            return _payment(results)
        case "financial.negotiation":
            return _negotiation(results)
        case "commercial.new_subscription":
            return _new_subscription(results)
        case "commercial.plan_change":
            return _plan_change(results)
        case "commercial.address_change":
            return _address_change(results)
        case _:
            return HANDOFF_DEFAULT


def handoff_reply(team: str | None) -> str:
    """The message telling the customer a person will take over."""
    return HANDOFF_REPLIES.get(team or "", HANDOFF_DEFAULT)
