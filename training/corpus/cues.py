"""Cue banks: tone, urgency, greetings, closings, signatures and context sentences.

Each bank is a tuple of cue *families* (paraphrases of one cue), so that splits can hold out whole
cue families exactly like phrase families: test messages then use tone and urgency phrasings the
models never saw. A cue family declares what it does to the labels (`sentiment`, `urgent`) and
where it reads naturally (`scope`: sub_intent prefixes).
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from omnichat_model.taxonomy import CHANNELS, Channel, Sentiment
from training.corpus.slots import SLOTS

SERVICE: Final[tuple[str, ...]] = ("technical", "financial", "commercial")
EVERYWHERE: Final[tuple[str, ...]] = ("technical", "financial", "commercial", "other")
# Cues that presume the writer already has a contract: not for someone signing up.
EXISTING_CUSTOMER: Final[tuple[str, ...]] = (
    "technical",
    "financial",
    "commercial.plan_change",
    "commercial.cancellation",
    "commercial.address_change",
)
# Emoji and "reply here" vanish or make no sense in a transcribed phone call.
WRITTEN: Final[tuple[Channel, ...]] = ("whatsapp", "email", "web_chat")
# Cues about needing the connection to keep working: not for someone cancelling it.
_NEEDS_SERVICE: Final[tuple[str, ...]] = (
    "technical",
    "financial",
    "commercial.new_subscription",
    "commercial.plan_change",
    "commercial.address_change",
)
# Praise for staying ("não troco vocês por nada") contradicts a cancellation.
_STAYING: Final[tuple[str, ...]] = (
    "technical",
    "financial",
    "commercial.plan_change",
    "commercial.address_change",
)
# Praise for a connection that never fails contradicts a technical complaint too.
_STAYING_NO_FAULT: Final[tuple[str, ...]] = (
    "financial",
    "commercial.plan_change",
    "commercial.address_change",
)
# Praise for correct bills contradicts a billing dispute.
_BILLS_UNDISPUTED: Final[tuple[str, ...]] = (
    "technical",
    "financial.invoice_copy",
    "financial.payment_confirmation",
    "financial.negotiation",
    "commercial.plan_change",
    "commercial.address_change",
)
# A connection that works badly, rather than not at all ("{duration} com a internet capenga").
_DEGRADED: Final[tuple[str, ...]] = (
    "technical.slow_connection",
    "technical.intermittent",
    "technical.wifi_equipment",
)
# Where a closing that expects an answer ("aguardo retorno") fits: anything but a plain greeting.
EXPECTS_REPLY: Final[tuple[str, ...]] = (*SERVICE, "other.out_of_scope")


@dataclass(frozen=True)
class CueFamily:
    """Paraphrases of one cue.

    `sentiment` / `urgent` say which label the cue gives a message (None: no effect); a cue
    that only fits calm messages ("sem pressa") says `urgent=False, sentiment="neutral"`.
    `scope` lists the sub_intent prefixes ("technical", "financial.invoice_copy") where the cue
    reads naturally.
    """

    name: str
    variants: tuple[str, ...]
    sentiment: Sentiment | None = None
    urgent: bool | None = None
    scope: tuple[str, ...] = SERVICE
    opener: bool = False  # reads well before the request: "ABSURDO!!!", background, a lead-in
    long_only: bool = False  # only fits a long message ("desculpa o textão")
    channels: tuple[Channel, ...] = CHANNELS
    duration: bool = False  # says how long it has lasted: not after a request that already does

    def fits(self, sub_intent: str, channel: Channel) -> bool:
        """Whether this cue reads naturally in a `channel` message of `sub_intent`."""
        return channel in self.channels and any(
            sub_intent == p or sub_intent.startswith(p + ".") for p in self.scope
        )


CueBanks = Mapping[str, tuple[CueFamily, ...]]


def _f(name: str, *variants: str, **labels: object) -> CueFamily:
    return CueFamily(name, variants, **labels)  # type: ignore[arg-type]


# Exclamations that can open a message; threats and demands read oddly before the request.
_OPENERS: Final = frozenset(
    {
        "absurd",
        "circus",
        "again",
        "trash",
        "caps",
        "angry_emoji",
        "fed_up",
        "suffering_days",
        "offline_days",
        "low_grade",
        "last_straw",
        "swearing_lite",
        "exasperated_god",
        "nightmare",
        "rhetorical_when",
        "facepalm_emoji",
        "caps_question",
        "caps_verdict",
        "disbelief",
        "losing_temper",
        "not_usually_complain",
        "saga",
        "degraded_days",
        "bitter_laugh",
        "informal_rage",
        "regional_anger",
    }
)

FRUSTRATION: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, sentiment="frustrated", opener=name in _OPENERS, **extra)
    for name, variants, extra in (
        (
            "absurd",
            (
                "isso é um absurdo",
                "que absurdo",
                "um absurdo isso",
                "absurdo total",
                "isso é inadmissível",
                "é um absurdo o que vocês estão fazendo",
            ),
            {},
        ),
        (
            "circus",
            (
                "que palhaçada",
                "palhaçada isso",
                "tá de palhaçada né",
                "isso é uma palhaçada",
                "virou um circo isso aqui",
                "que piada",
            ),
            {},
        ),
        (
            "disregard",
            (
                "que descaso com o cliente",
                "descaso total",
                "é muito descaso",
                "falta de respeito com o consumidor",
                "um desrespeito isso",
                "vocês não têm consideração nenhuma com quem paga",
            ),
            {},
        ),
        (
            "procon",
            (
                "vou no Procon",
                "vou abrir reclamação no Procon",
                "se não resolver hoje é Procon",
                "vou levar isso pro Procon",
                "o próximo passo é o Procon",
                "já tô juntando os prints pro Procon",
            ),
            {},
        ),
        (
            "anatel",
            (
                "vou registrar na Anatel",
                "vou denunciar vocês na Anatel",
                "já abri reclamação na Anatel",
                "a Anatel vai ficar sabendo disso",
                "vou reclamar na Anatel e quero ver",
            ),
            {},
        ),
        (
            "reclame_aqui",
            (
                "vou expor vocês no Reclame Aqui",
                "vou postar no Reclame Aqui",
                "já tá no Reclame Aqui",
                "Reclame Aqui neles",
                "vou colocar tudo no Reclame Aqui com print",
            ),
            {},
        ),
        (
            "cancel_threat",
            (
                "vou cancelar",
                "se continuar assim vou cancelar",
                "tô pensando seriamente em cancelar",
                "vou trocar de operadora",
                "vou contratar {provider}",
                "já tô vendo outra operadora",
                "daqui a pouco cancelo essa porcaria",
            ),
            {"scope": ("technical", "financial")},
        ),
        (
            "again",
            (
                "pela terceira vez",
                "é a quarta vez que eu reclamo disso",
                "já liguei {count} vezes",
                "já abri {count} chamados",
                "toda semana a mesma coisa",
                "de novo isso",
                "mais uma vez a mesma história",
            ),
            {},
        ),
        (
            "nobody_solves",
            (
                "ninguém resolve nada",
                "ninguém me dá uma resposta",
                "só me enrolam",
                "cada atendente fala uma coisa",
                "ninguém sabe de nada aí",
                "só promessa e nada",
            ),
            {},
        ),
        (
            "pay_dearly",
            (
                "pago caro por isso",
                "pago em dia e é isso que recebo",
                "pago {amount} por mês pra isso",
                "pago certinho todo mês",
                "pagar caro pra ter um serviço desses",
            ),
            {},
        ),
        (
            "trash",
            (
                "que serviço lixo",
                "serviço porco",
                "que porcaria",
                "serviço horrível",
                "pior empresa que já contratei",
                "uma vergonha",
                "que merda de serviço",
            ),
            {},
        ),
        (
            "sarcasm",
            (
                "parabéns pelo serviço 👏👏",
                "ótimo serviço, só que não",
                "nossa, que eficiência hein",
                "muito obrigado por nada",
                "show de bola, de novo a mesma coisa",
                "excelente atendimento... só que não",
                "adorei, continuem assim que vocês vão longe 🙄",
            ),
            {},
        ),
        (
            "caps",
            (
                "ABSURDO!!!",
                "RESOLVAM ISSO!!!",
                "CHEGA!!!",
                "EU QUERO UMA SOLUÇÃO",
                "NÃO AGUENTO MAIS",
                "ATÉ QUANDO???",
            ),
            {},
        ),
        ("angry_emoji", ("😡😡😡", "🤬", "😤😤", "😠", "🙄🙄", "😡🤬"), {"channels": WRITTEN}),
        (
            "fed_up",
            (
                "tô cansado disso",
                "não aguento mais",
                "cansei",
                "já deu",
                "tô de saco cheio",
                "minha paciência acabou",
            ),
            {},
        ),
        (
            "bad_support",
            (
                "fiquei 40 minutos esperando no telefone e nada",
                "o chat de vocês cai toda hora",
                "a URA não deixa falar com ninguém",
                "desligaram na minha cara",
                "o atendente simplesmente sumiu do chat",
            ),
            {},
        ),
        (
            "demand",
            (
                "quero uma solução",
                "exijo uma resposta",
                "quero falar com um supervisor",
                "me passa pra alguém que resolva",
                "quero meu problema resolvido de vez",
            ),
            {},
        ),
        (
            "broken_promise",
            (
                "prometeram resolver e nada",
                "disseram 24 horas, mentira",
                "falaram que era rapidinho e até agora nada",
                "me garantiram que tava resolvido",
                "o protocolo {protocol} não deu em nada",
            ),
            {},
        ),
        # Long suffering is both frustrating and urgent ("SEM INTERNET HÁ 9 DIAS").
        (
            "suffering_days",
            (
                "há {duration} sem solução",
                "já são {duration} assim",
                "faz {duration} que tô nessa",
                "{duration} esperando e nada",
                "já vai fazer {duration} e ninguém resolve",
            ),
            {"urgent": True, "duration": True},
        ),
        (
            "offline_days",
            (
                "{duration} sem internet",
                "SEM INTERNET HÁ {duration}",
                "tô sem net há {duration}",
                "{duration} sem conseguir usar nada",
            ),
            {"urgent": True, "duration": True, "scope": ("technical.no_connection",)},
        ),
        # Insults to the company as a whole, not to one failure.
        (
            "should_be_ashamed",
            (
                "vocês deviam ter vergonha",
                "não têm vergonha não?",
                "como vocês têm coragem de tratar cliente assim?",
                "deviam ter vergonha na cara",
                "eu teria vergonha de oferecer um serviço desses",
            ),
            {},
        ),
        (
            "low_grade",
            (
                "serviço de quinta categoria",
                "empresa de fundo de quintal",
                "amadorismo puro",
                "parece empresa de brincadeira",
                "serviço de terceira",
                "nível amador",
            ),
            {},
        ),
        (
            "wasted_time",
            (
                "perdi a manhã inteira com isso",
                "já gastei horas do meu dia tentando resolver",
                "tô perdendo meu tempo com vocês",
                "cada contato com vocês é meia hora jogada fora",
                "já perdi a tarde toda pendurada no telefone",
            ),
            {},
        ),
        (
            "passed_around",
            (
                "cada hora me mandam pra um setor diferente",
                "já fui transferido umas cinco vezes",
                "um empurra pro outro e ninguém assume",
                "o financeiro manda pro técnico e o técnico manda de volta pro financeiro",
                "fico rodando de setor em setor",
                "me jogam de um lado pro outro",
            ),
            {},
        ),
        (
            "protocol_pile",
            (
                "já tenho cinco protocolos e nenhuma solução",
                "é protocolo atrás de protocolo",
                "tenho uma coleção de protocolos aqui e nada resolvido",
                "não quero mais número de protocolo, quero solução",
                "já perdi a conta de quantos protocolos abri",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "hyperbole",
            (
                "é mais fácil ganhar na Mega-Sena do que ser atendido por vocês",
                "mais fácil falar com o Papa do que com um supervisor aí",
                "uma tartaruga resolveria mais rápido",
                "nem os Correios demoram tanto",
                "dava pra ter construído uma casa nesse tempo",
            ),
            {},
        ),
        (
            "last_straw",
            (
                "foi a gota d'água",
                "agora passou dos limites",
                "era só o que faltava",
                "agora vocês passaram do ponto",
                "agora encheu",
            ),
            {},
        ),
        (
            "legal_action",
            (
                "vou entrar na justiça",
                "vou abrir processo no juizado de pequenas causas",
                "meu advogado já tá sabendo",
                "vou pedir indenização por danos morais",
                "vou processar vocês",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "false_advertising",
            (
                "isso é propaganda enganosa",
                "vendem uma coisa e entregam outra",
                "no site é uma coisa, na prática é outra",
                "me venderam gato por lebre",
                "o vendedor prometeu mundos e fundos",
            ),
            {},
        ),
        (
            "neighbour_compare",
            (
                "meu vizinho é de outra operadora e nunca fica sem",
                "na casa da minha mãe é outra empresa e funciona que é uma beleza",
                "todo mundo na rua com outra operadora e só a minha dá problema",
                "no trabalho a internet é de outra empresa e nunca vi isso",
            ),
            {"scope": ("technical",)},
        ),
        (
            "disappointed",
            (
                "tô muito decepcionado",
                "que decepção",
                "esperava mais de vocês",
                "decepcionada com a empresa",
                "sinceramente esperava outro tratamento",
            ),
            {},
        ),
        (
            "regret",
            (
                "me arrependi de ter contratado",
                "onde eu tava com a cabeça quando assinei isso",
                "se arrependimento matasse",
                "pior decisão que eu tomei foi trocar de operadora",
                "devia ter ficado onde eu tava",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "used_to_be_good",
            (
                "vocês já foram bons, hoje em dia tá impossível",
                "antigamente funcionava, agora só piora",
                "de uns meses pra cá virou bagunça",
                "depois que vocês cresceram o atendimento despencou",
                "no começo era ótimo, agora é isso aí",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "refund_demand",
            (
                "quero desconto proporcional desses dias",
                "vou querer meu dinheiro de volta",
                "exijo abatimento na próxima fatura",
                "quero ressarcimento de tudo",
                "não vou pagar por dia que não tive serviço",
            ),
            {"scope": ("technical", "financial")},
        ),
        (
            "quick_to_charge",
            (
                "pra cobrar vocês são rapidinhos, né",
                "a fatura chega certinho, o serviço não",
                "na hora de cobrar ninguém esquece de mim",
                "boleto nunca atrasa, já a solução...",
                "pra mandar cobrança é um minuto",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        # Typed interjections: nobody says "pqp" or "affff" to a phone transcript.
        (
            "swearing_lite",
            ("pqp", "affff", "aff, viu", "putz", "ah não, pqp", "mds do céu"),
            {"channels": WRITTEN},
        ),
        (
            "exasperated_god",
            (
                "meu Deus do céu",
                "Jesus amado",
                "misericórdia",
                "Deus me dê paciência",
                "ai, senhor, que sofrimento",
            ),
            {},
        ),
        (
            "nightmare",
            (
                "que inferno",
                "isso virou um pesadelo",
                "tá um caos",
                "que dor de cabeça",
                "vocês só me dão dor de cabeça",
            ),
            {},
        ),
        (
            "rhetorical_when",
            (
                "até quando?",
                "vão resolver quando?",
                "vou ter que esperar até quando?",
                "quando é que isso vai ser resolvido?",
                "vai ficar assim até quando, hein?",
            ),
            {},
        ),
        (
            "what_must_i_do",
            (
                "o que eu tenho que fazer pra ser atendido?",
                "vou ter que implorar?",
                "preciso ir aí pessoalmente pra resolverem?",
                "vou ter que acampar na porta de vocês?",
                "preciso desenhar?",
            ),
            {},
        ),
        (
            "facepalm_emoji",
            ("🤦‍♂️", "🤦‍♀️🤦‍♀️", "👎👎", "🤡🤡", "🤦🏻‍♀️", "👎🏻"),
            {"channels": WRITTEN},
        ),
        (
            "caps_question",
            (
                "TEM ALGUÉM AÍ???",
                "CADÊ A SOLUÇÃO???",
                "ALGUÉM VAI ME RESPONDER???",
                "QUAL A DIFICULDADE???",
                "CADÊ O RESPEITO???",
            ),
            {},
        ),
        (
            "caps_verdict",
            (
                "PÉSSIMO!!!",
                "INACEITÁVEL!!!",
                "RIDÍCULO ISSO",
                "LAMENTÁVEL",
                "NUNCA VI UMA COISA DESSAS",
                "INCOMPETÊNCIA PURA",
            ),
            {},
        ),
        (
            "disbelief",
            (
                "não é possível",
                "não acredito nisso",
                "sério mesmo?",
                "não tô acreditando",
                "como assim??",
                "só pode ser brincadeira",
            ),
            {},
        ),
        (
            "ghosted",
            (
                "vocês me deixaram no vácuo",
                "visualizam e não respondem",
                "mandei e-mail e nunca tive resposta",
                "a mensagem fica lá e ninguém responde",
                "parece que eu falo sozinho",
            ),
            {},
        ),
        (
            "closed_ticket",
            (
                "fecharam meu chamado sem resolver nada",
                "encerraram o protocolo sem nem me avisar",
                "no sistema tá como resolvido e não foi",
                "marcaram como resolvido, mas continua igualzinho",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        # Chat bots answer on WhatsApp and web chat; the phone has its own URA complaint.
        (
            "bot_loop",
            (
                "esse robô não entende nada",
                "quero falar com gente de verdade, não com robô",
                "o bot fica me mandando as mesmas opções",
                "a assistente virtual fica repetindo a mesma coisa",
                "digitei 'atendente' dez vezes e nada",
            ),
            {"channels": ("whatsapp", "web_chat")},
        ),
        (
            "distrust",
            (
                "não confio mais em nada que vocês falam",
                "vocês só sabem mentir",
                "é uma mentira atrás da outra",
                "já não acredito em prazo nenhum de vocês",
                "só acredito vendo",
            ),
            {},
        ),
        (
            "technician_no_show",
            (
                "o técnico não apareceu",
                "fiquei o dia inteiro esperando o técnico e ninguém veio",
                "faltei no trabalho pra receber técnico e ele não veio",
                "remarcaram a visita de novo",
                "o técnico veio, olhou e foi embora sem fazer nada",
            ),
            {"scope": ("technical",)},
        ),
        (
            "robbery",
            (
                "isso é roubo",
                "vocês tão me roubando",
                "cobrança abusiva",
                "isso é extorsão",
                "é assalto à mão armada",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "losing_temper",
            (
                "isso tá me tirando do sério",
                "tô perdendo a cabeça com isso",
                "já fico nervoso só de lembrar",
                "meu sangue ferve toda vez que preciso falar com vocês",
                "tô muito irritada",
                "tô com raiva",
            ),
            {},
        ),
        (
            "last_warning",
            (
                "é a última vez que eu peço",
                "último aviso",
                "não vou pedir de novo",
                "essa é a última tentativa antes de eu tomar outras providências",
                "depois não digam que eu não avisei",
            ),
            {},
        ),
        (
            "social_media",
            (
                "vou expor vocês nas redes sociais",
                "vou postar no Instagram de vocês",
                "vou fazer um vídeo mostrando isso",
                "vou colocar no grupo do bairro pra todo mundo saber",
                "vou marcar vocês em todo post",
            ),
            {},
        ),
        (
            "ombudsman",
            (
                "quero o número da ouvidoria",
                "vou direto na ouvidoria",
                "vou registrar no consumidor.gov",
                "já que ninguém resolve, vou pra ouvidoria",
            ),
            {},
        ),
        (
            "paying_more",
            (
                "o preço só sobe e o serviço só piora",
                "aumentam a mensalidade todo ano e a internet continua a mesma coisa",
                "cobram cada vez mais por cada vez menos",
                "reajuste todo ano, melhoria nenhuma",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "not_usually_complain",
            (
                "eu não sou de reclamar, mas dessa vez não dá",
                "nunca reclamei de nada, mas agora chega",
                "sou paciente, mas tudo tem limite",
                "tentei ser compreensivo até agora",
                "sempre fui educada com vocês, mas agora cansou",
            ),
            {},
        ),
        (
            "damage_caused",
            (
                "já tive prejuízo por causa disso",
                "quem vai pagar meu prejuízo?",
                "isso tá me dando prejuízo",
                "vou cobrar cada centavo que eu perdi",
                "perdi dinheiro por culpa de vocês",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        # More long suffering: frustrating and urgent, like "suffering_days".
        (
            "saga",
            (
                "essa novela já dura {duration}",
                "tô nessa luta há {duration}",
                "isso se arrasta há {duration}",
                "{duration} nessa agonia",
                "{duration} correndo atrás disso",
            ),
            {"urgent": True, "duration": True},
        ),
        (
            "degraded_days",
            (
                "faz {duration} que não consigo usar direito",
                "{duration} com a internet capenga",
                "{duration} desse jeito, não dá pra usar nada direito",
                "há {duration} que a conexão tá uma droga",
            ),
            {"urgent": True, "duration": True, "scope": _DEGRADED},
        ),
        (
            "bitter_laugh",
            (
                "kkkkk só rindo pra não chorar",
                "kkkk vocês são uma comédia",
                "tô rindo de nervoso aqui",
                "hahaha que piada de empresa",
                "kkkkkkk inacreditável",
            ),
            {},
        ),
        (
            "informal_rage",
            (
                "q ódio",
                "tô puto da vida",
                "to mt brava com vcs",
                "tô bolado com isso",
                "tô pistola",
                "que raiva, viu",
            ),
            {},
        ),
        (
            "paying_for_what",
            (
                "pago pra q então?",
                "tô pagando pra nada",
                "pagando caro por uma porcaria dessas",
                "pago todo mês pra ter dor de cabeça",
                "meu dinheiro não é capim não",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "no_more_excuses",
            (
                "não quero desculpa, quero solução",
                "chega de desculpa",
                "não adianta vir com conversa fiada",
                "cansei de ouvir que tá em análise",
                "sempre a mesma desculpa esfarrapada",
            ),
            {},
        ),
        (
            "no_more_reboot",
            (
                "não me manda reiniciar o modem de novo",
                "já fiz o tal do desliga e liga mil vezes",
                "não adianta mandar tirar da tomada, já tirei",
                "para de me mandar o mesmo passo a passo",
            ),
            {"scope": ("technical",)},
        ),
        (
            "regional_anger",
            (
                "oxe, que agonia",
                "égua, que raiva",
                "bah, que barbaridade",
                "afe maria",
                "vixe, que raiva",
                "uai, que falta de respeito, sô",
            ),
            {},
        ),
        (
            "never_recommend",
            (
                "nunca mais indico vocês",
                "vou falar pra todo mundo não contratar",
                "não recomendo pra ninguém",
                "vou avisar meus vizinhos pra fugir de vocês",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "consumer_rights",
            (
                "conheço meus direitos",
                "isso fere o código de defesa do consumidor",
                "vou atrás dos meus direitos",
                "isso é prática abusiva",
            ),
            {},
        ),
        (
            "unanswered_pings",
            (
                "e aí??? ninguém responde?",
                "oi??? alô???",
                "vão me responder hoje?",
                "já mandei {count} mensagens e nada",
                "tô falando sozinho aqui desde cedo",
            ),
            {"channels": WRITTEN},
        ),
        (
            "hold_music",
            (
                "tô há uma hora ouvindo essa musiquinha",
                "a ligação cai sempre que chega a minha vez",
                "o 0800 de vocês é uma tortura",
                "tô na fila de espera desde o almoço",
            ),
            {},
        ),
        (
            "rude_attendant",
            (
                "a atendente foi grossa comigo",
                "o atendente me tratou com deboche",
                "fui tratada com a maior má vontade",
                "o rapaz do telefone foi super mal-educado",
            ),
            {},
        ),
        (
            "incompetent_staff",
            (
                "vocês não sabem o que fazem",
                "um bando de incompetentes",
                "ninguém aí sabe resolver nada",
                "cada técnico que vem faz uma besteira diferente",
            ),
            {},
        ),
    )
)

PRAISE: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, sentiment="satisfied", **extra)
    for name, variants, extra in (
        (
            "great_team",
            (
                "vocês são ótimos",
                "vocês são demais",
                "equipe de parabéns",
                "adoro vocês",
                "vocês são top",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "thanks_before",
            (
                "obrigado pela ajuda de ontem",
                "valeu pela ajuda da última vez",
                "muito obrigada pelo atendimento de ontem",
                "agradeço demais a ajuda da semana passada",
                "obrigado pela paciência da outra vez",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "score_ten",
            (
                "atendimento nota 10",
                "nota mil pro atendimento",
                "10/10",
                "atendimento nota dez",
                "nota 10 pra vocês",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "happy_emoji",
            ("😊", "🥰", "😁👍", "❤️", "🙌", "😍"),
            {"scope": EVERYWHERE, "channels": WRITTEN},
        ),
        (
            "loyal",
            (
                "sou cliente há anos e sempre fui bem atendido",
                "nunca tive problema com vocês",
                "sempre fui muito bem atendida aí",
                "em {months} vocês nunca me deixaram na mão",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "recommend",
            (
                "recomendo vocês pra todo mundo",
                "já indiquei vocês pros meus vizinhos",
                "indico sempre",
                "falo bem de vocês pra todo mundo",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "best_internet",
            (
                "melhor internet que já tive",
                "a internet de vocês é muito boa",
                "a conexão é excelente",
                "tô adorando o serviço",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "fast_support",
            (
                "vocês sempre resolvem rápido",
                "atendimento rapidinho, gostei",
                "vocês são super ágeis",
                "resolveram rapidinho da última vez",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "kind_staff",
            (
                "o pessoal do atendimento é muito educado",
                "a atendente foi um amor",
                "fui muito bem tratada",
                "atendentes super atenciosos",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "grateful",
            (
                "muito obrigado pela atenção de sempre",
                "valeu demais pela força de sempre",
                "gratidão pelo atendimento de sempre",
                "obrigadão pelo carinho de sempre",
            ),
            {"scope": EVERYWHERE},
        ),
        # Reactions to help already given: only natural in a thanks message.
        (
            "delighted",
            (
                "amei",
                "show de bola vocês",
                "perfeito, adorei",
                "tô muito satisfeito",
                "maravilha, vocês são incríveis",
            ),
            {"scope": ("other.greeting",)},
        ),
        (
            "congrats",
            (
                "parabéns pelo atendimento",
                "parabéns à equipe",
                "parabéns pelo trabalho de vocês",
                "parabéns, atendimento excelente",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "installer",
            (
                "o técnico que veio da última vez foi super atencioso",
                "a instalação foi impecável",
                "o rapaz da instalação foi muito caprichoso",
                "o técnico deixou tudo organizadinho",
            ),
            {"scope": ("technical",)},
        ),
        (
            "switch_happy",
            (
                "trocar pra vocês foi a melhor coisa",
                "desde que troquei pra vocês tá tudo ótimo",
                "zero arrependimento de ter trocado de operadora",
                "devia ter contratado vocês antes",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "love",
            (
                "amo essa empresa",
                "vocês moram no meu coração",
                "empresa maravilhosa",
                "que empresa boa de lidar",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "fair_price",
            (
                "o preço de vocês é justo",
                "vale cada centavo",
                "custo-benefício ótimo",
                "preço honesto e serviço bom",
            ),
            {},
        ),
        (
            "role_compliment",
            (
                "o rapaz do suporte técnico me ajudou demais da outra vez",
                "a moça do financeiro foi super prestativa",
                "o pessoal do comercial me tratou super bem",
                "o supervisor que me atendeu foi excelente",
                "a menina do chat é muito querida",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "tech_expert",
            (
                "o técnico de vocês manja muito",
                "o técnico sabia o que tava fazendo, achou o defeito na hora",
                "técnico muito competente",
                "o técnico que veio aqui é fera",
            ),
            {"scope": ("technical", "other.greeting")},
        ),
        (
            "deserves_raise",
            (
                "essa atendente merece um aumento",
                "deem um aumento pro rapaz que me atendeu",
                "quem me atendeu ontem merece promoção",
                "esse atendente vale ouro",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "register_compliment",
            (
                "quero deixar registrado um elogio",
                "faço questão de elogiar o atendimento",
                "podem passar meu elogio pra equipe",
                "queria registrar um elogio pro suporte",
            ),
            {"scope": EVERYWHERE},
        ),
        # Reactions to a problem just solved: only natural in a thanks message.
        (
            "solved_thanks",
            (
                "voltou tudo aqui, muito obrigado",
                "deu certo, valeu demais",
                "funcionou certinho, obrigada",
                "resolvido, muito obrigado mesmo",
                "agora tá funcionando perfeitamente",
            ),
            {"scope": ("other.greeting",)},
        ),
        (
            "saved_day",
            (
                "vocês salvaram meu dia",
                "salvaram minha pele",
                "me tiraram um peso das costas",
                "vocês são meus heróis",
            ),
            {"scope": ("other.greeting",)},
        ),
        # Staying for good contradicts a cancellation request.
        (
            "never_leave",
            (
                "não troco vocês por nada",
                "daqui eu não saio",
                "pode vir a operadora que for, fico com vocês",
                "nem penso em trocar de provedor",
            ),
            {"scope": _STAYING},
        ),
        (
            "family_clients",
            (
                "minha família toda é cliente de vocês e adora",
                "aqui em casa todo mundo gosta de vocês",
                "meus pais também são clientes e só elogiam",
                "lá em casa a gente ama vocês",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "brought_neighbours",
            (
                "já trouxe uns três vizinhos pra vocês",
                "metade da minha rua virou cliente por minha causa",
                "meu prédio quase todo assinou depois que eu contei",
                "convenci minha irmã a assinar também",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "slang_hype",
            (
                "vocês são brabos demais",
                "é outro nível",
                "muito massa",
                "top demais, sério",
                "sensacional, viu",
                "serviço de primeira",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            # No clapping: "👏👏" after a complaint reads as sarcasm (see `sarcasm` above).
            "applause_emoji",
            ("💙💙", "🤩", "🙏❤️", "💯💯"),
            {"scope": EVERYWHERE, "channels": WRITTEN},
        ),
        # A connection that never fails contradicts a technical complaint.
        (
            "stable_connection",
            (
                "jogo online a noite toda sem travar",
                "a internet quase nunca cai aqui",
                "assisto tudo em 4K sem travar",
                "o wifi pega na casa inteira",
            ),
            {"scope": _STAYING_NO_FAULT},
        ),
        (
            "clear_explanation",
            (
                "vocês explicam tudo direitinho",
                "a atendente explicou tudo com calma e eu entendi tudo",
                "sempre tiram minhas dúvidas com clareza",
                "explicação clara, sem enrolação",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "respected",
            (
                "me senti respeitada como cliente",
                "vocês tratam a gente como gente",
                "é raro ser tão bem tratado numa empresa",
                "dá gosto falar com vocês",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "local_pride",
            (
                "bom demais ter um provedor daqui da cidade que atende bem",
                "orgulho de ter uma empresa dessas na região",
                "prefiro mil vezes vocês às operadoras grandes",
                "empresa da cidade fazendo bonito",
            ),
            {"scope": EVERYWHERE},
        ),
        # Praising the bills contradicts a billing dispute.
        (
            "honest_billing",
            (
                "a fatura sempre vem certinha",
                "nunca veio cobrança errada",
                "cobrança sempre transparente",
                "nunca tive surpresa na conta com vocês",
            ),
            {"scope": _BILLS_UNDISPUTED},
        ),
        (
            "always_available",
            (
                "gosto que vocês atendem até no domingo",
                "atendimento todo dia, a qualquer hora, faz toda a diferença",
                "mesmo de madrugada vocês respondem",
                "sempre tem alguém pra atender, isso é ótimo",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "angels",
            (
                "vocês são uns anjos",
                "a moça que me atendeu é um anjo",
                "anjos em forma de atendente",
                "que equipe abençoada",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "exceeded",
            (
                "superou minhas expectativas",
                "foi bem melhor do que eu esperava",
                "me surpreenderam positivamente",
                "não esperava um atendimento tão bom",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "loved_discount",
            (
                "adorei o desconto que me deram",
                "o desconto de fidelidade foi muito bem-vindo",
                "gostei muito da condição que vocês me ofereceram",
                "a promoção que vocês fizeram pra mim foi ótima",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "kept_word",
            (
                "vocês cumpriram direitinho o que prometeram",
                "o prazo que me deram foi cumprido certinho",
                "ligaram de volta no horário combinado",
                "gosto que vocês sempre dão retorno",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "satisfied_customer",
            (
                "cliente satisfeitíssima aqui",
                "só alegria desde que instalei",
                "satisfação total com vocês",
                "só tenho elogios",
            ),
            {"scope": _STAYING_NO_FAULT},
        ),
        (
            "remote_fix",
            (
                "da outra vez o suporte resolveu tudo pelo WhatsApp, sem visita",
                "o suporte remoto de vocês é muito bom",
                "da última vez resolveram tudo de longe, sem precisar mandar técnico",
                "o pessoal do suporte configurou tudo à distância, impecável",
            ),
            {"scope": ("technical",)},
        ),
        (
            "wish_success",
            (
                "desejo muito sucesso pra vocês",
                "que vocês continuem crescendo",
                "continuem com esse trabalho lindo",
                "sucesso, vocês merecem",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "easy_payment",
            (
                "pagar com vocês é muito prático",
                "da outra vez negociei e foi super tranquilo",
                "vocês facilitam muito na hora de pagar",
                "adoro receber a fatura pelo WhatsApp",
            ),
            {"scope": ("financial",)},
        ),
        (
            "care",
            (
                "dá pra ver que vocês se importam com o cliente",
                "vocês tratam cada cliente com carinho",
                "dá pra sentir que vocês gostam do que fazem",
                "atendimento humano de verdade",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "good_reputation",
            (
                "só ouvi coisa boa de vocês",
                "todo mundo aqui no bairro fala bem de vocês",
                "a fama de vocês é ótima",
                "minha vizinha só elogia vocês",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "saint_patience",
            (
                "vocês têm paciência de santo",
                "a atendente teve uma paciência de Jó comigo",
                "mesmo eu sendo chato vocês sempre me atendem bem",
                "nunca perderam a paciência comigo",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "informal_thanks",
            (
                "mt obg",
                "vlw msm, vcs são d+",
                "obgdaaa",
                "brigadão, tmj",
                "obg pela força, vcs são show",
            ),
            {"scope": EVERYWHERE, "channels": WRITTEN},
        ),
        (
            "regional_praise",
            (
                "atendimento arretado de bom",
                "bah, atendimento tri bom",
                "uai, vocês são bão demais, sô",
                "égua, atendimento massa",
                "oxe, vocês são bons demais, visse",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "quick_install",
            (
                "instalaram no mesmo dia, fiquei impressionada",
                "a instalação foi rapidinha",
                "em dois dias já tava tudo funcionando, muito bom",
                "a instalação foi super tranquila",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "heart_thanks",
            (
                "obrigada ❤️",
                "gratidão 🙏",
                "vcs são tudo 🥰",
                "amo vocês ❤️❤️",
            ),
            {"scope": EVERYWHERE, "channels": WRITTEN},
        ),
        (
            "polite_staff_named",
            (
                "a Jéssica que me atendeu foi muito gentil",
                "o Carlos do suporte é muito prestativo",
                "a Bruna do financeiro me ajudou muito da outra vez",
                "o rapaz que me atendeu, o Diego, foi excelente",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "worth_it",
            (
                "a internet de vocês vale o que custa",
                "compensa muito ser cliente de vocês",
                "valeu a pena ter assinado com vocês",
                "o serviço compensa cada real",
            ),
            {"scope": _STAYING},
        ),
        (
            "app_praise",
            (
                "o app de vocês é muito fácil de usar",
                "adoro que dá pra resolver tudo pelo aplicativo",
                "o aplicativo novo ficou ótimo",
                "consigo fazer tudo pelo app, muito prático",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "punctual",
            (
                "da última vez chegaram no horário certinho",
                "o técnico foi pontual, gostei muito",
                "vocês cumprem horário, coisa rara hoje em dia",
                "chegaram antes até do horário marcado",
            ),
            {"scope": ("technical", "commercial.address_change", "other.greeting")},
        ),
        (
            "honest_advice",
            (
                "me indicaram o plano certo sem empurrar nada mais caro",
                "gostei da sinceridade de vocês",
                "foram honestos comigo, isso conta muito",
                "não tentaram me enrolar, admiro isso",
            ),
            {"scope": EVERYWHERE},
        ),
        (
            "quick_chat_reply",
            (
                "responderam em um minuto no chat, nota mil",
                "nunca esperei mais que cinco minutos pra ser atendida aqui",
                "atendimento pelo WhatsApp rapidíssimo",
                "vocês respondem super rápido por aqui",
            ),
            {"scope": EVERYWHERE, "channels": WRITTEN},
        ),
        (
            "kids_love_it",
            (
                "as crianças amaram a internet de vocês",
                "meus filhos adoram, não querem outra",
                "aqui em casa até a vó virou fã de vocês",
                "a família toda ficou feliz com a internet nova",
            ),
            {"scope": _STAYING_NO_FAULT},
        ),
    )
)

URGENCY: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, urgent=True, **extra)
    for name, variants, extra in (
        (
            "urgent",
            (
                "é urgente",
                "urgente!",
                "URGENTE",
                "com urgência por favor",
                "preciso com urgência",
                "caso urgente",
            ),
            {},
        ),
        (
            "now",
            (
                "preciso agora",
                "tem que ser agora",
                "preciso resolver agora",
                "agora mesmo, por favor",
                "é pra agora",
            ),
            {},
        ),
        (
            "today",
            (
                "preciso disso hoje",
                "pra hoje ainda",
                "tem que ser hoje",
                "preciso resolver ainda hoje",
                "não pode passar de hoje",
            ),
            {},
        ),
        (
            "home_office",
            (
                "trabalho de home office",
                "trabalho em casa e dependo da internet",
                "tô de home office e preciso trabalhar",
                "meu trabalho é remoto",
            ),
            {},
        ),
        (
            "exam",
            (
                "tenho prova online amanhã",
                "tenho prova hoje à noite",
                "minha filha tem prova online",
                "tenho que entregar o TCC amanhã",
                "tenho aula online {clock}",
            ),
            {},
        ),
        (
            "meeting",
            (
                "tenho reunião {clock}",
                "reunião importante {clock}",
                "tenho uma call com cliente {clock}",
                "tenho entrevista de emprego online {clock}",
            ),
            {},
        ),
        (
            "hospital",
            (
                "tenho familiar internado e preciso ficar em contato com o hospital",
                "minha mãe tá no hospital e preciso falar com ela",
                "tô acompanhando um parente no hospital pelo celular",
                "meu pai tá internado e o hospital liga pra cá",
            ),
            {},
        ),
        (
            "elderly",
            (
                "minha mãe idosa mora comigo e usa a internet pra falar com o médico",
                "meu pai é idoso e depende disso",
                "tenho idoso acamado em casa",
                "minha avó mora sozinha e a gente acompanha ela pela câmera",
            ),
            {},
        ),
        (
            "work_depends",
            (
                "meu trabalho depende disso",
                "dependo da internet pra trabalhar",
                "minha renda depende da internet",
                "trabalho com vendas online",
            ),
            {},
        ),
        (
            "shop_stopped",
            (
                "minha loja tá parada",
                "o comércio tá parado",
                "a maquininha de cartão não passa",
                "tô perdendo venda",
                "meu delivery depende disso",
            ),
            {"scope": ("technical", "financial")},
        ),
        (
            "days",
            ("e já faz 3 dias", "faz {duration} já", "já faz {duration} isso", "isso desde {date}"),
            {"scope": ("technical", "financial"), "duration": True},
        ),
        (
            "due_today",
            (
                "vence hoje",
                "vence amanhã e não quero pagar juros",
                "o boleto vence hoje",
                "tenho até amanhã pra pagar",
            ),
            {"scope": ("financial",)},
        ),
        (
            "cut_notice",
            (
                "vão cortar minha internet amanhã",
                "tá pra ser bloqueado",
                "recebi aviso de corte",
                "se não resolver hoje bloqueiam",
            ),
            {"scope": ("financial",)},
        ),
        (
            "deadline",
            (
                "preciso resolver até {weekday}",
                "no máximo até amanhã",
                "tem que ficar pronto até {weekday}",
                "preciso disso antes de {weekday}",
            ),
            {},
        ),
        (
            "health",
            (
                "uso aparelho de monitoramento médico pela internet",
                "meu filho faz terapia online",
                "tenho consulta online {clock}",
                "minha esposa faz tratamento e o médico acompanha online",
            ),
            {},
        ),
        (
            "asap",
            (
                "preciso disso o quanto antes",
                "resolvam o mais rápido possível",
                "é pra ontem",
                "assim que der, mas rápido por favor",
            ),
            {},
        ),
        (
            "school",
            (
                "meus filhos têm aula online",
                "as crianças precisam pra escola",
                "meu filho tem aula remota de manhã",
                "tem tarefa da escola pra entregar hoje",
            ),
            {},
        ),
        (
            "security",
            (
                "minhas câmeras de segurança estão offline",
                "o alarme da casa depende da internet",
                "o monitoramento do condomínio parou",
                "sou síndico e a portaria remota depende disso",
            ),
            {"scope": ("technical",)},
        ),
        (
            "client_waiting",
            (
                "tenho cliente esperando",
                "tô com um cliente na linha esperando",
                "meu cliente tá esperando um arquivo",
                "preciso mandar uma proposta pra um cliente",
            ),
            {"scope": ("technical",)},
        ),
        (
            "work_delivery",
            (
                "tenho um trabalho pra entregar hoje",
                "preciso enviar um relatório até o fim do dia",
                "preciso subir uns arquivos do trabalho ainda hoje",
                "meu chefe tá esperando uma entrega minha",
            ),
            {"scope": ("technical",)},
        ),
        (
            "live_stream",
            (
                "tenho live {clock}",
                "faço live pra vender e dependo da conexão",
                "vou transmitir o culto da igreja {clock}",
                "tenho uma transmissão ao vivo marcada {clock}",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "on_call",
            (
                "tô de plantão e preciso ficar online",
                "trabalho de sobreaviso e não posso ficar sem conexão",
                "sou plantonista e me chamam pelo WhatsApp",
                "tô de plantão essa noite",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "entrance_exam",
            (
                "tô estudando pro ENEM e meu cursinho é online",
                "tenho simulado do vestibular {clock}",
                "tô me preparando pra concurso e as aulas são todas online",
                "o ENEM é daqui a poucos dias e eu estudo pela internet",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "distance_learning",
            (
                "faço faculdade EAD e tenho atividade pra postar hoje",
                "tenho aula ao vivo da faculdade {clock}",
                "o prazo no portal da faculdade fecha hoje",
                "minha pós é toda online e tenho aula essa noite",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "baby",
            (
                "tenho um bebê recém-nascido em casa",
                "a babá eletrônica do meu filho funciona pelo wifi",
                "tenho bebê pequeno e preciso falar com a pediatra",
                "minha filha de meses tá com febre e a médica acompanha por vídeo",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "caregiver",
            (
                "sou cuidadora e passo o dia falando com a família do paciente",
                "cuido da minha mãe acamada e falo com a enfermeira por vídeo",
                "a cuidadora do meu pai me manda notícia pelo WhatsApp",
                "sou eu quem cuida do meu avô e preciso estar sempre acessível",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "prescription",
            (
                "preciso pedir remédio pelo app da farmácia",
                "a receita do remédio chega por e-mail e preciso dela hoje",
                "tenho teleconsulta pra renovar a receita",
                "meu remédio controlado só sai com a receita digital",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "pix_sales",
            (
                "não consigo confirmar o pix dos clientes",
                "tem cliente no caixa esperando o pix confirmar",
                "tô sem ver os pix que caem na loja",
                "meu comércio só recebe por pix e não tô conseguindo conferir",
            ),
            {"scope": ("technical",)},
        ),
        (
            "delivery_orders",
            (
                "meu restaurante tá fora do iFood",
                "os pedidos do app não estão chegando",
                "o tablet de pedidos da lanchonete não conecta",
                "hoje é dia de mais pedido aqui",
            ),
            {"scope": ("technical",)},
        ),
        (
            "team_stopped",
            (
                "tenho um escritório com cinco funcionários parados",
                "minha equipe inteira tá parada",
                "o escritório todo depende dessa conexão",
                "tá todo mundo aqui sem conseguir trabalhar",
            ),
            {"scope": ("technical",)},
        ),
        (
            "personal_safety",
            (
                "o botão de pânico da minha mãe funciona pela internet",
                "moro numa rua perigosa e preciso das câmeras funcionando",
                "assaltaram uma casa aqui perto e tô sem ver as câmeras",
                "a fechadura eletrônica aqui de casa depende do wifi",
            ),
            {"scope": ("technical",)},
        ),
        (
            "by_time",
            (
                "preciso disso antes das 18h",
                "até o fim do expediente no máximo",
                "tem que ser até o meio-dia",
                "preciso resolvido antes das cinco da tarde",
                "até o fim da tarde, por favor",
            ),
            {},
        ),
        (
            "credit_check",
            (
                "não posso ficar com o nome sujo",
                "meu nome não pode ir pro Serasa",
                "tô com um financiamento pra aprovar e não posso ter pendência",
                "vou fazer um empréstimo e preciso estar com tudo em dia",
            ),
            {"scope": ("financial",)},
        ),
        (
            "paperwork",
            (
                "preciso da conta pra comprovar endereço hoje",
                "o banco pediu comprovante de residência até amanhã",
                "preciso anexar a fatura na matrícula da escola ainda hoje",
                "é pra prestação de contas da empresa e o prazo é hoje",
            ),
            {"scope": ("financial.invoice_copy", "financial.payment_confirmation")},
        ),
        (
            "unblock_now",
            (
                "já paguei e preciso que liberem agora",
                "paguei o atrasado e preciso do sinal liberado já",
                "fiz o pix agora há pouco e preciso da internet de volta",
                "o pagamento já foi, desbloqueiem logo por favor",
            ),
            {"scope": ("financial.payment_confirmation",)},
        ),
        (
            "moving_day",
            (
                "me mudo {weekday}",
                "a mudança é {weekday} e preciso de internet lá no primeiro dia",
                "entrego as chaves do apartamento antigo {weekday}",
                "já tô de mudança amanhã",
            ),
            {"scope": ("commercial.address_change",)},
        ),
        (
            "starting_remote_job",
            (
                "começo num emprego home office {weekday}",
                "{weekday} já começo a trabalhar de casa",
                "fui contratado pra trabalhar remoto e começo essa semana",
                "minha empresa liberou home office a partir de {weekday}",
            ),
            {
                "scope": (
                    "commercial.new_subscription",
                    "commercial.plan_change",
                    "commercial.address_change",
                )
            },
        ),
        (
            "plan_deadline",
            (
                "preciso do plano novo ativo ainda essa semana",
                "a troca tem que valer antes de fechar a fatura",
                "com o plano de agora não dá pra trabalhar, preciso trocar logo",
                "preciso do upgrade pronto até {weekday}",
            ),
            {"scope": ("commercial.plan_change",)},
        ),
        (
            "cancel_deadline",
            (
                "preciso cancelar antes de fechar a próxima fatura",
                "quero cancelar antes de virar o mês",
                "a fatura fecha {weekday} e não quero pagar outra mensalidade",
                "vou morar fora e embarco semana que vem",
            ),
            {"scope": ("commercial.cancellation",)},
        ),
        # Durations without a number: not after a request that already says how long.
        (
            "since_morning",
            (
                "desde cedo nessa situação",
                "desde a madrugada desse jeito",
                "tá assim desde que acordei",
                "já passou de um dia inteiro nessa",
            ),
            {"scope": ("technical",), "duration": True},
        ),
        (
            "all_month",
            (
                "já é a semana inteira nessa situação",
                "tá desse jeito desde o começo do mês",
                "já vai pro segundo mês assim",
                "o mês todo desse jeito",
            ),
            {"scope": ("technical", "financial"), "duration": True},
        ),
        (
            "sos",
            ("socorro!", "SOS", "socorro, preciso de ajuda", "me socorram", "me acudam aqui"),
            {},
        ),
        (
            "rush",
            (
                "tô com muita pressa",
                "tô correndo contra o relógio",
                "não dá pra esperar",
                "o tempo tá correndo",
                "corre aí, por favor",
            ),
            {},
        ),
        (
            "priority",
            (
                "peço prioridade no atendimento",
                "coloquem como prioridade, por favor",
                "é caso de prioridade",
                "preciso que tratem como prioridade máxima",
            ),
            {},
        ),
        (
            "only_link",
            (
                "moro no sítio e a internet é meu único meio de comunicação",
                "aqui não pega sinal de celular, dependo do wifi pra tudo",
                "sem internet eu fico isolado aqui",
                "moro sozinha e sem internet fico sem comunicação nenhuma",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "travel",
            (
                "viajo amanhã e preciso deixar isso resolvido",
                "vou viajar {weekday} e não quero deixar pendência",
                "embarco amanhã cedo",
                "vou ficar fora a partir de amanhã",
            ),
            {},
        ),
        (
            "hosting",
            (
                "tenho hóspedes do Airbnb chegando hoje",
                "minha pousada tá cheia e os hóspedes sem wifi",
                "alugo quartos e os inquilinos dependem da internet",
                "o anúncio da minha casa de temporada promete wifi",
            ),
            {"scope": ("technical",)},
        ),
        (
            "official_appointment",
            (
                "tenho audiência online {clock}",
                "tenho teleperícia do INSS {clock}",
                "preciso fazer a prova de vida no app do banco hoje",
                "tenho atendimento no sistema do governo marcado {clock}",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "job_at_risk",
            (
                "meu chefe já tá no meu pé",
                "posso levar advertência no trabalho",
                "se eu não entrar no sistema hoje levo falta",
                "tô com medo de perder o emprego por causa disso",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "desperate",
            (
                "tô desesperada",
                "pelo amor de Deus me ajudem",
                "tô no desespero aqui",
                "me ajudem, por favor, tô desesperado",
            ),
            {},
        ),
        (
            "informal_now",
            (
                "preciso pra já",
                "é pra agr",
                "rapidinho pfv, tô com pressa",
                "corre q é sério",
                "n posso esperar",
            ),
            {},
        ),
        (
            "small_business_online",
            (
                "vendo bolo pelo insta e os pedidos chegam pela internet",
                "sou manicure e agendo tudo pelo whats",
                "minhas encomendas chegam todas pelo celular no wifi",
                "sou autônomo e atendo cliente por vídeo",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "shift_starts",
            (
                "meu turno começa {clock} e é tudo online",
                "entro no trabalho {clock} pelo computador",
                "começo a atender {clock} no sistema da empresa",
                "bato ponto online {clock}",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
        (
            "bills_due_online",
            (
                "tenho boletos pra pagar hoje pelo app do banco",
                "preciso resolver coisa do banco hoje ainda",
                "tenho pagamento pra fazer até o fim do dia",
            ),
            {"scope": ("technical", "financial")},
        ),
        (
            "urgent_informal",
            (
                "urgenteee",
                "preciso urgente",
                "é urgência, gente",
                "urgentíssimo",
                "é caso de urgência mesmo",
            ),
            {},
        ),
        (
            "before_tonight",
            (
                "até a noite tem que estar resolvido",
                "preciso disso funcionando ainda hoje à noite",
                "antes de escurecer, por favor",
                "tem que ser antes do fim do dia",
            ),
            {},
        ),
        (
            "tax_deadline",
            (
                "o prazo do imposto de renda acaba hoje",
                "tenho que mandar a declaração até meia-noite",
                "a nota fiscal do meu MEI tem que sair hoje",
                "o prazo da Receita vence hoje",
            ),
            {"scope": _NEEDS_SERVICE},
        ),
    )
)

# Lead-ins that go before the request ("desculpa incomodar, ..."); the rest close it.
_POLITE_OPENERS: Final = frozenset(
    {
        "question",
        "sorry_bother",
        "would_like",
        "if_ok",
        "help_me",
        "please",
        "silly_question",
        "sorry_insist",
        "understanding",
        "formal_request",
        "layperson",
    }
)

POLITENESS: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, opener=name in _POLITE_OPENERS, **extra)
    for name, variants, extra in (
        ("please", ("por favor", "por gentileza", "se possível", "pfv", "pf"), {}),
        (
            "thanks_ahead",
            (
                "obrigado desde já",
                "desde já agradeço",
                "agradeço desde já",
                "obrigada antecipadamente",
                "grato desde já",
            ),
            {},
        ),
        (
            "could_you",
            (
                "vocês poderiam verificar?",
                "seria possível ver isso?",
                "consegue me ajudar?",
                "podem me ajudar?",
            ),
            {},
        ),
        (
            "sorry_bother",
            (
                "desculpa incomodar",
                "desculpe o horário",
                "foi mal mandar mensagem agora",
                "perdão pelo incômodo",
            ),
            {},
        ),
        (
            "attention",
            (
                "agradeço a atenção",
                "obrigado pela atenção",
                "grato pela atenção",
                "obrigada pela atenção",
            ),
            {},
        ),
        # A calm "no rush" only fits non-urgent messages: a useful contrast for the urgency head.
        (
            "no_rush",
            ("sem pressa", "quando puderem", "quando der", "não é urgente"),
            {"urgent": False, "sentiment": "neutral"},
        ),
        (
            "would_like",
            (
                "gostaria de uma ajuda",
                "queria pedir uma ajuda",
                "queria uma informação",
                "gostaria de uma orientação",
            ),
            {},
        ),
        (
            "help_me",
            ("me ajuda aí", "me dá uma força", "me ajudem por favor", "preciso de uma ajudinha"),
            {},
        ),
        (
            "if_ok",
            ("se não for incômodo", "se não for pedir muito", "se der", "se for possível"),
            {},
        ),
        ("question", ("só uma dúvida", "uma pergunta", "só pra entender", "tenho uma dúvida"), {}),
        (
            "kindly_check",
            (
                "verifiquem por gentileza",
                "peço que verifiquem",
                "peço a gentileza de verificar",
                "podem dar uma olhada?",
            ),
            {},
        ),
        (
            "appreciate",
            (
                "agradeço se puderem ver",
                "fico grato se puderem ajudar",
                "agradeceria muito a ajuda",
                "agradeço se conseguirem olhar isso",
            ),
            {},
        ),
        (
            "count_on",
            (
                "conto com vocês",
                "conto com a ajuda de vocês",
                "sei que vocês vão me ajudar",
                "confio em vocês pra resolver",
            ),
            {},
        ),
        (
            "ask_info",
            (
                "podem me informar?",
                "me falem por favor",
                "aguardo informação",
                "me explica como funciona?",
            ),
            {},
        ),
        ("thanks_plain", ("obrigado", "obrigada", "brigado", "valeu"), {}),
        (
            "silly_question",
            (
                "desculpa se for pergunta boba",
                "perdão se aqui não for o canal certo",
                "me desculpe a ignorância",
                "desculpa se eu não souber explicar direito",
            ),
            {},
        ),
        (
            "sorry_insist",
            (
                "desculpe a insistência",
                "perdão por mandar de novo",
                "desculpa a mensagem repetida",
                "me perdoe se já mandei isso antes",
            ),
            {"channels": WRITTEN},
        ),
        (
            "understanding",
            (
                "sei que vocês têm muita demanda",
                "imagino que esteja corrido aí",
                "sei que não é culpa sua",
                "entendo que vocês têm um processo",
            ),
            {},
        ),
        (
            "redirect_ok",
            (
                "se não for com vocês, me direcionem por favor",
                "caso não seja esse o setor, podem encaminhar?",
                "se for outro setor, me passa o contato",
                "se eu tiver no lugar errado, me avisa",
            ),
            {},
        ),
        # Letter-like openings: e-mail and web forms, not chat bursts or calls.
        (
            "formal_request",
            (
                "venho por meio deste canal pedir ajuda",
                "escrevo para solicitar o apoio de vocês",
                "entro em contato para pedir uma orientação",
                "escrevo para pedir a gentileza de uma análise",
            ),
            {"channels": ("email", "web_chat")},
        ),
        (
            "who_is_this",
            (
                "com quem eu falo?",
                "qual é o seu nome?",
                "com quem tenho o prazer de falar?",
                "quem tá me atendendo?",
            ),
            {"channels": ("phone", "whatsapp", "web_chat")},
        ),
        (
            "confirm_receipt",
            (
                "só me avisa se recebeu",
                "podem confirmar se chegou?",
                "me confirmem que receberam essa mensagem",
                "peço que acusem o recebimento",
            ),
            {"channels": WRITTEN},
        ),
        (
            "layperson",
            (
                "não entendo muito dessas coisas",
                "sou meio leigo nisso",
                "não sou muito de tecnologia",
                "não manjo nada disso, desculpa",
            ),
            {},
        ),
    )
)

_GREETING_CHANNELS: Final[dict[str, tuple[Channel, ...]]] = {
    "phone_hello": ("phone", "whatsapp"),
    "formal": ("email", "web_chat"),
    "team": WRITTEN,
}

GREETING: Final[tuple[CueFamily, ...]] = tuple(
    _f(
        name,
        *variants,
        # "aqui é a titular da conta" presumes a contract.
        scope=(*EXISTING_CUSTOMER, "other.greeting") if name == "introduce" else EVERYWHERE,
        channels=_GREETING_CHANNELS.get(name, CHANNELS),
    )
    for name, variants in (
        ("oi", ("oi", "oii", "oi oi", "oie", "oiee")),
        ("ola", ("olá", "ola", "olá, tudo bem?", "olá pessoal")),
        ("morning", ("bom dia", "bom diaa", "bom dia!", "bom dia, tudo certo?")),
        ("afternoon", ("boa tarde", "boa tardee", "boa tarde!", "boa tarde, tudo joia?")),
        ("evening", ("boa noite", "boa noite pessoal", "boa noite, tudo bem?", "boa noite gente")),
        ("how_are_you", ("oi, tudo bem?", "tudo bem?", "td bem?", "tudo bom?", "como vai?")),
        ("hey", ("e aí", "eae", "fala pessoal", "salve")),
        ("formal", ("prezados", "prezados, boa tarde", "prezada equipe", "caros senhores")),
        (
            "team",
            (
                "olá, equipe de atendimento",
                "oi, suporte",
                "oi pessoal do suporte",
                "olá, central de atendimento",
            ),
        ),
        ("attendant", ("oi moça", "oi moço", "olá atendente", "oi querida")),
        ("phone_hello", ("alô", "alô, bom dia", "alô, oi", "alô, boa tarde")),
        (
            "wish_well",
            (
                "bom dia, espero que estejam bem",
                "boa tarde, espero que esteja tudo bem",
                "olá, tudo tranquilo?",
                "oi, boa tarde, espero que estejam todos bem",
            ),
        ),
        (
            "introduce",
            (
                "oi, aqui é cliente de vocês",
                "bom dia, sou cliente aqui do bairro {neighbourhood}",
                "olá, aqui é a titular da conta",
                "boa tarde, aqui quem fala é o titular",
            ),
        ),
        ("again", ("oi de novo", "olá novamente", "voltei", "oi, sou eu de novo")),
        ("casual", ("opa", "opa, boa tarde", "fala aí", "buenas")),
        (
            "excuse_me",
            ("com licença", "licença, boa tarde", "com licença, bom dia", "licença, pessoal"),
        ),
    )
)

_EXPECTS_REPLY_CLOSINGS: Final = frozenset({"await", "reply_here", "waiting_online", "hope"})

CLOSING: Final[tuple[CueFamily, ...]] = tuple(
    _f(
        name,
        *variants,
        scope=EXPECTS_REPLY if name in _EXPECTS_REPLY_CLOSINGS else EVERYWHERE,
        long_only=name == "sorry_long",
        channels=WRITTEN if name in {"reply_here", "emoji", "sorry_long"} else CHANNELS,
    )
    for name, variants in (
        ("await", ("aguardo retorno", "fico no aguardo", "aguardo resposta", "no aguardo")),
        ("hug", ("abraço", "abs", "um abraço", "grande abraço")),
        ("bye", ("tchau", "até mais", "até logo", "falou")),
        ("wish", ("tenha um bom dia", "bom trabalho pra vocês", "boa semana", "bom fim de semana")),
        ("god", ("fiquem com Deus", "Deus abençoe", "vai com Deus", "fica com Deus")),
        (
            "reply_here",
            (
                "pode responder por aqui",
                "me chama aqui mesmo",
                "podem me retornar nesse número",
                "me retornem por e-mail",
            ),
        ),
        (
            "waiting_online",
            (
                "tô aguardando aqui",
                "fico aguardando online",
                "vou ficar esperando aqui",
                "sigo aguardando aqui",
            ),
        ),
        (
            "available",
            (
                "qualquer dúvida estou à disposição",
                "se precisar de mais informação me avisa",
                "qualquer coisa me chama",
                "fico à disposição",
            ),
        ),
        ("thanks", ("obrigado", "obrigada", "grato", "grata", "brigada")),
        (
            "sorry_long",
            (
                "desculpa o textão",
                "foi mal a mensagem grande",
                "desculpe a mensagem longa",
                "perdão pelo texto enorme",
            ),
        ),
        ("emoji", ("🙏", "🙏🏻", "👍", "👍🏼")),
        ("that_is_all", ("é isso", "era isso", "só isso mesmo", "por enquanto é só")),
        ("see_you", ("até breve", "até a próxima", "nos falamos", "a gente se fala")),
        (
            "hope",
            ("espero retorno", "espero uma resposta", "aguardo contato", "espero um retorno breve"),
        ),
        (
            "good_day",
            (
                "bom dia pra vocês",
                "boa tarde pra vocês",
                "boa noite e obrigado",
                "bom descanso pra equipe",
            ),
        ),
    )
)

_NAMES: Final[tuple[str, ...]] = (
    "Maria Aparecida Souza",
    "José Carlos Pereira",
    "Ana Paula Ribeiro",
    "João Batista Lima",
    "Francisca Oliveira",
    "Antônio Ferreira",
    "Juliana Rocha",
    "Marcos Vinícius Alves",
    "Patrícia Gomes",
    "Luiz Fernando Costa",
    "Fernanda Martins",
    "Carlos Eduardo Santos",
    "Adriana Barbosa",
    "Paulo Henrique Dias",
    "Sandra Regina Melo",
    "Rafael Nogueira",
    "Luciana Teixeira",
    "Ricardo Moreira",
    "Camila Cardoso",
    "Sebastião Araújo",
)


def _signatures(template: str, start: int, count: int = 5) -> tuple[str, ...]:
    names = _NAMES[start:] + _NAMES[:start]
    return tuple(template.format(name=name, first=name.split()[0]) for name in names[:count])


SIGNATURE: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, scope=EVERYWHERE)
    for name, variants in (
        ("att", _signatures("Att.,\n{name}", 0)),
        ("atenciosamente", _signatures("Atenciosamente,\n{name}", 2)),
        ("obrigado_name", _signatures("Obrigado,\n{name}", 4)),
        ("grato", _signatures("Grato(a),\n{name}", 6)),
        ("abs_first", _signatures("Abs,\n{first}", 8)),
        ("cordialmente", _signatures("Cordialmente,\n{name}", 10)),
        (
            "mobile",
            (
                "Enviado do meu iPhone",
                "Enviado do meu smartphone Samsung Galaxy",
                "Enviado do Outlook para Android",
                "Enviado do meu celular",
            ),
        ),
        ("name_phone", _signatures("{name}\nTel: (**) *****-****", 12)),
        ("business", _signatures("{name}\nMercadinho Bom Preço", 14)),
        ("name_only", _signatures("{name}", 16)),
        ("since", _signatures("{name} - cliente desde 2019", 18)),
        ("sem_mais", _signatures("Sem mais,\n{name}", 1)),
        ("desde_ja", _signatures("Desde já agradeço,\n{first}", 3)),
        ("saudacoes", _signatures("Saudações,\n{name}", 5)),
        ("atte", _signatures("At.te,\n{name}", 7)),
    )
)

# Background that reads well before the request; the rest (contact, protocol...) follows it.
_BACKGROUND: Final = frozenset(
    {
        "customer_since",
        "address",
        "plan",
        "holder",
        "household",
        "building",
        "referral",
        "previous_provider",
        "writing_from",
        "explain",
        "routine",
    }
)

CONTEXT: Final[tuple[CueFamily, ...]] = tuple(
    _f(name, *variants, opener=name in _BACKGROUND, **extra)
    for name, variants, extra in (
        (
            "explain",
            (
                "vou explicar desde o começo",
                "deixa eu explicar a situação",
                "vou contar o que aconteceu",
                "vou explicar direitinho pra vocês entenderem",
            ),
            {},
        ),
        (
            "routine",
            (
                "uso a internet principalmente à noite",
                "aqui em casa a gente usa mais pra estudar e ver série",
                "tenho dois celulares, uma tv e um notebook conectados",
                "quase não paro em casa durante a semana",
            ),
            {},
        ),
        (
            "contact_history",
            (
                "já entrei em contato pelo telefone e pelo chat",
                "expliquei tudo pra atendente e ela abriu um chamado",
                "me transferiram pra outro setor",
                "a atendente anotou tudo e pediu pra aguardar",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "promised_deadline",
            (
                "me passaram um prazo de 48 horas",
                "disseram que em até cinco dias úteis teria resposta",
                "me pediram pra aguardar o retorno",
                "falaram que alguém ia entrar em contato",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "evidence",
            (
                "tenho print de tudo",
                "guardei os comprovantes",
                "posso mandar foto se precisar",
                "tenho tudo anotado aqui",
            ),
            {},
        ),
        (
            "customer_since",
            (
                "sou cliente de vocês há {months}",
                "tenho o plano com vocês faz {months}",
                "sou cliente desde o ano passado",
                "assinei com vocês faz {months}",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "address",
            (
                "moro no bairro {neighbourhood}",
                "meu endereço é na {street}, bairro {neighbourhood}",
                "aqui no bairro {neighbourhood}, em {city}",
                "moro na {street}",
            ),
            {},
        ),
        (
            "plan",
            (
                "tenho {plan} com vocês",
                "contratei {plan}",
                "assinei {plan}",
                "o meu plano atual: {plan}",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "called_before",
            (
                "já falei com o atendimento por telefone",
                "liguei {date} e me mandaram falar por aqui",
                "falei com uma atendente no chat {date}",
                "mandei mensagem {date} também",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "protocol",
            (
                "o protocolo é {protocol}",
                "anotei o protocolo {protocol}",
                "o número do atendimento anterior é {protocol}",
                "tenho o protocolo {protocol} aqui",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "holder",
            (
                "o contrato está no nome da minha esposa",
                "a conta tá no nome do meu pai",
                "sou o titular da conta",
                "o cadastro tá no nome da minha mãe",
            ),
            {"scope": EXISTING_CUSTOMER},
        ),
        (
            "household",
            (
                "aqui em casa somos em quatro pessoas",
                "moro com meus dois filhos",
                "moro sozinho",
                "aqui em casa todo mundo usa a internet",
            ),
            {},
        ),
        (
            "app_tried",
            (
                "tentei pelo aplicativo mas não consegui",
                "o app de vocês não abre",
                "tentei pelo site e deu erro",
                "procurei no app e não achei a opção",
            ),
            {},
        ),
        (
            "schedule",
            (
                "só chego em casa {clock}",
                "trabalho o dia todo fora",
                "só consigo responder à noite",
                "de manhã não tem ninguém em casa",
            ),
            {},
        ),
        (
            "contact",
            (
                "meu número pra contato é esse mesmo",
                "pode me ligar nesse número",
                "se precisar, meu WhatsApp é esse",
                "meu e-mail é o do cadastro",
            ),
            {},
        ),
        (
            "building",
            (
                "moro em apartamento, no terceiro andar",
                "é uma casa de fundos",
                "é um prédio de quatro andares",
                "é uma casa de esquina",
            ),
            {},
        ),
        (
            "referral",
            (
                "minha vizinha também é cliente de vocês",
                "foi meu cunhado que me indicou vocês",
                "meu irmão também tem o plano de vocês",
                "conheci vocês por indicação de um amigo",
            ),
            {},
        ),
        (
            "previous_provider",
            (
                "antes eu tinha {provider}",
                "antes de vocês eu usava {provider}",
                "até ano passado eu tinha {provider}",
                "vim de outra operadora faz pouco tempo",
            ),
            {},
        ),
        (
            "payment_habit",
            (
                "pago sempre no débito automático",
                "costumo pagar por pix",
                "pago pelo app do banco",
                "sempre paguei em dia",
            ),
            {"scope": ("financial",)},
        ),
        (
            "tried_restart",
            (
                "já reiniciei o roteador várias vezes",
                "já tirei da tomada e liguei de novo",
                "os cabos estão todos certinhos",
                "já desliguei e liguei tudo",
            ),
            {
                "scope": (
                    "technical.no_connection",
                    "technical.slow_connection",
                    "technical.intermittent",
                    "technical.wifi_equipment",
                )
            },
        ),
        (
            "writing_from",
            (
                "tô escrevendo do trabalho",
                "tô mandando pelo celular da minha filha",
                "tô usando o 4G do celular pra mandar isso",
                "tô mandando do wifi da vizinha",
            ),
            {"scope": ("technical.no_connection", "technical.intermittent")},
        ),
        # The story of a long complaint, told in order (see `STORY_ORDER`): first contact,
        # what happened next, what they were told, where it stands, escalation, an ultimatum.
        # The last three complain by themselves, so they only join frustrated messages.
        (
            "story_first_contact",
            (
                "tudo começou {date}, quando entrei em contato pela primeira vez",
                "liguei {date} e abriram o protocolo {protocol}",
                "a primeira vez que eu falei com vocês sobre isso foi {date}",
                "{date} abri um chamado pelo aplicativo, protocolo {protocol}",
            ),
            {"scope": EXISTING_CUSTOMER, "long_only": True},
        ),
        (
            "story_next_steps",
            (
                "depois disso mandei mensagem pelo WhatsApp e me pediram pra aguardar",
                "no dia seguinte liguei de novo e disseram que o chamado estava em andamento",
                "na segunda ligação me passaram outro número de protocolo",
                "me pediram foto e print e eu mandei tudo no mesmo dia",
            ),
            {"scope": EXISTING_CUSTOMER, "long_only": True},
        ),
        (
            "story_what_they_said",
            (
                "a atendente disse que era um problema na região",
                "o suporte falou que o problema era do meu lado",
                "me disseram que precisava passar pro setor responsável",
                "no sistema de vocês aparece que está tudo normal, segundo a atendente",
            ),
            {"scope": EXISTING_CUSTOMER, "long_only": True},
        ),
        (
            "story_current_state",
            (
                "até o momento em que escrevo essa mensagem nada foi resolvido",
                "hoje é {weekday} e continuo na mesma situação",
                "até agora ninguém me deu uma posição",
                "continuo esperando e ninguém me procura",
            ),
            {"scope": EXISTING_CUSTOMER, "long_only": True, "sentiment": "frustrated"},
        ),
        (
            "story_escalation",
            (
                "já falei com supervisor, com a ouvidoria e nada",
                "registrei no consumidor.gov e vocês responderam com texto pronto",
                "fui na loja pessoalmente e me mandaram ligar no 0800",
                "reclamei no Reclame Aqui e a resposta foi um copia e cola",
            ),
            {"scope": EXISTING_CUSTOMER, "long_only": True, "sentiment": "frustrated"},
        ),
        (
            "story_ultimatum",
            (
                "se até {weekday} não resolverem, cancelo e peço o dinheiro de volta",
                "dou até o fim da semana, depois disso é Procon",
                "se não resolverem vou no Procon com todos esses protocolos em mãos",
                "o próximo passo é a Anatel e o juizado de pequenas causas",
            ),
            {"scope": _STAYING, "long_only": True, "sentiment": "frustrated"},
        ),
    )
)

# Story context families in the order a complaint tells them; long messages keep this order.
STORY_ORDER: Final[tuple[str, ...]] = (
    "story_first_contact",
    "story_next_steps",
    "story_what_they_said",
    "story_current_state",
    "story_escalation",
    "story_ultimatum",
)

CUE_BANKS: Final[dict[str, tuple[CueFamily, ...]]] = {
    "frustration": FRUSTRATION,
    "praise": PRAISE,
    "urgency": URGENCY,
    "politeness": POLITENESS,
    "greeting": GREETING,
    "closing": CLOSING,
    "signature": SIGNATURE,
    "context": CONTEXT,
}

# Slots only cues use: counts, and clock times that read after a verb ("reunião às 14h").
_COUNTS: Final[tuple[str, ...]] = ("duas", "três", "quatro", "cinco", "várias", "3", "4")
_CLOCK: Final[tuple[str, ...]] = (
    "às 8h",
    "às 9h",
    "às 10h",
    "às 11h",
    "ao meio-dia",
    "às 14h",
    "às 15h30",
    "às 16h",
    "às 19h",
    "hoje à tarde",
    "amanhã cedo",
    "daqui a pouco",
)


def cue_id(bank: str, family: CueFamily) -> str:
    """The stable identifier of a cue family, as stored in the `cue_families` column."""
    return f"{bank}/{family.name}"


def draw_slot_values(rng: random.Random) -> dict[str, str]:
    """One value per slot for a whole message, so its sentences agree ("300 mega" twice).

    Covers the template slots of `training.corpus.slots.SLOTS` and the cue-only slots.
    """
    values = {name: rng.choice(options) for name, options in SLOTS.items()}
    values["count"] = rng.choice(_COUNTS)
    values["clock"] = rng.choice(_CLOCK)
    values["protocol"] = str(rng.randrange(10**9, 10**10))
    return values


def render_cue(variant: str, values: Mapping[str, str]) -> str:
    """Fill the `{slot}` placeholders of one cue variant with the message's slot values."""
    text = variant.format_map(values)
    # A shouted cue stays shouted once its slots are filled ("SEM INTERNET HÁ 3 DIAS").
    return text.upper() if _is_shouted(variant) else text


def _is_shouted(variant: str) -> bool:
    letters = [c for c in re.sub(r"\{\w+\}", "", variant) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
