"""Masking of CPF, phone numbers and e-mails in logs and stored text."""

from __future__ import annotations

import logging

import pytest

from gateway.core.masking import CPF_MASK, EMAIL_MASK, PHONE_MASK, MaskingFilter, mask_pii


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meu cpf é 123.456.789-09", f"meu cpf é {CPF_MASK}"),
        ("cpf 12345678909 ok", f"cpf {CPF_MASK} ok"),
        ("me liga no (11) 98765-4321", f"me liga no {PHONE_MASK}"),
        ("whats +55 11 98765-4321 por favor", f"whats {PHONE_MASK} por favor"),
        ("fixo 11 3456-7890", f"fixo {PHONE_MASK}"),
        ("celular 11987654321", f"celular {PHONE_MASK}"),
        ("manda pra joao.silva+isp@gmail.com.br", f"manda pra {EMAIL_MASK}"),
        ("GET /customers/maria%40x.com/context", f"GET /customers/{EMAIL_MASK}/context"),
        (
            "cpf 987.654.321-00, email a@b.com e tel 21 99876-5432",
            f"cpf {CPF_MASK}, email {EMAIL_MASK} e tel {PHONE_MASK}",
        ),
    ],
)
def test_personal_data_is_masked(text: str, expected: str) -> None:
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "minha fatura de R$ 99,90 venceu dia 10/11",
        "plano de 500 mega, protocolo 2024113",
        "roteador modelo AX3000 na porta 8080",
    ],
)
def test_ordinary_numbers_are_kept(text: str) -> None:
    assert mask_pii(text) == text


def test_logging_filter_masks_message_and_args_in_place() -> None:
    record = logging.LogRecord(
        "gateway",
        logging.INFO,
        __file__,
        1,
        "customer=%s said %r status=%d",
        ("a@b.com", "cpf 12345678909", 200),
        None,
    )
    assert MaskingFilter().filter(record) is True
    assert record.getMessage() == f"customer={EMAIL_MASK} said 'cpf {CPF_MASK}' status=200"
    assert record.args == (EMAIL_MASK, f"cpf {CPF_MASK}", 200)


def test_uvicorn_access_log_lines_are_masked_and_still_format() -> None:
    from uvicorn.logging import AccessFormatter

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/v1/customers/maria@x.com.br/context", "1.1", 200),
        None,
    )
    MaskingFilter().filter(record)
    line = AccessFormatter(use_colors=False).format(record)
    assert "maria@x.com.br" not in line
    assert f"/api/v1/customers/{EMAIL_MASK}/context" in line and "200" in line


def test_gateway_logs_are_masked(gateway, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="gateway.flow"):
        response = gateway.message(
            "quero a segunda via, meu email é maria@x.com.br", customer="maria@x.com.br"
        )
    assert response.status_code == 200
    flow_logs = [r.getMessage() for r in caplog.records if r.name == "gateway.flow"]
    assert flow_logs, "the message flow logs each decision"
    assert all("maria@x.com.br" not in line for line in flow_logs)
    assert any(EMAIL_MASK in line for line in flow_logs)


def test_child_loggers_and_exception_text_are_masked(
    gateway, caplog: pytest.LogCaptureFixture
) -> None:
    # `gateway` (the app fixture) installed the masking; records of any gateway.* logger, which
    # only propagate to the root, are masked when created, tracebacks included.
    child = logging.getLogger("gateway.channels.some_sender")
    with caplog.at_level(logging.INFO, logger="gateway.channels.some_sender"):
        child.info("sending to %s", "ana@provedor.com.br")
        try:
            raise ConnectionError("smtp refused rcpt ana@provedor.com.br, cpf 123.456.789-09")
        except ConnectionError:
            child.exception("send failed")
    text = caplog.text
    assert "ana@provedor.com.br" not in text and "123.456.789-09" not in text
    assert f"sending to {EMAIL_MASK}" in text
    assert "ConnectionError: smtp refused rcpt [EMAIL], cpf [CPF]" in text.replace(
        EMAIL_MASK, "[EMAIL]"
    ).replace(CPF_MASK, "[CPF]")
