"""`GET /readyz` that names the model serving (BentoML's own probe answers an empty body)."""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from serving.contracts import Readiness


class ReadinessMiddleware:
    """Answers `GET /readyz` itself: 200 with the model name and version, 503 before loading."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/readyz" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        body = _readiness()
        response = JSONResponse(body.model_dump(exclude_none=True), 200 if body.ready else 503)
        await response(scope, receive, send)


def _readiness() -> Readiness:
    from bentoml import get_current_service
    from bentoml.exceptions import BentoMLException

    try:
        holder = get_current_service().holder
    except BentoMLException:
        return Readiness(ready=False, detail="service is starting")
    if not holder.ready:
        return Readiness(ready=False, detail="model not loaded yet")
    return Readiness(ready=True, model=holder.current.tag())
