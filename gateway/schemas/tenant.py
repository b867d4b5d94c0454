"""Tenant configuration: routing thresholds and rules, and boosting parameters."""

from __future__ import annotations

from pydantic import BaseModel, Field

from gateway.context.boosting import BoostingConfig
from gateway.routing.rules import RoutingConfig
from gateway.schemas.csat import CsatSettings
from gateway.schemas.webchat import WebChatConfig
from gateway.schemas.webhooks import WebhookSettings


class TenantSettings(BaseModel):
    """Everything a tenant can configure (stored in `tenants.settings`)."""

    routing: RoutingConfig = Field(default_factory=RoutingConfig)
    boosting: BoostingConfig = Field(default_factory=BoostingConfig)
    web_chat: WebChatConfig = Field(default_factory=WebChatConfig)
    webhooks: WebhookSettings = Field(default_factory=WebhookSettings)
    csat: CsatSettings = Field(default_factory=CsatSettings)


class TenantCreate(BaseModel):
    """A new tenant (ISP)."""

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    name: str = Field(min_length=1, max_length=200)
