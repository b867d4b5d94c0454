"""Tenants and their API keys."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.core.security import display_prefix, generate_api_key, hash_api_key
from gateway.db.models import ApiKey, Tenant
from gateway.schemas.tenant import TenantSettings
from gateway.services import audit


def create_tenant(session: Session, slug: str, name: str) -> Tenant:
    """Create a tenant with default settings; fails if the slug is taken."""
    if session.scalar(select(Tenant).where(Tenant.slug == slug)) is not None:
        raise ValueError(f"tenant {slug!r} already exists")
    tenant = Tenant(slug=slug, name=name, settings=TenantSettings().model_dump(mode="json"))
    session.add(tenant)
    session.flush()
    audit.record(session, tenant.id, "tenant_created", "cli", "tenant", tenant.id, {"slug": slug})
    return tenant


def add_api_key(
    session: Session, tenant: Tenant, key: str | None = None, name: str = "default"
) -> str:
    """Store the hash of `key` (a new random key when None) for `tenant`; returns the key."""
    key = key or generate_api_key()
    if len(key) < 16:
        raise ValueError("API keys must be at least 16 characters long")
    key_hash = hash_api_key(key)
    existing = session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash))
    if existing is not None:
        if existing.tenant_id != tenant.id:
            raise ValueError("this API key already belongs to another tenant")
        return key
    session.add(
        ApiKey(tenant_id=tenant.id, key_hash=key_hash, prefix=display_prefix(key), name=name)
    )
    audit.record(session, tenant.id, "api_key_created", "cli", "tenant", tenant.id, {"name": name})
    return key


def tenant_for_key_hash(session: Session, key_hash: str) -> tuple[Tenant, ApiKey] | None:
    """The tenant owning the active key with this SHA-256, or None."""
    row = session.execute(
        select(Tenant, ApiKey)
        .join(ApiKey, ApiKey.tenant_id == Tenant.id)
        .where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
    ).first()
    return None if row is None else (row[0], row[1])


# A tenant's validated settings, kept on the instance with the raw dict they were read from:
# the message flow asks for them several times (routing, outbox, CSAT), and a reassigned
# `tenant.settings` is a new dict, so the memo cannot outlive a change.
_VALIDATED = "_omnichat_validated_settings"


def tenant_settings(tenant: Tenant) -> TenantSettings:
    """The tenant's validated settings (defaults for anything missing)."""
    raw = tenant.settings
    memo = tenant.__dict__.get(_VALIDATED)
    if memo is not None and memo[0] is raw:
        return memo[1]
    validated = TenantSettings.model_validate(raw or {})
    remember_settings(tenant, validated)
    return validated


def remember_settings(tenant: Tenant, validated: TenantSettings) -> None:
    """Record `validated` as the settings of `tenant` as they stand now."""
    setattr(tenant, _VALIDATED, (tenant.settings, validated))
