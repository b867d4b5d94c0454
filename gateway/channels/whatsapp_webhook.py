"""WhatsApp Cloud API webhooks: signature check and the payload, normalised into events.

Meta signs every POST with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the
app secret>`. The signature is checked on the raw bytes before anything is parsed.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SIGNATURE_PREFIX = "sha256="
# Message types a person has to look at or listen to: acknowledged and routed to the desk.
MEDIA_TYPES = frozenset(
    {"audio", "voice", "image", "video", "document", "sticker", "location", "contacts"}
)
MEDIA_LABELS = {
    "audio": "áudio",
    "voice": "áudio",
    "image": "imagem",
    "video": "vídeo",
    "document": "documento",
    "sticker": "figurinha",
    "location": "localização",
    "contacts": "contato",
}


def signature_is_valid(raw_body: bytes, header: str | None, app_secret: str) -> bool:
    """True when `header` is `sha256=<HMAC-SHA256(raw_body, app_secret)>` (constant-time)."""
    if not header or not header.startswith(SIGNATURE_PREFIX) or not app_secret:
        return False
    expected = hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len(SIGNATURE_PREFIX) :].strip().lower())


def sign(raw_body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value Meta would send for `raw_body`."""
    return SIGNATURE_PREFIX + hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()


class _Loose(BaseModel):
    model_config = ConfigDict(extra="allow")


class WaText(_Loose):
    body: str


class WaReply(_Loose):
    id: str
    title: str
    description: str | None = None


class WaInteractive(_Loose):
    type: str
    button_reply: WaReply | None = None
    list_reply: WaReply | None = None


class WaButton(_Loose):
    """A tap on a template's quick-reply button."""

    text: str
    payload: str | None = None


class WaContext(_Loose):
    id: str | None = None  # the wamid of our message the customer answered


class WaMessage(_Loose):
    id: str = Field(min_length=1, max_length=255)
    from_: str = Field(alias="from", min_length=1, max_length=32)
    timestamp: str | None = None
    type: str
    text: WaText | None = None
    interactive: WaInteractive | None = None
    button: WaButton | None = None
    context: WaContext | None = None


class WaStatusError(_Loose):
    code: int | None = None
    title: str | None = None


class WaStatus(_Loose):
    id: str = Field(min_length=1, max_length=255)
    status: str
    timestamp: str | None = None
    recipient_id: str | None = None
    errors: list[WaStatusError] = Field(default_factory=list)


class WaProfile(_Loose):
    name: str | None = None


class WaContact(_Loose):
    wa_id: str
    profile: WaProfile | None = None


class WaMetadata(_Loose):
    phone_number_id: str | None = None
    display_phone_number: str | None = None


class WaValue(_Loose):
    metadata: WaMetadata | None = None
    contacts: list[WaContact] = Field(default_factory=list)
    messages: list[WaMessage] = Field(default_factory=list)
    statuses: list[WaStatus] = Field(default_factory=list)


class WaChange(_Loose):
    field: str
    value: WaValue


class WaEntry(_Loose):
    id: str | None = None
    changes: list[WaChange] = Field(default_factory=list)


class WebhookPayload(_Loose):
    """The body Meta posts (`object` is `whatsapp_business_account`)."""

    object: str
    entry: list[WaEntry] = Field(default_factory=list)


InboundKind = Literal["text", "interactive", "media", "unsupported"]


@dataclass(frozen=True)
class InboundWhatsApp:
    """One customer message, normalised."""

    wamid: str
    wa_id: str
    kind: InboundKind
    text: str
    profile_name: str | None = None
    media_type: str | None = None
    reply_id: str | None = None  # the button / list row id (or template button payload)
    context_wamid: str | None = None

    def metadata(self) -> dict[str, Any]:
        """What is stored on the customer's `Message`."""
        data: dict[str, Any] = {
            "provider_message_id": self.wamid,
            "sender": self.wa_id,
            "whatsapp_type": self.media_type or self.kind,
        }
        if self.reply_id:
            data["reply_id"] = self.reply_id
        if self.context_wamid:
            data["in_reply_to"] = self.context_wamid
        return data


@dataclass(frozen=True)
class StatusUpdate:
    """A delivery status of one of our messages."""

    wamid: str
    status: str
    timestamp: str | None
    error: str | None = None
    error_codes: tuple[int, ...] = ()


@dataclass
class WebhookEvents:
    """Everything a webhook delivery carried for one phone number."""

    messages: list[InboundWhatsApp] = field(default_factory=list)
    statuses: list[StatusUpdate] = field(default_factory=list)
    ignored: int = 0


def _normalise(message: WaMessage, names: dict[str, str]) -> InboundWhatsApp:
    common = {
        "wamid": message.id,
        "wa_id": message.from_,
        "profile_name": names.get(message.from_),
        "context_wamid": message.context.id if message.context else None,
    }
    if message.type == "text" and message.text is not None:
        return InboundWhatsApp(kind="text", text=message.text.body, **common)
    if message.type == "interactive" and message.interactive is not None:
        reply = message.interactive.button_reply or message.interactive.list_reply
        if reply is not None:
            text = reply.title if not reply.description else f"{reply.title} - {reply.description}"
            return InboundWhatsApp(kind="interactive", text=text, reply_id=reply.id, **common)
    if message.type == "button" and message.button is not None:
        return InboundWhatsApp(
            kind="interactive", text=message.button.text, reply_id=message.button.payload, **common
        )
    if message.type in MEDIA_TYPES:
        label = MEDIA_LABELS[message.type]
        return InboundWhatsApp(kind="media", text=f"[{label}]", media_type=message.type, **common)
    return InboundWhatsApp(kind="unsupported", text="", media_type=message.type, **common)


def webhook_events(payload: WebhookPayload, phone_number_id: str) -> WebhookEvents:
    """The messages and statuses addressed to `phone_number_id` (all when it is empty)."""
    events = WebhookEvents()
    for entry in payload.entry:
        for change in entry.changes:
            value = change.value
            number = value.metadata.phone_number_id if value.metadata else None
            if change.field != "messages" or (phone_number_id and number != phone_number_id):
                events.ignored += 1
                continue
            names = {
                c.wa_id: c.profile.name for c in value.contacts if c.profile and c.profile.name
            }
            events.messages.extend(_normalise(m, names) for m in value.messages)
            events.statuses.extend(
                StatusUpdate(
                    wamid=s.id,
                    status=s.status,
                    timestamp=s.timestamp,
                    error="; ".join(f"{e.code} {e.title}" for e in s.errors) or None,
                    error_codes=tuple(e.code for e in s.errors if e.code is not None),
                )
                for s in value.statuses
            )
    return events
