"""Canned replies of the desk (pt-BR), grouped by the team a hand-off goes to."""

from __future__ import annotations

from typing import Final

CANNED_REPLIES: Final[tuple[tuple[str, str], ...]] = (
    ("saudacao", "Olá! Aqui é da equipe de atendimento, já estou vendo o seu caso."),
    ("analisando", "Obrigado pela paciência. Estou analisando e já te retorno."),
    (
        "visita",
        "Vou agendar uma visita técnica para você. Qual o melhor período: manhã ou tarde?",
    ),
    ("fatura", "Verifiquei a sua fatura e vou te enviar a segunda via atualizada em seguida."),
    (
        "contestacao",
        "Abri a contestação da cobrança. Em até 5 dias úteis você recebe a resposta por aqui.",
    ),
    (
        "retencao",
        "Antes de cancelar, posso te oferecer um desconto ou um plano mais adequado?",
    ),
    ("desculpas", "Sinto muito pelo transtorno. Vou resolver isso com prioridade."),
    ("encerramento", "Posso ajudar em algo mais? Se não, vou encerrar o atendimento. Obrigado!"),
)
CANNED_BY_KEY: Final = dict(CANNED_REPLIES)
