"""Slot fillers for templates: `{plan}` in a template becomes e.g. "300 mega".

Slot names are a contract with the phrase banks; the values are free to grow.
"""

from __future__ import annotations

import random
from typing import Final

SLOTS: Final[dict[str, tuple[str, ...]]] = {
    # contracted plan, as customers write it
    "plan": (
        "100 mega",
        "200 mega",
        "300 mega",
        "400mb",
        "500 mega",
        "600 mega",
        "1 giga",
        "50 mega",
        "120 mega",
        "250mb",
        "plano de 350",
        "fibra de 700",
    ),
    # a measured speed (a number in Mbps, written bare)
    "speed": ("2", "5", "8", "10", "12", "15", "20", "30", "45", "3,5", "0,8", "60"),
    # money
    "amount": (
        "R$ 99,90",
        "R$ 129,90",
        "R$ 89,90",
        "R$ 149,00",
        "R$ 79,99",
        "119 reais",
        "R$ 199,90",
        "R$ 109,90",
        "150 reais",
        "R$ 69,90",
        "R$ 249,90",
        "R$99",
    ),
    # a calendar day or a relative date
    "date": (
        "dia 10",
        "dia 5",
        "dia 15",
        "dia 20",
        "dia 25",
        "ontem",
        "anteontem",
        "semana passada",
        "segunda-feira",
        "dia 1º",
        "sexta",
        "dia 28",
    ),
    "weekday": ("segunda", "terça", "quarta", "quinta", "sexta", "sábado"),
    # a time of day
    "time": (
        "8h",
        "9h da manhã",
        "10h",
        "meio-dia",
        "14h",
        "15h30",
        "16h",
        "18h",
        "19h",
        "de manhã",
        "à tarde",
        "no fim da tarde",
    ),
    # how long a problem has lasted
    "duration": (
        "2 dias",
        "3 dias",
        "uma semana",
        "5 dias",
        "10 dias",
        "2 semanas",
        "24 horas",
        "48 horas",
        "15 dias",
        "4 dias",
        "um mês",
        "6 horas",
    ),
    "neighbourhood": (
        "Centro",
        "Jardim América",
        "Vila Nova",
        "Boa Vista",
        "Santa Mônica",
        "Parque das Flores",
        "Bela Vista",
        "São José",
        "Cidade Alta",
        "Liberdade",
        "Jardim Europa",
        "Vila Operária",
    ),
    "city": (
        "Campinas",
        "Londrina",
        "Uberlândia",
        "Feira de Santana",
        "Juiz de Fora",
        "Caruaru",
        "Maringá",
        "Sorocaba",
        "Petrolina",
        "Joinville",
        "Anápolis",
        "Mossoró",
    ),
    "street": (
        "Rua das Palmeiras",
        "Av. Brasil",
        "Rua XV de Novembro",
        "Rua Sete de Setembro",
        "Av. Getúlio Vargas",
        "Rua Tiradentes",
        "Rua São Paulo",
        "Rua Amazonas",
    ),
    # customer-side equipment
    "equipment": (
        "roteador",
        "modem",
        "onu",
        "aparelho",
        "roteador wifi",
        "repetidor",
        "caixinha da fibra",
        "modem da fibra",
    ),
    # a device that is not connecting
    "device": (
        "celular",
        "notebook",
        "tv",
        "smart tv",
        "computador",
        "videogame",
        "tablet",
        "note do trabalho",
    ),
    # a competitor / other provider
    "provider": (
        "Vivo",
        "Claro",
        "Oi",
        "TIM",
        "outra operadora",
        "concorrente",
        "um provedor daqui do bairro",
        "Brisanet",
        "Algar",
        "Desktop",
    ),
    # extra products
    "addon": (
        "TV",
        "telefone fixo",
        "pacote de canais",
        "streaming",
        "ponto adicional",
        "IP fixo",
        "wifi mesh",
    ),
    # the provider's name, as customers write it
    "company": (
        "vcs",
        "vocês",
        "a empresa",
        "a operadora",
        "o provedor",
        "a NetFibra",
        "a Fibranet",
    ),
    "months": ("2 meses", "3 meses", "6 meses", "um ano", "8 meses", "4 meses"),
    "installments": ("3x", "4 vezes", "6x", "duas vezes", "5 parcelas", "10x"),
}


def fill(template: str, rng: random.Random) -> str:
    """Replace every `{slot}` in `template` with a random value of that slot."""
    return template.format_map({name: rng.choice(values) for name, values in SLOTS.items()})
