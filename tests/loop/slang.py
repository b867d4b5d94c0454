"""Regional slang for cancelling ("meter o pé", "vazar", "picar a mula", "passar a régua"...)
that the tiny session model does not know: what agents correct, and what is kept to check.

The held-out messages use the same expressions in sentences no agent ever saw (other verbs around
them, "provedor"/"empresa" instead of "operadora"/"net"), so getting them right after retraining
means the model learned the slang, not the corrected strings.
"""

from __future__ import annotations

CANCELLATION = "commercial.cancellation"

# (message, sentiment the agent sets)
CORRECTED = (
    ("quero meter o pé dessa operadora", "neutral"),
    ("vou meter o pé dessa net, chega", "frustrated"),
    ("bora meter o pé, não quero mais essa net", "frustrated"),
    ("quero vazar dessa operadora", "neutral"),
    ("vou vazar dessa net, não aguento mais", "frustrated"),
    ("quero vazar daqui de vez", "neutral"),
    ("vou picar a mula dessa operadora", "neutral"),
    ("quero picar a mula dessa net", "neutral"),
    ("quero dar no pé dessa operadora", "neutral"),
    ("vou dar no pé dessa net logo", "neutral"),
    ("quero largar de mão essa net", "neutral"),
    ("vou largar de mão essa operadora de vez", "frustrated"),
    ("quero chutar o balde dessa net", "frustrated"),
    ("vou chutar o balde com essa operadora, fecha minha conta", "frustrated"),
    ("quero passar a régua nessa operadora", "neutral"),
    ("passa a régua no meu contrato que eu vou embora", "neutral"),
    ("quero dar um chega pra lá nesse contrato", "neutral"),
    ("vou dar um chega pra lá nessa operadora", "neutral"),
    ("já decidi, vou meter o pé desse plano", "neutral"),
    ("tô vazando dessa net no fim do mês", "neutral"),
    ("hoje eu pico a mula dessa operadora", "frustrated"),
    ("vou dar no pé desse contrato, não renovo", "neutral"),
    ("cansei dessa net, vou largar de mão", "frustrated"),
    ("é hoje que eu chuto o balde com essa net", "frustrated"),
    ("pode passar a régua na minha assinatura", "neutral"),
    ("quero meter o pé do meu plano de internet", "neutral"),
)

HELD_OUT = (
    "to querendo meter o pé dessa empresa hoje mesmo",
    "oxe, vou é meter o pé desse provedor",
    "tô pensando em vazar desse provedor",
    "minha vontade é vazar dessa empresa",
    "é hoje que eu pico a mula desse provedor",
    "acho que vou dar no pé desse provedor",
    "cansei, vou largar de mão esse provedor",
    "chega, vou chutar o balde com esse provedor",
    "pode passar a régua que eu tô indo embora desse provedor",
    "vou dar um chega pra lá nesse provedor",
)
