"""SQLAlchemy 2 models of the gateway. Every business row carries `tenant_id`.

Isolation is enforced in the queries (every lookup filters on the caller's tenant); the column is
indexed so those filters stay cheap.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def new_id() -> str:
    """A new random identifier (UUID4 as text, portable across SQLite and PostgreSQL)."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the offset on its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of all gateway tables."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


def _id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def _tenant_column() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("tenants.id", ondelete="CASCADE"), index=True)


class Tenant(Base):
    """An ISP using the gateway; `settings` holds its thresholds, rules and boosting overrides."""

    __tablename__ = "tenants"
    id: Mapped[str] = _id_column()
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiKey(Base):
    """A tenant's API key; only the SHA-256 of the key is stored."""

    __tablename__ = "api_keys"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="default")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class Customer(Base):
    """A subscriber (or prospect) of a tenant, reachable by id, phone or e-mail."""

    __tablename__ = "customers"
    __table_args__ = (UniqueConstraint("tenant_id", "external_id"),)
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    external_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(200), default=None)
    tier: Mapped[str] = mapped_column(String(16), default="basic")
    plan_mbps: Mapped[int | None] = mapped_column(Integer, default=None)
    region: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    phone: Mapped[str | None] = mapped_column(String(20), default=None, index=True)
    email: Mapped[str | None] = mapped_column(String(254), default=None, index=True)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    connection_online: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Invoice(Base):
    """A customer's invoice with its due date and pix copy-and-paste code."""

    __tablename__ = "invoices"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | paid
    pix_code: Mapped[str] = mapped_column(String(200))
    paid_at: Mapped[datetime | None] = mapped_column(default=None)


class Outage(Base):
    """A known outage of a region; active while `ended_at` is null."""

    __tablename__ = "outages"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    region: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    estimated_end: Mapped[datetime | None] = mapped_column(default=None)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)


class Ticket(Base):
    """A support ticket; an open one feeds `open_ticket_sub_intent` in the context."""

    __tablename__ = "tickets"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    sub_intent: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class VisitSlot(Base):
    """A technician visit slot in a region; booked when `customer_id` is set."""

    __tablename__ = "visit_slots"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    region: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column()
    customer_id: Mapped[str | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None
    )


class Conversation(Base):
    """One thread per customer across channels, open until closed."""

    __tablename__ = "conversations"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)


_OPEN = text("status = 'open'")
# At most one open conversation per customer, enforced by the database: two simultaneous first
# messages insert with ON CONFLICT DO NOTHING against this index and both read the one winner.
Index(
    "uq_conversations_open",
    Conversation.tenant_id,
    Conversation.customer_id,
    unique=True,
    sqlite_where=_OPEN,
    postgresql_where=_OPEN,
)


class Message(Base):
    """A message of a conversation; `text` is stored masked (it is kept for training)."""

    __tablename__ = "messages"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))  # customer | assistant | agent
    # Many-to-one links exist so the unit of work inserts parents first in a single flush.
    conversation: Mapped[Conversation] = relationship(lazy="raise")
    text: Mapped[str] = mapped_column(Text)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Analysis(Base):
    """The model's prediction for a customer message, before and after context boosting."""

    __tablename__ = "analyses"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    intent: Mapped[str] = mapped_column(String(32))
    sub_intent: Mapped[str] = mapped_column(String(64))
    raw_sub_intent: Mapped[str] = mapped_column(String(64))
    sentiment: Mapped[str] = mapped_column(String(16))
    urgent: Mapped[bool] = mapped_column(Boolean)
    raw_confidence: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    signals: Mapped[list[Any]] = mapped_column(default=list)
    model_version: Mapped[str] = mapped_column(String(64), default="")
    message: Mapped[Message] = relationship(lazy="raise")
    conversation: Mapped[Conversation] = relationship(lazy="raise")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Decision(Base):
    """What the gateway did with an analysis: answered automatically or routed to a human."""

    __tablename__ = "decisions"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"))
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    resolution_type: Mapped[str] = mapped_column(String(16))  # ai_automated | human_routing
    rule: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(500))
    actions: Mapped[list[Any]] = mapped_column(default=list)
    reply: Mapped[str] = mapped_column(Text)
    processing_time_ms: Mapped[float] = mapped_column(Float)
    analysis: Mapped[Analysis] = relationship(lazy="raise")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Handoff(Base):
    """A conversation waiting for (or handled by) a human agent."""

    __tablename__ = "handoffs"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"))
    team: Mapped[str] = mapped_column(String(32))
    analysis: Mapped[Analysis] = relationship(lazy="raise")
    reason: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    # Sort keys of the desk queue: lower first (0 = urgent and frustrated; tier 0 = business).
    priority: Mapped[int] = mapped_column(Integer)
    tier_rank: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class Feedback(Base):
    """An agent's corrected labels for a routed message: training data (text masked)."""

    __tablename__ = "feedback"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    handoff_id: Mapped[str] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"))
    analysis_id: Mapped[str] = mapped_column(ForeignKey("analyses.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    predicted_sub_intent: Mapped[str] = mapped_column(String(64))
    predicted_sentiment: Mapped[str] = mapped_column(String(16))
    predicted_urgent: Mapped[bool] = mapped_column(Boolean)
    corrected_sub_intent: Mapped[str] = mapped_column(String(64))
    corrected_sentiment: Mapped[str] = mapped_column(String(16))
    corrected_urgent: Mapped[bool] = mapped_column(Boolean)
    agent: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    handoff: Mapped[Handoff] = relationship(lazy="raise")


class AuditLog(Base):
    """Append-only record of decisions, agent actions and configuration changes."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = _tenant_column()
    event: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to update or delete an audit log row."""


def forbid_audit_changes(session: Session, _context: object, _instances: object) -> None:
    """`before_flush` hook refusing updates and deletes of audit rows (registered by db.session)."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLog):
            raise AuditLogIsAppendOnly("audit log rows cannot be changed or deleted")


# --- Staff users of the dashboard and agent desk (issue 7, docs/dashboard.md) ---------------------


class StaffUser(Base):
    """A tenant's staff member who logs in to the dashboard (admin, supervisor or agent).

    `token_version` is copied into every session token; bumping it (logout, role or password
    change) invalidates the user's tokens that are still within their expiry.
    """

    __tablename__ = "staff_users"
    __table_args__ = (UniqueConstraint("tenant_id", "username"),)
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))  # admin | supervisor | agent
    password_hash: Mapped[str] = mapped_column(String(255))
    totp_secret: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    token_version: Mapped[int] = mapped_column(Integer, default=0)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Channel state: provider message ids, delivery statuses, e-mail threads (issue 5) -------------


class ChannelMessage(Base):
    """A provider's id for a message (WhatsApp wamid, e-mail Message-ID, phone call id).

    Inbound rows make deliveries idempotent (the unique key refuses a second copy) and let e-mail
    replies find their conversation through In-Reply-To / References; outbound rows map delivery
    statuses back to the gateway's `Message`. `details` holds the e-mail subject and references.
    """

    __tablename__ = "channel_messages"
    __table_args__ = (UniqueConstraint("tenant_id", "channel", "provider_message_id"),)
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    channel: Mapped[str] = mapped_column(String(16))
    provider_message_id: Mapped[str] = mapped_column(String(255))
    direction: Mapped[str] = mapped_column(String(8))  # inbound | outbound
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), default=None, index=True
    )
    message_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), default=None
    )
    status: Mapped[str] = mapped_column(String(16), default="received")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- Webhooks out, CRM updates in, CSAT surveys (issue 5, docs/webhooks-csat.md) -----------------


class OutboxItem(Base):
    """A delivery owed: one event to one CRM endpoint, or one message (a CSAT survey) to a customer.

    Written in the transaction of the state change it reports. The delivery worker claims due rows
    with a lease (`locked_until` + `claim_token`): a worker killed mid-delivery leaves a row that is
    claimed again once its lease expires, so delivery is at-least-once and receivers dedupe by
    `event_id`. `status`: pending | delivered | dead (dead letter) | cancelled.
    """

    __tablename__ = "outbox"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(16))  # webhook | channel
    destination: Mapped[str] = mapped_column(String(500))  # endpoint URL or channel name
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # A CSAT survey's id, copied out of `payload` so cancelling it is an index lookup, not a
    # scan of every row's JSON; NULL for webhooks and other messages.
    survey_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    claim_token: Mapped[str | None] = mapped_column(String(36), default=None)
    last_error: Mapped[str] = mapped_column(String(500), default="")
    last_status_code: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)
    dead_at: Mapped[datetime | None] = mapped_column(default=None)


Index("ix_outbox_due", OutboxItem.status, OutboxItem.next_attempt_at)


class DeliveryCircuit(Base):
    """The circuit breaker of one delivery destination (shared by every worker process)."""

    __tablename__ = "delivery_circuits"
    __table_args__ = (UniqueConstraint("tenant_id", "destination"),)
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    destination: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), default="closed")  # closed | open | half_open
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    opened_at: Mapped[datetime | None] = mapped_column(default=None)
    probe_until: Mapped[datetime | None] = mapped_column(default=None)  # half-open probe lease
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrmInboundEvent(Base):
    """A CRM webhook already applied; its id is refused the second time (replay protection)."""

    __tablename__ = "crm_inbound_events"
    __table_args__ = (UniqueConstraint("tenant_id", "event_id"),)
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    event_id: Mapped[str] = mapped_column(String(100))
    event_type: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class CsatSurvey(Base):
    """A satisfaction survey of a resolved conversation, and its answer (texts stored masked)."""

    __tablename__ = "csat_surveys"
    id: Mapped[str] = _id_column()
    tenant_id: Mapped[str] = _tenant_column()
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    # The last analysis of the conversation: joins the score to the training data.
    analysis_id: Mapped[str | None] = mapped_column(
        ForeignKey("analyses.id", ondelete="SET NULL"), default=None
    )
    message_id: Mapped[str] = mapped_column(String(36))  # the survey's Message, once sent
    channel: Mapped[str] = mapped_column(String(16))
    # ai_automated | agent_resolved | conversation_closed; handled_by: ai | human
    resolution_type: Mapped[str] = mapped_column(String(32))
    handled_by: Mapped[str] = mapped_column(String(16))
    sub_intent: Mapped[str | None] = mapped_column(String(64), default=None)
    # scheduled | sent | answered | cancelled | failed | recorded (the channel has no way out)
    status: Mapped[str] = mapped_column(String(16), default="scheduled", index=True)
    scheduled_for: Mapped[datetime] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    score: Mapped[int | None] = mapped_column(Integer, default=None)
    answer_text: Mapped[str | None] = mapped_column(Text, default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    comment_sentiment: Mapped[str | None] = mapped_column(String(16), default=None)
    negative: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
