"""Family hold-out, duplicate removal and the leakage / schema checks, on the tiny bank."""

from __future__ import annotations

import pandas as pd
import pytest

from omnichat_model.taxonomy import SUB_INTENTS
from training.corpus.banks import load_families
from training.corpus.banks.train_only import TRAIN_ONLY
from training.corpus.build import build_corpus
from training.corpus.checks import (
    DataCheckError,
    check_family_holdout,
    check_min_counts,
    check_no_leakage,
    check_schema,
)
from training.corpus.config import PrepareParams
from training.corpus.cues import CUE_BANKS
from training.corpus.families import Family
from training.corpus.split import SPLITS, plan_splits, split_corpus, split_with_report


@pytest.fixture
def corpus(
    tiny_families: dict[str, tuple[Family, ...]], tiny_params: PrepareParams
) -> pd.DataFrame:
    return build_corpus(tiny_params, tiny_families)


@pytest.fixture
def splits(corpus: pd.DataFrame, tiny_params: PrepareParams) -> dict[str, pd.DataFrame]:
    return split_corpus(corpus, tiny_params)


def _row(text: str, family: str = "technical.no_connection/a", cues: tuple[str, ...] = ()) -> dict:
    return {
        "text": text,
        "sub_intent": "technical.no_connection",
        "intent": "technical",
        "sentiment": "neutral",
        "urgent": False,
        "channel": "whatsapp",
        "family": family,
        "cue_families": list(cues),
        "length": len(text),
    }


def test_plan_puts_every_family_and_cue_family_in_one_split() -> None:
    params = PrepareParams()  # the defaults: 20% test, 15% calibration, at least 2 each
    big = {s: tuple(Family(name=f"f{k}", templates=("x",)) for k in range(7)) for s in SUB_INTENTS}
    plan = plan_splits(big, CUE_BANKS, params)
    assert set(plan.families.values()) == set(SPLITS)
    for sub_intent in big:
        per_split = [s for fid, s in plan.families.items() if fid.startswith(f"{sub_intent}/")]
        assert per_split.count("test") >= 2 and per_split.count("calibration") >= 2
        assert per_split.count("train") >= 1
    for bank, cue_families in CUE_BANKS.items():
        assigned = [plan.cues[f"{bank}/{f.name}"] for f in cue_families]
        assert assigned.count("test") >= 2 and assigned.count("calibration") >= 2


def test_train_only_families_go_to_train_and_reshuffle_nothing() -> None:
    params = PrepareParams()
    big = {s: tuple(Family(name=f"f{k}", templates=("x",)) for k in range(7)) for s in SUB_INTENTS}
    extra = Family(name="written_later", templates=("y",), train_only=True)
    grown = {s: (*fams, extra) for s, fams in big.items()}
    before, after = plan_splits(big, CUE_BANKS, params), plan_splits(grown, CUE_BANKS, params)
    for sub_intent in SUB_INTENTS:
        assert after.families[f"{sub_intent}/written_later"] == "train"
    # Every earlier family keeps its split: the held-out calibration and test families stay.
    assert {k: v for k, v in after.families.items() if "written_later" not in k} == before.families


def test_plan_is_seeded(tiny_families: dict[str, tuple[Family, ...]]) -> None:
    params = PrepareParams(min_families_per_holdout=1)
    same = plan_splits(tiny_families, CUE_BANKS, params)
    assert same == plan_splits(tiny_families, CUE_BANKS, params)
    other = plan_splits(tiny_families, CUE_BANKS, PrepareParams(min_families_per_holdout=1, seed=1))
    assert other.cues != same.cues


def test_too_few_families_for_the_hold_out_is_a_clear_error(
    tiny_families: dict[str, tuple[Family, ...]],
) -> None:
    with pytest.raises(ValueError, match="has 3 families: too few"):
        plan_splits(tiny_families, CUE_BANKS, PrepareParams())  # needs 2 + 2 + 1


def test_no_family_or_cue_family_is_shared_across_splits(
    splits: dict[str, pd.DataFrame],
) -> None:
    counts = check_family_holdout(splits)
    assert all(counts[f"families:{s}"] > 0 and counts[f"cue_families:{s}"] > 0 for s in SPLITS)
    families = [set(splits[s]["family"]) for s in SPLITS]
    assert not (families[0] & families[1] or families[0] & families[2] or families[1] & families[2])


def test_splits_pass_the_leakage_and_schema_checks(
    splits: dict[str, pd.DataFrame], tiny_params: PrepareParams
) -> None:
    check_no_leakage(splits, tiny_params.near_duplicate_threshold)
    for name, frame in splits.items():
        assert check_schema(frame, name)["rows"] == len(frame)


def test_every_sub_intent_in_every_split(splits: dict[str, pd.DataFrame]) -> None:
    totals = check_min_counts(splits, minimum=20)
    assert set(totals) == set(SUB_INTENTS)


def test_exact_and_near_duplicates_of_train_are_dropped_and_counted() -> None:
    rows = [
        _row("a internet caiu aqui no bairro desde ontem à noite", "technical.no_connection/a")
        | {"split": "train"},
        _row("A internet CAIU aqui no bairro desde ontem a noite!!", "technical.no_connection/b")
        | {"split": "test"},
        _row("a internet caiu aqui no bairro desde ontem de noite", "technical.no_connection/c")
        | {"split": "calibration"},
        _row("preciso trocar a senha do wifi", "technical.no_connection/b") | {"split": "test"},
    ]
    splits, report = split_with_report(pd.DataFrame(rows), PrepareParams())
    assert report.exact == {"calibration": 0, "test": 1}
    assert report.near == {"calibration": 1, "test": 0}
    assert list(splits["test"]["text"]) == ["preciso trocar a senha do wifi"]
    assert splits["calibration"].empty


def test_a_family_in_two_splits_is_refused() -> None:
    rows = [
        _row("sem internet", "technical.no_connection/a") | {"split": "train"},
        _row("luz vermelha no modem", "technical.no_connection/a") | {"split": "test"},
    ]
    with pytest.raises(DataCheckError, match="share families"):
        split_corpus(pd.DataFrame(rows), PrepareParams())


def test_a_cue_family_in_two_splits_is_refused() -> None:
    splits = {
        "train": pd.DataFrame([_row("sem net", "x/a", ("urgency/now",))]),
        "test": pd.DataFrame([_row("luz vermelha", "x/b", ("urgency/now",))]),
    }
    with pytest.raises(DataCheckError, match="share cue families"):
        check_family_holdout(splits)


def test_leakage_check_catches_shared_and_near_duplicate_text() -> None:
    train = pd.DataFrame([_row("minha internet está muito lenta hoje à noite")])
    shared = pd.DataFrame([_row("Minha internet esta muito lenta hoje a noite.")])
    near = pd.DataFrame([_row("minha internet está muito lenta hoje de noite")])
    other = pd.DataFrame([_row("quero a segunda via do boleto")])
    with pytest.raises(DataCheckError, match="shared texts"):
        check_no_leakage({"train": train, "test": shared}, 0.92)
    with pytest.raises(DataCheckError, match="near-duplicate pairs"):
        check_no_leakage({"train": train, "test": near}, 0.92)
    assert check_no_leakage({"train": train, "test": other}, 0.92) == {"compared:train/test": 1}


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("text", "   ", "empty or non-string text"),
        ("sub_intent", "technical.teleport", "sub_intent not in the taxonomy"),
        ("intent", "financial", "intent inconsistent with sub_intent"),
        ("sentiment", "angry", "sentiment not in the taxonomy"),
        ("channel", "telegram", "unknown channel"),
        ("urgent", "yes", "urgent is not boolean"),
    ],
)
def test_schema_check_names_the_problem(column: str, value: object, message: str) -> None:
    frame = pd.DataFrame([_row("sem internet"), _row("luz vermelha")])
    frame[column] = frame[column].astype(object)
    frame.loc[1, column] = value
    with pytest.raises(DataCheckError, match=message):
        check_schema(frame)


def test_schema_check_refuses_missing_columns_and_empty_frames() -> None:
    with pytest.raises(DataCheckError, match="missing column"):
        check_schema(pd.DataFrame([_row("oi")]).drop(columns="urgent"))
    with pytest.raises(DataCheckError, match="no rows"):
        check_schema(pd.DataFrame(columns=list(_row("x"))))


def test_min_counts_check_fails_below_the_floor(splits: dict[str, pd.DataFrame]) -> None:
    with pytest.raises(DataCheckError, match="below 1000"):
        check_min_counts(splits, minimum=1000)


def test_the_real_train_only_families_are_flagged_and_reach_the_banks() -> None:
    loaded = load_families()
    for sub_intent, later in TRAIN_ONLY.items():
        assert sub_intent in SUB_INTENTS
        assert all(f.train_only for f in later), sub_intent
        assert set(later) <= set(loaded[sub_intent]), sub_intent
    # Only the families of that module are training-only: the hold-out draws from the rest.
    flagged = {f for fams in loaded.values() for f in fams if f.train_only}
    assert flagged == {f for fams in TRAIN_ONLY.values() for f in fams}
