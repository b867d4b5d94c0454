"""pt-BR names of the taxonomy, channels and statuses shown on the pages."""

from __future__ import annotations

from typing import Final

SUB_INTENT_LABELS: Final = {
    "technical.no_connection": "Sem conexão",
    "technical.slow_connection": "Internet lenta",
    "technical.intermittent": "Conexão instável",
    "technical.wifi_equipment": "Wi-Fi / equipamento",
    "technical.technician_visit": "Visita técnica",
    "financial.invoice_copy": "Segunda via",
    "financial.payment_confirmation": "Confirmação de pagamento",
    "financial.billing_dispute": "Contestação de cobrança",
    "financial.negotiation": "Negociação",
    "commercial.new_subscription": "Nova assinatura",
    "commercial.plan_change": "Mudança de plano",
    "commercial.cancellation": "Cancelamento",
    "commercial.address_change": "Mudança de endereço",
    "other.greeting": "Saudação",
    "other.out_of_scope": "Fora do escopo",
}
CHANNEL_LABELS: Final = {
    "whatsapp": "WhatsApp",
    "email": "E-mail",
    "web_chat": "Chat do site",
    "phone": "Telefone",
}
SENTIMENT_LABELS: Final = {
    "frustrated": "Frustrado",
    "neutral": "Neutro",
    "satisfied": "Satisfeito",
}
RESOLUTION_LABELS: Final = {"ai_automated": "Resolvido pela IA", "human_routing": "Humano"}
DELIVERY_LABELS: Final = {
    "recorded": "Registrada",
    "sent": "Enviada",
    "delivered": "Entregue",
    "read": "Lida",
    "failed": "Não entregue",
}
HANDOFF_STATUS_LABELS: Final = {
    "pending": "Na fila",
    "claimed": "Em atendimento",
    "resolved": "Resolvido",
}
ROLE_LABELS: Final = {"admin": "Administrador", "supervisor": "Supervisor", "agent": "Agente"}
TIER_LABELS: Final = {"business": "Empresarial", "premium": "Premium", "basic": "Básico"}
PRIORITY_LABELS: Final = {0: "Máxima", 1: "Alta", 2: "Normal"}  # routing.policy.queue_priority


def label(mapping: dict, key: object) -> str:
    """The pt-BR label of `key`, or the key itself when it has none."""
    return str(mapping.get(key, key))
