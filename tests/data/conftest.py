"""A tiny phrase bank (three families per sub_intent) and small build settings for data tests.

The real banks are large; tests of the builder, splits and checks run on this bank so they are
fast and do not depend on the bank authors' work in progress.
"""

from __future__ import annotations

import pytest

from training.corpus.config import PrepareParams
from training.corpus.families import Family


def _fam(name: str, *templates: str, details: tuple[str, ...] = (), **labels: object) -> Family:
    return Family(name=name, templates=templates, details=details, **labels)  # type: ignore[arg-type]


TINY_FAMILIES: dict[str, tuple[Family, ...]] = {
    "technical.no_connection": (
        _fam(
            "red_light",
            "a luz vermelha do {equipment} acendeu e caiu a internet",
            "o {equipment} tá com luz vermelha, sem internet",
            "luz LOS vermelha no {equipment} desde {date}",
            details=("já reiniciei tudo", "os cabos estão no lugar"),
        ),
        _fam(
            "terse_down",
            "sem internet",
            "internet caiu aqui",
            "net fora do ar",
            details=("aqui no {neighbourhood}",),
        ),
        _fam(
            "nothing_connects",
            "nada conecta, nem o {device}",
            "nenhum aparelho entra na internet",
            "o {device} e o celular não acessam nada",
            details=("nem o wifi aparece direito",),
        ),
    ),
    "technical.slow_connection": (
        _fam(
            "speed_test",
            "contratei {plan} e o teste dá {speed} mega",
            "o speedtest mostra só {speed} mega no plano de {plan}",
            "velocidade de {speed} mega pra um plano de {plan}",
            details=("testei no cabo também",),
        ),
        _fam(
            "buffering",
            "os vídeos ficam carregando toda hora",
            "a tv trava no streaming à noite",
            "tudo fica rodando a bolinha pra carregar",
            details=("principalmente depois das {time}",),
        ),
        _fam(
            "high_ping",
            "o ping tá altíssimo nos jogos",
            "lag absurdo no jogo online",
            "o ping passa de 300 no videogame",
            details=("no {device} também",),
        ),
    ),
    "technical.intermittent": (
        _fam(
            "drops",
            "a internet cai a cada cinco minutos",
            "fica caindo e voltando o dia todo",
            "a conexão cai e volta toda hora",
            details=("começou {date}",),
        ),
        _fam(
            "unstable",
            "a conexão tá instável",
            "a internet oscila demais",
            "o sinal fica instável o tempo todo",
            details=("o {equipment} reinicia sozinho",),
        ),
        _fam(
            "video_call_drops",
            "a chamada de vídeo cai toda hora",
            "a reunião online fica caindo",
            "cai a ligação do whatsapp por causa da internet",
            details=("no {device} também",),
        ),
    ),
    "technical.wifi_equipment": (
        _fam(
            "wifi_password",
            "quero trocar a senha do wifi",
            "como mudo a senha da rede?",
            "esqueci a senha do wifi",
            details=("o {equipment} é o que vocês instalaram",),
        ),
        _fam(
            "weak_signal",
            "o wifi não pega no quarto",
            "o sinal do wifi é fraco lá nos fundos",
            "o wifi não chega no segundo andar",
            details=("a casa é grande",),
        ),
        _fam(
            "broken_router",
            "o {equipment} queimou",
            "o {equipment} parou de ligar",
            "o {equipment} tá esquentando e desligando",
            details=("teve uma queda de energia",),
        ),
    ),
    "technical.technician_visit": (
        _fam(
            "schedule",
            "quero agendar uma visita técnica",
            "preciso que mandem um técnico",
            "dá pra marcar técnico pra {weekday}?",
            details=("fico em casa depois das {time}",),
        ),
        _fam(
            "no_show",
            "o técnico não apareceu {date}",
            "fiquei esperando o técnico e ninguém veio",
            "kd o técnico? era pra vir às {time}",
            sentiment="frustrated",
            details=("tirei folga pra isso",),
        ),
        _fam(
            "reschedule",
            "preciso remarcar a visita do técnico",
            "dá pra mudar a visita pra {weekday}?",
            "não vou estar em casa, remarca o técnico",
            details=("pode ser à tarde",),
        ),
    ),
    "financial.invoice_copy": (
        _fam(
            "second_copy",
            "preciso da segunda via do boleto",
            "me manda a segunda via da fatura",
            "quero a segunda via da conta de {date}",
            details=("o meu venceu {date}",),
        ),
        _fam(
            "pix_code",
            "me passa o código pix da fatura",
            "quero pagar no pix, manda o código",
            "qual a chave pix pra pagar a conta?",
            details=("pago pelo app do banco",),
        ),
        _fam(
            "barcode",
            "preciso do código de barras do boleto",
            "manda a linha digitável da fatura",
            "não recebi o boleto, me envia o código de barras",
            details=("o valor é {amount}",),
        ),
    ),
    "financial.payment_confirmation": (
        _fam(
            "already_paid",
            "já paguei a fatura {date}",
            "paguei o boleto e continua em aberto",
            "a conta de {amount} já foi paga",
            details=("tenho o comprovante",),
        ),
        _fam(
            "unblock",
            "paguei e a internet continua bloqueada",
            "já paguei, liberem minha internet",
            "fiz o pagamento e ainda tá cortado",
            details=("paguei {date}",),
        ),
        _fam(
            "trust_unlock",
            "quero o desbloqueio em confiança",
            "libera em confiança até eu pagar",
            "tem como liberar por confiança?",
            details=("pago na sexta",),
        ),
    ),
    "financial.billing_dispute": (
        _fam(
            "charged_twice",
            "fui cobrado duas vezes",
            "veio cobrança em dobro na fatura",
            "cobraram {amount} duas vezes",
            details=("no cartão aparece duplicado",),
        ),
        _fam(
            "wrong_amount",
            "a fatura veio {amount}, meu plano é mais barato",
            "o valor da conta tá errado",
            "cobraram a mais esse mês",
            details=("meu plano é {plan}",),
        ),
        _fam(
            "unknown_charge",
            "tem uma cobrança que eu não reconheço",
            "apareceu uma taxa estranha na fatura",
            "que cobrança é essa de {amount}?",
            details=("nunca contratei isso",),
        ),
    ),
    "financial.negotiation": (
        _fam(
            "split_debt",
            "quero parcelar minha dívida",
            "dá pra parcelar em {installments}?",
            "tenho conta atrasada, posso dividir?",
            details=("tô desempregado",),
        ),
        _fam(
            "due_date",
            "quero mudar a data de vencimento",
            "dá pra passar o vencimento pro {date}?",
            "troca meu vencimento por favor",
            details=("recebo no {date}",),
        ),
        _fam(
            "discount",
            "tem desconto pra pagar à vista?",
            "consigo um desconto na dívida?",
            "faz um desconto pra eu quitar?",
            details=("devo {months}",),
        ),
    ),
    "commercial.new_subscription": (
        _fam(
            "coverage",
            "vocês atendem no {neighbourhood}?",
            "tem cobertura na {street}?",
            "chega fibra de vocês em {city}?",
            details=("é casa",),
        ),
        _fam(
            "prices",
            "quanto custa o plano de {plan}?",
            "quais os planos de vocês?",
            "qual o preço da internet de {plan}?",
            details=("quero pra casa",),
        ),
        _fam(
            "sign_up",
            "quero contratar a internet",
            "quero assinar o plano de {plan}",
            "como faço pra ser cliente?",
            details=("moro no {neighbourhood}",),
        ),
    ),
    "commercial.plan_change": (
        _fam(
            "upgrade",
            "quero aumentar meu plano pra {plan}",
            "quero fazer upgrade pra {plan}",
            "dá pra subir minha velocidade?",
            details=("hoje tenho {plan}",),
        ),
        _fam(
            "downgrade",
            "quero diminuir meu plano",
            "quero um plano mais barato",
            "baixa meu plano pra {plan}",
            details=("tá pesado no orçamento",),
        ),
        _fam(
            "add_on",
            "quero colocar {addon} no meu plano",
            "quero adicionar {addon}",
            "dá pra incluir {addon}?",
            details=("no mesmo contrato",),
        ),
    ),
    "commercial.cancellation": (
        _fam(
            "cancel",
            "quero cancelar minha internet",
            "quero cancelar o contrato",
            "como faço pra cancelar?",
            details=("vou mudar de cidade",),
        ),
        _fam(
            "loyalty_fine",
            "quanto é a multa pra cancelar?",
            "tem multa de fidelidade?",
            "quero cancelar, qual o valor da multa?",
            details=("faz {months} que assinei",),
        ),
        _fam(
            "port_out",
            "vou pra {provider}, quero cancelar",
            "contratei {provider}, cancela a minha",
            "já assinei com {provider}, encerra meu contrato",
            details=("a instalação é {date}",),
        ),
    ),
    "commercial.address_change": (
        _fam(
            "moving",
            "vou me mudar, quero levar a internet",
            "tô mudando de casa, e a internet?",
            "me mudo {date}, como transfiro?",
            details=("vou pro {neighbourhood}",),
        ),
        _fam(
            "transfer",
            "quero transferir a instalação pra {street}",
            "preciso mudar o endereço da instalação",
            "transfere meu ponto pro novo endereço",
            details=("fica no {neighbourhood}",),
        ),
        _fam(
            "new_address_coverage",
            "vocês atendem no meu endereço novo?",
            "no {neighbourhood} tem cobertura pra eu levar meu plano?",
            "vou morar na {street}, chega lá?",
            details=("mudo em {date}",),
        ),
    ),
    "other.greeting": (
        _fam("hello", "oi", "olá, tudo bem?", "bom dia"),
        _fam(
            "thanks",
            "obrigado pela ajuda",
            "valeu, resolveu",
            "muito obrigada, deu certo",
            sentiment="satisfied",
        ),
        _fam("bye", "tchau", "até mais", "era só isso, tchau", sentiment="neutral"),
    ),
    "other.out_of_scope": (
        _fam("weather", "vai chover amanhã?", "como tá o tempo aí?", "qual a previsão do tempo?"),
        _fam(
            "jobs", "vocês estão contratando?", "tem vaga de emprego?", "onde mando meu currículo?"
        ),
        _fam("wrong_number", "é da pizzaria?", "foi engano", "quero falar com o Jorge"),
    ),
}

# Small enough to build in well under a second per split; the tiny bank has 3 families per
# sub_intent, so one family per split.
TINY_PARAMS = PrepareParams(
    messages_per_sub_intent=30,
    min_messages_per_sub_intent=20,
    min_families_per_holdout=1,
    test_fraction=0.3,
    calibration_fraction=0.3,
)


@pytest.fixture
def tiny_families() -> dict[str, tuple[Family, ...]]:
    """The tiny phrase bank, keyed by sub_intent."""
    return TINY_FAMILIES


@pytest.fixture
def tiny_params() -> PrepareParams:
    """Build settings sized for the tiny bank."""
    return TINY_PARAMS
