"""Load benchmark of the model server: latency and throughput at several concurrency levels.

Starts `bentoml serve` itself on a free port (MLflow store and model URI from the options,
default the repository's champion), sends realistic pt-BR messages (one per request, as the
gateway does for chat) at each concurrency level for a fixed number of requests, prints
p50/p95/p99 latency, throughput and errors, then the in-process model time for the same
messages and the server/in-process ratio at concurrency 1, and stops the server.

    .venv/bin/python benchmarks/serve_load.py                       # the repo's champion
    .venv/bin/python benchmarks/serve_load.py --tracking-uri sqlite:////tmp/x/mlflow.db

A script, not a test: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import aiohttp
import numpy as np

from omnichat_model.registry import DEFAULT_MODEL_URI
from serving.launcher import running_server
from serving.settings import ServingSettings

BENCH_MESSAGES: Final[tuple[str, ...]] = (
    "minha internet caiu, luz vermelha piscando no modem",
    "boa tarde, to sem net desde ontem a noite",
    "SEM INTERNET DE NOVO!!! ja é a terceira vez essa semana",
    "oi, a fibra rompeu aqui na rua, vcs ja sabem?",
    "o modem ta com a luz LOS vermelha, o que eu faço",
    "nada de internet aqui no bairro, é geral?",
    "internet lenta demais, nao abre nem o whatsapp",
    "contratei 600 mega e o teste da 40, pq?",
    "a net ta uma carroça hj, impossivel trabalhar em home office",
    "velocidade muito abaixo do contratado a noite",
    "a conexao fica caindo toda hora, volta e cai de novo",
    "de 10 em 10 minutos a internet desconecta, ta insuportavel",
    "o jogo online fica travando, ping la em cima e cai a conexao",
    "o wifi nao pega no quarto, só perto do roteador",
    "esqueci a senha do wi-fi, como troco?",
    "roteador queimou depois da chuva, nao liga mais",
    "a rede wifi sumiu da lista do celular",
    "quero agendar uma visita tecnica pra amanha de manha",
    "o tecnico marcou pra hoje e nao apareceu ate agora",
    "da pra remarcar a visita do tecnico pra sabado?",
    "preciso da segunda via do boleto desse mês",
    "me manda a fatura por email por favor",
    "cade o codigo de barras da conta de novembro?",
    "como eu baixo o boleto pelo app?",
    "ja paguei a fatura ontem pelo pix, segue o comprovante",
    "paguei dia 5 e ainda aparece em aberto no sistema",
    "o pagamento nao foi compensado? paguei na lotérica",
    "veio uma cobrança a mais na minha fatura que eu nao reconheço",
    "me cobraram duas vezes o mesmo mes, quero estorno",
    "ABSURDO cobrarem taxa de visita tecnica que eu nunca pedi",
    "o valor da conta veio maior que o combinado na venda",
    "to com 3 faturas atrasadas, da pra parcelar?",
    "quero negociar minha divida, tem desconto pra pagar a vista?",
    "fiquei desempregado e atrasei, consigo um acordo?",
    "quais planos de internet vcs tem pro meu endereço?",
    "quero contratar fibra, tem cobertura na rua das flores 120?",
    "quanto custa o plano de 1 giga com instalação?",
    "quero mudar pro plano de 500 mega",
    "da pra diminuir meu plano? ta caro demais pra mim",
    "queria fazer upgrade e colocar o combo com tv",
    "quero cancelar meu contrato",
    "como faço pra cancelar? vou mudar de operadora",
    "cancelem essa porcaria, cansei de ficar sem internet!!!",
    "tem multa se eu cancelar antes de 12 meses?",
    "vou me mudar mês que vem, da pra levar a internet?",
    "preciso transferir a instalação pro meu novo apartamento",
    "mudança de endereço, como funciona o agendamento?",
    "bom dia!",
    "oi tudo bem? alguem pode me ajudar?",
    "obrigado, resolveram rapidinho, atendimento nota 10",
    "valeu pela ajuda, ja voltou aqui",
    "vcs vendem celular parcelado?",
    "qual o telefone da prefeitura?",
    "alguem sabe o resultado do jogo de ontem?",
    "Prezados, venho por meio deste solicitar a segunda via da fatura com vencimento em "
    "10/11, pois não recebi o documento no meu e-mail cadastrado. Aguardo retorno. "
    "Atenciosamente, Mariana Souza.",
    "Boa noite. Sou cliente há 4 anos e nunca tive tantos problemas. Desde segunda-feira a "
    "internet cai várias vezes por dia, principalmente à noite, e já reiniciei o roteador "
    "inúmeras vezes. Trabalho de casa e estou sendo prejudicado. Peço uma solução urgente "
    "ou vou procurar o Procon. Att, Carlos.",
    "Olá, gostaria de informações sobre a mudança de titularidade e de endereço do meu "
    "contrato, pois estou me mudando para Campinas no próximo mês e gostaria de manter o "
    "mesmo plano. Quais documentos preciso enviar?",
    "Bom dia, recebi a fatura deste mês com um valor de R$ 189,90, mas o plano contratado é "
    "de R$ 99,90. Não autorizei nenhum serviço adicional. Solicito a correção e o reenvio "
    "do boleto com o valor correto.",
    "atendente: em que posso ajudar? cliente: a internet não funciona desde cedo, já tirei "
    "o modem da tomada e nada, a luz de internet continua apagada",
    "moço tô ligando pq a internet tá muito devagar e meu filho precisa pra escola",
)


@dataclass(frozen=True)
class LevelResult:
    """Client-side figures of one concurrency level."""

    concurrency: int
    requests: int
    errors: int
    latencies_ms: list[float]
    wall_s: float

    @property
    def throughput(self) -> float:
        return (self.requests - self.errors) / self.wall_s

    def line(self) -> str:
        p50, p95, p99 = np.percentile(self.latencies_ms, [50, 95, 99])
        return (
            f"c={self.concurrency:<3} n={self.requests:<5} p50={p50:7.2f} ms  p95={p95:7.2f} ms  "
            f"p99={p99:7.2f} ms  {self.throughput:7.1f} msg/s  errors={self.errors}"
        )


async def _run_level(url: str, concurrency: int, requests: int) -> LevelResult:
    latencies: list[float] = []
    errors = 0
    next_index = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def client() -> None:
            nonlocal next_index, errors
            while next_index < requests:
                message = BENCH_MESSAGES[next_index % len(BENCH_MESSAGES)]
                next_index += 1
                started = time.perf_counter()
                try:
                    async with session.post(
                        f"{url}/classify", json={"messages": [message]}
                    ) as response:
                        body = await response.json()
                        ok = response.status == 200 and len(body) == 1
                except (aiohttp.ClientError, TimeoutError):
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                errors += not ok

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return LevelResult(concurrency, requests, errors, latencies, wall)


def single_message_ms(predict: Callable[[list[str]], object], rounds: int) -> list[float]:
    """Milliseconds per `predict` call over BENCH_MESSAGES, one message per call."""
    times = []
    for _ in range(rounds):
        for message in BENCH_MESSAGES:
            started = time.perf_counter()
            predict([message])
            times.append((time.perf_counter() - started) * 1000)
    return times


def in_process_ms(tracking_uri: str, model_uri: str, threads: int, rounds: int) -> list[float]:
    """Model time per message, one message per call, as the server's classify runs it."""
    from serving.loader import load_registered

    model = load_registered(model_uri, tracking_uri, threads)
    return single_message_ms(model.classifier.predict, rounds)


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """--tracking-uri and --model-uri, defaulting to the repository's champion."""
    parser.add_argument(
        "--tracking-uri",
        default=os.environ.get("MLFLOW_TRACKING_URI", "sqlite:///mlruns/mlflow.db"),
    )
    parser.add_argument("--model-uri", default=DEFAULT_MODEL_URI)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_model_arguments(parser)
    parser.add_argument("--concurrency", default="1,8,32", help="comma-separated levels")
    parser.add_argument("--requests", type=int, default=600, help="requests per level")
    parser.add_argument("--warmup", type=int, default=100, help="untimed requests first")
    parser.add_argument("--threads", type=int, default=None, help="SERVING_ONNX_THREADS")
    parser.add_argument(
        "--batch-parallelism", type=int, default=None, help="SERVING_BATCH_PARALLELISM"
    )
    parser.add_argument("--workers", type=int, default=None, help="BentoML workers override")
    parser.add_argument("--log", type=Path, default=None, help="server log (default: temp)")
    args = parser.parse_args()
    levels = [int(level) for level in args.concurrency.split(",")]

    env = {"MLFLOW_TRACKING_URI": args.tracking_uri, "MODEL_URI": args.model_uri}
    if args.threads:
        env["SERVING_ONNX_THREADS"] = str(args.threads)
    if args.batch_parallelism:
        env["SERVING_BATCH_PARALLELISM"] = str(args.batch_parallelism)
    if args.workers:
        env["BENTOML_CONFIG_OPTIONS"] = f"services.omnichat_model_server.workers={args.workers}"
    threads = args.threads or ServingSettings().serving_onnx_threads

    # In-process first, so the two measurements never share the CPU.
    local = in_process_ms(args.tracking_uri, args.model_uri, threads, rounds=3)
    log_path = args.log or Path(tempfile.mkdtemp(prefix="serve_load_")) / "server.log"
    with log_path.open("wb") as log:
        started = time.perf_counter()
        with running_server(env=env, log=log) as server:
            ready_s = time.perf_counter() - started
            print(f"server ready in {ready_s:.1f} s: {server.readiness()}  (log: {log_path})")
            asyncio.run(_run_level(server.url, 4, args.warmup))
            results = [asyncio.run(_run_level(server.url, c, args.requests)) for c in levels]
    for result in results:
        print(result.line())
    local_p50, local_p95 = np.percentile(local, [50, 95])
    print(
        f"in-process model time, 1 message per call ({len(local)} calls): "
        f"p50={local_p50:.2f} ms  p95={local_p95:.2f} ms  "
        f"mean={statistics.fmean(local):.2f} ms"
    )
    first = next((r for r in results if r.concurrency == 1), None)
    if first is not None:
        server_p95 = float(np.percentile(first.latencies_ms, 95))
        print(f"server p95 / in-process p95 at c=1: {server_p95 / local_p95:.2f}x")


if __name__ == "__main__":
    main()
