"""WhatsApp Cloud API (Graph API) client and the WhatsApp `ChannelSender`.

Session messages (free text, within 24 h of the customer's last message) and approved templates
go to `POST {base}/{phone_number_id}/messages`; the response's `messages[0].id` (a `wamid`) is
the id later delivery / read statuses refer to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx

from gateway.channels.channel_settings import WhatsAppAccount
from gateway.channels.outbound import DeliveryResult, OutboundMessage
from gateway.channels.whatsapp_templates import template_named
from gateway.webhooks.policy import is_retryable_status

logger = logging.getLogger("gateway.channels.whatsapp")

# Graph error 131047: more than 24 h since the customer's last message; only templates go out.
OUTSIDE_SESSION_WINDOW = 131047
# Graph API error codes that mean "later" whatever the HTTP status (rate limits, a service that
# is temporarily unavailable); other errors are about the request itself.
TRANSIENT_ERROR_CODES = frozenset({1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004})


def is_transient_error(codes: tuple[int, ...]) -> bool:
    """True when an error of a send or of a `failed` status means "try again later"."""
    return any(code in TRANSIENT_ERROR_CODES for code in codes)


class GraphApiClient:
    """Minimal async client of the WhatsApp Cloud API's send endpoint."""

    def __init__(self, base_url: str, timeout_s: float = 10.0) -> None:
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout_s)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def send(self, account: WhatsAppAccount, payload: dict[str, Any]) -> DeliveryResult:
        """POST one message; a refusal or a transport error comes back as `failed`."""
        try:
            response = await self._http.post(
                f"/{account.phone_number_id}/messages",
                json={"messaging_product": "whatsapp", "recipient_type": "individual", **payload},
                headers={"Authorization": f"Bearer {account.access_token.get_secret_value()}"},
            )
        except httpx.HTTPError as exc:
            return DeliveryResult(
                status="failed", detail=f"Graph API unreachable: {exc}", retryable=True
            )
        body = _json(response)
        if response.is_success:
            messages = body.get("messages") or [{}]
            return DeliveryResult(status="sent", provider_message_id=messages[0].get("id"))
        error = body.get("error") or {}
        code = f" (#{error['code']})" if "code" in error else ""
        message = error.get("message", response.text[:200])
        detail = f"Graph API {response.status_code}{code}: {message}"
        if error.get("code") == OUTSIDE_SESSION_WINDOW:
            detail += " (outside the 24 h session window: send an approved template)"
        retryable = (
            is_retryable_status(response.status_code) or error.get("code") in TRANSIENT_ERROR_CODES
        )
        return DeliveryResult(status="failed", detail=detail, retryable=retryable)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def message_payload(message: OutboundMessage, account: WhatsAppAccount) -> dict[str, Any]:
    """The Graph API body of `message`: a template when one is named (under the name and in
    the language of `account`), free text otherwise."""
    payload: dict[str, Any] = {"to": message.recipient}
    if message.reply_to and message.template is None:
        payload["context"] = {"message_id": message.reply_to}
    if message.template is None:
        payload.update(type="text", text={"preview_url": False, "body": message.text})
        return payload
    template = template_named(message.template)
    if template is None:
        raise ValueError(f"no approved template named {message.template!r}")
    components = template.send_components(dict(message.template_params))
    payload.update(
        type="template",
        template={
            "name": account.template_name(template.name),
            "language": {"code": account.language},
            "components": components,
        },
    )
    return payload


class WhatsAppSender:
    """Sends on WhatsApp with the account of the message's tenant."""

    channel = "whatsapp"

    def __init__(
        self, client: GraphApiClient, account_for: Callable[[str], WhatsAppAccount | None]
    ) -> None:
        self._client = client
        self._account_for = account_for

    async def send(self, message: OutboundMessage) -> DeliveryResult:
        """Send a session message or a template; never raises for a refused message."""
        account = self._account_for(message.tenant_id)
        if account is None or not account.phone_number_id:
            return DeliveryResult(status="failed", detail="WhatsApp is not configured for tenant")
        if not account.access_token.get_secret_value():
            return DeliveryResult(status="failed", detail="no WhatsApp access token for tenant")
        try:
            payload = message_payload(message, account)
        except ValueError as exc:
            return DeliveryResult(status="failed", detail=str(exc))
        result = await self._client.send(account, payload)
        if result.status == "failed":
            logger.warning("whatsapp send of %s failed: %s", message.message_id, result.detail)
        return result
