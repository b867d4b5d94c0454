"""Settings of the WhatsApp, e-mail and phone channels, read from the environment.

The environment variables `WHATSAPP_APP_SECRET`, `WHATSAPP_VERIFY_TOKEN`, `WHATSAPP_ACCESS_TOKEN`
and `WHATSAPP_PHONE_NUMBER_ID` configure one account, the one of the tenant `WHATSAPP_TENANT`
(the demo tenant by default). Other tenants' accounts come from `WHATSAPP_ACCOUNTS`, a JSON list
of `WhatsAppAccount` objects, so every secret stays in the environment. Each account may name
its own approved templates (`template_names`; `WHATSAPP_TEMPLATE_NAMES` for the first account).
"""

from __future__ import annotations

import re
from typing import Annotated, Final

from pydantic import AfterValidator, BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from gateway.channels.whatsapp_templates import TEMPLATES

DEFAULT_GRAPH_BASE_URL = "https://graph.facebook.com/v21.0"


# Meta's rule for template names: lower-case letters, digits and underscores.
_TEMPLATE_NAME = re.compile(r"[a-z0-9_]{1,512}")
_KNOWN_TEMPLATES: Final = frozenset(t.name for t in TEMPLATES)


def _checked_template_names(names: dict[str, str]) -> dict[str, str]:
    """`names` if every key is a gateway template and every value a valid Meta name."""
    unknown = sorted(set(names) - _KNOWN_TEMPLATES)
    if unknown:
        raise ValueError(f"unknown templates {unknown}; known: {sorted(_KNOWN_TEMPLATES)}")
    invalid = sorted(v for v in names.values() if not _TEMPLATE_NAME.fullmatch(v))
    if invalid:
        raise ValueError(f"template names {invalid} are not lower-case letters, digits and _")
    return names


# A tenant's names for the gateway's templates, checked wherever they are configured.
TemplateNames = Annotated[dict[str, str], AfterValidator(_checked_template_names)]


class WhatsAppAccount(BaseModel):
    """One tenant's WhatsApp Business number and the secrets of its Meta app."""

    tenant: str = Field(description="The tenant's slug; it names the webhook URL.")
    app_secret: SecretStr
    verify_token: SecretStr
    access_token: SecretStr = SecretStr("")
    phone_number_id: str = ""
    language: str = "pt_BR"
    template_names: TemplateNames = Field(
        default_factory=dict,
        description=(
            "The name each gateway template (csat_survey, invoice_pix, outage_notice) has in "
            "this account's WhatsApp Manager, when it differs; e.g. "
            '{"csat_survey": "pesquisa_satisfacao_v2"}.'
        ),
    )

    def template_name(self, template: str) -> str:
        """The name this account registered `template` under (its own name by default)."""
        return self.template_names.get(template, template)


class ChannelSettings(BaseSettings):
    """Channel configuration; every field maps to the upper-case environment variable."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    whatsapp_tenant: str = "demo-isp"
    whatsapp_app_secret: SecretStr | None = None
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_access_token: SecretStr | None = None
    whatsapp_phone_number_id: str = ""
    whatsapp_template_names: TemplateNames = Field(default_factory=dict)
    whatsapp_accounts: list[WhatsAppAccount] = Field(default_factory=list)
    whatsapp_graph_base_url: str = DEFAULT_GRAPH_BASE_URL
    whatsapp_timeout_s: float = Field(default=10.0, gt=0)

    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    # None: STARTTLS when the server offers it (aiosmtplib's default); true: require it.
    smtp_starttls: bool | None = None
    smtp_use_tls: bool = False  # implicit TLS (port 465)
    smtp_timeout_s: float = Field(default=10.0, gt=0)
    email_from: str = "atendimento@example.com"

    @field_validator(
        "whatsapp_app_secret",
        "whatsapp_verify_token",
        "whatsapp_access_token",
        "smtp_host",
        "smtp_username",
        "smtp_password",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    def whatsapp_account(self, tenant_slug: str) -> WhatsAppAccount | None:
        """The account of `tenant_slug`, or None when that tenant has no WhatsApp configured."""
        for account in self.whatsapp_accounts:
            if account.tenant == tenant_slug:
                return account
        if tenant_slug != self.whatsapp_tenant or self.whatsapp_app_secret is None:
            return None
        return WhatsAppAccount(
            tenant=self.whatsapp_tenant,
            app_secret=self.whatsapp_app_secret,
            verify_token=self.whatsapp_verify_token or SecretStr(""),
            access_token=self.whatsapp_access_token or SecretStr(""),
            phone_number_id=self.whatsapp_phone_number_id,
            template_names=self.whatsapp_template_names,
        )
