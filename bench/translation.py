"""Translation overhead against the OpenAI simulator with a slow model (800 ms a call by default).

Run: python bench/translation.py [--latency 0.8] [--n 50] [--hits 300] [--concurrent 50]
                                [--backend sqlite|postgres]
Targets: our overhead per request (total minus the model's time) p99 <= 10 ms; a cache hit <= 2 ms;
50 concurrent translations in <= 1.5 s wall time (about one model latency, not fifty).

Each request goes the whole way: glossary and cache look-ups, language detection, protected spans, the
real `openai.AsyncOpenAI` over HTTP to the simulator, restore, and the usage + cache write.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
import httpx2  # noqa: E402
import openai  # noqa: E402

from bot.db import database, migrate  # noqa: E402
from models.enums import Platform  # noqa: E402
from models.tenancy import Workspace  # noqa: E402
from workflows.ports import SystemClock  # noqa: E402
from workflows.translation.detect import warm_up  # noqa: E402
from workflows.translation.model import OpenAIChatModel  # noqa: E402
from workflows.translation.ports import Translator  # noqa: E402
from workflows.translation.service import TranslationService  # noqa: E402

PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REPLIES = [
    "Hola! Me encanta tu marca, pero cobro $300 por video. ¿Pueden enviarme el producto a Monterrey? 😍",
    "Obrigada! Recebi o produto ontem e adorei. Posso postar na sexta com o código ANA10?",
    "Hallo! Ich habe Interesse an einer Kooperation, schickt mir bitte mehr Infos an hans@studio.de",
    "Merci pour votre message ! Je suis intéressée, mais quel est votre budget ? #publicite",
    "Terima kasih! Saya tertarik, tapi tarif saya Rp 1.500.000 per video ya kak.",
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _run(args: argparse.Namespace, url: str) -> None:
    # The model runs in its own process, as a real endpoint would: its HTTP and JSON work is not ours.
    sim = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.simulators.openai",
        "--latency",
        str(args.latency),
        stdout=asyncio.subprocess.PIPE,
        cwd=str(ROOT),
    )
    assert sim.stdout is not None
    base_url = (await sim.stdout.readline()).decode().strip()
    translator = _translator(base_url)
    await migrate(url)
    try:
        async with database(url):
            workspace = await Workspace.create(
                platform=Platform.CONSOLE, external_key=f"bench-{uuid.uuid4().hex}"
            )
            await _measure(args, translator, workspace.id)
            await translator.flush()
    finally:
        await translator.aclose()
        sim.terminate()
        await sim.wait()


MODEL_SECONDS: list[float] = []  # the simulator's own time per call, from its response header


def _translator(base_url: str) -> TranslationService:
    """As bot/wiring.build_translator builds it, plus a response hook that reads the model's time."""

    async def model_time(response: httpx2.Response) -> None:
        MODEL_SECONDS.append(float(response.headers.get("x-simulator-seconds", "0")))

    client = openai.AsyncOpenAI(
        base_url=base_url,
        api_key="bench",
        max_retries=0,
        timeout=10,
        http_client=openai.DefaultAsyncHttpxClient(event_hooks={"response": [model_time]}),
    )
    return TranslationService(OpenAIChatModel(client, "bench-model", timeout_s=10), SystemClock())


async def _measure(args: argparse.Namespace, translator: Translator, ws: int) -> None:
    started = time.perf_counter()
    await asyncio.to_thread(warm_up)
    print(f"language models loaded in {time.perf_counter() - started:.2f} s (once per process)")
    await translator.translate(ws, "warm-up: connection and first queries " + REPLIES[0])

    overhead: list[float] = []
    texts = [f"{REPLIES[i % len(REPLIES)]} (#{i})" for i in range(args.n)]
    for text in texts:  # one at a time, all misses: total minus the time the model spent on it
        before = len(MODEL_SECONDS)
        t0 = time.perf_counter()
        await translator.translate(ws, text)
        overhead.append((time.perf_counter() - t0 - sum(MODEL_SECONDS[before:])) * 1000)
        # the usage/cache write runs after the answer is out; let it land before the next request so
        # each figure is one request's own latency (under load the writes share the connection)
        await translator.flush()

    hits: list[float] = []
    for i in range(args.hits):
        t0 = time.perf_counter()
        result = await translator.translate(ws, texts[i % len(texts)])
        hits.append((time.perf_counter() - t0) * 1000)
        assert result.cached, "a cache hit called the model"

    fresh = [f"{REPLIES[i % len(REPLIES)]} [concurrent {i}]" for i in range(args.concurrent)]
    t0 = time.perf_counter()
    results = await asyncio.gather(*(translator.translate(ws, t) for t in fresh))
    wall = time.perf_counter() - t0
    assert not any(r.cached for r in results)

    print(f"model latency (simulator): {args.latency * 1000:.0f} ms a call")
    print(
        f"overhead per request ({args.n} misses, one at a time): p50 {_pct(overhead, 0.5):.2f} ms, "
        f"p99 {_pct(overhead, 0.99):.2f} ms, max {max(overhead):.2f} ms  (target p99 <= 10 ms)"
    )
    print(
        f"cache hit ({args.hits}): p50 {_pct(hits, 0.5):.2f} ms, p99 {_pct(hits, 0.99):.2f} ms, "
        f"mean {statistics.fmean(hits):.2f} ms  (target <= 2 ms)"
    )
    print(f"{args.concurrent} concurrent translations: {wall:.2f} s wall  (target <= 1.5 s)")


async def _postgres_url() -> tuple[str, str]:
    name = f"creatorbot_bench_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", name


async def _drop(name: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--latency", type=float, default=0.8, help="model latency in seconds")
    parser.add_argument("--n", type=int, default=50, help="sequential cache misses for the overhead figure")
    parser.add_argument("--hits", type=int, default=300, help="cache hits to time")
    parser.add_argument("--concurrent", type=int, default=50)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    args = parser.parse_args()
    print(f"backend: {args.backend}")
    if args.backend == "postgres":
        url, name = await _postgres_url()
        try:
            await _run(args, url)
        finally:
            await _drop(name)
        return
    with tempfile.TemporaryDirectory() as tmp:
        await _run(args, f"sqlite://{Path(tmp) / 'bench.sqlite3'}")


if __name__ == "__main__":
    asyncio.run(main())
