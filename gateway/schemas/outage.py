"""Region outage schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class OutageCreate(BaseModel):
    """`POST /outages` body."""

    region: str = Field(min_length=1, max_length=64, examples=["zona-norte"])
    description: str = Field(default="", max_length=500, examples=["Rompimento de fibra"])
    estimated_end: datetime | None = Field(
        default=None, description="Timezone-aware; when service is expected back."
    )


class OutagePublic(OutageCreate):
    """A stored outage."""

    id: str
    started_at: datetime
    ended_at: datetime | None
