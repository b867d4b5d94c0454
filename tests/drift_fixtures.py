"""Traffic for the drift tests and notebooks: real corpus messages scored by the session model.

`same` is the half of the session's test split that the reference sample did not take (same
phrase families, same channel mix); `shifted` is what a changed production looks like: only
financial messages, each followed by a second, unrelated request (two-topic messages, so the
model is less sure), all arriving on WhatsApp.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from omnichat_model.classifier import OmnichatClassifier
from training.drift.reference import sample_reference

REFERENCE_SIZE = 180  # half of the session's tiny test split
SEED = 5
# Small samples need a lower floor than production's 200; thresholds stay params.yaml's.
TEST_DRIFT_PARAMS = {
    "reference_sample_size": REFERENCE_SIZE,
    "seed": SEED,
    "min_current_messages": 50,
}


@dataclass(frozen=True)
class Traffic:
    """Messages (text, channel) with the model's sub_intent and confidence."""

    frame: pd.DataFrame

    def __len__(self) -> int:
        return len(self.frame)


def split_for_drift(test_split: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the rows the reference samples, the rest) for `REFERENCE_SIZE` and `SEED`."""
    reference = sample_reference(test_split, REFERENCE_SIZE, SEED)
    return reference, test_split.drop(reference.index)


def shifted_messages(pool: pd.DataFrame) -> pd.DataFrame:
    """Financial messages with an unrelated second request appended, all on WhatsApp."""
    financial = pool[pool["intent"] == "financial"].reset_index(drop=True)
    others = pool[pool["intent"] != "financial"].sample(n=len(financial), random_state=1)
    texts = [f"{a} {b}" for a, b in zip(financial["text"], others["text"], strict=True)]
    return pd.DataFrame({"text": texts, "channel": "whatsapp"})


def score(classifier: OmnichatClassifier, messages: pd.DataFrame) -> Traffic:
    """The model's raw prediction for each message, as the gateway stores it; corpus messages
    keep their true labels as `true_*` (what an agent would correct a mistake to)."""
    records = classifier.predict(messages["text"].tolist())
    frame = messages[["text", "channel"]].reset_index(drop=True).copy()
    for label in ("sub_intent", "sentiment", "urgent"):
        if label in messages:
            frame[f"true_{label}"] = messages[label].to_numpy()
    frame["sub_intent"] = [r["sub_intent"] for r in records]
    frame["intent"] = [r["intent"] for r in records]
    frame["sentiment"] = [r["sentiment"] for r in records]
    frame["urgent"] = [r["urgent"] for r in records]
    frame["confidence"] = [r["confidence"] for r in records]
    return Traffic(frame)


def write_prepared(split: pd.DataFrame, folder: Path, name: str = "test") -> Path:
    """A prepared-splits folder holding `split` as `<name>.parquet`."""
    folder.mkdir(parents=True, exist_ok=True)
    split.to_parquet(folder / f"{name}.parquet", index=False)
    return folder


def fill_gateway_database(
    url: str,
    traffic: Traffic,
    threshold: float,
    created_at: datetime | None = None,
    corrected: bool = False,
) -> None:
    """Store `traffic` as the gateway does: a customer message, its analysis and a decision;
    with `corrected`, each routed message also gets a resolved hand-off and the agent's
    correction (the message's true labels)."""
    from gateway.db.models import (
        Analysis,
        Conversation,
        Customer,
        Decision,
        Message,
        Tenant,
    )
    from gateway.db.session import create_db_engine, create_session_factory, session_scope

    when = created_at or datetime.now(UTC) - timedelta(hours=1)
    factory = create_session_factory(create_db_engine(url))
    with session_scope(factory) as session:
        tenant = session.query(Tenant).filter_by(slug="drift").one_or_none()
        if tenant is None:
            tenant = Tenant(slug="drift", name="Drift ISP")
            session.add(tenant)
            session.flush()
        for row in traffic.frame.itertuples():
            customer = Customer(
                tenant_id=tenant.id, external_id=f"c-{when.timestamp():.0f}-{row.Index}"
            )
            session.add(customer)
            session.flush()
            conversation = Conversation(tenant_id=tenant.id, customer_id=customer.id)
            session.add(conversation)
            session.flush()
            message = Message(
                tenant_id=tenant.id,
                conversation_id=conversation.id,
                channel=row.channel,
                role="customer",
                text=row.text,
                created_at=when,
            )
            session.add(message)
            session.flush()
            analysis = Analysis(
                tenant_id=tenant.id,
                message_id=message.id,
                conversation_id=conversation.id,
                customer_id=customer.id,
                channel=row.channel,
                intent=row.intent,
                sub_intent=row.sub_intent,
                raw_sub_intent=row.sub_intent,
                sentiment=row.sentiment,
                urgent=bool(row.urgent),
                raw_confidence=row.confidence,
                # Context boosting raises the stored confidence; drift must read the raw one.
                confidence=min(1.0, row.confidence + 0.3),
                model_version="1",
                created_at=when,
            )
            session.add(analysis)
            session.flush()
            automated = row.confidence >= threshold
            if corrected and not automated:
                _add_correction(session, analysis, row, when)
            session.add(
                Decision(
                    tenant_id=tenant.id,
                    analysis_id=analysis.id,
                    conversation_id=conversation.id,
                    channel=row.channel,
                    resolution_type="ai_automated" if automated else "human_routing",
                    rule="confidence_threshold",
                    reason="test",
                    reply="",
                    processing_time_ms=1.0,
                    created_at=when,
                )
            )


def _add_correction(session: Any, analysis: Any, row: Any, when: datetime) -> None:
    from gateway.db.models import Feedback, Handoff

    handoff = Handoff(
        tenant_id=analysis.tenant_id,
        conversation_id=analysis.conversation_id,
        customer_id=analysis.customer_id,
        analysis_id=analysis.id,
        team="support",
        reason="low confidence",
        status="resolved",
        priority=2,
        tier_rank=2,
        created_at=when,
        resolved_at=when,
    )
    session.add(handoff)
    session.flush()
    session.add(
        Feedback(
            tenant_id=analysis.tenant_id,
            handoff_id=handoff.id,
            analysis_id=analysis.id,
            text=row.text,
            predicted_sub_intent=row.sub_intent,
            predicted_sentiment=row.sentiment,
            predicted_urgent=bool(row.urgent),
            corrected_sub_intent=row.true_sub_intent,
            corrected_sentiment=row.true_sentiment,
            corrected_urgent=bool(row.true_urgent),
            agent="agent-1",
            created_at=when,
        )
    )
