"""Shared field types of the API schemas."""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

CustomerIdentifier = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[\w.@+-]+$"),
]
