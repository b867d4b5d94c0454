"""Web chat across two gateway replicas sharing the real Redis and one database: live events
reach a socket held by the other replica, and presence tells senders whether a window is open.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from fastapi.testclient import TestClient
from gw_app import KEY_A, Gateway, seed_tenants
from gw_fake_model import KeywordModelClient
from gw_webchat import open_socket, receive, token_for

from gateway.api.deps import get_model_client
from gateway.channels.outbound import OutboundMessage
from gateway.core.config import Settings

SHARED_SECRET = "replicas-share-this-secret-0123456789"


@pytest.fixture
def replicas(
    sqlite_url: str, redis_cache_settings: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Gateway, Gateway]]:
    """Two apps (replica A and B) on one database, one Redis prefix and one token secret."""
    from gateway.main import create_app

    monkeypatch.setenv("WEBCHAT_TOKEN_SECRET", SHARED_SECRET)
    redis_url, prefix = redis_cache_settings
    settings = Settings(
        database_url=sqlite_url, auto_migrate=False, redis_url=redis_url, cache_prefix=prefix
    )
    with ExitStack() as stack:
        gateways = []
        for index in range(2):
            app = create_app(settings)
            model = KeywordModelClient()
            app.dependency_overrides[get_model_client] = lambda model=model: model
            if index == 0:
                seed_tenants(app)
            client = stack.enter_context(TestClient(app))
            gateways.append(Gateway(app=app, client=client, model=model))
        assert all(g.app.state.webchat.hub.backend == "redis" for g in gateways)
        yield gateways[0], gateways[1]


def test_agent_on_replica_b_reaches_the_socket_on_replica_a(
    replicas: tuple[Gateway, Gateway],
) -> None:
    a, b = replicas
    token = token_for(b.client)  # issued by B, verified by A: the secret is shared
    with open_socket(a.client, token) as (ws, ready):
        ws.send_json({"type": "message", "text": "quero cancelar a minha internet"})
        reply = receive(ws)
        assert reply["role"] == "assistant"
        queue = b.client.get("/api/v1/handoffs", headers=b.headers(KEY_A)).json()
        handoff = next(h for h in queue if h["conversation_id"] == reply["conversation_id"])
        claimed = b.client.post(
            f"/api/v1/handoffs/{handoff['id']}/claim",
            json={"agent": "ana.souza"},
            headers=b.headers(KEY_A),
        )
        assert claimed.status_code == 200
        notice = receive(ws)
        assert (notice["type"], notice["text"]) == ("notice", "ana.souza entrou na conversa.")
        b.client.post(
            f"/api/v1/handoffs/{handoff['id']}/reply",
            json={"agent": "ana.souza", "message": "Oi, sou a Ana. Vamos ver seu plano?"},
            headers=b.headers(KEY_A),
        )
        agent = receive(ws)
        assert (agent["role"], agent["text"]) == ("agent", "Oi, sou a Ana. Vamos ver seu plano?")
    thread = b.client.get(
        f"/api/v1/conversations/{reply['conversation_id']}", headers=b.headers(KEY_A)
    ).json()
    assert [m["role"] for m in thread["messages"]] == ["customer", "assistant", "agent"]
    assert thread["customer_id"] == ready["session_id"]


def test_presence_is_shared_and_cleared_when_the_window_closes(
    replicas: tuple[Gateway, Gateway],
) -> None:
    a, b = replicas
    token = token_for(a.client)
    with open_socket(a.client, token) as (ws, ready):
        ws.send_json({"type": "message", "text": "bom dia"})
        reply = receive(ws)
        message = OutboundMessage(
            tenant_id=_tenant_of(b, reply["conversation_id"]),
            conversation_id=reply["conversation_id"],
            message_id="survey-1",
            channel="web_chat",
            recipient=ready["session_id"],
            text="Como foi o seu atendimento?",
            kind="csat_survey",
        )
        sent = b.client.portal.call(b.app.state.outbound.send, message)
        assert sent.status == "sent"
        survey = receive(ws)
        assert (survey["kind"], survey["role"]) == ("csat_survey", "assistant")
    assert a.app.state.webchat.hub.local_count((message.tenant_id, ready["session_id"])) == 0
    after = b.client.portal.call(b.app.state.outbound.send, message)
    assert after.status == "recorded"


def _tenant_of(gw: Gateway, conversation_id: str) -> str:
    from gateway.db.models import Conversation

    with gw.app.state.session_factory() as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        return conversation.tenant_id
