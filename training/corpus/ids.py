"""Stable identifiers of phrase families, as stored in the corpus `family` column."""

from __future__ import annotations

from training.corpus.families import Family


def family_id(sub_intent: str, family: Family) -> str:
    """The identifier of `family` within `sub_intent` ("technical.no_connection/red_light")."""
    return f"{sub_intent}/{family.name}"
