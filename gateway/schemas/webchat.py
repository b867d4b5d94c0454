"""Web chat: the tenant's widget settings, the session API and the socket's JSON frames."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.schemas.common import CustomerIdentifier
from gateway.schemas.conversation import MAX_MESSAGE_CHARS

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def normalise_origin(value: str) -> str:
    """`https://Example.com:443/` -> `https://example.com`; raises ValueError for a non-origin."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) origin such as https://www.example.com")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError(f"{value!r} must be a bare origin (scheme://host[:port]), no path")
    default_port = {"http": 80, "https": 443}[parts.scheme]
    port = "" if parts.port in (None, default_port) else f":{parts.port}"
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


class WebChatConfig(BaseModel):
    """A tenant's web-chat settings (`web_chat` in `PUT /tenant/settings`)."""

    enabled: bool = True
    allowed_origins: list[str] = Field(
        default_factory=list,
        max_length=50,
        description=(
            "Sites allowed to embed the widget (`https://www.provedor.com.br`). The gateway's "
            "own hosted page (/webchat/) is always allowed."
        ),
        examples=[["https://www.provedor.com.br"]],
    )
    trust_typed_contact: bool = Field(
        default=False,
        description=(
            "Use the e-mail/phone a visitor types as the customer identifier. Off by default: "
            "it is unverified, and the customer's context (invoices, pix codes) would be shown "
            "to whoever types it. Prefer identified sessions (docs/channels-webchat.md)."
        ),
    )

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(normalise_origin(v) for v in value))


class SessionCreate(BaseModel):
    """`POST /webchat/{tenant}/sessions` body: resume the browser's earlier session if any."""

    resume_token: str | None = Field(default=None, max_length=2000)


class IdentifiedSessionCreate(BaseModel):
    """`POST /webchat/identified-sessions` body, sent by the tenant's own server."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"customer_identifier": "cliente-basic-001"}]}
    )
    customer_identifier: CustomerIdentifier


class SessionPublic(BaseModel):
    """A web-chat session token for the widget."""

    session_id: str
    token: str
    expires_at: datetime
    websocket_path: str = "/api/v1/webchat/ws"


class InboundMessage(BaseModel):
    """A socket frame from the customer's browser: `{"type": "message", "text": ...}`."""

    type: Literal["message"]
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    contact: str | None = Field(default=None, max_length=254)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("message is empty")
        return value

    @field_validator("contact")
    @classmethod
    def _contact(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if _EMAIL.match(value):
            return value.lower()
        digits = re.sub(r"\D", "", value)
        if 10 <= len(digits) <= 13 and re.fullmatch(r"[\d\s()+.-]+", value):
            return digits
        raise ValueError("contact must be an e-mail address or a phone number with area code")


class AuthFrame(BaseModel):
    """The first socket frame: `{"type": "auth", "token": ...}`."""

    type: Literal["auth"]
    token: str = Field(min_length=1, max_length=2000)
