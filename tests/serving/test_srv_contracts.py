"""Request validation and reload authorisation, without a model."""

from __future__ import annotations

import pytest
from fastapi import HTTPException
from pydantic import SecretStr, TypeAdapter, ValidationError

from serving.contracts import MAX_MESSAGE_CHARS, MAX_MESSAGES, Messages
from serving.control import authorise_reload

MESSAGES = TypeAdapter(Messages)


def test_valid_messages_pass_unchanged() -> None:
    texts = ["  minha internet caiu  ", "a" * MAX_MESSAGE_CHARS]
    assert MESSAGES.validate_python(texts) == texts


@pytest.mark.parametrize(
    ("payload", "error_type"),
    [
        ([], "too_short"),
        (["oi"] * (MAX_MESSAGES + 1), "too_long"),
        ([""], "value_error"),
        (["  \n\t "], "value_error"),
        (["a" * (MAX_MESSAGE_CHARS + 1)], "string_too_long"),
        ([42], "string_type"),
        ([None], "string_type"),
        ("minha internet caiu", "list_type"),
    ],
)
def test_bad_messages_are_rejected_with_a_reason(payload: object, error_type: str) -> None:
    with pytest.raises(ValidationError) as caught:
        MESSAGES.validate_python(payload)
    assert caught.value.errors()[0]["type"] == error_type


def test_reload_disabled_without_a_token() -> None:
    for token in (None, SecretStr("")):
        with pytest.raises(HTTPException) as caught:
            authorise_reload("Bearer anything", token)
        assert caught.value.status_code == 403
        assert "MODEL_RELOAD_TOKEN" in caught.value.detail


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Basic s3cret", "Bearer wrong"])
def test_reload_needs_the_right_bearer_token(header: str | None) -> None:
    with pytest.raises(HTTPException) as caught:
        authorise_reload(header, SecretStr("s3cret"))
    assert caught.value.status_code == 401


def test_reload_accepts_the_token() -> None:
    authorise_reload("Bearer s3cret", SecretStr("s3cret"))
    authorise_reload("bearer s3cret", SecretStr("s3cret"))
