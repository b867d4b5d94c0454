"""The builder, the prepare stage and the bank loader, end to end on small inputs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from omnichat_model.taxonomy import CHANNELS, SUB_INTENTS
from training.corpus.banks import BankError, load_families
from training.corpus.build import build_corpus, split_quota
from training.corpus.config import PrepareParams
from training.corpus.dedup import normalise_text
from training.corpus.families import Family
from training.corpus.prepare import prepare
from training.corpus.split import SPLITS


def test_same_seed_same_corpus_other_seed_other_corpus(
    tiny_families: dict[str, tuple[Family, ...]], tiny_params: PrepareParams
) -> None:
    first = build_corpus(tiny_params, tiny_families)
    pd.testing.assert_frame_equal(first, build_corpus(tiny_params, tiny_families))
    reseeded = build_corpus(tiny_params.model_copy(update={"seed": 7}), tiny_families)
    assert set(first["text"]) != set(reseeded["text"])


def test_counts_per_sub_intent_and_split_follow_the_params(
    tiny_families: dict[str, tuple[Family, ...]], tiny_params: PrepareParams
) -> None:
    corpus = build_corpus(tiny_params, tiny_families)
    per_sub_intent = corpus["sub_intent"].value_counts()
    assert set(per_sub_intent.index) == set(SUB_INTENTS)
    assert (per_sub_intent >= tiny_params.messages_per_sub_intent).all()
    for split in SPLITS:
        in_split = corpus[corpus["split"] == split]["sub_intent"].value_counts()
        assert (in_split == split_quota(tiny_params, split)).all()


def test_no_two_messages_share_a_normalised_text(
    tiny_families: dict[str, tuple[Family, ...]], tiny_params: PrepareParams
) -> None:
    corpus = build_corpus(tiny_params, tiny_families)
    assert corpus["text"].map(normalise_text).is_unique


def test_channel_mix_follows_the_params(tiny_families: dict[str, tuple[Family, ...]]) -> None:
    params = PrepareParams(
        messages_per_sub_intent=60,
        min_messages_per_sub_intent=20,
        min_families_per_holdout=1,
        test_fraction=0.3,
        calibration_fraction=0.3,
        channel_mix={"whatsapp": 0.7, "email": 0.1, "web_chat": 0.1, "phone": 0.1},
    )
    shares = build_corpus(params, tiny_families)["channel"].value_counts(normalize=True)
    assert set(shares.index) == set(CHANNELS)
    assert 0.6 < shares["whatsapp"] < 0.8


def test_a_split_that_cannot_reach_its_quota_fails_loudly() -> None:
    one_liner = Family(name="only", templates=("oi",))
    families = {
        s: tuple(Family(name=f"{one_liner.name}{k}", templates=("oi",)) for k in range(3))
        for s in SUB_INTENTS
    }
    params = PrepareParams(
        messages_per_sub_intent=200,
        min_messages_per_sub_intent=10,
        min_families_per_holdout=1,
        max_attempts_per_message=2,
    )
    with pytest.raises(ValueError, match="distinct messages after"):
        build_corpus(params, families)


def test_prepare_writes_checked_splits_stats_and_data_card(
    tmp_path: Path, tiny_families: dict[str, tuple[Family, ...]], tiny_params: PrepareParams
) -> None:
    out = tmp_path / "data" / "prepared"
    counts = prepare(tiny_params, out, families=tiny_families)
    frames = {name: pd.read_parquet(out / f"{name}.parquet") for name in SPLITS}
    assert {name: len(frame) for name, frame in frames.items()} == {
        name: counts[name] for name in SPLITS
    }
    assert frames["train"]["urgent"].dtype == bool
    stats = json.loads((out / "prepare_stats.json").read_text(encoding="utf-8"))
    assert stats["counts"] == counts
    assert min(stats["per_sub_intent"].values()) >= tiny_params.min_messages_per_sub_intent
    card = (tmp_path / "data" / "README.md").read_text(encoding="utf-8")
    for expected in ("## Counts", "technical.no_connection", "whatsapp", "evaluation only"):
        assert expected in card


def _write_bank_package(root: Path, modules: dict[str, str]) -> str:
    """A bank package on disk, named after the test's own folder so imports never collide."""
    name = f"banks_{root.name}"
    package = root / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    for module, body in modules.items():
        (package / f"{module}.py").write_text(textwrap.dedent(body))
    return name


_HEADER = "from training.corpus.families import Family\n"


def _families_source(sub_intents: list[str], template: str = "sem internet") -> str:
    entries = ", ".join(
        f'"{s}": (Family(name="f", templates=("{template}",)),)' for s in sub_intents
    )
    return _HEADER + f"FAMILIES = {{{entries}}}\n"


@pytest.fixture
def bank_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_loader_merges_the_three_bank_modules(bank_root: Path) -> None:
    technical = [s for s in SUB_INTENTS if s.startswith("technical.")]
    financial = [s for s in SUB_INTENTS if s.startswith("financial.")]
    rest = [s for s in SUB_INTENTS if s not in technical + financial]
    package = _write_bank_package(
        bank_root,
        {
            "technical": _families_source(technical),
            "financial": _families_source(financial),
            "commercial_other": _families_source(rest),
        },
    )
    families = load_families(package)
    assert list(families) == list(SUB_INTENTS)


def test_loader_reports_a_missing_module(bank_root: Path) -> None:
    package = _write_bank_package(bank_root, {"technical": _families_source([])})
    with pytest.raises(BankError, match=r"banks_\w+\.financial is missing"):
        load_families(package)


def test_loader_reports_sub_intents_without_families(bank_root: Path) -> None:
    package = _write_bank_package(
        bank_root,
        {
            "technical": _families_source(["technical.no_connection"]),
            "financial": _families_source([]),
            "commercial_other": _families_source([]),
        },
    )
    with pytest.raises(BankError, match=r"no phrase families for.*technical\.slow_connection"):
        load_families(package)


def test_loader_reports_unknown_sub_intents(bank_root: Path) -> None:
    package = _write_bank_package(
        bank_root,
        {
            "technical": _families_source(["technical.teleport"]),
            "financial": _families_source([]),
            "commercial_other": _families_source([]),
        },
    )
    with pytest.raises(BankError, match=r"'technical\.teleport'.*unknown sub_intent"):
        load_families(package)


def test_loader_reports_unknown_slots(bank_root: Path) -> None:
    package = _write_bank_package(
        bank_root,
        {
            "technical": _families_source(["technical.no_connection"], "sem net no {planeta}"),
            "financial": _families_source([]),
            "commercial_other": _families_source([]),
        },
    )
    with pytest.raises(BankError, match=r"unknown slot\(s\) \['planeta'\]"):
        load_families(package)
