"""Phrase bank for the financial sub_intents: bill copies, payment proof, disputes, negotiation.

Each family is one way of asking (situation, construction or point of view); its templates are
paraphrases of each other, because the splits hold out whole families. Hard cases that must keep
the family's label are marked in the comment above them.
"""

from __future__ import annotations

from training.corpus.banks.train_only import with_train_only
from training.corpus.families import Family

_INVOICE_COPY: tuple[Family, ...] = (
    Family(
        name="second_copy_direct",
        templates=(
            "me manda a segunda via da fatura, por favor",
            "preciso da 2ª via do boleto desse mês",
            "pode me enviar a segunda via da minha conta de internet?",
            "quero tirar a 2ª via da fatura",
            "consegue me mandar a segunda via do boleto de {amount}?",
            "gostaria de solicitar a segunda via da fatura deste mês",
            "manda pra mim a 2 via da conta da net",
            "me vê a segunda via da mensalidade aí",
        ),
        details=(
            "perdi o boleto que chegou pelo correio",
            "o cadastro tá no nome do meu marido, mas sou eu que pago",
            "sempre paguei em dia, só dessa vez fiquei sem o boleto",
        ),
    ),
    Family(
        name="bill_never_arrived",
        templates=(
            "esse mês não chegou meu boleto",
            "a fatura não veio no meu e-mail esse mês",
            "até agora não recebi a conta da internet",
            "todo mês chega a fatura no e-mail, mas dessa vez não veio nada",
            "cadê meu boleto? não chegou nem por e-mail nem por whatsapp",
            "o boleto desse mês não apareceu, nem no correio nem no e-mail",
            "olhei até no spam e a fatura não chegou",
        ),
        details=(
            "já conferi a caixa de spam e a lixeira",
            "meu e-mail continua o mesmo do cadastro",
            "mês passado chegou normalzinho",
        ),
    ),
    Family(
        name="pix_code_request",
        templates=(
            "me passa o pix copia e cola da fatura",
            "tem como pagar por pix? me manda o código",
            "queria pagar a mensalidade no pix, qual a chave?",
            "manda o qr code do pix pra eu pagar a conta",
            "prefiro pagar por pix, consegue gerar o código pra mim?",
            "pode enviar a fatura com o pix copia e cola?",
            "preciso do código pix da conta desse mês",
        ),
        details=(
            "meu banco tá cobrando tarifa pra pagar boleto",
            "pelo pix cai na hora, né",
            "não tenho como ir na lotérica essa semana",
        ),
    ),
    Family(
        name="barcode_digits",
        templates=(
            "preciso do código de barras pra pagar no app do banco",
            "me passa a linha digitável do boleto",
            "pode mandar só o número do código de barras?",
            "quero os números do boleto pra digitar no banco",
            "tem como mandar o código de barras por aqui mesmo?",
            "me manda a sequência numérica da fatura que eu pago pelo internet banking",
            "só preciso daquele monte de número do boleto pra copiar",
        ),
        details=(
            "pago tudo pelo celular, não imprimo nada",
            "o app do banco pede pra digitar o código",
        ),
    ),
    Family(
        name="overdue_updated_bill",
        templates=(
            "meu boleto venceu, preciso de um atualizado",
            "a fatura venceu {date}, me manda uma nova com a data atualizada",
            "perdi o vencimento, tem como gerar outro boleto?",
            "o boleto tá vencido e o banco não aceita mais, preciso de outro",
            "queria um boleto novo porque o antigo já passou da data",
            "esqueci de pagar, consegue emitir a fatura atualizada com os juros?",
            "atrasei a conta, manda o boleto corrigido que eu pago",
        ),
        details=(
            "tentei pagar o vencido pelo app e deu erro",
            "sei que vai ter juros, sem problema",
            "fiquei internada uns dias e esqueci completamente",
        ),
    ),
    Family(
        name="self_service_where",
        templates=(
            "onde eu tiro a segunda via pelo site?",
            "como faço pra emitir o boleto pelo aplicativo?",
            "tem algum lugar no app onde eu baixo a fatura?",
            "entrei na área do cliente e não achei a fatura, onde fica?",
            "qual o caminho pra gerar a 2ª via na central do assinante?",
            "como eu consigo a fatura sem precisar ligar?",
            "o aplicativo não mostra meu boleto, tem outro jeito de pegar?",
        ),
        details=(
            "não sou muito boa com essas coisas de aplicativo",
            "não lembro a senha da área do cliente",
            "procurei em todos os menus e não achei",
        ),
    ),
    # The customer holds a bill but its code/PDF does not work: still a request for a new copy.
    Family(
        name="payment_code_not_working",
        templates=(
            "o código de barras do boleto não tá passando no app do banco",
            "o banco diz que o boleto é inválido, manda outro",
            "o qr code do pix que vcs mandaram expirou, gera outro",
            "tentei pagar pelo pix e aparece que o código venceu",
            "o pdf da fatura não abre, pode mandar de novo?",
            "a fatura chegou cortada, falta o código de barras",
            "o boleto veio borrado e não dá pra ler os números",
            "escaneio o boleto e o app não reconhece, tem como reenviar?",
        ),
        details=(
            "tentei em dois bancos diferentes",
            "digitei os números na mão e também deu erro",
            "o arquivo que chegou no e-mail tá corrompido",
        ),
    ),
    Family(
        name="documents_for_proof",
        templates=(
            "preciso das faturas dos últimos meses pra comprovar residência",
            "a empresa onde trabalho reembolsa a internet, preciso da fatura em pdf",
            "pode me mandar as contas de janeiro, fevereiro e março?",
            "preciso de uma fatura pra usar como comprovante de endereço",
            "queria a nota fiscal da mensalidade pra prestar contas no trabalho",
            "tem como mandar o histórico de faturas de {months} pra trás?",
            "me manda uma cópia da conta de internet, é pra um cadastro no banco",
        ),
        details=(
            "o RH pediu a fatura com meu nome completo",
            "é pra abrir um crediário na loja",
            "trabalho de casa e a empresa paga metade da internet",
        ),
    ),
    # Hard case vs payment_confirmation: blocked for non-payment but has NOT paid yet.
    Family(
        name="blocked_wants_to_pay_now",
        urgent=True,
        templates=(
            "minha internet foi cortada por falta de pagamento, manda o boleto que eu pago agora",
            "tô sem net porque atrasei, preciso do boleto urgente pra pagar e voltar",
            "cortaram minha internet, quero quitar hoje mesmo, cadê a fatura?",
            "me bloquearam por atraso, manda o pix que eu pago na hora",
            "ainda não paguei, por isso cortou, me envia a segunda via que eu resolvo agora",
            "preciso pagar agora pra religar, me passa o código de barras rápido",
        ),
        details=(
            "trabalho de casa e preciso da internet ainda hoje",
            "o dinheiro já tá separado, só falta o boleto",
        ),
    ),
    Family(
        name="due_today_no_bill",
        urgent=True,
        templates=(
            "vence hoje e eu não tenho o boleto, me manda rápido por favor",
            "preciso da fatura agora, o banco fecha daqui a pouco",
            "é urgente, tenho que pagar hoje senão corta, cadê a 2ª via?",
            "me manda o boleto urgente que hoje é o último dia",
            "só consigo pagar agora no horário de almoço, manda a fatura rapidinho",
            "tô na fila da lotérica e esqueci o boleto, manda o código de barras aqui",
        ),
        details=(
            "não quero pagar juros de novo",
            "amanhã viajo e não vou ter como pagar",
        ),
    ),
    Family(
        name="every_month_missing",
        sentiment="frustrated",
        templates=(
            "todo mês é a mesma coisa, o boleto nunca chega e eu que tenho que correr atrás",
            "de novo não recebi a fatura, já é o terceiro mês seguido, que bagunça",
            "cansei de pedir segunda via toda vez, por que o boleto não chega no meu e-mail?",
            "é sério que eu tenho que ligar todo mês pra conseguir pagar vocês?",
            "pela quarta vez: não recebi o boleto, dá pra mandar ou tá difícil?",
            "mais um mês sem fatura no e-mail, e olha que já atualizei meu cadastro três vezes",
        ),
        details=(
            "já pedi pra corrigirem o e-mail no cadastro",
            "sou cliente há {months} e isso nunca foi resolvido",
        ),
    ),
    Family(
        name="sarcasm_want_to_pay",
        sentiment="frustrated",
        templates=(
            "parabéns, vocês querem receber mas não mandam o boleto",
            "engraçado, pra cortar a net vocês são rápidos, mas pra mandar a fatura ninguém lembra",
            "que empresa eficiente, nem a conta conseguem mandar",
            "adoro ter que implorar pra pagar uma conta, me manda a segunda via aí",
            "deve ser o único lugar do mundo onde o cliente corre atrás pra pagar, cadê o boleto?",
            "nossa, que novidade, a fatura não chegou de novo",
        ),
        details=(
            "depois não venham me cobrar juros",
            "eu quero pagar, vocês é que não deixam",
        ),
    ),
    Family(
        name="threat_over_missing_bill",
        sentiment="frustrated",
        templates=(
            "se cortarem minha internet porque o boleto não chegou eu vou direto no Procon",
            "quero a segunda via agora, e se vier multa por atraso eu abro reclamação na Anatel",
            "manda a fatura senão vou postar no Reclame Aqui que vocês nem mandam conta",
            "se eu tiver que pedir boleto mais uma vez eu cancelo essa porcaria",
            "se eu levar corte por causa de boleto que vocês não mandaram, vou processar",
            "me manda a fatura hoje, senão vou no Procon explicar que nem conta vocês enviam",
        ),
        details=(
            "tenho print de todas as vezes que pedi",
            "já perdi a paciência com isso",
        ),
    ),
    Family(
        name="asked_before_nobody_sent",
        sentiment="frustrated",
        templates=(
            "já pedi a segunda via três vezes e até agora nada",
            "falei com dois atendentes ontem e nenhum me mandou o boleto",
            "fiquei uma hora esperando na linha pra pedir uma fatura e a ligação caiu",
            "o robô de vocês só fica me mandando menu e não me dá a 2ª via",
            "pedi o boleto {date} e prometeram mandar, cadê?",
            "me falaram que a fatura ia chegar em minutos e já faz {duration}",
            "já falei com {company} por telefone e por chat e ninguém me manda a conta",
        ),
        details=(
            "anotei até o número do protocolo",
            "cada atendente me fala uma coisa diferente",
        ),
    ),
    Family(
        name="terse",
        templates=(
            "2ª via",
            "boleto pfv",
            "segunda via da fatura",
            "manda o boleto",
            "fatura do mês",
            "pix da fatura",
            "preciso do boleto",
        ),
        details=(
            "é da internet lá de casa",
            "o CPF é o mesmo do cadastro",
        ),
    ),
    Family(
        name="send_by_other_channel",
        templates=(
            "pode mandar a fatura no meu whatsapp?",
            "manda o boleto pro meu e-mail novo, o antigo eu não uso mais",
            "queria receber a conta por mensagem em vez de papel",
            "me envia o boleto por aqui mesmo no zap",
            "tem como mandar a fatura pro e-mail do meu filho? ele que paga",
            "prefiro o boleto impresso, pode mandar pelo correio?",
            "atualiza meu e-mail e me reenvia a fatura desse mês",
        ),
        details=(
            "troquei de e-mail faz pouco tempo",
            "meu celular é o mesmo do cadastro",
        ),
    ),
    # Hard case: negations ruling out the neighbours (payment_confirmation, negotiation, dispute).
    Family(
        name="only_the_bill_negation",
        templates=(
            "não, eu ainda não paguei, só preciso do boleto",
            "não é pra negociar nada, só quero a fatura do mês",
            "não quero parcelar, quero só a segunda via pra pagar tudo",
            "não tô reclamando do valor não, só preciso do boleto pra pagar",
            "ainda não fiz o pagamento, por isso tô pedindo a 2ª via",
            "não é comprovante que eu quero, é o boleto mesmo pra pagar",
            "o valor tá certo, só não tenho o código de barras pra pagar",
        ),
        details=(
            "o atendente anterior entendeu errado e me mandou pro financeiro",
            "é só isso mesmo, coisa rápida",
        ),
    ),
    Family(
        name="paying_for_someone_else",
        templates=(
            "quero pagar a internet da minha mãe, me manda a fatura dela",
            "sou filho do titular, preciso do boleto pra pagar pra ele",
            "a conta tá no nome do meu pai, consigo a segunda via com o CPF dele?",
            "minha avó não mexe com celular, pode mandar o boleto dela pra mim?",
            "o titular é meu marido, mas quem paga sou eu, me manda a fatura",
            "posso pegar a 2ª via de outra pessoa? é da minha irmã que tá viajando",
        ),
        details=(
            "tenho o CPF e a data de nascimento dela aqui",
            "ele tá no hospital e me pediu pra resolver",
        ),
    ),
    # --- Everyday families added to widen vocabulary and situations. ---
    Family(
        name="bill_amount_and_due_date",
        templates=(
            "quanto ficou minha conta esse mês e quando vence? me manda o boleto",
            "queria saber o valor da fatura desse mês pra já deixar o dinheiro separado",
            "qual o vencimento do meu boleto? manda ele junto, por favor",
            "me fala quanto deu a mensalidade e me envia a cobrança",
            "não sei quanto tenho que pagar esse mês, pode me passar a fatura?",
            "quanto tá minha internet esse mês? preciso do boleto pra ver o valor",
            "qual é o dia que vence e quanto é? quero a fatura pra pagar",
        ),
        details=(
            "tô organizando as contas do mês",
            "minha esposa que costuma pagar e ela tá viajando",
            "quero pagar junto com a conta de luz",
        ),
    ),
    Family(
        name="paper_bill_damaged_or_lost",
        templates=(
            "meu cachorro rasgou o boleto, tem como mandar outro?",
            "joguei a fatura fora junto com os papéis velhos, preciso de outra",
            "caiu café no boleto e não dá mais pra ler nada, me manda uma nova via",
            "meu filho pequeno rabiscou a conta toda, dá pra emitir de novo?",
            "sumiu o boleto aqui em casa, revirei tudo e não achei",
            "a conta que chegou no correio foi parar no lixo sem querer, manda outra pra mim",
            "extraviei o papel da fatura, vocês reenviam?",
        ),
        details=(
            "era o único boleto impresso que eu tinha",
            "não uso e-mail, só o papel mesmo",
            "a faxineira jogou fora achando que era propaganda",
        ),
    ),
    Family(
        name="payment_booklet_ran_out",
        templates=(
            "meu carnê acabou, quando vem o novo?",
            "já paguei a última folha do carnê, preciso do próximo",
            "o carnê desse ano ainda não chegou, como faço pra pagar esse mês?",
            "vocês ainda mandam carnê? o meu terminou em dezembro",
            "queria pegar o carnê novo da internet, onde eu retiro?",
            "acabaram as folhinhas do carnê, me mandem outro",
            "perdi o carnê inteiro, dá pra fazer outro?",
        ),
        details=(
            "minha mãe só paga por carnê, não mexe com aplicativo",
            "o antigo vinha com doze folhas",
            "pago sempre na lotérica perto de casa",
        ),
    ),
    Family(
        name="pay_in_advance",
        templates=(
            "quero adiantar a mensalidade do mês que vem, me manda o boleto",
            "dá pra gerar a fatura do próximo mês já? quero pagar antes",
            "tenho um dinheiro sobrando, queria pagar {months} de uma vez, como pego os boletos?",
            "a fatura de mês que vem já tá disponível? prefiro pagar adiantado",
            "consigo emitir o boleto antes de fechar a fatura?",
            "me envia os boletos dos próximos meses que eu quero deixar pago",
            "posso pagar antecipado? só preciso do código pra isso",
        ),
        details=(
            "recebi o décimo terceiro e quero deixar tudo em dia",
            "não gosto de ficar devendo nada",
            "vou ficar uns meses fora e não quero me preocupar com conta",
        ),
    ),
    # Hard case vs commercial.new_subscription: just signed up, the request is the first bill.
    Family(
        name="first_bill_after_install",
        templates=(
            "instalaram minha internet semana passada, como eu pago a primeira fatura?",
            "sou cliente novo e ainda não recebi nenhum boleto, onde pego?",
            "a primeira conta já saiu? a instalação foi {date}",
            "acabei de assinar e não sei como vai chegar a cobrança, me manda a primeira fatura",
            "quando vence minha primeira mensalidade? ainda não vi boleto nenhum",
            "é minha primeira fatura com vocês, vem por e-mail ou preciso pedir?",
            "o instalador ligou tudo e não falou nada de boleto, como faço pra pagar?",
        ),
        details=(
            "o vendedor disse que a primeira vinha proporcional",
            "não baixei o aplicativo ainda",
            "nunca tive internet no meu nome antes",
        ),
    ),
    Family(
        name="complaint_title_bill",
        templates=(
            "Boleto não chega no e-mail cadastrado",
            "Não consigo emitir a segunda via",
            "Fatura indisponível na área do cliente",
            "Segunda via do boleto - solicitação",
            "Dificuldade para obter a fatura do mês",
            "Sem acesso ao boleto para pagamento",
            "Fatura não enviada pela empresa",
            "Pedido de segunda via de conta",
        ),
        details=(
            "já tentei pelo site e pelo telefone",
            "peço que enviem para o e-mail cadastrado",
            "o contrato está no meu nome",
        ),
    ),
    Family(
        name="portal_broken",
        sentiment="frustrated",
        templates=(
            "esse aplicativo de vocês não funciona, clico em segunda via e dá erro",
            "o site tá fora do ar de novo e eu preciso da fatura, que coisa",
            "toda vez que tento baixar o boleto o app fecha sozinho, me manda por aqui",
            "a área do cliente só fica carregando e nunca mostra a conta, péssimo",
            "o link da fatura que vocês mandam dá página não encontrada, arrumem isso e me mandem "
            "o boleto",
            "não consigo nem logar no app pra pegar a 2ª via, senha inválida toda hora",
            "o botão de gerar boleto não faz nada, que sistema horrível",
        ),
        details=(
            "já desinstalei e instalei o app de novo",
            "testei no celular e no computador",
            "apareceu uma mensagem de erro esquisita",
        ),
    ),
    Family(
        name="formal_letter_request",
        templates=(
            "venho por meio desta solicitar o envio da fatura referente ao mês corrente",
            "solicito, por gentileza, a emissão da segunda via do documento de cobrança",
            "gostaria que me fosse encaminhada a fatura mais recente do meu contrato",
            "peço a gentileza de reenviar o boleto bancário da minha assinatura",
            "solicito o envio da fatura em formato pdf para o e-mail cadastrado",
            "favor encaminhar a cobrança do serviço de internet deste mês",
            "aguardo o envio do boleto para efetuar o pagamento",
        ),
        details=(
            "desde já agradeço a atenção",
            "segue meu CPF para identificação",
            "caso necessário, estou à disposição para confirmar meus dados",
        ),
    ),
    # Hard case vs billing_dispute: the wrong document arrived, the request is the right copy.
    Family(
        name="wrong_document_sent",
        sentiment="frustrated",
        templates=(
            "me mandaram o boleto de outra pessoa, cadê o meu?",
            "a fatura que chegou tá no nome de um desconhecido, que bagunça é essa? preciso da "
            "minha",
            "vocês me enviaram a conta do mês passado de novo, quero a desse mês",
            "o boleto que veio é de um endereço que não é o meu, mandem o certo",
            "recebi a fatura do meu vizinho, e a minha, foi pra onde?",
            "pedi a segunda via e mandaram a de {months} atrás, não sabem nem mandar um boleto?",
            "o pdf que veio é de outro contrato, me manda o da minha internet",
        ),
        details=(
            "o nome e o CPF no boleto não são meus",
            "fiquei com medo de pagar a conta errada",
            "meu contrato é o da {street}",
        ),
    ),
    Family(
        name="slang_send_it_over",
        templates=(
            "joga o boleto aqui no zap",
            "me arruma a continha da net aí",
            "manda a boleta pra mim, faz favor",
            "cadê o papelzinho pra pagar a internete?",
            "passa o boleto aí que eu pago rapidinho",
            "me dá um help com a fatura, tô sem ela",
            "larga o pix aqui que eu acerto a mensalidade",
            "solta o código do boleto aí, chefe",
        ),
        details=(
            "é a net lá de casa",
            "tá no nome da minha coroa",
            "pago hoje mesmo, tranquilo",
        ),
    ),
    Family(
        name="card_payment_link",
        templates=(
            "consigo pagar a fatura no cartão de crédito? me manda o link",
            "queria pagar a mensalidade no débito, tem link de pagamento?",
            "não tenho pix, dá pra mandar um link pra pagar no cartão?",
            "vocês têm link de pagamento? prefiro passar no crédito",
            "me envia a cobrança pra pagar com cartão, tô sem saldo na conta",
            "tem como pagar a conta da internet pelo cartão? qual o link?",
            "gera um link de pagamento da fatura pra mim, vou pagar no cartão da minha filha",
        ),
        details=(
            "o cartão é no meu nome mesmo",
            "no boleto não aparece opção de cartão",
            "só quero pagar esse mês assim",
        ),
    ),
    Family(
        name="cut_notice_send_bill",
        urgent=True,
        templates=(
            "recebi aviso que vão cortar amanhã, me manda o boleto pra eu pagar hoje",
            "chegou mensagem de suspensão por atraso, preciso da fatura agora pra não ficar sem "
            "net",
            "vão bloquear minha internet hoje se eu não pagar, cadê o boleto?",
            "o aviso de corte chegou e eu nem tenho a conta, manda urgente",
            "me avisaram que a internet cai {weekday} por falta de pagamento, preciso do código de "
            "barras hoje",
            "antes que cortem, me envia o pix da fatura atrasada agora",
        ),
        details=(
            "não sabia que tava atrasado",
            "trabalho de casa e não posso ficar sem",
            "a mensagem veio por SMS",
        ),
    ),
    Family(
        name="bill_arrives_after_due_date",
        sentiment="frustrated",
        templates=(
            "o boleto sempre chega depois do vencimento, como é que eu vou pagar em dia?",
            "a fatura chegou ontem e venceu semana passada, me mandem uma que dê pra pagar",
            "todo mês a conta vem já vencida pelo correio, é brincadeira",
            "recebi o boleto dois dias depois de vencer, quero uma fatura nova com data válida",
            "não adianta mandar a conta atrasada, manda antes do vencimento, que desorganização",
            "de novo a fatura chegou em cima da hora, vencendo amanhã, isso não é sério",
        ),
        details=(
            "o correio aqui no {neighbourhood} é lento, mas aí já é demais",
            "quero passar a receber por e-mail também",
            "não vou pagar juros por culpa de vocês",
        ),
    ),
    Family(
        name="pay_before_trip",
        urgent=True,
        templates=(
            "viajo amanhã cedo e quero deixar a internet paga, me manda a fatura ainda hoje",
            "vou ficar {months} fora e preciso pagar antes de ir, cadê o boleto?",
            "embarco hoje à noite, preciso do boleto agora pra não deixar atrasar",
            "vou viajar pra um lugar sem sinal, manda a conta urgente que eu pago já",
            "saio de viagem {weekday} e a fatura ainda não veio, preciso dela antes",
            "me envia o pix da mensalidade rápido, tô indo pro aeroporto",
        ),
        details=(
            "a casa fica com câmera ligada na internet",
            "não quero voltar e achar a net cortada",
            "vou pra roça onde não pega celular",
        ),
    ),
    Family(
        name="caps_where_is_my_bill",
        templates=(
            "CADÊ MEU BOLETO???",
            "todo mês a mesma coisa, a fatura não chega",
            "quero pagar e vocês não mandam o boleto, pode uma coisa dessas?",
            "pedi a segunda via três vezes e nada",
            "NINGUÉM ME MANDA A FATURA, COMO EU VOU PAGAR?",
            "vocês querem receber ou não? mandem o boleto logo",
            "tô correndo atrás da minha própria conta pra pagar, é brincadeira",
        ),
        details=(
            "depois não quero multa por atraso",
            "já pedi pelo app e pelo chat",
            "o e-mail de cadastro tá certo",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_bill",
        templates=(
            "eu queria a segunda via do boleto desse mês que eu não recebi ainda",
            "então moça a conta da internet não chegou aqui em casa você pode me mandar por aqui",
            "é que eu perdi o boleto e preciso pagar ainda essa semana me manda de novo",
            "eu tô precisando do código de barras da fatura pra pagar pelo aplicativo do banco",
            "você consegue me passar aquele pix copia e cola da conta desse mês",
            "deixa eu ver com você se tem como mandar a fatura no meu whatsapp",
            "minha filha que paga pra mim e ela pediu o boleto da internet",
        ),
        details=(
            "vence {date}",
            "o valor é aquele de sempre, {amount}",
            "o contrato tá no meu nome",
        ),
    ),
    Family(
        name="abbreviated_bill",
        templates=(
            "manda a 2a via pfv",
            "me passa o boleto ai blz",
            "tem como mandar o pix copia e cola?",
            "qro a fatura desse mes",
            "vc me manda o cod de barras da conta?",
            "n chegou minha conta, manda por aq msm",
            "preciso do boleto atualizado, vc manda?",
        ),
        details=(
            "vlw",
            "pode ser em pdf",
            "cpf do titular é o do cadastro",
        ),
    ),
    Family(
        name="regional_bill",
        templates=(
            "oxe, cadê a conta da internet desse mês?",
            "uai, me manda o boleto aí sô",
            "bah, preciso da fatura pra pagar tchê",
            "me arruma a segunda via aí, visse",
            "mano, me passa o boleto que eu pago agora",
            "égua, não veio a conta, me manda aí",
        ),
        details=(
            "pago na lotérica",
            "é o mesmo endereço de sempre",
            "a de mês passado tá paga",
        ),
    ),
    Family(
        name="happy_payer_bill_request",
        templates=(
            "sempre pago em dia e adoro o serviço, só não recebi a fatura desse mês",
            "cliente satisfeito aqui, me manda o boleto de {date}?",
            "a internet tá ótima, só preciso da segunda via pra pagar",
            "gosto muito de vocês, podem mandar o código pix da conta?",
            "serviço excelente como sempre, só falta a fatura chegar aqui",
            "tudo certo com a internet, só quero o boleto atualizado",
        ),
        details=(
            "obrigada, vocês são ótimos",
            "pago hoje mesmo",
            "pode mandar por aqui",
        ),
        sentiment="satisfied",
    ),
    Family(
        name="yearly_invoices_for_reimbursement",
        templates=(
            "preciso de todas as faturas do ano pra empresa me reembolsar",
            "a firma reembolsa minha internet, me mandem as contas dos últimos {months}",
            "podem me enviar o histórico de faturas desde {date}?",
            "preciso das contas antigas em PDF pra prestar contas do auxílio home office",
            "me mandem as faturas de janeiro a junho, por favor",
            "quero as cópias das últimas contas pagas pra apresentar no trabalho",
        ),
        details=(
            "pode ser por e-mail",
            "precisa constar meu nome e CPF",
            "o RH pediu em PDF",
        ),
    ),
    Family(
        name="invoice_document_today",
        templates=(
            "preciso da nota fiscal da mensalidade ainda hoje, o prazo do contador acaba",
            "o contador pediu a nota fiscal da internet pra hoje, podem mandar já?",
            "tenho que anexar a fatura no sistema da empresa até o fim do dia",
            "a prefeitura pediu a conta de consumo pra hoje, preciso da fatura agora",
            "urgente: preciso da fatura do mês pra fechar o cadastro no banco hoje",
            "me mandem a nota fiscal agora que o prazo da declaração é hoje",
        ),
        details=(
            "é no CNPJ da empresa",
            "pode ser em PDF",
            "o e-mail é o do cadastro",
        ),
        urgent=True,
    ),
    Family(
        name="amount_ok_just_copy",
        templates=(
            "o valor tá certo, só preciso da segunda via pra pagar",
            "não é reclamação da conta, só não recebi o boleto",
            "não tenho problema com o valor, só quero a fatura de {date}",
            "a cobrança tá certinha, só perdi o boleto, me manda outro?",
            "sem problema nenhum com a conta, só quero o código de barras",
            "não quero contestar nada, só preciso da fatura em PDF",
        ),
        details=(
            "é o mesmo valor de sempre",
            "pago ainda hoje",
            "pode mandar no e-mail do cadastro",
        ),
    ),
)

_PAYMENT_CONFIRMATION: tuple[Family, ...] = (
    Family(
        name="paid_still_blocked",
        templates=(
            "já paguei a fatura e a internet continua bloqueada",
            "paguei o boleto {date} e até agora não liberou minha internet",
            "fiz o pagamento mas o acesso ainda tá suspenso",
            "a conta tá paga e a net segue cortada, podem liberar?",
            "quitei o débito e continuo sem internet",
            "paguei tudo certinho e a internet não voltou",
            "já tá pago, por que ainda tá bloqueado?",
        ),
        details=(
            "paguei pelo app do banco",
            "desliguei e liguei o roteador depois de pagar",
            "o corte foi porque eu atrasei uns dias",
        ),
    ),
    Family(
        name="sending_receipt",
        templates=(
            "segue o comprovante de pagamento",
            "vou mandar o comprovante aqui, podem dar baixa?",
            "tô enviando o print do pix que eu fiz",
            "em anexo o comprovante do pagamento de {date}",
            "mandei o comprovante por e-mail, confirmem por favor",
            "onde eu envio o comprovante pra vocês darem baixa?",
            "tirei foto do recibo da lotérica, pra qual número eu mando?",
        ),
        details=(
            "o comprovante tá no nome da minha esposa",
            "o valor é o mesmo da fatura",
            "se precisar mando o extrato do banco também",
        ),
    ),
    Family(
        name="pix_not_recognised",
        templates=(
            "paguei no pix e não baixou no sistema",
            "fiz o pix hoje {time} e ainda aparece em aberto no app",
            "o pix saiu da minha conta mas a fatura continua pendente",
            "mandei o pix pro cnpj de vocês, caiu aí?",
            "o dinheiro já saiu do meu banco e o sistema de vocês não reconheceu o pix",
            "pagamento via pix feito, mas no aplicativo ainda consta como não pago",
            "paguei pelo qr code e a fatura não atualizou",
        ),
        details=(
            "usei o pix copia e cola que veio na fatura",
            "no meu extrato aparece o nome da empresa",
        ),
    ),
    Family(
        name="clearing_time_question",
        templates=(
            "paguei na lotérica, quanto tempo demora pra compensar?",
            "paguei o boleto {weekday}, em quantos dias úteis cai?",
            "paguei em dinheiro no correspondente bancário, quando libera?",
            "boleto pago no caixa eletrônico, quando vocês recebem?",
            "quanto tempo leva pra baixa do pagamento aparecer?",
            "paguei hoje no banco, amanhã a internet já volta?",
            "pagamento de boleto demora quantos dias pra ser reconhecido?",
        ),
        details=(
            "paguei depois das 16h, não sei se conta pro mesmo dia",
            "guardei o recibo certinho",
        ),
    ),
    Family(
        name="trust_unlock",
        templates=(
            "tem como liberar em confiança até o pagamento compensar?",
            "paguei agora, dá pra fazer o desbloqueio em confiança?",
            "podem religar minha internet em confiança? já paguei, só falta cair",
            "queria o desbloqueio de confiança, o pagamento foi feito {date}",
            "me libera por 24 horas enquanto o boleto compensa?",
            "como eu faço pra pedir a liberação provisória depois de pagar?",
        ),
        details=(
            "nunca pedi desbloqueio em confiança antes",
            "posso mandar o comprovante se precisar",
        ),
    ),
    # Hard case vs billing_dispute: the bill is right, the system just does not show it as paid.
    Family(
        name="shows_open_but_paid",
        templates=(
            "recebi aviso de débito mas eu já paguei essa fatura",
            "tá aparecendo em aberto uma conta que eu paguei",
            "me ligaram cobrando uma fatura que já foi paga",
            "chegou mensagem dizendo que tô devendo, mas paguei {date}",
            "no app consta pendente o mês passado, só que eu paguei em dia",
            "recebi notificação de corte, mas tá tudo pago, confere aí",
            "estão me cobrando a fatura de {months} atrás e eu tenho o comprovante",
        ),
        details=(
            "tenho o comprovante salvo no celular",
            "nunca atrasei uma conta com vocês",
            "a ligação de cobrança foi de um número desconhecido",
        ),
    ),
    Family(
        name="did_you_receive",
        templates=(
            "queria confirmar se vocês receberam meu pagamento",
            "meu pagamento caiu?",
            "consegue ver se o boleto que eu paguei entrou?",
            "só pra confirmar, a fatura desse mês já consta como paga?",
            "vê pra mim se tá tudo quitado",
            "gostaria de saber se o pagamento da mensalidade já foi identificado",
            "tá tudo certo com meu pagamento? paguei {date}",
        ),
        details=(
            "é só pra ficar tranquilo mesmo",
            "vou viajar e não quero ter surpresa",
        ),
    ),
    Family(
        name="auto_debit_or_card_check",
        templates=(
            "a fatura tá no débito automático, foi descontado?",
            "paguei no cartão de crédito pelo site, confirmou?",
            "o débito automático saiu da minha conta, podem confirmar que foi pago?",
            "coloquei no cartão recorrente, queria saber se a cobrança passou",
            "vi que descontou do meu cartão, então a fatura já tá paga, né?",
            "o banco debitou {amount}, isso é a mensalidade de vocês quitada?",
        ),
        details=(
            "cadastrei o débito automático mês passado",
            "no extrato aparece só um código, não o nome",
        ),
    ),
    Family(
        name="paid_old_or_late_bill",
        templates=(
            "paguei um boleto antigo sem querer, vale pra esse mês?",
            "paguei a fatura vencida pelo app do banco, foi aceito?",
            "paguei com o código do mês passado, e agora?",
            "acho que paguei a conta errada, o código era do mês anterior, vocês conseguem ver?",
            "paguei com o código de barras velho, o pagamento entrou mesmo assim?",
            "paguei depois do vencimento, vale ou preciso pagar de novo?",
        ),
        details=(
            "o app do banco aceitou sem dar erro",
            "o boleto antigo tava salvo no meu e-mail",
        ),
    ),
    Family(
        name="paid_days_ago_outrage",
        sentiment="frustrated",
        urgent=True,
        templates=(
            "paguei faz {duration} e até agora nada de internet, isso é um absurdo",
            "já são {duration} com a conta paga e sem internet, que palhaçada",
            "tô há {duration} sem net pagando em dia, quero minha internet de volta agora",
            "paguei há {duration}, mandei comprovante e ninguém libera, ridículo",
            "{duration} esperando vocês darem baixa num pagamento, isso não existe",
            "é inadmissível, pago a fatura e fico {duration} bloqueado",
        ),
        details=(
            "perdi dia de trabalho por causa disso",
            "já mandei o comprovante umas três vezes",
        ),
    ),
    Family(
        name="paid_just_now_need_now",
        urgent=True,
        templates=(
            "acabei de pagar, preciso da internet agora pra trabalhar",
            "paguei agora pouco, libera rápido que eu tô em home office",
            "já fiz o pix, por favor libera logo que eu tenho prova online daqui a pouco",
            "paguei a fatura, preciso que volte urgente, tenho reunião às 14h",
            "meu filho tem aula online agora, já paguei, podem liberar?",
            "é urgente, paguei a conta e preciso da net funcionando hoje",
        ),
        details=(
            "o comprovante já tá aqui no celular",
            "meu chefe tá esperando eu entrar na chamada",
        ),
    ),
    # Hard case vs invoice_copy: mentions the bill only to say they do NOT need it.
    Family(
        name="no_bill_needed_negation",
        templates=(
            "não preciso de segunda via não, já paguei, só quero que liberem",
            "não quero boleto, eu já paguei, quero a confirmação",
            "não é pra mandar fatura, é pra dar baixa no pagamento que eu fiz",
            "não, não tô pedindo o código de barras, o pagamento já foi feito",
            "não quero negociar, a conta já tá paga, é só conferir",
            "não tô devendo nada, paguei, vê aí no sistema",
        ),
        details=(
            "o robô só me oferece segunda via",
            "o pagamento foi pelo app do banco",
        ),
    ),
    Family(
        name="sarcasm_paid_and_cut",
        sentiment="frustrated",
        templates=(
            "que maravilha, pago em dia e vocês me cortam mesmo assim",
            "parabéns pelo sistema, o dinheiro saiu da minha conta e a internet continua bloqueada",
            "adorei pagar e continuar sem internet, serviço excelente",
            "vocês são ótimos pra receber, mas pra liberar depois de pagar é outra história",
            "nossa, que rapidez, paguei {date} e até hoje nada",
            "pelo visto meu dinheiro não vale nada aí, paguei e continuo cortado",
        ),
        details=(
            "o comprovante tá anexado desde o primeiro contato",
            "e ainda tive que ouvir musiquinha meia hora",
        ),
    ),
    # Hard case: cancel/Procon threats whose real request is recognising a payment.
    Family(
        name="threat_after_paying",
        sentiment="frustrated",
        templates=(
            "paguei e vocês não liberam, vou abrir reclamação na Anatel",
            "se não religarem hoje com o comprovante que mandei, vou no Procon",
            "tenho o comprovante e vou levar no Procon se não liberarem minha internet",
            "a conta tá paga, se continuar cortado eu cancelo e fecho com {provider}",
            "vou registrar no Reclame Aqui que paguei e fiquei sem serviço",
            "já é a segunda vez que pago e fico bloqueado, da próxima vai direto pra Anatel",
        ),
        details=(
            "guardei todos os protocolos",
            "não é a primeira vez que isso acontece",
        ),
    ),
    Family(
        name="paid_by_someone_else",
        templates=(
            "minha mãe pagou pelo app dela, vê se caiu",
            "quem pagou foi meu marido, no CPF dele, dá pra identificar?",
            "o pagamento foi feito da conta da empresa, vocês conseguem localizar?",
            "meu filho fez um pix pra vocês no nome dele, foi pra minha fatura?",
            "paguei da conta da minha irmã, aparece no nome dela, mas é da minha internet",
            "o boleto foi pago por outra pessoa, como vocês sabem que é meu?",
        ),
        details=(
            "o titular da internet sou eu",
            "posso mandar o comprovante com o nome dela",
        ),
    ),
    Family(
        name="terse",
        templates=(
            "já paguei",
            "comprovante enviado",
            "paguei, libera aí",
            "pagamento feito",
            "tá pago",
            "paguei e nada",
            "fatura paga, desbloqueia",
        ),
        details=(
            "foi pelo pix",
            "paguei hoje cedo",
        ),
    ),
    # Hard case vs technical.no_connection: describes no internet, but suspects the payment.
    Family(
        name="outage_blamed_on_payment",
        templates=(
            "a internet parou bem no dia que paguei o atraso, não reconheceram o pagamento ainda?",
            "a net não conecta, mas acho que é porque o pagamento não compensou, já paguei {date}",
            "abro o navegador e aparece aviso de bloqueio por débito, mas eu já paguei",
            "aparece aquela página de fatura em aberto quando abro a internet, só que tá paga",
            "reiniciei tudo e nada, deve ser o pagamento que não entrou, paguei {date}",
            "o wifi conecta mas não navega desde o atraso, já quitei, será que não baixou?",
        ),
        details=(
            "a luz do aparelho tá normal, verdinha",
            "os vizinhos que são clientes tão com internet",
        ),
    ),
    Family(
        name="receipt_ignored",
        sentiment="frustrated",
        templates=(
            "já mandei o comprovante três vezes e ninguém dá baixa",
            "mando comprovante e vocês pedem de novo, de novo e de novo",
            "cada atendente pede o comprovante e nada acontece",
            "enviei o recibo {date} e até agora ninguém conferiu, que descaso",
            "vou mandar o comprovante pela quinta vez, vê se dessa vez alguém olha",
            "disseram que liberavam em 2 horas depois do comprovante e até agora nada",
        ),
        details=(
            "tenho os números de protocolo anotados",
            "já falei com {company} por e-mail, chat e telefone",
        ),
    ),
    # --- Everyday families added to widen vocabulary and situations. ---
    Family(
        name="paid_in_person",
        templates=(
            "paguei na loja de vocês em dinheiro e ainda aparece em aberto",
            "paguei pro cobrador que passa aqui na rua, deu baixa?",
            "fui no escritório de vocês e paguei no balcão, confirma se entrou",
            "deixei o pagamento com a moça da loja do {neighbourhood}, foi registrado?",
            "paguei no caixa da loja física e o app ainda mostra a fatura pendente",
            "o rapaz que recolhe as mensalidades passou aqui {date} e eu paguei, consta aí?",
            "paguei no ponto de atendimento do centro, me deram um recibo de papel, vale?",
        ),
        details=(
            "tenho o recibo carimbado",
            "paguei em dinheiro vivo",
            "a atendente disse que em uma hora caía no sistema",
        ),
    ),
    Family(
        name="scheduled_payment",
        templates=(
            "agendei o pagamento do boleto pro dia do vencimento, vai dar certo?",
            "deixei o pix agendado, vocês recebem direitinho?",
            "programei o pagamento no banco pra {date}, não vão cortar antes, né?",
            "o boleto tá agendado no app do banco, já conta como pago?",
            "coloquei pra pagar automático no dia certo, preciso avisar vocês?",
            "fiz o agendamento da fatura, como sei se foi efetivado?",
            "agendei mas o banco diz que o pagamento ficou pendente, vocês receberam?",
        ),
        details=(
            "o banco mostra o agendamento confirmado",
            "sempre faço assim com as contas da casa",
            "o saldo tava na conta no dia",
        ),
    ),
    Family(
        name="discharge_statement",
        templates=(
            "preciso de uma declaração de que tá tudo quitado com vocês",
            "me manda a carta de quitação anual de débitos",
            "queria um documento mostrando que não devo nada à empresa",
            "pode emitir um comprovante de pagamento das faturas desse ano?",
            "preciso provar que paguei as mensalidades, vocês fornecem declaração?",
            "quero o nada consta da internet, o banco pediu",
            "a imobiliária pediu comprovante de que a internet tá paga, vocês mandam?",
        ),
        details=(
            "é pra apresentar no financiamento",
            "o contador pediu os recibos",
            "preciso com o CNPJ de vocês no papel",
        ),
    ),
    Family(
        name="scam_boleto_doubt",
        templates=(
            "paguei um boleto que chegou no zap, agora tô com medo de ser golpe, vocês receberam?",
            "o pix que eu fiz foi pra um nome estranho, caiu pra vocês mesmo?",
            "paguei uma fatura que veio por e-mail e o beneficiário não era a empresa, meu "
            "pagamento entrou?",
            "um número se passando por vocês me mandou boleto e eu paguei, consta aí?",
            "desconfio que paguei boleto falso, conseguem ver se o dinheiro chegou?",
            "meu vizinho falou de golpe do boleto, confere se o meu pagamento de {date} entrou "
            "mesmo",
            "paguei pelo link que mandaram por SMS, foi pra vocês?",
        ),
        details=(
            "o código de barras começava diferente do normal",
            "o contato tinha a logo de vocês na foto",
            "já guardei o comprovante e o print da conversa",
        ),
    ),
    Family(
        name="complaint_title_payment",
        templates=(
            "Pagamento não identificado pela empresa",
            "Internet bloqueada mesmo após pagamento",
            "Pagamento realizado e não reconhecido",
            "Fatura paga consta como em aberto",
            "Falta de baixa no pagamento da mensalidade",
            "Serviço suspenso com conta quitada",
            "Pix efetuado e não compensado",
        ),
        details=(
            "o comprovante segue em anexo",
            "aguardo a regularização",
            "o pagamento foi feito dentro do prazo",
        ),
    ),
    Family(
        name="slang_paid",
        templates=(
            "já mandei a grana, libera a net aí",
            "o pix já foi, pode soltar a internet",
            "paguei os boleto tudo, confere aí mano",
            "já acertei a mensalidade, destrava aí",
            "a conta já tá quitada, bora liberar",
            "fiz o pagamento agorinha, dá uma olhada aí pra mim",
            "já pingou o dinheiro aí? paguei cedinho",
            "pagei a internete ontem, ja caiu?",
        ),
        details=(
            "foi pelo app do banco",
            "o comprovante tá no meu zap",
            "paguei com o dinheiro do bico",
        ),
    ),
    # Hard case vs negotiation: the agreement is done and paid, the request is recognising it.
    Family(
        name="paid_settlement_still_blocked",
        sentiment="frustrated",
        templates=(
            "fiz o acordo, paguei a entrada e a internet não voltou, cadê o compromisso de vocês?",
            "paguei a primeira parcela da negociação e continuo bloqueado, vocês não cumprem o que "
            "combinam",
            "quitei o acordo todinho e ainda aparece dívida no meu nome, que falta de respeito",
            "negociei, paguei e nada de religar, era só pagar a entrada que voltava, não era?",
            "já paguei todas as parcelas do acordo e continuam me mandando cobrança, vê isso "
            "direito",
            "paguei o combinado na negociação {date} e o sistema de vocês diz que tô devendo",
        ),
        details=(
            "o atendente garantiu que religava em 24 horas",
            "tenho o termo do acordo no e-mail",
            "paguei tudo em {installments} certinho",
        ),
    ),
    Family(
        name="paid_several_bills",
        templates=(
            "paguei as duas faturas atrasadas juntas, entraram as duas?",
            "quitei os três boletos em aberto hoje, confere se tá tudo certo",
            "paguei o mês atrasado e o atual de uma vez, aparece tudo pago aí?",
            "fiz um pix só com o valor das duas contas, vocês conseguem dar baixa nas duas?",
            "paguei tudo que devia, {months} de atraso, já tô em dia?",
            "paguei a de janeiro e a de fevereiro, mas o app só mostra uma paga",
            "coloquei as contas em dia agora, não tenho mais nada pendente, né?",
        ),
        details=(
            "paguei cada boleto separado",
            "somando deu {amount}",
            "quero ter certeza antes de jogar os papéis fora",
        ),
    ),
    Family(
        name="payment_error_screen",
        templates=(
            "na hora de pagar deu erro no app, mas o dinheiro saiu da conta, foi pago ou não?",
            "o pix ficou em processamento e não sei se foi, aparece pra vocês?",
            "a tela travou no meio do pagamento, preciso saber se a fatura foi quitada",
            "o caixa eletrônico engoliu o dinheiro e não imprimiu comprovante, o pagamento entrou?",
            "o cartão aprovou mas o site mostrou erro, a mensalidade ficou paga?",
            "a lotérica disse que o sistema caiu depois de receber, vocês registraram meu "
            "pagamento?",
            "não chegou comprovante nenhum depois que paguei, conseguem ver se caiu?",
        ),
        details=(
            "no extrato aparece o débito",
            "tentei de novo e o app avisou que já estava pago",
            "não quero pagar duas vezes",
        ),
    ),
    Family(
        name="formal_payment_notice",
        templates=(
            "informo que efetuei o pagamento da fatura e solicito a baixa no sistema",
            "comunico que a mensalidade foi quitada e peço a gentileza de confirmar o recebimento",
            "venho informar o pagamento do débito em aberto, conforme comprovante anexo",
            "solicito a confirmação do pagamento realizado {date}",
            "peço que verifiquem a compensação do boleto quitado e regularizem meu acesso",
            "aguardo confirmação do recebimento do valor de {amount} referente à mensalidade",
        ),
        details=(
            "o titular do contrato sou eu mesmo",
            "segue anexo o comprovante bancário",
            "o pagamento foi realizado em agência bancária",
        ),
    ),
    Family(
        name="paid_health_emergency",
        urgent=True,
        templates=(
            "paguei e continua bloqueado, meu pai usa um aparelho que depende da internet, libera "
            "agora",
            "já tá pago, preciso da net pra consulta médica online daqui a uma hora",
            "a conta foi paga e minha mãe acamada tem telemedicina hoje, desbloqueiem logo",
            "minha esposa tá no pós-operatório e a gente fala com a equipe pela internet, já "
            "paguei {date}",
            "paguei ontem, minha vó mora sozinha e o alarme de emergência dela é pela internet",
            "a fatura tá paga, preciso urgente da internet pra falar com o médico por vídeo",
        ),
        details=(
            "é questão de saúde",
            "mando o comprovante agora mesmo",
            "o cuidador dela fica sem falar com a gente",
        ),
    ),
    Family(
        name="paid_stop_scheduled_cut",
        urgent=True,
        templates=(
            "paguei hoje, o corte tá marcado pra amanhã, confirmem que não vão cortar",
            "acabei de pagar a atrasada, cancela o bloqueio que ia acontecer hoje",
            "o aviso diz que suspende {weekday}, mas já paguei, vocês conseguem tirar?",
            "paguei agora pra não cortar, dá tempo de baixar antes da suspensão?",
            "fiz o pix correndo depois do aviso de corte, confirmem rápido que caiu",
            "já quitei, por favor não deixem suspender minha internet hoje à noite",
        ),
        details=(
            "trabalho de casa amanhã cedo",
            "o aviso chegou por SMS",
            "não quero pagar taxa de religação",
        ),
    ),
    Family(
        name="bank_says_paid",
        sentiment="frustrated",
        templates=(
            "o banco confirma que o pagamento foi pra vocês e vocês dizem que não receberam, quem "
            "tá mentindo?",
            "o gerente do meu banco mostrou que o boleto foi compensado, o problema é aí do lado "
            "de vocês",
            "tá no meu extrato o débito pra empresa de vocês, não venham dizer que não paguei",
            "liguei no banco e o dinheiro saiu faz tempo, vocês que perderam meu pagamento, "
            "resolvam",
            "o comprovante tem autenticação bancária, não tem como dizer que não foi pago",
            "não vou pagar de novo, o banco já me mandou o comprovante de compensação, se virem aí",
        ),
        details=(
            "o banco me deu um documento carimbado",
            "perdi meia manhã na agência por causa disso",
            "o código de autenticação tá no comprovante",
        ),
    ),
    Family(
        name="cut_too_fast",
        sentiment="frustrated",
        templates=(
            "paguei no dia do vencimento e já cortaram à noite, que pressa é essa?",
            "atrasei um dia só, paguei e vocês já bloquearam, nem esperaram compensar",
            "paguei no vencimento na lotérica e hoje acordei sem internet, isso é sacanagem",
            "mal venceu e já cortaram, sendo que eu paguei de manhã, absurdo",
            "vocês cortam antes mesmo do boleto compensar, paguei certinho e tô sem net",
            "nem deu 24 horas do vencimento e bloquearam, sendo que a conta tá paga",
        ),
        details=(
            "sou cliente há {months} e nunca tinha acontecido",
            "o pagamento foi antes do meio-dia",
            "isso é falta de consideração com quem paga em dia",
        ),
    ),
    Family(
        name="caps_paid_still_cut",
        templates=(
            "PAGUEI E CONTINUO SEM INTERNET",
            "já paguei, libera aí de uma vez",
            "paguei {date} e vocês bloquearam mesmo assim?",
            "o comprovante tá aqui, liberem logo essa internet",
            "TÁ PAGO!!! QUERO MINHA INTERNET DE VOLTA",
            "paguei certinho e vocês me deixaram bloqueado, que palhaçada",
            "pagamento feito e nada de religar, vão me enrolar até quando?",
        ),
        details=(
            "o pix saiu na hora",
            "mandei o comprovante duas vezes",
            "o valor era {amount}",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_paid",
        templates=(
            "então eu paguei o boleto ontem na lotérica e a internet continua bloqueada",
            "é que eu fiz o pix da conta agora pouco e queria saber se vocês já receberam",
            "moça eu paguei a fatura atrasada e queria que liberasse a internet aqui de casa",
            "eu tô com o comprovante aqui na mão o pagamento foi feito {date} pode conferir",
            "deixa eu te falar eu já paguei aquela conta que tava em aberto viu não sei por que "
            "tá aparecendo ainda",
            "minha esposa pagou pelo banco e até agora a internet não voltou",
            "paguei no débito lá na agência e queria confirmar se caiu direitinho",
        ),
        details=(
            "o valor foi {amount}",
            "posso mandar a foto do comprovante",
            "foi em nome do titular",
        ),
    ),
    Family(
        name="abbreviated_paid",
        templates=(
            "ja paguei, segue comprovante",
            "paguei agr no pix, libera pfv",
            "ta pago blz? so confirma ai",
            "vc consegue ver se caiu o pagamento?",
            "fiz o pix hj cedo, ja caiu?",
            "pago ja, pq ta aparecendo em aberto?",
            "qdo libera dps de pagar?",
        ),
        details=(
            "foi {amount}",
            "comprovante em anexo",
            "pix feito no cpf do titular",
        ),
    ),
    Family(
        name="regional_paid",
        templates=(
            "oxe, já paguei essa conta faz é tempo",
            "uai, paguei e ainda tá constando em aberto",
            "paguei lá no mercadinho, confere aí pra mim",
            "bah, paguei o boleto ontem, já tá liberado?",
            "égua, paguei e o sistema de vocês não baixou",
            "mano, já tá pago isso aí, dá uma olhada",
        ),
        details=(
            "guardei o papelzinho da lotérica",
            "paguei no valor de {amount}",
            "foi {date}",
        ),
    ),
    Family(
        name="amount_ok_confirm_clearing",
        templates=(
            "o valor tava certo e já paguei, só quero confirmar se caiu",
            "não tenho reclamação da conta, só quero saber se o pagamento foi registrado",
            "paguei o valor certinho, podem ver se já compensou?",
            "não é problema de cobrança, é só confirmar meu pagamento de {date}",
            "fatura paga no valor de {amount}, tá tudo certo aí no sistema?",
            "só pra confirmar: o pagamento dessa fatura já aparece pra vocês?",
        ),
        details=(
            "paguei pelo app do banco",
            "tenho o comprovante",
            "não quero pagar duas vezes",
        ),
    ),
)

_BILLING_DISPUTE: tuple[Family, ...] = (
    Family(
        name="amount_above_contract",
        templates=(
            "minha fatura veio {amount}, mas meu plano não custa isso",
            "o valor da conta veio mais alto que o contratado",
            "por que minha mensalidade veio mais cara esse mês?",
            "contratei {plan} por 99 reais e a fatura veio bem mais alta",
            "a fatura desse mês tá com valor diferente do que eu assinei",
            "veio {amount} na conta, sendo que eu pago bem menos",
            "o valor cobrado não bate com o do contrato",
        ),
        details=(
            "tenho o contrato guardado aqui",
            "não mudei nada no meu plano",
            "o vendedor me passou o valor por escrito no whatsapp",
        ),
    ),
    Family(
        name="charged_twice",
        templates=(
            "me cobraram duas vezes o mesmo mês",
            "veio cobrança em dobro na minha fatura",
            "apareceram dois boletos iguais do mesmo mês",
            "o débito automático descontou duas vezes da minha conta",
            "passaram a mensalidade duas vezes no meu cartão",
            "tô vendo a mesma cobrança repetida na conta, vocês cobraram em duplicidade",
            "a fatura veio com a mensalidade lançada duas vezes",
        ),
        details=(
            "conferi no extrato do banco",
            "as duas cobranças têm o mesmo valor e a mesma data",
        ),
    ),
    Family(
        name="unknown_extra_service",
        templates=(
            "tem uma cobrança de {addon} na minha fatura que eu nunca pedi",
            "apareceu {addon} na conta e eu não contratei isso",
            "que cobrança é essa de {addon}? nunca assinei",
            "quero que tirem da fatura a cobrança de {addon} que colocaram sem me avisar",
            "tem um serviço extra na minha conta que eu não sei o que é",
            "lançaram {addon} na minha fatura sem eu autorizar",
            "não reconheço essa cobrança adicional de {amount} na fatura",
        ),
        details=(
            "nunca liguei pra contratar nada a mais",
            "eu nem tenho televisão em casa",
            "ninguém me ligou oferecendo isso",
        ),
    ),
    Family(
        name="refund_request",
        templates=(
            "quero o estorno do valor que vocês cobraram errado",
            "como faço pra receber de volta o que paguei a mais?",
            "quero meu dinheiro de volta da cobrança indevida",
            "vocês vão devolver o valor ou vão abater na próxima fatura?",
            "preciso do reembolso de {amount} que foi cobrado indevidamente",
            "quando cai o estorno que o atendente prometeu?",
            "solicito a devolução do valor pago indevidamente",
        ),
        details=(
            "prefiro receber por pix",
            "o atendente reconheceu o erro mas não falou prazo",
        ),
    ),
    # Hard case vs commercial.cancellation: already cancelled, the request is the wrong charge.
    Family(
        name="charged_after_cancelling",
        templates=(
            "cancelei a internet e continuam me cobrando",
            "já pedi o cancelamento faz {months} e a fatura ainda chega",
            "mesmo depois de cancelar veio boleto pra pagar",
            "devolvi o equipamento e cancelei, por que ainda tem cobrança?",
            "o contrato foi encerrado e vocês seguem descontando do meu cartão",
            "não sou mais cliente e recebi uma fatura nova, como assim?",
            "cancelei no meio do mês e me cobraram o mês inteiro",
        ),
        details=(
            "tenho o protocolo do cancelamento",
            "o técnico levou o roteador embora",
            "mudei pra outra cidade e nem uso mais",
        ),
    ),
    # Hard case vs negotiation: the discount was already agreed, it is a wrong amount now.
    Family(
        name="promised_price_not_applied",
        templates=(
            "o vendedor me prometeu {amount} e a fatura veio com o preço cheio",
            "a promoção que eu contratei não foi aplicada na conta",
            "era pra vir com desconto no primeiro ano e veio o valor normal",
            "combinaram um desconto comigo na ligação e não veio na fatura",
            "assinei pelo preço promocional e tão cobrando sem desconto",
            "cadê o desconto que me deram? a conta veio igual",
            "o valor que me ofereceram pra ficar não tá aparecendo no boleto",
        ),
        details=(
            "tenho o print da conversa com o vendedor",
            "a promoção era pra quem fizesse portabilidade",
        ),
    ),
    # Hard case vs technical.*: an outage is mentioned, but the request is the money back.
    Family(
        name="outage_not_deducted",
        templates=(
            "fiquei {duration} sem internet e cobraram o mês inteiro",
            "a internet ficou fora {duration} e a fatura veio cheia, quero o abatimento",
            "não acho justo pagar o mês todo se fiquei {duration} sem serviço",
            "vão descontar da conta os dias que a internet ficou caída?",
            "paguei por um serviço que não funcionou metade do mês, quero ressarcimento",
            "a fatura tinha que vir menor, fiquei sem conexão desde {date} até o técnico vir",
        ),
        details=(
            "a internet já voltou, o problema agora é a cobrança",
            "tenho o protocolo de quando fiquei sem sinal",
        ),
    ),
    Family(
        name="late_fee_not_owed",
        templates=(
            "cobraram multa de atraso mas eu paguei no dia",
            "veio juros na fatura e eu não atrasei nenhum dia",
            "por que tem encargo de atraso se o boleto chegou depois do vencimento?",
            "a multa tá errada, o vencimento caiu no domingo e eu paguei na segunda",
            "quero que tirem esses juros, o atraso foi culpa do boleto que não chegou",
            "me cobraram {amount} de multa por um atraso que não existiu",
        ),
        details=(
            "o comprovante mostra a data certinha",
            "sempre pago antes do vencimento",
        ),
    ),
    # Hard case vs payment_confirmation: paid, but the request is getting a double payment back.
    Family(
        name="paid_twice_by_mistake",
        templates=(
            "paguei a mesma fatura duas vezes sem querer, quero o dinheiro de volta",
            "paguei o boleto e o débito automático também descontou, e agora?",
            "acabei pagando em dobro, pelo pix e pelo boleto, como faço o estorno?",
            "paguei duplicado, dá pra virar crédito no mês que vem ou vocês devolvem?",
            "minha esposa e eu pagamos a mesma conta, quero reaver um dos pagamentos",
            "fiz dois pix iguais por engano, como recupero um deles?",
        ),
        details=(
            "tenho os dois comprovantes",
            "o valor foi {amount} cada um",
        ),
    ),
    Family(
        name="fee_for_something_free",
        templates=(
            "a instalação era grátis e veio cobrada na primeira fatura",
            "me disseram que não tinha taxa de instalação e tá lá na conta",
            "que taxa de ativação é essa de {amount}? ninguém me falou",
            "cobraram a visita técnica que foi por problema de vocês",
            "por que tô pagando aluguel de {equipment} se é comodato?",
            "me cobraram multa por equipamento que eu já devolvi",
            "na contratação falaram isento de adesão e agora aparece cobrança",
        ),
        details=(
            "tá escrito no contrato que a instalação é gratuita",
            "o técnico mesmo disse que não ia ter custo",
        ),
    ),
    Family(
        name="price_increase_question",
        templates=(
            "queria entender por que minha conta aumentou",
            "teve reajuste? ninguém me avisou nada",
            "gostaria de saber o motivo do aumento na mensalidade",
            "minha fatura subiu sem explicação, pode me dizer o que mudou?",
            "a conta subiu pra {amount} do nada, por quê?",
            "é normal a fatura ter aumentado se eu não mudei nada no plano?",
        ),
        details=(
            "sou cliente há {months} e nunca tinha aumentado assim",
            "não recebi nenhum comunicado",
        ),
    ),
    Family(
        name="consumer_agency_threat",
        sentiment="frustrated",
        templates=(
            "se não tirarem essa cobrança indevida vou no Procon",
            "vou abrir reclamação na Anatel por causa dessa cobrança em dobro",
            "isso é cobrança abusiva e vou denunciar no Reclame Aqui",
            "estão me cobrando errado há {months}, vou entrar na justiça",
            "ou corrigem o valor da fatura ou eu vou no Procon amanhã",
            "cobrança indevida se devolve em dobro, tá no código do consumidor, quero meu dinheiro",
        ),
        details=(
            "já juntei todas as faturas erradas",
            "conversei com um advogado",
        ),
    ),
    # Hard case vs commercial.cancellation: "vou cancelar" is leverage, the request is the charge.
    Family(
        name="cancel_threat_over_charge",
        sentiment="frustrated",
        templates=(
            "se continuar vindo esse valor errado eu cancelo",
            "mais uma fatura errada e eu fecho com {provider}",
            "arrumem essa cobrança senão vou cancelar tudo",
            "tô pensando seriamente em cancelar por causa dessas cobranças que vocês inventam",
            "não vou pagar por serviço que não pedi, se não tirarem eu saio",
            "corrijam a conta, senão podem preparar o cancelamento",
        ),
        details=(
            "a internet em si até funciona bem",
            "o problema é só essa cobrança",
        ),
    ),
    Family(
        name="sarcasm_on_the_bill",
        sentiment="frustrated",
        templates=(
            "todo mês uma surpresa nova na fatura, vocês são criativos hein",
            "que beleza, agora a conta vem cobrando até o que eu não uso",
            "parabéns, conseguiram me cobrar duas vezes pela mesma internet",
            "adorei o presentinho de {amount} a mais na minha fatura",
            "nossa, que internet valiosa, cada mês custa um preço diferente",
            "deve ser a internet mais cara do mundo, porque a fatura só sobe",
        ),
        details=(
            "queria muito entender essa matemática",
            "e ninguém explica de onde veio esse valor",
        ),
    ),
    Family(
        name="error_keeps_coming_back",
        sentiment="frustrated",
        templates=(
            "é o terceiro mês seguido que a fatura vem errada, ninguém resolve",
            "todo mês eu tenho que ligar pra corrigir a conta, cansei",
            "reclamo dessa cobrança há {months} e continua vindo",
            "prometeram corrigir a fatura e veio errada de novo, que falta de respeito",
            "toda vez que ligo falam que vão ajustar o valor e nunca ajustam",
            "já abri protocolo duas vezes por causa do valor errado e nada",
        ),
        details=(
            "já falei com {company} umas cinco vezes",
            "cada atendente fala um prazo diferente",
        ),
    ),
    # Hard case: negations that rule out negotiation and invoice_copy.
    Family(
        name="not_negotiation_negation",
        templates=(
            "não quero parcelar nem negociar, quero que corrijam o valor",
            "não é questão de desconto, a cobrança tá errada mesmo",
            "não pedi segunda via, quero contestar o valor dessa fatura",
            "não vou pagar pra depois pedir estorno, quero a fatura certa antes",
            "não é que eu não queira pagar, é que esse valor não é meu",
            "não tô pedindo favor, tô pedindo pra tirar uma cobrança que eu não devo",
        ),
        details=(
            "me ofereceram parcelamento, mas a dívida nem existe",
            "pago o que é certo, só isso",
        ),
    ),
    Family(
        name="wrong_debit_left_me_broke",
        urgent=True,
        templates=(
            "descontaram valor errado no meu cartão e fiquei sem limite, quero o estorno urgente",
            "o débito automático tirou {amount} a mais da minha conta e eu fiquei no negativo",
            "me cobraram em dobro e o dinheiro do aluguel sumiu, preciso disso resolvido hoje",
            "vocês debitaram errado e minha conta de luz não passou, é urgente devolver",
            "preciso do estorno hoje, o que cobraram a mais era o dinheiro do remédio da minha mãe",
            "a cobrança duplicada estourou meu cheque especial, resolvam agora por favor",
        ),
        details=(
            "o banco já está cobrando juros do cheque especial",
            "sou aposentada e conto cada real",
        ),
    ),
    # Hard case vs negotiation: a credit-bureau debt the customer does not owe.
    Family(
        name="blacklisted_for_debt_not_owed",
        urgent=True,
        templates=(
            "negativaram meu nome por uma fatura que eu não devo, preciso resolver hoje",
            "tô com o nome sujo por causa de uma cobrança errada de vocês e preciso limpar urgente",
            "o banco negou meu crédito por uma dívida com vocês que eu nunca fiz",
            "apareceu no Serasa uma dívida de {amount} com vocês que não reconheço, tira isso já",
            "assino o contrato da casa amanhã e meu nome tá sujo por cobrança indevida de vocês",
            "essa cobrança errada me negativou e eu preciso do nome limpo pra um empréstimo agora",
        ),
        details=(
            "nunca atrasei nenhuma conta na vida",
            "a dívida é de um endereço onde eu nunca morei",
        ),
    ),
    Family(
        name="terse",
        templates=(
            "cobrança indevida",
            "valor errado na fatura",
            "me cobraram a mais",
            "conta veio errada",
            "quero estorno",
            "cobrança em dobro",
        ),
        details=(
            "é da fatura desse mês",
            "tenho {plan}",
        ),
    ),
    # --- Everyday families added to widen vocabulary and situations. ---
    Family(
        name="charged_before_installation",
        templates=(
            "a primeira fatura cobrou dias em que a internet nem tava instalada",
            "me cobraram desde o dia da assinatura, mas o técnico só instalou {date}",
            "a instalação atrasou {duration} e a cobrança começou antes, isso tá errado",
            "veio mensalidade cheia no primeiro mês e a internet só foi ligada no fim",
            "tão me cobrando um período em que eu ainda não tinha serviço",
            "a conta proporcional veio maior do que devia, contaram dias antes da ativação",
            "paguei a primeira fatura sem perceber que incluía dias sem internet, quero o acerto",
        ),
        details=(
            "a ordem de serviço mostra a data da instalação",
            "o técnico remarcou duas vezes",
            "tenho o e-mail de boas-vindas com a data da ativação",
        ),
    ),
    Family(
        name="charged_old_and_new_plan",
        templates=(
            "mudei de plano e vieram cobrados os dois no mesmo mês",
            "fiz upgrade pro {plan} e a fatura tem o plano antigo e o novo juntos",
            "troquei pro plano mais barato e continuam cobrando o valor do antigo",
            "diminuí a velocidade faz {months} e a conta ainda vem com o preço do plano maior",
            "na fatura aparece cobrança do plano que eu já troquei, tá duplicado",
            "a mudança de plano foi no meio do mês e o cálculo da fatura ficou errado",
            "pedi pra tirar {addon} do pacote e seguem cobrando",
        ),
        details=(
            "o protocolo da troca é de {date}",
            "a velocidade nova já tá funcionando",
            "o atendente falou que vinha proporcional",
        ),
    ),
    Family(
        name="contract_in_my_name_fraud",
        templates=(
            "tá chegando cobrança de vocês no meu CPF e eu nunca fui cliente",
            "alguém fez um contrato de internet no meu nome, não reconheço essa dívida",
            "recebi fatura de uma instalação em {city}, eu nunca morei lá",
            "estão me cobrando por um ponto de internet que eu não contratei, deve ser fraude",
            "usaram meus documentos pra assinar internet com vocês, quero essa cobrança cancelada",
            "me ligam cobrando uma conta de um endereço que não é meu",
            "nunca assinei nada com {company} e chegou boleto no meu nome",
        ),
        details=(
            "já fiz boletim de ocorrência",
            "perdi minha carteira de identidade ano passado",
            "a assinatura no contrato não é minha",
        ),
    ),
    # Hard case vs commercial.cancellation: already cancelled, the request is the wrong fine.
    Family(
        name="loyalty_fine_after_term",
        templates=(
            "me cobraram multa de fidelidade, mas meu contrato já tinha passado de 12 meses",
            "cancelei depois de acabar a fidelidade e mesmo assim veio multa",
            "essa multa rescisória tá errada, já tinha passado {months} do fim da fidelidade",
            "a multa de quebra de contrato veio com valor maior do que o contrato diz",
            "cancelei porque mudei pra onde vocês não atendem e cobraram multa, isso não pode",
            "nunca assinei fidelidade e agora aparece multa na última fatura",
            "a multa por cancelamento veio cheia, sendo que faltava só um mês de contrato",
        ),
        details=(
            "o cancelamento já foi feito, o problema é só a multa",
            "o contrato fala em multa proporcional",
            "tenho o contrato assinado aqui",
        ),
    ),
    Family(
        name="complaint_title_charge",
        templates=(
            "Cobrança de serviço não contratado",
            "Fatura com valor diferente do contratado",
            "Cobrança indevida após cancelamento",
            "Valor abusivo na mensalidade",
            "Cobrança duplicada no cartão de crédito",
            "Estorno não realizado",
            "Taxa cobrada sem aviso prévio",
            "Reajuste sem comunicação ao cliente",
        ),
        details=(
            "solicito a correção do valor",
            "aguardo a devolução dos valores",
            "já registrei protocolo e não tive retorno",
        ),
    ),
    Family(
        name="robbery_slang",
        sentiment="frustrated",
        templates=(
            "que facada é essa na minha conta da internet?",
            "vocês tão me roubando, todo mês aparece um valor diferente",
            "a fatura veio salgada demais, que cobrança é essa?",
            "me meteram uma taxa do nada, isso é assalto",
            "tão cobrando uns trem que eu nunca pedi, que sacanagem",
            "isso aqui é conta de internet ou extorsão? veio {amount}",
            "oxe, de onde saiu esse valor todo na fatura? tão de brincadeira",
        ),
        details=(
            "meu plano sempre foi o mais simples",
            "mostrei pro meu filho e ele também não entendeu",
            "não uso nada além da internet",
        ),
    ),
    Family(
        name="explain_line_items",
        templates=(
            "não entendi uns itens da minha fatura, pode me explicar o que é cada um?",
            "o que é esse tal de SVA que aparece na conta?",
            "tem uma linha escrita serviço digital na fatura, que cobrança é essa?",
            "queria o detalhamento da fatura, tem coisa ali que não sei de onde veio",
            "aparece um ajuste de {amount} na conta, ajuste de quê?",
            "pode discriminar o que compõe o valor da minha mensalidade?",
            "na fatura tem crédito e débito misturado, não tô entendendo a soma",
        ),
        details=(
            "antes a fatura vinha só com uma linha",
            "não quero pagar o que não sei o que é",
            "o valor total é diferente do meu plano",
        ),
    ),
    Family(
        name="autopay_discount_missing",
        templates=(
            "coloquei no débito automático pra ganhar desconto e a conta veio cheia",
            "o desconto de pontualidade sumiu da minha fatura, sendo que pago em dia",
            "era pra ter abatimento por fatura digital e não veio",
            "paguei antes do vencimento e não aplicaram o desconto de pagamento em dia",
            "o bônus por pagar adiantado não apareceu no boleto desse mês",
            "todo mês vinha um desconto fixo e esse mês cobraram o valor inteiro",
        ),
        details=(
            "o desconto era de uns dez reais",
            "não mudei a forma de pagamento",
            "aderi à fatura digital faz tempo",
        ),
    ),
    # Hard case vs technical.slow_connection: speed is the evidence, the request is money back.
    Family(
        name="pay_less_for_slower_speed",
        sentiment="frustrated",
        templates=(
            "pago por {plan} e recebo {speed} mega, quero pagar só pelo que vocês entregam",
            "se a internet entrega um terço da velocidade, a fatura tem que vir com um terço do "
            "valor",
            "tô pagando plano de fibra por uma internet de discada, quero abatimento proporcional "
            "na conta",
            "cobram {plan} e o teste mostra {speed}, isso é propaganda enganosa, quero o dinheiro "
            "de volta",
            "não vou pagar o preço cheio por uma velocidade que nunca chega, abatam na fatura",
            "a conta vem inteira mas a velocidade vem pela metade, quero ressarcimento",
        ),
        details=(
            "fiz vários testes de velocidade com o cabo",
            "guardei os prints dos testes",
            "o técnico já veio e não resolveu",
        ),
    ),
    Family(
        name="calls_i_did_not_make",
        templates=(
            "veio cobrança de ligação no meu telefone fixo que ninguém aqui fez",
            "tem um monte de chamada pra celular na fatura e eu nem uso o fixo",
            "cobraram ligação interurbana pra {city}, não conheço ninguém lá",
            "a fatura trouxe minutos excedentes do telefone que não usei",
            "não reconheço essas ligações detalhadas na conta, quero contestar",
            "aparece ligação de madrugada cobrada na fatura, tava todo mundo dormindo",
        ),
        details=(
            "o aparelho de telefone nem tá ligado na tomada",
            "moro sozinha",
            "o fixo veio de brinde no combo",
        ),
    ),
    Family(
        name="suspension_still_charged",
        templates=(
            "pedi suspensão temporária e continuaram cobrando a mensalidade",
            "fiquei com a internet suspensa enquanto viajava e a fatura veio normal",
            "a linha tava pausada a meu pedido e mesmo assim cobraram o mês inteiro",
            "combinei de congelar o plano por {months} e a conta continua chegando",
            "a internet ficou desligada na reforma da casa, a pedido meu, e veio cobrança cheia",
            "o serviço tava suspenso no período e a fatura veio como se eu tivesse usado",
        ),
        details=(
            "tenho o protocolo da suspensão",
            "o equipamento ficou desligado o tempo todo",
            "a atendente confirmou que não teria cobrança",
        ),
    ),
    Family(
        name="card_statement_closing",
        urgent=True,
        templates=(
            "a fatura do meu cartão fecha amanhã, cancelem essa cobrança errada antes",
            "preciso que estornem hoje a cobrança em dobro no cartão, senão entra na fatura",
            "passaram um valor errado no meu crédito e o cartão fecha {weekday}, é urgente",
            "a cobrança errada vai entrar na fatura do cartão que fecha hoje, consegue cancelar "
            "já?",
            "antes do fechamento do cartão amanhã preciso que tirem essa cobrança duplicada",
            "urgente: cobrança desconhecida de vocês no meu cartão, quero cancelar antes de fechar "
            "a fatura",
        ),
        details=(
            "o banco disse que só a empresa pode cancelar",
            "já liguei pro cartão e mandaram falar com vocês",
            "o valor é {amount}",
        ),
    ),
    Family(
        name="cut_threat_over_wrong_amount",
        urgent=True,
        templates=(
            "vão cortar minha internet hoje por causa de um valor que eu não devo",
            "recebi aviso de suspensão por uma fatura errada, preciso que corrijam antes do corte",
            "tô sendo ameaçado de bloqueio por uma cobrança indevida e o prazo é amanhã",
            "disseram que suspendem {weekday} se eu não pagar esse valor a mais, corrijam isso já",
            "se eu não pagar a fatura errada cortam a net, e eu trabalho em casa, resolvam agora",
            "a conta tá errada e vence hoje, não vou pagar o indevido mas também não posso ficar "
            "sem internet",
        ),
        details=(
            "a parte certa da fatura eu pago",
            "já contestei pelo chat",
            "tenho reunião com cliente amanhã cedo",
        ),
    ),
    Family(
        name="abusive_annual_readjustment",
        sentiment="frustrated",
        templates=(
            "reajuste de quase 20% na mensalidade? a inflação nem chegou perto disso",
            "aumentaram minha conta muito acima do índice do contrato, isso é abusivo",
            "o contrato fala em reajuste pelo IPCA e vocês aumentaram o dobro, quero a correção",
            "subir {amount} de uma vez num reajuste anual é abuso, quero o valor certo",
            "o aumento desse ano não bate com índice nenhum, recalculem isso",
            "que reajuste é esse que dobra o preço da internet? quero explicação e correção",
        ),
        details=(
            "fiz a conta com o índice oficial",
            "no ano passado o reajuste foi pequeno",
            "o contrato tá aqui na minha frente",
        ),
    ),
    Family(
        name="caps_what_charge_is_this",
        templates=(
            "QUE COBRANÇA É ESSA???",
            "veio {amount} na fatura, tão de brincadeira comigo",
            "me cobraram a mais de novo, todo mês uma surpresa",
            "ESSA CONTA TÁ ERRADA E EU NÃO VOU PAGAR",
            "quem autorizou cobrar isso na minha conta?",
            "enfiaram uma taxa na minha fatura sem avisar, que sacanagem",
            "meu plano é {amount} e vocês cobram o que querem",
        ),
        details=(
            "não assinei nada disso",
            "quero o valor devolvido",
            "mês passado veio certo",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_bill_wrong",
        templates=(
            "é que a minha conta veio com um valor muito acima do que eu pago sempre",
            "então moça tá vindo uma cobrança na fatura que eu não sei o que é",
            "eu queria entender por que minha conta veio mais cara se eu não mudei nada",
            "olha eu vi aqui no extrato que vocês cobraram duas vezes a mesma mensalidade",
            "deixa eu te perguntar esse valor a mais na conta é o quê que eu não pedi nada",
            "veio uma taxa nova aqui na conta que ninguém me explicou",
            "a fatura desse mês veio {amount} e eu pago bem menos que isso",
        ),
        details=(
            "o contrato é de {amount} por mês",
            "não contratei serviço nenhum a mais",
            "quero a diferença de volta",
        ),
    ),
    Family(
        name="abbreviated_dispute",
        templates=(
            "pq minha fatura veio mais cara?",
            "vcs me cobraram 2x esse mes",
            "q taxa é essa na conta?",
            "n reconheco essa cobranca de {amount}",
            "meu plano é {amount} e veio mais, pq?",
            "cobraram errado dnv, olha ai",
            "tem um valor a mais na conta q n sei oq é",
        ),
        details=(
            "quero estorno",
            "n pedi nada a mais",
            "o print da fatura ta aq",
        ),
    ),
    Family(
        name="prorated_charge_confusion",
        templates=(
            "veio uma cobrança proporcional que eu não entendi",
            "cobraram dias a mais na fatura depois da mudança de plano",
            "essa fatura veio com dois valores do mesmo mês",
            "cobraram dobrado um período que eu já tinha pago, não entendi essa conta",
            "tem um valor pro rata na fatura que ninguém explicou",
            "a primeira fatura veio com dias que eu nem tinha internet ainda",
        ),
        details=(
            "a instalação foi {date}",
            "o valor cheio é {amount}",
            "quero a conta corrigida",
        ),
    ),
    Family(
        name="charged_for_returned_equipment",
        templates=(
            "me cobraram o roteador que eu já devolvi",
            "veio uma multa por equipamento não devolvido, mas eu entreguei na loja",
            "tô sendo cobrado pelo modem que o técnico levou embora",
            "cobraram {amount} de aparelho que tá com vocês desde o cancelamento",
            "devolvi a onu e mesmo assim veio a cobrança do equipamento",
            "tenho o comprovante de devolução e a fatura veio com o valor do aparelho",
        ),
        details=(
            "entreguei {date}",
            "tenho o papel assinado pelo técnico",
            "quero que tirem essa cobrança",
        ),
    ),
    Family(
        name="refund_promised_not_received",
        templates=(
            "o estorno que prometeram não caiu no cartão até hoje",
            "disseram que iam devolver o valor cobrado a mais e nada",
            "o reembolso de {amount} que aprovaram ainda não apareceu na conta",
            "me garantiram o crédito na próxima fatura e ela veio cheia",
            "cadê a devolução da cobrança indevida que vocês reconheceram?",
            "falaram que o desconto do erro vinha esse mês e não veio",
        ),
        details=(
            "a atendente confirmou o erro {date}",
            "tenho o número do protocolo",
            "quero o dinheiro de volta",
        ),
    ),
    Family(
        name="wrong_charge_maxed_card_today",
        templates=(
            "a cobrança indevida de vocês estourou o limite do meu cartão e preciso dele hoje",
            "debitaram {amount} a mais e fiquei sem saldo pra pagar o aluguel que vence hoje",
            "essa cobrança errada travou meu cartão, preciso do estorno agora",
            "por causa do valor cobrado errado minha conta ficou no negativo, resolvam hoje",
            "cobraram em dobro no débito e o mercado de hoje não passou, preciso do dinheiro já",
            "o valor errado bloqueou meu limite e tenho uma compra pra pagar ainda hoje",
        ),
        details=(
            "o certo era {amount}",
            "tenho o extrato aqui",
            "não autorizei essa cobrança",
        ),
        urgent=True,
    ),
    Family(
        name="bill_arrived_wrong_value",
        templates=(
            "a fatura chegou, sim, mas com o valor errado de novo, que saco",
            "recebi a conta e não é o que eu pago, vieram {amount} de novo, cansei disso",
            "não quero segunda via, quero que corrijam o valor dessa fatura que veio errada",
            "o boleto chegou certinho no e-mail, o problema é o valor, que tá errado outra vez",
            "a conta veio no prazo mas com cobrança a mais, todo mês tenho que reclamar",
            "chegou a fatura com {amount}, sendo que o combinado é outro, de novo isso",
        ),
        details=(
            "não vou pagar o valor errado",
            "quero a fatura corrigida",
            "o contrato diz outro valor",
        ),
        sentiment="frustrated",
    ),
)

_NEGOTIATION: tuple[Family, ...] = (
    Family(
        name="split_debt",
        templates=(
            "dá pra parcelar minha dívida em {installments}?",
            "queria parcelar as faturas atrasadas",
            "tem como dividir o que eu devo em {installments}?",
            "consigo pagar o débito em parcelas?",
            "quero negociar o parcelamento das contas em aberto",
            "vocês parcelam no cartão o valor atrasado?",
            "aceitam dividir a dívida em umas {installments} no boleto?",
            "consigo dar uma entrada e parcelar o resto?",
        ),
        details=(
            "são duas faturas em aberto",
            "consigo pagar uns {amount} por mês",
            "quero voltar a ficar em dia",
        ),
    ),
    Family(
        name="change_due_date",
        templates=(
            "quero mudar o vencimento da minha fatura pro dia 10",
            "dá pra trocar a data de vencimento?",
            "gostaria de alterar o dia de pagamento da mensalidade",
            "meu boleto vence dia 5, consigo passar pro dia 20?",
            "como faço pra mudar a data da fatura?",
            "tem como o vencimento ser no fim do mês?",
            "queria que a conta vencesse dia 15 em vez de dia 1º",
        ),
        details=(
            "pode ser a partir do mês que vem",
            "se tiver diferença proporcional, tudo bem",
        ),
    ),
    Family(
        name="due_date_vs_payday",
        templates=(
            "recebo só dia 5 e o boleto vence dia 1º, sempre atraso por causa disso",
            "meu salário cai no quinto dia útil, a fatura podia vencer depois",
            "sou aposentado e recebo no dia 25, dá pra ajustar o vencimento pra depois disso?",
            "sempre pago com juros porque a conta vence antes do meu pagamento",
            "o vencimento não bate com o dia que eu recebo, tem como resolver?",
            "mudou o dia do meu pagamento no serviço, a fatura precisava vencer mais no fim do mês",
        ),
        details=(
            "não é falta de dinheiro, é só a data mesmo",
            "troquei de emprego recentemente",
        ),
    ),
    Family(
        name="loyal_customer_discount",
        templates=(
            "sou cliente há {months}, tem como fazer um desconto na mensalidade?",
            "pago em dia faz tempo, vocês não dão um desconto pra cliente antigo?",
            "tem alguma condição especial pra quem é cliente fiel?",
            "queria ver se consigo baixar um pouco o valor da fatura",
            "há {months} com vocês e nunca ganhei um descontinho, rola?",
            "consegue melhorar o preço pra mim? sempre fui bom pagador",
        ),
        details=(
            "nunca atrasei uma fatura",
            "indiquei vários vizinhos pra vocês",
        ),
    ),
    Family(
        name="financial_hardship",
        templates=(
            "perdi o emprego e não tô conseguindo pagar a internet, o que dá pra fazer?",
            "tô passando por um aperto financeiro, tem como facilitar o pagamento?",
            "fiquei desempregado, consigo uma condição melhor até me reorganizar?",
            "tive uma despesa de saúde inesperada e atrasei as contas, dá pra negociar?",
            "esse mês a grana tá curta, tem alguma forma de me ajudar com a fatura?",
            "minha renda caiu muito, preciso de uma saída pra não ficar sem internet",
            "não consigo pagar o valor cheio agora, mas não quero ficar devendo",
        ),
        details=(
            "preciso da internet pra procurar emprego",
            "meus filhos estudam pela internet",
            "sempre paguei certinho até agora",
        ),
    ),
    Family(
        name="competitor_price_match",
        templates=(
            "{provider} tá me oferecendo {plan} por menos, vocês cobrem a oferta?",
            "recebi uma proposta mais barata, conseguem igualar o valor?",
            "{provider} cobra bem menos pelo mesmo plano, dá pra baixar o meu?",
            "minha vizinha paga menos com {provider}, vocês fazem um preço melhor?",
            "se vocês chegarem perto do preço que {provider} me passou, eu continuo",
            "tenho uma oferta na mão mais em conta, tem como vocês fazerem um desconto?",
        ),
        details=(
            "gosto do serviço, por isso tô perguntando antes",
            "a diferença dá uns {amount} por mês",
        ),
    ),
    Family(
        name="overdue_settlement",
        templates=(
            "tô com {months} de atraso e quero fazer um acordo",
            "quero regularizar minha situação, tenho umas faturas em aberto",
            "queria fazer um acordo pra quitar o que eu devo e voltar a ter internet",
            "tenho conta atrasada com vocês, qual proposta vocês fazem?",
            "como faço pra negociar o débito e religar a internet?",
            "quero limpar minha pendência, me passa as opções de acordo",
        ),
        details=(
            "a internet tá cortada desde o mês passado",
            "agora consegui me organizar",
        ),
    ),
    Family(
        name="extend_deadline",
        templates=(
            "tem como eu pagar só semana que vem sem cortar a internet?",
            "preciso de mais uns dias pra pagar, dá pra segurar o bloqueio?",
            "consigo uma prorrogação do vencimento só esse mês?",
            "vou receber dia 15, vocês esperam até lá sem suspender?",
            "dá pra adiar o pagamento dessa fatura uns 10 dias?",
            "não vou conseguir pagar no vencimento, posso pagar {weekday} que vem sem multa?",
            "posso pagar metade agora e o resto dia 20?",
        ),
        details=(
            "foi só um imprevisto esse mês",
            "no mês que vem volta tudo ao normal",
        ),
    ),
    Family(
        name="lump_sum_discount",
        templates=(
            "se eu pagar tudo à vista vocês tiram os juros?",
            "consegue um desconto pra quitar a dívida de uma vez?",
            "quero pagar o atrasado, mas sem a multa, tem como?",
            "pago hoje tudo se vocês aliviarem os juros",
            "qual o valor pra quitar à vista com desconto?",
            "dá pra negociar a retirada da multa se eu pagar agora?",
        ),
        details=(
            "recebi um dinheiro extra e quero me livrar dessa dívida",
            "a multa ficou quase o valor de uma mensalidade",
        ),
    ),
    # Hard case vs commercial.plan_change: keeps the plan, wants a lower price.
    Family(
        name="not_plan_change_negation",
        templates=(
            "não quero trocar de plano, quero um desconto no que eu já tenho",
            "não é pra diminuir a velocidade, é pra ver se o preço baixa",
            "não quero downgrade, só queria pagar um pouco menos no mesmo plano",
            "continuar com {plan} eu quero, só preciso que fique mais barato",
            "mudar de plano não, prefiro negociar o valor da mensalidade",
            "não quero plano menor, quero saber se rola um desconto",
        ),
        details=(
            "a velocidade que eu tenho é a que eu preciso",
            "o atendente anterior só me ofereceu plano mais fraco",
        ),
    ),
    # Hard case vs billing_dispute: the amount is right, the customer cannot pay it.
    Family(
        name="not_dispute_negation",
        templates=(
            "eu sei que a cobrança tá certa, o problema é que não consigo pagar tudo",
            "não tô contestando o valor, só preciso dividir",
            "o valor tá correto, mas preciso de mais prazo",
            "não é erro na fatura não, é que eu tô sem condições de pagar agora",
            "reconheço a dívida, quero só uma forma de pagar",
            "não discordo da conta, só queria negociar como pagar",
        ),
        details=(
            "sei que atrasei, não tô me fazendo de desentendido",
            "quero resolver do jeito certo",
        ),
    ),
    Family(
        name="tried_many_times",
        sentiment="frustrated",
        templates=(
            "já tentei negociar três vezes e ninguém resolve",
            "toda vez que peço pra parcelar me mandam ligar pra outro setor",
            "tô querendo pagar e vocês não me dão opção, que falta de vontade",
            "pedi pra mudar o vencimento {months} atrás e até hoje nada",
            "é muito difícil pagar vocês, ninguém aceita fazer acordo",
            "já expliquei minha situação mil vezes, alguém pode me dar uma proposta de verdade?",
        ),
        details=(
            "cada atendente me dá uma resposta",
            "já falei com {company} por todos os canais",
        ),
    ),
    # Hard case vs commercial.cancellation: the threat is leverage for a discount.
    Family(
        name="discount_or_i_leave",
        sentiment="frustrated",
        templates=(
            "se não fizerem um desconto eu vou fechar com {provider}",
            "ou baixam o preço ou eu cancelo, tá muito caro",
            "tô pagando caro demais, se não melhorar o valor eu saio",
            "vocês não querem perder cliente, né? então me dá um desconto",
            "com esse preço não dá, ou negociam comigo ou eu mudo de provedor",
            "vou cancelar se não tiver um desconto decente na mensalidade",
        ),
        details=(
            "já fiz a cotação com outras empresas",
            "não quero sair, mas do jeito que tá não dá",
        ),
    ),
    Family(
        name="price_outrage",
        sentiment="frustrated",
        templates=(
            "tá um absurdo o valor dessa internet, quero um desconto",
            "pagar {amount} nisso aqui é roubo, baixem esse preço",
            "essa mensalidade tá cara demais pro serviço que vocês entregam, quero negociar",
            "vocês ficaram loucos com esse preço? preciso de um desconto",
            "não dá mais pra pagar esse valor, é um assalto, vamos negociar",
            "cobrar isso tudo por uma internet comum é brincadeira, melhora esse preço aí",
        ),
        details=(
            "todo ano o preço sobe e o serviço continua igual",
            "com esse valor eu pago a conta de luz",
        ),
    ),
    Family(
        name="sarcasm_loyalty_penalty",
        sentiment="frustrated",
        templates=(
            "cliente novo ganha promoção e quem tá há {months} paga o dobro, que justo",
            "parabéns, quem paga em dia é o único que nunca ganha desconto",
            "adoro pagar mais caro que meu vizinho pela mesma internet, me dá um desconto também",
            "que bonito, pra cliente novo tem oferta e pra mim nada, cadê meu desconto?",
            "fidelidade pra quê, se o preço só aumenta? melhora esse valor aí",
            "sou praticamente sócio de vocês de tanto tempo pagando, merecia um desconto, né?",
        ),
        details=(
            "vi a propaganda de vocês com preço bem menor",
            "nunca ganhei nem um mês grátis",
        ),
    ),
    Family(
        name="credit_bureau_deadline",
        urgent=True,
        templates=(
            "meu nome vai pro Serasa, preciso negociar hoje",
            "recebi aviso de negativação, quero fazer acordo antes que suje meu nome",
            "preciso resolver a dívida hoje, vou fazer um financiamento e não posso ter pendência",
            "tô com o nome no SPC por causa da internet, quero parcelar urgente",
            "me avisaram que amanhã vai pro cartório, dá pra negociar agora?",
            "preciso quitar essa dívida essa semana pra conseguir alugar uma casa",
        ),
        details=(
            "a imobiliária pediu o nome limpo",
            "sei que a dívida é minha, só quero resolver logo",
        ),
    ),
    Family(
        name="avoid_cut_urgent",
        urgent=True,
        templates=(
            "vão cortar minha net amanhã e eu trabalho em home office, preciso parcelar o atraso",
            "a internet vai ser suspensa hoje, consigo negociar agora pra não perder?",
            "recebi o aviso de corte pra amanhã, dá pra fazer um acordo urgente?",
            "meu filho tem prova online essa semana, não posso ficar sem net, me ajuda a parcelar",
            "preciso da internet pra trabalhar, não deixa cortar, eu pago em {installments}",
            "é urgente, se cortar eu perco o trabalho, aceito qualquer parcelamento",
        ),
        details=(
            "atendo clientes por videochamada o dia todo",
            "consigo pagar uma parte hoje mesmo",
        ),
    ),
    # Hard case: praise wrapped around a discount request (satisfied, still negotiation).
    Family(
        name="praise_then_discount",
        sentiment="satisfied",
        templates=(
            "gosto muito da internet de vocês, mas tá pesando no bolso, tem algum desconto?",
            "o serviço é ótimo, nunca tive problema, só queria ver se dá pra baixar o preço",
            "adoro a internet, sério, mas preciso de um valor mais em conta pra continuar",
            "vocês atendem super bem, por isso queria negociar antes de pensar em qualquer coisa",
            "tô satisfeito com tudo, só o valor que podia ser um pouco menor",
            "obrigado sempre pela atenção, será que rola um desconto na mensalidade?",
        ),
        details=(
            "a internet nunca me deixou na mão",
            "o técnico que veio aqui foi super atencioso",
        ),
    ),
    Family(
        name="terse",
        templates=(
            "parcelar débito",
            "quero acordo",
            "muda meu vencimento",
            "desconto?",
            "negociar dívida",
            "mudar data do boleto",
        ),
        details=(
            "tô com fatura atrasada",
            "é pra internet de casa",
        ),
    ),
    # --- Everyday families added to widen vocabulary and situations. ---
    Family(
        name="waive_reconnection_fee",
        templates=(
            "dá pra tirar a taxa de religação? já vou pagar o atrasado",
            "se eu quitar hoje vocês isentam a taxa de reativação?",
            "tem como não cobrar a religação dessa vez?",
            "queria negociar essa taxa pra religar a internet, tá pesada",
            "pago a dívida, mas a taxa de religamento dá pra perdoar?",
            "consegue um desconto na taxa de reconexão?",
        ),
        details=(
            "foi a primeira vez que cortaram",
            "a taxa é quase metade da mensalidade",
            "já paguei a fatura atrasada",
        ),
    ),
    Family(
        name="redo_broken_agreement",
        urgent=True,
        templates=(
            "a parcela do acordo vence hoje e não vou conseguir pagar, dá pra renegociar agora?",
            "perdi uma parcela do parcelamento, o acordo caiu? preciso refazer urgente",
            "fiz acordo mês passado mas atrasei a segunda parcela, tem como refazer antes de "
            "cortarem?",
            "não consegui pagar a parcela do acordo, preciso de uma nova proposta hoje",
            "quebrei o acordo sem querer, dá pra reativar ainda hoje pra não perder o desconto?",
            "a parcela de {date} do acordo ficou em aberto, me ajudem a remarcar já",
        ),
        details=(
            "as outras parcelas eu paguei certinho",
            "meu pagamento atrasou no serviço",
            "se cair o acordo volta a dívida toda",
        ),
    ),
    Family(
        name="social_or_senior_discount",
        templates=(
            "tem desconto pra aposentado na mensalidade?",
            "sou de baixa renda, existe algum valor social pra internet?",
            "vocês fazem preço diferenciado pra estudante?",
            "recebo Bolsa Família, tem alguma tarifa mais barata pra quem tá no CadÚnico?",
            "sou pessoa com deficiência, tem algum benefício no valor da conta?",
            "tem desconto pra idoso? minha mãe tem 78 anos e paga a internet sozinha",
            "professor tem algum desconto na mensalidade?",
        ),
        details=(
            "posso mandar o comprovante do benefício",
            "a internet é pro meu neto estudar",
            "ganho um salário mínimo",
        ),
    ),
    Family(
        name="prepay_year_discount",
        templates=(
            "se eu pagar o ano inteiro adiantado tem desconto?",
            "quanto fica pra quitar {months} de uma vez com abatimento?",
            "pagando à vista o semestre vocês fazem um preço melhor?",
            "queria pagar o ano todo antecipado em troca de um desconto, rola?",
            "vocês dão desconto pra quem paga a anuidade de uma vez?",
            "tenho um dinheiro pra adiantar as mensalidades, consegue um valor menor por isso?",
        ),
        details=(
            "recebi um dinheiro de férias",
            "prefiro não me preocupar com boleto todo mês",
            "já sou cliente há bastante tempo",
        ),
    ),
    # Hard case vs billing_dispute: admits the delay, asks a favour (the fee is owed).
    Family(
        name="goodwill_waive_late_fee",
        templates=(
            "atrasei só dois dias, dá pra tirar os juros dessa vez?",
            "sei que paguei atrasado, mas nunca atrasei antes, consegue perdoar a multa?",
            "a culpa foi minha que esqueci de pagar, mas tem como aliviar os juros?",
            "reconheço o atraso, só queria ver se dá pra abonar a multa desse mês",
            "foi um esquecimento, dá uma força e tira esses encargos?",
            "paguei com {duration} de atraso, tem como não vir a multa na próxima fatura?",
        ),
        details=(
            "viajei e esqueci completamente",
            "sempre paguei antes do vencimento",
            "a multa não é alta, mas pesa",
        ),
    ),
    Family(
        name="complaint_title_negotiation",
        templates=(
            "Negociação de débito em atraso",
            "Solicitação de parcelamento de faturas",
            "Pedido de alteração da data de vencimento",
            "Proposta de acordo para quitação",
            "Pedido de desconto na mensalidade",
            "Renegociação de dívida com a operadora",
            "Revisão do valor da mensalidade para cliente antigo",
        ),
        details=(
            "aguardo contato com as opções disponíveis",
            "tenho interesse em regularizar a situação",
            "sou cliente há {months}",
        ),
    ),
    Family(
        name="slang_haggling",
        templates=(
            "faz um precinho camarada pra mim aí",
            "dá uma choradinha no valor da internet?",
            "alivia aí na mensalidade, tá puxado",
            "rola um desconto maneiro pra quem tá com vocês faz tempo?",
            "dá pra dar uma força no preço? tá osso pagar",
            "quebra essa pra mim, baixa um pouquinho a conta",
            "tem como dar uma melhorada nesse valor aí, patrão?",
            "bah, tá salgado, tem como fazer um desconto, tchê?",
        ),
        details=(
            "a grana tá curta esse mês",
            "sou cliente das antigas",
            "indico vocês pra geral se melhorar",
        ),
    ),
    Family(
        name="unify_due_dates",
        templates=(
            "tenho dois contratos com vocês, dá pra deixar os dois vencendo no mesmo dia?",
            "queria juntar o vencimento da internet de casa com o da loja",
            "a internet e a TV vencem em dias diferentes, consegue alinhar as datas?",
            "dá pra unificar as duas faturas num boleto só com um vencimento?",
            "pago a internet da minha mãe e a minha, queria as duas vencendo no dia 10",
            "consigo colocar todos os meus pontos no mesmo dia de pagamento?",
        ),
        details=(
            "fica mais fácil de organizar",
            "os dois estão no meu CPF",
            "sempre esqueço uma das duas",
        ),
    ),
    Family(
        name="collection_agency_harassment",
        sentiment="frustrated",
        templates=(
            "a empresa de cobrança de vocês me liga dez vezes por dia, quero negociar direto e "
            "acabar com isso",
            "chega de assessoria de cobrança me ligando de madrugada, me passem uma proposta de "
            "acordo logo",
            "tô sendo perseguido por ligação de cobrança, quero parcelar e ter paz",
            "essa terceirizada de cobrança é um inferno, quero fazer o acordo com vocês mesmo",
            "não aguento mais mensagem de cobrança, me dá uma opção de parcelamento decente e para "
            "de ligar",
            "ligam até no meu trabalho cobrando, que vergonha, vamos negociar essa dívida de uma "
            "vez",
        ),
        details=(
            "já bloqueei uns cinco números",
            "a dívida é de {months} atrás",
            "quero pagar, só não aceito esse assédio",
        ),
    ),
    # Hard case vs commercial.new_subscription: wants service back, the blocker is an old debt.
    Family(
        name="old_debt_new_job",
        urgent=True,
        templates=(
            "comecei num emprego home office e tenho débito antigo com vocês, como negocio rápido?",
            "quero voltar a ser cliente urgente, mas ficou uma dívida do endereço antigo, dá pra "
            "parcelar hoje?",
            "tenho pendência antiga com vocês e preciso de internet essa semana pra trabalhar, "
            "qual o acordo?",
            "o sistema não deixa eu assinar de novo por causa de uma conta velha, quero negociar "
            "agora",
            "a faculdade começa amanhã e devo umas faturas antigas, vamos fazer um acordo pra eu "
            "religar?",
            "me recusaram a instalação por dívida antiga, consigo quitar parcelado ainda hoje?",
        ),
        details=(
            "a dívida ficou quando eu mudei de cidade",
            "agora tô com a vida organizada",
            "a vaga é cem por cento remota",
        ),
    ),
    Family(
        name="interest_snowball",
        sentiment="frustrated",
        templates=(
            "a dívida era {amount} e com esses juros virou o triplo, assim ninguém consegue pagar, "
            "vamos negociar",
            "os juros de vocês são um absurdo, a conta atrasada não para de crescer, quero um "
            "acordo sem isso",
            "devo duas mensalidades e querem me cobrar quase o dobro, que palhaçada, faz uma "
            "proposta justa",
            "essa bola de neve de multa e juros não dá, quero pagar o valor original parcelado",
            "cada dia que passa a dívida aumenta, isso é agiotagem, me dá uma condição de pagar",
            "o valor pra quitar ficou maior que {months} de internet, sem condição, quero "
            "renegociar",
        ),
        details=(
            "o valor original eu reconheço",
            "cada ligação me passam um valor maior",
            "quero sair dessa dívida de uma vez",
        ),
    ),
    Family(
        name="proposal_too_high",
        sentiment="frustrated",
        templates=(
            "a proposta de acordo que vocês mandaram é piada, a parcela é maior que a mensalidade",
            "me ofereceram parcelar em {installments} com juros que dá mais que a dívida, não "
            "quero isso",
            "essa entrada que vocês pedem no acordo é impossível, quem tem dinheiro pra isso não "
            "tava devendo",
            "o acordo que o atendente ofereceu é pior que pagar à vista com multa, querem me "
            "enganar?",
            "não aceito essa negociação, o desconto é de mentira, manda outra proposta",
            "vocês chamam isso de condição especial? a parcela ficou mais cara que o plano",
        ),
        details=(
            "eu consigo pagar uns {amount} por mês no máximo",
            "a primeira proposta era melhor que essa",
            "já disse que quero pagar, só que dentro do possível",
        ),
    ),
    Family(
        name="split_installation_fee",
        templates=(
            "a taxa de instalação ficou pesada, dá pra dividir nas próximas mensalidades?",
            "consigo parcelar a taxa de adesão em {installments}?",
            "tem como diluir o valor da instalação nas faturas?",
            "não tenho como pagar a instalação de uma vez, aceita parcelado?",
            "a taxa do técnico veio toda na primeira conta, posso pagar aos poucos?",
            "dá pra jogar metade da taxa de instalação pro mês que vem?",
        ),
        details=(
            "a instalação foi {date}",
            "eu sabia da taxa, só não esperava vir tudo junto",
            "a mensalidade em si eu consigo pagar",
        ),
    ),
    Family(
        name="caps_debt_pressure",
        templates=(
            "PAREM DE ME LIGAR, EU QUERO NEGOCIAR",
            "me ligam todo dia cobrando mas ninguém quer fazer acordo",
            "quero pagar, mas do jeito que tá não dá, façam uma proposta decente",
            "esse juros de vocês é um roubo, quero parcelar sem isso",
            "vocês preferem não receber nada do que parcelar? que lógica",
            "já pedi pra negociar três vezes e ninguém me dá uma proposta",
            "cobrança todo dia no meu celular, mas parcelar que é bom nada",
        ),
        details=(
            "a dívida tá em {amount}",
            "consigo pagar em {installments}",
            "não tô fugindo de pagar",
        ),
        sentiment="frustrated",
    ),
    Family(
        name="voice_note_negotiation",
        templates=(
            "eu tô com duas faturas atrasadas e queria ver se dá pra parcelar",
            "então moça eu queria negociar o que eu tô devendo porque tá difícil pagar tudo de "
            "uma vez",
            "é que meu pagamento sai só dia 15 e a conta vence antes dá pra mudar a data",
            "eu queria saber se vocês fazem algum desconto pra pagar tudo à vista",
            "deixa eu ver com você se tem como dividir essa dívida em umas parcelas",
            "olha eu fiquei desempregado e queria ver alguma condição pra pagar o atrasado",
            "eu queria um acordo pra não ter o nome sujo sabe",
        ),
        details=(
            "tá em {amount} com os juros",
            "consigo dar uma entrada",
            "quero continuar com a internet",
        ),
    ),
    Family(
        name="abbreviated_negotiation",
        templates=(
            "da pra parcelar a divida?",
            "tem como mudar o vencimento pro dia 10?",
            "faz um desconto ai pfv",
            "qro negociar oq devo",
            "consigo pagar em {installments}?",
            "tem acordo p quem ta atrasado?",
            "vcs tiram os juros se eu pagar hj?",
        ),
        details=(
            "to devendo {months}",
            "salario cai dia 5",
            "qro resolver logo",
        ),
    ),
    Family(
        name="regional_negotiation",
        templates=(
            "oxe, dá pra dividir essa conta em umas vezes?",
            "uai, tem como dar uma aliviada nesse valor aí?",
            "bah, tô apertado esse mês, tem como parcelar tchê?",
            "me faz um precinho camarada pra quitar o atrasado, visse",
            "égua, tá puxado pagar tudo de uma vez, faz um acordo aí",
            "mano, dá um desconto pra eu quitar isso de vez",
        ),
        details=(
            "a conta acumulou de {months}",
            "pago uma parte agora",
            "o valor total é {amount}",
        ),
    ),
    Family(
        name="pay_with_thirteenth_salary",
        templates=(
            "recebo o décimo terceiro em dezembro, dá pra jogar a dívida pra lá?",
            "consigo quitar tudo quando sair minhas férias, vocês esperam até lá?",
            "quando cair a restituição do imposto eu pago, dá pra segurar até lá?",
            "posso pagar metade agora e o resto quando receber o décimo terceiro?",
            "meu acerto da firma sai mês que vem, dá pra combinar o pagamento pra essa data?",
            "tem como fazer um acordo pra eu pagar quando receber o FGTS?",
        ),
        details=(
            "a dívida tá em {amount}",
            "não quero ficar sem a internet até lá",
            "é certo que eu recebo",
        ),
    ),
    Family(
        name="serasa_offer",
        templates=(
            "vi uma oferta de vocês no Serasa Limpa Nome, ainda vale?",
            "apareceu no Serasa um desconto pra quitar a dívida com vocês",
            "o acordo que tá no Serasa é de {amount}, posso pagar por lá?",
            "recebi um SMS de acordo com desconto, é de vocês mesmo?",
            "no feirão de negociação tem uma proposta da empresa de vocês, como aceito?",
            "quero aceitar aquela proposta de quitação que apareceu no app do Serasa",
        ),
        details=(
            "é uma dívida antiga",
            "quero limpar meu nome",
            "dá pra parcelar em {installments} por lá",
        ),
    ),
)

FAMILIES: dict[str, tuple[Family, ...]] = with_train_only(
    {
        "financial.invoice_copy": _INVOICE_COPY,
        "financial.payment_confirmation": _PAYMENT_CONFIRMATION,
        "financial.billing_dispute": _BILLING_DISPUTE,
        "financial.negotiation": _NEGOTIATION,
    }
)
