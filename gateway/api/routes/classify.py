"""`/classify`: stateless analysis and decision for integrators and evaluation."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.api.deps import CallerDep, ModelClientDep
from gateway.schemas.analysis import ClassifyResult
from gateway.schemas.conversation import ClassifyRequest
from gateway.services.message_flow import classify_stateless

router = APIRouter(tags=["classify"])


@router.post("/classify", response_model=ClassifyResult)
def classify(body: ClassifyRequest, caller: CallerDep, model: ModelClientDep) -> ClassifyResult:
    """Analyse a message with an inline context; nothing is stored and no action runs."""
    return classify_stateless(body.message, body.context, caller.settings, model)
