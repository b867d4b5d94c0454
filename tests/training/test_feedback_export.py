"""`omnichat export-feedback` against a real (migrated SQLite) gateway database."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from gateway.db import models
from gateway.db.migrate import run_migrations
from gateway.db.models import (
    Analysis,
    Conversation,
    Customer,
    Decision,
    Feedback,
    Handoff,
    Message,
    Tenant,
)
from training.feedback.config import FeedbackParams
from training.feedback.export import AUTO_FILE, TEST_FILE, TRAIN_FILE, export_feedback

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("feedback-db") / "template.db"
    run_migrations(f"sqlite:///{path}")
    return path


class GatewayDb:
    """A migrated gateway database with one tenant, customer and conversation."""

    def __init__(self, path: Path) -> None:
        self.url = f"sqlite:///{path}"
        self.engine = create_engine(self.url)
        with Session(self.engine) as session:
            tenant = Tenant(slug="isp", name="ISP")
            session.add(tenant)
            session.flush()
            customer = Customer(tenant_id=tenant.id, external_id="c-1")
            session.add(customer)
            session.flush()
            conversation = Conversation(tenant_id=tenant.id, customer_id=customer.id)
            session.add(conversation)
            session.commit()
            self.tenant_id, self.customer_id = tenant.id, customer.id
            self.conversation_id = conversation.id

    def message(
        self,
        text: str,
        predicted: str = "other.greeting",
        confidence: float = 0.4,
        correction: tuple[str, str, bool] | None = None,
        minutes: int = 0,
        model_version: str = "omnichat-classifier:1",
    ) -> None:
        """A customer message with its analysis; routed and corrected when `correction` is set
        (sub_intent, sentiment, urgent), answered automatically otherwise."""
        at = T0 + timedelta(minutes=minutes)
        ids = {"tenant_id": self.tenant_id, "conversation_id": self.conversation_id}
        with Session(self.engine) as session:
            message = Message(**ids, channel="whatsapp", role="customer", text=text, created_at=at)
            session.add(message)
            session.flush()
            analysis = Analysis(
                **ids,
                message_id=message.id,
                customer_id=self.customer_id,
                channel="whatsapp",
                intent=predicted.split(".")[0],
                sub_intent=predicted,
                raw_sub_intent=predicted,
                sentiment="neutral",
                urgent=False,
                raw_confidence=confidence,
                confidence=confidence,
                model_version=model_version,
                created_at=at,
            )
            session.add(analysis)
            session.flush()
            routed = correction is not None
            session.add(
                Decision(
                    **ids,
                    analysis_id=analysis.id,
                    channel="whatsapp",
                    resolution_type="human_routing" if routed else "ai_automated",
                    rule="confidence_threshold",
                    reason="",
                    reply="",
                    processing_time_ms=1.0,
                )
            )
            if routed:
                handoff = Handoff(
                    **ids,
                    customer_id=self.customer_id,
                    analysis_id=analysis.id,
                    team="commercial",
                    reason="",
                    status="resolved",
                    priority=2,
                    tier_rank=2,
                )
                session.add(handoff)
                session.flush()
                sub_intent, sentiment, urgent = correction
                session.add(
                    Feedback(
                        tenant_id=self.tenant_id,
                        handoff_id=handoff.id,
                        analysis_id=analysis.id,
                        text=text,
                        predicted_sub_intent=predicted,
                        predicted_sentiment="neutral",
                        predicted_urgent=False,
                        corrected_sub_intent=sub_intent,
                        corrected_sentiment=sentiment,
                        corrected_urgent=urgent,
                        agent="ana",
                        created_at=at,
                    )
                )
            session.commit()


@pytest.fixture
def gateway_db(tmp_path: Path, migrated_template: Path) -> GatewayDb:
    path = tmp_path / "gateway.db"
    shutil.copy(migrated_template, path)
    return GatewayDb(path)


CANCEL = ("commercial.cancellation", "neutral", False)
PLAN = ("commercial.plan_change", "neutral", False)


def exported(out: Path) -> pd.DataFrame:
    return pd.concat([pd.read_parquet(out / TRAIN_FILE), pd.read_parquet(out / TEST_FILE)])


def test_conflicting_corrections_take_the_majority_and_are_counted(
    gateway_db: GatewayDb, tmp_path: Path
) -> None:
    gateway_db.message("quero vazar dessa operadora", correction=CANCEL, minutes=1)
    gateway_db.message("Quero  VAZAR dessa operadora", correction=PLAN, minutes=2)
    gateway_db.message("quero vazar dessa operadora", correction=CANCEL, minutes=3)
    gateway_db.message("manda o boleto", correction=("financial.invoice_copy", "neutral", False))
    stats = export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    rows = exported(tmp_path / "fb").set_index("key")
    assert stats["corrections_read"] == 4
    assert stats["corrected_texts"] == 2  # case and spacing do not make a new text
    assert stats["conflicting_texts"] == 1
    assert stats["overruled_corrections"] == 1
    vazar = rows.loc["quero vazar dessa operadora"]
    assert vazar["sub_intent"] == "commercial.cancellation"
    assert vazar["n_corrections"] == 3 and bool(vazar["conflict"])
    assert not bool(rows.loc["manda o boleto"]["conflict"])


def test_a_tie_goes_to_the_most_recent_correction(gateway_db: GatewayDb, tmp_path: Path) -> None:
    gateway_db.message("vou meter o pé", correction=PLAN, minutes=1)
    gateway_db.message("vou meter o pé", correction=CANCEL, minutes=5)
    export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    (row,) = exported(tmp_path / "fb").to_dict("records")
    assert row["sub_intent"] == "commercial.cancellation"
    assert row["intent"] == "commercial"


def test_personal_data_is_masked_again(gateway_db: GatewayDb, tmp_path: Path) -> None:
    # As if an older gateway version had stored the raw text.
    gateway_db.message(
        "cancela, meu cpf é 123.456.789-09 e email ana@example.com", correction=CANCEL
    )
    gateway_db.message("me liga no (11) 98765-4321", confidence=0.9)
    stats = export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    texts = [
        *exported(tmp_path / "fb")["text"],
        *pd.read_parquet(tmp_path / "fb" / AUTO_FILE)["text"],
    ]
    assert stats["texts_masked_again"] == 2
    assert "cancela, meu cpf é [CPF] e email [EMAIL]" in texts
    assert "me liga no [TELEFONE]" in texts
    assert not any("123.456" in t or "@example" in t or "98765" in t for t in texts)


def test_auto_answered_messages_are_kept_apart_with_the_model_labels(
    gateway_db: GatewayDb, tmp_path: Path
) -> None:
    gateway_db.message("segunda via", predicted="financial.invoice_copy", confidence=0.95)
    gateway_db.message(
        "segunda via", predicted="financial.invoice_copy", confidence=0.93, minutes=9
    )
    gateway_db.message("quero vazar", predicted="other.greeting", correction=CANCEL)
    stats = export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    auto = pd.read_parquet(tmp_path / "fb" / AUTO_FILE)
    assert stats["auto_resolved_read"] == 2 and stats["auto_resolved_texts"] == 1
    (row,) = auto.to_dict("records")
    assert row["sub_intent"] == "financial.invoice_copy"
    assert row["confidence"] == pytest.approx(0.93)  # the latest analysis
    assert row["n_messages"] == 2
    assert set(exported(tmp_path / "fb")["text"]) == {"quero vazar"}


def test_feedback_test_texts_never_move_to_training(gateway_db: GatewayDb, tmp_path: Path) -> None:
    out = tmp_path / "fb"
    for i in range(30):
        gateway_db.message(f"quero vazar da operadora {i}", correction=CANCEL, minutes=i)
    first = export_feedback(gateway_db.url, out, FeedbackParams(test_fraction=0.3, seed=1))
    first_test = set(pd.read_parquet(out / TEST_FILE)["key"])
    assert 0 < first["test_rows"] < 30
    # Agents correct a test text again, and the sampling settings change: still test only.
    gateway_db.message("quero vazar da operadora 0", correction=PLAN, minutes=100)
    gateway_db.message("quero vazar da operadora 0", correction=PLAN, minutes=101)
    export_feedback(gateway_db.url, out, FeedbackParams(test_fraction=0.0, seed=2))
    second_test = pd.read_parquet(out / TEST_FILE)
    assert set(second_test["key"]) == first_test
    assert not first_test & set(pd.read_parquet(out / TRAIN_FILE)["key"])


def test_the_same_database_exports_the_same_bytes(gateway_db: GatewayDb, tmp_path: Path) -> None:
    for i in range(5):
        gateway_db.message(f"vazar {i}", correction=CANCEL, minutes=i)
    gateway_db.message("segunda via", confidence=0.9)
    export_feedback(gateway_db.url, tmp_path / "a", FeedbackParams())
    export_feedback(gateway_db.url, tmp_path / "b", FeedbackParams())
    for name in (TRAIN_FILE, TEST_FILE, AUTO_FILE):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_missing_database_exports_empty_files_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    stats = export_feedback(f"sqlite:///{missing}", tmp_path / "fb", FeedbackParams())
    assert not missing.exists()
    assert stats["corrections_read"] == 0 and stats["train_rows"] == 0
    assert pd.read_parquet(tmp_path / "fb" / TRAIN_FILE).empty


def test_csat_scores_join_by_conversation(gateway_db: GatewayDb, tmp_path: Path) -> None:
    survey = getattr(models, "CsatSurvey", None)
    if survey is None:
        pytest.skip("the gateway defines no CsatSurvey model yet (migration 0002)")
    gateway_db.message("quero vazar", correction=CANCEL)
    with Session(gateway_db.engine) as session:
        for score in (2, 4):
            session.add(
                survey(
                    tenant_id=gateway_db.tenant_id,
                    conversation_id=gateway_db.conversation_id,
                    customer_id=gateway_db.customer_id,
                    message_id="m",
                    channel="whatsapp",
                    resolution_type="agent_resolved",
                    handled_by="human",
                    status="answered",
                    scheduled_for=T0,
                    score=score,
                )
            )
        session.commit()
    stats = export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    assert stats["csat_available"]
    assert exported(tmp_path / "fb")["csat"].tolist() == [3.0]


def test_corrections_of_channel_rule_handoffs_are_not_training_labels(
    gateway_db: GatewayDb, tmp_path: Path
) -> None:
    # A WhatsApp audio is handed off by a channel rule with a placeholder text, not by the model.
    gateway_db.message(
        "[áudio]", correction=CANCEL, model_version="channel-rule:whatsapp-media", minutes=1
    )
    gateway_db.message("quero vazar dessa operadora", correction=CANCEL, minutes=2)
    stats = export_feedback(gateway_db.url, tmp_path / "fb", FeedbackParams())
    assert stats["corrections_read"] == 1
    assert set(exported(tmp_path / "fb")["key"]) == {"quero vazar dessa operadora"}
