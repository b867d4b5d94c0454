"""App factory for the browser tests: the real gateway app (settings from the environment) with
the keyword model plugged into the model-client seam, served by a real uvicorn process."""

from __future__ import annotations

from fastapi import FastAPI
from gw_fake_model import KeywordModelClient

from gateway.api.deps import get_model_client
from gateway.main import create_app as create_gateway_app


def create_app() -> FastAPI:
    """`uvicorn gw_e2e_app:create_app --factory`."""
    app = create_gateway_app()
    model = KeywordModelClient()
    app.dependency_overrides[get_model_client] = lambda: model
    return app
