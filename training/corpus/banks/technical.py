"""Phrase bank for the technical sub_intents (no connection, slowness, drops, wifi, visits).

Each family is one distinct way of asking (situation, vocabulary, point of view); its templates
are paraphrases of each other, so holding a whole family out tests generalisation. Families that
carry tone or urgency in their own wording set `sentiment` / `urgent`; the rest leave them None
for the composer. Families named `not_*` / `*_threat` / `*_sarcasm` are deliberate hard cases
that must keep the technical label despite negations, money talk or cancellation threats.
`complaint_title_*` families read like complaint-site titles and `colloquial_*` families use
slang and regional wording, because real messages use both far more than our plain templates.
"""

from __future__ import annotations

from training.corpus.banks.train_only import with_train_only
from training.corpus.families import Family

NO_CONNECTION: tuple[Family, ...] = (
    Family(
        name="red_los_light",
        templates=(
            "a luz LOS tá vermelha e a internet não funciona",
            "tem uma luz vermelha piscando no aparelho e tô sem internet",
            "o modem tá com a luzinha vermelha acesa, nada conecta",
            "acendeu uma luz vermelha escrito LOS na caixinha e caiu tudo",
            "hoje {time} acendeu a luz vermelha do LOS e não apagou mais",
            "luz vermelha no roteador, o que eu faço? internet zero",
            "o equipamento da fibra tá com o led vermelho e não entra nada",
            "aparece um LOS vermelho no modem da fibra e fiquei sem acesso",
        ),
        details=(
            "já tirei da tomada e liguei de novo, continua vermelho",
            "os cabos estão bem encaixados, conferi um por um",
            "antes as luzes ficavam todas verdes",
        ),
    ),
    Family(
        name="lights_pattern",
        templates=(
            "a luz PON fica piscando e não firma",
            "só a luz de energia acende no modem, as outras apagaram",
            "a luzinha da internet no roteador não acende mais",
            "o aparelho tá ligado mas a luz do globinho tá apagada",
            "as luzes ficam piscando sem parar e não conecta em nada",
            "o led que mostra a internet tá laranja e nada funciona",
        ),
        details=(
            "tirei uma foto das luzes se precisarem",
            "reiniciei tudo aqui, inclusive {equipment}, e ficou igual",
            "não mexi em nada, amanheceu assim",
        ),
    ),
    Family(
        name="terse_outage",
        templates=(
            "sem net",
            "net caiu",
            "internet fora do ar",
            "caiu tudo aqui",
            "tô sem internet",
            "nada de internet aqui",
            "internet parou",
            "zero internet",
        ),
        details=(
            "desde cedo assim",
            "já reiniciei o roteador",
            "aqui no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="fibre_cut",
        templates=(
            "um caminhão passou e arrebentou o fio da fibra aqui na frente, fiquei sem internet",
            "o cabo da internet tá caído no chão na {street} e desde então não tenho sinal",
            "cortaram o fio da fibra na poda da árvore e a net morreu",
            "tem um fio de vocês rompido no poste em frente de casa, tô sem internet desde {date}",
            "caiu um galho em cima do cabo e rompeu, agora não tem internet nenhuma",
            "a obra da rua arrancou o cabo e a internet foi junto",
            "o fio que chega na minha casa foi cortado e fiquei sem conexão",
        ),
        details=(
            "dá pra ver o cabo pendurado do poste",
            "os vizinhos também ficaram sem",
            "foi a turma da prefeitura podando as árvores",
        ),
    ),
    Family(
        name="after_storm",
        templates=(
            "depois da chuva de ontem a internet não voltou mais",
            "caiu um temporal aqui e desde então tô sem internet",
            "acabou a luz na tempestade, a energia voltou mas a internet não",
            "deu um raio perto de casa e a internet sumiu",
            "com a ventania de noite fiquei sem conexão nenhuma",
            "choveu forte aqui em {city} e a net não voltou até agora",
            "depois da queda de energia o sinal da internet não voltou",
        ),
        details=(
            "a energia já voltou faz tempo",
            "o modem liga normal, só não tem internet",
            "a rua toda ficou sem luz durante a chuva",
        ),
    ),
    Family(
        name="paid_up_not_blocked",
        templates=(
            "minha conta tá em dia, não é bloqueio, a internet caiu mesmo",
            "já conferi e não tenho nada atrasado, então por que tô sem internet?",
            "paguei a fatura certinho no vencimento e mesmo assim tô sem conexão desde {date}",
            "não tenho boleto vencido, não é corte por falta de pagamento, a net parou sozinha",
            "tô com os pagamentos todos em dia e a internet parou de funcionar",
            "a mensalidade de {amount} foi debitada no cartão e a net tá fora do ar",
            "não é problema de pagamento, tá tudo quitado, o sinal que não chega",
        ),
        details=(
            "pago no débito automático faz anos",
            "olhei no aplicativo e não tem nenhuma pendência",
            "tenho o comprovante se precisar, mas o problema é técnico",
        ),
    ),
    Family(
        name="paying_for_nothing",
        sentiment="frustrated",
        templates=(
            "pago {amount} todo mês pra ficar sem internet, que palhaçada",
            "tô pagando por uma internet que não existe, de novo sem sinal",
            "a fatura vocês não esquecem de mandar, mas internet que é bom nada",
            "cobrar vocês sabem, agora entregar internet ninguém entrega, tô sem conexão",
            "absurdo pagar {amount} e estar sem internet nenhuma",
            "sem internet nenhuma e a conta chegando direitinho, que beleza",
        ),
        details=(
            "sou cliente há {months} e nunca atrasei uma fatura",
            "e ainda vou ter que pagar a mensalidade inteira",
            "já reclamei com {company} outras vezes",
        ),
    ),
    Family(
        name="connected_no_internet",
        templates=(
            "o wifi aparece conectado mas não abre nada",
            "o celular conecta na rede mas diz sem internet",
            "aparece conectado, sem acesso à internet, em todos os aparelhos",
            "a rede tá lá, conecta, mas nenhum site carrega e o zap não manda mensagem",
            "tá com aquele triângulo amarelo de sem internet no computador",
            "o wi-fi conecta só que nada navega, nem o whatsapp",
            "fica escrito conectado sem internet e não sai disso",
        ),
        details=(
            "testei no celular e no notebook, mesma coisa",
            "com o cabo direto no computador também não vai",
            "o nome da rede aparece normal na lista",
        ),
    ),
    Family(
        name="nothing_connects",
        templates=(
            "nenhum aparelho aqui de casa consegue entrar na internet",
            "nada conecta, nem celular, nem tv, nem computador",
            "a casa inteira tá sem internet desde cedo",
            "testei até com {device} e nada, não conecta de jeito nenhum",
            "todo mundo aqui em casa tá sem internet, nenhum dispositivo navega",
            "sumiu a internet de todos os aparelhos ao mesmo tempo",
        ),
        details=(
            "aqui em casa somos quatro e ninguém consegue usar",
            "reiniciei todos os aparelhos um por um",
        ),
    ),
    Family(
        name="since_technician_left",
        templates=(
            "o técnico veio {date} mexer na caixa e desde então tô sem internet",
            "depois que o técnico foi embora a internet parou de vez",
            "mandaram um técnico pra arrumar uma coisa e agora não tenho internet nenhuma",
            "fizeram manutenção no poste hoje e minha internet não voltou",
            "desde a visita do técnico ontem fiquei sem sinal",
            "o rapaz da instalação mexeu aqui, saiu, e a conexão morreu",
            "trocaram meu modem e o novo não pega internet",
        ),
        details=(
            "ele disse que tava tudo funcionando quando saiu",
            "ele mexeu na caixa do poste também",
            "tenho o número do protocolo da visita",
        ),
    ),
    Family(
        name="area_outage_question",
        templates=(
            "tá tendo problema geral no bairro {neighbourhood}? ninguém aqui tem internet",
            "é só comigo ou a internet caiu na região toda?",
            "vocês estão com alguma falha aqui em {city}? tô sem conexão",
            "tem alguma manutenção programada? minha internet sumiu",
            "a vizinhança inteira tá sem internet, é pane de vocês?",
            "queria saber se tem previsão de volta da internet na {street}",
            "existe alguma queda geral hoje? estou sem acesso",
        ),
        details=(
            "o vizinho do lado também tá sem",
            "perguntei no grupo do condomínio e todo mundo tá igual",
            "moro na {street}",
        ),
    ),
    Family(
        name="not_slow_but_down",
        templates=(
            "não é lentidão não, é sem internet nenhuma mesmo",
            "não tá lenta, tá parada, não carrega absolutamente nada",
            "não é que tá devagar, a internet simplesmente não existe aqui",
            "nem é questão de velocidade, não conecta de jeito nenhum",
            "o teste de velocidade nem abre, dá zero, não é lentidão, é falta de internet",
            "lenta seria bom, o problema é que não tem internet",
        ),
        details=(
            "da última vez disseram que era lentidão, mas agora é diferente",
            "nem o site de teste carrega",
        ),
    ),
    Family(
        name="not_drops_but_gone",
        templates=(
            "não é que cai e volta, caiu {date} e não voltou mais",
            "antes ela oscilava, agora morreu de vez",
            "não tá instável, tá fora do ar direto",
            "não é queda rápida não, tô sem internet faz horas",
            "nada de cair e voltar, ela simplesmente parou e ficou parada",
            "não está oscilando, a conexão foi embora e não volta",
        ),
        details=(
            "já esperei pra ver se voltava sozinha",
            "desliguei o modem por meia hora e nada",
        ),
    ),
    Family(
        name="outage_sarcasm",
        sentiment="frustrated",
        templates=(
            "parabéns pela internet que não funciona",
            "que maravilha, mais um dia sem internet, vocês são demais",
            "adoro pagar por uma internet que só existe no contrato",
            "a internet de vocês é tão boa que nem aparece",
            "nossa, que serviço excelente, tô desde cedo sem conexão",
            "obrigado por me deixar sem internet de novo, serviço impecável",
            "sumiu a internet de novo, que surpresa",
        ),
        details=(
            "já liguei três vezes e só mandam reiniciar o modem",
            "o atendimento automático não resolve nada",
        ),
    ),
    Family(
        name="outage_cancel_threat",
        sentiment="frustrated",
        templates=(
            "se a internet não voltar hoje eu cancelo",
            "tô sem internet de novo, se não resolverem vou no Procon",
            "ou vocês arrumam minha conexão ou vou mudar pra {provider}",
            "vou abrir reclamação na Anatel se continuar sem internet",
            "último aviso: sem internet até amanhã eu cancelo o contrato",
            "minha internet caiu e ninguém resolve, tô a um passo de cancelar",
            "podem vir buscar o modem se não for pra ter internet",
        ),
        details=(
            "já tenho protocolo aberto e nada",
            "já fui ver preço em outra operadora",
            "não quero cancelar, quero que funcione",
        ),
    ),
    Family(
        name="outage_angry_rant",
        sentiment="frustrated",
        templates=(
            "que porcaria, caiu a internet de novo",
            "internet lixo, tô sem conexão outra vez",
            "tô de saco cheio, de novo essa internet fora do ar",
            "não é possível, mais uma vez sem internet nessa casa",
            "que raiva, a internet sumiu de novo e ninguém explica nada",
            "toda semana a mesma palhaçada, sem net",
        ),
        details=(
            "já perdi a paciência com {company}",
            "é a terceira vez só esse mês",
        ),
    ),
    Family(
        name="home_office_urgent",
        urgent=True,
        templates=(
            "preciso da internet agora, trabalho em home office e tô sem conexão",
            "urgente: fiquei sem internet e tenho reunião daqui a pouco",
            "trabalho de casa e a net caiu, não posso ficar parado, resolvam rápido",
            "tô sem internet e preciso entregar um trabalho hoje, me ajudem por favor",
            "caiu a internet bem no meio do expediente, preciso dela funcionando agora",
            "sem internet e com prova online em uma hora, é urgente",
        ),
        details=(
            "meu chefe já tá me cobrando",
            "uso a internet pra atender clientes o dia todo",
            "tô usando o 4G do celular mas não dá conta",
        ),
    ),
    Family(
        name="business_down",
        urgent=True,
        templates=(
            "a internet da loja caiu e não tô conseguindo passar cartão",
            "meu comércio tá sem internet, a maquininha não funciona",
            "estou sem internet no consultório e não consigo acessar o sistema dos pacientes",
            "a conexão do escritório caiu e tá tudo parado aqui",
            "sem internet no restaurante em pleno horário de almoço, o sistema de pedidos não roda",
            "o pix da minha loja não funciona porque a internet caiu",
        ),
        details=(
            "estou perdendo venda",
            "tenho funcionários parados esperando",
            "o plano é empresarial",
        ),
    ),
    Family(
        name="long_outage",
        urgent=True,
        # Days without service are a complaint, even when written calmly ("SEM INTERNET HA 9 DIAS").
        sentiment="frustrated",
        templates=(
            "estou sem internet há {duration}",
            "faz {duration} que não tenho conexão nenhuma",
            "tô {duration} sem internet em casa",
            "completou {duration} sem sinal nenhum aqui",
            "vai fazer {duration} que estou sem conexão",
            "{duration} sem internet e até agora ninguém apareceu",
        ),
        details=(
            "já abri dois protocolos nesse tempo",
            "nesse tempo tentei de tudo que me mandaram fazer",
            "desde {date} tô usando dados móveis",
        ),
    ),
    Family(
        name="greeting_outage",
        templates=(
            "boa tarde, minha net caiu",
            "oi, bom dia, tô sem internet aqui",
            "olá, boa noite, estou sem conexão desde cedo",
            "oi tudo bem? minha internet parou de funcionar",
            "bom dia pessoal, a internet aqui de casa não tá funcionando",
            "olá, poderiam me ajudar? fiquei sem internet",
        ),
        details=(
            "sou cliente há {months}",
            "o contrato está no meu nome",
        ),
    ),
    Family(
        name="on_behalf_outage",
        templates=(
            "a internet da minha mãe tá fora, ela mora na {street}",
            "tô escrevendo pela minha vó, a internet dela parou e ela não sabe mexer",
            "sou filho do titular, a internet lá de casa caiu",
            "meu pai pediu pra avisar que a internet dele não funciona desde {date}",
            "o titular é meu marido, mas quem usa sou eu e estamos sem internet",
            "a casa da minha tia no bairro {neighbourhood} tá sem sinal de internet",
        ),
        details=(
            "ela é idosa e usa a internet pra falar com a família",
            "o contrato tá no nome dele",
            "posso passar o CPF do titular",
        ),
    ),
    Family(
        name="complaint_title_outage",
        # Reads like a complaint-site title: formal, terse, no greeting.
        templates=(
            "Internet sem funcionar na minha residência",
            "Serviço de internet interrompido",
            "Falta de sinal de internet no endereço",
            "Internet fora do ar e sem previsão de retorno",
            "Ausência total de conexão",
            "Internet não conecta desde {date}",
            "Sem acesso à internet contratada",
        ),
        details=(
            "Entrei em contato pelo aplicativo e pelo telefone",
            "O modem está ligado, mas não navega",
            "Solicito o restabelecimento do serviço",
        ),
    ),
    Family(
        name="woke_up_offline",
        templates=(
            "acordei hoje e a internet tinha sumido",
            "cheguei do trabalho e a net não tava funcionando",
            "ontem à noite tava normal, hoje de manhã nada de internet",
            "fui dormir com internet e acordei sem",
            "voltei do mercado e a internet tinha parado",
            "quando levantei a internet já não funcionava",
            "de manhãzinha já tava sem conexão nenhuma",
        ),
        details=(
            "ninguém mexeu em nada durante a noite",
            "as luzes do modem estão diferentes do normal",
            "deixei o modem ligado a noite toda como sempre",
        ),
    ),
    Family(
        name="what_should_i_do",
        templates=(
            "minha internet não conecta, o que eu faço?",
            "como faço pra internet voltar?",
            "tem alguma coisa que eu possa fazer aqui pra conexão voltar?",
            "me ajuda, a internet não volta de jeito nenhum",
            "me explica o passo a passo pra fazer a internet funcionar de novo",
            "o que eu preciso fazer pra ter internet de novo?",
            "alguém me orienta? não tenho internet nenhuma aqui",
            "tem algum procedimento pra eu tentar? a net não entra",
        ),
        details=(
            "não entendo muito dessas coisas",
            "já desliguei e liguei o {equipment}",
            "quem instalou tudo aqui foi meu filho",
        ),
    ),
    Family(
        name="outage_ticket_follow_up",
        templates=(
            "abri um chamado porque fiquei sem internet e até agora nada, alguma novidade?",
            "tenho protocolo aberto de falta de internet, quando vão resolver?",
            "queria saber o andamento do meu chamado, continuo sem conexão",
            "já reportei que tô sem internet, tem alguma atualização?",
            "ontem me deram um protocolo da queda e a internet ainda não voltou",
            "falaram que em algumas horas a internet voltava e ela não voltou",
            "liguei de manhã avisando que tava sem internet, já tem retorno?",
        ),
        details=(
            "o número do protocolo é o que chegou por SMS",
            "o atendente disse que era problema na região",
            "desde então não recebi nenhuma mensagem",
        ),
    ),
    Family(
        name="mobile_data_fallback",
        templates=(
            "tô usando os dados do celular porque a internet de casa parou",
            "tô escrevendo pelo 4G, a internet daqui não funciona",
            "tive que rotear do celular porque a net de casa não conecta",
            "tô gastando meu pacote de dados todo porque o wifi de casa não tem internet",
            "só consegui mandar mensagem desligando o wifi, a internet de vocês não funciona",
            "meus dados móveis estão acabando porque a internet fixa não volta",
        ),
        details=(
            "meu plano do celular é pequeno",
            "a internet da casa é a que usamos pra tudo",
            "as crianças ficam pedindo meu celular emprestado",
        ),
    ),
    Family(
        name="apps_say_offline",
        templates=(
            "o aplicativo de filmes diz que não tem conexão com a internet",
            "a smart tv fala que não está conectada na rede",
            "o whatsapp web não conecta e o youtube diz que estou offline",
            "a alexa fica dizendo que perdeu a conexão",
            "todos os aplicativos da tv dão erro de rede",
            "o videogame diz que não há conexão com a internet",
            "o app do banco fala verifique sua conexão e não sai disso",
        ),
        details=(
            "reiniciei a tv e o roteador",
            "no celular com dados funciona normal",
        ),
    ),
    Family(
        name="browser_error_pages",
        templates=(
            "em qualquer site aparece página não disponível",
            "aparece o dinossauro do google em tudo que eu tento abrir",
            "o navegador diz que não foi possível acessar o site, em todos os sites",
            "dá erro de DNS no computador e nada abre",
            "qualquer página que eu abro dá sem conexão",
            "aparece você está offline no navegador",
            "dá erro de tempo esgotado em todo site",
        ),
        details=(
            "tentei em dois navegadores diferentes",
            "limpei o histórico e não mudou nada",
        ),
    ),
    Family(
        name="colloquial_outage",
        templates=(
            "a net pifou",
            "a internete deu pau",
            "a internet bichou de vez",
            "a net tá off",
            "a internet foi pro saco",
            "a conexão deu ruim aqui",
            "a internet arriou e não levantou mais",
            "a net morreu aqui em casa",
            "cadê minha internet? sumiu",
        ),
        details=(
            "aqui tá tudo apagado",
            "já fiz o de sempre, desliguei e liguei",
        ),
    ),
    Family(
        name="after_moving_equipment",
        templates=(
            "mudei o modem de lugar e agora não conecta mais",
            "a diarista tirou o aparelho da tomada pra limpar e a internet não voltou",
            "puxei o fio sem querer e desde então tô sem internet",
            "arrumei a estante, mexi nos cabos e a net parou",
            "troquei o roteador de tomada e a internet não voltou",
            "meu filho desconectou uns fios atrás do aparelho e agora fico sem internet",
            "depois que pintaram a parede e mexeram no fio da fibra não tenho mais sinal",
        ),
        details=(
            "coloquei os fios de volta onde achei que era",
            "o cabo fininho amarelo dobrou um pouco",
            "tirei foto de como ficou",
        ),
    ),
    Family(
        name="back_from_trip",
        templates=(
            "passei uns dias fora e quando voltei a internet não tava funcionando",
            "voltei de viagem e tô sem internet em casa",
            "cheguei das férias e a net não conecta",
            "a casa ficou fechada uns dias e agora a internet não volta",
            "deixei o modem desligado enquanto viajava e agora ele não pega internet",
            "chegamos do interior e a internet daqui de casa parou",
        ),
        details=(
            "desliguei tudo da tomada antes de viajar",
            "a mensalidade foi paga normalmente no período",
        ),
    ),
    Family(
        name="only_my_house",
        templates=(
            "o vizinho usa a mesma internet e a dele tá funcionando, só a minha que não",
            "na casa da frente tem internet, aqui em casa não",
            "só meu apartamento ficou sem internet, os outros do prédio estão usando",
            "perguntei pra vizinha e com ela tá tudo normal, eu que tô sem",
            "a rua toda tem internet menos eu",
            "não é geral não, só aqui em casa que caiu",
        ),
        details=(
            "a vizinha também é cliente de {company}",
            "moro no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="no_one_answers_outage",
        sentiment="frustrated",
        templates=(
            "tô sem internet e ninguém atende nesse telefone",
            "liguei cinco vezes, caí na gravação todas e continuo sem internet",
            "o robô do atendimento não resolve e eu tô sem conexão, cadê um humano?",
            "ninguém responde e minha internet continua fora, que descaso",
            "fico horas na espera pra falar da internet que caiu e desligam na minha cara",
            "avisei ontem que tava sem internet e ninguém respondeu, que falta de respeito",
        ),
        details=(
            "o menu sempre me joga de volta pro início",
            "já tentei pelo aplicativo também",
        ),
    ),
    Family(
        name="weekend_without_internet",
        sentiment="frustrated",
        urgent=True,
        templates=(
            "passei o fim de semana inteiro sem internet e ninguém fez nada",
            "desde sexta sem internet, o fim de semana todo assim",
            "o feriado inteiro sem conexão e o suporte fechado",
            "caiu no sábado e até hoje nada de internet",
            "fim de semana todo sem net, já são três dias",
            "três dias sem internet, de sexta até agora",
        ),
        details=(
            "no sábado disseram que só tinha técnico na segunda",
            "a família toda ficou sem conseguir fazer nada",
        ),
    ),
    Family(
        name="security_health_offline",
        urgent=True,
        templates=(
            "as câmeras de segurança da casa ficaram offline porque a internet caiu, "
            "preciso que volte agora",
            "o alarme daqui de casa depende da internet e tá tudo desconectado, é urgente",
            "minha mãe usa um botão de emergência que funciona pela internet e a conexão caiu",
            "o monitor do meu pai, que é acamado, precisa da internet e tá sem sinal",
            "a babá eletrônica funciona pela internet e caiu tudo, preciso resolver logo",
            "a portaria remota do prédio parou porque a internet caiu, ninguém consegue entrar",
        ),
        details=(
            "moro sozinha e me sinto insegura sem as câmeras",
            "a cuidadora acompanha tudo pelo celular",
        ),
    ),
    Family(
        name="caps_days_offline",
        templates=(
            "SEM INTERNET HÁ 4 DIAS",
            "UMA SEMANA SEM NET E NINGUÉM FAZ NADA",
            "já são {duration} sem internet, vocês vão resolver quando?",
            "tô há {duration} sem net nenhuma aqui",
            "mais de {duration} sem internet!!!",
            "faz {duration} que não tem sinal nenhum aqui em casa, nada",
            "completou {duration} sem internet hoje, parabéns pra vocês",
            "{duration} com a internet morta e vocês cobrando normal",
        ),
        details=(
            "já abri chamado e ninguém retorna",
            "cada dia falam que é amanhã",
            "a luz do {equipment} continua vermelha",
        ),
        sentiment="frustrated",
        urgent=True,
    ),
    Family(
        name="voice_note_outage",
        templates=(
            "é que assim a internet aqui de casa parou ontem à noite e não voltou mais já "
            "desliguei o {equipment} da tomada e nada",
            "então moça eu tô sem internet nenhuma aqui nem o celular nem a tv conecta em nada",
            "deixa eu te falar a internet caiu aqui e não voltou mais a luzinha tá apagada no "
            "aparelho",
            "tô mandando esse áudio do 4g porque a internet de casa sumiu de vez não entra nada",
            "é o seguinte a net aqui morreu desde de manhã e eu preciso saber o que aconteceu",
            "tá tudo desligado aqui a internet não funciona de jeito nenhum já tentei de tudo",
            "minha internet parou do nada assim sabe eu tava usando e de repente acabou tudo",
        ),
        details=(
            "o roteador tá ligado mas não tem internet",
            "meu marido já mexeu nos fios e não adiantou",
            "eu moro lá no {neighbourhood}",
        ),
    ),
    Family(
        name="regional_slang_outage",
        templates=(
            "oxe, a net aqui morreu de vez",
            "uai sô, a internet sumiu daqui de casa",
            "bah tchê, tô sem internet desde cedo",
            "égua, a internet caiu e não volta de jeito nenhum",
            "mano, a net aqui foi de base",
            "vixe maria, fiquei sem net nenhuma",
            "a internet aqui arriou e não levantou mais",
            "eita, a net deu pau geral aqui, não conecta nada",
        ),
        details=(
            "nem o celular pega no wifi",
            "tá assim desde a hora do almoço",
            "já desliguei e liguei o trem umas três vezes",
        ),
    ),
    Family(
        name="abbreviated_chat_outage",
        templates=(
            "vc pode ver pq to sem net?",
            "aq n ta pegando nd, nenhuma internet",
            "n tem net nenhuma aq em casa, vcs tao sabendo de algo?",
            "td sem internet aq, n conecta nd",
            "a net n volta de jeito nenhum, oq eu faco?",
            "ta td fora do ar ai? aq caiu tudo",
            "mt estranho, to sem net desde cedo e n volta",
        ),
        details=(
            "ja reiniciei o modem tb",
            "conta ta paga blz",
            "o vizinho tb ta sem",
        ),
    ),
    Family(
        name="animal_chewed_cable",
        templates=(
            "acho que rato roeu o cabo da fibra, a internet parou",
            "meu cachorro mordeu o fio que vai no {equipment} e a internet acabou",
            "o gato derrubou o aparelho e arrancou o fio, agora não tem internet",
            "tem um pedaço do cabo roído aqui no forro e tô sem conexão",
            "os passarinhos fizeram ninho na caixa lá no poste e a net sumiu",
            "um bicho comeu o cabo amarelo da fibra e a internet caiu",
        ),
        details=(
            "dá pra ver o fio cortado",
            "o {equipment} tá com a luz vermelha",
            "preciso que troquem o cabo",
        ),
    ),
    Family(
        name="never_worked_since_install",
        templates=(
            "instalaram ontem e até agora a internet não funcionou nem um minuto",
            "o técnico foi embora e a internet nunca chegou a funcionar",
            "paguei a instalação e tô sem internet desde o primeiro dia",
            "acabei de virar cliente e já tô sem internet, começou bem",
            "a instalação foi {date} e desde então não conecta nada",
            "me deixaram o aparelho instalado e nada de internet, bonito isso",
        ),
        details=(
            "o aparelho só pisca",
            "o técnico disse que em uma hora ativava",
            "já reiniciei várias vezes",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="building_wide_outage",
        templates=(
            "o prédio inteiro tá sem internet desde a manutenção de ontem",
            "ninguém do meu condomínio tem internet hoje, é com vocês?",
            "o bloco B todo ficou sem internet depois que mexeram no quadro",
            "o síndico disse que a internet caiu pra todos os apartamentos",
            "aqui no edifício todos os moradores estão sem conexão",
            "a caixa de vocês no térreo tá apagada e o prédio todo sem internet",
        ),
        details=(
            "moro no apartamento 302",
            "o porteiro também tá sem",
            "a energia do prédio tá normal",
        ),
    ),
    Family(
        name="radio_antenna_no_signal",
        templates=(
            "a antena aqui do sítio parou de receber sinal",
            "a internet via rádio aqui da chácara não conecta mais",
            "a antena no telhado tá ligada mas não chega internet nenhuma",
            "desde o vento de ontem a antena da internet não pega",
            "o sinal do rádio sumiu e fiquei sem internet aqui na roça",
            "a luzinha da antena apagou e a internet foi junto",
        ),
        details=(
            "moro na zona rural de {city}",
            "a fonte da antena tá ligada na tomada",
            "aqui não tem outra internet",
        ),
    ),
    Family(
        name="tv_and_internet_both_out",
        templates=(
            "caiu a internet e a tv junto, não tem nada funcionando",
            "a tv por assinatura e a internet pararam ao mesmo tempo",
            "tô sem internet e sem os canais desde cedo",
            "o combo todo parou, internet e tv, nada funciona",
            "nem a internet nem a tv de vocês estão funcionando aqui",
            "a tv mostra sem sinal e a internet também caiu",
        ),
        details=(
            "o telefone fixo também ficou mudo",
            "reiniciei o {equipment} e o decodificador",
            "a luz do aparelho tá vermelha",
        ),
    ),
)

SLOW_CONNECTION: tuple[Family, ...] = (
    Family(
        name="speedtest_below_plan",
        templates=(
            "contratei {plan} e no speedtest só dá {speed} mega",
            "fiz o teste de velocidade e deu {speed}, sendo que assinei {plan}",
            "a velocidade não chega nem perto do que eu contratei, tá batendo {speed} mbps",
            "medi aqui e tá vindo {speed} mega, meu plano é bem maior que isso",
            "o site de velocidade mostra {speed} de download, cadê o resto?",
            "era pra ser {plan}, mas não passa de {speed}",
            "tá entregando só {speed} mega, nem um terço do contratado",
        ),
        details=(
            "fiz o teste com o cabo ligado direto no computador",
            "testei em horários diferentes e sempre dá pouco",
            "antes dava a velocidade certinha",
        ),
    ),
    Family(
        name="buffering_streaming",
        templates=(
            "os vídeos ficam carregando o tempo todo, aquela bolinha rodando",
            "não consigo assistir um filme sem parar pra carregar",
            "a série fica com a imagem toda quadriculada de tão devagar",
            "o youtube não sai do 360p de jeito nenhum",
            "a tv fica no carregando, carregando e nunca começa",
            "o streaming vive parando pra bufferizar",
            "pra ver um vídeo de cinco minutos tenho que esperar carregar metade",
        ),
        details=(
            "é na tv e no celular, não é um aparelho só",
            "antes assistia em HD sem problema",
        ),
    ),
    Family(
        name="gaming_ping",
        templates=(
            "o ping tá altíssimo, jogar online virou impossível",
            "tô com lag demais nos jogos, o ping passa de 200",
            "latência horrível, no jogo fica tudo atrasado",
            "meu ping era 15 e agora tá 180, o que aconteceu?",
            "impossível jogar com esse delay, tudo chega atrasado",
            "o jogo mostra o ícone de conexão lenta e o personagem fica travado no lugar",
        ),
        details=(
            "jogo no cabo, não é wifi",
            "meus amigos da mesma cidade jogam liso",
            "o servidor do jogo é em São Paulo",
        ),
    ),
    Family(
        name="night_peak",
        templates=(
            "de noite a internet fica uma lesma",
            "depois das sete da noite a velocidade despenca",
            "de dia vai bem, mas no horário de pico não passa de {speed} mega",
            "toda noite a mesma coisa, fica lenta até pra abrir o e-mail",
            "à noite, quando todo mundo chega em casa, a net arrasta",
            "no fim de semana a conexão fica muito mais devagar",
        ),
        details=(
            "de madrugada volta ao normal",
            "percebi isso faz umas semanas",
        ),
    ),
    Family(
        name="pages_slow",
        templates=(
            "as páginas demoram uma eternidade pra abrir",
            "o zap demora séculos pra baixar uma foto",
            "tudo que eu clico fica carregando um tempão",
            "pra abrir o site do banco leva quase um minuto",
            "os áudios do whatsapp demoram demais pra carregar",
            "pra baixar um arquivo pequeno demora muito",
            "o google demora pra abrir, imagina o resto",
        ),
        details=(
            "no celular com 4G abre bem mais rápido",
            "já limpei o cache do navegador",
        ),
    ),
    Family(
        name="not_wifi_also_wired",
        templates=(
            "até no cabo dá {speed} mega, então não é o wifi",
            "liguei o computador direto no roteador com cabo e continua lento",
            "não é problema de sinal do wifi, do lado do roteador tá lento do mesmo jeito",
            "já descartei o wi-fi, no cabeado a velocidade também tá baixa",
            "colado no roteador e mesmo assim a internet tá devagar",
            "o wifi tá com sinal cheio, mas a velocidade tá muito baixa",
        ),
        details=(
            "troquei até o cabo de rede",
            "o sinal aparece com todos os risquinhos",
        ),
    ),
    Family(
        name="not_down_just_slow",
        templates=(
            "não caiu não, ela funciona, só que muito devagar",
            "a internet não cai, o problema é a velocidade mesmo",
            "conectar conecta, mas é tudo lento demais",
            "não é queda, é lentidão o dia inteiro",
            "ela não desconecta, só fica lerda",
            "funcionar funciona, mas na velocidade de uma tartaruga",
        ),
        details=(
            "fica conectada o tempo todo, sem cair",
            "o atendente achou que era queda, mas não é",
        ),
    ),
    Family(
        name="slow_sarcasm",
        sentiment="frustrated",
        templates=(
            "internet de {plan} que parece conexão discada",
            "parabéns, consegui baixar uma foto em cinco minutos",
            "pago fibra e recebo internet de 1998",
            "a velocidade é tão boa que dá tempo de passar um café enquanto a página abre",
            "chamar isso de banda larga é piada",
            "se uma tartaruga apostar corrida com minha internet, a tartaruga ganha",
        ),
        details=(
            "e ainda fazem propaganda de ultravelocidade",
            "o vizinho tem outra operadora e a dele voa",
        ),
    ),
    Family(
        name="slow_cancel_threat",
        sentiment="frustrated",
        templates=(
            "se não resolverem a lentidão vou cancelar",
            "ou a velocidade melhora ou eu mudo pra {provider}",
            "com essa lerdeza vou acabar cancelando e indo pra concorrência",
            "se continuar essa velocidade de {speed} mega eu vou no Procon",
            "resolvam essa internet lenta ou cancelo sem pagar multa nenhuma",
            "já tô olhando outra operadora, porque lenta desse jeito não dá",
        ),
        details=(
            "não quero sair, mas assim não tem condição",
            "já reclamei da velocidade com {company} antes",
        ),
    ),
    Family(
        name="paying_for_speed_not_delivered",
        sentiment="frustrated",
        templates=(
            "pago {amount} por {plan} e recebo {speed} mega",
            "tô pagando por uma velocidade que vocês não entregam",
            "a fatura vem cheia mas a velocidade vem pela metade",
            "pago o plano mais caro e a internet é mais lenta que a do meu vizinho",
            "{amount} por mês pra navegar a {speed} mega não dá",
            "cobram por {plan} e entregam uma fração disso",
        ),
        details=(
            "a conta eu pago sempre em dia",
            "tenho os prints do teste de velocidade",
        ),
    ),
    Family(
        name="after_upgrade_still_slow",
        templates=(
            "mudei pra {plan} e continua a mesma velocidade",
            "fiz o upgrade semana passada mas a velocidade não aumentou nada",
            "aumentei meu plano e a internet tá igual, lenta do mesmo jeito",
            "paguei pra ter mais velocidade e não mudou nada no teste",
            "a atendente disse que o plano novo já tava ativo, mas o speedtest continua em {speed}",
            "troquei de plano pra ficar mais rápida e segue lenta",
        ),
        details=(
            "o valor novo já veio na fatura",
            "já reiniciei o modem depois da troca",
        ),
    ),
    Family(
        name="upload_slow",
        templates=(
            "o download até vai, mas o upload tá em {speed}",
            "não consigo mandar arquivo, o upload tá lentíssimo",
            "pra subir um vídeo pro drive leva horas",
            "minha câmera de segurança não consegue transmitir, upload baixíssimo",
            "nas lives minha imagem congela porque o upload não dá conta",
            "o envio de arquivos tá muito lento, o recebimento normal",
        ),
        details=(
            "o contrato fala em upload de metade do download",
            "trabalho mandando fotos grandes",
        ),
    ),
    Family(
        name="terse_slow",
        templates=(
            "net lenta",
            "internet muito lenta",
            "tá lentooo",
            "que lentidão",
            "internet arrastando",
            "net lerda demais",
            "tá devagar quase parando",
        ),
        details=(
            "tá assim desde cedo",
            "já reiniciei tudo",
        ),
    ),
    Family(
        name="throttling_suspicion",
        templates=(
            "vocês diminuíram minha velocidade?",
            "a velocidade foi limitada? parece que tão segurando a banda",
            "tem franquia de dados? porque depois de um tempo a internet fica lenta",
            "por que minha internet tá tão lenta esses dias?",
            "mudou alguma coisa no meu plano? a velocidade caiu muito",
            "existe algum limite de uso? a conexão ficou devagar do nada",
        ),
        details=(
            "baixei bastante coisa esse mês",
            "não pedi nenhuma mudança de plano",
        ),
    ),
    Family(
        name="urgent_work_study_slow",
        urgent=True,
        templates=(
            "tenho prova online amanhã e a internet tá lerda demais, preciso que resolvam hoje",
            "urgente, a internet tá tão lenta que não consigo fazer minha reunião",
            "trabalho em home office e com essa velocidade não abre nem o sistema da empresa",
            "preciso mandar um arquivo grande até meio-dia e a internet tá arrastando",
            "minha aula ao vivo fica congelando de tão lenta que tá a net, é urgente",
            "a velocidade caiu e eu dependo dela pra trabalhar agora",
        ),
        details=(
            "se eu não entregar hoje perco o cliente",
            "já tentei rotear do celular mas não dá",
        ),
    ),
    Family(
        name="telemedicine_slow",
        urgent=True,
        templates=(
            "tenho consulta por vídeo com o médico daqui a pouco e a internet tá muito lenta",
            "meu pai faz acompanhamento médico on-line e a conexão tá devagar demais, preciso hoje",
            "a teleconsulta não abre de tão lerda que tá a internet, é urgente",
            "o aparelho de monitoramento da minha mãe não envia os dados com essa lentidão",
            "preciso da internet rápida agora pra sessão de terapia on-line",
            "a internet tá arrastando e tenho exame com resultado on-line pra baixar agora",
        ),
        details=(
            "ela é cardíaca e o médico acompanha à distância",
            "a clínica pediu conexão boa pra chamada",
        ),
    ),
    Family(
        name="greeting_slow",
        templates=(
            "boa noite, minha internet tá muito lenta hoje",
            "oi, tudo bem? a velocidade da minha internet caiu bastante",
            "bom dia, a conexão aqui tá bem devagar",
            "olá, queria ajuda porque a internet tá lenta demais",
            "oi gente, boa tarde, a net tá muito arrastada",
            "boa tarde, tudo certo? tô com a internet lenta desde ontem",
        ),
        details=(
            "sou cliente há {months}",
            "moro no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="slow_for_a_long_time",
        urgent=True,
        templates=(
            "faz {duration} que a velocidade caiu pela metade",
            "há {duration} minha internet não passa de {speed} mega",
            "já tem {duration} que a net tá uma carroça",
            "tô aguentando essa lentidão faz {duration}",
            "já vai {duration} com a internet devagar e ninguém resolve",
            "a velocidade tá baixa direto já faz {duration}",
        ),
        details=(
            "abri chamado {date} e não tive retorno",
            "já fiz tudo que o suporte pediu",
        ),
    ),
    Family(
        name="slow_angry_rant",
        sentiment="frustrated",
        templates=(
            "que internet ridícula, não abre nada de tão lenta",
            "essa lentidão tá me deixando louco",
            "internet horrorosa, uma lerdeza que dá raiva",
            "não aguento mais essa net lenta, sério",
            "velocidade vergonhosa, nem vídeo de gatinho carrega",
            "é um desrespeito essa internet devagar desse jeito",
        ),
        details=(
            "já falei com {company} não sei quantas vezes",
            "cada atendente me fala uma coisa",
        ),
    ),
    Family(
        name="complaint_title_slow",
        sentiment="frustrated",
        # Complaint-site titles; "propaganda enganosa" / "descaso" carry the tone.
        templates=(
            "Propaganda enganosa: velocidade muito abaixo do contratado",
            "Internet lenta e atendimento que não resolve",
            "Descaso com a lentidão da internet",
            "Velocidade contratada nunca é entregue",
            "Péssima qualidade de internet, lentidão constante",
            "Pago {plan} e recebo bem menos, lentidão sem solução",
        ),
        details=(
            "Já registrei diversas reclamações pelos canais da empresa",
            "Os testes de velocidade estão salvos",
            "Espero que a velocidade contratada seja entregue",
        ),
    ),
    Family(
        name="video_call_choppy",
        templates=(
            "nas chamadas de vídeo a imagem fica travando e a voz sai robotizada",
            "a videochamada fica toda pixelada e atrasada",
            "na chamada com a família a imagem congela e a voz chega depois",
            "falo com as pessoas por vídeo e fica aquele delay chato",
            "a voz picota nas ligações pelo zap de tão lenta a conexão",
            "a imagem da câmera chega borrada nas reuniões, a internet não dá conta",
        ),
        details=(
            "a ligação não cai, só fica ruim",
            "do lado da outra pessoa a internet é boa",
        ),
    ),
    Family(
        name="shared_household_load",
        templates=(
            "quando todo mundo tá em casa a internet não dá conta",
            "se alguém liga a tv, a internet do meu celular trava",
            "com três pessoas usando ao mesmo tempo fica tudo lento",
            "meu filho joga e ninguém mais consegue navegar",
            "é só a família chegar em casa que a net fica pesada",
            "se um tá vendo vídeo o outro não consegue nem abrir o e-mail",
        ),
        details=(
            "somos cinco em casa",
            "o plano é {plan}, achei que dava",
        ),
    ),
    Family(
        name="big_downloads_updates",
        templates=(
            "o download do jogo mostra previsão de dez horas",
            "a atualização do celular demora o dia todo pra baixar",
            "baixar um filme leva a noite inteira",
            "a loja de aplicativos fica em aguardando download e não anda",
            "a atualização do videogame tá baixando a passo de formiga",
            "um arquivo de 2 giga demora horas pra terminar",
        ),
        details=(
            "o download não cai, só anda devagar",
            "antes baixava a mesma coisa em minutos",
        ),
    ),
    Family(
        name="colloquial_sluggish",
        templates=(
            "a net tá pesada demais",
            "tá tudo travando aqui, nada anda",
            "essa internet tá engasgando",
            "a net tá uma negação de lenta",
            "tá rodando a bolinha em tudo",
            "internet mais lenta que fila de banco",
            "a conexão tá molenga hoje",
            "tá lerdíssima essa net",
        ),
        details=(
            "não sei mais o que fazer",
            "tá assim faz uns dias",
        ),
    ),
    Family(
        name="check_speed_request",
        templates=(
            "vocês conseguem ver daí se minha velocidade tá normal?",
            "dá pra medir pelo sistema de vocês a velocidade que tá chegando aqui?",
            "acho que minha internet tá mais lenta que o normal, podem verificar?",
            "queria que conferissem se tá chegando o {plan} que eu pago",
            "como eu faço um teste de velocidade do jeito certo?",
            "quanto deveria dar no teste pra quem tem {plan}? aqui dá {speed}",
            "tem como vocês testarem minha linha? tá tudo devagar",
        ),
        details=(
            "não sei se estou testando direito",
            "uso mais pelo celular no wifi",
        ),
    ),
    Family(
        name="social_apps_slow",
        templates=(
            "o instagram não carrega os stories",
            "as fotos do feed demoram uma vida pra aparecer",
            "os vídeos curtos ficam travando um por um",
            "no tiktok cada vídeo fica parado carregando",
            "as redes sociais abrem mas as imagens ficam cinza carregando",
            "os reels não rodam, ficam só no carregando",
        ),
        details=(
            "pelos dados do celular carrega rapidinho",
            "é assim em todos os celulares da casa",
        ),
    ),
    Family(
        name="mobile_data_faster",
        templates=(
            "o 4G do meu celular tá mais rápido que a internet de casa",
            "desligo o wifi e uso os dados porque é mais rápido",
            "a internet do celular ganha da fibra aqui de casa",
            "meus dados móveis navegam melhor que o wifi de vocês",
            "no chip do celular o vídeo abre na hora, no wifi de casa fica carregando",
            "testei lado a lado e o 4G deu mais que a fibra",
        ),
        details=(
            "o sinal do celular aqui nem é tão bom",
            "fiz o teste no mesmo lugar da casa",
        ),
    ),
    Family(
        name="slow_after_change",
        templates=(
            "depois que trocaram o modem a internet ficou lenta",
            "desde a manutenção na rua a velocidade caiu",
            "depois que mudaram a fibra de poste a conexão ficou devagar",
            "desde que vocês atualizaram o roteador a navegação ficou lerda",
            "depois daquela queda geral a internet voltou, só que lenta",
            "depois que o técnico passou aqui a velocidade não é mais a mesma",
        ),
        details=(
            "antes disso dava o plano inteiro",
            "aqui dentro não mudei nada",
        ),
    ),
    Family(
        name="not_the_device_slow",
        templates=(
            "não é meu celular, testei em três aparelhos e todos estão lentos",
            "não é o computador, o notebook novo também tá devagar",
            "já troquei de aparelho e a lentidão continua, então é a internet",
            "não adianta falar que é o celular, até a tv tá lenta",
            "o problema não é no meu {device}, tudo aqui em casa tá lento",
            "testei até no celular da vizinha aqui em casa e tava lento do mesmo jeito",
        ),
        details=(
            "o atendente falou pra eu trocar de celular",
            "todos os aparelhos são novos",
        ),
    ),
    Family(
        name="support_says_fine_slow",
        sentiment="frustrated",
        templates=(
            "o suporte diz que tá tudo normal no sistema, mas aqui tá uma lerdeza absurda",
            "vocês dizem que chega {plan} e o teste dá {speed}, tão me chamando de mentiroso?",
            "toda vez que reclamo da lentidão dizem que do lado de vocês tá ótimo, me poupe",
            "não adianta dizer que o sinal tá perfeito, a internet tá lenta e eu não sou cego",
            "o atendente insiste que a velocidade tá certa, mas nada carrega, que desrespeito",
            "cansei de ouvir que tá normal, normal pra quem? aqui tá arrastando",
        ),
        details=(
            "mando print do teste e ninguém olha",
            "já fiz o teste com cabo como pediram",
        ),
    ),
    Family(
        name="getting_worse_disappointed",
        sentiment="frustrated",
        templates=(
            "sou cliente antigo e a internet só piora, cada mês mais lenta",
            "quando assinei era rápida, hoje é uma decepção de tão devagar",
            "tô muito decepcionado, a velocidade de vocês caiu demais de uns meses pra cá",
            "antes eu indicava vocês pra todo mundo, agora com essa lentidão tenho vergonha",
            "a qualidade caiu muito, a internet tá cada vez mais lenta e ninguém explica",
            "que tristeza ver a internet ficando mais lerda a cada mês",
        ),
        details=(
            "sou cliente há {months}",
            "já indiquei vários vizinhos",
        ),
    ),
    Family(
        name="live_sales_slow",
        urgent=True,
        templates=(
            "faço live de vendas hoje à noite e a internet tá lerda, preciso resolver agora",
            "minha live começa em uma hora e a transmissão fica travando de tão lenta",
            "vendo pelas redes e preciso subir os vídeos dos produtos agora, a internet não anda",
            "tenho transmissão ao vivo marcada daqui a pouco e a conexão tá devagar demais",
            "urgente, a internet lenta tá deixando minha live de vendas toda travada",
            "o evento online que eu organizo começa já já e a internet tá arrastando",
        ),
        details=(
            "meus clientes já estão esperando",
            "é minha principal fonte de renda",
        ),
    ),
    Family(
        name="card_machine_slow",
        urgent=True,
        templates=(
            "a maquininha demora uma eternidade pra aprovar o cartão e a fila tá enorme, "
            "preciso resolver agora",
            "o sistema do caixa tá lento por causa da internet e os clientes estão indo embora",
            "o pix demora pra confirmar aqui na loja de tão lenta a conexão, é urgente",
            "a internet da padaria tá devagar e as vendas no cartão não passam, me ajudem já",
            "o sistema de pedidos tá carregando lento e a cozinha parou, preciso de ajuda já",
            "a loja tá cheia agora e a internet lerda tá travando o caixa",
        ),
        details=(
            "é horário de almoço, o movimento tá grande",
            "a conexão é do plano empresarial",
        ),
    ),
    Family(
        name="caps_snail_rage",
        templates=(
            "NET LERDA DEMAIS HOJE, NÃO CARREGA NADA",
            "INTERNET DE TARTARUGA ISSO AQUI",
            "essa net tá uma carroça de novo, pago {plan} pra isso?",
            "pago {plan} e vem {speed}, piada né",
            "lenta pra caramba essa internet!!!",
            "nem o whats carrega de tão lenta, que vergonha",
            "que internet mais lerda, não abre nem o email",
            "velocidade ridícula, {speed} mega num plano de {plan}",
        ),
        details=(
            "fiz o teste agora e deu {speed}",
            "todo dia a mesma lentidão",
            "já reclamei e nada mudou",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_slow",
        templates=(
            "então moça a internet tá funcionando mas tá muito devagar sabe pra abrir um vídeo "
            "demora uma eternidade",
            "é que assim ela conecta normal só que fica lenta lenta demais não carrega as coisas",
            "tô te mandando áudio porque escrever demora a internet daqui tá muito lenta fica "
            "rodando e não abre",
            "deixa eu explicar a internet não caiu não ela só tá fraquinha demais pra tudo o que "
            "eu vou fazer",
            "olha meu filho fez aquele teste de velocidade e deu só {speed} mega sendo que eu "
            "pago {plan}",
            "ela tá funcionando mas parece internet discada de tão devagar que tá",
            "a internet tá pegando mas tá muito lerda o youtube fica carregando toda hora",
        ),
        details=(
            "antes não era assim não",
            "de noite piora bastante",
            "no celular com o 4g vai mais rápido que no wifi",
        ),
    ),
    Family(
        name="regional_slow",
        templates=(
            "uai, esse trem de internet tá lento demais sô",
            "oxe, a net tá mais lenta que tudo hoje",
            "bah, a internet tá uma lesma tchê",
            "mano, a net tá mó devagar",
            "égua, que internet lenta, não carrega nada",
            "tá lerdo que só essa internet, visse",
            "a net tá se arrastando aqui, demora um século pra abrir qualquer coisa",
        ),
        details=(
            "o plano é de {plan}",
            "o teste dá uns {speed} mega só",
            "até o zap demora pra mandar foto",
        ),
    ),
    Family(
        name="steady_but_slow_not_drops",
        templates=(
            "ela não cai não, fica conectada o tempo todo, só que lenta",
            "conectar conecta, o problema é a velocidade que tá baixíssima",
            "não é que cai, é que fica lerda o dia inteiro",
            "a conexão é estável, nunca desconecta, mas a velocidade não passa de {speed} mega",
            "não tá caindo, tá só lenta mesmo, o tempo todo",
            "a luz tá verde e tudo certo, mas a internet anda a passo de tartaruga",
        ),
        details=(
            "contratei {plan}",
            "testei no cabo e no wifi e dá a mesma coisa",
            "o download de um jogo leva a noite toda",
        ),
    ),
    Family(
        name="lowtech_slow_description",
        templates=(
            "a internet tá fraquinha, as fotos da família demoram a chegar no zap",
            "fica aquela rodinha girando um tempão antes de abrir qualquer coisa",
            "o vídeo do culto fica parando pra carregar, a internet tá fraca",
            "minha internet tá muito devagarzinho, a novela fica travando na tv",
            "as coisas demoram uma eternidade pra abrir no celular, mesmo perto do aparelho",
            "a internet tá mole, demora demais pra mandar um áudio",
        ),
        details=(
            "não entendo dessas coisas de velocidade",
            "meu neto disse que tá bem abaixo do contratado",
            "antes abria rapidinho",
        ),
    ),
    Family(
        name="resolution_drops_pixelated",
        templates=(
            "a Netflix cai pra qualidade baixa e fica tudo pixelado",
            "o jogo na tv fica embaçado, a imagem não carrega em HD",
            "o YouTube só roda em 360p, se eu coloco 1080 fica carregando",
            "a imagem da tv fica quadriculada de tão fraca que a internet tá",
            "a transmissão do futebol chega toda borrada e atrasada",
            "no streaming a qualidade despenca, parece vídeo dos anos 2000",
        ),
        details=(
            "a tv fica do lado do roteador",
            "o plano é de {plan}",
            "o teste marca uns {speed} mega",
        ),
    ),
    Family(
        name="pages_load_halfway",
        templates=(
            "os sites abrem pela metade, as imagens não carregam",
            "o Instagram abre o texto mas as fotos ficam em branco",
            "a página do banco fica carregando e abre toda desconfigurada",
            "as figurinhas e os áudios no zap demoram muito pra baixar",
            "o e-mail abre mas o anexo leva minutos pra baixar",
            "fica carregando pela metade e depois de um tempão termina de abrir",
        ),
        details=(
            "não cai em nenhum momento",
            "é assim no celular e no computador",
            "mesmo perto do {equipment}",
        ),
    ),
    Family(
        name="slow_or_i_cancel_informal",
        templates=(
            "se n arrumarem essa lentidão eu cancelo",
            "ou vcs resolvem essa net lenta ou eu vou embora",
            "arruma a velocidade aí senão cancelo, tô pagando {plan} e vem {speed}",
            "mais uma semana com a net lerda desse jeito e eu troco de operadora",
            "resolve a lentidão primeiro, senão não tem conversa, vou cancelar",
            "a velocidade não chega nem perto do contratado, se continuar assim eu saio",
        ),
        details=(
            "não quero cancelar, quero a velocidade certa",
            "o teste deu {speed} mega agora",
            "de noite fica pior ainda",
        ),
        sentiment="frustrated",
    ),
)

INTERMITTENT: tuple[Family, ...] = (
    Family(
        name="drops_every_few_minutes",
        templates=(
            "a internet cai a cada cinco minutos e depois volta",
            "de dez em dez minutos a conexão cai",
            "fica caindo toda hora, volta sozinha e cai de novo",
            "a net desconecta várias vezes por hora",
            "a conexão cai, volta em um minuto, cai de novo, o dia inteiro assim",
            "a cada pouco a internet some e reaparece",
            "tem hora que cai três vezes seguidas em meia hora",
        ),
        details=(
            "quando volta a velocidade é normal",
            "tô anotando os horários das quedas",
            "já troquei o roteador de tomada",
        ),
    ),
    Family(
        name="oscillating",
        templates=(
            "a internet tá oscilando demais",
            "a conexão fica instável, vai e volta o tempo todo",
            "tá uma oscilação danada, uma hora funciona, outra não",
            "o sinal fica indo e voltando",
            "minha internet não tem estabilidade nenhuma",
            "a rede tá muito instável hoje",
            "fica num liga e desliga que não dá pra usar nada direito",
        ),
        details=(
            "tanto no wifi quanto no cabo",
            "o teste de velocidade às vezes dá bom, às vezes nem conecta",
        ),
    ),
    Family(
        name="time_pattern_drops",
        templates=(
            "todo dia no fim da tarde a internet começa a cair",
            "sempre por volta das oito da noite a conexão fica caindo",
            "de madrugada a internet cai e volta um monte de vezes",
            "toda manhã tenho umas quedas rápidas na internet",
            "tem um horário que ela cai sempre, todo santo dia",
            "hoje {time} caiu umas quatro vezes seguidas",
        ),
        details=(
            "no resto do dia fica estável",
            "reparei nisso desde {date}",
        ),
    ),
    Family(
        name="work_call_drops",
        urgent=True,
        templates=(
            "caio das reuniões do trabalho toda hora porque a internet fica caindo",
            "trabalho em home office e a conexão cai no meio das chamadas, preciso de solução já",
            "meu chefe já reclamou que eu sumo das videochamadas, a net cai direto",
            "no meio da aula online a internet cai e tenho que entrar de novo, e hoje tem prova",
            "não consigo terminar uma ligação de trabalho sem a internet cair",
            "a internet cai bem quando tô atendendo cliente por vídeo, tô perdendo serviço",
        ),
        details=(
            "minha empresa pode me chamar de volta pro escritório por causa disso",
            "tenho reunião com cliente amanhã cedo",
        ),
    ),
    Family(
        name="game_disconnect",
        templates=(
            "o jogo fica desconectando do servidor toda hora",
            "tô sendo derrubado da partida direto por queda de conexão",
            "no meio do jogo a internet cai e volta, perco todas as partidas",
            "o videogame perde a conexão com a rede várias vezes",
            "caio da partida online a cada poucos minutos",
            "a conexão dá umas piscadas e o jogo me expulsa",
        ),
        details=(
            "o ping até é bom quando tá conectado",
            "já tomei punição no jogo por sair das partidas",
        ),
    ),
    Family(
        name="blinking_symptom",
        templates=(
            "as luzes do modem apagam e acendem de novo várias vezes por dia",
            "a luz da internet fica apagando e voltando",
            "o roteador parece que reinicia sozinho e a internet some uns minutos",
            "vejo a luzinha ficar vermelha de vez em quando e depois volta pro verde",
            "o wifi some da lista do celular e depois aparece de novo",
            "de repente tudo desconecta, espero um pouco e volta sozinho",
        ),
        details=(
            "filmei as luzes piscando",
            "acontece mesmo sem ninguém mexer em nada",
        ),
    ),
    Family(
        name="not_down_just_drops",
        templates=(
            "não é que fique sem internet, ela cai e volta",
            "não tô sem internet, o problema são as quedas",
            "ela não caiu de vez, fica caindo e voltando",
            "não é falta total de internet, é queda toda hora",
            "ter internet eu tenho, só que ela não para conectada",
            "não está fora do ar, está instável",
        ),
        details=(
            "agora mesmo tá funcionando, daqui a pouco cai",
            "por isso quando vocês testam de longe parece tudo normal",
        ),
    ),
    Family(
        name="not_slow_just_drops",
        templates=(
            "a velocidade é boa quando funciona, o problema é que cai toda hora",
            "não é lentidão, é queda mesmo",
            "o teste dá a velocidade certinha, mas a conexão não se mantém",
            "velocidade tá ok, o que mata são as desconexões",
            "quando tá funcionando voa, mas toda hora desconecta",
            "não é lerdeza não, ela cai mesmo",
        ),
        details=(
            "o speedtest dá o plano inteiro",
            "o problema é a estabilidade, não a velocidade",
        ),
    ),
    Family(
        name="rain_wind_drops",
        templates=(
            "toda vez que chove a internet fica caindo",
            "é só ventar um pouco que a conexão começa a oscilar",
            "quando chove a internet fica instável e só firma quando para",
            "em dia de chuva não tenho um minuto de internet estável",
            "com o tempo úmido a net fica caindo e voltando",
            "desde as chuvas a conexão cai várias vezes por dia",
        ),
        details=(
            "acho que tem algum fio com problema no poste",
            "quando tá sol funciona normal",
        ),
    ),
    Family(
        name="drops_sarcasm",
        sentiment="frustrated",
        templates=(
            "minha internet tem vida própria, liga e desliga quando quer",
            "internet pisca-pisca, só falta tocar música de Natal",
            "parabéns, a internet de vocês cai mais que meu time",
            "que conexão estável, caiu só umas vinte vezes hoje",
            "a conexão de vocês é igual sinal de trânsito, abre e fecha o dia todo",
            "adoro uma internet surpresa: nunca sei se vai estar lá daqui a cinco minutos",
        ),
        details=(
            "e o suporte diz que tá tudo normal",
            "já virou piada aqui em casa",
        ),
    ),
    Family(
        name="drops_complaint_threat",
        sentiment="frustrated",
        templates=(
            "terceira vez esse mês que reclamo dessas quedas, vou abrir reclamação na Anatel",
            "se essa internet continuar caindo vou no Procon",
            "essa instabilidade não tem cabimento, se não resolverem cancelo o contrato",
            "a net cai toda hora e ninguém resolve, vou pra {provider}",
            "tô cansado dessas quedas, vou atrás dos meus direitos",
            "ou acabam com essas quedas ou eu acabo com o contrato",
        ),
        details=(
            "tenho os protocolos anotados",
            "não quero pagar multa por um problema que é de vocês",
        ),
    ),
    Family(
        name="terse_drops",
        templates=(
            "net caindo",
            "caindo toda hora",
            "instável demais",
            "cai e volta",
            "internet oscilando",
            "conexão instável",
            "caindo direto",
        ),
        details=(
            "desde ontem",
            "já reiniciei o modem",
        ),
    ),
    Family(
        name="counting_drops",
        templates=(
            "só hoje a internet caiu umas dez vezes",
            "contei quinze quedas desde cedo",
            "já caiu seis vezes enquanto eu escrevia essa mensagem",
            "ontem foram mais de vinte desconexões",
            "a conexão caiu quatro vezes na última hora",
            "perdi a conta de quantas vezes a net caiu hoje",
        ),
        details=(
            "anotei os horários num papel",
            "cada queda dura uns dois minutos",
        ),
    ),
    Family(
        name="drops_since_event",
        templates=(
            "desde {date} a conexão tá instável",
            "começou {date} essa história da internet cair e voltar",
            "depois que trocaram meu modem a internet fica caindo",
            "desde a mudança de plano a conexão cai toda hora",
            "depois da visita do técnico começou a cair várias vezes por dia",
            "de uns dias pra cá a internet começou a cair do nada",
        ),
        details=(
            "antes disso era tudo estável",
            "não mudei nada aqui dentro de casa",
        ),
    ),
    Family(
        name="greeting_drops",
        templates=(
            "oi boa tarde, minha internet tá caindo direto",
            "bom dia, a conexão tá muito instável aqui",
            "olá, tudo bem? a internet fica caindo e voltando",
            "boa noite, queria reclamar das quedas na internet",
            "oi, bom dia! minha net tá oscilando muito",
            "boa tarde pessoal, a rede fica desconectando",
        ),
        details=(
            "sou cliente há {months}",
            "moro na {street}",
        ),
    ),
    Family(
        name="urgent_deadline_drops",
        urgent=True,
        templates=(
            "tenho um trabalho pra entregar hoje e a internet não para de cair",
            "preciso resolver essas quedas ainda hoje, é urgente",
            "a internet cai toda hora e tenho uma entrevista online daqui a pouco",
            "minha mãe usa monitoramento de saúde pela internet e a conexão fica caindo",
            "a internet cai a cada minuto e eu preciso mandar a declaração agora",
            "tenho prova online hoje {time} e a internet tá caindo sem parar",
        ),
        details=(
            "o prazo termina hoje",
            "não tenho outra internet pra usar",
        ),
    ),
    Family(
        name="paying_for_unstable",
        sentiment="frustrated",
        templates=(
            "tô pagando {amount} por uma internet que cai toda hora",
            "pago em dia e a conexão não fica estável nem uma hora",
            "a mensalidade não oscila, mas a internet oscila o dia inteiro",
            "pago caro pra ter uma internet que cai e volta",
            "por {amount} eu esperava pelo menos uma conexão que não caísse",
            "é muito dinheiro pra uma internet que vive caindo",
        ),
        details=(
            "a fatura chega certinho todo mês",
            "sou cliente há {months}",
        ),
    ),
    Family(
        name="drops_angry_rant",
        sentiment="frustrated",
        templates=(
            "essa internet caindo toda hora tá me tirando do sério",
            "que ódio, caiu de novo, não dá pra fazer nada",
            "não suporto mais essa conexão que cai a cada minuto",
            "que inferno essa internet que cai e volta",
            "impossível usar essa porcaria que desconecta sem parar",
            "tô perdendo a paciência com essas quedas toda hora",
        ),
        details=(
            "já reiniciei esse modem umas cem vezes",
            "ninguém aqui em casa aguenta mais",
        ),
    ),
    Family(
        name="complaint_title_drops",
        # Complaint-site titles, plain wording.
        templates=(
            "Internet caindo toda hora",
            "Quedas frequentes na conexão",
            "Instabilidade na internet",
            "Conexão cai várias vezes ao dia",
            "Internet com quedas constantes",
            "Sinal de internet intermitente",
            "Oscilação constante no serviço de internet",
        ),
        details=(
            "Já realizei todos os procedimentos indicados pelo suporte",
            "As quedas acontecem em todos os aparelhos",
            "Solicito a correção definitiva do problema",
        ),
    ),
    Family(
        name="streaming_cut_mid_show",
        templates=(
            "o filme para no meio, aparece erro de conexão e depois volta",
            "tô vendo série e toda hora aparece sem conexão, aí volta sozinho",
            "o jogo de futebol na tv para, dá erro de rede e volta um minuto depois",
            "a tv perde a internet no meio do programa e reconecta",
            "o vídeo corta, mostra que caiu a rede e depois segue normal",
            "a cada episódio a tv desconecta pelo menos uma vez",
        ),
        details=(
            "não fica carregando, cai mesmo e volta",
            "acontece na tv da sala e na do quarto",
        ),
    ),
    Family(
        name="messages_stuck_then_burst",
        templates=(
            "as mensagens do zap ficam no reloginho e depois chegam todas de uma vez",
            "fico um tempo sem receber nada e de repente chega um monte de notificação junto",
            "mando mensagem, fica pendente, depois de uns minutos vai",
            "as notificações param e depois chegam todas atrasadas de uma vez",
            "o whatsapp fica em conectando e depois volta ao normal, várias vezes por dia",
            "o pessoal diz que eu sumo do nada e depois reapareço online",
        ),
        details=(
            "no celular com os dados móveis não acontece",
            "acontece em todos os celulares da casa",
        ),
    ),
    Family(
        name="colloquial_drops",
        templates=(
            "a net tá piscando direto",
            "a internet fica num vai e vem",
            "a conexão tá capenga, cai e levanta",
            "essa internet tá de frescura, some e aparece",
            "a net tá dando uns pipocos",
            "a net tá dando uns apagões rápidos",
            "a internete fica indo e vindo",
            "tá um cai não cai o dia todo",
        ),
        details=(
            "aqui é assim o dia inteiro",
            "quando tá boa é boa, o problema é que some",
        ),
    ),
    Family(
        name="family_calls_drop",
        templates=(
            "a ligação de vídeo com meus netos cai toda hora",
            "as ligações pelo whatsapp caem no meio da conversa",
            "não consigo falar com minha filha que mora fora, a chamada cai várias vezes",
            "a chamada de vídeo com meu namorado cai e tenho que ligar de novo",
            "ligo pra família e a internet derruba a chamada a cada poucos minutos",
            "falo com minha mãe por vídeo e a ligação cai umas cinco vezes",
        ),
        details=(
            "antes a gente conversava horas sem cair",
            "do outro lado a internet é boa",
        ),
    ),
    Family(
        name="household_trigger_drops",
        templates=(
            "toda vez que ligo o micro-ondas a internet cai",
            "quando alguém liga o chuveiro elétrico a conexão desconecta",
            "é só abrir o portão eletrônico que a internet cai e volta",
            "quando liga o ar-condicionado a internet começa a cair",
            "quando a luz pisca a internet cai e demora pra voltar",
            "toda vez que a energia dá uma piscada o modem reinicia e a net cai",
        ),
        details=(
            "parece que tem a ver com a energia",
            "o modem fica na mesma tomada da cozinha",
        ),
    ),
    Family(
        name="short_blips",
        templates=(
            "a internet dá umas travadinhas de segundos várias vezes",
            "some por uns segundos e volta",
            "são quedas rapidinhas, mas acontecem toda hora",
            "a conexão falha por alguns segundos e retorna",
            "fica uns instantes sem internet e depois volta sozinha, o tempo todo",
            "são microquedas, mas atrapalham tudo",
        ),
        details=(
            "no teste de velocidade nem aparece",
            "no jogo e na chamada dá pra perceber na hora",
        ),
    ),
    Family(
        name="request_line_check",
        templates=(
            "vocês conseguem ver no sistema se minha conexão tá caindo?",
            "queria que verificassem minha linha, fica desconectando",
            "dá pra olhar o histórico de quedas do meu modem?",
            "podem analisar minha conexão? ela não fica estável",
            "gostaria de um teste na minha linha porque a internet cai e volta",
            "tem como monitorar minha internet por um dia pra ver as quedas?",
        ),
        details=(
            "o contrato está no nome da minha esposa",
            "posso deixar o modem ligado pra vocês testarem",
        ),
    ),
    Family(
        name="not_wifi_cable_drops_too",
        templates=(
            "não é o wifi, no cabo também fica caindo",
            "liguei o computador no fio e a conexão cai igual",
            "não é problema de sinal sem fio, até cabeado desconecta",
            "já descartei o roteador, direto no cabo continua caindo",
            "no cabo de rede a internet cai do mesmo jeito que no wi-fi",
            "não adianta falar que é o wifi, com fio ela cai também",
        ),
        details=(
            "troquei o cabo de rede por um novo",
            "o computador fica do lado do modem",
        ),
    ),
    Family(
        name="drops_lost_work",
        sentiment="frustrated",
        templates=(
            "perdi o trabalho todo que tava fazendo porque a net caiu de novo, que raiva",
            "caiu no meio do download e tive que começar do zero, de novo",
            "a internet caiu bem na hora de finalizar a compra e perdi a promoção, inacreditável",
            "perdi a partida ranqueada porque essa conexão caiu outra vez, ridículo",
            "o formulário que eu preenchia sumiu porque a internet caiu e voltou, absurdo",
            "a ligação com o cliente caiu três vezes, passei vergonha por causa dessa internet",
        ),
        details=(
            "não é a primeira vez que isso acontece",
            "quero uma solução definitiva",
        ),
    ),
    Family(
        name="drops_broken_promises",
        sentiment="frustrated",
        templates=(
            "vocês falaram que iam resolver a instabilidade e continua igual",
            "toda vez prometem que as quedas vão parar e nada muda",
            "reiniciaram remotamente dizendo que resolvia e continua caindo, chega de enrolação",
            "já é a terceira vez que me garantem que resolveu e a net continua caindo",
            "prometeram estabilizar minha conexão essa semana e ela segue caindo, quanta enrolação",
            "me disseram que tinham arrumado a rede do bairro, mas segue caindo do mesmo jeito",
        ),
        details=(
            "tenho os protocolos de todas as vezes",
            "cada atendente me dá um prazo diferente",
        ),
    ),
    Family(
        name="drops_at_worst_moment",
        sentiment="frustrated",
        templates=(
            "sempre cai na hora que eu mais preciso, impressionante",
            "é só eu entrar numa reunião que a internet resolve cair",
            "parece de propósito, a net cai justo na hora do pênalti",
            "na hora do pagamento ela cai, na hora da aula ela cai, sempre no pior momento",
            "não tem erro, começou algo importante e a internet despenca e volta depois",
            "é batata: é só precisar que a conexão some por uns minutos",
        ),
        details=(
            "no resto do tempo eu nem uso tanto",
            "já virou piada com meus amigos",
        ),
    ),
    Family(
        name="orders_app_drops",
        urgent=True,
        templates=(
            "o tablet dos pedidos do restaurante fica desconectando e estamos perdendo pedido, "
            "preciso resolver já",
            "a loja fica offline no aplicativo de entrega toda vez que a internet cai, é urgente",
            "meu delivery some do app porque a conexão cai e volta, tô perdendo venda agora",
            "a internet oscila e a impressora de pedidos para, o restaurante tá lotado agora",
            "a maquininha perde a conexão no meio da venda, preciso que estabilize agora",
            "o sistema do caixa desconecta toda hora e a fila tá crescendo, resolvam já",
        ),
        details=(
            "o movimento é maior na hora do jantar",
            "a cada queda a loja fica uns minutos fechada no aplicativo",
        ),
    ),
    Family(
        name="teacher_live_class_drops",
        urgent=True,
        templates=(
            "sou professora e dou aula ao vivo daqui a pouco, a internet não para de cair",
            "dou aula online e caio da sala a cada dez minutos, preciso de solução imediata",
            "meus alunos me perdem no meio da explicação porque a conexão cai, "
            "e tenho aula hoje à tarde",
            "tenho uma turma me esperando agora e a internet tá caindo e voltando",
            "sou tutor e minhas aulas ao vivo caem toda hora, preciso de internet estável hoje",
            "urgente: dou aula hoje {time} e a conexão cai sem parar",
        ),
        details=(
            "a escola já recebeu reclamação dos pais",
            "não tenho outro lugar pra dar a aula",
        ),
    ),
    Family(
        name="caps_keeps_dropping_rage",
        templates=(
            "CAI TODA HORA ESSA INTERNET",
            "de novo caiu!!! é a quinta vez hoje",
            "cai, volta, cai, volta, não aguento mais isso",
            "essa net fica caindo, que ódio",
            "CAIU DE NOVO, NÃO DÁ PRA FAZER NADA ASSIM",
            "a internet de vocês não para em pé, cai a cada cinco minutos",
            "desconectou de novo no meio da ligação, que raiva",
        ),
        details=(
            "perdi a conta de quantas vezes caiu hoje",
            "volta sozinha depois de uns minutos e cai de novo",
            "já reiniciei o {equipment} mil vezes",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_drops",
        templates=(
            "é que ela conecta e desconecta conecta e desconecta o dia inteiro",
            "então a internet fica indo e voltando sabe funciona um pouco aí cai depois volta de "
            "novo",
            "olha toda hora ela cai uns minutinhos e depois volta sozinha aí cai de novo",
            "moça a internet tá assim ó fica boa meia hora aí some volta some volta",
            "ela não fica sem internet direto não ela cai e volta várias vezes por dia",
            "tô numa reunião e a internet cai e volta cai e volta não consigo terminar nada",
            "a conexão fica oscilando o tempo inteiro uma hora tem outra hora não tem",
        ),
        details=(
            "de noite é pior ainda",
            "o roteador fica piscando quando cai",
            "já aconteceu umas dez vezes hoje",
        ),
    ),
    Family(
        name="regional_drops",
        templates=(
            "oxe, a internet fica indo e voltando o tempo todo",
            "a net aqui tá piscando, cai e volta toda hora",
            "bah, a conexão cai toda hora tchê",
            "uai, a internet cai e volta sozinha, que trem doido",
            "mano, a net fica caindo direto, do nada",
            "égua, essa internet não se firma, some e volta",
            "tá dando uns apagão na internet, cai e volta a cada pouco",
        ),
        details=(
            "quando volta a velocidade até é boa",
            "o wifi continua aparecendo, mas a internet some",
            "isso desde {date}",
        ),
    ),
    Family(
        name="fine_between_drops",
        templates=(
            "quando tá funcionando a velocidade é boa, o problema é que cai",
            "não é lentidão, é que some do nada por uns minutos e volta",
            "o teste dá a velocidade certinha, mas do nada desconecta",
            "a velocidade é ótima quando tem internet, só que ela cai várias vezes",
            "rápida ela é, mas não fica estável, fica caindo",
            "o problema não é velocidade, é a internet que cai e volta sem parar",
        ),
        details=(
            "o plano de {plan} entrega certinho quando tá no ar",
            "as quedas duram uns dois, três minutos",
            "acontece em todos os aparelhos",
        ),
    ),
    Family(
        name="smart_devices_lose_connection",
        templates=(
            "a alexa toda hora fala que perdeu a conexão e depois volta",
            "o app das câmeras fica offline e online o dia todo",
            "a tv fica dizendo que perdeu a conexão e reconecta sozinha",
            "a maquininha perde a conexão toda hora e volta em seguida",
            "o aplicativo da fechadura mostra desconectado várias vezes por dia, depois volta",
            "a babá eletrônica fica caindo e voltando a noite inteira",
        ),
        details=(
            "isso acontece com todos os aparelhos",
            "fica uns minutos fora e volta",
            "o sinal do wifi aparece cheio",
        ),
    ),
    Family(
        name="wifi_word_for_drops",
        templates=(
            "o wifi cai toda hora, em todos os aparelhos, e volta sozinho",
            "meu wifi desconecta e conecta o dia inteiro",
            "o wifi fica caindo de cinco em cinco minutos, até no cabo",
            "o wifi vai e volta direto, não fica estável",
            "toda hora o wifi cai e o celular passa pro 4g, depois volta",
            "o wifi daqui some uns segundos e volta, várias vezes por hora",
        ),
        details=(
            "não é o sinal, é a internet que cai",
            "no computador com cabo acontece igual",
            "já troquei o {equipment} de lugar e nada",
        ),
    ),
)

WIFI_EQUIPMENT: tuple[Family, ...] = (
    Family(
        name="forgot_password",
        templates=(
            "esqueci a senha do wifi",
            "qual é a senha da minha internet? perdi o papel",
            "não lembro a senha da rede, como descubro?",
            "alguém trocou a senha do wi-fi e ninguém aqui em casa sabe",
            "preciso da senha do wifi pra conectar um celular novo",
            "a senha que tá na etiqueta do roteador não funciona",
            "como faço pra recuperar a senha do wifi?",
        ),
        details=(
            "o papel com a senha sumiu",
            "a etiqueta embaixo do aparelho tá apagada",
        ),
    ),
    Family(
        name="change_password_or_name",
        templates=(
            "como mudo a senha do wi-fi?",
            "quero trocar a senha da rede porque passei pra muita gente",
            "queria alterar o nome da minha rede wifi",
            "dá pra vocês trocarem a senha do meu wifi?",
            "quero colocar uma senha mais fácil no wi-fi",
            "preciso mudar o nome e a senha da internet",
            "como troco o nome que aparece na lista de redes?",
        ),
        details=(
            "a senha atual é muito difícil de digitar",
            "não sei entrar no aplicativo do roteador",
        ),
    ),
    Family(
        name="weak_signal_rooms",
        templates=(
            "o sinal do wifi não chega no meu quarto",
            "no fundo da casa o wifi não pega",
            "lá em cima no segundo andar o sinal some",
            "o wifi só funciona perto do roteador",
            "na cozinha o celular fica com um risquinho de sinal",
            "o sinal é fraco em metade da casa",
            "saio da sala e o wi-fi já fica ruim",
        ),
        details=(
            "a casa é comprida e o roteador fica na frente",
            "as paredes aqui são bem grossas",
            "o roteador fica dentro de um armário",
        ),
    ),
    Family(
        name="repeater_setup",
        templates=(
            "queria instalar um repetidor pra levar o sinal pro quintal",
            "comprei um repetidor e não consigo configurar",
            "o repetidor não conecta no roteador de vocês",
            "vocês configuram repetidor se eu comprar um?",
            "como faço pra parear o repetidor com a minha rede?",
            "o extensor de sinal fica com a luz piscando e não repete nada",
        ),
        details=(
            "o repetidor é de outra marca",
            "apertei o botão WPS dos dois aparelhos",
        ),
    ),
    Family(
        name="broken_router_replace",
        templates=(
            "o roteador queimou, preciso de outro",
            "o aparelho não liga mais, nem acende luz, como faço pra trocar?",
            "caiu um raio e o modem morreu, vocês trocam?",
            "o roteador tá esquentando muito, acho que tá com defeito",
            "a fonte do roteador parou de funcionar",
            "meu cachorro roeu o fio do modem, dá pra mandar outro?",
            "quero trocar o equipamento porque tá com defeito",
        ),
        details=(
            "o aparelho foi instalado faz muitos anos",
            "já testei em outra tomada",
            "o equipamento é comodato de vocês",
        ),
    ),
    Family(
        name="old_router_upgrade",
        templates=(
            "meu roteador é muito antigo, dá pra trocar por um mais novo?",
            "esse aparelho não tem 5G, vocês trocam por um dual band?",
            "queria um roteador mais moderno, o meu é do tempo da instalação",
            "dá pra trocar meu modem por um que tenha wifi 6?",
            "o roteador velho não aguenta tantos aparelhos conectados, queria trocar",
            "existe troca de roteador pra cliente antigo?",
        ),
        details=(
            "sou cliente há {months}",
            "aqui em casa tem uns quinze aparelhos conectados",
        ),
    ),
    Family(
        name="device_cannot_join",
        templates=(
            "não consigo conectar a smart tv no wifi",
            "meu notebook não encontra a rede de casa",
            "o videogame não aceita a senha do wifi",
            "a impressora não conecta na rede sem fio",
            "o celular novo não acha a rede, os outros acham",
            "a alexa não conecta na rede de jeito nenhum",
            "a tv diz senha incorreta, mas a senha tá certa",
        ),
        details=(
            "os outros aparelhos da casa conectam normal",
            "já esqueci a rede e conectei de novo",
        ),
    ),
    Family(
        name="band_24_vs_5",
        templates=(
            "a rede 5G do roteador sumiu",
            "qual a diferença entre a rede 2.4 e a 5G?",
            "minha tv só enxerga a rede 2.4, é normal?",
            "como separo as redes de 2.4 e de 5 giga?",
            "só aparece uma rede, cadê a 5G?",
            "em qual rede eu conecto, a 5G ou a normal?",
        ),
        details=(
            "antes apareciam duas redes com nomes parecidos",
            "a lâmpada inteligente só funciona na 2.4",
        ),
    ),
    Family(
        name="router_settings",
        templates=(
            "como entro nas configurações do roteador?",
            "preciso liberar uma porta no roteador pro meu jogo",
            "queria colocar controle parental no wifi",
            "como bloqueio aparelhos desconhecidos na minha rede?",
            "qual o usuário e senha pra acessar o painel do roteador?",
            "quero colocar o modem em modo bridge",
            "dá pra desligar o wifi dos meus filhos à noite?",
        ),
        details=(
            "o endereço 192.168 não abre aqui",
            "tenho meu próprio roteador e quero usar ele",
        ),
    ),
    Family(
        name="neighbour_using_wifi",
        templates=(
            "acho que o vizinho tá usando meu wifi",
            "tem aparelho estranho conectado na minha rede",
            "descobriram minha senha, tem gente de fora usando minha internet",
            "como vejo quem tá conectado no meu wifi?",
            "meu wi-fi tá sendo usado por alguém que eu não conheço",
            "acho que invadiram meu roteador",
        ),
        details=(
            "aparecem nomes de aparelhos que não são meus",
            "a senha é a mesma desde a instalação",
        ),
    ),
    Family(
        name="reset_pressed",
        templates=(
            "apertei o botão de reset sem querer e agora o wifi tá com outro nome",
            "meu filho resetou o roteador e a rede voltou pro padrão",
            "resetei o modem e sumiu a minha rede",
            "depois que restaurei de fábrica a senha antiga não funciona mais",
            "o roteador voltou às configurações de fábrica sozinho e perdi a rede",
            "fiz um reset e agora não sei configurar o wifi de novo",
        ),
        details=(
            "segurei o botãozinho de trás com um palito",
            "agora aparece uma rede com o nome da marca do aparelho",
        ),
    ),
    Family(
        name="not_internet_just_wifi",
        templates=(
            "a internet chega normal no cabo, o problema é o wifi que é fraco",
            "não é a internet que tá ruim, é o sinal do wi-fi",
            "no computador com fio funciona, só o wifi que tá fraco",
            "a velocidade tá ok, mas o alcance do wifi é péssimo",
            "não é queda de internet, é o wifi que não alcança",
            "a conexão tá boa, o roteador que não espalha o sinal",
        ),
        details=(
            "no teste com cabo dá o plano inteiro",
            "o problema é só nos cômodos longe do roteador",
        ),
    ),
    Family(
        name="bad_equipment_sarcasm",
        sentiment="frustrated",
        templates=(
            "esse roteador que vocês me deram é uma porcaria, quero um que preste",
            "roteador de quinta categoria, nem do quarto pega",
            "parabéns pelo aparelho de museu que vocês instalaram aqui",
            "esse modem é tão bom que o sinal não passa da porta",
            "me dão um roteador de brinquedo e querem que o wifi funcione",
            "que equipamento maravilhoso, o wifi morre a dois metros",
        ),
        details=(
            "o do meu vizinho pega na rua inteira",
            "o aparelho é velho e todo amarelado",
        ),
    ),
    Family(
        name="replace_or_cancel_threat",
        sentiment="frustrated",
        templates=(
            "se não trocarem esse roteador velho eu cancelo",
            "já pedi troca do aparelho três vezes, da próxima vou no Procon",
            "ou mandam um roteador novo ou eu vou pra {provider}",
            "não aguento mais esse wifi fraco, troquem o equipamento ou cancelo",
            "vou reclamar na Anatel se não substituírem esse modem com defeito",
            "pedi troca do roteador faz tempo e até agora nada, tô quase cancelando",
        ),
        details=(
            "tenho todos os protocolos",
            "já falei com {company} umas cinco vezes",
        ),
    ),
    Family(
        name="changed_without_notice",
        sentiment="frustrated",
        templates=(
            "vocês mudaram a senha do meu wifi sem avisar ninguém, que absurdo",
            "depois da atualização remota meu wifi mudou de nome e ninguém me avisou",
            "mexeram no meu roteador de longe e os aparelhos perderam a senha, quem autorizou?",
            "que falta de respeito trocar a configuração do meu roteador sem me consultar",
            "trocaram meu roteador e configuraram uma senha que ninguém sabe, ridículo",
            "o técnico deixou uma senha qualquer no wifi e foi embora, agora eu que me vire",
        ),
        details=(
            "tive que reconectar todos os aparelhos da casa",
            "as câmeras de segurança ficaram sem rede",
        ),
    ),
    Family(
        name="repeated_reboot_advice",
        sentiment="frustrated",
        templates=(
            "já reiniciei esse roteador mil vezes como vocês mandam e o wifi continua fraco",
            "não adianta mandar desligar e ligar o modem, o wifi não melhora",
            "cansei de ouvir pra reiniciar o aparelho, o sinal do wi-fi segue horrível",
            "toda vez o atendimento manda tirar da tomada e o roteador continua ruim",
            "reiniciar o roteador não resolve, quero que alguém olhe esse equipamento de verdade",
            "de novo essa de reiniciar? o wifi tá fraco igual",
        ),
        details=(
            "fiz todo o passo a passo do atendimento automático",
            "o aparelho esquenta e o sinal cai pra um risquinho",
        ),
    ),
    Family(
        name="terse_wifi",
        templates=(
            "senha do wifi",
            "wifi fraco",
            "roteador com defeito",
            "trocar roteador",
            "wi-fi não pega no quarto",
            "mudar senha wifi",
            "roteador queimado",
        ),
        details=(
            "no quarto dos fundos é pior",
            "obrigado desde já",
        ),
    ),
    Family(
        name="greeting_wifi",
        templates=(
            "bom dia, queria trocar a senha da internet",
            "oi, boa tarde, o sinal do wifi tá fraco aqui em casa",
            "olá, tudo bem? meu roteador parou de ligar",
            "boa noite, vocês podem me passar a senha do wifi?",
            "oi gente, preciso de ajuda pra configurar o roteador",
            "bom dia! como faço pra mudar o nome da rede?",
        ),
        details=(
            "o titular é meu pai",
            "moro no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="urgent_router_replacement",
        urgent=True,
        templates=(
            "o roteador pifou e eu trabalho em casa, preciso de um aparelho novo hoje",
            "urgente: o modem queimou e preciso de internet pra trabalhar amanhã cedo",
            "meu roteador deu defeito e tenho reunião importante, dá pra trocar ainda hoje?",
            "preciso que troquem o equipamento agora, minha mãe acamada depende da internet",
            "o aparelho queimou e minha loja depende do wifi, é urgente",
            "preciso da senha do wifi agora pra conectar o computador da prova",
        ),
        details=(
            "posso buscar o aparelho novo na loja se for mais rápido",
            "estou com o aparelho queimado aqui pra devolver",
        ),
    ),
    Family(
        name="cables_and_ports",
        templates=(
            "o cabo de rede que liga o computador no roteador quebrou",
            "uma das portas do roteador não funciona mais",
            "quero ligar o computador no cabo mas o roteador não tem entrada sobrando",
            "o conector verde da fibra tá solto atrás do aparelho",
            "o fio de energia do modem tá com mau contato",
            "vocês fornecem um cabo de rede mais comprido?",
        ),
        details=(
            "a pontinha do cabo quebrou a trava",
            "o computador fica longe do modem",
        ),
    ),
    Family(
        name="complaint_title_wifi",
        # Complaint-site titles, plain wording.
        templates=(
            "Roteador com defeito sem substituição",
            "Sinal de wi-fi fraco na residência",
            "Equipamento danificado aguardando troca",
            "Solicitação de troca de roteador",
            "Wi-fi não alcança os cômodos",
            "Modem queimado e sem previsão de troca",
            "Dificuldade para alterar a senha do wi-fi",
        ),
        details=(
            "O equipamento foi fornecido pela empresa em comodato",
            "Já solicitei a troca pelos canais de atendimento",
            "Aguardo uma solução",
        ),
    ),
    Family(
        name="router_placement",
        templates=(
            "posso mudar o roteador de lugar?",
            "quero colocar o modem no meio da casa, tem problema?",
            "o roteador fica atrás da tv, isso atrapalha o sinal?",
            "qual o melhor lugar pra deixar o roteador?",
            "dá pra pendurar o roteador na parede pra melhorar o wifi?",
            "posso colocar o aparelho da internet em cima do armário?",
            "se eu levar o roteador pro corredor o wifi melhora?",
        ),
        details=(
            "o técnico deixou ele no canto da sala",
            "o cabo da fibra que chega no aparelho é curto",
        ),
    ),
    Family(
        name="guest_network_qr",
        templates=(
            "como faço pra passar o wifi pras visitas sem dar minha senha?",
            "o roteador tem rede de convidado?",
            "dá pra gerar um QR code do wifi?",
            "queria uma rede separada pros clientes da minha loja",
            "como crio uma senha só pra visita?",
            "como deixo a rede das visitas desligando sozinha depois de um tempo?",
        ),
        details=(
            "recebo muita gente em casa",
            "não quero que vejam meus aparelhos",
        ),
    ),
    Family(
        name="wifi_app_management",
        templates=(
            "tem aplicativo pra controlar meu wifi?",
            "o app de vocês não mostra meu roteador",
            "pelo aplicativo dá pra trocar a senha da rede?",
            "queria reiniciar o roteador pelo celular, o aplicativo faz isso?",
            "baixei o aplicativo mas não acho a parte do wifi",
            "o aplicativo pede um código do roteador, onde encontro?",
        ),
        details=(
            "meu celular é android",
            "o aplicativo tá atualizado",
        ),
    ),
    Family(
        name="colloquial_weak_wifi",
        templates=(
            "o uai fai tá fraquinho",
            "o sinal do wi-fi tá uma merreca",
            "o aparelhinho da internet não tá espalhando o sinal",
            "a caixinha do wifi tá fraca, não chega lá no fundo",
            "o wifi só pega se eu ficar grudado no modem",
            "o wi-fi aqui é de um risquinho só",
            "o sinal do roteador não passa da parede da sala",
            "o wifi tá fraco que só, nem no banheiro pega",
        ),
        details=(
            "a casa nem é tão grande",
            "antigamente pegava melhor",
        ),
    ),
    Family(
        name="device_count_limit",
        templates=(
            "quantos aparelhos posso conectar no wifi?",
            "o roteador aguenta quantos celulares ao mesmo tempo?",
            "quando passa de dez aparelhos ninguém mais consegue conectar",
            "tem limite de dispositivos na rede?",
            "conectei as câmeras e agora os celulares não entram no wifi",
            "a partir de um certo número de aparelhos o roteador começa a recusar conexão",
        ),
        details=(
            "aqui tem tv, câmera, videogame e os celulares de todo mundo",
            "a casa tem várias lâmpadas inteligentes",
        ),
    ),
    Family(
        name="router_buttons_question",
        templates=(
            "pra que serve o botão WPS do roteador?",
            "o que significa a luz 2.4G apagada no modem?",
            "tem um botão escrito WLAN atrás do aparelho, posso apertar?",
            "quais luzes do roteador devem ficar acesas?",
            "o que é aquela entrada azul atrás do roteador?",
            "pra que serve a porta USB do modem?",
        ),
        details=(
            "não quero apertar nada errado",
            "o manual não veio com o aparelho",
        ),
    ),
    Family(
        name="not_plan_change_just_router",
        templates=(
            "não quero mudar de plano, só quero um roteador melhor",
            "não é pra aumentar a velocidade, é pra trocar o aparelho que tá ruim",
            "meu plano tá ótimo, o problema é o roteador, só quero trocar ele",
            "não preciso de mais mega, preciso de um wifi que alcance a casa",
            "o vendedor quer me vender um plano maior, mas eu só quero trocar o modem",
            "não quero upgrade, quero que vocês substituam o equipamento",
        ),
        details=(
            "a velocidade no cabo é a contratada",
            "já me ofereceram um plano mais caro pra resolver",
        ),
    ),
    Family(
        name="used_refurbished_router",
        sentiment="frustrated",
        templates=(
            "me mandaram um roteador usado, todo riscado e que já veio com defeito, que vergonha",
            "o aparelho novo que trocaram é velho e reformado, isso é sacanagem",
            "trocaram meu modem por um ainda pior, um absurdo",
            "chegou um roteador sujo, com etiqueta de outro cliente, que falta de respeito",
            "o equipamento substituto já veio com a antena quebrada, palhaçada",
            "pedi um roteador melhor e me deram um de segunda mão que nem liga direito",
        ),
        details=(
            "tenho fotos de como o aparelho chegou",
            "o técnico disse que era o que tinha no estoque",
        ),
    ),
    Family(
        name="password_support_runaround",
        sentiment="frustrated",
        templates=(
            "pedi a senha do wifi três vezes e ninguém resolve uma coisa tão simples",
            "cada atendente me manda um procedimento diferente pra trocar a senha do wifi "
            "e nenhum funciona",
            "é só trocar a senha do wi-fi e vocês complicam tudo, que incompetência",
            "fiquei uma hora no chat pra descobrir a senha do roteador e saí sem resposta",
            "ninguém sabe me dizer como mudar o nome da rede, que atendimento despreparado",
            "me passaram uma senha de acesso ao roteador que não funciona, é piada",
        ),
        details=(
            "até o manual de vocês tá desatualizado",
            "meu sobrinho já tentou e também não conseguiu",
        ),
    ),
    Family(
        name="router_keeps_breaking",
        sentiment="frustrated",
        templates=(
            "é o terceiro roteador que queima esse ano, esses aparelhos de vocês não prestam",
            "troquei o modem mês passado e o novo já pifou, que qualidade é essa?",
            "todo roteador que vocês mandam dura dois meses, cansei",
            "mais um aparelho de vocês com defeito, já perdi a conta",
            "esse modem vive travando e o reserva também, equipamento vagabundo",
            "não é possível, o roteador novo parou igualzinho ao antigo",
        ),
        details=(
            "a rede elétrica aqui é boa, tenho até estabilizador",
            "nenhum outro aparelho da casa queima",
        ),
    ),
    Family(
        name="burning_smell_router",
        urgent=True,
        templates=(
            "tá saindo cheiro de queimado do modem, desligo? preciso que troquem agora",
            "o roteador deu um estalo e soltou fumaça, é urgente",
            "a fonte do modem derreteu na tomada, o que eu faço agora?",
            "saiu uma faísca do aparelho da internet, tenho medo de pegar fogo, me ajudem já",
            "o roteador tá fervendo e com cheiro de plástico queimado, venham trocar hoje",
            "o modem começou a fazer um chiado e a esquentar demais, preciso de orientação agora",
        ),
        details=(
            "já tirei da tomada por segurança",
            "tem criança pequena aqui em casa",
        ),
    ),
    Family(
        name="someone_waiting_for_password",
        urgent=True,
        templates=(
            "o técnico da câmera tá aqui agora e precisa da senha do wifi",
            "tô com o instalador do ar-condicionado esperando a senha da rede, me passa rápido",
            "a professora particular chegou e precisa conectar no wifi agora, qual a senha?",
            "o rapaz da smart tv tá aqui esperando pra configurar e eu não sei a senha da internet",
            "tenho um cliente aqui agora e preciso conectar o notebook dele no wifi, urgente",
            "o entregador da geladeira precisa conectar ela na rede agora e eu esqueci a senha",
        ),
        details=(
            "ele cobra por hora de espera",
            "o papel da senha sumiu da gaveta",
        ),
    ),
    Family(
        name="junk_router_rage",
        templates=(
            "esse roteador de vocês é uma porcaria",
            "troquem essa porcaria de modem, não aguento mais",
            "roteador lixo, o wifi não chega nem na sala",
            "que aparelho vagabundo, vive travando o wifi",
            "esse {equipment} de vocês não presta, o sinal do wifi é um lixo",
            "me deram um roteador velho caindo aos pedaços, o wifi não alcança nada",
            "o wifi desse aparelho ruim não passa da porta do quarto, sério isso?",
        ),
        details=(
            "já pedi troca antes e não fizeram",
            "o aparelho esquenta demais",
            "no quarto o celular nem acha a rede",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_wifi",
        templates=(
            "eu queria saber como é que troca a senha do wifi porque o vizinho pegou e tá usando",
            "então o sinal do wifi não chega lá no quarto das crianças só pega perto do aparelho",
            "é que eu esqueci a senha do wifi e tenho que colocar no celular novo como eu faço",
            "moça o roteador tá com uma luz diferente e o wifi sumiu da lista do celular",
            "eu queria colocar um repetidor pro sinal chegar lá nos fundos vocês vendem",
            "o nome da rede do wifi mudou sozinho e agora nenhum aparelho conecta",
            "queria trocar o nome da minha rede wifi que tá com o nome de vocês",
        ),
        details=(
            "a senha que tá embaixo do aparelho não funciona",
            "a casa é comprida e o roteador fica na sala",
            "o resto da casa pega normal",
        ),
    ),
    Family(
        name="regional_wifi",
        templates=(
            "o wifi não pega no quarto lá do fundo não, visse",
            "uai, o sinal do wifi não chega no quarto de jeito nenhum",
            "oxe, o wifi sumiu da lista do celular",
            "bah, o wifi aqui só pega grudado no roteador",
            "mano, o wifi tá fraco demais no meu quarto",
            "esse wifi aqui não alcança a área da piscina nem a pau",
        ),
        details=(
            "tem duas paredes entre o quarto e o roteador",
            "o cabo de rede funciona de boa",
            "dá uma barrinha só de sinal",
        ),
    ),
    Family(
        name="new_device_setup_help",
        templates=(
            "comprei uma tv nova e não sei colocar ela no wifi",
            "ganhei um celular novo, qual é a senha do wifi mesmo?",
            "como conecto a alexa no wifi de vocês?",
            "minha impressora não acha a rede wifi, como faço?",
            "instalei uma câmera e ela pede a rede de 2.4, como eu acho?",
            "o notebook novo não aparece a minha rede, só as dos vizinhos",
            "como coloco o videogame novo no wifi?",
        ),
        details=(
            "é uma smart tv de 50 polegadas",
            "não entendo muito de configuração",
            "o resto dos aparelhos tá conectado normal",
        ),
    ),
    Family(
        name="parental_control",
        templates=(
            "como bloqueio uns sites pro meu filho no wifi?",
            "dá pra desligar o wifi das crianças depois das 22h?",
            "queria limitar o horário da internet no celular do meu filho pelo roteador",
            "tem controle dos pais nesse roteador de vocês?",
            "como faço pra tirar um aparelho específico do wifi?",
            "queria bloquear o videogame no wifi em dia de semana",
        ),
        details=(
            "meu filho tem 12 anos",
            "o roteador é o que vocês instalaram",
            "não sei entrar nas configurações",
        ),
    ),
    Family(
        name="happy_customer_wifi_tweak",
        templates=(
            "a internet de vocês é ótima, só queria mudar a senha do wifi",
            "tudo funcionando lindamente, só queria saber como ligo um repetidor",
            "adoro o serviço, só preciso de ajuda pra colocar a tv nova no wifi",
            "nunca tive problema com vocês, mas queria um roteador que alcance o quintal",
            "internet maravilhosa, só quero trocar o nome da rede",
            "muito satisfeito com a fibra, só queria separar as redes 2.4 e 5G",
        ),
        details=(
            "obrigado desde já",
            "é só isso mesmo",
            "o resto tá perfeito",
        ),
        sentiment="satisfied",
    ),
)

TECHNICIAN_VISIT: tuple[Family, ...] = (
    Family(
        name="schedule_visit",
        templates=(
            "quero agendar uma visita técnica",
            "preciso que mandem um técnico aqui em casa",
            "como faço pra marcar um técnico?",
            "dá pra agendar um técnico pra {weekday}?",
            "gostaria de solicitar a visita de um técnico no meu endereço",
            "vocês podem mandar alguém aqui olhar a instalação?",
            "quais os horários disponíveis pra visita técnica?",
        ),
        details=(
            "no telefone disseram que só resolve com visita",
            "moro na {street}, casa dos fundos",
            "o problema já foi testado de longe",
        ),
    ),
    Family(
        name="reschedule_visit",
        templates=(
            "preciso remarcar a visita de {weekday}",
            "não vou estar em casa no dia da visita, dá pra mudar?",
            "queria passar a visita do técnico pra outro dia",
            "tem como adiar o técnico pra semana que vem?",
            "surgiu um imprevisto, posso trocar o horário da visita?",
            "dá pra antecipar a visita? ficou marcada pra muito longe",
            "o técnico vem num dia que eu trabalho, dá pra trocar a data?",
        ),
        details=(
            "vou viajar a trabalho",
            "qualquer dia {time} eu consigo",
        ),
    ),
    Family(
        name="technician_no_show",
        sentiment="frustrated",
        templates=(
            "fiquei o dia todo esperando o técnico e ninguém apareceu",
            "faltei no trabalho pra esperar o técnico e ele não veio",
            "a visita era {date} e até agora nada do técnico",
            "marcaram, eu esperei, e o técnico simplesmente não apareceu",
            "de novo o técnico não veio, é a segunda vez que me deixam plantado",
            "cadê o técnico que vocês prometeram? esperei até de noite",
        ),
        details=(
            "ninguém ligou pra avisar",
            "perdi um dia de serviço por isso",
            "o protocolo diz que a visita foi realizada, mas ninguém veio",
        ),
    ),
    Family(
        name="technician_eta",
        templates=(
            "que horas o técnico chega?",
            "o técnico ainda vem hoje?",
            "tem previsão do horário que o técnico vai passar?",
            "a visita é hoje, já saiu alguém pra cá?",
            "queria saber se o técnico tá a caminho",
            "até que horas o técnico pode aparecer hoje?",
        ),
        details=(
            "preciso sair pra buscar meu filho na escola",
            "o período marcado foi de manhã",
        ),
    ),
    Family(
        name="cancel_visit_not_contract",
        templates=(
            "quero cancelar a visita técnica, não o contrato",
            "não precisa mais mandar técnico, a internet voltou",
            "pode desmarcar a visita de {weekday}, já resolvi aqui",
            "cancela o técnico por favor, o problema era o meu cabo",
            "a internet voltou sozinha, então podem cancelar o atendimento em casa",
            "quero só cancelar o agendamento do técnico",
        ),
        details=(
            "se voltar a dar problema eu marco de novo",
            "obrigado pela ajuda no telefone",
        ),
    ),
    Family(
        name="technician_conduct",
        sentiment="frustrated",
        templates=(
            "o técnico que veio aqui foi muito grosso comigo",
            "o técnico deixou a casa toda suja e foi embora",
            "o rapaz furou a parede no lugar errado e nem pediu desculpa",
            "o técnico chegou mal-humorado e tratou minha mãe com falta de educação",
            "quebraram meu vaso na instalação e fingiram que não viram",
            "o técnico ficou no celular o tempo todo e saiu sem terminar",
        ),
        details=(
            "tenho foto de como ficou a parede",
            "ele nem tirou o sapato sujo de barro",
        ),
    ),
    Family(
        name="visit_did_not_fix",
        sentiment="frustrated",
        templates=(
            "o técnico veio e não resolveu nada",
            "o técnico disse que ia voltar com uma peça e sumiu",
            "fizeram a visita mas o problema continua igualzinho",
            "o técnico olhou, disse que tava tudo certo e foi embora, mas não tá certo",
            "a visita não adiantou nada, quero outro técnico",
            "ficou de voltar pra terminar o serviço e nunca mais apareceu",
        ),
        details=(
            "ele ficou menos de dez minutos aqui",
            "nem subiu no poste pra olhar",
        ),
    ),
    Family(
        name="is_technician_legit",
        templates=(
            "um rapaz tá aqui no portão dizendo que é técnico de vocês, é verdade?",
            "recebi mensagem dizendo que vai vir um técnico, vocês mandaram mesmo?",
            "tem como confirmar o nome do técnico que vem aqui?",
            "ligaram dizendo que são da empresa e querem entrar pra olhar o modem, é de vocês?",
            "o técnico de vocês usa uniforme? tem um homem aqui sem crachá",
            "vocês mandaram alguém pra trocar equipamento hoje? eu não pedi nada",
        ),
        details=(
            "moro sozinha e fico com receio",
            "o carro dele não tem o nome da empresa",
        ),
    ),
    Family(
        name="confirm_appointment",
        templates=(
            "queria confirmar se minha visita tá marcada pra amanhã",
            "a visita técnica de {weekday} continua de pé?",
            "vocês confirmam o técnico amanhã de manhã?",
            "recebi o protocolo mas não sei o dia da visita, qual é?",
            "minha visita ficou marcada pra quando?",
            "queria saber a data da visita do chamado que abri {date}",
        ),
        details=(
            "não recebi nenhuma mensagem de confirmação",
            "o número do protocolo está no e-mail",
        ),
    ),
    Family(
        name="availability_windows",
        templates=(
            "só posso receber o técnico depois das seis da tarde",
            "vocês fazem visita no sábado?",
            "o técnico pode vir no horário do almoço?",
            "trabalho o dia todo, tem visita à noite?",
            "dá pra marcar o técnico pra {weekday} {time}?",
            "qual o período da visita, manhã ou tarde?",
        ),
        details=(
            "no fim de semana tem sempre alguém em casa",
            "trabalho em horário comercial",
        ),
    ),
    Family(
        name="installation_rework",
        templates=(
            "o fio da fibra tá pendurado na frente de casa, mandem alguém arrumar",
            "a instalação ficou mal feita, o cabo tá passando no meio da sala",
            "preciso que venham prender o fio que ficou solto no muro",
            "quero que um técnico venha mudar o cabo de lugar, ficou feio",
            "a caixinha ficou mal presa na parede e tá caindo, precisa alguém vir",
            "o cabo passa pela janela e não deixa fechar, manda um técnico refazer",
        ),
        details=(
            "a internet tá funcionando, o problema é só a instalação",
            "tenho criança pequena e o fio fica no caminho",
        ),
    ),
    Family(
        name="visit_fee_question",
        templates=(
            "a visita técnica é cobrada?",
            "se eu agendar o técnico vou ter que pagar alguma coisa?",
            "quanto custa a visita se o problema for no meu aparelho?",
            "me falaram que a visita sai {amount}, é isso mesmo?",
            "o técnico vem de graça ou cobra taxa?",
            "antes de marcar, queria saber se tem taxa de visita",
        ),
        details=(
            "não quero ter surpresa na fatura",
            "o problema pode ser no cabo de vocês",
        ),
    ),
    Family(
        name="urgent_visit",
        urgent=True,
        templates=(
            "preciso de um técnico hoje, é urgente",
            "tenho paciente em home care que depende da internet, preciso de técnico ainda hoje",
            "não dá pra esperar até semana que vem, preciso do técnico agora",
            "minha loja tá parada, mandem um técnico o quanto antes",
            "trabalho de casa e a visita ficou pra daqui a {duration}, tem como antecipar?",
            "urgente, preciso de alguém aqui ainda hoje pra ver a fibra",
        ),
        details=(
            "sem internet eu não trabalho",
            "posso receber o técnico a qualquer hora",
        ),
    ),
    Family(
        name="travel_before_visit",
        urgent=True,
        templates=(
            "viajo amanhã cedo e preciso que o técnico venha ainda hoje",
            "vou ficar fora um mês a partir de amanhã, dá pra mandar o técnico hoje?",
            "só tem gente em casa até hoje, depois fica fechada, preciso da visita agora",
            "vou acompanhar meu pai no hospital a partir de amanhã, o técnico tem que vir hoje",
            "é urgente, o técnico precisa vir antes de eu viajar amanhã",
            "amanhã de manhã não tem ninguém aqui, preciso do técnico hoje sem falta",
        ),
        details=(
            "a casa vai ficar com as câmeras ligadas na internet",
            "não tenho com quem deixar a chave",
        ),
    ),
    Family(
        name="repeated_visits",
        sentiment="frustrated",
        templates=(
            "já é a quarta visita e ninguém resolve",
            "já vieram três técnicos aqui e cada um fala uma coisa",
            "não quero mais técnico novato, quero alguém que resolva de verdade",
            "perdi a conta de quantos técnicos vieram e o problema continua",
            "toda semana um técnico diferente e nada muda",
            "mandem um técnico que saiba o que tá fazendo dessa vez",
        ),
        details=(
            "cada visita eu tenho que faltar no trabalho",
            "um trocou o modem, outro trocou o cabo, e nada",
        ),
    ),
    Family(
        name="visit_sarcasm",
        sentiment="frustrated",
        templates=(
            "técnico de vocês é tipo fantasma, todo mundo fala mas ninguém vê",
            "parabéns pela pontualidade, o técnico chegou só com dois dias de atraso",
            "vou emoldurar o protocolo da visita, já que o técnico nunca vem",
            "acho mais fácil ver disco voador do que técnico de vocês aqui",
            "que agilidade, agendaram a visita pro mês que vem",
            "adorei esperar o técnico a manhã inteira pra ele não aparecer",
        ),
        details=(
            "já são três agendamentos furados",
            "ninguém dá satisfação",
        ),
    ),
    Family(
        name="greeting_visit",
        templates=(
            "boa tarde, queria marcar um técnico",
            "oi, bom dia, preciso de uma visita técnica aqui",
            "olá, tudo bem? gostaria de remarcar minha visita",
            "boa noite, o técnico vem amanhã mesmo?",
            "oi! bom dia, dá pra agendar um técnico pra essa semana?",
            "olá, boa tarde, queria saber do técnico que ficou de vir",
        ),
        details=(
            "sou cliente há {months}",
            "o endereço é o mesmo do cadastro",
        ),
    ),
    Family(
        name="someone_else_receives",
        templates=(
            "minha mãe vai estar em casa pra receber o técnico, pode ser?",
            "posso deixar alguém pra receber o técnico no meu lugar?",
            "o porteiro pode acompanhar o técnico?",
            "quem vai estar lá é minha vizinha, ela pode abrir pro técnico?",
            "precisa ser o titular pra atender o técnico?",
            "meu filho de 16 anos pode receber a visita?",
        ),
        details=(
            "eu trabalho longe e não consigo sair",
            "deixo o documento com ela",
        ),
    ),
    Family(
        name="terse_visit",
        templates=(
            "agendar técnico",
            "visita técnica",
            "remarcar visita",
            "cadê o técnico",
            "técnico hoje?",
            "marcar técnico",
        ),
        details=(
            "pode ser qualquer dia",
            "protocolo aberto ontem",
        ),
    ),
    Family(
        name="installation_appointment",
        templates=(
            "já contratei o plano, quando vem o técnico fazer a instalação?",
            "fechei a internet ontem e queria agendar a instalação",
            "a instalação tá marcada pra {weekday}, vocês confirmam?",
            "assinei faz uns dias e até agora ninguém veio instalar",
            "quanto tempo demora pro técnico vir instalar depois de assinar?",
            "assinei semana passada, dá pra adiantar a instalação?",
        ),
        details=(
            "o contrato já foi assinado pelo aplicativo",
            "o endereço é {street}, no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="complaint_title_visit",
        sentiment="frustrated",
        # Complaint-site titles about visits that failed; "descaso" carries the tone.
        templates=(
            "Técnico não compareceu",
            "Visita técnica não realizada",
            "Agendamento de visita não cumprido",
            "Técnico não apareceu no horário marcado",
            "Visita técnica cancelada sem aviso",
            "Descaso no atendimento técnico domiciliar",
            "Falta de compromisso com a visita agendada",
        ),
        details=(
            "Aguardei durante todo o período combinado",
            "Nenhuma ligação ou mensagem foi enviada",
            "Solicito um novo agendamento com data garantida",
        ),
    ),
    Family(
        name="visit_date_too_far",
        templates=(
            "a primeira data que vocês têm é só daqui a dez dias?",
            "por que demora tanto pra conseguir um técnico?",
            "não tem nenhuma vaga mais cedo pra visita?",
            "só tem agenda pro mês que vem? não tem antes?",
            "queria uma data mais próxima pro técnico, essa demora muito",
            "tem lista de espera caso abra um horário antes?",
        ),
        details=(
            "posso receber em qualquer dia da semana",
            "moro perto da base de vocês",
        ),
    ),
    Family(
        name="technician_contact_call",
        templates=(
            "o técnico pode me ligar antes de vir?",
            "tem como me passarem o telefone do técnico?",
            "o técnico me ligou e eu não consegui atender, ele volta a ligar?",
            "pede pro técnico me chamar no zap quando estiver chegando",
            "queria falar direto com o técnico que vai vir aqui",
            "o técnico avisa quando sai pra cá?",
        ),
        details=(
            "meu interfone não funciona",
            "o número pra contato é o mesmo do cadastro",
        ),
    ),
    Family(
        name="missed_the_visit",
        templates=(
            "o técnico veio e eu não estava, e agora?",
            "perdi a visita porque saí rapidinho, dá pra ele voltar?",
            "deixaram um aviso dizendo que o técnico passou e não tinha ninguém",
            "não ouvi a campainha e o técnico foi embora, como faço?",
            "cheguei atrasado e o técnico já tinha ido, tem como ele passar de novo?",
            "o porteiro disse que o técnico esteve aqui quando eu saí, ele volta?",
        ),
        details=(
            "fiquei só meia hora fora",
            "a campainha às vezes não toca",
        ),
    ),
    Family(
        name="site_access_prep",
        templates=(
            "moro em condomínio, o técnico precisa de autorização da portaria?",
            "precisa de escada? a caixa da internet fica no alto",
            "o técnico vai precisar subir no telhado?",
            "preciso deixar alguma coisa pronta pra visita?",
            "tenho cachorro bravo, preciso prender antes do técnico chegar?",
            "o técnico precisa entrar no apartamento ou resolve pela caixa do andar?",
            "preciso tirar os móveis do lugar pra ele passar o cabo?",
        ),
        details=(
            "o síndico pede nome e documento de quem entra",
            "a garagem fica trancada durante o dia",
        ),
    ),
    Family(
        name="waiting_to_be_scheduled",
        templates=(
            "abri chamado e ninguém agendou a visita ainda",
            "disseram que iam me ligar pra marcar o técnico e até agora nada",
            "queria saber se já tem data pra visita do meu chamado",
            "o protocolo diz aguardando agendamento, quando vão marcar?",
            "falaram que um técnico ia entrar em contato pra combinar o dia, ainda não entrou",
            "minha solicitação de visita tá parada, podem ver?",
        ),
        details=(
            "o chamado foi aberto pelo aplicativo",
            "deixei o celular sempre ligado esperando",
        ),
    ),
    Family(
        name="service_order_signature",
        templates=(
            "o técnico pediu pra eu assinar a ordem de serviço, é normal?",
            "preciso assinar alguma coisa quando o técnico vier?",
            "o técnico quer que eu assine no celular dele que o serviço foi feito, "
            "mas ele não terminou",
            "o técnico pediu pra eu dar nota máxima na pesquisa da visita, sou obrigado?",
            "não assinei nada e o técnico foi embora, tem problema?",
            "o técnico não me deu comprovante da visita, como consigo?",
        ),
        details=(
            "ele tava com pressa",
            "não sei se o serviço ficou registrado",
        ),
    ),
    Family(
        name="same_technician_request",
        templates=(
            "queria que viesse o mesmo técnico da outra vez",
            "pode mandar o técnico que fez minha instalação? ele já conhece a casa",
            "o técnico da última visita resolveu rapidinho, dá pra pedir ele de novo?",
            "tem como escolher o técnico?",
            "prefiro que venha uma técnica mulher, é possível?",
            "não quero aquele técnico da última vez, pode mandar outro?",
        ),
        details=(
            "não lembro o nome dele, mas ele veio de manhã",
            "moro sozinha",
        ),
    ),
    Family(
        name="colloquial_visit_request",
        templates=(
            "manda o moço da internet aqui",
            "o rapaz da net vem quando?",
            "quero que o instalador passe aqui em casa",
            "o cara da fibra vem hoje?",
            "precisa vir alguém dar uma olhada na minha instalação",
            "bota um técnico pra vir aqui, por favor",
            "dá pra mandar um menino de vocês aqui?",
        ),
        details=(
            "a dona da casa sou eu",
            "a casa é a do portão azul",
        ),
    ),
    Family(
        name="rural_access_visit",
        templates=(
            "moro na zona rural, o técnico chega até aqui?",
            "minha casa é num sítio afastado, o técnico consegue ir até lá?",
            "a estrada até aqui é de terra, o técnico consegue vir de carro?",
            "moro num condomínio de chácaras, qual o prazo pra visita técnica?",
            "vocês mandam técnico pra área rural de {city}?",
            "fico a uns dez quilômetros da cidade, tem visita técnica pra cá?",
        ),
        details=(
            "quando chove a estrada fica ruim",
            "posso mandar a localização pelo celular",
        ),
    ),
    Family(
        name="visit_cancelled_by_them",
        sentiment="frustrated",
        templates=(
            "vocês remarcaram minha visita sem me consultar, que falta de respeito",
            "cancelaram a visita e nem avisaram, fiquei esperando à toa",
            "mudaram o dia do técnico por mensagem em cima da hora, absurdo",
            "me mandaram SMS desmarcando a visita meia hora antes, que palhaçada",
            "a visita sumiu do sistema e ninguém sabe explicar, que bagunça",
            "toda vez que chega o dia vocês adiam o técnico de novo, cansei",
        ),
        details=(
            "eu tinha pedido folga no trabalho",
            "na mensagem não tinha nenhuma nova data",
        ),
    ),
    Family(
        name="home_only_until_time",
        urgent=True,
        templates=(
            "só consigo ficar em casa até as 14h hoje, o técnico vem antes disso?",
            "preciso sair pro hospital daqui a pouco, o técnico chega agora de manhã?",
            "tenho consulta médica hoje {time}, o técnico consegue vir antes? é urgente",
            "o técnico precisa vir agora, depois não vai ter ninguém pra abrir",
            "tô esperando desde cedo e preciso sair em meia hora, cadê o técnico?",
            "me avisem agora se o técnico vem, senão vou ter que sair",
        ),
        details=(
            "o trabalho não me liberou o dia todo",
            "moro sozinho",
        ),
    ),
    Family(
        name="waiting_days_for_technician",
        sentiment="frustrated",
        urgent=True,
        templates=(
            "tô há {duration} esperando o técnico e nada",
            "faz {duration} que abri chamado e nenhum técnico apareceu",
            "{duration} esperando uma visita que nunca chega",
            "já são {duration} de espera pelo técnico, isso é um absurdo",
            "esperando técnico há {duration}, ninguém dá previsão",
            "vai completar {duration} que pedi um técnico e até agora nada",
        ),
        details=(
            "fiquei sem internet esse tempo todo",
            "cada vez que ligo dizem que está na fila",
        ),
    ),
    Family(
        name="kd_technician_took_day_off",
        templates=(
            "kd o técnico??? tirei folga pra isso",
            "e o técnico? tô esperando desde cedo",
            "tirei folga do trampo pra esperar o técnico e nada",
            "falaram que vinha de manhã, já são 3 da tarde e ninguém",
            "o técnico vem ou não vem???",
            "fiquei o dia inteiro em casa esperando, ninguém apareceu",
            "perdi um dia de serviço esperando o técnico de vocês, cadê?",
            "faltei no trabalho pra receber o técnico e ele sumiu",
        ),
        details=(
            "a visita tava marcada pro período da manhã",
            "ninguém ligou avisando nada",
            "não dá pra faltar de novo",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_visit",
        templates=(
            "eu queria ver se tem como mandar um técnico aqui em casa porque tá com problema no "
            "aparelho",
            "então eu marquei a visita do técnico pra {weekday} mas não vou poder estar em casa "
            "dá pra mudar",
            "é que assim o técnico ficou de vir e eu queria saber mais ou menos que horas ele "
            "chega",
            "moça precisa vir alguém aqui ver a fiação porque o fio tá todo solto na parede",
            "eu queria que o técnico viesse de tarde porque de manhã eu trabalho e não tem ninguém",
            "vocês conseguem mandar um rapaz pra olhar o cabo que tá pendurado aqui na frente",
            "tô ligando pra confirmar se a visita do técnico de amanhã tá de pé",
        ),
        details=(
            "o portão é o azul",
            "pode ligar antes de vir nesse número",
            "minha mãe vai estar em casa pra receber",
        ),
    ),
    Family(
        name="regional_visit",
        templates=(
            "oxe, o técnico vem que horas?",
            "dá pra mandar o rapaz da internet aqui amanhã cedo?",
            "o moço da fibra pode vir no sábado?",
            "manda o técnico aqui pra dar uma olhada, visse",
            "quero que venha alguém olhar isso aqui pessoalmente",
            "uai, quando é que o técnico passa aqui pra ver o trem?",
            "bah, tem como agendar um técnico pra essa semana?",
        ),
        details=(
            "moro na {street}",
            "é uma casa de muro amarelo",
            "fico em casa até {time}",
        ),
    ),
    Family(
        name="technician_to_return_with_part",
        templates=(
            "o técnico disse que ia voltar com a peça e não voltou mais",
            "ficaram de mandar o técnico de novo com o equipamento certo e nada",
            "o rapaz veio, viu que faltava material e nunca mais apareceu",
            "me deixaram esperando a segunda visita com a peça até hoje",
            "disseram que o técnico voltava no outro dia pra terminar o serviço e sumiram",
            "o serviço ficou pela metade porque o técnico não tinha o cabo, quando ele volta?",
        ),
        details=(
            "a primeira visita foi {date}",
            "o fio ficou solto na parede",
            "ninguém me liga pra agendar",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="thanks_then_another_visit",
        templates=(
            "a instalação ficou linda, agora queria agendar outro ponto no quarto",
            "o técnico de ontem foi um amor, dá pra ele voltar pra ajustar o cabo da sala?",
            "adorei o serviço do rapaz, queria marcar mais uma visita pra passar o fio pelo teto",
            "o pessoal de vocês é muito caprichoso, quero agendar a mudança do roteador de lugar",
            "fiquei muito feliz com a instalação, tem como marcar uma visita pro escritório "
            "também?",
            "serviço impecável da última vez, podem agendar um técnico pra {weekday}?",
        ),
        details=(
            "pode ser de manhã",
            "o técnico foi super educado",
            "vou estar em casa o dia todo",
        ),
        sentiment="satisfied",
    ),
)

FAMILIES: dict[str, tuple[Family, ...]] = with_train_only(
    {
        "technical.no_connection": NO_CONNECTION,
        "technical.slow_connection": SLOW_CONNECTION,
        "technical.intermittent": INTERMITTENT,
        "technical.wifi_equipment": WIFI_EQUIPMENT,
        "technical.technician_visit": TECHNICIAN_VISIT,
    }
)
