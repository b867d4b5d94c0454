"""Masking of personal data (CPF, phone numbers, e-mail addresses) in logs and stored text.

Text kept for training and every log line go through `mask_pii`, so raw identifiers never leave
the request that carried them.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Final

EMAIL_MASK: Final = "[EMAIL]"
CPF_MASK: Final = "[CPF]"
PHONE_MASK: Final = "[TELEFONE]"

# "%40" too: access logs show URL-encoded paths such as /customers/maria%40x.com/context.
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# 000.000.000-00 or 11 bare digits; checked before phones because both are 11 digits long.
_CPF = re.compile(r"(?<![\d.-])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])")
# Brazilian phones: optional +55, optional (DDD), 8-9 digit number with optional separators.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+?55[\s.-]?)?(?:\(?\d{2}\)?[\s.-]?)?9?\d{4}[\s.-]?\d{4}(?![\w-])"
)


def mask_pii(text: str) -> str:
    """Replace e-mails, CPFs and phone numbers in `text` with fixed placeholders."""
    masked = _EMAIL.sub(EMAIL_MASK, text)
    masked = _CPF.sub(_mask_cpf_candidate, masked)
    return _PHONE.sub(PHONE_MASK, masked)


def _mask_cpf_candidate(match: re.Match[str]) -> str:
    value = match.group(0)
    digits = re.sub(r"\D", "", value)
    formatted = "." in value or "-" in value
    # 11 bare digits starting with a mobile DDD + 9 are far more often a phone than a CPF.
    if not formatted and _looks_like_mobile(digits):
        return value
    return CPF_MASK


def _looks_like_mobile(digits: str) -> bool:
    return len(digits) == 11 and digits[2] == "9" and digits[0] != "0"


class MaskingFilter(logging.Filter):
    """A logging filter that masks PII in the message and in each string argument of a record.

    Arguments are masked in place rather than pre-rendered, because some formatters (uvicorn's
    access log) unpack `record.args` themselves.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the record; never drops it."""
        if isinstance(record.msg, str):
            record.msg = mask_pii(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_mask_value(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _mask_value(value) for key, value in record.args.items()}
        if record.exc_info and not record.exc_text:
            # An exception's message can carry the address a send failed for: render it masked
            # now (formatters reuse `exc_text` instead of formatting the traceback again).
            record.exc_text = mask_pii(logging.Formatter().formatException(record.exc_info))
        return True


MASKED_LOGGER_PREFIXES = ("gateway", "uvicorn", "dramatiq")


def install_masking_record_factory() -> None:
    """Mask every record of the gateway's (and its servers') loggers when it is created.

    Logger filters do not see records propagated from child loggers (`gateway.channels.*`), and
    handler filters miss handlers configured later, so masking happens in the record factory.
    Idempotent.
    """
    previous = logging.getLogRecordFactory()
    if getattr(previous, "omnichat_masking", False):
        return
    masking = MaskingFilter()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if record.name.startswith(MASKED_LOGGER_PREFIXES):
            masking.filter(record)
        return record

    factory.omnichat_masking = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def _mask_value(value: object) -> object:
    # Non-strings (status codes, numbers) keep their type so %d-style formats still work;
    # other objects are rendered first because their str() may carry personal data.
    if isinstance(value, str):
        return mask_pii(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    return mask_pii(str(value))
