"""The Overview's filters (period, channel, sub_intent, resolution type), read from the query."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gateway.db.models import utcnow
from gateway.web.templating import DISPLAY_TZ
from omnichat_model.taxonomy import SUB_INTENTS, Channel

MAX_PERIOD_DAYS = 366
ResolutionType = Literal["ai_automated", "human_routing"]


class OverviewFilters(BaseModel):
    """`?start=2026-11-01&end=2026-11-30&channel=whatsapp&sub_intent=...&resolution_type=...`

    Dates are calendar days in the display time zone, both ends included; the default period is
    the last 7 days. Empty strings (a form's "all" option) mean no filter.
    """

    model_config = ConfigDict(extra="ignore")  # other query parameters (max_events) pass by

    start: date | None = None
    end: date | None = None
    channel: Channel | None = None
    sub_intent: str | None = Field(default=None, max_length=64)
    resolution_type: ResolutionType | None = None

    @field_validator("start", "end", "channel", "sub_intent", "resolution_type", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("sub_intent")
    @classmethod
    def _known_sub_intent(cls, value: str | None) -> str | None:
        if value is not None and value not in SUB_INTENTS:
            raise ValueError(f"unknown sub_intent {value!r}")
        return value

    @model_validator(mode="after")
    def _period(self) -> OverviewFilters:
        today = utcnow().astimezone(DISPLAY_TZ).date()
        self.end = self.end or today
        self.start = self.start or self.end - timedelta(days=6)
        if self.start > self.end:
            raise ValueError("start must be on or before end")
        if (self.end - self.start).days >= MAX_PERIOD_DAYS:
            raise ValueError(f"the period is limited to {MAX_PERIOD_DAYS} days")
        return self

    @property
    def since(self) -> datetime:
        """Start of the period (aware)."""
        return datetime.combine(self.start, time.min, tzinfo=DISPLAY_TZ)  # type: ignore[arg-type]

    @property
    def until(self) -> datetime:
        """End of the period, exclusive (aware)."""
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=DISPLAY_TZ)  # type: ignore[operator]

    @property
    def hourly(self) -> bool:
        """One or two days are charted by hour, longer periods by day."""
        return (self.end - self.start).days < 2  # type: ignore[operator]

    def query_string(self) -> str:
        """The filters as a URL query (for exports and the live stream)."""
        values = self.model_dump(mode="json", exclude_none=True)
        return urlencode(values)
