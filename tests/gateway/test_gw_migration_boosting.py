"""Migration 0006: never-changed boosting parameters take the tuned defaults, chosen ones stay."""

from __future__ import annotations

from typing import Any

from alembic import command
from sqlalchemy import select

from gateway.context.boosting import BoostingConfig
from gateway.db.migrate import alembic_config, run_migrations
from gateway.db.models import AuditLog, Tenant
from gateway.db.session import create_db_engine, create_session_factory, session_scope
from gateway.schemas.tenant import TenantSettings
from gateway.services.tenants import tenant_settings

# What a tenant created before 0006 has stored: every default of its day, written out.
OLD_BOOSTING = {
    **BoostingConfig().model_dump(mode="json"),
    "follow_up_factor": 6.0,
    "ambiguous_confidence": 0.4,
    "topicless_labels": ["other.out_of_scope"],
}
for new_field in ("follow_up_clear_confidence", "topicless_max_confidence"):
    del OLD_BOOSTING[new_field]


def _settings(**boosting: Any) -> dict[str, Any]:
    stored = TenantSettings().model_dump(mode="json")
    stored["boosting"] = {**OLD_BOOSTING, **boosting}
    return stored


def _boosting(factory, slug: str) -> BoostingConfig:
    with factory() as session:
        tenant = session.scalars(select(Tenant).where(Tenant.slug == slug)).one()
        return tenant_settings(tenant).boosting


def test_migration_0006_moves_only_the_defaults_a_tenant_never_changed(any_database_url) -> None:
    command.downgrade(alembic_config(any_database_url), "0005")
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    without_boosting = TenantSettings().model_dump(mode="json")
    del without_boosting["boosting"]
    with session_scope(factory) as session:
        session.add_all(
            [
                Tenant(slug="untouched", name="U", settings=_settings()),
                Tenant(
                    slug="tuned-by-hand",
                    name="T",
                    settings=_settings(follow_up_factor=8.0, ambiguous_confidence=0.3),
                ),
                Tenant(slug="no-boosting", name="N", settings=without_boosting),
            ]
        )
    engine.dispose()

    run_migrations(any_database_url)
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    untouched = _boosting(factory, "untouched")
    assert untouched.follow_up_factor == 20.0 and untouched.ambiguous_confidence == 0.5
    assert untouched.topicless_labels == ("other.out_of_scope", "other.greeting")
    assert untouched == BoostingConfig()  # the new fields read their defaults
    by_hand = _boosting(factory, "tuned-by-hand")
    assert (by_hand.follow_up_factor, by_hand.ambiguous_confidence) == (8.0, 0.3)
    assert by_hand.topicless_labels == ("other.out_of_scope", "other.greeting")
    assert _boosting(factory, "no-boosting") == BoostingConfig()
    with factory() as session:
        entries = session.scalars(
            select(AuditLog).where(AuditLog.actor == "migration").order_by(AuditLog.id)
        ).all()
        slugs = {t.id: t.slug for t in session.scalars(select(Tenant))}
    assert sorted(slugs[e.tenant_id] for e in entries) == ["tuned-by-hand", "untouched"]
    assert all(e.event == "settings_changed" and e.details["revision"] == "0006" for e in entries)
    first = next(e for e in entries if slugs[e.tenant_id] == "untouched")
    assert first.details["before"]["boosting"]["follow_up_factor"] == 6.0
    assert first.details["after"]["boosting"]["follow_up_factor"] == 20.0
    engine.dispose()

    command.downgrade(alembic_config(any_database_url), "0005")
    engine = create_db_engine(any_database_url)
    factory = create_session_factory(engine)
    back = _boosting(factory, "untouched")
    assert (back.follow_up_factor, back.ambiguous_confidence) == (6.0, 0.4)
    assert _boosting(factory, "tuned-by-hand").follow_up_factor == 8.0
    engine.dispose()
    run_migrations(any_database_url)
