"""The message flow: classify, boost with context, route, act, reply, store.

`classify_stateless` does the first three steps on an inline context and stores nothing;
`handle_message` runs the whole flow for a tenant's customer in one transaction.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from gateway.actions.backend import ACTION_PLAN, ActionResult, CustomerRef, IspBackend, run_actions
from gateway.clients.model_server import ModelClient, Prediction
from gateway.context.boosting import BoostResult, boost
from gateway.context.engine import ContextEngine, ContextSnapshot, after_message
from gateway.core.masking import mask_pii
from gateway.core.metrics import GatewayMetrics
from gateway.csat.answers import answer_open_survey
from gateway.db.append import insert_now
from gateway.db.models import (
    Analysis,
    AuditLog,
    Conversation,
    Customer,
    Decision,
    Handoff,
    Message,
    Tenant,
    new_id,
    utcnow,
)
from gateway.replies import automated_reply, handoff_reply
from gateway.routing.policy import action_failure, decide, queue_priority, tier_rank
from gateway.routing.rules import RoutingInput, RuleOutcome
from gateway.schemas.analysis import (
    AnalysisPublic,
    ClassifyResult,
    DecisionPublic,
    MessageResult,
    Timings,
)
from gateway.schemas.context import CustomerContext, RecentMessage
from gateway.schemas.conversation import MessageCreate
from gateway.schemas.tenant import TenantSettings
from gateway.services import audit
from gateway.services.outbox_events import record_message_events
from omnichat_model.taxonomy import intent_of

logger = logging.getLogger("gateway.flow")


@dataclass(frozen=True)
class Analysed:
    """A prediction, its boosted version and the routing outcome."""

    prediction: Prediction
    boosted: BoostResult
    outcome: RuleOutcome
    model_ms: float

    def public(self) -> AnalysisPublic:
        """The analysis as returned by the API."""
        return AnalysisPublic(
            intent=intent_of(self.boosted.sub_intent),
            sub_intent=self.boosted.sub_intent,
            raw_sub_intent=self.boosted.raw_sub_intent,
            sentiment=self.prediction.sentiment,
            urgent=self.prediction.urgent,
            raw_confidence=round(self.boosted.raw_confidence, 4),
            confidence=round(self.boosted.confidence, 4),
            context_strength=round(self.boosted.strength, 4),
            context_signals=self.boosted.signals,
            model_version=f"{self.prediction.model.name}:{self.prediction.model.version}",
        )


def analyse(
    message: str, context: CustomerContext, settings: TenantSettings, model: ModelClient
) -> Analysed:
    """Classify one message, boost it with `context` and route it (no side effects)."""
    result = model.classify([message])
    prediction = result.predictions[0]
    boosted = boost(prediction.probabilities.sub_intent, message, context, settings.boosting)
    outcome = decide(
        RoutingInput(
            sub_intent=boosted.sub_intent,
            confidence=boosted.confidence,
            sentiment=prediction.sentiment,
            urgent=prediction.urgent,
        ),
        context,
        settings.routing,
    )
    return Analysed(prediction, boosted, outcome, result.round_trip_ms)


def classify_stateless(
    message: str, context: CustomerContext, settings: TenantSettings, model: ModelClient
) -> ClassifyResult:
    """`POST /classify`: the analysis and the decision, nothing stored or executed."""
    started = time.perf_counter()
    analysed = analyse(message, context, settings, model)
    outcome = analysed.outcome
    planned = (
        list(ACTION_PLAN[analysed.boosted.sub_intent])
        if outcome.resolution_type == "ai_automated"
        else ["open_ticket"]
    )
    total_ms = (time.perf_counter() - started) * 1000
    return ClassifyResult(
        analysis=analysed.public(),
        decision=DecisionPublic(
            resolution_type=outcome.resolution_type,
            rule=outcome.rule,
            reason=outcome.reason,
            team=outcome.team,
        ),
        planned_actions=planned,
        processing_time_ms=round(total_ms, 3),
        timings=Timings(model_ms=round(analysed.model_ms, 3), total_ms=round(total_ms, 3)),
    )


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


# The hot-path queries are built once with bound parameters: building a select (and its cache
# key) costs more CPU than SQLite takes to run it (~0.1-0.2 ms per statement on a 2-core box).
_CUSTOMER_BY = {
    column.key: select(Customer).where(
        Customer.tenant_id == bindparam("tenant_id"), column == bindparam("value")
    )
    for column in (Customer.external_id, Customer.email, Customer.phone)
}


def _customer_by(session: Session, tenant_id: str, column: str, value: str) -> Customer | None:
    return session.scalar(_CUSTOMER_BY[column], {"tenant_id": tenant_id, "value": value})


def resolve_customer(session: Session, tenant_id: str, identifier: str) -> Customer:
    """The tenant's customer with this id, e-mail or phone; a new prospect when unknown."""
    customer = _customer_by(session, tenant_id, "external_id", identifier)
    if customer is None and "@" in identifier:
        customer = _customer_by(session, tenant_id, "email", identifier.lower())
    elif customer is None and len(_digits(identifier)) >= 10:
        customer = _customer_by(session, tenant_id, "phone", _digits(identifier))
    return customer if customer is not None else _create_prospect(session, tenant_id, identifier)


def _create_prospect(session: Session, tenant_id: str, identifier: str) -> Customer:
    """Insert the prospect unless a concurrent first message just did, then read it.

    INSERT .. ON CONFLICT DO NOTHING waits for the other transaction's row (PostgreSQL's unique
    index, SQLite's write lock) and then skips, so both requests get the same customer instead
    of one failing on the unique (tenant_id, external_id); still in the request's transaction.
    """
    digits = _digits(identifier)
    values = {
        "id": new_id(),
        "tenant_id": tenant_id,
        "external_id": identifier,
        "email": identifier.lower() if "@" in identifier else None,
        "phone": digits if len(digits) >= 10 else None,
    }
    session.connection().execute(_insert_or_skip(session, Customer), values)
    return session.scalars(
        _CUSTOMER_BY["external_id"],
        {"tenant_id": tenant_id, "value": identifier},
        execution_options={"populate_existing": True},
    ).one()


# The unique index each insert-or-skip yields to: (tenant, external id) for prospects, the
# partial one-open-conversation-per-customer index for conversations.
_CONFLICT_TARGETS: dict[type[Customer | Conversation], dict[str, Any]] = {
    Customer: {"index_elements": ["tenant_id", "external_id"]},
    Conversation: {
        "index_elements": ["tenant_id", "customer_id"],
        "index_where": Conversation.status == "open",
    },
}


@cache
def _insert_or_skip_for(
    dialect: str, model: type[Customer | Conversation]
) -> sqlite.Insert | postgresql.Insert:
    """INSERT .. ON CONFLICT DO NOTHING of `model`, built once per dialect."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(model).on_conflict_do_nothing(**_CONFLICT_TARGETS[model])


def _insert_or_skip(
    session: Session, model: type[Customer | Conversation]
) -> sqlite.Insert | postgresql.Insert:
    return _insert_or_skip_for(session.get_bind().dialect.name, model)


def _customer_ref(customer: Customer) -> CustomerRef:
    return CustomerRef(
        id=customer.id,
        external_id=customer.external_id,
        tier=customer.tier,
        plan_mbps=customer.plan_mbps,
        region=customer.region,
    )


def _act(
    analysed: Analysed, backend: IspBackend, customer: Customer, masked_text: str
) -> tuple[RuleOutcome, list[ActionResult]]:
    """Run the actions of the decision; a failed automatic action hands off to a person."""
    sub_intent = analysed.boosted.sub_intent
    ref = _customer_ref(customer)
    outcome = analysed.outcome
    if outcome.resolution_type == "ai_automated":
        results = run_actions(backend, ACTION_PLAN[sub_intent], ref, sub_intent, masked_text)
        failed = next((r for r in results if not r.ok), None)
        if failed is None:
            return outcome, results
        outcome = action_failure(sub_intent, failed.action, failed.error or "unknown error")
    else:
        results = []
    results.extend(run_actions(backend, ("open_ticket",), ref, sub_intent, masked_text))
    return outcome, results


def _message_row(
    tenant_id: str,
    conversation_id: str,
    channel: str,
    role: str,
    text: str,
    created_at: datetime,
    metadata: dict[str, Any] | None = None,
) -> Message:
    return Message(
        id=new_id(),
        tenant_id=tenant_id,
        conversation_id=conversation_id,
        channel=channel,
        role=role,
        text=text,
        metadata_=metadata or {},
        created_at=created_at,
    )


def _analysis_row(
    public: AnalysisPublic, tenant_id: str, message: Message, customer_id: str, now: datetime
) -> Analysis:
    return Analysis(
        id=new_id(),
        tenant_id=tenant_id,
        message_id=message.id,
        conversation_id=message.conversation_id,
        customer_id=customer_id,
        channel=message.channel,
        intent=public.intent,
        sub_intent=public.sub_intent,
        raw_sub_intent=public.raw_sub_intent,
        sentiment=public.sentiment,
        urgent=public.urgent,
        raw_confidence=public.raw_confidence,
        confidence=public.confidence,
        signals=[s.model_dump(mode="json") for s in public.context_signals],
        model_version=public.model_version,
        created_at=now,
    )


def _handoff_row(
    outcome: RuleOutcome,
    public: AnalysisPublic,
    analysis: Analysis,
    customer: Customer,
    now: datetime,
) -> Handoff:
    return Handoff(
        id=new_id(),
        tenant_id=analysis.tenant_id,
        conversation_id=analysis.conversation_id,
        customer_id=customer.id,
        analysis_id=analysis.id,
        team=outcome.team or "general",
        reason=outcome.reason,
        priority=queue_priority(outcome, public.sentiment, public.urgent),
        tier_rank=tier_rank(customer.tier),
        created_at=now,
    )


AGENT_HANDLING_REPLY = (
    "Recebemos sua mensagem e ela já está com o atendente que cuida do seu caso. "
    "Ele responde por aqui em breve."
)


_AGENT_HOLDS = ("pending", "claimed")


def _thread_query(*where: ColumnElement[bool]) -> Select[tuple[Conversation, Handoff]]:
    """A conversation matching `where` and its latest hand-off held for or by an agent."""
    return (
        select(Conversation, Handoff)
        .outerjoin(
            Handoff,
            (Handoff.conversation_id == Conversation.id) & Handoff.status.in_(_AGENT_HOLDS),
        )
        .where(*where)
        .order_by(Handoff.created_at.desc())
        .limit(1)
    )


_THREAD_BY_ID = _thread_query(Conversation.id == bindparam("conversation_id"))
_OPEN_THREAD_OF = _thread_query(
    Conversation.tenant_id == bindparam("tenant_id"),
    Conversation.customer_id == bindparam("customer_id"),
    Conversation.status == "open",
)


def _thread(
    session: Session, query: Select[tuple[Conversation, Handoff]], params: dict[str, str]
) -> tuple[Conversation, Handoff | None] | None:
    row = session.execute(query, params, execution_options={"populate_existing": True}).first()
    return (row[0], row[1]) if row is not None else None


def insert_open_conversation(
    session: Session, tenant_id: str, customer_id: str, now: datetime
) -> None:
    """Open a conversation for the customer unless one is open (or being opened) already.

    The partial unique index `uq_conversations_open` makes a concurrent first message wait for
    the other transaction (PostgreSQL's index, SQLite's write lock) and then skip, so both end
    up in the same conversation; still in the request's transaction.
    """
    values = {
        "id": new_id(),
        "tenant_id": tenant_id,
        "customer_id": customer_id,
        "status": "open",
        "created_at": now,
        "updated_at": now,
    }
    session.connection().execute(_insert_or_skip(session, Conversation), values)


def open_thread(
    session: Session, conversation_id: str | None, tenant_id: str, customer_id: str, now: datetime
) -> tuple[Conversation, Handoff | None]:
    """The customer's open conversation and its hand-off waiting for or held by an agent.

    One query for both when the context knows the open conversation; otherwise (none open, or
    the cached one was closed meanwhile) an insert-or-skip and then one query for the open one.
    """
    if conversation_id:
        known = _thread(session, _THREAD_BY_ID, {"conversation_id": conversation_id})
        if known is not None and known[0].status == "open":
            return known
    insert_open_conversation(session, tenant_id, customer_id, now)
    opened = _thread(session, _OPEN_THREAD_OF, {"tenant_id": tenant_id, "customer_id": customer_id})
    if opened is None:  # cannot happen: the insert or the row it conflicted with is visible
        raise RuntimeError("no open conversation after insert-or-skip")
    return opened


_TOUCH = (
    Conversation.__table__.update()
    .where(Conversation.__table__.c.id == bindparam("conversation_id"))
    .values(updated_at=bindparam("touched_at"))
)


def _touch(session: Session, conversation: Conversation, now: datetime) -> None:
    """Set the conversation's `updated_at` with one prepared UPDATE, now, in the transaction.

    Through the ORM the change alone would cost a unit-of-work flush at commit; the object is
    told the value is already stored, so the commit does not write it again.
    """
    session.connection().execute(_TOUCH, {"conversation_id": conversation.id, "touched_at": now})
    set_committed_value(conversation, "updated_at", now)


def agent_handling(handoff_id: str, status: str, team: str | None) -> RuleOutcome:
    """The routing verdict for a message in a conversation a person already handles."""
    who = "an agent is handling" if status == "claimed" else "is waiting for an agent in"
    return RuleOutcome(
        resolution_type="human_routing",
        rule="agent_handling",
        reason=f"the conversation {who} hand-off {handoff_id}",
        team=team,
    )


@dataclass
class FlowDeps:
    """What `handle_message` needs besides the request."""

    session: Session
    tenant: Tenant
    settings: TenantSettings
    model: ModelClient
    contexts: ContextEngine
    backend: IspBackend
    metrics: GatewayMetrics


@dataclass
class _Turn:
    """The outcome of one message: decision, actions, reply and the hand-off it joined/opened."""

    outcome: RuleOutcome
    results: list[ActionResult]
    reply: str
    handoff: Handoff | None  # a new hand-off of this message
    handoff_id: str | None  # the new one, or the agent's hand-off the message joined


def _decide_turn(
    analysed: Analysed,
    public: AnalysisPublic,
    analysis: Analysis,
    customer: Customer,
    handling: Handoff | None,
    deps: FlowDeps,
    masked: str,
    now: datetime,
) -> _Turn:
    if handling is not None:
        # A person already owns this conversation: no automatic actions or answers behind their
        # back, no second hand-off; the message joins theirs, and it can only raise the priority.
        outcome = agent_handling(handling.id, handling.status, handling.team)
        handling.priority = min(
            handling.priority, queue_priority(outcome, public.sentiment, public.urgent)
        )
        return _Turn(outcome, [], AGENT_HANDLING_REPLY, None, handling.id)
    outcome, results = _act(analysed, deps.backend, customer, masked)
    if outcome.resolution_type != "human_routing":
        reply = automated_reply(public.sub_intent, results, masked)
        return _Turn(outcome, results, reply, None, None)
    handoff = _handoff_row(outcome, public, analysis, customer, now)
    deps.session.add(handoff)
    failed = [r for r in results if not r.ok]
    if failed:
        deps.metrics.errors.labels(kind="action_failed").inc(len(failed))
    return _Turn(outcome, results, handoff_reply(outcome.team), handoff, handoff.id)


def _decision_row(turn: _Turn, analysis: Analysis, channel: str, processing_ms: float) -> Decision:
    return Decision(
        id=new_id(),
        tenant_id=analysis.tenant_id,
        analysis_id=analysis.id,
        conversation_id=analysis.conversation_id,
        channel=channel,
        resolution_type=turn.outcome.resolution_type,
        rule=turn.outcome.rule,
        reason=turn.outcome.reason,
        actions=[r.model_dump(mode="json") for r in turn.results],
        reply=turn.reply,
        processing_time_ms=processing_ms,
    )


def _decision_entry(decision: Decision, public: AnalysisPublic, turn: _Turn) -> AuditLog:
    return audit.entry(
        decision.tenant_id,
        "decision",
        "gateway",
        "decision",
        decision.id,
        {
            "sub_intent": public.sub_intent,
            "confidence": public.confidence,
            "resolution_type": turn.outcome.resolution_type,
            "rule": turn.outcome.rule,
            "actions": [{"action": r.action, "ok": r.ok} for r in turn.results],
        },
    )


def _remember_context(
    contexts: ContextEngine,
    snapshot: ContextSnapshot,
    customer: Customer,
    messages: tuple[Message, Message],
    public: AnalysisPublic,
    turn: _Turn,
) -> None:
    """Write the customer's context as it stands after this turn (the next message reads it)."""
    asked, answer = messages
    opened_ticket = any(r.action == "open_ticket" and r.ok for r in turn.results)
    turns = [
        RecentMessage(
            channel=asked.channel,
            role="customer",
            text=asked.text,
            sub_intent=public.sub_intent,
            created_at=asked.created_at,
        ),
        RecentMessage(
            channel=answer.channel, role="assistant", text=answer.text, created_at=answer.created_at
        ),
    ]
    contexts.remember(
        customer.tenant_id,
        customer.id,
        after_message(
            snapshot,
            asked.conversation_id,
            turns,
            public.sub_intent,
            customer.blocked,
            opened_ticket,
        ),
    )


def handle_message(request: MessageCreate, deps: FlowDeps) -> MessageResult:
    """`POST /conversations/message`: the whole flow, committed as one transaction."""
    started = time.perf_counter()
    session, tenant = deps.session, deps.tenant
    customer = resolve_customer(session, tenant.id, request.customer_identifier)
    answered = answer_open_survey(session, tenant, customer, request, deps.model)
    if answered is not None:  # a rating for the customer's open CSAT survey, not a request
        return answered
    window = deps.settings.routing.repeat_window_hours
    snapshot = deps.contexts.get(session, customer, window_hours=window)
    analysed = analyse(request.message, snapshot.context, deps.settings, deps.model)
    deps.metrics.model_latency.observe(analysed.model_ms / 1000)

    # The append-only rows (messages, analysis, decision, audit) are inserted with Core as they
    # are built, in dependency order: the conversation is already in the database (open_thread),
    # and nothing of this request updates them. The rest (conversation and hand-off changes,
    # new hand-off, ticket, outbox, survey) goes through the unit of work in the commit's flush;
    # nothing below reads back a row the session still holds, so no flush before each query.
    with session.no_autoflush:
        now = utcnow()
        conversation, handling = open_thread(
            session, snapshot.conversation_id, tenant.id, customer.id, now
        )
        _touch(session, conversation, now)
        masked = mask_pii(request.message)
        message = _message_row(
            tenant.id, conversation.id, request.channel, "customer", masked, now, request.metadata
        )
        public = analysed.public()
        analysis = _analysis_row(public, tenant.id, message, customer.id, now)
        insert_now(session, message, analysis)
        turn = _decide_turn(analysed, public, analysis, customer, handling, deps, masked, now)
        reply = _message_row(
            tenant.id, conversation.id, request.channel, "assistant", turn.reply, utcnow()
        )
        processing_ms = (time.perf_counter() - started) * 1000
        decision = _decision_row(turn, analysis, request.channel, processing_ms)
        insert_now(session, reply, decision, _decision_entry(decision, public, turn))
        record_message_events(
            session,
            tenant,
            customer,
            message,
            public,
            turn.outcome,
            turn.results,
            turn.handoff,
            analysis.id,
        )
    session.commit()
    _remember_context(deps.contexts, snapshot, customer, (message, reply), public, turn)
    deps.metrics.decisions.labels(
        intent=public.intent, channel=request.channel, resolution_type=turn.outcome.resolution_type
    ).inc()
    logger.info(
        "message customer=%s channel=%s sub_intent=%s resolution=%s rule=%s",
        request.customer_identifier,
        request.channel,
        public.sub_intent,
        turn.outcome.resolution_type,
        turn.outcome.rule,
    )
    total_ms = (time.perf_counter() - started) * 1000
    return MessageResult(
        conversation_id=conversation.id,
        customer_id=customer.external_id,
        analysis=public,
        decision=DecisionPublic(
            resolution_type=turn.outcome.resolution_type,
            rule=turn.outcome.rule,
            reason=turn.outcome.reason,
            team=turn.outcome.team,
            handoff_id=turn.handoff_id,
        ),
        actions_taken=turn.results,
        reply=turn.reply,
        processing_time_ms=round(total_ms, 3),
        timings=Timings(model_ms=round(analysed.model_ms, 3), total_ms=round(total_ms, 3)),
    )
