"""A keyword classifier with the model client's interface, for API tests (our own seam).

It returns realistic, typed predictions: a clear keyword gives a confident distribution, a short
ambiguous follow-up gives a spread one, like a calibrated model would.
"""

from __future__ import annotations

import time

from gateway.clients.model_server import ClassifyResult, Prediction
from omnichat_model.taxonomy import SUB_INTENTS, intent_of

CLEAR = (
    ("cobrança indevida", "financial.billing_dispute"),
    ("cobrado a mais", "financial.billing_dispute"),
    ("segunda via", "financial.invoice_copy"),
    ("boleto", "financial.invoice_copy"),
    ("paguei", "financial.payment_confirmation"),
    ("parcelar", "financial.negotiation"),
    ("cai toda hora", "technical.intermittent"),
    ("sem internet", "technical.no_connection"),
    ("internet caiu", "technical.no_connection"),
    ("lenta", "technical.slow_connection"),
    ("wi-fi", "technical.wifi_equipment"),
    ("visita", "technical.technician_visit"),
    ("técnico", "technical.technician_visit"),
    ("contratar", "commercial.new_subscription"),
    ("mudar de plano", "commercial.plan_change"),
    ("cancelar", "commercial.cancellation"),
    ("endereço", "commercial.address_change"),
    ("receita", "other.out_of_scope"),
    ("bom dia", "other.greeting"),
    ("olá", "other.greeting"),
)
# Short follow-ups: the model splits its mass between plausible readings.
AMBIGUOUS = (
    ("bloqueado", {"technical.no_connection": 0.36, "financial.payment_confirmation": 0.30}),
    ("pix", {"financial.invoice_copy": 0.34, "financial.payment_confirmation": 0.32}),
    ("previsão", {"technical.technician_visit": 0.26, "technical.no_connection": 0.24}),
    ("mudar", {"commercial.plan_change": 0.32, "commercial.address_change": 0.30}),
)


def _distribution(peaks: dict[str, float]) -> dict[str, float]:
    rest = (1.0 - sum(peaks.values())) / (len(SUB_INTENTS) - len(peaks))
    return {s: peaks.get(s, rest) for s in SUB_INTENTS}


def predict(message: str) -> Prediction:
    """The keyword model's prediction for one message."""
    text = message.lower()
    probs = _distribution({"other.out_of_scope": 0.2})
    for keyword, sub_intent in CLEAR:
        if keyword in text:
            probs = _distribution({sub_intent: 0.93})
            break
    else:
        for keyword, peaks in AMBIGUOUS:
            if keyword in text:
                probs = _distribution(peaks)
                break
    sub_intent = max(probs, key=probs.__getitem__)
    frustrated = any(w in text for w in ("absurdo", "péssimo", "!!!"))
    urgent = "urgente" in text
    sentiment = {"frustrated": 0.1, "neutral": 0.8, "satisfied": 0.1}
    if frustrated:
        sentiment = {"frustrated": 0.85, "neutral": 0.1, "satisfied": 0.05}
    intents = {i: 0.0 for i in ("technical", "financial", "commercial", "other")}
    for s, p in probs.items():
        intents[intent_of(s)] += p
    return Prediction.model_validate(
        {
            "intent": intent_of(sub_intent),
            "sub_intent": sub_intent,
            "sentiment": max(sentiment, key=sentiment.__getitem__),
            "urgent": urgent,
            "confidence": probs[sub_intent],
            "urgency_probability": 0.9 if urgent else 0.05,
            "probabilities": {"sub_intent": probs, "intent": intents, "sentiment": sentiment},
            "model": {"name": "keyword-test-model", "version": "1"},
            "inference_ms": 0.1,
        }
    )


class KeywordModelClient:
    """`ModelClient` backed by `predict`; counts calls so tests can assert on them."""

    def __init__(self) -> None:
        self.calls = 0

    def classify(self, messages: list[str]) -> ClassifyResult:
        """Predict every message."""
        self.calls += 1
        started = time.perf_counter()
        predictions = [predict(m) for m in messages]
        return ClassifyResult(predictions, (time.perf_counter() - started) * 1000)

    def ready(self) -> bool:
        """Always ready."""
        return True
