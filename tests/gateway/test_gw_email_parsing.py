"""The new text of real-looking e-mail replies: quotes, signatures and disclaimers removed."""

from __future__ import annotations

import pytest

from gateway.channels.email_inbound import InboundEmail, inbound_from_form
from gateway.channels.email_parsing import html_to_text, message_ids, new_text, strip_reply

GMAIL_PT = """Ainda estou sem internet, o técnico não apareceu.

Em seg., 30 de nov. de 2026 às 09:10, Atendimento Provedor Demo <
atendimento@provedor-demo.example.com> escreveu:

> Olá! Sua fatura de R$ 99,90 vence em 10/12/2026. Pix copia e cola: 000201...
>
> Em dom., 29 de nov. de 2026 às 18:02, Maria Silva <maria.silva@example.com>
> escreveu:
>
>> Quero a segunda via do boleto
"""

OUTLOOK_PT = """Bom dia,

A cobrança veio em dobro este mês, favor verificar.

Atenciosamente,
João Pereira
Gerente Administrativo | Padaria Pão Quente LTDA
Tel.: (11) 3333-4444

________________________________
De: Atendimento Provedor Demo <atendimento@provedor-demo.example.com>
Enviado: segunda-feira, 30 de novembro de 2026 09:10
Para: João Pereira <joao.pereira@example.com>
Assunto: Re: Fatura de novembro

Olá! Sua fatura de R$ 149,90 vence em 10/12/2026. Quer cancelar o plano?
"""

OUTLOOK_PT_NO_RULE = """A internet continua caindo toda hora.

De: Atendimento <atendimento@provedor-demo.example.com>
Enviada em: segunda-feira, 30 de novembro de 2026 09:10
Para: cliente@example.com
Assunto: RE: Chamado 123

Quer cancelar o plano?
"""

ENGLISH = """Still no connection since yesterday evening.

Thanks,
Paul

On Mon, Nov 30, 2026 at 9:10 AM Provedor Demo <atendimento@provedor-demo.example.com> wrote:
> Hi! Do you want to change your plan?
"""

FORWARDED = """Pode ver isso? Acho que é cobrança indevida.

---------- Forwarded message ---------
From: Cobrança <cobranca@provedor-demo.example.com>
Date: Sun, Nov 29, 2026 at 8:00 AM
Subject: Aviso de cancelamento

Seu contrato será cancelado por falta de pagamento.
"""

SIGNATURE_AND_DISCLAIMER = """Preciso mudar o endereço de instalação para o mês que vem.

--
Carla Souza
Financeiro | Loja Exemplo
AVISO: Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao
destinatário. Se você a recebeu por engano, apague-a e avise o remetente.
"""

DISCLAIMER_ONLY = """A velocidade está muito lenta à noite.

Esta mensagem pode conter informações confidenciais. Caso não seja o destinatário, \
cancelamento ou divulgação são proibidos.
"""

MOBILE = """quero cancelar

Enviado do meu iPhone

> Em 29/11/2026, às 18:02, Atendimento escreveu:
> Posso ajudar em algo mais?"""


@pytest.mark.parametrize(
    ("raw", "kept", "gone"),
    [
        (GMAIL_PT, "Ainda estou sem internet, o técnico não apareceu.", ["fatura", "segunda via"]),
        (OUTLOOK_PT, "A cobrança veio em dobro", ["cancelar", "Gerente", "Atenciosamente"]),
        (OUTLOOK_PT_NO_RULE, "A internet continua caindo toda hora.", ["cancelar", "Chamado"]),
        (ENGLISH, "Still no connection since yesterday evening.", ["change your plan", "Paul"]),
        (FORWARDED, "cobrança indevida", ["cancelado", "Forwarded"]),
        (SIGNATURE_AND_DISCLAIMER, "mudar o endereço", ["Carla", "confidenciais"]),
        (DISCLAIMER_ONLY, "muito lenta", ["confidenciais", "cancelamento"]),
        (MOBILE, "quero cancelar", ["iPhone", "Posso ajudar"]),
    ],
    ids=[
        "gmail-pt",
        "outlook-pt",
        "outlook-pt-no-rule",
        "english",
        "forward",
        "sig",
        "legal",
        "mob",
    ],
)
def test_only_what_the_sender_just_wrote_is_kept(raw: str, kept: str, gone: list[str]) -> None:
    text = strip_reply(raw)
    assert kept in text
    for fragment in gone:
        assert fragment not in text


def test_a_closing_alone_is_not_cut_away() -> None:
    assert strip_reply("Obrigado!") == "Obrigado!"
    assert strip_reply("Obrigado!\n\n> Seu pagamento foi confirmado.") == "Obrigado!"


def test_thanks_end_the_message_only_before_a_name() -> None:
    signed = "Recebi a fatura.\n\nObrigada,\nAna Paula Souza\nFinanceiro"
    assert strip_reply(signed) == "Recebi a fatura."
    going_on = "Recebi a fatura.\nObrigado!\nMas a internet continua caindo toda hora."
    assert strip_reply(going_on) == going_on


def test_inline_quotes_are_dropped_but_answers_between_them_kept() -> None:
    raw = "> Qual o seu endereço?\nRua das Flores, 10\n> E o melhor horário?\nDe manhã"
    assert strip_reply(raw) == "Rua das Flores, 10\nDe manhã"


def test_html_body_loses_the_gmail_quote_and_blockquotes() -> None:
    html = (
        '<div dir="ltr"><p>Minha internet est&aacute; <b>lenta</b> desde ontem.</p>'
        "<p>Maria</p></div>"
        '<div class="gmail_quote"><div class="gmail_attr">Em seg., 30 de nov. escreveu:</div>'
        "<blockquote>Quer cancelar o plano?</blockquote></div>"
    )
    text = html_to_text(html)
    assert "Minha internet está lenta desde ontem." in text
    assert "cancelar" not in text and "escreveu" not in text
    assert new_text(None, html).startswith("Minha internet está lenta")
    assert new_text("  ", html).startswith("Minha internet")  # blank text part: use the HTML


def test_message_id_headers_are_read_with_or_without_brackets() -> None:
    assert message_ids("<a@x> <b@y>\r\n <c@z>") == ["a@x", "b@y", "c@z"]
    assert message_ids("a@x") == ["a@x"]
    assert message_ids(None) == []


def test_mailgun_and_sendgrid_forms_map_onto_the_same_email() -> None:
    mailgun = inbound_from_form(
        {
            "sender": "maria.silva@example.com",
            "From": "Maria Silva <maria.silva@example.com>",
            "subject": "Re: Fatura",
            "body-plain": "paguei ontem",
            "Message-Id": "<m1@mail.example.com>",
            "In-Reply-To": "<r1@provedor>",
            "References": "<r0@provedor> <r1@provedor>",
        }
    )
    sendgrid = inbound_from_form(
        {
            "from": "Maria Silva <maria.silva@example.com>",
            "subject": "Re: Fatura",
            "text": "paguei ontem",
            "headers": (
                "Message-ID: <m1@mail.example.com>\nIn-Reply-To: <r1@provedor>\n"
                "References: <r0@provedor> <r1@provedor>\n"
            ),
        }
    )
    for fields in (mailgun, sendgrid):
        email = InboundEmail.model_validate(fields)
        assert email.from_ == "Maria Silva <maria.silva@example.com>"
        assert email.text == "paguei ontem"
        assert message_ids(email.message_id) == ["m1@mail.example.com"]
        assert email.reference_ids() == ["r0@provedor", "r1@provedor"]
