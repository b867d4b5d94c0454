"""CSV and XLSX exports of the filtered conversations and CSAT answers.

Message texts are exported as stored, that is masked. Cells that a spreadsheet would run as a
formula (starting with = + - @, tab or CR) get a leading apostrophe (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db.models import Analysis, Customer, Decision, Feedback, Handoff, Message
from gateway.web.csat_source import answers
from gateway.web.filters import OverviewFilters
from gateway.web.templating import DISPLAY_TZ

CONVERSATION_COLUMNS = (
    "data_hora", "conversa_id", "cliente", "canal", "mensagem", "intent", "sub_intent",
    "sentimento", "urgente", "confianca", "resolucao", "regra", "tempo_resposta_ms",
    "handoff_status", "atendente", "sub_intent_corrigido",
)  # fmt: skip
CSAT_COLUMNS = (
    "respondido_em", "conversa_id", "canal", "sub_intent", "resolucao", "atendido_por", "nota",
    "comentario",
)  # fmt: skip
EXPORT_ROW_LIMIT = 100_000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def conversation_rows(
    session: Session, tenant_id: str, filters: OverviewFilters
) -> list[tuple[Any, ...]]:
    """One row per analysed customer message of the filtered period, newest first."""
    query = (
        select(Analysis, Decision, Message.text, Customer.external_id, Handoff, Feedback)
        .join(Decision, Decision.analysis_id == Analysis.id)
        .join(Message, Message.id == Analysis.message_id)
        .join(Customer, Customer.id == Analysis.customer_id)
        .outerjoin(Handoff, Handoff.analysis_id == Analysis.id)
        .outerjoin(Feedback, Feedback.handoff_id == Handoff.id)
        .where(
            Analysis.tenant_id == tenant_id,
            Analysis.created_at >= filters.since,
            Analysis.created_at < filters.until,
        )
    )
    if filters.channel:
        query = query.where(Analysis.channel == filters.channel)
    if filters.sub_intent:
        query = query.where(Analysis.sub_intent == filters.sub_intent)
    if filters.resolution_type:
        query = query.where(Decision.resolution_type == filters.resolution_type)
    query = query.order_by(Analysis.created_at.desc()).limit(EXPORT_ROW_LIMIT)
    return [
        (
            a.created_at.astimezone(DISPLAY_TZ).strftime("%Y-%m-%d %H:%M:%S"),
            a.conversation_id,
            customer,
            a.channel,
            text,
            a.intent,
            a.sub_intent,
            a.sentiment,
            "sim" if a.urgent else "não",
            round(a.confidence, 4),
            d.resolution_type,
            d.rule,
            round(d.processing_time_ms, 1),
            h.status if h else "",
            (h.claimed_by or "") if h else "",
            f.corrected_sub_intent if f else "",
        )
        for a, d, text, customer, h, f in session.execute(query)
    ]


def csat_rows(session: Session, tenant_id: str, filters: OverviewFilters) -> list[tuple[Any, ...]]:
    """One row per answered survey of the filtered period."""
    found = answers(
        session, tenant_id, filters.since, filters.until, filters.channel, filters.sub_intent
    )
    return [
        (
            a.answered_at.astimezone(DISPLAY_TZ).strftime("%Y-%m-%d %H:%M:%S"),
            a.conversation_id,
            a.channel,
            a.sub_intent or "",
            a.resolution_type,
            a.handled_by,
            a.score,
            a.comment,
        )
        for a in found
        if filters.resolution_type is None or _same_resolution(a.handled_by, filters)
    ]


def _same_resolution(handled_by: str, filters: OverviewFilters) -> bool:
    # CSAT says who handled it (ai | human); the filter speaks of the routing decision.
    return (handled_by == "ai") == (filters.resolution_type == "ai_automated")


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 CSV with a BOM, so Excel in pt-BR opens accents correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows([_safe(v) for v in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(sheet: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A one-sheet workbook with a bold, frozen header row."""
    # Imported here: openpyxl pulls in numpy when it is installed, and the gateway stays light.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet[:31]
    worksheet.append(list(columns))
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    worksheet.freeze_panes = "A2"
    for row in rows:
        worksheet.append([_safe(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
