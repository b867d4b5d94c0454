"""Gateway settings, read from the environment (prefix-free names such as `DATABASE_URL`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration; every field maps to the upper-case environment variable."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", protected_namespaces=())

    database_url: str = "sqlite:///./omnichat.db"
    redis_url: str | None = None
    cache_prefix: str = "omnichat:"
    context_cache_ttl_s: int = Field(default=60, ge=1)

    model_server_url: str = "http://127.0.0.1:3000"
    model_server_timeout_s: float = Field(default=2.0, gt=0)
    model_server_connect_timeout_s: float = Field(default=0.5, gt=0)
    model_server_connect_retries: int = Field(default=2, ge=0, le=10)

    omnichat_demo_api_key: str | None = None
    auto_migrate: bool = True
    rate_limit_per_minute: int = Field(default=600, ge=1)
    # How long this process trusts an authenticated API key without re-reading it (0: never).
    # Its own changes to tenants and keys apply at once; other processes' within this time.
    api_key_cache_ttl_s: float = Field(default=5.0, ge=0)
    # uvicorn's line per HTTP request. Off by default: /metrics counts and times every request,
    # the flow logs one masked line per message, and the line cost ~0.3 ms of CPU a request.
    access_log: bool = False

    # Webhook and CSAT delivery (docs/webhooks-csat.md). Durations are settings so tests run in
    # milliseconds. `auto`: in the gateway process, unless BROKER_URL or REDIS_URL is set, then
    # in `omnichat-gateway worker` processes (Dramatiq).
    delivery_worker: Literal["auto", "embedded", "external", "off"] = "auto"
    broker_url: str | None = None  # amqp://... (RabbitMQ) or redis://...
    delivery_poll_interval_s: float = Field(default=0.5, gt=0)
    delivery_batch_size: int = Field(default=50, ge=1, le=1000)
    delivery_concurrency_per_destination: int = Field(default=4, ge=1, le=64)
    delivery_lease_s: float = Field(default=60.0, gt=0)  # > webhook_timeout_s
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    webhook_max_attempts: int = Field(default=5, ge=1, le=50)
    webhook_backoff_base_s: float = Field(default=2.0, gt=0)
    webhook_backoff_max_s: float = Field(default=600.0, gt=0)
    breaker_failure_threshold: int = Field(default=5, ge=1)
    breaker_cooldown_s: float = Field(default=60.0, gt=0)
    crm_webhook_tolerance_s: float = Field(default=300.0, gt=0)  # older timestamps are replays

    # Staff dashboard (docs/dashboard.md). Unset secret: a random one per process, so sessions
    # end at restart and several workers cannot share them -- set it in production.
    dashboard_secret_key: str | None = None
    dashboard_session_minutes: int = Field(default=480, ge=1, le=7 * 24 * 60)
    dashboard_secure_cookie: bool = False  # true behind TLS
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_minutes: int = Field(default=15, ge=1)
    login_attempts_per_ip_per_minute: int = Field(default=30, ge=1)  # then 429
    dashboard_live_interval_s: float = Field(default=5.0, gt=0)
    # Where `dvc repro` wrote metrics/, plots/ and reports/ (the Model page reads them).
    model_reports_dir: str = "."
    model_reload_token: str | None = None
    # The training CLI the Model page runs for rollback/promote (a separate process).
    model_admin_command: str = "omnichat"
    # Slug of the platform operator's tenant. The model serves every tenant, so only this
    # tenant's supervisors and admins may promote or roll it back from the dashboard; unset,
    # no tenant may (the `omnichat promote` / `rollback` commands still can).
    model_admin_tenant: str | None = None

    @field_validator(
        "redis_url",
        "broker_url",
        "omnichat_demo_api_key",
        "dashboard_secret_key",
        "model_reload_token",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        # `REDIS_URL=` in a shell or .env means "not configured", not "connect to ''".
        return None if value == "" else value
