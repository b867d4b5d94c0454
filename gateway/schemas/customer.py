"""Customer profile schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from gateway.schemas.context import CustomerContext, Tier


class CustomerBase(BaseModel):
    """Profile fields an ISP keeps in sync."""

    name: str | None = Field(default=None, max_length=200)
    tier: Tier = "basic"
    plan_mbps: int | None = Field(default=None, ge=1, le=100_000)
    region: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=r"^\+?[\d\s().-]{8,20}$")
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    blocked: bool = False
    connection_online: bool = True


class CustomerUpsert(CustomerBase):
    """`PUT /customers/{id}` body."""


class CustomerPublic(CustomerBase):
    """A stored customer."""

    id: str
    external_id: str
    created_at: datetime
    updated_at: datetime


class CustomerContextPublic(BaseModel):
    """`GET /customers/{id}/context`."""

    customer_id: str
    external_id: str
    conversation_id: str | None
    context: CustomerContext
