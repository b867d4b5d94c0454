"""The e-mail `ChannelSender`: replies over SMTP, threaded under the customer's last e-mail.

Each reply gets its own Message-ID (returned as the provider id and stored), so the customer's
answer to it, carrying that id in In-Reply-To / References, joins the same conversation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from gateway.channels.channel_settings import ChannelSettings
from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.db.models import ChannelMessage

logger = logging.getLogger("gateway.channels.email")

DEFAULT_SUBJECTS = {
    "reply": "Seu atendimento",
    "agent_reply": "Seu atendimento",
    "csat_survey": "Como foi o seu atendimento?",
    "notice": "Aviso importante",
}


@dataclass(frozen=True)
class EmailThread:
    """The customer's latest e-mail in a conversation: what a reply threads under."""

    subject: str
    message_id: str
    references: tuple[str, ...]


def angle(message_id: str) -> str:
    """`<id>` as headers carry it (ids are stored without brackets)."""
    return f"<{message_id.strip('<>')}>"


def latest_thread(
    session_factory: sessionmaker[Session], conversation_id: str
) -> EmailThread | None:
    """The last inbound e-mail of the conversation, or None when it has none."""
    with session_factory() as session:
        row = session.scalar(
            select(ChannelMessage)
            .where(
                ChannelMessage.conversation_id == conversation_id,
                ChannelMessage.channel == "email",
                ChannelMessage.direction == "inbound",
            )
            .order_by(ChannelMessage.created_at.desc())
            .limit(1)
        )
    if row is None:
        return None
    return EmailThread(
        subject=str(row.details.get("subject") or ""),
        message_id=row.provider_message_id,
        references=tuple(row.details.get("references") or ()),
    )


def reply_subject(subject: str) -> str:
    """`Re: <subject>` unless it already is a reply."""
    if subject.lower().startswith(("re:", "res:")):
        return subject
    return f"Re: {subject}"


def build_email(
    message: OutboundMessage, sender: str, thread: EmailThread | None
) -> tuple[EmailMessage, str]:
    """The MIME message and its Message-ID (without brackets)."""
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else None
    message_id = make_msgid(domain=domain)
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Date"] = formatdate(localtime=False)
    email["Message-ID"] = message_id
    if thread is not None and thread.subject:
        email["Subject"] = reply_subject(thread.subject)
    else:
        email["Subject"] = DEFAULT_SUBJECTS.get(message.kind, DEFAULT_SUBJECTS["reply"])
    if thread is not None:
        email["In-Reply-To"] = angle(thread.message_id)
        email["References"] = " ".join(angle(r) for r in (*thread.references, thread.message_id))
    email.set_content(message.text)
    return email, message_id.strip("<>")


class EmailSender:
    """Sends e-mail through the configured SMTP server."""

    channel = "email"

    def __init__(
        self,
        settings: ChannelSettings,
        thread_for: Callable[[str], EmailThread | None],
    ) -> None:
        self._settings = settings
        self._thread_for = thread_for

    async def send(self, message: OutboundMessage) -> DeliveryResult:
        """Send one e-mail; SMTP refusals and connection errors come back as `failed`."""
        settings = self._settings
        if not settings.smtp_host:
            return DeliveryResult(status="failed", detail="SMTP is not configured (SMTP_HOST)")
        thread = await run_in_threadpool(self._thread_for, message.conversation_id)
        email, message_id = build_email(message, settings.email_from, thread)
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        try:
            await aiosmtplib.send(
                email,
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_username,
                password=password,
                start_tls=settings.smtp_starttls,
                use_tls=settings.smtp_use_tls,
                timeout=settings.smtp_timeout_s,
            )
        except (aiosmtplib.SMTPException, OSError) as exc:
            logger.warning("smtp send of %s failed: %s", message.message_id, exc)
            return DeliveryResult(
                status="failed", detail=f"SMTP: {exc}", retryable=smtp_error_is_transient(exc)
            )
        return DeliveryResult(status="sent", provider_message_id=message_id)


def smtp_error_is_transient(exc: Exception) -> bool:
    """A connection problem or a 4xx reply ("try again later"); 5xx replies are permanent.

    When every recipient is refused, the refusals' codes decide the same way.
    """
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return all(400 <= r.code < 500 for r in exc.recipients)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return 400 <= exc.code < 500
    # Unreachable, disconnected, timed out: the server may come back. An unsupported extension
    # (no STARTTLS) is a settings problem.
    return not isinstance(exc, aiosmtplib.SMTPNotSupported)
