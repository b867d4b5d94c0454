"""Which CRM endpoints a tenant has, and the secrets they sign with.

Endpoints live in the tenant's settings (`webhooks.endpoints`). The environment configures one
more for the tenant `CRM_WEBHOOK_TENANT` (the demo tenant by default): `CRM_WEBHOOK_URL` signed
with `CRM_WEBHOOK_SECRET`, and `CRM_INBOUND_SECRET` for the CRM's updates, so the demo's secrets
never sit in the database.
"""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from gateway.schemas.webhooks import WebhookEndpoint, WebhookSettings

ENV_SECRET_NAME = "CRM_WEBHOOK_SECRET"


class WebhookEnv(BaseSettings):
    """The environment's webhook configuration of one tenant."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    crm_webhook_tenant: str = "demo-isp"
    crm_webhook_url: str | None = None
    crm_webhook_secret: SecretStr | None = None
    crm_inbound_secret: SecretStr | None = None

    @field_validator("crm_webhook_url", "crm_webhook_secret", "crm_inbound_secret", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value


_ENV_NAMES = ("CRM_WEBHOOK_TENANT", "CRM_WEBHOOK_URL", "CRM_WEBHOOK_SECRET", "CRM_INBOUND_SECRET")


def webhook_env() -> WebhookEnv:
    """The environment's webhook settings. Building a `BaseSettings` costs ~2 ms and this runs
    on every message, so it is cached on the raw values (a changed variable is still seen)."""
    return _webhook_env(tuple(os.environ.get(name) for name in _ENV_NAMES))


@lru_cache(maxsize=8)
def _webhook_env(_values: tuple[str | None, ...]) -> WebhookEnv:
    return WebhookEnv()


class SecretMissing(LookupError):
    """An endpoint names an environment variable that is not set."""


def endpoints_for(tenant_slug: str, settings: WebhookSettings) -> list[WebhookEndpoint]:
    """The tenant's configured endpoints plus the environment's one when it is this tenant's."""
    endpoints = list(settings.endpoints)
    env = webhook_env()
    if env.crm_webhook_url and tenant_slug == env.crm_webhook_tenant:
        endpoints.append(WebhookEndpoint(url=env.crm_webhook_url, secret_env=ENV_SECRET_NAME))
    return endpoints


def endpoint_for_url(
    tenant_slug: str, settings: WebhookSettings, url: str
) -> WebhookEndpoint | None:
    """The enabled endpoint with this URL, or None when it was removed or disabled."""
    for endpoint in endpoints_for(tenant_slug, settings):
        if endpoint.url == url and endpoint.enabled:
            return endpoint
    return None


def _from_env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise SecretMissing(f"environment variable {name} is not set")
    return value


def signing_secret(endpoint: WebhookEndpoint) -> str:
    """The secret of an endpoint (read from the environment when it names a variable)."""
    if endpoint.secret is not None:
        return endpoint.secret
    return _from_env(endpoint.secret_env or "")


def inbound_secret(tenant_slug: str, settings: WebhookSettings) -> str | None:
    """The secret the tenant's CRM signs its updates with, or None when none is configured."""
    if settings.inbound_secret is not None:
        return settings.inbound_secret
    if settings.inbound_secret_env is not None:
        return os.environ.get(settings.inbound_secret_env) or None
    env = webhook_env()
    if env.crm_inbound_secret is not None and tenant_slug == env.crm_webhook_tenant:
        return env.crm_inbound_secret.get_secret_value()
    return None
