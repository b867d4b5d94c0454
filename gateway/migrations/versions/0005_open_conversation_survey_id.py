"""One open conversation per customer; the outbox's survey id in an indexed column.

Existing data: where a customer already has several open conversations (the race this index
prevents), every one but the newest by `created_at` (then id) is closed, with `closed_at` set to
the migration's time; the newest is the one the context engine already treated as open. Their
messages, analyses and hand-offs stay as they were. Survey rows of the outbox get `survey_id`
copied from their payload.

Revision ID: 0005
Revises: 0004

"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SURVEY_EVENT = "csat_survey"  # gateway.csat.surveys.SURVEY_EVENT at the time of this revision

_conversations = sa.table(
    "conversations",
    sa.column("id", sa.String(36)),
    sa.column("tenant_id", sa.String(36)),
    sa.column("customer_id", sa.String(36)),
    sa.column("status", sa.String(16)),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("closed_at", sa.DateTime(timezone=True)),
)
_outbox = sa.table(
    "outbox",
    sa.column("event_type", sa.String(64)),
    sa.column("payload", sa.JSON()),
    sa.column("survey_id", sa.String(36)),
)


def _close_older_duplicates() -> None:
    """Close each open conversation that has a newer open one of the same customer."""
    older, newer = _conversations, _conversations.alias("newer")
    has_newer = (
        sa.select(sa.literal(1))
        .where(
            newer.c.tenant_id == older.c.tenant_id,
            newer.c.customer_id == older.c.customer_id,
            newer.c.status == "open",
            sa.or_(
                newer.c.created_at > older.c.created_at,
                sa.and_(newer.c.created_at == older.c.created_at, newer.c.id > older.c.id),
            ),
        )
        .exists()
    )
    op.execute(
        sa.update(older)
        .where(older.c.status == "open", has_newer)
        .values(status="closed", closed_at=datetime.now(UTC))
    )


def upgrade() -> None:
    """Upgrade schema."""
    _close_older_duplicates()
    op.create_index(
        "uq_conversations_open",
        "conversations",
        ["tenant_id", "customer_id"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    op.add_column("outbox", sa.Column("survey_id", sa.String(length=36), nullable=True))
    op.execute(
        sa.update(_outbox)
        .where(_outbox.c.event_type == SURVEY_EVENT)
        .values(survey_id=_outbox.c.payload["survey_id"].as_string())
    )
    op.create_index("ix_outbox_survey_id", "outbox", ["survey_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema (closed duplicates stay closed)."""
    op.drop_index("ix_outbox_survey_id", table_name="outbox")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("survey_id")
    op.drop_index("uq_conversations_open", table_name="conversations")
