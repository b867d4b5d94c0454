"""Encoder speed on short pt-BR support messages: one message (latency) and batches of 64.

Each encoder is measured in its own subprocess, because PyTorch's idle OpenMP threads slow
ONNX Runtime down when both live in one process. Missing encoder folders are prepared first
(offline). Run from the repository root:

    .venv/bin/python benchmarks/encoder_speed.py [--names e5-small-enpt minilm-l6] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script: make the project's packages importable
    sys.path.insert(0, str(REPO))

from omnichat_model.encoders import OnnxEncoder, load_encoder, read_encoder_spec  # noqa: E402

# Written for this benchmark in the style of WhatsApp / web-chat messages to an ISP.
MESSAGES = [
    "boa tarde, minha internet ta sem sinal desde ontem",
    "a net caiu dnv, ja reiniciei o modem 3x e nada",
    "internet muito lenta, contratei 300 mega e chega 20",
    "o wifi fica caindo toda hora, principalmente de noite",
    "a luz do roteador ta piscando vermelho, o que eu faço?",
    "quando o técnico vem? ja faz 2 dias que to esperando",
    "preciso da segunda via do boleto de março",
    "me manda a fatura por email pfv",
    "paguei ontem pelo pix e a internet continua bloqueada",
    "vcs cobraram duas vezes esse mês, quero meu dinheiro de volta",
    "tem como parcelar a conta atrasada?",
    "quero negociar minha divida",
    "quanto custa o plano de 500 mega?",
    "vcs atendem no bairro jardim américa?",
    "quero trocar pro plano de 1 giga",
    "dá pra diminuir meu plano? ta caro demais",
    "quero cancelar a internet",
    "vou mudar de casa mês que vem, como faço pra levar a internet?",
    "bom dia",
    "oi, tudo bem?",
    "obrigado, resolveu!",
    "vcs vendem celular?",
    "ABSURDO!!! 3 DIAS SEM INTERNET E NINGUEM RESOLVE",
    "pessimo atendimento, vou no procon",
    "trabalho de casa e preciso da internet urgente, to perdendo dinheiro",
    "a internet volta e cai a cada 5 minutos",
    "o sinal do wifi não chega no quarto",
    "o técnico não apareceu no horário marcado",
    "qual o valor da minha fatura?",
    "não reconheço essa cobrança de 49,90",
    "consigo um desconto pra pagar à vista?",
    "quero assinar a fibra",
    "qual a multa pra cancelar?",
    "mudei de endereço, preciso transferir a instalação",
    "valeu pela ajuda 👍",
    "ta tudo parado aqui, nem o whatsapp abre",
    "o ping ta altissimo nos jogos",
    "esqueci a senha do wifi",
    "o comprovante de pagamento eu mando por aqui?",
    "quero falar com um atendente humano",
]
RUNTIMES = ("torch", "onnx", "onnx-int8", "onnx-int8-token")


def measure(folder: Path, threads: int, singles: int, batched_int8: bool) -> dict[str, Any]:
    """Latency of one message and throughput in batches of 64 for the encoder in `folder`."""
    if batched_int8:  # the int8 graph fed whole batches: faster, but batch-dependent vectors
        spec = read_encoder_spec(folder)
        encoder = OnnxEncoder(folder, spec.prefix, spec.max_length, threads, name=spec.name)
    else:
        encoder = load_encoder(folder, threads=threads)
    for text in MESSAGES[:10]:  # warm-up: first calls allocate and plan
        encoder.encode([text])
    latencies = []
    for i in range(singles):
        started = time.perf_counter()
        encoder.encode([MESSAGES[i % len(MESSAGES)]])
        latencies.append((time.perf_counter() - started) * 1000)
    texts = MESSAGES * 16  # 640 messages = 10 batches of 64
    rates = []
    for _ in range(3):
        started = time.perf_counter()
        encoder.encode(texts, batch_size=64)
        rates.append(len(texts) / (time.perf_counter() - started))
    return {
        "encoder": encoder.name + (" [int8, batched graph]" if batched_int8 else ""),
        "median_ms": statistics.median(latencies),
        "p95_ms": float(np.percentile(latencies, 95)),
        "msgs_per_s_batch64": statistics.median(rates),
    }


def _measure_in_subprocess(
    folder: Path, threads: int, singles: int, batched_int8: bool
) -> dict[str, Any]:
    command = [sys.executable, __file__, "--one", str(folder), "--threads", str(threads)]
    command += ["--singles", str(singles)] + (["--batched-int8"] if batched_int8 else [])
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO / "models" / "encoders")
    parser.add_argument("--names", nargs="+", default=["e5-small-enpt", "minilm-l6"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--singles", type=int, default=200)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--batched-int8", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.threads, args.singles, args.batched_int8)))
        return

    from training.encoders.prepare import prepare_encoder

    print(f"{len(MESSAGES)} distinct pt-BR messages, {args.threads} threads, one process each")
    print(f"{'encoder':48s} {'median ms':>10s} {'p95 ms':>8s} {'msgs/s @64':>11s}")
    for name in args.names:
        for runtime in RUNTIMES:
            folder = prepare_encoder(name, runtime, args.root)
            variants = [False, True] if runtime == "onnx-int8" else [False]
            for batched in variants:
                row = _measure_in_subprocess(folder, args.threads, args.singles, batched)
                print(
                    f"{row['encoder']:48s} {row['median_ms']:10.2f} {row['p95_ms']:8.2f} "
                    f"{row['msgs_per_s_batch64']:11.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
