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
    )
)

# Lead-ins that go before the request ("desculpa incomodar, ..."); the rest close it.
_POLITE_OPENERS: Final = frozenset(
    {"question", "sorry_bother", "would_like", "if_ok", "help_me", "please"}
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
    )
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
