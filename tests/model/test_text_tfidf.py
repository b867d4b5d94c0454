"""The text block: character n-grams and weighted word n-grams, and models saved before words."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import joblib
import numpy as np
import pytest
from scipy import sparse

from omnichat_model.classifier import OmnichatClassifier
from omnichat_model.features import make_tfidf, make_word_tfidf
from omnichat_model.text_tfidf import TextTfidf, side_by_side

TRAIN = [
    "não chegou o boleto",
    "quero cancelar a internet",
    "já paguei a fatura",
    "internet caiu de novo",
    "quero cancelar o plano",
    "o boleto não chegou ainda",
]


def test_word_block_sits_beside_the_character_block_with_its_weight() -> None:
    tfidf = TextTfidf(make_tfidf(2, 4, 1, 1000), make_word_tfidf(2, 1, 1000), 2.0).fit(TRAIN)
    texts = ["NÃO CHEGOU o boleto!!", "quero cancelar", ""]
    got = tfidf.transform(texts)
    char = tfidf.char.transform(texts)
    word = tfidf.word.transform(texts)
    expected = sparse.hstack([char, word * 2.0], format="csr")
    columns = len(tfidf.char.vocabulary_) + len(tfidf.word.vocabulary_)
    assert got.shape == (3, columns) == expected.shape
    np.testing.assert_allclose(got.toarray(), expected.toarray(), rtol=1e-6)
    # Word bigrams are there, on the folded text (no case, no accents).
    assert "nao chegou" in tfidf.word.vocabulary_
    bigram = len(tfidf.char.vocabulary_) + tfidf.word.vocabulary_["nao chegou"]
    assert got[0, bigram] > 0 and got[1, bigram] == 0


@pytest.mark.parametrize("max_features", [1000, 40])
def test_fit_transform_gives_transform_rows_bit_for_bit(max_features: int) -> None:
    # Training reads its texts once (fit_transform); the rows must be what `transform` gives the
    # server, down to index order and the last bit, or the trained heads would differ.
    texts = [*TRAIN, "a fatura veio em dobro, quero estorno", "kd o tecnico??? tirei folga"]
    parts = (make_tfidf(2, 5, 1, max_features), make_word_tfidf(2, 1, max_features))
    fitted = TextTfidf(*parts, 1.5).fit_transform(texts)
    again = TextTfidf(make_tfidf(2, 5, 1, max_features), make_word_tfidf(2, 1, max_features), 1.5)
    expected = again.fit(texts).transform(texts)
    assert fitted.shape == expected.shape
    np.testing.assert_array_equal(fitted.indptr, expected.indptr)
    np.testing.assert_array_equal(fitted.indices, expected.indices)
    np.testing.assert_array_equal(fitted.data, expected.data)


def test_character_only_block_and_bad_weight() -> None:
    char_only = TextTfidf(make_tfidf(2, 4, 1, 1000)).fit(TRAIN)
    texts = ["quero cancelar"]
    np.testing.assert_allclose(
        char_only.transform(texts).toarray(), char_only.char.transform(texts).toarray(), rtol=1e-6
    )
    with pytest.raises(ValueError, match="word_weight"):
        TextTfidf(make_tfidf(2, 4, 1, 1000), None, 0.0)


def test_pickles_without_its_fast_paths() -> None:
    tfidf = TextTfidf(make_tfidf(2, 4, 1, 1000), make_word_tfidf(2, 1, 1000)).fit(TRAIN)
    before = tfidf.transform(["já paguei"])  # builds the fast paths
    restored = pickle.loads(pickle.dumps(tfidf))
    assert restored._fast is None
    np.testing.assert_array_equal(restored.transform(["já paguei"]).toarray(), before.toarray())


_FIT_AND_HASH = """
import hashlib, pickle
from omnichat_model.features import make_tfidf, make_word_tfidf
from omnichat_model.text_tfidf import TextTfidf
texts = {texts!r}
tfidf = TextTfidf(make_tfidf(2, 4, 1, 1000), make_word_tfidf(2, 1, 1000), 1.5).fit(texts)
tfidf.transform(texts)
print(hasattr(tfidf.word, "_stop_words_id"), hashlib.sha256(pickle.dumps(tfidf)).hexdigest())
"""


def test_the_same_fit_pickles_to_the_same_bytes_in_every_process() -> None:
    # scikit-learn memoises the id() of the stop-word list (None's address, which differs per
    # process); the saved model, and DVC's hash of models/trained, must not carry it.
    code = _FIT_AND_HASH.format(texts=TRAIN)
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[0][0] == runs[1][0] == "True"  # the memo is there on the live object
    assert runs[0][1] == runs[1][1]
    tfidf = TextTfidf(make_tfidf(2, 4, 1, 1000), make_word_tfidf(2, 1, 1000), 1.5).fit(TRAIN)
    reloaded = pickle.loads(pickle.dumps(tfidf))
    np.testing.assert_array_equal(
        reloaded.transform(TRAIN).toarray(), tfidf.transform(TRAIN).toarray()
    )


def test_a_model_saved_with_a_plain_character_vectoriser_still_loads(
    classifier_dir: Path, tmp_path: Path
) -> None:
    # Models saved before word n-grams hold the character TfidfVectorizer as "tfidf".
    old = tmp_path / "old-model"
    OmnichatClassifier.load(classifier_dir).save(old)
    components = joblib.load(old / "components.joblib")
    components["tfidf"] = components["tfidf"].char
    joblib.dump(components, old / "components.joblib")
    loaded = OmnichatClassifier.load(old)
    assert isinstance(loaded.tfidf, TextTfidf) and loaded.tfidf.word is None
    x = loaded.features(["quero a segunda via"])
    embedding_dim = loaded.embed(["x"]).shape[1]
    assert x.shape == (1, embedding_dim + len(loaded.tfidf.char.vocabulary_))


def test_side_by_side_equals_scipy_hstack() -> None:
    rng = np.random.default_rng(0)
    left = sparse.random(7, 11, density=0.3, format="csr", dtype=np.float32, random_state=rng)
    right = sparse.random(7, 5, density=0.4, format="csr", dtype=np.float32, random_state=rng)
    left[3, :] = 0  # an empty row on each side
    right[5, :] = 0
    left.eliminate_zeros()
    right.eliminate_zeros()
    got = side_by_side(left, right, right_weight=1.5)
    expected = sparse.hstack([left, right * 1.5], format="csr")
    assert got.shape == (7, 16) and got.dtype == np.float32 and got.has_sorted_indices
    np.testing.assert_allclose(got.toarray(), expected.toarray(), rtol=1e-6)
    assert side_by_side(left[:0], right[:0]).shape == (0, 16)
    with pytest.raises(ValueError, match="same number of rows"):
        side_by_side(left, right[:3])
