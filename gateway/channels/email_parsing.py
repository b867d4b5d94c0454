"""The new text of an e-mail: quoted history, signatures and disclaimers removed.

A reply carries the whole thread below it; classifying that would classify the history (often our
own answer) instead of what the customer just wrote. Clients mark the history differently, so the
text is cut at the first marker of any of them: Gmail / Apple Mail ("Em <data>, <nome> escreveu:",
"On <date>, <name> wrote:", possibly wrapped over two lines), Outlook ("De: ... Enviado: ...",
"-----Mensagem original-----"), forwards, "> " quoted lines, the "-- " signature delimiter, mobile
footers, a closing such as "Atenciosamente," and legal disclaimers.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A line that starts the quoted history (everything from it on is dropped).
_HISTORY_STARTS = [
    re.compile(r"^\s*Em .{4,300}escreveu:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*On .{4,300}wrote:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*-{2,}\s*(Mensagem original|Original Message)\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*(Forwarded message|Mensagem encaminhada)\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*_{10,}\s*$"),  # Outlook's rule above the quoted header block
]
# Outlook's header block: "De:" / "From:" followed within two lines by a date or recipient line.
_HEADER_FROM = re.compile(r"^\s*\*?(De|From)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(Enviad[oa](?: em)?|Sent|Data|Date|Para|To|Assunto|Subject)\s*:", re.IGNORECASE
)
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_MOBILE_FOOTER = re.compile(
    r"^\s*(Enviado d[oe] meu|Sent from my|Enviado do (Outlook|Email)|Obter o Outlook|Get Outlook)",
    re.IGNORECASE,
)
# Sign-offs that end the message; what follows is a name, a title, a phone number.
_CLOSING = re.compile(
    r"^\s*(att\.?|atenciosamente|atte\.?|abs\.?|abraços?|cordialmente|sds\.?|saudações"
    r"|regards|best regards|kind regards|cheers)\s*[,.!]*\s*$",
    re.IGNORECASE,
)
# Thanks also open a sentence's paragraph ("Obrigado!\nMas continuo sem internet"), so they only
# end the message when a short name line follows.
_THANKS = re.compile(
    r"^\s*(obrigad[oa]|grat[oa]|desde já,? obrigad[oa]|obrigad[oa] desde já|thanks|thank you)"
    r"\s*[,.!]*\s*$",
    re.IGNORECASE,
)
SIGNATURE_NAME_WORDS = 4
_DISCLAIMER = re.compile(
    r"^\s*(aviso( legal)?\s*:|confidencial|esta mensagem( e seus anexos)?( é| pode| contém)"
    r"|este e-?mail( e seus anexos)?( é| pode| contém)|as informações contidas"
    r"|antes de imprimir|this (e-?mail|message)( and any attachments)? (is|may|contains)"
    r"|the information (contained|in this)|confidentiality notice|disclaimer\s*:)",
    re.IGNORECASE,
)


def _joined(lines: list[str], index: int) -> str:
    # "Em seg., 30 de nov. de 2026 às 09:10, Maria <maria@x.com>\nescreveu:" wraps in Gmail.
    return " ".join(line.strip() for line in lines[index : index + 3])


def _starts_history(lines: list[str], index: int) -> bool:
    line = lines[index]
    if line.lstrip().startswith(">"):
        return False  # quoted lines are dropped one by one, not cut at
    candidates = (
        line,
        " ".join(x.strip() for x in lines[index : index + 2]),
        _joined(lines, index),
    )
    if any(p.match(c) for p in _HISTORY_STARTS for c in candidates):
        return True
    following = lines[index + 1 : index + 3]
    return bool(_HEADER_FROM.match(line)) and any(_HEADER_NEXT.match(x) for x in following)


def _thanks_then_name(lines: list[str], index: int) -> bool:
    if not _THANKS.match(lines[index]):
        return False
    following = next((x.strip() for x in lines[index + 1 :] if x.strip()), "")
    return not following or len(following.split()) <= SIGNATURE_NAME_WORDS


def _has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def strip_reply(text: str) -> str:
    """The part of an e-mail body the sender just wrote."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _starts_history(lines, index) or _SIGNATURE_DELIMITER.match(line):
            break
        if _MOBILE_FOOTER.match(line) or _DISCLAIMER.match(line):
            break
        if _has_text(kept) and (_CLOSING.match(line) or _thanks_then_name(lines, index)):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


class _HtmlText(HTMLParser):
    """HTML to plain text, leaving out quoted history blocks (blockquote, gmail_quote)."""

    _BLOCKS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table"})
    _SKIP = frozenset({"blockquote", "style", "script", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(value or "" for name, value in attrs if name in ("class", "id"))
        quoted = any(m in classes for m in ("gmail_quote", "divRplyFwdMsg", "moz-cite-prefix"))
        if self._skip_stack or tag in self._SKIP or quoted:
            if tag not in ("br", "img", "hr", "meta", "link", "input"):
                self._skip_stack.append(tag)
            return
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if self._skip_stack[-1] == tag:
                self._skip_stack.pop()
            return
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_stack:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body without its quoted blocks."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def new_text(text: str | None, html: str | None) -> str:
    """What the sender wrote: the plain part (or the HTML part as text) without history."""
    body = text if text and text.strip() else html_to_text(html or "")
    return strip_reply(body)


_MESSAGE_ID = re.compile(r"<([^<>\s]+)>")


def message_ids(header: str | None) -> list[str]:
    """The ids of a Message-ID / In-Reply-To / References header, without angle brackets."""
    if not header:
        return []
    found = _MESSAGE_ID.findall(header)
    if found:
        return found
    return [token.strip("<>") for token in header.split() if token.strip("<>")]
