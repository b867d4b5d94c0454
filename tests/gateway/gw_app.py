"""A gateway app for tests: two seeded tenants and the keyword model in the client seam."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from gw_fake_model import KeywordModelClient

from gateway.api.deps import get_model_client
from gateway.core.config import Settings
from gateway.db.models import Customer
from gateway.db.session import session_scope
from gateway.demo import seed_demo
from gateway.services.tenants import add_api_key, create_tenant

KEY_A = "test-key-tenant-a-0123456789"
KEY_B = "test-key-tenant-b-0123456789"


@dataclass
class Gateway:
    """A running test app with two tenants: A (the demo data) and B (one customer)."""

    app: FastAPI
    client: TestClient
    model: KeywordModelClient

    def headers(self, key: str = KEY_A) -> dict[str, str]:
        """Authorization headers for a tenant key."""
        return {"Authorization": f"Bearer {key}"}

    def message(
        self,
        message: str,
        customer: str = "cliente-basic-001",
        channel: str = "whatsapp",
        key: str = KEY_A,
    ) -> Any:
        """POST a message and return the response."""
        return self.client.post(
            "/api/v1/conversations/message",
            json={"channel": channel, "customer_identifier": customer, "message": message},
            headers=self.headers(key),
        )


def seed_tenants(app: FastAPI) -> None:
    """Tenant A = the demo tenant; tenant B has a customer with the same external id."""
    with session_scope(app.state.session_factory) as session:
        seed_demo(session, KEY_A)
        other = create_tenant(session, "other-isp", "Outro Provedor")
        add_api_key(session, other, KEY_B)
        session.add(
            Customer(
                tenant_id=other.id, external_id="cliente-basic-001", tier="premium", region="centro"
            )
        )


@contextmanager
def running_gateway(database_url: str, **settings: Any) -> Iterator[Gateway]:
    """An app on `database_url`, seeded, with the keyword model plugged into the client seam."""
    app_settings = Settings(database_url=database_url, auto_migrate=False, **settings)
    from gateway.main import create_app

    app = create_app(app_settings)
    model = KeywordModelClient()
    app.dependency_overrides[get_model_client] = lambda: model
    seed_tenants(app)
    with TestClient(app) as client:
        yield Gateway(app=app, client=client, model=model)
