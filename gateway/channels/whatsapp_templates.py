"""The message templates every tenant has approved in WhatsApp Manager, in Graph API shape.

WhatsApp only accepts a free-form (session) message within 24 hours of the customer's last
message; anything later -- a CSAT survey after a long resolution, an invoice, an outage notice --
must be one of these pre-approved templates. The bodies here must match the templates the tenant
registered with Meta; a tenant that registered one under another name maps it in its account's
`template_names` (`docs/channels.md`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

TemplateCategory = Literal["UTILITY", "MARKETING", "AUTHENTICATION"]


class TemplateButton(BaseModel):
    """A quick-reply button: its text comes back as an interactive `button` message."""

    type: Literal["QUICK_REPLY"] = "QUICK_REPLY"
    text: str


class WhatsAppTemplate(BaseModel):
    """A template as listed by `GET /{waba_id}/message_templates`, plus its parameter names."""

    name: str
    language: str = "pt_BR"
    category: TemplateCategory = "UTILITY"
    status: Literal["APPROVED", "PENDING", "REJECTED"] = "APPROVED"
    body: str = Field(description="The body text with {{1}}, {{2}} placeholders.")
    parameters: list[str] = Field(description="What fills {{1}}, {{2}}, in that order.")
    buttons: list[TemplateButton] = Field(default_factory=list)

    def components(self) -> list[dict[str, Any]]:
        """The template's components as Meta lists them."""
        components: list[dict[str, Any]] = [{"type": "BODY", "text": self.body}]
        if self.buttons:
            components.append(
                {"type": "BUTTONS", "buttons": [b.model_dump() for b in self.buttons]}
            )
        return components

    def send_components(self, values: dict[str, str]) -> list[dict[str, Any]]:
        """The `components` of a send request filling the body parameters from `values`."""
        missing = [name for name in self.parameters if not values.get(name)]
        if missing:
            raise ValueError(f"template {self.name} needs parameters {missing}")
        parameters = [{"type": "text", "text": values[name]} for name in self.parameters]
        return [{"type": "body", "parameters": parameters}] if parameters else []


TEMPLATES: tuple[WhatsAppTemplate, ...] = (
    WhatsAppTemplate(
        name="csat_survey",
        body=(
            "Olá, {{1}}! Seu atendimento foi concluído. Como você avalia o atendimento que "
            "recebeu? Toque em uma opção ou responda com uma nota de 1 a 5."
        ),
        parameters=["customer_name"],
        buttons=[
            TemplateButton(text="😍 Ótimo"),
            TemplateButton(text="😐 Regular"),
            TemplateButton(text="😞 Ruim"),
        ],
    ),
    WhatsAppTemplate(
        name="invoice_pix",
        body=("Olá, {{1}}! Sua fatura de {{2}} vence em {{3}}. Pague pelo Pix copia e cola: {{4}}"),
        parameters=["customer_name", "amount", "due_date", "pix_code"],
    ),
    WhatsAppTemplate(
        name="outage_notice",
        body=(
            "Olá, {{1}}. Identificamos uma instabilidade na região {{2}} e nossa equipe já está "
            "trabalhando. Previsão de normalização: {{3}}."
        ),
        parameters=["customer_name", "region", "estimated_end"],
    ),
)


def template_named(name: str) -> WhatsAppTemplate | None:
    """The approved template called `name`, or None."""
    return next((t for t in TEMPLATES if t.name == name), None)
