"""The human-corrected feedback test set: sampled by a seeded hash, and never given back.

A text's place is decided by `sha256(seed:text_key)`, so it does not depend on export order or on
what else is in the database. Texts already in the previous export's test set stay there even if
`test_fraction` or `seed` change later: once a text has been used to judge models it never moves
to training.
"""

from __future__ import annotations

import hashlib

import pandas as pd


def hash_fraction(key: str, seed: int) -> float:
    """A uniform number in [0, 1) fixed by the text and the seed."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_feedback(
    resolved: pd.DataFrame, previous_test: pd.DataFrame, test_fraction: float, seed: int
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(train, test, carried): new texts sampled into test at `test_fraction`; every text of the
    previous test set stays in test (re-labelled if agents corrected it again), including ones
    no longer in the database (`carried` counts those)."""
    sticky = set(previous_test["key"]) if len(previous_test) else set()
    sampled = resolved["key"].map(lambda key: hash_fraction(key, seed) < test_fraction)
    in_test = resolved["key"].isin(sticky) | sampled
    test = resolved[in_test]
    gone = previous_test[~previous_test["key"].isin(resolved["key"])] if sticky else test.head(0)
    test = pd.concat([test, gone], ignore_index=True) if len(gone) else test
    train = resolved[~in_test]
    return (
        train.sort_values("key").reset_index(drop=True),
        test.sort_values("key").reset_index(drop=True),
        len(gone),
    )
