"""The phrase banks: one module per area, each defining `FAMILIES` keyed by sub_intent.

`load_families()` imports the modules lazily (nothing happens at import time), merges them and
checks them: a missing module, an unknown or duplicated sub_intent, a sub_intent without families
or a template using an unknown slot is a `BankError`, never a silent gap in the corpus.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping
from typing import Final

from omnichat_model.taxonomy import SUB_INTENTS
from training.corpus.families import Family
from training.corpus.slots import SLOTS

BANK_MODULES: Final[tuple[str, ...]] = ("technical", "financial", "commercial_other")

Families = Mapping[str, tuple[Family, ...]]


class BankError(ValueError):
    """A phrase bank is missing, malformed or incomplete."""


def load_families(package: str = __name__) -> dict[str, tuple[Family, ...]]:
    """Merge the `FAMILIES` of every bank module of `package`, in taxonomy order.

    `package` defaults to this package; tests point it at a fixture package with the same
    layout.
    """
    merged: dict[str, tuple[Family, ...]] = {}
    for module_name in BANK_MODULES:
        for sub_intent, families in _module_families(package, module_name).items():
            if sub_intent in merged:
                raise BankError(
                    f"sub_intent {sub_intent!r} is defined by more than one bank module"
                )
            merged[sub_intent] = families
    missing = [s for s in SUB_INTENTS if not merged.get(s)]
    if missing:
        raise BankError(f"no phrase families for sub_intent(s): {', '.join(missing)}")
    return {s: merged[s] for s in SUB_INTENTS}


def _module_families(package: str, module_name: str) -> dict[str, tuple[Family, ...]]:
    qualified = f"{package}.{module_name}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name != qualified:
            raise  # the bank exists but imports something missing: show the real error
        raise BankError(f"phrase bank module {qualified} is missing") from exc
    families = getattr(module, "FAMILIES", None)
    if not isinstance(families, Mapping):
        raise BankError(f"{qualified} must define FAMILIES: dict[str, tuple[Family, ...]]")
    return {
        sub_intent: _checked(qualified, sub_intent, fams) for sub_intent, fams in families.items()
    }


def _checked(module: str, sub_intent: object, families: object) -> tuple[Family, ...]:
    where = f"{module}: FAMILIES[{sub_intent!r}]"
    if sub_intent not in SUB_INTENTS:
        raise BankError(f"{where}: unknown sub_intent (see omnichat_model.taxonomy)")
    if not isinstance(families, tuple | list) or not all(isinstance(f, Family) for f in families):
        raise BankError(f"{where} must be a tuple of Family")
    names = [f.name for f in families]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise BankError(f"{where}: duplicated family names {duplicated}")
    for family in families:
        _check_family(where, family)
    return tuple(families)


def _check_family(where: str, family: Family) -> None:
    if not family.name or not family.templates:
        raise BankError(f"{where}: family {family.name!r} needs a name and templates")
    for text in (*family.templates, *family.details):
        if not text.strip():
            raise BankError(f"{where}: family {family.name!r} has an empty template or detail")
        unknown = sorted(
            {f for _, f, _, _ in string.Formatter().parse(text) if f is not None} - set(SLOTS)
        )
        if unknown:
            raise BankError(f"{where}: family {family.name!r} uses unknown slot(s) {unknown}")
