"""Tenants' stored boosting parameters that were never changed take the tuned defaults.

A tenant's settings are stored whole when it is created, so the defaults of its day stay with
it. The context boosting defaults were re-chosen on a development set of context examples
(docs/gateway.md, "Tuning and evaluation"). For each of the three parameters whose default
moved, a tenant whose stored value is still the old default gets the new one; a value the tenant
chose is kept. Each tenant changed gets a `settings_changed` audit entry (actor `migration`)
with the settings before and after. The two new parameters need nothing: a stored config without
them reads their defaults. Downgrade puts the old defaults back where the new ones stand.

Revision ID: 0006
Revises: 0005

"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# field: (default before this revision, default from it); lists as stored in JSON.
MOVED_DEFAULTS: dict[str, tuple[Any, Any]] = {
    "follow_up_factor": (6.0, 20.0),
    "ambiguous_confidence": (0.4, 0.5),
    "topicless_labels": (["other.out_of_scope"], ["other.out_of_scope", "other.greeting"]),
}

_tenants = sa.table(
    "tenants",
    sa.column("id", sa.String(36)),
    sa.column("settings", sa.JSON()),
)
_audit = sa.table(
    "audit_log",
    sa.column("tenant_id", sa.String(36)),
    sa.column("event", sa.String(64)),
    sa.column("actor", sa.String(100)),
    sa.column("entity", sa.String(64)),
    sa.column("entity_id", sa.String(64)),
    sa.column("details", sa.JSON()),
    sa.column("created_at", sa.DateTime(timezone=True)),
)


def moved(settings: dict[str, Any], old: int, new: int) -> dict[str, Any] | None:
    """`settings` with each boosting field still at defaults[old] set to defaults[new]."""
    boosting = settings.get("boosting")
    if not isinstance(boosting, dict):
        return None  # no stored boosting: the current defaults apply already
    updated = dict(boosting)
    for name, defaults in MOVED_DEFAULTS.items():
        if name in updated and updated[name] == defaults[old]:
            updated[name] = defaults[new]
    return {**settings, "boosting": updated} if updated != boosting else None


def _rewrite(old: int, new: int) -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    for tenant_id, settings in bind.execute(sa.select(_tenants.c.id, _tenants.c.settings)).all():
        after = moved(settings or {}, old, new)
        if after is None:
            continue
        bind.execute(sa.update(_tenants).where(_tenants.c.id == tenant_id).values(settings=after))
        bind.execute(
            sa.insert(_audit).values(
                tenant_id=tenant_id,
                event="settings_changed",
                actor="migration",
                entity="tenant",
                entity_id=tenant_id,
                details={"before": settings, "after": after, "revision": revision},
                created_at=now,
            )
        )


def upgrade() -> None:
    """Move never-changed boosting parameters to the tuned defaults."""
    _rewrite(old=0, new=1)


def downgrade() -> None:
    """Put the earlier defaults back where the tuned ones stand."""
    _rewrite(old=1, new=0)
