"""Feedback rows next to the corpus: weights, and leaks removed in both directions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from training.feedback.merge import combine_for_training


def frame(texts: list[str], sub_intent: str = "commercial.cancellation") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": texts,
            "sub_intent": sub_intent,
            "intent": sub_intent.split(".")[0],
            "sentiment": "neutral",
            "urgent": False,
        }
    )


def test_feedback_rows_are_appended_with_their_weight() -> None:
    corpus = frame(["quero cancelar", "cancela tudo"])
    feedback = frame(["vou meter o pé", "quero vazar"])
    rows = combine_for_training(
        corpus, np.zeros((2, 3)), feedback, np.ones((2, 3)), held_out=[frame(["x"])], weight=3.0
    )
    assert rows.frame["text"].tolist() == ["quero cancelar", "cancela tudo", *feedback["text"]]
    assert rows.sample_weight.tolist() == [1.0, 1.0, 3.0, 3.0]
    assert rows.embeddings.tolist() == [[0.0] * 3] * 2 + [[1.0] * 3] * 2
    assert rows.counts["feedback_rows_used"] == 2


def test_held_out_texts_leave_both_corpus_and_feedback_training_rows() -> None:
    corpus = frame(["quero cancelar", "Vou  meter o PÉ"])  # the second is a feedback test text
    feedback = frame(["quero vazar", "cancela minha net"])  # the second is in the corpus test
    held_out = [frame(["cancela minha net"]), frame(["vou meter o pe"])]
    rows = combine_for_training(corpus, None, feedback, None, held_out, weight=2.0)
    assert rows.frame["text"].tolist() == ["quero cancelar", "quero vazar"]
    assert rows.sample_weight.tolist() == [1.0, 2.0]
    assert rows.embeddings is None
    assert rows.counts == {
        "corpus_rows_dropped_as_held_out": 1,
        "feedback_rows_dropped_as_held_out": 1,
        "feedback_rows_used": 1,
    }


def test_without_feedback_the_corpus_trains_alone_at_weight_one() -> None:
    rows = combine_for_training(frame(["a b c"]), None, None, None, [frame(["z"])], weight=5.0)
    assert rows.sample_weight.tolist() == [1.0]
    assert rows.counts["feedback_rows_used"] == 0
