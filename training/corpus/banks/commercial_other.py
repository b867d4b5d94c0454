"""Phrase bank for the commercial and `other` sub_intents.

Covers signing up, changing plan, cancelling, moving house, greetings/thanks with no request and
messages unrelated to the provider. Each family is one way of asking (situation, construction or
point of view); its templates are paraphrases of each other, because the splits hold out whole
families. Hard cases that must keep the family's label are marked in the comment above them.
"""

from __future__ import annotations

from training.corpus.banks.train_only import with_train_only
from training.corpus.families import Family

_NEW_SUBSCRIPTION: tuple[Family, ...] = (
    Family(
        name="coverage_at_address",
        templates=(
            "vocês atendem na {street}?",
            "queria saber se tem cobertura de fibra na {street}, no bairro {neighbourhood}",
            "a fibra de vocês já chega no bairro {neighbourhood}?",
            "tem como ver se pega a internet de vocês no meu endereço? é na {street}",
            "moro no bairro {neighbourhood}, em {city}; vocês já chegaram aqui?",
            "o cabo de vocês passa na {street}? quero saber se consigo instalar",
            "vi os postes com a fibra de vocês aqui na rua, já dá pra contratar?",
            "consulta de viabilidade pra {street}, {city}, por favor",
        ),
        details=(
            "é uma casa de esquina, do lado da padaria",
            "meu vizinho da frente já tem internet com vocês",
            "me mudei pra cá faz pouco tempo e ainda não tenho internet nenhuma",
        ),
    ),
    Family(
        name="plan_prices",
        templates=(
            "quais planos vocês têm e quanto custa cada um?",
            "quanto tá o {plan}?",
            "me passa a tabela de preços da internet",
            "qual o valor da mensalidade do {plan}?",
            "quanto sai por mês o plano mais barato de vocês?",
            "tem plano de fibra por menos de {amount}?",
            "quero saber os valores dos planos de internet residencial",
            "o que vem incluso no {plan} e qual o preço?",
        ),
        details=(
            "vi um anúncio de vocês no Instagram",
            "quero comparar com outras empresas antes de decidir",
            "é só pra mim e pra minha esposa usar",
        ),
    ),
    Family(
        name="sign_up_order",
        templates=(
            "quero contratar internet",
            "quero assinar o {plan}",
            "como faço pra virar cliente de vocês?",
            "gostaria de contratar a fibra pra minha casa",
            "bora fechar o {plan}, o que vocês precisam de mim?",
            "quero instalar a internet de vocês aqui em casa, como funciona?",
            "quero ser cliente, me manda o passo a passo pra contratar",
            "tenho interesse em assinar, com quem eu falo?",
        ),
        details=(
            "já tenho os documentos em mãos",
            "posso passar meu CPF e o endereço agora mesmo",
        ),
    ),
    # Hard case: "cancelar" and a competitor are mentioned, but the customer is coming to us.
    Family(
        name="switching_from_competitor",
        templates=(
            "vou cancelar a internet que tenho hoje e quero contratar com {company}",
            "{provider} tá me deixando na mão, quero passar pra vocês",
            "quero trocar de provedor: hoje tenho {provider} e pago {amount}",
            "quero largar meu provedor atual e assinar com {company}",
            "hoje pago {amount} em outra empresa, vocês fazem um preço parecido pra eu mudar?",
            "meu contrato com {provider} acaba esse mês, quero deixar a instalação de vocês "
            "encaminhada",
            "{provider} me ofereceu renovação, mas prefiro mudar pra vocês; como contrato?",
            "não quero cancelar nada com vocês, eu ainda nem sou cliente: quero sair do meu "
            "provedor e entrar com vocês",
        ),
        details=(
            "tô com a outra operadora há {months}",
            "me indicaram vocês no grupo do condomínio",
            "minha fidelidade com a outra empresa já acabou",
        ),
    ),
    # Hard case: complaint words about ANOTHER provider; the request is to sign up with us.
    Family(
        name="fed_up_with_competitor",
        sentiment="frustrated",
        templates=(
            "tô de saco cheio da minha internet atual, cai toda hora; quero contratar vocês",
            "{provider} é uma vergonha, me fala como faço pra assinar com vocês",
            "não aguento mais meu provedor, quero a fibra de vocês pra ontem",
            "cansei de ser enrolado pela minha operadora, quero conhecer os planos de vocês",
            "a internet que tenho hoje é uma porcaria, vocês são melhores? quero assinar",
            "já tive três provedores ruins aqui em casa, espero que vocês sejam diferentes; "
            "quero contratar",
        ),
        details=(
            "a outra empresa nunca mandou técnico quando eu precisei",
            "pago caro e a internet de lá não presta",
        ),
    ),
    Family(
        name="business_plan",
        templates=(
            "vocês têm plano empresarial? é pra minha loja",
            "preciso de internet pra um escritório com 10 pessoas, quanto fica?",
            "quero contratar fibra no CNPJ da minha empresa",
            "tem plano com {addon} pra empresa?",
            "abri um salão no bairro {neighbourhood} e preciso colocar internet lá",
            "vocês fazem contrato pra pessoa jurídica? preciso de nota fiscal",
            "quero um orçamento de link dedicado pra minha empresa",
        ),
        details=(
            "a gente usa maquininha de cartão e sistema na nuvem",
            "o ponto comercial fica na {street}",
            "somos uma empresa pequena, com três funcionários",
        ),
    ),
    # Hard case: an existing customer, but a second contract elsewhere is a new subscription,
    # neither an address change nor a plan change.
    Family(
        name="second_contract_existing_customer",
        templates=(
            "já sou cliente em casa, mas quero contratar outra internet pra casa da minha mãe",
            "não é mudança de endereço: quero manter a internet daqui e instalar mais uma na "
            "minha loja",
            "tenho um plano com vocês e quero fazer um segundo contrato pra casa de praia",
            "quero uma instalação nova em outro endereço, sem mexer na que eu já tenho",
            "dá pra ter dois contratos no meu CPF? quero internet também no apartamento que "
            "aluguei",
            "comprei uma casa pra alugar e quero colocar a internet de vocês lá; a minha "
            "continua igual",
        ),
        details=(
            "o meu contrato atual tá em dia",
            "a casa da minha mãe fica em {city}",
            "cada endereço pode ter o seu próprio boleto",
        ),
    ),
    # Hard case: "roteador" and "instalação" without any technical problem.
    Family(
        name="installation_fee_and_lead_time",
        templates=(
            "quanto custa a instalação?",
            "a instalação é grátis ou tem taxa?",
            "se eu contratar hoje, em quantos dias vocês instalam?",
            "a taxa de instalação dá pra parcelar em {installments}?",
            "tem que pagar alguma coisa pra instalar ou é só a mensalidade?",
            "o roteador já vem junto no plano ou eu tenho que comprar?",
            "quanto tempo leva pra instalar depois que eu assino o contrato?",
        ),
        details=(
            "ainda não sou cliente de vocês",
            "queria ter internet antes do fim do mês",
            "a casa já tem a tubulação pronta",
        ),
    ),
    Family(
        name="urgent_home_internet",
        urgent=True,
        templates=(
            "preciso de internet urgente, começo home office segunda e ainda não tenho nada em "
            "casa",
            "quero contratar hoje, tenho prova online essa semana e tô sem internet nenhuma",
            "qual o jeito mais rápido de ter a internet de vocês? preciso pra trabalhar essa "
            "semana",
            "dá pra instalar amanhã? acabei de chegar na cidade e preciso de internet pro trabalho",
            "preciso contratar agora, minha filha tem aula online e a gente não tem internet em "
            "casa",
            "vocês fazem instalação no mesmo dia? é urgente, vou trabalhar de casa",
        ),
        details=(
            "meu trabalho exige conexão estável",
            "posso mandar meus documentos agora mesmo",
            "tô usando o 4G do celular por enquanto e não dá conta",
        ),
    ),
    Family(
        name="urgent_business_opening",
        urgent=True,
        templates=(
            "inauguro minha loja {weekday} e preciso de internet pra maquininha, vocês instalam "
            "até lá?",
            "vou abrir uma lanchonete essa semana e ainda não tenho internet, dá pra instalar "
            "com urgência?",
            "preciso de internet no consultório até segunda, começo a atender pacientes",
            "meu escritório abre amanhã e esqueci de contratar internet, vocês me salvam?",
            "tenho um evento na loja daqui a dois dias e preciso de wifi pros clientes, quero "
            "contratar já",
            "o sistema da minha farmácia só roda com internet e eu abro na semana que vem, "
            "quero fechar hoje",
        ),
        details=(
            "o ponto fica no bairro {neighbourhood}",
            "preciso de nota fiscal no CNPJ",
        ),
    ),
    # Hard case: an outage at ANOTHER provider makes them sign up with us, urgently.
    Family(
        name="urgent_after_competitor_cut",
        urgent=True,
        templates=(
            "minha operadora cortou a internet hoje e eu trabalho de casa, vocês instalam urgente?",
            "{provider} sumiu com o sinal aqui faz dias e eu preciso de internet agora; quero "
            "contratar vocês",
            "fiquei sem internet porque a outra empresa faliu, preciso contratar com vocês o "
            "quanto antes",
            "o provedor daqui fechou as portas e eu tenho entrega de trabalho amanhã, qual o "
            "plano mais rápido de instalar?",
            "a minha internet de hoje foi cortada e meu filho tem prova online; dá pra vocês "
            "instalarem ainda essa semana?",
            "cancelaram meu contrato lá na outra operadora do nada e preciso de internet "
            "urgente, vocês atendem na {street}?",
        ),
        details=(
            "não sou cliente de vocês ainda",
            "tô rodando tudo no roteador do celular",
        ),
    ),
    Family(
        name="promotion_seen",
        templates=(
            "vi a promoção do {plan} por {amount}, ainda tá valendo?",
            "aquela oferta de fibra que apareceu no meu Instagram ainda tá de pé?",
            "recebi um panfleto de vocês aqui em casa, quero saber da promoção",
            "o plano de {amount} do anúncio é pra cliente novo, né? quero esse",
            "tem algum desconto pra quem assinar agora?",
            "o carro de som passou anunciando a internet de vocês, como faço pra pegar essa "
            "oferta?",
            "vi no outdoor que o primeiro mês é grátis, é verdade?",
        ),
        details=(
            "o anúncio dizia que não tem taxa de adesão",
            "quero aproveitar antes que acabe",
        ),
    ),
    Family(
        name="which_plan_advice",
        templates=(
            "somos quatro em casa, todo mundo no celular e uma TV; qual plano vocês recomendam?",
            "jogo online e faço live, qual plano de vocês dá conta?",
            "moro sozinho e só uso pra ver série, qual o plano mais em conta que serve?",
            "qual a diferença entre o {plan} e o plano mais caro? quero contratar um dos dois",
            "me ajuda a escolher um plano? trabalho de casa e tenho dois filhos",
            "vale a pena pegar o de 1 giga ou o de 500 já resolve pra uma família?",
            "ainda não sou cliente e não entendo nada de mega, qual plano eu pego?",
        ),
        details=(
            "nunca tive internet fixa, só usava os dados do celular",
            "a casa tem dois andares",
        ),
    ),
    # Hard case: "fidelidade" asked by someone who is not a customer yet.
    Family(
        name="requirements_and_contract",
        templates=(
            "o que preciso pra contratar? só RG e CPF?",
            "vocês fazem contrato pra quem tá com o nome sujo?",
            "precisa de comprovante de residência pra assinar?",
            "posso contratar no nome da minha esposa?",
            "os planos novos têm fidelidade? quero contratar, mas não quero ficar preso",
            "o contrato de vocês é de quanto tempo? tô pensando em assinar",
            "a casa é alugada e não tá no meu nome, consigo contratar assim mesmo?",
        ),
        details=(
            "meu nome tá com restrição por causa de um cartão antigo",
            "sou autônomo, não tenho holerite",
        ),
    ),
    # Hard case: a former customer says "voltar", but has no contract now.
    Family(
        name="former_customer_returning",
        templates=(
            "já fui cliente de vocês e quero voltar, como faço?",
            "cancelei com vocês ano passado, mas quero contratar de novo",
            "saí da empresa faz uns meses e me arrependi, dá pra reativar como cliente novo?",
            "fui cliente uns anos atrás, ainda consigo assinar no mesmo endereço?",
            "quero voltar a ser cliente, a internet que peguei depois não chegou nem perto",
            "ex-cliente aqui: quero assinar outra vez, tem alguma condição pra quem volta?",
        ),
        details=(
            "não tenho nenhuma pendência no meu nome",
            "na época eu tinha o {plan}",
            "saí porque mudei de cidade e agora voltei",
        ),
    ),
    Family(
        name="terse_lead",
        templates=(
            "quero net",
            "planos?",
            "preço da fibra",
            "quero contratar",
            "tem fibra aí no bairro {neighbourhood}?",
            "valores pfv",
            "quanto o {plan}",
            "instalação nova",
        ),
        details=(
            "ainda não sou cliente",
            "moro na {street}",
        ),
    ),
    Family(
        name="no_coverage_complaint",
        sentiment="frustrated",
        templates=(
            "faz anos que pergunto e vocês nunca colocam fibra no meu bairro; quando chega no "
            "bairro {neighbourhood}?",
            "os vizinhos da rua de trás têm fibra de vocês e eu não posso contratar? quando "
            "chega na {street}?",
            "já é a terceira vez que tento contratar e sempre dizem que não tem viabilidade, "
            "até quando?",
            "um absurdo a fibra passar na frente da minha casa e vocês dizerem que não dá pra "
            "instalar",
            "vocês só atendem bairro rico? quero contratar aqui no bairro {neighbourhood} e "
            "nunca tem",
            "quero muito ser cliente, mas parece que vocês não querem vender pra minha rua",
        ),
        details=(
            "o cabo de vocês tá no poste da esquina",
            "já deixei meu nome na lista de espera",
        ),
    ),
    Family(
        name="sales_never_called_back",
        sentiment="frustrated",
        templates=(
            "preenchi o cadastro no site pra contratar e ninguém me ligou até agora",
            "pedi pra assinar o plano há {duration} e o comercial sumiu",
            "mandei mensagem três vezes querendo contratar e ninguém responde, vocês não "
            "querem cliente?",
            "o vendedor disse que ia me ligar pra fechar a instalação e nunca ligou",
            "que descaso, eu querendo pagar pela internet e vocês nem respondem; ainda quero "
            "contratar",
            "fiz o pedido pelo site e ninguém confirmou nada, como assino de vez?",
        ),
        details=(
            "deixei meu telefone e meu e-mail no formulário",
            "minha vizinha pediu depois de mim e já tem internet",
        ),
    ),
    Family(
        name="referral_and_indirect",
        templates=(
            "minha vizinha tem internet com vocês e disse que é boa; queria saber como faço pra "
            "ter também",
            "um amigo me indicou vocês, queria entender como funciona pra contratar",
            "tô pensando em colocar internet em casa, vocês podem me explicar os planos?",
            "queria saber se compensa assinar com vocês, hoje só uso o 4G do celular",
            "me falaram que vocês têm fibra de verdade, queria fazer uma cotação",
            "meu filho pediu internet pra estudar, queria ver as opções de vocês",
        ),
        details=(
            "ainda tô decidindo",
            "o dinheiro tá meio curto, então quero algo em conta",
        ),
    ),
    # Hard case: greeting + request is the request, not other.greeting.
    Family(
        name="greeting_then_sign_up",
        templates=(
            "oi, boa tarde, tudo bem? acabei de me mudar pra cá e ainda não tenho internet, "
            "vocês atendem na {street}?",
            "olá! primeira vez que falo com vocês, quero saber dos planos de internet",
            "bom dia, gostaria de informações pra contratar fibra residencial",
            "oi, tudo bom? vocês podem me passar os preços? quero assinar esse mês",
            "boa noite, desculpa o horário, queria contratar o {plan}",
            "e aí, pessoal, beleza? queria colocar a fibra de vocês lá em casa",
        ),
        details=(
            "não tenho pressa, pode responder quando der",
            "quem me passou o contato foi minha cunhada",
        ),
    ),
    Family(
        name="first_own_place",
        templates=(
            "saí da casa dos meus pais e preciso colocar internet no meu primeiro apê",
            "aluguei uma kitnet e ainda não tem internet, quero contratar com vocês",
            "primeira vez que vou ter internet no meu nome, como funciona pra assinar?",
            "casei agora e a gente tá montando a casa, queria colocar a fibra de vocês",
            "vou morar sozinha pela primeira vez e quero uma internet boa e barata",
            "tô indo pra uma república com mais três colegas, dá pra contratar um plano pra "
            "dividir?",
            "meu primeiro cantinho ficou pronto, só falta a internet; quais são as opções?",
        ),
        details=(
            "nunca tive conta de nada no meu nome",
            "é um apartamento pequeno, de um quarto",
            "a gente vai dividir a mensalidade entre todo mundo",
        ),
    ),
    Family(
        name="rural_area_coverage",
        templates=(
            "vocês atendem zona rural? moro num sítio a uns 5 km da cidade",
            "tenho uma chácara perto de {city}, a fibra de vocês chega lá?",
            "a estrada aqui é de terra, mas tem poste; dá pra puxar internet até minha casa?",
            "moro na roça e só pega um rádio ruim, vocês instalam fibra em área rural?",
            "queria internet na fazenda, vocês vão até lá ou só atendem na cidade?",
            "meu sítio fica depois do trevo, na saída de {city}; tem como instalar?",
            "vocês têm plano pra quem mora afastado, longe do centro?",
        ),
        details=(
            "o vizinho mais perto fica a um quilômetro",
            "tem poste de energia até a porteira",
            "hoje só pega sinal de celular em cima do morro",
        ),
    ),
    # Hard case: payment words (cartão, boleto, pix, vencimento) from someone not yet a customer.
    Family(
        name="payment_methods_before_signing",
        templates=(
            "se eu contratar, posso pagar a mensalidade no cartão de crédito?",
            "vocês aceitam débito automático pra cliente novo?",
            "quero assinar, mas só pago por pix; isso funciona com vocês?",
            "a mensalidade de vocês vem em boleto ou em carnê? tô pensando em contratar",
            "dá pra escolher o dia do vencimento na hora de contratar?",
            "o primeiro pagamento é antecipado ou só depois da instalação?",
            "antes de fechar o plano: vocês cobram no cartão todo mês, tipo assinatura?",
        ),
        details=(
            "não tenho conta em banco, só uso carteira digital",
            "meu salário cai no começo do mês",
            "ainda não sou cliente de vocês",
        ),
    ),
    Family(
        name="condo_building_install",
        templates=(
            "moro em prédio, a fibra de vocês já tá instalada no condomínio?",
            "meu condomínio tem estrutura pra internet de vocês ou precisa de autorização?",
            "moro num condomínio no bairro {neighbourhood}, vocês já atendem os apartamentos de "
            "lá?",
            "o síndico precisa liberar alguma coisa pra eu contratar a internet de vocês?",
            "moro no 12º andar, o cabo de vocês chega até o apartamento?",
            "no meu prédio só tem uma operadora, dá pra vocês instalarem também?",
            "o prédio é antigo, sem tubulação; ainda assim consigo assinar a fibra?",
        ),
        details=(
            "a portaria só libera técnico com agendamento",
            "o prédio tem dez andares",
            "já perguntei pro síndico e ele não se opõe",
        ),
    ),
    Family(
        name="combo_tv_phone_prospect",
        templates=(
            "vocês têm pacote de internet com TV pra quem tá contratando agora?",
            "quero assinar internet e canais juntos, quanto sai o combo?",
            "tem combo com telefone fixo? quero contratar tudo de uma vez",
            "quero ser cliente, mas queria internet mais {addon}; vocês fazem?",
            "o combo de fibra com TV compensa mais do que só a internet?",
            "procuro um pacote completo: internet, TV e fixo; vocês têm?",
            "quero fechar um combo novo aqui em casa, com internet e canais de filme",
        ),
        details=(
            "a TV é mais pros meus pais",
            "não tenho nada contratado em casa hoje",
        ),
    ),
    Family(
        name="call_me_back_sales",
        templates=(
            "pode pedir pra um vendedor me ligar? quero saber dos planos",
            "pode me ligar {time}? quero ver a contratação da internet",
            "deixa um consultor entrar em contato comigo pra eu contratar",
            "prefiro resolver por telefone: alguém do comercial pode me chamar?",
            "quero que alguém venha aqui em casa me explicar os planos, vocês fazem visita de "
            "venda?",
            "me manda o contato do vendedor da minha região, quero fechar",
            "tenho interesse em assinar, me retorna nesse número",
        ),
        details=(
            "trabalho o dia todo e só consigo falar de noite",
            "meu número é esse mesmo do WhatsApp",
        ),
    ),
    Family(
        name="signup_refused_credit",
        sentiment="frustrated",
        templates=(
            "negaram minha contratação por causa do meu CPF, que absurdo",
            "Contratação recusada sem explicação nenhuma",
            "fui fazer o cadastro e disseram que meu score não deixa, mas eu quero ser cliente "
            "de vocês",
            "vocês recusaram meu pedido de internet porque tenho uma dívida antiga? isso é sério?",
            "cadastro reprovado de novo; quero contratar, o que mais vocês querem de mim?",
            "que descaso: tenho dinheiro pra pagar e mesmo assim não aprovam minha assinatura",
            "falaram que não dá pra instalar no meu nome, como é que eu contrato então?",
        ),
        details=(
            "já quitei tudo que devia",
            "ofereci pagar adiantado e mesmo assim recusaram",
        ),
    ),
    # Hard case: technical words (upload, ping, roteador, wi-fi) from a prospect, not a fault.
    Family(
        name="prospect_tech_specs",
        templates=(
            "a fibra de vocês é fibra até dentro de casa ou só até o poste?",
            "o upload é igual ao download no plano de {plan}? tô pensando em assinar",
            "tem limite de franquia ou é internet ilimitada de verdade?",
            "o roteador que vocês entregam é dual band? quero saber antes de contratar",
            "qual o ping pros servidores de jogo? quero contratar e jogo muito",
            "vocês dão IP público ou é tudo atrás de CGNAT? ainda não sou cliente",
            "o wi-fi de vocês pega bem em casa de dois andares? quero assinar",
        ),
        details=(
            "trabalho com TI, por isso pergunto",
            "ainda tô comparando provedores",
        ),
    ),
    Family(
        name="haggling_to_close",
        templates=(
            "se fizer o {plan} por {amount} eu fecho agora",
            "tem como dar um descontinho pra eu assinar hoje?",
            "qual o menor preço que vocês fazem no plano de fibra? quero contratar",
            "vocês isentam a taxa de instalação se eu fechar hoje?",
            "me faz uma proposta boa que eu viro cliente",
            "o preço do site é fechado ou dá pra negociar na contratação?",
            "se eu pagar um ano adiantado, sai mais barato pra contratar?",
        ),
        details=(
            "tô com duas propostas na mão",
            "se ficar bom, meu irmão também assina",
        ),
    ),
    Family(
        name="temporary_stay",
        templates=(
            "vou passar só uns meses na cidade a trabalho, tem plano sem fidelidade?",
            "preciso de internet por {months} numa obra, vocês fazem contrato curto?",
            "vim fazer estágio aqui por um semestre, dá pra contratar por pouco tempo?",
            "alugo casa de temporada e queria internet só no verão, tem como?",
            "vou ficar {months} na casa da minha filha cuidando do neto e queria contratar "
            "internet lá",
            "tem plano mensal, que eu possa contratar e sair sem multa depois?",
        ),
        details=(
            "depois volto pra minha cidade",
            "não quero ficar preso em contrato de um ano",
        ),
    ),
    Family(
        name="urgent_mobile_data_ran_out",
        urgent=True,
        templates=(
            "meus dados do celular acabaram e preciso de internet em casa hoje, quero contratar",
            "roubaram meu celular com o chip e preciso de wifi em casa pra trabalhar, vocês "
            "instalam hoje?",
            "o pacote de dados não dura nem uma semana, preciso de uma internet fixa urgente",
            "tô no 4G e acabou a franquia, dá pra instalar amanhã?",
            "preciso contratar hoje: acabou meu plano do celular e tenho que entregar um trabalho",
            "vivo de vendas pelo Instagram e o 4G não dá mais conta, preciso de fibra essa semana",
        ),
        details=(
            "a vizinha me emprestou a senha do wifi dela",
            "gasto uma fortuna com recarga todo mês",
        ),
    ),
    Family(
        name="urgent_health_home_care",
        urgent=True,
        templates=(
            "meu pai vai ter alta e precisa de internet em casa pro monitoramento, vocês "
            "instalam rápido?",
            "minha mãe faz consulta por telemedicina e não temos internet, preciso contratar "
            "urgente",
            "vou cuidar da minha avó em casa e preciso de câmera com internet ainda essa semana, "
            "quero assinar",
            "o médico pediu acompanhamento online e eu não tenho internet em casa; qual o jeito "
            "mais rápido de contratar?",
            "preciso de internet instalada até {weekday} pra minha mãe acamada falar com os "
            "médicos",
            "tenho home care pro meu marido a partir de amanhã e a equipe precisa de wifi, dá "
            "pra instalar já?",
        ),
        details=(
            "a gente mora na {street}",
            "ainda não somos clientes",
        ),
    ),
    Family(
        name="slang_put_wifi_at_home",
        templates=(
            "quero botar uma net aqui em casa, como que faz?",
            "mano, quanto pra puxar uma fibra pra minha casa?",
            "queria colocar um wi-fi em casa, vocês instalam?",
            "tem como ligar um uai fai aqui pra mim? tô sem nada",
            "quero uma internete boa aqui, vcs tem?",
            "bora instalar essa fibra aí na minha casa",
            "queria pegar uma internet de vocês, como funciona?",
            "me vê uma net de {plan} aí",
        ),
        details=(
            "tô pegando o wifi do vizinho",
            "minha casa é a do portão azul",
        ),
    ),
    Family(
        name="install_wait_too_long_prospect",
        sentiment="frustrated",
        templates=(
            "quero contratar, mas a primeira data de instalação é daqui a {duration}? aí não dá",
            "só tem horário de instalação pro mês que vem? que demora, eu quero assinar agora",
            "absurdo esperar {duration} pra instalar uma internet que eu quero pagar",
            "vocês não instalam cliente novo antes de {duration}? quero fechar, mas assim fica "
            "difícil",
            "como assim a instalação só sai daqui a duas semanas? quero contratar e vocês enrolam",
            "quero muito ser cliente, mas esse prazo de instalação é ridículo; dá pra adiantar?",
        ),
        details=(
            "a outra empresa instala em dois dias",
            "já tô com os documentos prontos",
        ),
    ),
    Family(
        name="online_signup_broken",
        sentiment="frustrated",
        templates=(
            "tentei contratar pelo site e dá erro no final, que porcaria",
            "o aplicativo não deixa eu terminar o cadastro pra assinar, já tentei mil vezes",
            "o link de contratação que vocês mandaram não abre, assim não tem como virar cliente",
            "o site pede meu CEP e diz que não existe; quero contratar e não consigo",
            "travou na hora de escolher o plano, vocês querem vender ou não?",
            "preenchi tudo no site pra assinar e sumiu, vou ter que fazer de novo?",
        ),
        details=(
            "tentei no celular e no computador",
            "mandei print do erro",
        ),
    ),
    Family(
        name="abbreviated_lead",
        templates=(
            "qnto ta o plano de {plan}?",
            "vcs atendem no {neighbourhood}?",
            "qro colocar net em casa, como faz?",
            "tem fibra na minha rua? {street}",
            "quanto fica a instalacao p cliente novo?",
            "passa os valores dos planos ai pfv",
            "como faço p assinar c vcs?",
        ),
        details=(
            "é casa",
            "qro o mais rapido q tiver",
            "pago no boleto",
        ),
    ),
    Family(
        name="voice_note_lead",
        templates=(
            "eu queria saber se vocês atendem lá no bairro {neighbourhood} porque eu tô querendo "
            "colocar internet",
            "então moça eu tô querendo contratar a internet de vocês quanto tá o plano de {plan}",
            "é que eu vi a propaganda de vocês e queria saber como faz pra assinar",
            "deixa eu te perguntar pra instalar internet lá em casa demora quantos dias",
            "eu queria colocar internet na casa da minha mãe que ela mora sozinha quanto fica",
            "olha eu mudei pra cá agora e tô sem internet nenhuma queria contratar a de vocês",
            "meu vizinho tem a internet de vocês e falou bem queria saber o preço",
        ),
        details=(
            "a casa fica na {street}",
            "eu trabalho de dia então a instalação teria que ser sábado",
            "lá em casa somos três",
        ),
    ),
    Family(
        name="regional_lead",
        templates=(
            "oxe, vocês têm internet aqui no {neighbourhood}?",
            "uai, quanto tá a internet de vocês?",
            "bah, quero botar internet lá em casa tchê",
            "égua, vocês instalam aqui na {street}?",
            "mano, quero assinar essa fibra de vocês, como faz?",
            "chega internet de vocês lá no interior, visse?",
        ),
        details=(
            "é zona rural",
            "a casa é nova, nunca teve internet",
            "quero um plano bom pra assistir tv",
        ),
    ),
    Family(
        name="cant_even_buy_rage",
        templates=(
            "tô tentando contratar faz dias e ninguém me responde",
            "quero dar dinheiro pra vocês e ninguém atende, que empresa é essa?",
            "já mandei meu endereço três vezes pra saber se tem cobertura e nada",
            "pra vender vocês não têm interesse nenhum, né?",
            "o site não funciona, o telefone não atende, como eu assino essa internet?",
            "o vendedor sumiu depois que eu pedi a instalação, que descaso",
        ),
        details=(
            "se não responderem hoje vou na concorrência",
            "só queria saber o preço",
            "o plano que eu quero é o de {plan}",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="student_shared_house",
        templates=(
            "somos quatro estudantes numa república e queremos internet",
            "vou dividir a casa com uns amigos da faculdade, qual plano vocês indicam?",
            "moro em república perto da universidade, vocês instalam lá?",
            "dá pra colocar a internet no nome de um de nós e a gente racha?",
            "queremos um plano bom pra cinco pessoas estudando e jogando",
            "somos calouros e acabamos de alugar uma casa, quanto fica a internet?",
        ),
        details=(
            "a casa fica perto do campus",
            "a gente vai dividir a conta",
            "o contrato de aluguel é de um ano",
        ),
    ),
    Family(
        name="landlord_kitnets",
        templates=(
            "tenho umas kitnets pra alugar e quero internet em todas",
            "quero colocar wifi nas quitinetes dos meus inquilinos, como funciona?",
            "vocês fazem instalação pra prédio de aluguel com vários apartamentos?",
            "quero oferecer internet incluída no aluguel, tem plano pra isso?",
            "tenho seis apartamentos pequenos e queria um plano pra todos",
            "pensei em colocar um ponto de internet por kitnet, quanto sai?",
        ),
        details=(
            "são seis unidades no mesmo terreno",
            "quero uma fatura só",
            "fica na {street}",
        ),
    ),
    Family(
        name="not_a_customer_yet",
        templates=(
            "ainda não sou cliente, quanto custa pra assinar?",
            "nunca tive internet de vocês, como faço pra contratar?",
            "sou novo por aqui, quais planos vocês têm pra quem tá chegando?",
            "não tenho cadastro com vocês ainda, dá pra fazer por aqui?",
            "quero ser cliente, o que precisa?",
            "nunca fui cliente de vocês, tem promoção pra primeira assinatura?",
        ),
        details=(
            "moro no {neighbourhood}",
            "quero instalar o quanto antes",
            "tenho interesse no de {plan}",
        ),
    ),
    Family(
        name="door_to_door_salesperson",
        templates=(
            "passou um vendedor de vocês aqui na rua, quero fechar o plano que ele ofereceu",
            "o rapaz de colete de vocês deixou um panfleto, como faço pra assinar?",
            "um vendedor bateu aqui em casa falando da fibra, ainda dá pra contratar?",
            "tinha uma tenda de vocês na praça e peguei o contato pra assinar",
            "o vendedor anotou meu endereço e não voltou, quero contratar mesmo assim",
            "recebi o folheto da promoção na caixa de correio, quero assinar",
        ),
        details=(
            "ele falou de um plano de {plan}",
            "moro na {street}",
            "perdi o cartão dele",
        ),
    ),
)

_PLAN_CHANGE: tuple[Family, ...] = (
    Family(
        name="upgrade_speed",
        templates=(
            "quero aumentar minha velocidade pro {plan}",
            "dá pra subir meu plano pra {plan}?",
            "quero fazer upgrade da minha internet",
            "quero um plano com mais mega, o que vocês têm acima do meu?",
            "queria passar pro {plan}, quanto fica a diferença?",
            "como faço pra mudar pra um plano mais rápido?",
            "me coloca no {plan}, por favor",
            "tem plano maior? quero turbinar a internet aqui de casa",
        ),
        details=(
            "sou cliente há {months}",
            "hoje tenho o plano de entrada",
            "pago {amount} por mês atualmente",
        ),
    ),
    Family(
        name="downgrade_to_save",
        templates=(
            "quero diminuir meu plano, tá pesando no bolso",
            "tem como passar pra um plano mais barato?",
            "quero baixar pro {plan}, não preciso de tanta velocidade",
            "a grana apertou, queria trocar por um plano menor",
            "quero fazer downgrade, pago {amount} e é muito pra mim",
            "agora moro sozinho, queria um plano mais simples",
            "me passa os planos mais baratos que eu quero trocar o meu",
        ),
        details=(
            "meus filhos saíram de casa",
            "tô desempregado no momento",
        ),
    ),
    # Hard case: cancelling is mentioned, but the request is a cheaper plan.
    Family(
        name="downgrade_instead_of_cancel",
        templates=(
            "eu ia cancelar, mas se tiver um plano mais barato eu fico",
            "não quero cancelar, só quero um plano menor que caiba no orçamento",
            "antes de pensar em cancelamento, queria ver se dá pra reduzir o plano",
            "em vez de cancelar, posso trocar pro {plan}?",
            "pensei em sair, mas prefiro mudar pra um plano mais em conta; o que vocês têm?",
            "se eu diminuir a velocidade eu pago menos? é isso ou vou ter que sair",
        ),
        details=(
            "gosto do serviço de vocês, o problema é o valor",
            "as contas aqui em casa tão apertadas esse ano",
        ),
    ),
    # Hard case: "contratar" from an existing customer adding a product.
    Family(
        name="add_addon",
        templates=(
            "quero incluir {addon} no meu plano",
            "dá pra colocar {addon} junto com a minha internet?",
            "quanto fica pra adicionar {addon}?",
            "queria acrescentar {addon} na minha assinatura",
            "vocês têm combo de internet com {addon}? já sou cliente",
            "quero contratar {addon} a mais no meu contrato",
            "como faço pra ativar {addon} na minha conta?",
        ),
        details=(
            "minha internet hoje é de {plan}",
            "quero que venha tudo na mesma fatura",
        ),
    ),
    # Hard case: "cancelar" one product while keeping the internet is a plan change.
    Family(
        name="remove_addon_keep_internet",
        templates=(
            "quero tirar {addon} e ficar só com a internet",
            "não quero cancelar a internet, quero só tirar {addon}",
            "ninguém usa mais {addon} aqui, pode remover do meu plano",
            "quero parar de pagar {addon}, a internet continua",
            "tira o telefone fixo da minha conta, nem tenho mais aparelho",
            "dá pra desvincular o pacote de TV e manter só a fibra?",
            "o combo não compensa mais pra mim, deixa só a internet",
        ),
        details=(
            "a gente assiste tudo pelo celular agora",
            "o telefone fixo nunca toca",
        ),
    ),
    # Hard case: negation of slowness; the speed is right, the plan is too small.
    Family(
        name="plan_too_small_not_slow",
        templates=(
            "a velocidade contratada chega certinho, mas não dá mais pra casa toda; quero um "
            "plano maior",
            "não é lentidão, o plano é que ficou pequeno pra gente: quero aumentar",
            "meu {plan} funciona bem, mas agora tenho home office e preciso de mais",
            "o teste dá a velocidade certa, só que com três pessoas jogando fica pouco; quero "
            "subir de plano",
            "não tenho reclamação da conexão, só preciso de mais velocidade porque a família "
            "cresceu",
            "a net não tá ruim, é que comecei a fazer live e preciso de mais upload; qual plano "
            "tem?",
        ),
        details=(
            "fiz o teste de velocidade e deu o que eu contratei",
            "agora são cinco pessoas em casa",
        ),
    ),
    Family(
        name="life_change_needs_more",
        templates=(
            "meu filho começou a jogar online e o plano que tenho não dá conta, o que vocês "
            "sugerem?",
            "agora somos seis aqui em casa, acho que preciso de algo mais forte",
            "instalei câmeras de segurança e o plano ficou apertado, tem um maior?",
            "comprei três TVs novas e quero um plano à altura",
            "minha sogra veio morar com a gente, acho que nosso plano ficou pequeno",
            "vou montar um cantinho de trabalho em casa, acho que vou precisar de mais "
            "velocidade no meu plano",
        ),
        details=(
            "todo mundo usa ao mesmo tempo à noite",
            "tenho o mesmo plano desde que instalei aqui",
        ),
    ),
    # Hard case: money and promotions, but the request is to switch plan (not a discount).
    Family(
        name="same_deal_as_new_customers",
        sentiment="frustrated",
        templates=(
            "vocês dão o {plan} pra cliente novo por menos do que eu pago; quero mudar pro mesmo "
            "plano",
            "sou cliente há {months} e pago mais caro que quem acabou de chegar, me passa pro "
            "plano da promoção",
            "que bonito, cliente antigo paga mais e leva menos; quero trocar pro plano novo",
            "vi o plano de {amount} no site e eu aqui pagando mais por menos velocidade, quero "
            "migrar",
            "fidelidade não vale nada pra vocês, né? quero o plano que vocês oferecem pra quem "
            "é novo",
            "por que eu não posso ter o plano da propaganda? quero trocar o meu por ele",
        ),
        details=(
            "já tentei pelo aplicativo e não aparece a opção",
            "minha vizinha assinou agora e paga menos",
        ),
    ),
    Family(
        name="change_not_applied",
        sentiment="frustrated",
        templates=(
            "pedi pra mudar de plano {date} e até agora continua o mesmo",
            "já solicitei o upgrade três vezes e nada de mudar",
            "aceitei o {plan}, mas o sistema ainda mostra o plano antigo; cadê a troca?",
            "fiz a troca de plano pelo app e ninguém efetivou, vou ter que pedir de novo?",
            "vocês confirmaram a mudança de plano e não fizeram, quero que mudem hoje",
            "a atendente disse que mudava meu plano no mesmo dia e já faz {duration}",
        ),
        details=(
            "tenho o protocolo da solicitação",
            "a fatura já veio com o valor novo",
        ),
    ),
    Family(
        name="addon_never_activated",
        sentiment="frustrated",
        templates=(
            "contratei {addon} faz {duration} e até hoje não liberaram",
            "pedi pra incluir {addon} no meu plano e ninguém ativou, que enrolação",
            "{addon} que eu pedi já tá na fatura e nada de funcionar",
            "fui atendido três vezes pra colocar {addon} e continua sem",
            "vocês vendem {addon} e não entregam? quero isso ativado no meu contrato",
            "já era pra ter {addon} aqui desde {date}, resolve minha mudança de plano",
        ),
        details=(
            "o vendedor garantiu que ativava no mesmo dia",
            "tenho o número do protocolo",
        ),
    ),
    Family(
        name="cant_downgrade_trapped",
        sentiment="frustrated",
        templates=(
            "vocês só deixam subir o plano, nunca descer? quero diminuir e ninguém deixa",
            "tô tentando baixar meu plano há semanas e cada atendente inventa uma desculpa",
            "pra aumentar é num clique, pra diminuir é essa novela; quero meu plano menor",
            "ridículo não ter opção de reduzir o plano no aplicativo, quero o mais barato",
            "me disseram que só posso diminuir o plano depois da fidelidade, isso é sério? "
            "quero trocar agora",
            "já pedi o downgrade duas vezes e continuam me cobrando o plano caro",
        ),
        details=(
            "não quero cancelar, quero só pagar menos",
            "anotei todos os protocolos",
        ),
    ),
    Family(
        name="pushed_plan_revert",
        sentiment="frustrated",
        templates=(
            "o vendedor me empurrou o {plan} e eu não preciso disso, quero voltar pro meu plano "
            "antigo",
            "me convenceram a fazer upgrade e a conta veio {amount}; quero voltar pro plano de "
            "antes",
            "caí na conversa do atendente e troquei de plano, agora quero desfazer",
            "não quero esse plano caro que me ofereceram por telefone, volta o meu",
            "aquele upgrade grátis por três meses acabou, quero o plano antigo de volta",
            "mudaram meu plano numa ligação em que eu só disse que ia pensar; quero o anterior",
        ),
        details=(
            "a ligação foi {date}",
            "o plano antigo atendia bem",
        ),
    ),
    Family(
        name="urgent_upgrade_for_work",
        urgent=True,
        templates=(
            "preciso aumentar a internet hoje, começo a trabalhar de casa amanhã",
            "urgente: quero subir pro {plan} antes da minha prova online de {weekday}",
            "dá pra fazer o upgrade agora? vou transmitir um evento hoje à noite",
            "minha empresa exige {plan} pro home office, preciso mudar o plano essa semana",
            "consigo trocar de plano na hora? tenho uma reunião importante amanhã cedo",
            "preciso de mais velocidade pra ontem, vou começar a dar aula online",
        ),
        details=(
            "a empresa até reembolsa a diferença",
            "é meu primeiro dia no emprego novo",
        ),
    ),
    # Hard case: money pressure, but the request is a smaller plan (not negotiation).
    Family(
        name="urgent_downgrade_before_bill",
        urgent=True,
        templates=(
            "preciso baixar o plano antes de fechar a próxima fatura, não vou conseguir pagar "
            "esse valor",
            "troca meu plano pro mais barato hoje, por favor, a fatura fecha amanhã",
            "urgente: quero reduzir o plano ainda esse mês, perdi o emprego",
            "dá pra diminuir o plano agora pra já valer na próxima conta? tô sem dinheiro",
            "preciso passar pro {plan} antes do vencimento, senão não consigo pagar",
            "me ajuda a trocar pra um plano menor hoje, a grana acabou",
        ),
        details=(
            "sempre paguei tudo certinho",
            "vou ficar uns meses com o orçamento curto",
        ),
    ),
    Family(
        name="urgent_addon_for_work",
        urgent=True,
        templates=(
            "preciso de IP fixo ativado hoje, as câmeras da loja dependem disso",
            "urgente: quero um ponto adicional no escritório antes de segunda",
            "o sistema da empresa exige IP fixo e eu começo amanhã, dá pra incluir agora no "
            "meu plano?",
            "preciso colocar {addon} no meu contrato ainda hoje, é pra trabalho",
            "meu cliente vai acessar o servidor aqui de casa amanhã, preciso de IP fixo já",
            "tenho que ter o wifi mesh funcionando até {weekday}, abro o consultório no andar "
            "de cima",
        ),
        details=(
            "sou cliente há {months}",
            "pago o que for preciso, só não posso atrasar",
        ),
    ),
    # Hard case: an existing customer changing technology is a plan change, not a new contract.
    Family(
        name="technology_migration",
        templates=(
            "ainda tô no plano antigo via rádio, quero passar pra fibra",
            "minha internet ainda é de cabo antigo, dá pra trocar pra fibra óptica?",
            "quero migrar da tecnologia antiga pra fibra e continuar cliente",
            "já chegou fibra na minha rua, quero mudar meu plano de rádio pra ela",
            "sou cliente do plano via antena, tem como trocar pelo de fibra?",
            "vi que vocês passaram fibra aqui, quero atualizar meu plano",
        ),
        details=(
            "a antena tá no telhado faz anos",
            "minha rua é a {street}",
        ),
    ),
    # Hard case: "multa", "fidelidade", "vencimento", "técnico" in a plan-change question.
    Family(
        name="plan_change_rules",
        templates=(
            "quais planos eu posso escolher pra trocar sendo cliente?",
            "qual a diferença de preço do meu plano pro {plan}?",
            "se eu mudar de plano, a fidelidade recomeça?",
            "tem multa pra trocar de plano no meio do contrato?",
            "mudar de plano muda o vencimento da fatura?",
            "trocando de plano, tenho que pagar alguma taxa?",
            "a troca de plano é na hora ou precisa de técnico?",
        ),
        details=(
            "meu contrato foi renovado ano passado",
            "pago {amount} hoje",
        ),
    ),
    Family(
        name="terse_plan_change",
        templates=(
            "mudar plano",
            "upgrade",
            "quero mais mega",
            "trocar pro {plan}",
            "plano menor pfv",
            "aumentar velocidade",
            "botar {addon}",
            "downgrade",
        ),
        details=(
            "já sou cliente há {months}",
            "quero saber os valores também",
        ),
    ),
    Family(
        name="happy_customer_upgrade",
        sentiment="satisfied",
        templates=(
            "gosto muito da internet de vocês, por isso quero subir pro {plan}",
            "o serviço tá ótimo, nunca me deixou na mão, agora quero um plano maior",
            "vocês são nota dez, quero colocar {addon} também",
            "sou cliente satisfeito há {months} e queria melhorar meu plano",
            "tudo perfeito com a net, só quero aumentar a velocidade",
            "parabéns pela internet, funciona que é uma beleza; agora quero o plano mais rápido",
        ),
        details=(
            "já indiquei vocês pra família toda",
            "nunca precisei chamar técnico",
        ),
    ),
    Family(
        name="on_behalf_of_holder",
        templates=(
            "o contrato tá no nome do meu pai, eu posso pedir pra mudar o plano?",
            "sou esposa do titular e queria trocar nosso plano por um maior",
            "tô falando pela minha mãe, ela quer diminuir o plano de internet dela",
            "o titular viajou, consigo fazer a troca de plano com os dados dele?",
            "meu avô tem plano com vocês e quer colocar {addon}, posso pedir por ele?",
            "quem pode autorizar a mudança de plano? a conta tá no nome do meu marido",
        ),
        details=(
            "ele tá do meu lado se precisar confirmar",
            "tenho o CPF dele aqui",
        ),
    ),
    Family(
        name="upgrade_offer_received",
        templates=(
            "recebi uma mensagem oferecendo upgrade pro {plan}, quero aceitar",
            "a atendente me ligou oferecendo mais velocidade pelo mesmo preço, como confirmo?",
            "chegou um SMS de vocês com uma oferta de plano melhor, topo",
            "vi no aplicativo a oferta de upgrade, é só clicar ou tenho que falar com alguém?",
            "me ofereceram dobrar a velocidade por mais {amount}, quero fazer",
            "aquela proposta de upgrade que veio no e-mail ainda vale? quero mudar",
            "aceito a oferta de trocar pro {plan}",
        ),
        details=(
            "a oferta dizia que era por tempo limitado",
            "recebi no meu e-mail cadastrado",
        ),
    ),
    Family(
        name="check_current_plan_then_change",
        templates=(
            "nem sei qual plano eu tenho hoje, pode ver pra mim? quero trocar",
            "qual a velocidade do meu plano atual? tô pensando em mudar",
            "me fala o que tá incluso no meu plano e quais outros eu posso pegar",
            "quero comparar o meu plano com os que vocês têm agora pra ver se troco",
            "o meu plano é de quantos mega? se for pouco, quero aumentar",
            "consegue me mandar as opções de plano pro meu contrato? quero mudar o meu",
        ),
        details=(
            "o contrato tá no nome da minha esposa",
            "perdi o papel da contratação",
        ),
    ),
    Family(
        name="sports_channels_for_football",
        templates=(
            "quero colocar os canais de esporte no meu plano pra ver o campeonato",
            "dá pra incluir o pacote de futebol na minha assinatura?",
            "meu marido quer assistir os jogos, como adiciono os canais de esporte?",
            "tem pacote com o Brasileirão pra acrescentar na minha TV de vocês?",
            "quanto fica pra pôr o pacote de futebol junto com a minha internet?",
            "quero ver a Libertadores, vocês têm canal de esporte pra colocar no meu combo?",
        ),
        details=(
            "já tenho a TV de vocês",
            "o campeonato começa mês que vem",
        ),
    ),
    Family(
        name="add_mobile_line",
        templates=(
            "quero colocar um chip de celular junto com a minha internet de casa",
            "vocês têm plano móvel pra juntar com a fibra? já sou cliente",
            "dá pra incluir linha de celular na mesma fatura da internet?",
            "quero adicionar dois chips pros meus filhos no meu plano",
            "tem combo de fibra com celular? quero mudar o meu pra esse",
            "quanto fica pra pôr o 5G do celular junto no meu contrato?",
        ),
        details=(
            "hoje pago o celular em outra operadora",
            "queria tudo num boleto só",
        ),
    ),
    Family(
        name="loyalty_ended_renew_better",
        templates=(
            "minha fidelidade acabou, quero renovar já num plano melhor",
            "o contrato fez um ano, tem alguma condição pra eu trocar de plano agora?",
            "terminou meu período de fidelidade, quais planos posso pegar na renovação?",
            "renovando o contrato, consigo subir a velocidade?",
            "meu contrato vence mês que vem e queria aproveitar pra mudar de plano",
            "acabou a fidelidade de 12 meses, quero um plano atualizado",
        ),
        details=(
            "quero continuar com vocês",
            "não quero pagar muito mais do que pago hoje",
        ),
    ),
    Family(
        name="old_plan_refresh",
        templates=(
            "tenho o mesmo plano há anos, o que tem de novo pra eu trocar?",
            "meu plano é bem antigo, queria atualizar pra um desses novos",
            "ainda tô naquele plano de 10 mega de antigamente, quero um atual",
            "acho que meu plano ficou ultrapassado, me mostra o que vocês têm hoje",
            "vi que os planos mudaram, quero sair do meu antigo pra um dos novos",
            "meu plano nem aparece mais no site, dá pra migrar pra um que existe?",
        ),
        details=(
            "instalei a internet aqui faz uns oito anos",
            "nunca mexi no plano desde então",
        ),
    ),
    # Hard case: router words, but no fault: the customer wants the plan that ships a better one.
    Family(
        name="plan_with_better_router",
        templates=(
            "quero mudar pro plano que vem com roteador wi-fi 6",
            "o plano mais caro vem com roteador melhor? se vier, quero trocar",
            "quero um plano que inclua o repetidor mesh, o meu atual não tem",
            "tem plano com dois roteadores? quero mudar o meu pra ele",
            "troca meu plano pro premium que vem com o aparelho novo",
            "meu {equipment} não tem problema nenhum, só quero o plano que traz o modelo mais novo",
        ),
        details=(
            "vi na propaganda que o plano novo vem com roteador melhor",
            "quero aproveitar e ter um equipamento mais moderno",
        ),
    ),
    Family(
        name="low_usage_simpler_plan",
        templates=(
            "quase não uso a internet, só WhatsApp e notícia; tem plano mais simples?",
            "aqui em casa só eu uso, e pouco; quero um plano básico",
            "passo o dia fora e só uso a net de noite, dá pra pegar um plano menor?",
            "pra mim só precisa do básico, pode trocar pro plano mais simples",
            "só uso pra ver vídeo no celular, {plan} é muita coisa pra mim",
            "não preciso de tudo isso de velocidade, tem plano de entrada?",
            "sou aposentado e uso pouco, queria um plano mais modesto",
        ),
        details=(
            "moro sozinho",
            "nem tenho computador em casa",
        ),
    ),
    Family(
        name="changed_without_consent",
        sentiment="frustrated",
        templates=(
            "Plano alterado sem minha autorização",
            "mudaram meu plano sem eu pedir, quero o meu de volta",
            "Alteração de plano não solicitada",
            "quem autorizou trocar meu plano? quero voltar pro que eu contratei",
            "meu plano foi trocado sozinho e a velocidade mudou, exijo o plano original",
            "do nada apareceu outro plano no meu contrato, desfaz isso",
        ),
        details=(
            "nunca recebi ligação nenhuma",
            "vi a mudança no aplicativo",
        ),
    ),
    Family(
        name="self_service_upgrade_broken",
        sentiment="frustrated",
        templates=(
            "tento fazer o upgrade pelo app e dá erro, que sistema horrível",
            "o botão de mudar plano no site não funciona, quero subir pro {plan}",
            "vocês colocam a opção de trocar de plano no aplicativo e ela nunca carrega",
            "já tentei trocar de plano pelo site umas cinco vezes, sempre falha no final",
            "o chatbot não entende que eu quero mudar de plano, só manda menu",
            "impossível mudar o plano sozinho pelo app, quero que façam por mim",
        ),
        details=(
            "tirei print da tela de erro",
            "atualizei o aplicativo e continua igual",
        ),
    ),
    # Hard case: speed figures, but the fault is the plan on file, not the connection.
    Family(
        name="wrong_plan_on_file",
        sentiment="frustrated",
        templates=(
            "pedi o {plan} e vocês me colocaram num plano menor, quero o certo",
            "contratei 500 mega e no contrato veio 300, arruma meu plano",
            "o vendedor fechou um plano e o sistema mostra outro, corrige pro que combinei",
            "meu plano tá cadastrado errado, eu assinei o maior",
            "tão me dando o plano errado desde a instalação, quero o que eu escolhi",
            "no aplicativo aparece um plano que eu não escolhi, troca pro correto",
        ),
        details=(
            "tenho o contrato assinado",
            "a velocidade que eu pedi tá no áudio do vendedor",
        ),
    ),
    Family(
        name="urgent_temporary_boost",
        urgent=True,
        templates=(
            "vou receber a família toda no fim de semana, dá pra aumentar a internet só por "
            "esses dias?",
            "tenho um campeonato de game online sábado, preciso subir o plano até lá",
            "vai ter festa aqui em casa amanhã com transmissão ao vivo, quero mais mega hoje",
            "meus parentes chegam amanhã e vão trabalhar daqui, preciso de um plano maior já",
            "tenho hóspedes a semana inteira, preciso de uma velocidade maior ainda hoje",
            "urgente: preciso de mais velocidade até {weekday}, vou gravar um curso online",
        ),
        details=(
            "depois posso voltar pro plano de antes",
            "são umas dez pessoas hospedadas",
        ),
    ),
    Family(
        name="urgent_channels_before_match",
        urgent=True,
        templates=(
            "o jogo começa {time}, dá pra liberar os canais de esporte agora?",
            "preciso colocar o canal da luta no meu plano antes de hoje à noite",
            "final do campeonato amanhã e eu sem o pacote de esportes, inclui urgente pra mim",
            "quero adicionar os canais de futebol agora, a galera já tá chegando pra ver o jogo",
            "dá pra ativar o pay-per-view na minha TV de vocês até {weekday}? é jogo decisivo",
            "urgente, quero incluir o pacote de esportes antes da final de domingo",
        ),
        details=(
            "já sou cliente da TV de vocês",
            "chamei os amigos pra assistir aqui",
        ),
    ),
    Family(
        name="slang_boost_the_net",
        templates=(
            "quero dar um up na minha net",
            "bota mais mega aí pra mim",
            "quero uma net mais parruda",
            "dá um tapa nesse meu plano aí, quero mais velocidade",
            "manda um plano mais forte pra cá",
            "quero pular pro plano de cima",
            "tem como dar uma melhorada no meu plano? quero mais mega",
            "quero trocar meu planinho por um de {plan}",
        ),
        details=(
            "tô com o plano básico",
            "pode cobrar a diferença na fatura",
        ),
    ),
    Family(
        name="abbreviated_plan_change",
        templates=(
            "qro aumentar meu plano",
            "tem como passar pro de {plan}?",
            "qto fica pra subir pra 1 giga?",
            "qro baixar pro plano mais simples",
            "da pra trocar meu plano por um maior?",
            "qro mudar de plano, quais tem?",
            "faz o upgrade pra mim pfv",
        ),
        details=(
            "hj tenho {plan}",
            "mesmo vencimento blz",
            "sem mudar o contrato",
        ),
    ),
    Family(
        name="voice_note_plan_change",
        templates=(
            "eu queria mudar meu plano pra um de mais velocidade porque agora meus filhos estudam "
            "em casa",
            "então moça eu queria ver se dá pra diminuir meu plano que eu quase não uso",
            "é que eu vi que tem um plano novo de {plan} e queria trocar o meu por ele",
            "deixa eu te perguntar se eu aumentar a velocidade o valor sobe muito",
            "olha eu queria colocar o pacote de tv junto com a internet que eu já tenho",
            "eu tenho o plano de {plan} e queria passar pra um maior porque agora trabalho em casa",
            "minha mãe quer tirar o telefone fixo do plano e ficar só com a internet",
        ),
        details=(
            "a internet funciona bem, é só que não tá dando conta",
            "o contrato tá no meu nome",
            "pode manter a data de vencimento",
        ),
    ),
    Family(
        name="stay_but_change_plan",
        templates=(
            "não quero cancelar não, só trocar de plano",
            "não é cancelamento, é mudança pra um plano menor",
            "quero continuar com vocês, mas num plano mais barato",
            "pensei em cancelar, mas prefiro baixar o plano",
            "em vez de sair, quero mudar pra um plano que caiba no bolso",
            "continuo cliente, só quero outro plano",
            "sair eu não quero, quero é um plano diferente",
        ),
        details=(
            "hoje tenho {plan}",
            "a internet é boa, o plano que é grande demais",
            "pode ser o de {plan} mesmo",
        ),
    ),
    Family(
        name="regional_plan_change",
        templates=(
            "uai, quero aumentar a internet aqui, tem como?",
            "oxe, quero um plano mais forte",
            "bah, dá pra botar mais velocidade tchê?",
            "mano, quero dar um up na net",
            "égua, quero trocar meu plano por um mais parrudo",
            "visse, queria baixar meu plano pra um mais em conta",
        ),
        details=(
            "o de agora é {plan}",
            "a molecada joga online",
            "pode ser a partir do mês que vem",
        ),
    ),
    Family(
        name="upgrade_ignored_rage",
        templates=(
            "pedi upgrade semana passada e até agora nada",
            "quero mudar de plano e ninguém faz, vocês não querem meu dinheiro?",
            "é mais fácil cancelar do que mudar de plano com vocês",
            "já pedi três vezes pra trocar meu plano, que enrolação",
            "pra mudar de plano precisa de reunião com o presidente?",
            "cada atendente fala uma coisa sobre a troca de plano, que bagunça",
        ),
        details=(
            "quero o de {plan}",
            "o protocolo do pedido é o mesmo",
            "não quero sair, quero mudar de plano",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="residential_to_business_plan",
        templates=(
            "abri um MEI e queria passar meu plano residencial pra empresarial",
            "minha empresa vai pagar a internet, preciso trocar pra plano empresarial com nota",
            "dá pra mudar meu plano de casa pra um plano de empresa no CNPJ?",
            "quero migrar o plano pra pessoa jurídica, mesmo endereço",
            "preciso de IP fixo e plano empresarial no lugar do meu atual",
            "vou trabalhar com loja online em casa, tem plano comercial pra trocar o meu?",
        ),
        details=(
            "hoje tenho {plan} residencial",
            "preciso de nota fiscal no CNPJ",
            "o endereço continua o mesmo",
        ),
    ),
    Family(
        name="upgrade_needed_tomorrow_stalled",
        templates=(
            "pedi o upgrade faz dias e preciso dele pra amanhã, vocês tão enrolando",
            "minha mudança de plano tinha que estar ativa hoje e nada, que descaso",
            "preciso do plano maior antes de {weekday} e ninguém ativa, que enrolação",
            "o upgrade que eu paguei não foi liberado e tenho compromisso amanhã cedo",
            "vocês prometeram trocar meu plano até hoje e não trocaram, preciso disso agora",
            "tô esperando a velocidade nova ser ativada e o prazo acaba hoje, cadê?",
        ),
        details=(
            "o plano novo é o de {plan}",
            "já aceitei a proposta pelo app",
            "o protocolo tá aberto desde {date}",
        ),
        sentiment="frustrated",
        urgent=True,
    ),
    Family(
        name="not_billing_change_plan",
        templates=(
            "a fatura tá certa, o que eu quero é mudar de plano",
            "não é reclamação do valor, só quero um plano diferente",
            "não tô contestando a conta, quero trocar pra um plano mais rápido",
            "o valor cobrado tá ok, mas quero passar pro plano de {plan}",
            "não quero negociar dívida nenhuma, só quero trocar meu plano",
            "a conta tá em dia, quero só mudar a velocidade do plano",
        ),
        details=(
            "hoje tenho {plan}",
            "pode manter o vencimento",
            "a partir do próximo mês",
        ),
    ),
)

_CANCELLATION: tuple[Family, ...] = (
    Family(
        name="direct_cancel",
        templates=(
            "quero cancelar minha internet",
            "gostaria de solicitar o cancelamento do meu contrato",
            "como faço pra cancelar o serviço?",
            "quero encerrar meu plano com {company}",
            "preciso cancelar a assinatura, o que tenho que fazer?",
            "pode cancelar meu contrato, por favor",
            "quero rescindir o contrato de internet",
            "vim pedir o cancelamento",
        ),
        details=(
            "o contrato tá no meu nome",
            "sou cliente há {months}",
            "já deixei os equipamentos separados",
        ),
    ),
    Family(
        name="loyalty_fine_question",
        templates=(
            "quanto fica a multa se eu cancelar agora?",
            "ainda tô na fidelidade? quero saber se pago multa pra cancelar",
            "faltam {months} pra acabar a fidelidade, quanto dá a multa proporcional?",
            "se eu cancelar antes de fazer um ano, pago quanto de multa?",
            "a multa de cancelamento vem na próxima fatura ou tenho que pagar na hora?",
            "quando termina minha fidelidade? quero cancelar sem pagar multa",
            "cancelando hoje, tem alguma multa rescisória?",
        ),
        details=(
            "assinei o contrato há {months}",
            "ganhei a instalação grátis quando entrei",
        ),
    ),
    Family(
        name="porting_to_competitor",
        templates=(
            "{provider} me fez uma proposta melhor, preciso cancelar com vocês",
            "fechei com {provider}, como encerro meu contrato aqui?",
            "{provider} já instalou aqui em casa, agora quero cancelar a de vocês",
            "estou migrando pra outro provedor, me passa o procedimento de cancelamento",
            "consegui um plano melhor com {provider} e quero cancelar o meu",
            "vou levar meu número de telefone fixo pra {provider}, como fica o cancelamento?",
            "quero fazer a portabilidade do meu fixo pra outra operadora e cancelar tudo aqui",
        ),
        details=(
            "a outra empresa me ofereceu o dobro da velocidade",
            "a instalação nova é {weekday}",
        ),
    ),
    # Hard case: a technical complaint, but the customer really asks to cancel, not to fix.
    Family(
        name="quit_over_bad_service",
        sentiment="frustrated",
        templates=(
            "quero cancelar, a internet cai todo dia e eu cansei de reclamar",
            "chega, não quero mais o serviço de vocês, cancela meu contrato",
            "depois de {duration} sem internet eu decidi: quero o cancelamento",
            "não é ameaça, vou cancelar mesmo: já veio técnico várias vezes e nada resolve",
            "não quero que resolvam mais nada, quero só cancelar, perdi a paciência",
            "essa internet nunca funcionou direito, quero cancelar e ir embora",
            "o serviço é péssimo, quero o cancelamento ainda hoje",
        ),
        details=(
            "abri vários protocolos e nenhum resolveu",
            "o técnico veio três vezes",
            "trabalho em casa e não dá mais pra depender disso",
        ),
    ),
    Family(
        name="procon_anatel_cancel",
        sentiment="frustrated",
        templates=(
            "quero cancelar, e se cobrarem multa eu vou direto no Procon",
            "já pedi o cancelamento e vocês ficam enrolando; se não cancelarem hoje abro "
            "reclamação na Anatel",
            "cancela meu contrato agora ou vou pro Reclame Aqui",
            "ninguém cancela meu plano, vou ter que ir no Procon pra conseguir sair?",
            "conheço meus direitos: quero o cancelamento imediato e sem multa, o serviço não "
            "foi prestado",
            "se não cancelarem até {weekday} eu entro na justiça",
        ),
        details=(
            "tenho print de todas as conversas",
            "já registrei a reclamação no consumidor.gov",
        ),
    ),
    Family(
        name="cannot_get_cancelled",
        sentiment="frustrated",
        templates=(
            "é impossível cancelar com vocês, o telefone só cai",
            "tô tentando cancelar há {duration} e ninguém me atende",
            "cadê a opção de cancelar no aplicativo? quero sair e não consigo",
            "já pedi três vezes o cancelamento e sempre me transferem, quero cancelar de uma vez",
            "toda vez que peço pra cancelar me oferecem desconto, eu só quero cancelar",
            "me passaram um protocolo de cancelamento e o serviço continua ativo, cancela de "
            "verdade",
        ),
        details=(
            "fiquei mais de uma hora na espera",
            "a ligação sempre cai quando chega na retenção",
        ),
    ),
    # Hard case: refusing a discount or a plan change (not negotiation, not plan change).
    Family(
        name="refuse_retention_offer",
        templates=(
            "não quero desconto nem proposta, só quero cancelar",
            "obrigado pela oferta, mas minha decisão tá tomada: quero cancelar",
            "nem adianta me oferecer plano mais barato, quero encerrar o contrato",
            "não é caso de negociar, quero o cancelamento mesmo",
            "já sei que vão tentar me segurar, mas quero cancelar, por favor",
            "agradeço, mas não quero trocar de plano, quero sair",
        ),
        details=(
            "já conversei com a família e decidimos assim",
            "não tenho nada contra o atendimento",
        ),
    ),
    # Hard case: moving house, but the new address has no coverage, so it is a cancellation.
    Family(
        name="moving_without_coverage",
        templates=(
            "vou me mudar pra {city} e vocês não atendem lá, então preciso cancelar",
            "vou morar fora do país, quero cancelar a internet",
            "não é transferência: o endereço novo não tem cobertura de vocês, quero cancelar",
            "me mudo {weekday} pra uma cidade onde vocês não chegam, como faço o cancelamento?",
            "tô indo morar com meus pais e lá já tem internet, quero cancelar a minha",
            "vi que no meu endereço novo não tem fibra de vocês, então vou ter que encerrar o "
            "contrato",
            "mudança de cidade: quero cancelar, tem multa nesse caso?",
        ),
        details=(
            "já entreguei as chaves do apartamento",
            "vou morar em {city}",
        ),
    ),
    Family(
        name="holder_deceased",
        templates=(
            "meu pai faleceu e quero cancelar a internet que tava no nome dele",
            "a titular do contrato faleceu, como cancelo o serviço?",
            "minha mãe morreu mês passado, preciso encerrar a conta de internet dela",
            "o titular faleceu, vocês cobram multa pra cancelar nesse caso?",
            "preciso cancelar o plano do meu avô, ele faleceu; que documento precisa?",
            "perdi meu marido e quero cancelar a internet dele",
        ),
        details=(
            "tenho a certidão de óbito",
            "a casa vai ficar fechada",
        ),
    ),
    # Hard case: equipment words, but inside a cancellation.
    Family(
        name="equipment_return",
        templates=(
            "cancelei a internet, onde devolvo o roteador?",
            "vocês vêm buscar o equipamento depois que eu cancelar?",
            "quero cancelar e já deixar agendada a retirada dos aparelhos",
            "pra concluir o cancelamento preciso entregar a onu em alguma loja?",
            "se eu não devolver o modem no cancelamento, vocês cobram?",
            "o cancelamento é só entregar os equipamentos ou tem mais alguma coisa?",
        ),
        details=(
            "os equipamentos tão todos na caixa",
            "trabalho o dia todo, só tenho sábado livre",
        ),
    ),
    Family(
        name="urgent_before_renewal",
        urgent=True,
        templates=(
            "preciso cancelar hoje, antes de fechar a próxima fatura",
            "urgente: quero cancelar antes da fidelidade renovar amanhã",
            "me ajuda a cancelar agora, não quero pagar mais um mês",
            "preciso do cancelamento pra ontem, a fatura nova fecha essa semana",
            "cancela hoje por favor, se virar o mês eu pago de novo e não tenho como",
            "hoje é o último dia pra cancelar sem cobrar o mês cheio, né? então cancela agora",
        ),
        details=(
            "sempre paguei em dia",
            "não tenho dinheiro pra mais uma mensalidade",
        ),
    ),
    Family(
        name="urgent_leaving_now",
        urgent=True,
        templates=(
            "tenho que cancelar ainda hoje porque viajo amanhã e não volto",
            "entrego a casa amanhã cedo, preciso cancelar e tirar os equipamentos hoje",
            "vou embora do país {weekday}, preciso deixar a internet cancelada antes",
            "a mudança sai amanhã e eu preciso encerrar o contrato agora",
            "urgente: o dono do imóvel quer a casa livre amanhã, cancela minha internet",
            "preciso cancelar agora, embarco à noite e não vou ter como resolver depois",
        ),
        details=(
            "não vou estar mais no endereço",
            "meu irmão pode entregar os equipamentos se precisar",
        ),
    ),
    Family(
        name="sarcastic_cancel",
        sentiment="frustrated",
        templates=(
            "parabéns, conseguiram perder um cliente de {months}: quero cancelar",
            "obrigado por nada, pode cancelar meu plano",
            "serviço tão bom que eu quero cancelar, imagina se fosse ruim",
            "que maravilha pagar por uma internet que não existe; cancela aí",
            "meus parabéns pela pior internet da cidade, quero meu cancelamento",
            "adorei pagar {amount} por nada, agora me cancela, por gentileza",
        ),
        details=(
            "vou contar pra todo mundo da rua",
            "nunca vi um atendimento tão ruim",
        ),
    ),
    # Hard case: a fine complaint whose request is still to leave.
    Family(
        name="abusive_fine",
        sentiment="frustrated",
        templates=(
            "que absurdo cobrar {amount} de multa pra cancelar uma internet que nunca "
            "funcionou; quero cancelar sem multa",
            "multa de fidelidade com esse serviço? só pode ser piada, quero encerrar",
            "não vou pagar multa nenhuma pra sair, vocês que não cumpriram o contrato; cancela",
            "vocês querem me prender com multa depois de {duration} sem internet? quero o "
            "cancelamento",
            "multa pra cancelar é roubo, quero sair e ponto",
            "me cobram multa por uma fidelidade que eu nem sabia que existia; quero cancelar",
        ),
        details=(
            "ninguém me avisou da fidelidade na venda",
            "tenho os protocolos de todas as quedas",
        ),
    ),
    Family(
        name="misleading_sale",
        sentiment="frustrated",
        templates=(
            "me venderam o {plan} e entregaram outra coisa, quero cancelar",
            "propaganda enganosa: prometeram uma coisa e fizeram outra, quero rescindir o contrato",
            "o vendedor mentiu sobre o preço, não quero mais nada com {company}; cancela",
            "disseram que não tinha fidelidade e agora tem; quero cancelar assim mesmo",
            "me enganaram na venda, quero cancelar e não aceito cobrança de multa",
            "fui enganado pelo vendedor, quero desfazer esse contrato",
        ),
        details=(
            "tenho as conversas com o vendedor salvas",
            "assinei faz {months}",
        ),
    ),
    # Hard case: money trouble, but the request is to cancel (not negotiate, not downgrade).
    Family(
        name="cant_afford_cancel",
        templates=(
            "perdi meu emprego e não consigo mais pagar, preciso cancelar",
            "tô cortando gastos e a internet vai ter que sair, como cancelo?",
            "a situação tá difícil aqui em casa, quero cancelar o plano",
            "vou ficar só com os dados do celular por enquanto, quero cancelar a fibra",
            "não tô usando mais, passo o dia inteiro fora; quero cancelar",
            "me aposentei e quero cortar despesas, cancela a internet pra mim",
        ),
        details=(
            "nunca atrasei uma conta",
            "quem sabe mais pra frente eu volto",
        ),
    ),
    Family(
        name="cancellation_status",
        templates=(
            "pedi o cancelamento {date}, queria confirmar se deu certo",
            "meu cancelamento já foi concluído?",
            "vocês podem me mandar o comprovante do cancelamento?",
            "queria o número de protocolo do meu cancelamento",
            "o cancelamento tá em andamento ou preciso pedir de novo?",
            "só pra confirmar: meu contrato já tá encerrado?",
        ),
        details=(
            "falei com uma atendente por telefone",
            "quero ter certeza de que não vem mais nada no meu nome",
        ),
    ),
    Family(
        name="how_cancellation_works",
        templates=(
            "tô pensando em cancelar, como funciona o processo?",
            "queria entender o que acontece se eu encerrar meu contrato",
            "se eu quiser sair, tenho que avisar com quanto tempo de antecedência?",
            "minha esposa pediu pra eu ver como cancela a internet daqui",
            "qual o prazo pro cancelamento ser efetivado?",
            "dá pra cancelar por aqui mesmo ou tenho que ir na loja?",
        ),
        details=(
            "ainda não decidi a data",
            "o contrato tá no nome dela",
        ),
    ),
    # Hard case: "técnico ainda não veio" inside a withdrawal, not a visit complaint.
    Family(
        name="regret_recent_contract",
        templates=(
            "contratei {date} e me arrependi, quero cancelar dentro dos 7 dias",
            "ainda nem instalaram e eu quero desistir da contratação",
            "assinei por impulso, posso cancelar sem multa já que faz poucos dias?",
            "o técnico ainda não veio, quero cancelar o pedido de instalação",
            "quero usar meu direito de arrependimento, contratei essa semana",
            "desisti de colocar internet, cancela o contrato que eu fiz pelo site",
        ),
        details=(
            "fiz a contratação pelo site",
            "não assinei nada em papel",
        ),
    ),
    Family(
        name="terse_cancel",
        templates=(
            "cancelar",
            "cancelamento",
            "quero cancelar",
            "cancela pfv",
            "encerrar contrato",
            "multa de cancelamento?",
            "sair da fidelidade",
            "quero sair",
        ),
        details=(
            "contrato no meu nome",
            "cliente há {months}",
        ),
    ),
    Family(
        name="cancel_one_of_two_contracts",
        templates=(
            "tenho duas internets com vocês e quero cancelar a da casa de praia",
            "quero encerrar só o contrato da loja, o de casa continua",
            "cancela o ponto do sítio, quase não vou mais lá",
            "tenho dois planos no meu CPF, quero cancelar um deles",
            "a internet do apartamento que eu alugava pode cancelar, a da minha casa fica",
            "não preciso mais da segunda instalação, quero cancelar aquele contrato",
        ),
        details=(
            "o contrato que fica é o da {street}",
            "o inquilino saiu e o apartamento tá vazio",
        ),
    ),
    Family(
        name="cancel_for_relative",
        templates=(
            "quero cancelar a internet da minha mãe, ela veio morar comigo",
            "meu pai tá velhinho e não usa mais, queria cancelar o plano dele",
            "sou filha do titular e ele pediu pra eu cancelar a internet",
            "minha avó vai pra uma casa de repouso, como cancelo a internet dela?",
            "o contrato é do meu irmão, que foi morar fora; posso pedir o cancelamento?",
            "tô falando em nome do meu sogro pra encerrar o contrato de internet dele",
        ),
        details=(
            "ele autoriza, tá aqui do meu lado",
            "tenho procuração",
        ),
    ),
    Family(
        name="business_closed",
        templates=(
            "fechei minha loja e quero cancelar a internet da empresa",
            "o comércio não deu certo, preciso encerrar o contrato no CNPJ",
            "encerramos as atividades do escritório, como cancela o plano empresarial?",
            "dei baixa na empresa, quero cancelar o link que tá no nome dela",
            "vendi o ponto e o novo dono vai contratar outra internet; cancela a minha",
            "a clínica fecha no fim do mês, quero rescindir o contrato de internet",
        ),
        details=(
            "o CNPJ já foi baixado na Receita",
            "os equipamentos estão na sala vazia",
        ),
    ),
    Family(
        name="formal_termination_notice",
        templates=(
            "venho por meio desta solicitar o cancelamento do contrato de prestação de serviço "
            "de internet",
            "solicito a rescisão do meu contrato a partir desta data",
            "formalizo aqui meu pedido de cancelamento, favor confirmar por e-mail",
            "comunico que não desejo mais o serviço e peço o encerramento do contrato",
            "pelo presente, requeiro o cancelamento da assinatura vinculada ao meu CPF",
            "peço a gentileza de efetuar o cancelamento e me enviar o número de protocolo",
            "conforme contato anterior, reitero o pedido de rescisão contratual",
        ),
        details=(
            "aguardo confirmação por escrito",
            "segue em anexo cópia do meu documento",
            "o contrato foi firmado há {months}",
        ),
    ),
    Family(
        name="separation_holder_leaving",
        templates=(
            "me separei e vou sair de casa, quero cancelar a internet que tá no meu nome",
            "a internet tá no meu nome, mas quem ficou na casa foi meu ex; quero cancelar",
            "me divorciei e não quero mais nada no meu nome naquele endereço, cancela a internet",
            "vou sair da casa que dividia com meu namorado, cancela o contrato no meu CPF",
            "meu ex-marido continua usando a internet que eu pago, quero encerrar",
            "não moro mais lá desde a separação, preciso tirar essa internet do meu nome",
        ),
        details=(
            "ele pode contratar no nome dele se quiser",
            "não tenho mais acesso à casa",
        ),
    ),
    Family(
        name="not_renewing_after_term",
        templates=(
            "minha fidelidade vence mês que vem e não quero renovar",
            "quando acabar meu contrato, quero que encerrem, não renovem automático",
            "aviso desde já: não vou continuar depois que terminar a fidelidade",
            "faltam {months} pro fim do contrato e já quero deixar o cancelamento programado",
            "posso agendar o cancelamento pra data em que a fidelidade acaba?",
            "não quero renovação, só quero sair quando o prazo do contrato terminar",
        ),
        details=(
            "assinei no começo do ano passado",
            "não quero pagar multa por sair antes",
        ),
    ),
    Family(
        name="complaint_title_cancellation",
        sentiment="frustrated",
        templates=(
            "Cancelamento por má prestação de serviço",
            "Solicito cancelamento imediato e sem multa",
            "Rescisão de contrato por descumprimento da empresa",
            "Pedido de cancelamento ignorado",
            "Cancelamento dificultado de propósito",
            "Quero cancelar e não consigo: empresa enrola o cliente",
            "Exijo o encerramento do meu contrato",
        ),
        details=(
            "já fiz o pedido por telefone e pelo chat",
            "o serviço nunca foi entregue como vendido",
        ),
    ),
    Family(
        name="internet_included_elsewhere",
        templates=(
            "o condomínio colocou internet inclusa na taxa, então quero cancelar a minha",
            "a empresa onde trabalho vai pagar uma internet lá em casa, vou cancelar a de vocês",
            "meu filho contratou uma internet pra casa toda, não preciso mais da minha",
            "o dono da casa que aluguei já deixa wifi incluso no aluguel, quero encerrar meu plano",
            "juntei minha casa com a da minha irmã e a gente vai ficar só com a internet dela",
            "a firma me deu um modem de internet pra trabalhar, vou cancelar o plano de casa",
        ),
        details=(
            "não faz sentido pagar duas internets",
            "a outra internet já tá funcionando",
        ),
    ),
    # Hard case: a price-rise complaint whose request is to leave, not to dispute the bill.
    Family(
        name="price_increase_cancel",
        sentiment="frustrated",
        templates=(
            "a mensalidade subiu de novo sem aviso, quero cancelar",
            "reajuste pra {amount}? pra mim chega, cancela",
            "todo ano vocês aumentam a conta, dessa vez eu saio",
            "aumentaram o preço e a internet continua a mesma, quero rescindir",
            "não aceito esse aumento na mensalidade, podem cancelar meu plano",
            "a fatura veio mais cara sem ninguém me avisar; não quero mais o serviço",
        ),
        details=(
            "no contrato não falava nada de reajuste",
            "quando entrei eu pagava bem menos",
        ),
    ),
    Family(
        name="rude_service_cancel",
        sentiment="frustrated",
        templates=(
            "fui destratado pela atendente, quero cancelar",
            "depois da grosseria que ouvi no telefone, não quero mais ser cliente",
            "me trataram mal no atendimento e eu decidi sair, cancela meu contrato",
            "com um atendimento desse, prefiro cancelar e procurar outra empresa",
            "desligaram na minha cara, foi a gota d'água: quero cancelar",
            "falta de respeito com o cliente, encerrem meu plano hoje",
        ),
        details=(
            "anotei o nome da atendente",
            "fui educada o tempo todo",
        ),
    ),
    Family(
        name="slang_rage_cancel",
        sentiment="frustrated",
        templates=(
            "cancela essa bosta",
            "tira essa porcaria de internet da minha casa",
            "quero me livrar dessa net de uma vez",
            "vem buscar esse lixo de roteador e cancela tudo",
            "não quero mais essa droga, cancela logo",
            "tô fora, pode cancelar essa joça",
            "chega dessa palhaçada, cancela meu plano",
        ),
        details=(
            "tô sem paciência",
            "nem liga pra me oferecer nada",
        ),
    ),
    # Hard case: a charge is mentioned, but the request is to cancel a contract nobody signed.
    Family(
        name="urgent_fraud_contract",
        urgent=True,
        templates=(
            "fizeram um contrato de internet no meu nome que eu não fiz, cancela urgente",
            "tem uma internet ativa no meu CPF num endereço que eu nem conheço, quero cancelar "
            "agora",
            "usaram meus documentos pra contratar com vocês, preciso cancelar isso hoje",
            "chegou cobrança de um plano que eu nunca assinei, é golpe; cancelem esse contrato já",
            "descobri que tem um contrato em meu nome com vocês, não é meu, encerrem urgente",
            "meu nome foi usado numa fraude, quero o cancelamento imediato desse plano",
        ),
        details=(
            "já fiz boletim de ocorrência",
            "nunca morei nesse endereço",
        ),
    ),
    Family(
        name="urgent_card_charge_tomorrow",
        urgent=True,
        templates=(
            "o cartão vai ser cobrado amanhã, preciso cancelar hoje",
            "cancela antes do débito automático cair, é depois de amanhã",
            "preciso cancelar agora, a cobrança recorrente no cartão é hoje à noite",
            "urgente: cancela o plano antes da próxima cobrança no meu cartão",
            "o débito em conta é {weekday}, dá pra cancelar antes disso?",
            "minha conta tá sem saldo e o débito automático entra amanhã; cancela a internet hoje",
        ),
        details=(
            "não tenho limite no cartão",
            "já avisei o banco também",
        ),
    ),
    Family(
        name="abbreviated_cancel",
        templates=(
            "qro cancelar",
            "como cancelo a net?",
            "cancela meu contrato pfv",
            "n qro mais a internet, cancela ai",
            "qto fica a multa pra cancelar?",
            "qro encerrar o contrato, oq precisa?",
            "da pra cancelar por aq msm?",
        ),
        details=(
            "contrato no meu nome",
            "podem buscar o aparelho",
            "n qro oferta n",
        ),
    ),
    Family(
        name="voice_note_cancel",
        templates=(
            "eu queria cancelar a internet porque tá muito caro pra mim agora",
            "então moça eu quero encerrar o meu contrato com vocês como é que eu faço",
            "é que eu não tô usando mais a internet e queria cancelar",
            "deixa eu ver com você o cancelamento da internet que tá no nome do meu pai",
            "olha eu já decidi quero cancelar não precisa me oferecer nada não",
            "eu queria saber se tem multa pra cancelar porque eu assinei tem pouco tempo",
            "vou ficar só com o 4g do celular então quero cancelar a internet de casa",
        ),
        details=(
            "o aparelho vocês podem vir buscar",
            "a última fatura eu pago",
            "o contrato tá no meu nome",
        ),
    ),
    Family(
        name="regional_cancel",
        templates=(
            "oxe, quero cancelar essa internet",
            "uai, como faz pra cancelar esse trem?",
            "bah, quero encerrar o contrato tchê",
            "égua, cancela isso aí pra mim",
            "mano, quero sair fora, cancela aí",
            "vou cancelar essa internet, visse, não quero mais",
        ),
        details=(
            "já decidi",
            "o aparelho tá aqui guardado",
            "quero o protocolo do cancelamento",
        ),
    ),
    Family(
        name="enough_just_cancel",
        templates=(
            "depois de tanto problema, chega, quero cancelar",
            "não quero desconto, não quero técnico, quero cancelar",
            "cansei, pode cancelar e mandar buscar o aparelho",
            "nem adianta me oferecer nada, quero o cancelamento hoje",
            "já deu pra mim, cancela essa porcaria",
            "vocês perderam um cliente, cancela tudo",
            "não aguento mais essa empresa, quero cancelar agora mesmo",
        ),
        details=(
            "não vou pagar multa nenhuma",
            "já contratei outra",
            "quero o número do protocolo",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="moving_abroad_cancel",
        templates=(
            "vou morar em Portugal e embarco {weekday}, preciso cancelar antes",
            "tô me mudando pro exterior semana que vem, quero encerrar o contrato já",
            "consegui emprego fora do país e viajo {weekday}, cancela a internet urgente",
            "vou embora do Brasil e preciso deixar o cancelamento resolvido antes de embarcar",
            "minha mudança pra fora é {date}, preciso cancelar tudo até lá",
            "embarco pro Canadá em poucos dias, como cancelo rápido?",
        ),
        details=(
            "depois não vou ter como resolver daqui",
            "posso deixar o aparelho com minha irmã",
            "não vou voltar tão cedo",
        ),
        urgent=True,
    ),
)

_ADDRESS_CHANGE: tuple[Family, ...] = (
    Family(
        name="transfer_direct",
        templates=(
            "vou me mudar e quero levar minha internet pra casa nova",
            "quero transferir minha internet pro meu novo endereço",
            "como faço a mudança de endereço da instalação?",
            "preciso mudar o endereço do meu plano, vou mudar de casa",
            "quero solicitar transferência de endereço",
            "mudei de casa, como levo a fibra de vocês pra cá?",
            "gostaria de transferir o serviço pra {street}",
            "vou mudar de casa e a internet vai comigo",
        ),
        details=(
            "a casa nova fica na {street}",
            "me mudo {weekday}",
            "o contrato continua no meu nome",
        ),
    ),
    # Hard case: a coverage question, but from a customer who moves (not a new subscription).
    Family(
        name="coverage_at_new_address",
        templates=(
            "vou me mudar pro bairro {neighbourhood}, vocês atendem lá? quero levar minha internet",
            "já sou cliente e vou pra {street}, tem cobertura lá pra transferir?",
            "antes de fechar o aluguel, queria saber se consigo levar a internet pra {street}",
            "tem fibra de vocês no bairro {neighbourhood}? tô de mudança e não quero perder meu "
            "plano",
            "consulta se o meu endereço novo tem viabilidade pra transferência",
            "a casa que eu vou alugar é na {street}, minha internet consegue ir pra lá?",
        ),
        details=(
            "ainda não assinei o contrato de aluguel",
            "é uma casa térrea",
        ),
    ),
    Family(
        name="moving_city",
        templates=(
            "vou morar em {city}, vocês têm lá? queria manter meu contrato",
            "transferência entre cidades é possível?",
            "minha família vai pra {city} mês que vem, quero levar a internet junto",
            "vou mudar de cidade, o contrato pode ir comigo ou tem que fazer outro?",
            "vocês transferem o plano pra outra cidade da região?",
            "fui transferido no trabalho pra {city}, dá pra continuar com vocês lá?",
        ),
        details=(
            "sou cliente há {months}",
            "não queria perder o preço que pago hoje",
        ),
    ),
    # Hard case: "taxa", "fidelidade", "valor" inside a move.
    Family(
        name="transfer_fee_and_timing",
        templates=(
            "tem taxa pra transferir a internet de endereço?",
            "quanto custa a mudança de endereço da instalação?",
            "quanto tempo demora pra vocês instalarem no endereço novo?",
            "a transferência é grátis pra quem já é cliente?",
            "se eu mudar de casa, a fidelidade continua a mesma?",
            "mudando de endereço, muda o valor do plano?",
            "vou ter que ficar quantos dias sem internet na mudança?",
        ),
        details=(
            "quero me organizar antes da mudança",
            "pago {amount} hoje",
        ),
    ),
    # Hard case: scheduling a technician, but for a transfer (not technician_visit).
    Family(
        name="schedule_transfer",
        templates=(
            "me mudo {weekday}, dá pra agendar a instalação no endereço novo pro mesmo dia?",
            "quero marcar a transferência pra semana que vem, quando tem horário?",
            "consigo deixar a mudança de endereço agendada pra {weekday} {time}?",
            "a chave da casa nova sai {weekday}, quero agendar o técnico pra levar a internet",
            "vocês conseguem desinstalar aqui e instalar lá no mesmo dia?",
            "quero programar a troca de endereço pro começo do mês",
        ),
        details=(
            "o endereço novo é na {street}",
            "vai ter alguém em casa o dia todo",
        ),
    ),
    Family(
        name="short_distance_move",
        templates=(
            "vou mudar de apartamento dentro do mesmo prédio, como fica a internet?",
            "vou pra casa do lado, dá pra puxar a fibra pra lá?",
            "mudei do bloco A pro bloco C do condomínio, preciso transferir a instalação",
            "é só uma mudança pro andar de cima, vocês levam a instalação?",
            "vou pros fundos do mesmo terreno, quero levar a internet pra casa de trás",
            "troquei de apartamento no mesmo condomínio, o que preciso fazer pra internet ir "
            "junto?",
        ),
        details=(
            "o síndico já liberou a passagem do cabo",
            "é literalmente do outro lado do muro",
        ),
    ),
    Family(
        name="already_moved_waiting",
        sentiment="frustrated",
        urgent=True,
        templates=(
            "pedi a transferência há {duration} e até agora ninguém veio instalar na casa nova",
            "já me mudei faz {duration} e continuo sem internet porque a transferência não sai",
            "a mudança de endereço tá parada há {duration}, vocês marcaram e não apareceram",
            "há {duration} pagando sem usar, cadê a instalação no meu endereço novo?",
            "faz {duration} que tô nessa: três agendamentos de transferência e nenhum técnico "
            "apareceu",
            "faz {duration} que vocês desligaram no endereço antigo e não ligaram no novo, que "
            "palhaçada",
        ),
        details=(
            "trabalho de casa e tô usando o 4G do celular",
            "já liguei umas cinco vezes",
        ),
    ),
    Family(
        name="urgent_move_deadline",
        urgent=True,
        templates=(
            "me mudo amanhã e preciso da internet funcionando na casa nova, trabalho de casa",
            "urgente: preciso transferir a internet até {weekday}, tenho home office e não "
            "posso ficar sem",
            "dá pra fazer a mudança de endereço hoje ainda? preciso trabalhar amanhã",
            "tô no endereço novo sem internet e tenho reunião amanhã cedo, quando conseguem "
            "transferir?",
            "preciso da transferência o quanto antes, minha filha faz prova online na semana "
            "que vem",
            "a mudança é depois de amanhã e eu atendo por telemedicina, preciso da internet lá "
            "no mesmo dia",
        ),
        details=(
            "a casa nova já tá pronta",
            "posso receber o técnico em qualquer horário",
        ),
    ),
    # Hard case: negation of cancellation / new contract.
    Family(
        name="dont_cancel_just_move",
        templates=(
            "não quero cancelar, quero levar a internet comigo pra casa nova",
            "me falaram que precisava cancelar pra mudar, mas eu quero só transferir",
            "não é cancelamento, é mudança de endereço",
            "vou me mudar, mas quero continuar cliente; como transfiro?",
            "gosto do serviço, por isso quero manter o plano no endereço novo em vez de cancelar",
            "não quero contratar de novo nem cancelar, só mudar o endereço da instalação",
        ),
        details=(
            "o plano atual me atende bem",
            "o contrato ainda tá na fidelidade",
        ),
    ),
    Family(
        name="business_relocation",
        templates=(
            "minha loja vai mudar de ponto, quero transferir a internet da empresa",
            "o escritório vai pra {street}, como fica a transferência do link?",
            "vamos mudar a empresa de sala, dá pra levar o mesmo plano?",
            "vou mudar meu consultório de endereço e preciso da internet lá",
            "a empresa mudou de endereço, precisamos transferir a instalação",
            "troquei o salão de lugar, quero a fibra no ponto novo",
        ),
        details=(
            "o contrato é no CNPJ",
            "não podemos ficar nem um dia sem sistema",
        ),
    ),
    Family(
        name="terse_move",
        templates=(
            "mudança de endereço",
            "transferir internet",
            "mudei de casa",
            "trocar endereço da instalação",
            "transferência pra {street}",
            "vou mudar, e a net?",
            "levar a fibra pra casa nova",
        ),
        details=(
            "sou cliente",
            "me mudo {weekday}",
        ),
    ),
    Family(
        name="planning_ahead",
        templates=(
            "tô pensando em mudar de casa no mês que vem, queria entender como funciona a "
            "transferência",
            "ainda não tenho data, mas vou me mudar; o que vocês precisam pra transferir?",
            "queria saber com antecedência como funciona a mudança de endereço",
            "minha mudança é daqui a {months}, já posso pedir a transferência?",
            "se eu mudar de casa, preciso avisar vocês com quanto tempo?",
            "meu contrato de aluguel tá acabando, como faço pra internet ir junto pra casa nova?",
        ),
        details=(
            "ainda tô procurando casa",
            "provavelmente vou pro bairro {neighbourhood}",
        ),
    ),
    # Hard case: equipment words inside a move (not wifi_equipment).
    Family(
        name="take_equipment_myself",
        templates=(
            "posso levar o roteador e ligar sozinho na casa nova?",
            "se eu tirar a onu daqui e ligar no apartamento novo, funciona?",
            "vou levar o modem na mudança, vocês só precisam passar o cabo lá?",
            "preciso devolver o equipamento antes de mudar ou levo comigo pro endereço novo?",
            "desliguei o roteador pra mudança, como ativo ele no outro endereço?",
            "já trouxe a caixinha da fibra pra casa nova, o que falta pra funcionar aqui?",
        ),
        details=(
            "embalei tudo direitinho",
            "a casa nova fica a duas quadras da antiga",
        ),
    ),
    Family(
        name="already_moved_update",
        templates=(
            "já me mudei, preciso que atualizem meu endereço e passem a internet pra cá",
            "mudei semana passada e a instalação ainda tá no endereço antigo",
            "meu endereço mudou, o que faço pra internet funcionar aqui?",
            "me mudei {date} e preciso regularizar a instalação no endereço novo",
            "tô morando na {street} agora, como coloco a minha internet aqui?",
            "ainda tô pagando a internet da casa velha, quero ela na casa nova",
        ),
        details=(
            "o roteador ficou comigo",
            "a casa antiga já foi entregue",
        ),
    ),
    # Hard case: a fee complaint whose request is still the transfer.
    Family(
        name="transfer_fee_outrage",
        sentiment="frustrated",
        templates=(
            "absurdo cobrar taxa pra transferir a internet de cliente antigo, quero transferir "
            "sem pagar",
            "vocês querem cobrar {amount} pra mudar de endereço? sou cliente há anos, transfere "
            "pra mim",
            "pra contratar é de graça e pra transferir vocês cobram? quero mudar meu endereço "
            "sem essa taxa",
            "que piada exigir fidelidade nova só porque vou mudar de casa, quero só transferir",
            "me disseram que a transferência demora 30 dias, tão de brincadeira? preciso da "
            "internet no endereço novo",
            "só porque mudei de casa querem me trocar de plano e cobrar mais; quero o mesmo "
            "plano no endereço novo",
        ),
        details=(
            "sou cliente desde a inauguração de vocês aqui",
            "nunca atrasei uma fatura",
        ),
    ),
    Family(
        name="transfer_runaround",
        sentiment="frustrated",
        templates=(
            "cada atendente fala uma coisa sobre a mudança de endereço, quero que alguém "
            "resolva minha transferência",
            "já expliquei três vezes que vou me mudar e ninguém abre o pedido de transferência",
            "me mandaram pra loja, a loja mandou pro telefone; eu só quero transferir minha "
            "internet",
            "quanta burocracia pra mudar a internet de endereço, parece que não querem que eu "
            "continue cliente",
            "toda vez que peço a transferência me respondem com mensagem automática, quero "
            "alguém de verdade",
            "passei a manhã inteira no telefone e não consegui pedir a transferência da instalação",
        ),
        details=(
            "tenho três protocolos diferentes",
            "a mudança é daqui a uma semana",
        ),
    ),
    Family(
        name="happy_customer_moving",
        sentiment="satisfied",
        templates=(
            "a internet de vocês é tão boa que vou levar pra casa nova, como faço?",
            "não troco vocês por nada, vou me mudar e quero a fibra comigo",
            "vocês sempre me atenderam bem, agora vou me mudar e quero continuar",
            "oi, pessoal, vocês são ótimos; vou casar e mudar de casa, quero levar a internet",
            "adoro o atendimento de vocês! tô de mudança pro bairro {neighbourhood} e queria "
            "transferir meu plano",
            "nunca tive problema com vocês, então quero a internet na minha casa nova também",
        ),
        details=(
            "sou cliente há {months}",
            "já indiquei vocês pros meus vizinhos novos",
        ),
    ),
    Family(
        name="transfer_documents",
        templates=(
            "que documento preciso pra transferir a internet pro endereço novo?",
            "pra mudar o endereço da instalação vocês pedem comprovante de residência?",
            "o contrato de aluguel novo serve como comprovante pra transferência?",
            "ainda não tenho conta de luz no endereço novo, consigo transferir assim?",
            "o que vocês precisam de mim pra passar a internet pra minha casa nova?",
            "posso mandar foto do contrato da casa nova pra liberar a mudança de endereço?",
        ),
        details=(
            "a casa nova ainda tá no nome do antigo morador",
            "tenho o contrato de compra e venda",
        ),
    ),
    Family(
        name="moving_in_with_partner",
        templates=(
            "vou morar junto com meu namorado e quero levar minha internet pra casa dele",
            "vamos casar e eu vou pro apartamento da minha noiva, a internet vai comigo",
            "tô indo morar com minha namorada, dá pra transferir meu plano pra lá?",
            "juntamos as escovas de dente kkk, quero mudar o endereço da minha internet pra casa "
            "dela",
            "vou me mudar pra casa do meu companheiro e queria manter a mesma internet lá",
            "eu e meu marido vamos pra casa nova depois do casamento, quero levar o plano",
        ),
        details=(
            "lá ainda não tem internet nenhuma",
            "o contrato continua no meu nome",
        ),
    ),
    Family(
        name="bought_own_house",
        templates=(
            "comprei minha casa própria e quero levar a internet pra lá",
            "saí do aluguel, finalmente! quero transferir a fibra pra casa que comprei",
            "peguei as chaves do apartamento financiado, como mudo a instalação pra lá?",
            "a casa que comprei fica na {street}, quero transferir o serviço pra ela",
            "realizei o sonho da casa própria e a internet de vocês vai junto",
            "vou deixar o aluguel mês que vem e quero a internet no meu apartamento novo",
        ),
        details=(
            "a casa ainda tá em reforma",
            "me mudo assim que terminar a pintura",
        ),
    ),
    Family(
        name="renovation_temporary_move",
        templates=(
            "vou reformar a casa e ficar uns meses na casa da minha mãe, dá pra levar a internet "
            "pra lá?",
            "a obra aqui vai durar {months}, quero transferir a internet pro lugar onde vou ficar",
            "mudança temporária: posso levar o plano pra outro endereço e depois trazer de volta?",
            "vou ficar de aluguel enquanto a casa fica pronta, a internet consegue ir junto?",
            "durante a reforma vou pro apartamento da minha irmã, quero a internet lá nesse tempo",
            "transferência provisória de endereço é possível? depois volto pra minha casa",
        ),
        details=(
            "a reforma é no telhado e na parte elétrica",
            "volto assim que terminar a obra",
        ),
    ),
    # Hard case: moving back in with the parents, but keeping the service (not cancellation).
    Family(
        name="moving_back_with_parents",
        templates=(
            "voltei pra casa dos meus pais e quero levar minha internet comigo",
            "vou morar de novo com minha mãe, lá não tem internet, então quero transferir a minha",
            "a casa dos meus pais não tem net, posso passar meu contrato pra lá?",
            "não vou cancelar: vou pra casa da minha família e quero o plano lá",
            "entreguei o apartamento e vou pra casa do meu pai, a internet pode ir junto?",
            "tô saindo do aluguel e voltando pra casa da minha avó, quero mudar o endereço da "
            "internet",
        ),
        details=(
            "a casa deles fica no bairro {neighbourhood}",
            "quem paga continua sendo eu",
        ),
    ),
    Family(
        name="complaint_title_transfer",
        sentiment="frustrated",
        templates=(
            "Transferência de endereço não realizada",
            "Mudança de endereço sem previsão",
            "Pedido de transferência de endereço ignorado",
            "Demora absurda na transferência da internet",
            "Descaso com a mudança de endereço do cliente",
            "Transferência agendada e cancelada sem aviso",
            "Empresa não transfere a instalação para o novo endereço",
        ),
        details=(
            "o pedido foi feito há {duration}",
            "já remarcaram duas vezes",
        ),
    ),
    Family(
        name="new_address_box_full",
        sentiment="frustrated",
        templates=(
            "disseram que a caixa da rua nova tá lotada e não dá pra transferir, como assim?",
            "me falaram que não tem porta disponível no endereço novo; e minha internet, fica "
            "como?",
            "a transferência travou porque a CTO da minha rua nova tá cheia, resolvam isso",
            "vocês atendem a rua, mas não têm vaga pra minha transferência? que piada",
            "pedi pra mudar de endereço e responderam sem viabilidade técnica, mas o vizinho tem",
            "tô esperando abrirem vaga na caixa pra transferir minha internet, isso não tem fim",
        ),
        details=(
            "o vizinho do lado é cliente de vocês",
            "a fibra passa na frente da casa nova",
        ),
    ),
    # Hard case: "desligaram" / "sem sinal" here come from a transfer done too early, not a fault.
    Family(
        name="old_house_cut_too_early",
        sentiment="frustrated",
        templates=(
            "cortaram minha internet na casa velha antes da data, eu ainda tô morando aqui",
            "pedi a transferência pra {weekday} e já desligaram aqui hoje",
            "desinstalaram aqui e o endereço novo nem tem data, fiquei sem internet nos dois",
            "eu pedi pra transferir só depois da mudança e vocês já tiraram tudo, e agora?",
            "vieram buscar o equipamento antes da hora e eu ainda nem mudei",
            "mudaram meu endereço no sistema antes do tempo e a casa antiga ficou sem sinal",
        ),
        details=(
            "a mudança só é no fim do mês",
            "trabalho de casa e fiquei na mão",
        ),
    ),
    Family(
        name="urgent_emergency_move",
        urgent=True,
        templates=(
            "minha casa alagou na chuva e tive que ir pra casa da minha sogra, preciso da "
            "internet lá urgente",
            "tive que sair de casa às pressas, preciso transferir a internet pro endereço novo o "
            "quanto antes",
            "fui despejado e já tô em outro endereço, preciso da internet aqui pra trabalhar",
            "o prédio foi interditado, vou morar em outro lugar hoje; dá pra levar a internet já?",
            "a casa pegou fogo e a gente tá num aluguel provisório, preciso da internet lá com "
            "urgência",
            "precisei mudar de um dia pro outro por causa da violência no bairro, transfiram "
            "minha internet rápido",
        ),
        details=(
            "os equipamentos ficaram comigo",
            "as crianças precisam da internet pra escola",
        ),
    ),
    Family(
        name="urgent_move_moved_up",
        urgent=True,
        templates=(
            "a mudança foi antecipada pra amanhã, dá pra adiantar a transferência?",
            "o caminhão da mudança vem {weekday}, preciso trazer a data da instalação pra antes",
            "o dono pediu a casa antes, vou mudar essa semana; consegue antecipar a troca de "
            "endereço?",
            "mudou tudo e eu me mudo depois de amanhã, tem como puxar a transferência pra já?",
            "preciso antecipar o agendamento da mudança de endereço, tenho que sair daqui amanhã",
            "a data da minha mudança mudou, preciso da internet no endereço novo até {weekday}",
        ),
        details=(
            "o agendamento atual é pra semana que vem",
            "trabalho de casa e não posso ficar sem",
        ),
    ),
    Family(
        name="slang_taking_the_net",
        templates=(
            "tô me mudando, bora levar a net junto",
            "vou vazar daqui pra outro bairro, a net vai comigo?",
            "mudei de cafofo, como faço pra net vir pra cá?",
            "tô de casa nova, manda a fibra pra cá",
            "vou meter o pé daqui, queria levar o wifi",
            "mudança aqui, e aí, leva a internete?",
            "troquei de barraco kkk, bora passar minha net pro endereço novo",
        ),
        details=(
            "é pertinho daqui",
            "o roteador eu mesmo levo",
        ),
    ),
    Family(
        name="move_for_relative_holder",
        templates=(
            "minha filha vai se mudar e a internet dela tá no meu nome, como transfere?",
            "sou o titular, mas quem vai mudar é meu filho; ele pode levar a internet?",
            "meus pais vão se mudar e eu cuido do contrato deles, como peço a transferência?",
            "o plano tá no nome da minha mãe e ela vai mudar de casa, posso resolver por ela?",
            "quero pedir a transferência da internet do meu avô pro apartamento novo dele",
            "meu marido é o titular e tá viajando, consigo pedir a mudança de endereço por ele?",
        ),
        details=(
            "ela me autorizou a falar por ela",
            "tenho os dados do titular aqui",
        ),
    ),
    Family(
        name="new_building_rules",
        templates=(
            "o prédio pra onde vou mudar precisa de autorização do síndico pra passar a fibra?",
            "vou mudar pra um condomínio fechado, vocês conseguem levar minha internet pra lá?",
            "a administradora do prédio novo pediu os dados do técnico pra liberar a transferência",
            "no condomínio novo só entra prestador com agendamento, como fica a mudança da "
            "internet?",
            "o prédio novo já tem cabeamento de vocês? quero levar meu plano",
            "me mudo pra um apartamento e o síndico quer saber por onde passa o cabo da "
            "transferência",
        ),
        details=(
            "o prédio é novo, entregue esse ano",
            "a portaria funciona 24 horas",
        ),
    ),
    Family(
        name="abbreviated_move",
        templates=(
            "vou me mudar, da pra levar a net?",
            "qro transferir a internet pro endereco novo",
            "mudei de casa, como faz p mudar o endereco da instalacao?",
            "vcs atendem na rua nova? to de mudanca",
            "qto custa pra mudar a net de endereco?",
            "dps da mudanca vcs instalam na casa nova?",
        ),
        details=(
            "nova casa é no {neighbourhood}",
            "mudo {date}",
            "qro manter o msm plano",
        ),
    ),
    Family(
        name="voice_note_move",
        templates=(
            "eu tô me mudando semana que vem e queria levar a internet pra casa nova",
            "então moça eu vou mudar de endereço e queria transferir a instalação",
            "é que eu aluguei uma casa lá no {neighbourhood} e queria passar a internet pra lá",
            "deixa eu ver com você como faz pra mudar a internet de endereço",
            "olha eu vou morar com a minha namorada e queria levar a internet pro apartamento dela",
            "eu queria saber se a mudança de endereço da internet tem custo",
        ),
        details=(
            "a casa nova é na {street}",
            "quero continuar com o mesmo plano",
            "a mudança é {date}",
        ),
    ),
    Family(
        name="regional_move",
        templates=(
            "oxe, vou mudar de casa, a internet vai comigo?",
            "uai, tô de mudança pro {neighbourhood}, dá pra levar a internet?",
            "bah, vou me mudar tchê, como fica a internet?",
            "égua, mudei de casa, manda alguém instalar lá",
            "mano, troquei de ap, bora passar a net pra lá",
            "vou mudar ali pra perto, visse, dá pra levar a fibra?",
        ),
        details=(
            "é no mesmo bairro",
            "quero o mesmo plano",
            "levo o aparelho comigo",
        ),
    ),
    Family(
        name="transfer_requested_ignored",
        templates=(
            "já pedi a transferência de endereço três vezes e nada",
            "mudei faz tempo e até agora não transferiram minha internet, que descaso",
            "tô na casa nova esperando a mudança de endereço que vocês nunca fazem",
            "vocês enrolam demais pra mudar a internet de endereço",
            "a transferência que prometeram pra {date} simplesmente não aconteceu",
            "pra instalar cliente novo vocês correm, pra mudar o endereço de cliente antigo "
            "ninguém aparece",
        ),
        details=(
            "o endereço novo é na {street}",
            "tenho protocolo do pedido",
            "continuo pagando a mensalidade",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="in_new_house_offline_rage",
        templates=(
            "já tô morando na casa nova há {duration} esperando a transferência da internet",
            "faz {duration} que eu me mudei e vocês ainda não levaram minha internet pro endereço "
            "novo",
            "{duration} na casa nova sem internet porque a transferência não sai",
            "pedi a mudança de endereço antes de mudar e já são {duration} sem instalação",
            "a transferência era pra ser no dia da mudança, já passou {duration} e nada",
            "{duration} esperando vocês transferirem a linha e eu pagando a mensalidade",
        ),
        details=(
            "o endereço novo é na {street}",
            "trabalho de casa e tô me virando com o 4g",
            "a casa antiga já foi entregue",
        ),
        sentiment="frustrated",
        urgent=True,
    ),
)

_GREETING: tuple[Family, ...] = (
    Family(
        name="neutral_hello",
        templates=(
            "oi",
            "olá",
            "bom dia",
            "boa tarde",
            "boa noite",
            "oi, tudo bem?",
            "olá, boa tarde, tudo certo?",
            "eae",
        ),
        details=(
            "primeira vez que uso esse chat",
            "tô aqui",
        ),
    ),
    Family(
        name="checking_channel",
        templates=(
            "tem alguém aí?",
            "alô, alguém me ouve?",
            "oi, esse número é do atendimento?",
            "testando, tá chegando minha mensagem?",
            "alguém online?",
            "oi, é aqui que fala com vocês?",
            "opa, tá funcionando esse chat?",
        ),
        details=(
            "peguei esse número no site",
            "mandei mensagem mais cedo e não sei se chegou",
        ),
    ),
    # Hard case: technical words with no request; the problem is already solved.
    Family(
        name="thanks_problem_solved",
        sentiment="satisfied",
        templates=(
            "a internet voltou aqui, muito obrigado!",
            "deu certo, já tá funcionando, valeu demais",
            "resolvido! obrigada pela ajuda",
            "reiniciei como vocês falaram e voltou, obrigado",
            "tudo normal agora, agradeço a atenção",
            "funcionou, a net tá voando de novo, brigadão",
            "já voltou, era só isso mesmo, obrigado pelo suporte",
        ),
        details=(
            "o problema era um cabo solto",
            "fazia dois dias que tava sem",
            "testei no celular e no note e tá tudo certo",
        ),
    ),
    Family(
        name="praise_technician",
        sentiment="satisfied",
        templates=(
            "o técnico que veio hoje foi super educado, parabéns pra ele",
            "só queria elogiar o rapaz da instalação, trabalho caprichado",
            "passando pra agradecer o técnico, resolveu tudo rapidinho",
            "a equipe que veio aqui foi nota dez, obrigado",
            "elogio pro técnico de hoje, explicou tudo direitinho",
            "queria deixar registrado que o técnico foi excelente",
        ),
        details=(
            "ele até deixou o cabo organizado",
            "chegou no horário combinado",
        ),
    ),
    Family(
        name="praise_attendant",
        sentiment="satisfied",
        templates=(
            "você foi muito atenciosa, obrigado pelo atendimento",
            "nota 10 pro atendimento de hoje",
            "obrigado pela paciência, me ajudou muito",
            "adorei o atendimento, super rápido",
            "muito obrigada, você foi um anjo",
            "agradeço demais a atenção, foi rapidinho",
            "parabéns pelo atendimento, foi ótimo",
        ),
        details=(
            "nem precisei esperar",
            "explicou tudo com calma",
        ),
    ),
    Family(
        name="bye_closing",
        templates=(
            "tchau",
            "até mais",
            "valeu, tchau",
            "falou, obrigado",
            "era só isso, obrigado",
            "ok, obrigado, bom trabalho",
            "beleza, até logo",
            "tenha um bom dia",
        ),
        details=(
            "qualquer coisa eu volto a chamar",
            "já tenho o que precisava",
        ),
    ),
    Family(
        name="ack_waiting",
        templates=(
            "ok, fico no aguardo",
            "beleza, vou esperar então",
            "certo, entendi",
            "tá bom, obrigado pela informação",
            "ah tá, entendi, valeu",
            "combinado",
            "ok, aguardo o retorno",
            "perfeito, anotado aqui",
        ),
        details=(
            "anotei o protocolo",
            "vou ficar de olho no celular",
        ),
    ),
    # Hard case: bill / payment words with no request; it is already sorted out.
    Family(
        name="thanks_payment_sorted",
        sentiment="satisfied",
        templates=(
            "recebi o boleto aqui, obrigado",
            "já consegui pagar, obrigada pela ajuda",
            "o desbloqueio funcionou, muito obrigado",
            "vi que o valor foi corrigido na fatura, agradeço",
            "pix feito e internet liberada, valeu",
            "deu tudo certo com a conta, obrigado pela atenção",
        ),
        details=(
            "paguei pelo aplicativo do banco",
            "já tá tudo certo por aqui",
        ),
    ),
    Family(
        name="praise_service_general",
        sentiment="satisfied",
        templates=(
            "só passando pra dizer que a internet de vocês é ótima",
            "cliente há {months} e nunca tive problema, parabéns",
            "melhor internet que já tive, continuem assim",
            "vocês estão de parabéns, a conexão nunca cai",
            "queria só elogiar, a fibra de vocês é muito boa",
            "sem reclamação nenhuma, serviço top",
        ),
        details=(
            "já indiquei pra vários amigos",
            "trabalho de casa e nunca me deixou na mão",
        ),
    ),
    Family(
        name="holiday_wishes",
        templates=(
            "feliz natal pra toda a equipe",
            "feliz ano novo, pessoal",
            "boas festas a todos",
            "bom fim de semana pra vocês",
            "feliz páscoa",
            "feliz dia das mães pras atendentes",
            "boa semana pra equipe",
        ),
        details=(
            "que o ano que vem seja ainda melhor",
            "muita saúde pra todos",
        ),
    ),
    # Hard case: "instalação" with no request; the install is done and they are happy.
    Family(
        name="thanks_new_install",
        sentiment="satisfied",
        templates=(
            "instalaram hoje e já tá funcionando, obrigado",
            "a instalação foi rápida, adorei, obrigada",
            "chegou a fibra aqui em casa, valeu, pessoal",
            "primeiro dia com a internet de vocês e tô amando",
            "já tô usando a internet nova, muito obrigado pela agilidade",
            "instalação feita, tudo certinho, agradeço",
        ),
        details=(
            "os meninos já tão jogando",
            "o técnico deixou tudo funcionando",
        ),
    ),
    # Hard case: frustrated tone with no request; the label stays greeting.
    Family(
        name="resigned_sign_off",
        sentiment="frustrated",
        templates=(
            "tá, tchau",
            "ok né, fazer o quê. tchau",
            "esquece, tchau",
            "deixa pra lá, obrigado",
            "tanto faz, até mais",
            "já vi que não adianta, tchau",
        ),
        details=(
            "depois eu vejo",
            "não tenho mais tempo pra isso hoje",
        ),
    ),
    Family(
        name="sarcastic_thanks_sign_off",
        sentiment="frustrated",
        templates=(
            "valeu por nada",
            "muito obrigado pela enorme ajuda, viu",
            "adorei a ajuda, só que não. tchau",
            "nossa, que atendimento rápido, só duas horas. tchau",
            "obrigado, vocês são demais. só que não",
            "agradeço a atenção nenhuma, até mais",
        ),
        details=(
            "nem vou perder mais meu tempo",
            "vou deixar minha avaliação",
        ),
    ),
    Family(
        name="impatient_anyone_there",
        sentiment="frustrated",
        templates=(
            "alô??? ninguém responde?",
            "oi??? tem alguém aí ou não?",
            "faz meia hora que mandei oi e nada",
            "vocês vão me responder hoje?",
            "olá?? tô esperando",
            "oi de novo, continuo esperando alguém aparecer",
        ),
        details=(
            "já mandei três mensagens",
            "o robô só manda menu",
        ),
    ),
    Family(
        name="self_introduction",
        templates=(
            "oi, aqui é a Maria",
            "bom dia, meu nome é João",
            "olá, sou cliente de vocês",
            "boa tarde, tudo bem? aqui é o Carlos",
            "oi, quem fala aqui é o titular da conta",
            "bom dia, sou eu de novo",
        ),
        details=(
            "falei com vocês ontem",
            "moro no bairro {neighbourhood}",
        ),
    ),
    Family(
        name="short_thanks",
        templates=(
            "obrigado",
            "obrigada",
            "valeu",
            "vlw",
            "obg",
            "brigadão",
            "muito obrigado",
            "grato",
        ),
        details=(
            "ajudou bastante",
            "era isso",
        ),
    ),
    # Hard case: plan / fee / install words in a thanks with no request.
    Family(
        name="thanks_after_info",
        sentiment="satisfied",
        templates=(
            "obrigado pelas informações do plano, vou pensar e depois volto",
            "valeu pela explicação sobre a mudança, qualquer coisa chamo de novo",
            "entendi como funciona a fatura agora, obrigado",
            "obrigada por tirar minhas dúvidas sobre a instalação",
            "agradeço as informações, por enquanto é só",
            "muito obrigado pelo esclarecimento sobre os planos",
        ),
        details=(
            "vou conversar com minha esposa",
            "salvei o número de vocês",
        ),
    ),
    Family(
        name="reaction_words",
        templates=(
            "show",
            "top",
            "massa",
            "show de bola",
            "jóia",
            "fechou",
            "demorou",
            "tranquilo",
        ),
        details=(
            "era só isso mesmo",
            "tá tudo certo",
        ),
    ),
    Family(
        name="regional_hellos",
        templates=(
            "oxe, bom dia",
            "bah, boa tarde, tchê",
            "opa, bão?",
            "salve, tudo certo?",
            "fala aí, beleza?",
            "uai, boa noite, gente",
            "e aí, meu rei",
            "oi, gente boa, como é que tá?",
        ),
        details=(
            "tô por aqui",
            "primeira vez que chamo vocês",
        ),
    ),
    Family(
        name="blessing_thanks",
        sentiment="satisfied",
        templates=(
            "Deus abençoe vocês, obrigada",
            "muito obrigado, fica com Deus",
            "graças a Deus deu tudo certo, obrigada pela ajuda",
            "que Deus te abençoe pela paciência, moça",
            "obrigado, meu filho, vai com Deus",
            "amém, agradeço de coração",
            "obrigada, fiquem na paz do Senhor",
        ),
        details=(
            "vocês foram uns anjos",
            "uma ótima semana pra vocês",
        ),
    ),
    Family(
        name="back_to_conversation",
        templates=(
            "voltei",
            "oi, tô de volta",
            "desculpa a demora, tava no trabalho",
            "cheguei, pode continuar",
            "pronto, tô aqui de novo",
            "perdi a conversa, voltei",
            "sumi mas voltei, desculpa",
        ),
        details=(
            "tava dirigindo",
            "minha bateria tinha acabado",
        ),
    ),
    Family(
        name="affirmations",
        templates=(
            "aham",
            "uhum",
            "isso mesmo",
            "sim, pode ser",
            "certo, certo",
            "sim sim",
            "exato",
            "entendido",
        ),
        details=(
            "era isso que eu queria saber",
            "tô acompanhando",
        ),
    ),
    # Hard case: complaint words about a fix that already happened; nothing is asked.
    Family(
        name="resolved_but_complaining",
        sentiment="frustrated",
        templates=(
            "resolveu, mas precisou de uma semana, né",
            "agora funcionou, depois de cinco ligações. tchau",
            "ok, voltou. podia ter sido no primeiro contato",
            "tá resolvido, mas que sufoco pra conseguir",
            "finalmente, hein. demorou mas foi",
            "obrigado, mas não precisava tanta enrolação pra uma coisa simples",
        ),
        details=(
            "espero não precisar de novo",
            "perdi a manhã toda com isso",
        ),
    ),
    Family(
        name="here_again_weary",
        sentiment="frustrated",
        templates=(
            "lá vou eu falar com vocês de novo",
            "bom dia, mais um dia tentando falar com alguém",
            "oi, de novo eu, pela quinta vez essa semana",
            "olá, mais uma vez aqui, né",
            "boa tarde... de novo",
            "e cá estou eu outra vez",
        ),
        details=(
            "já sabem quem eu sou",
            "todo dia a mesma história",
        ),
    ),
    Family(
        name="dry_sarcastic_hello",
        sentiment="frustrated",
        templates=(
            "bom dia, né, porque de bom não tem nada",
            "boa tarde pra quem tá tendo uma boa tarde",
            "oi. vamos ver se hoje alguém responde",
            "olá, se é que tem alguém aí de verdade",
            "bom dia, ou quase isso",
            "boa noite, se vocês ainda lembram que eu existo",
        ),
        details=(
            "nem sei por que ainda tento",
            "tô esperando desde cedo",
        ),
    ),
    Family(
        name="thanks_for_patience_elderly",
        sentiment="satisfied",
        templates=(
            "desculpa, minha filha, sou meio lenta com essas coisas; obrigada pela paciência",
            "não entendo nada de tecnologia, mas você me ajudou muito, obrigado",
            "obrigado por explicar devagarzinho pra esse velho aqui",
            "sou idosa e fiquei com medo de não conseguir, mas deu certo; muito obrigada",
            "agradeço a calma, meu neto não estava pra me ajudar",
            "você teve muita paciência comigo, Deus lhe pague",
        ),
        details=(
            "tenho 78 anos",
            "anotei tudo no caderninho",
        ),
    ),
    Family(
        name="formal_thanks",
        sentiment="satisfied",
        templates=(
            "Prezados, agradeço o retorno.",
            "Agradeço a atenção dispensada.",
            "Obrigado pelo pronto atendimento. Atenciosamente.",
            "Prezada equipe, muito obrigada pela solução.",
            "Registro aqui meu agradecimento pela cordialidade da equipe.",
            "Cordialmente, agradeço o suporte prestado.",
        ),
        details=(
            "Fico à disposição.",
            "Tenham um ótimo dia.",
        ),
    ),
    Family(
        name="goodnight_see_you_tomorrow",
        templates=(
            "boa noite, bom descanso pra vocês",
            "vou dormir, amanhã a gente se fala",
            "fui, boa noite",
            "até amanhã, pessoal",
            "amanhã eu chamo de novo, boa noite",
            "tô indo nessa, boa noite pra equipe",
        ),
        details=(
            "já tá tarde",
            "amanhã cedo eu volto",
        ),
    ),
    Family(
        name="pleasantries_how_are_you",
        templates=(
            "tudo bem com você?",
            "como vai você?",
            "tudo joia por aí?",
            "e vocês, tudo certo aí?",
            "tudo tranquilo por aí, moça?",
            "como tá o dia aí hoje?",
            "tudo bem, e você?",
        ),
        details=(
            "aqui tá tudo bem",
            "espero que estejam bem",
        ),
    ),
    Family(
        name="apologetic_hello",
        templates=(
            "desculpa incomodar",
            "boa noite, perdão o horário",
            "oi, desculpa mandar mensagem tão cedo",
            "com licença",
            "perdão pela hora",
            "desculpa atrapalhar, bom dia",
        ),
        details=(
            "sei que já é tarde",
            "só vi agora a mensagem de vocês",
        ),
    ),
    Family(
        name="abbreviated_hello",
        templates=(
            "oii",
            "opa, blz?",
            "eae, suave?",
            "oi td bem?",
            "bom diaa",
            "boa tarde, td certo?",
            "oi oi",
        ),
        details=(
            "td certo ai?",
            "blz",
        ),
    ),
    Family(
        name="voice_thanks_bye",
        templates=(
            "ah tá bom então muito obrigada viu",
            "beleza então brigado aí tchau",
            "tá certo moça obrigado pela ajuda tchau tchau",
            "então tá bom era só isso mesmo obrigado",
            "entendi tá bom obrigada e tenha um bom dia",
            "ah tá joia então valeu",
        ),
        details=(
            "fica com Deus",
            "bom trabalho pra você",
        ),
    ),
)

_OUT_OF_SCOPE: tuple[Family, ...] = (
    Family(
        name="weather_smalltalk",
        templates=(
            "vai chover hoje aí em {city}?",
            "qual a previsão do tempo pra amanhã?",
            "que calor, hein! aí também tá assim?",
            "tá frio aí?",
            "sabe se vai fazer sol no fim de semana?",
            "quantos graus tá fazendo agora?",
        ),
        details=(
            "vou viajar no sábado",
            "quero estender a roupa",
        ),
    ),
    # Hard case: "técnico", "instalador", "vocês" but it is about a job, not a service.
    Family(
        name="job_application",
        templates=(
            "vocês estão contratando? queria mandar meu currículo",
            "tem vaga de técnico instalador?",
            "onde envio currículo pra trabalhar com vocês?",
            "sou eletricista e procuro emprego, vocês têm vaga?",
            "quero trabalhar no atendimento de vocês, como me candidato?",
            "segue meu currículo em anexo para a vaga de vendedor",
            "vocês aceitam jovem aprendiz?",
        ),
        details=(
            "tenho experiência com rede e cabeamento",
            "tenho carteira de motorista",
        ),
    ),
    # Hard case: money amounts and links in spam.
    Family(
        name="spam_promotion",
        templates=(
            "GANHE DINHEIRO TRABALHANDO DE CASA, clique no link e saiba mais",
            "promoção imperdível de perfumes importados, chama no privado",
            "empréstimo consignado com a menor taxa, aprovação na hora",
            "parabéns, você foi sorteado e ganhou um prêmio de {amount}, envie seus dados",
            "invista em criptomoeda e ganhe 30% ao mês",
            "liberamos seu saque do FGTS, acesse o link para receber",
            "curso online de marketing digital com 90% de desconto só hoje",
        ),
        details=(
            "vagas limitadas",
            "responda SAIR para não receber mais",
        ),
    ),
    # Hard case: fibre / cable words in a sales pitch TO the provider.
    Family(
        name="selling_to_company",
        templates=(
            "trabalho com marketing digital e gostaria de apresentar meus serviços pra empresa "
            "de vocês",
            "vendo cabos e conectores de fibra no atacado, querem um catálogo?",
            "sou representante de uma empresa de uniformes, posso mandar um orçamento?",
            "ofereço serviço de limpeza para escritórios, vocês têm interesse?",
            "faço sites e sistemas, posso agendar uma apresentação com o responsável?",
            "temos espaço para anúncio no jornal do bairro, vocês querem anunciar?",
        ),
        details=(
            "atendemos várias empresas da região",
            "posso passar na loja de vocês essa semana",
        ),
    ),
    Family(
        name="selling_personal_items",
        templates=(
            "vendo cesta de café da manhã por {amount}, quem quiser é só chamar",
            "tô vendendo uma geladeira usada, alguém aí tem interesse?",
            "faço unha em domicílio, aceito pix",
            "vendo rifa de uma cesta de páscoa, ajuda aí",
            "alguém quer comprar um celular seminovo?",
            "tenho marmita congelada pra vender, entrego no bairro {neighbourhood}",
        ),
        details=(
            "faço entrega de bicicleta",
            "aceito cartão também",
        ),
    ),
    # Hard case: "mudança" / "frete" to a wrong number is not address_change.
    Family(
        name="wrong_number_business",
        templates=(
            "é da pizzaria? queria pedir uma grande de calabresa",
            "boa tarde, é do consultório da dra. Ana? quero marcar consulta",
            "é da oficina? meu carro já tá pronto?",
            "vocês entregam gás?",
            "é do salão? queria marcar escova pra {weekday}",
            "oi, é da escola? meu filho esqueceu a mochila aí",
            "vocês fazem frete? preciso levar uma mudança pra {city}",
        ),
        details=(
            "peguei esse número num cartão",
            "acho que anotei errado",
        ),
    ),
    Family(
        name="misdirected_personal_message",
        templates=(
            "amor, compra pão quando voltar",
            "mãe, vou chegar tarde hoje, deixa a janta no forno",
            "e aí, vai rolar o futebol de {weekday}?",
            "manda a foto do churrasco no grupo",
            "pai, me busca na escola {time}?",
            "Carla, a reunião foi remarcada pra amanhã",
            "esqueci minha carteira no seu carro",
        ),
        details=(
            "não esquece, hein",
            "depois te explico melhor",
        ),
    ),
    Family(
        name="misdirected_urgent_family",
        urgent=True,
        templates=(
            "amor, corre pra casa, a criança tá com febre alta",
            "mãe, me liga agora, bati o carro",
            "pai, vem me buscar urgente, perdi o ônibus e tá escurecendo",
            "Ju, o vô passou mal, tô indo pro hospital com ele agora",
            "me atende, é urgente, esqueci a chave e o bebê tá sozinho dentro de casa",
            "irmão, preciso que você busque as crianças na escola agora, tô presa no trabalho",
        ),
        details=(
            "liga assim que ver",
            "não dá pra esperar",
        ),
    ),
    Family(
        name="urgent_wrong_number",
        urgent=True,
        templates=(
            "é da farmácia? preciso de um remédio urgente pra minha mãe",
            "socorro, é do hospital? meu pai passou mal",
            "preciso de um chaveiro agora, tranquei a porta com meu filho dentro",
            "é do guincho? meu carro quebrou na estrada e preciso de ajuda agora",
            "é do posto de saúde? preciso marcar vacina hoje ainda",
            "é o pet shop? meu cachorro tá passando mal, vocês atendem emergência?",
        ),
        details=(
            "achei esse número no Google",
            "tô desesperada",
        ),
    ),
    # Hard case: bill, second copy, unblock words about OTHER companies.
    Family(
        name="unrelated_company_question",
        templates=(
            "qual o telefone da companhia de luz?",
            "vocês sabem o horário do banco amanhã?",
            "como faço pra pagar a conta de água pelo aplicativo?",
            "qual o número dos Correios pra rastrear encomenda?",
            "como tiro a segunda via da conta de luz?",
            "meu cartão do banco foi bloqueado, como desbloqueio?",
            "sabe o telefone da prefeitura?",
        ),
        details=(
            "não achei o contato deles na internet",
            "achei que vocês soubessem",
        ),
    ),
    # Hard case: passwords, accounts and devices that are not the provider's.
    Family(
        name="other_accounts_and_devices",
        templates=(
            "esqueci a senha do meu instagram, vocês conseguem recuperar?",
            "meu whatsapp foi clonado, o que eu faço?",
            "como faço pra criar um e-mail novo?",
            "hackearam minha conta da Netflix, vocês podem ajudar?",
            "a tela do meu celular quebrou, vocês consertam?",
            "como baixo o aplicativo do banco no celular?",
            "o Facebook bloqueou minha conta, como resolvo?",
        ),
        details=(
            "meu neto que costuma me ajudar com isso",
            "já tentei pelo site deles",
        ),
    ),
    Family(
        name="jokes_and_games",
        templates=(
            "me conta uma piada",
            "kkkkkk olha esse meme",
            "qual é o melhor time do Brasil?",
            "você prefere pizza ou hambúrguer?",
            "quanto é 2 mais 2?",
            "canta uma música pra mim",
            "vamos jogar um jogo?",
        ),
        details=(
            "tô entediado",
            "só de zoeira",
        ),
    ),
    Family(
        name="religious_chain",
        templates=(
            "Deus abençoe o seu dia! Repasse essa mensagem para 10 pessoas e receba uma graça",
            "oração poderosa: envie para 7 amigos e veja o milagre acontecer",
            "não quebre a corrente! quem ignorar essa mensagem terá 7 anos de azar",
            "Salmo 91: leia e compartilhe com quem você ama",
            "mensagem de fé pra sua sexta: repasse pra todos os seus contatos",
            "Nossa Senhora vai abençoar quem encaminhar essa mensagem hoje",
        ),
        details=(
            "amém",
            "quem repassar vai receber uma notícia boa",
        ),
    ),
    Family(
        name="bot_personal_questions",
        templates=(
            "você é um robô ou uma pessoa?",
            "qual seu nome? você é casada?",
            "quantos anos você tem?",
            "onde você mora?",
            "você tem namorado?",
            "você gosta de trabalhar aí?",
            "você sente alguma coisa ou é só programado?",
        ),
        details=(
            "fiquei curioso",
            "você escreve muito bem",
        ),
    ),
    Family(
        name="general_knowledge",
        templates=(
            "qual a capital da Austrália?",
            "me ajuda com a lição de matemática do meu filho?",
            "quem descobriu o Brasil?",
            "como faz bolo de cenoura?",
            "quanto tá o dólar hoje?",
            "me indica um filme bom pra ver hoje",
            "qual remédio é bom pra dor de cabeça?",
        ),
        details=(
            "é pra um trabalho da escola",
            "pesquisei e não achei",
        ),
    ),
    Family(
        name="news_sports_smalltalk",
        templates=(
            "vocês viram o que saiu no jornal ontem?",
            "em quem você vai votar?",
            "vocês são a favor do governo?",
            "saiu o resultado da mega-sena?",
            "viu o jogo do Flamengo?",
            "a gasolina subiu de novo, né?",
        ),
        details=(
            "todo mundo tá comentando",
            "não se fala de outra coisa aqui no bairro",
        ),
    ),
    Family(
        name="annoyed_wrong_number",
        sentiment="frustrated",
        templates=(
            "número errado, moço, pela terceira vez",
            "quem é você? não te conheço, para de me mandar áudio",
            "isso aqui não é a casa da dona Cida, para de ligar",
            "me tira desse grupo, não conheço ninguém aqui",
            "que chatice, já disse que não é aqui",
            "te falei ontem que é engano, não sou a pessoa que você procura",
        ),
        details=(
            "vou bloquear esse número",
            "tô trabalhando e toda hora chega mensagem",
        ),
    ),
    # Hard case: money owed and a debt tone, between private people.
    Family(
        name="angry_personal_debt",
        sentiment="frustrated",
        templates=(
            "Marcos, você me deve {amount} desde o carnaval e não paga",
            "cadê os {amount} que você pegou emprestado?",
            "inquilino, o aluguel atrasou de novo, quero o pagamento até {weekday}",
            "você sumiu com meu dinheiro, seu caloteiro",
            "pagar que é bom nada, né? já faz {duration} que te emprestei",
            "devolve minha furadeira e o dinheiro do churrasco, cara",
        ),
        details=(
            "não vou ficar cobrando pra sempre",
            "todo mundo já sabe que você não paga ninguém",
        ),
    ),
    # Hard case: bills, charges and apps that do not open, from OTHER companies.
    Family(
        name="other_company_rant",
        sentiment="frustrated",
        templates=(
            "a conta de luz veio um absurdo esse mês, ninguém aguenta",
            "esse ônibus que nunca passa no horário, que cidade horrível",
            "o banco me cobrou uma tarifa que eu nunca autorizei, que raiva",
            "a prefeitura não tapa o buraco da minha rua há meses",
            "o mercado aqui do lado aumentou tudo de novo",
            "o aplicativo do banco não abre de jeito nenhum, que lixo",
        ),
        details=(
            "tô pensando em reclamar no jornal",
            "todo mês é a mesma coisa",
        ),
    ),
    Family(
        name="scam_alerts",
        templates=(
            "sua encomenda está retida nos Correios, pague a taxa de {amount} pelo link",
            "ALERTA: seu cartão foi bloqueado, clique aqui para regularizar",
            "Banco informa: atualize seu cadastro hoje ou sua conta será encerrada",
            "seu CPF será cancelado, regularize agora pelo link abaixo",
            "você tem uma multa de trânsito pendente, pague com desconto aqui",
            "oi mãe, esse é meu número novo, me faz um pix que depois te explico",
        ),
        details=(
            "não responda este número",
            "o prazo vence hoje",
        ),
    ),
    Family(
        name="donation_request",
        templates=(
            "estamos arrecadando alimentos pra creche do bairro, pode ajudar?",
            "vaquinha pro tratamento da minha sobrinha, qualquer valor ajuda",
            "a igreja tá fazendo uma campanha do agasalho, vocês doam?",
            "ajude o abrigo de animais com ração ou qualquer valor no pix",
            "o time de futebol dos meninos precisa de patrocínio pra viajar, topam ajudar?",
            "doe sangue no hemocentro essa semana, o estoque tá baixo",
        ),
        details=(
            "a chave pix é o CNPJ da associação",
            "toda ajuda é bem-vinda",
        ),
    ),
    Family(
        name="student_survey",
        templates=(
            "sou estudante e estou fazendo meu TCC, pode responder um questionário?",
            "estou fazendo uma pesquisa de mercado, leva só 5 minutos",
            "podem me dar uma entrevista pra um trabalho da faculdade sobre empresas da cidade?",
            "sou aluna de administração e preciso visitar uma empresa, vocês recebem estudantes?",
            "responde minha pesquisa sobre hábitos de leitura? é anônima",
            "minha escola pediu pra entrevistar um empresário, posso fazer umas perguntas?",
        ),
        details=(
            "é pra nota do semestre",
            "não precisa se identificar",
        ),
    ),
    Family(
        name="neighbour_rant",
        sentiment="frustrated",
        templates=(
            "o vizinho de cima faz barulho a noite toda, não aguento mais",
            "tem um carro parado na frente da minha garagem faz horas, que falta de respeito",
            "o cachorro da vizinha late o dia inteiro, alguém faz alguma coisa",
            "som alto na rua até 3 da manhã, esse bairro tá impossível",
            "jogaram lixo na minha calçada de novo, que gente mal educada",
            "a obra do lado começa às 6 da manhã com martelo, ninguém dorme",
        ),
        details=(
            "já chamei a polícia duas vezes",
            "moro aqui há 20 anos e nunca vi isso",
        ),
    ),
    Family(
        name="lost_and_found",
        templates=(
            "perdi meu gato aqui no bairro {neighbourhood}, alguém viu?",
            "procura-se cachorro caramelo, atende por Thor, sumiu ontem",
            "achei uma carteira com documentos na {street}, de quem é?",
            "alguém perdeu um molho de chaves na praça?",
            "sumiu uma bicicleta vermelha aqui na rua, se alguém souber me avisa",
            "encontrei um cachorrinho perdido, tá comigo, quem for o dono me chama",
        ),
        details=(
            "tem recompensa",
            "compartilhem, por favor",
        ),
    ),
    # Hard case: a power cut is for the electricity company, not an internet outage.
    Family(
        name="power_outage_question",
        templates=(
            "acabou a luz aqui no bairro, vocês sabem quando volta?",
            "a energia caiu na rua toda, é com vocês que eu falo?",
            "caiu um poste de luz aqui e a rua tá no escuro, quem eu chamo?",
            "tô sem energia elétrica desde cedo, sabem quando religam?",
            "deu um estouro no transformador da esquina e acabou a força, sabem de algo?",
            "o bairro inteiro tá sem luz, a companhia elétrica já foi avisada?",
        ),
        details=(
            "a geladeira tá cheia de comida",
            "liguei na companhia de energia e só dá ocupado",
        ),
    ),
    # Hard case: device words, but it is shopping advice unrelated to the service.
    Family(
        name="gadget_buying_advice",
        templates=(
            "qual celular bom e barato vocês indicam?",
            "vale a pena comprar uma smart tv de 50 polegadas?",
            "que notebook vocês recomendam pra faculdade?",
            "tô pensando em comprar um videogame, qual é melhor?",
            "onde compro um fone de ouvido bom aqui na cidade?",
            "qual impressora gasta menos tinta?",
        ),
        details=(
            "meu orçamento é uns dois mil",
            "é presente pro meu filho",
        ),
    ),
    Family(
        name="election_campaign",
        templates=(
            "conto com seu voto no domingo, sou candidato a vereador",
            "vem pro comício hoje na praça, vai ter som e distribuição de água",
            "conheça as propostas do nosso candidato a prefeito, acesse o site",
            "no dia da eleição, lembre: para o bairro crescer, vote certo",
            "abaixo-assinado pela reforma da praça, assine e repasse",
            "santinho do candidato da nossa rua, confirma 45 na urna",
        ),
        details=(
            "material de campanha autorizado",
            "compartilhe com seus amigos",
        ),
    ),
    Family(
        name="emergency_report",
        urgent=True,
        templates=(
            "tem um incêndio aqui na rua, chama os bombeiros",
            "acabou de acontecer um acidente na esquina, alguém liga pra ambulância",
            "tem uma pessoa desmaiada na calçada, precisa de socorro agora",
            "a árvore caiu em cima de um carro com gente dentro, socorro",
            "tá saindo muita fumaça da casa do vizinho, urgente",
            "arrombaram a casa aqui do lado agora, chamem a polícia",
        ),
        details=(
            "é na {street}",
            "tem criança no meio",
        ),
    ),
    Family(
        name="urgent_bank_fraud",
        urgent=True,
        templates=(
            "clonaram meu cartão e tão fazendo compras agora, como bloqueio?",
            "caí num golpe do pix agora há pouco, como peço o dinheiro de volta?",
            "roubaram minha bolsa com os cartões, preciso bloquear tudo urgente",
            "invadiram minha conta do banco e tão transferindo dinheiro, me ajuda",
            "recebi uma ligação falsa e passei a senha do banco, o que faço agora?",
            "compraram no meu cartão agora em outro estado, é urgente, como cancelo?",
        ),
        details=(
            "o banco não atende",
            "são minhas economias",
        ),
    ),
    Family(
        name="online_order_delay_rant",
        sentiment="frustrated",
        templates=(
            "comprei um celular na loja online há {duration} e nada de chegar, que absurdo",
            "a transportadora sumiu com minha encomenda, ninguém me dá satisfação",
            "paguei o frete expresso e o pacote tá parado há uma semana",
            "o aplicativo de comida cancelou meu pedido e não devolveu o dinheiro",
            "o marketplace me mandou produto errado e não quer trocar",
            "o motorista do aplicativo me deixou esperando e ainda cobrou a corrida",
        ),
        details=(
            "vou reclamar no Procon",
            "já abri chamado no site deles",
        ),
    ),
    Family(
        name="directions_and_places",
        templates=(
            "que ônibus eu pego pra ir pra rodoviária?",
            "como chego no Centro saindo daqui?",
            "onde fica o posto de saúde mais perto?",
            "tem farmácia aberta agora no bairro {neighbourhood}?",
            "qual o horário do último ônibus pra {city}?",
            "sabe onde tem uma lotérica por aqui?",
        ),
        details=(
            "não sou daqui",
            "tô sem carro",
        ),
    ),
    Family(
        name="abbreviated_random",
        templates=(
            "alguem sabe onde tem farmacia aberta agr?",
            "vcs vendem celular?",
            "qual o numero da pizzaria?",
            "aq é da loja de roupa?",
            "vc sabe q horas abre o banco?",
            "vcs fazem frete?",
            "tem vaga pra motoboy?",
        ),
        details=(
            "vlw",
            "se n for ai foi mal",
        ),
    ),
    Family(
        name="voice_note_misdirected",
        templates=(
            "oi filha a mãe chegou bem tá viu depois eu te ligo",
            "é que eu queria saber o telefone da prefeitura você tem",
            "moço é aí que marca consulta no posto de saúde",
            "amor compra pão quando vier pra casa",
            "eu queria saber se vocês consertam geladeira",
            "então o bolo fica pronto sábado de manhã pode vir buscar",
        ),
        details=(
            "desculpa se for engano",
            "manda um beijo pra todos",
        ),
    ),
    Family(
        name="courier_at_the_door",
        templates=(
            "sou o entregador, tô aqui na frente, alguém pode descer?",
            "boa tarde, o pedido do restaurante chegou, qual o número do apartamento?",
            "aqui é o motorista do aplicativo, tô te esperando na portaria",
            "tenho uma encomenda dos Correios pra esse endereço, tem alguém aí?",
            "é do gás, tô chegando em cinco minutos",
            "o frete da mudança tá na porta, pode abrir o portão",
        ),
        details=(
            "tô de moto vermelha",
            "se não tiver ninguém eu volto amanhã",
        ),
    ),
)

FAMILIES: dict[str, tuple[Family, ...]] = with_train_only(
    {
        "commercial.new_subscription": _NEW_SUBSCRIPTION,
        "commercial.plan_change": _PLAN_CHANGE,
        "commercial.cancellation": _CANCELLATION,
        "commercial.address_change": _ADDRESS_CHANGE,
        "other.greeting": _GREETING,
        "other.out_of_scope": _OUT_OF_SCOPE,
    }
)
