"""Web-chat settings read from the environment (`WEBCHAT_*`); per-tenant ones live in the DB.

`WEBCHAT_TOKEN_SECRET` signs the widget's session tokens. Unset, each process draws a random one:
tokens then die with the process and replicas cannot verify each other's -- set it in production.
"""

from __future__ import annotations

import logging
import secrets

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("gateway.webchat")


class WebChatSettings(BaseSettings):
    """Token lifetime, abuse limits and the signing secret of the web-chat channel."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", env_prefix="WEBCHAT_")

    token_secret: str | None = None
    # Short-lived: a token only opens a socket; an open socket outlives it.
    token_ttl_s: int = Field(default=900, ge=30, le=24 * 3600)
    # How long after expiry the browser may still trade its token for a new one (same session).
    resume_window_s: int = Field(default=7 * 24 * 3600, ge=0)
    messages_per_minute: int = Field(default=20, ge=1)
    sessions_per_minute: int = Field(default=30, ge=1, description="Per client IP address.")
    auth_timeout_s: float = Field(default=10.0, gt=0)

    @field_validator("token_secret", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    def signing_secret(self) -> str:
        """The configured secret, or a random per-process one (with a warning)."""
        if self.token_secret is None:
            logger.warning(
                "WEBCHAT_TOKEN_SECRET is not set: web-chat tokens use a random per-process secret"
            )
            self.token_secret = secrets.token_urlsafe(32)
        if len(self.token_secret) < 32:
            raise ValueError("WEBCHAT_TOKEN_SECRET must be at least 32 characters long")
        return self.token_secret
