"""An inbound e-mail, as inbound-parse services post it, turned into a message for the flow.

Accepted shapes: our JSON (`from`, `subject`, `text`, `html`, `message_id`, `in_reply_to`,
`references`), and the form fields of Mailgun routes (`sender`/`from`, `body-plain`, `body-html`,
`Message-Id`, `In-Reply-To`, `References`) and SendGrid Inbound Parse (`from`, `text`, `html`,
and the raw `headers` block carrying the ids).
"""

from __future__ import annotations

from collections.abc import Mapping
from email.parser import HeaderParser
from email.utils import parseaddr

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.channels.delivery import InboundMessage
from gateway.channels.email_parsing import message_ids, new_text
from gateway.db.models import ChannelMessage, Conversation, Customer
from gateway.schemas.conversation import MAX_MESSAGE_CHARS, MessageCreate

MAX_BODY_CHARS = 1_000_000


class InboundEmail(BaseModel):
    """A parsed e-mail."""

    model_config = ConfigDict(
        populate_by_name=True,
        json_schema_extra={
            "examples": [
                {
                    "from": "Maria Silva <maria.silva@example.com>",
                    "subject": "Internet caiu",
                    "text": "Bom dia, estou sem internet desde ontem.\n\nAtt.,\nMaria",
                    "message_id": "<CAF1x2y3@mail.example.com>",
                }
            ]
        },
    )
    from_: str = Field(alias="from", min_length=3, max_length=512)
    to: str | None = Field(default=None, max_length=2048)
    subject: str = Field(default="", max_length=998)
    text: str | None = Field(default=None, max_length=MAX_BODY_CHARS)
    html: str | None = Field(default=None, max_length=MAX_BODY_CHARS)
    message_id: str | None = Field(default=None, max_length=998)
    in_reply_to: str | None = Field(default=None, max_length=998)
    references: str | list[str] | None = Field(default=None)

    def reference_ids(self) -> list[str]:
        """References, then In-Reply-To, in thread order and without repeats."""
        refs = self.references
        joined = " ".join(refs) if isinstance(refs, list) else (refs or "")
        ids = message_ids(joined) + message_ids(self.in_reply_to)
        return list(dict.fromkeys(ids))


def _first(form: Mapping[str, str], *names: str) -> str | None:
    lowered = {k.lower(): v for k, v in form.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value:
            return value
    return None


def inbound_from_form(form: Mapping[str, str]) -> dict[str, object]:
    """Mailgun / SendGrid form fields mapped onto `InboundEmail` fields."""
    headers = HeaderParser().parsestr(form.get("headers", "")) if form.get("headers") else None

    def header(name: str) -> str | None:
        return _first(form, name) or (headers.get(name) if headers is not None else None)

    return {
        "from": _first(form, "from", "sender") or "",
        "to": _first(form, "to", "recipient"),
        "subject": _first(form, "subject") or "",
        "text": _first(form, "text", "body-plain"),
        "html": _first(form, "html", "body-html"),
        "message_id": header("Message-Id"),
        "in_reply_to": header("In-Reply-To"),
        "references": header("References"),
    }


def sender_address(email: InboundEmail) -> str | None:
    """The bare, lower-cased address of `From`, or None when it has none."""
    address = parseaddr(email.from_)[1].strip().lower()
    return address if "@" in address and "." in address.rsplit("@", 1)[-1] else None


def thread_customer(session: Session, tenant_id: str, ids: list[str]) -> str | None:
    """The external id of the customer whose conversation these Message-IDs belong to."""
    if not ids:
        return None
    return session.scalar(
        select(Customer.external_id)
        .join(Conversation, Conversation.customer_id == Customer.id)
        .join(ChannelMessage, ChannelMessage.conversation_id == Conversation.id)
        .where(
            ChannelMessage.tenant_id == tenant_id,
            ChannelMessage.channel == "email",
            ChannelMessage.provider_message_id.in_(ids),
        )
        .order_by(ChannelMessage.created_at.desc())
        .limit(1)
    )


class EmptyEmail(ValueError):
    """The e-mail holds nothing new once quotes, signature and disclaimer are gone."""


def email_inbound(email: InboundEmail, address: str, customer: str | None) -> InboundMessage:
    """The flow's message: the new text (with the subject when it opens a thread)."""
    body = new_text(email.text, email.html)
    references = email.reference_ids()
    subject = email.subject.strip()
    # A reply's subject is the old topic ("Re: ..."); a new e-mail's subject often is the topic.
    text = body if references or not subject else f"{subject}\n\n{body}".strip()
    if not text:
        raise EmptyEmail(
            "the e-mail has no new text (only quoted history, signature or disclaimer)"
        )
    ids = message_ids(email.message_id)
    provider_id = ids[0] if ids else None
    request = MessageCreate(
        channel="email",
        customer_identifier=customer or address,
        message=text[:MAX_MESSAGE_CHARS],
        metadata={
            "provider_message_id": provider_id,
            "sender": address,
            "subject": subject,
            "threaded": customer is not None,
        },
    )
    return InboundMessage(
        request=request,
        provider_message_id=provider_id,
        reply_address=address,
        details={"subject": subject, "references": references},
    )
