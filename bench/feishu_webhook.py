"""Feishu webhook throughput: `creatorbot serve` against a bare aiohttp handler, over loopback.

Run: python bench/feishu_webhook.py [--backend sqlite|postgres] [--rates 50,100,200,400,800,1600]
                                    [--step-seconds 4] [--events 10000]

Processes (all on this machine): the Feishu simulator (outbound target, limits not enforced), the web
process (`bot.serve.serve`, the function `creatorbot serve` runs, on a temporary database), a bare aiohttp
app answering 200, and — separately — a load process that posts signed + AES-encrypted
`im.message.receive_v1` events ("@bot 帮助", unique message ids, so every one is verified, decrypted,
deduped and answered with the help card) at rising rates, open loop, each rate for a few seconds.

A rate is *sustained* when every request got 200, the achieved rate is ≥ 95 % of the target and the ack
p99 stays ≤ 100 ms (a server falling behind queues requests and its latency climbs within the step).
The web process's Open API client gets a rate limiter with Feishu's limits lifted, so replies keep pace
and the measured cost per event includes the reply; with the real limits (50/s, 1000/min per app) a burst
like this queues replies for minutes instead (`--real-limits` shows that). `--outbound` picks the client.

Targets: ack p99 ≤ 20 ms at 200 events/s; max sustained ≥ 50 % of the bare handler's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.feishu_events builds the events exactly as Feishu does

import aiohttp  # noqa: E402
import loopback  # noqa: E402
from aiohttp import web  # noqa: E402
from loopback import (  # noqa: E402
    TARGET_P99_MS,
    TARGET_RATE,
    TARGET_RATIO,
    bench_database,
    drop_database,
    flush_redis,
    free_port,
    spawn,
    until_terminated,
    wait_healthy,
)

from tests.feishu_events import FeishuEvents  # noqa: E402

ENCRYPT_KEY, TOKEN, APP_ID, APP_SECRET = "bench encrypt key", "bench-token", "cli_bench", "bench-secret"
WARMUP_EVENTS, WARMUP_RATE = 1000, 200
CHATS = 50


# ------------------------------------------------------------------------------ child: simulator


async def run_simulator() -> None:
    from tests.simulators.feishu import FeishuSimulator

    sim = FeishuSimulator(app_id=APP_ID, app_secret=APP_SECRET, enforce_rate_limits=False)
    url = await sim.start()

    async def count(request: web.Request) -> web.Response:  # replies received: the lag in queue mode
        return web.json_response({"messages": len(sim.messages)})

    counter = web.Application()
    counter.router.add_get("/count", count)
    runner = web.AppRunner(counter, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"READY {url} http://127.0.0.1:{port}/count", flush=True)
    await until_terminated()
    await runner.cleanup()
    await sim.close()


# ---------------------------------------------------------------------------- child: web process


def share_http_client() -> None:
    """lark-oapi 1.7.5 opens a new `httpx.AsyncClient` per API call (core/http/transport.py::aexecute), and
    each one builds an SSL context, about 25 ms of CPU on the event loop. This bench-only patch hands every
    call one shared client, to show what the web process costs once the outbound side stops doing that."""
    import types

    import httpx
    import lark_oapi.core.http.transport as transport

    shared = httpx.AsyncClient()

    class _Shared:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        async def __aenter__(self) -> httpx.AsyncClient:
            return shared

        async def __aexit__(self, *exc: object) -> None:
            return None

    transport.httpx = types.SimpleNamespace(AsyncClient=_Shared)  # type: ignore[assignment]


class NullOutbound:
    """`--outbound null`: replies are built but not sent, to cost the inbound side alone."""

    async def send(self, target: object, reply: object, idempotency_key: str) -> object:
        from bot.core.outbound import Sent

        return Sent(message_ref="")

    async def update(self, message_ref: str, reply: object) -> None:
        return None

    async def bot_info(self) -> str:
        return "ou_bot"  # the bot FeishuEvents mentions


async def run_serve(port: int, outbound_kind: str, real_limits: bool) -> None:
    from bot.adapters.feishu.outbound import FeishuOutbound
    from bot.adapters.feishu.ratelimit import feishu_limits
    from bot.core.ratelimit import Limit, LocalRateLimiter
    from bot.serve import serve
    from bot.settings import Settings

    settings = Settings.from_env()
    assert settings.feishu is not None
    if outbound_kind == "shared":
        share_http_client()
    outbound: Any = None
    if outbound_kind == "null":
        outbound = NullOutbound()
    elif not real_limits:
        lifted = Limit(10**6, 1.0)
        limits = feishu_limits(app=(lifted,), chat=lifted, user=lifted, message=lifted)
        outbound = FeishuOutbound(settings.feishu, limiter=LocalRateLimiter(limits))
    await serve(settings, "127.0.0.1", port, outbound=outbound)


async def run_worker_child() -> None:
    """`--inbound queue`: the arq worker answering what the web process queued (Feishu's limits lifted
    like the web process's, so the figures cost the work and not the 50/s quota)."""
    from bot.adapters.feishu.outbound import FeishuOutbound
    from bot.adapters.feishu.ratelimit import feishu_limits
    from bot.core.ratelimit import Limit, LocalRateLimiter
    from bot.settings import Settings
    from bot.worker_process import WorkerOptions, run_worker

    settings = Settings.from_env()
    assert settings.feishu is not None
    lifted = Limit(10**6, 1.0)
    limits = feishu_limits(app=(lifted,), chat=lifted, user=lifted, message=lifted)
    outbound = FeishuOutbound(settings.feishu, limiter=LocalRateLimiter(limits))
    await run_worker(settings, WorkerOptions(max_jobs=200), outbound=outbound)


# -------------------------------------------------------------------------------- child: bare app


async def run_bare(port: int) -> None:
    async def handle(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({})

    app = web.Application(client_max_size=1024 * 1024)
    app.router.add_post("/feishu/events", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("READY", flush=True)
    await until_terminated()
    await runner.cleanup()


# ------------------------------------------------------------------------------------ child: load


@dataclass
class Step(loopback.Step):
    rss_mb: float = 0.0
    reply_lag: int | None = None  # events accepted but not yet answered (web process only)
    retried: bool = False  # failed once and was run again (this machine may be shared)


@dataclass
class LoadReport:
    steps: list[Step] = field(default_factory=list)
    warmup: Step | None = None
    rss_start_mb: float = 0.0
    rss_at_events_mb: float = 0.0
    events_total: int = 0
    rss_end_mb: float = 0.0
    final_lag: int | None = None
    drain_s: float = 0.0  # after the last step: until every accepted event was answered


def rss_mb(pid: int) -> float:
    if pid <= 0:
        return 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Load:
    def __init__(self, url: str, pid: int, events_mark: int, count_url: str = "") -> None:
        self.url, self.pid, self.events_mark = url, pid, events_mark
        self.count_url = count_url  # queue mode: replies are counted at the simulator, not in the web process
        self.feishu = FeishuEvents(
            verification_token=TOKEN, encrypt_key=ENCRYPT_KEY, app_id=APP_ID, tenant_key="tenant_bench"
        )
        self.total = 0
        self.report = LoadReport(rss_start_mb=rss_mb(pid))

    def bodies(self, n: int) -> list[tuple[bytes, dict[str, str]]]:
        docs = (
            self.feishu.message(
                "@_user_1 帮助", chat_id=f"oc_bench{i % CHATS}", message_id=f"om_{uuid.uuid4().hex}"
            )
            for i in range(n)
        )
        return [self.feishu.request(doc) for doc in docs]

    async def step(self, session: aiohttp.ClientSession, rate: int, seconds: float) -> Step:
        requests = self.bodies(max(1, int(rate * seconds)))
        latencies: list[float] = []
        result = Step(rate=rate, sent=len(requests))

        async def fire(body: bytes, headers: dict[str, str]) -> None:
            started = time.perf_counter()
            try:
                async with session.post(self.url, data=body, headers=headers) as response:
                    await response.read()
                    ok = response.status == 200
            except aiohttp.ClientError:
                ok = False
            latencies.append(time.perf_counter() - started)
            result.ok += ok
            result.errors += not ok
            self.total += 1
            if self.total == self.events_mark:
                self.report.rss_at_events_mb = rss_mb(self.pid)

        t0 = time.perf_counter()
        tasks = []
        for i, (body, headers) in enumerate(requests):
            delay = t0 + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(fire(body, headers)))
        await asyncio.gather(*tasks)
        result.seconds = time.perf_counter() - t0
        ms = sorted(x * 1000 for x in latencies)
        result.p50_ms, result.max_ms = statistics.median(ms), ms[-1]
        result.p99_ms = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        result.rss_mb = rss_mb(self.pid)
        return result

    async def reply_lag(self, session: aiohttp.ClientSession) -> int | None:
        """Events the web process accepted but has not answered yet (from its /metrics)."""
        try:
            async with session.get(self.url.replace("/feishu/events", "/metrics")) as response:
                if response.status != 200:
                    return None
                text = await response.text()
        except aiohttp.ClientError:
            return None
        received = _metric_sum(text, "creatorbot_events_received_total")
        answered = _metric_sum(text, "creatorbot_replies_sent_total", "creatorbot_send_errors_total")
        if self.count_url:
            try:
                async with session.get(self.count_url) as response:
                    answered = float((await response.json())["messages"])
            except (aiohttp.ClientError, ValueError, KeyError):
                return None
        return int(received - answered)


def _metric_sum(text: str, *names: str) -> float:
    total = 0.0
    for line in text.splitlines():
        name, _, value = line.partition(" ")
        if name.split("{")[0] in names:
            total += float(value)
    return total


async def run_load(
    url: str,
    pid: int,
    rates: Sequence[int],
    seconds: float,
    events_mark: int,
    warmup_rate: int,
    count_url: str = "",
    no_wait: bool = False,
) -> None:
    load = Load(url, pid, events_mark, count_url)
    connector = aiohttp.TCPConnector(limit=512)
    async with aiohttp.ClientSession(connector=connector) as session:
        load.report.warmup = await load.step(session, warmup_rate, WARMUP_EVENTS / warmup_rate)
        await asyncio.sleep(1.0)
        load.report.warmup.rss_mb = rss_mb(pid)
        for rate in rates:
            step = await load.step(session, rate, seconds)
            if not step.sustained:  # one more chance: a neighbour's burst should not end the ramp
                await asyncio.sleep(3.0)
                step = await load.step(session, rate, seconds)
                step.retried = True
            await asyncio.sleep(0.5)
            step.reply_lag = await load.reply_lag(session)
            load.report.steps.append(step)
            print(
                f"  {url}: {rate}/s p99 {step.p99_ms:.1f} ms, lag {step.reply_lag}",
                file=sys.stderr,
                flush=True,
            )
            if not step.sustained:
                break
        while load.total < events_mark:  # top up to the mark at the target rate
            await load.step(session, warmup_rate, min(5.0, (events_mark - load.total) / warmup_rate))
        await asyncio.sleep(1.0)
        drain_started = time.perf_counter()
        for _ in range(120 if not no_wait else 0):  # let the replies finish before the last RSS reading
            lag = await load.reply_lag(session)
            if not lag:
                break
            await asyncio.sleep(1.0)
        load.report.drain_s = time.perf_counter() - drain_started
        load.report.events_total = load.total
        load.report.rss_end_mb = rss_mb(pid)
        load.report.final_lag = await load.reply_lag(session)
    print(json.dumps(asdict(load.report)), flush=True)


# ---------------------------------------------------------------------------------- orchestrator


def _ready_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("READY"):
        raise SystemExit(f"child failed to start: {line!r}")
    return line.removeprefix("READY").strip()


def _load(url: str, pid: int, args: argparse.Namespace, count_url: str = "") -> LoadReport:
    rates = ",".join(str(r) for r in args.rates)
    extra = ["--url", url, "--pid", str(pid), "--rates", rates, "--step-seconds", str(args.step_seconds)]
    extra += ["--count-url", count_url] if count_url else []
    extra += ["--no-wait"] if args.inbound == "queue" and args.worker == "after" else []
    extra += ["--warmup-rate", str(args.warmup_rate)]
    process = spawn(__file__, "load", *extra, "--events", str(args.events))
    out, _ = process.communicate()
    data = json.loads(out.strip().splitlines()[-1])
    steps = [Step(**s) for s in data.pop("steps")]
    warmup = Step(**data.pop("warmup"))
    return LoadReport(steps=steps, warmup=warmup, **data)


def _max_sustained(report: LoadReport) -> int:
    return max((s.rate for s in report.steps if s.sustained), default=0)


def _print_report(name: str, report: LoadReport, *, web: bool) -> None:
    print(f"\n{name}")
    head = f"  {'rate/s':>7} {'achieved':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}"
    print(head + (f" {'RSS MB':>7} {'reply lag':>9}" if web else "") + "  sustained")
    for step in report.steps:
        line = (
            f"  {step.rate:>7} {step.achieved:>9.1f} {step.p50_ms:>8.2f} {step.p99_ms:>8.2f} "
            f"{step.max_ms:>8.1f} {step.errors:>7}"
        )
        if web:
            line += f" {step.rss_mb:>7.1f} {step.reply_lag if step.reply_lag is not None else '-':>9}"
        print(line + f"  {'yes' if step.sustained else 'NO'}{' (2nd try)' if step.retried else ''}")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    if args.role == "sim":
        asyncio.run(run_simulator())
        return 0
    if args.role == "serve":
        profile = os.environ.get("BENCH_PROFILE")  # a file: cProfile the web process, for finding costs
        if profile:
            import cProfile

            with cProfile.Profile() as profiler:
                try:
                    asyncio.run(run_serve(args.port, args.outbound, args.real_limits))
                finally:
                    profiler.dump_stats(profile)
        else:
            asyncio.run(run_serve(args.port, args.outbound, args.real_limits))
        return 0
    if args.role == "bare":
        asyncio.run(run_bare(args.port))
        return 0
    if args.role == "worker":
        profile = os.environ.get("BENCH_PROFILE_WORKER")
        if profile:
            import cProfile

            with cProfile.Profile() as profiler:
                try:
                    asyncio.run(run_worker_child())
                finally:
                    profiler.dump_stats(profile)
        else:
            asyncio.run(run_worker_child())
        return 0
    if args.role == "load":
        asyncio.run(
            run_load(
                args.url,
                args.pid,
                args.rates,
                args.step_seconds,
                args.events,
                args.warmup_rate,
                args.count_url,
                args.no_wait,
            )
        )
        return 0
    return orchestrate(args)


def orchestrate(args: argparse.Namespace) -> int:
    children: list[subprocess.Popen[str]] = []
    drain: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        url, pg_name = bench_database(args.backend, Path(tmp))
        try:
            sim = spawn(__file__, "sim")
            children.append(sim)
            sim_url, count_url = _ready_line(sim).split()
            web_port, bare_port = free_port(), free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("FEISHU_", "DATABASE_URL"))}
            env.update(
                DATABASE_URL=url,
                FEISHU_APP_ID=APP_ID,
                FEISHU_APP_SECRET=APP_SECRET,
                FEISHU_VERIFICATION_TOKEN=TOKEN,
                FEISHU_ENCRYPT_KEY=ENCRYPT_KEY,
                FEISHU_DOMAIN=sim_url,
            )
            if args.inbound == "queue":
                env.update(REDIS_URL=args.redis_url, INBOUND_MODE="queue")
                asyncio.run(flush_redis(args.redis_url))
                if args.worker == "during":  # on the load generator's core, not the web's
                    children.append(spawn(__file__, "worker", env=env))
            serve_args = ["--port", str(web_port), "--outbound", args.outbound]
            serve_args += ["--real-limits"] if args.real_limits else []
            web_proc = spawn(__file__, "serve", *serve_args, env=env)
            children.append(web_proc)
            asyncio.run(wait_healthy(web_port))
            bare = spawn(__file__, "bare", "--port", str(bare_port))
            children.append(bare)
            _ready_line(bare)
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            what = f"backend {args.backend}, inbound {args.inbound}, outbound {args.outbound}"
            print(f"{what}; {os.cpu_count()} CPUs, load {load}; each rate {args.step_seconds:g} s")
            counted = count_url if args.inbound == "queue" else ""
            web_report = _load(f"http://127.0.0.1:{web_port}/feishu/events", web_proc.pid, args, counted)
            if args.inbound == "queue" and args.worker == "after":
                worker = spawn(__file__, "worker", env=env)
                children.append(worker)
                drain = asyncio.run(_drain(count_url, web_report.events_total, web_report.final_lag or 0))
            bare_report = _load(f"http://127.0.0.1:{bare_port}/feishu/events", bare.pid, args)
        finally:
            for child in children:
                child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    child.kill()
            drop_database(pg_name)
    _summary(web_report, bare_report, args)
    if drain is not None:
        answered, seconds = drain
        if answered < web_report.events_total:
            print(f"WARNING: only {answered} of {web_report.events_total} queued events were answered")
        print(
            f"worker (started after the ramp, 1 process on the other core): answered the {answered} queued "
            f"events in {seconds:.1f} s = {answered / max(seconds, 1e-9):.0f}/s per worker process"
        )
    return 0


def _summary(web_report: LoadReport, bare_report: LoadReport, args: argparse.Namespace) -> None:
    _print_report(
        "creatorbot serve (verify + decrypt + dedupe + ack; help card sent after)", web_report, web=True
    )
    _print_report("bare aiohttp handler (read body, 200)", bare_report, web=False)
    web_max, bare_max = _max_sustained(web_report), _max_sustained(bare_report)
    at_target = next((s for s in web_report.steps if s.rate == TARGET_RATE), None)
    top = max(args.rates)
    bare_text = f"{bare_max}/s" + (" (the highest rate tried: a floor)" if bare_max == top else "")
    print(f"\nmax sustained: serve {web_max}/s, bare {bare_text}; ratio {web_max / max(bare_max, 1):.2f}")
    if at_target is not None:
        verdict = "PASS" if at_target.p99_ms <= TARGET_P99_MS else "MISS"
        print(
            f"ack at {TARGET_RATE}/s: p50 {at_target.p50_ms:.2f} ms, p99 {at_target.p99_ms:.2f} ms  {verdict}"
        )
    ratio_verdict = "PASS" if web_max >= TARGET_RATIO * bare_max else "MISS"
    print(f"sustained ≥ {TARGET_RATIO:.0%} of bare: {ratio_verdict}")
    assert web_report.warmup is not None
    r = web_report
    worker_after = args.inbound == "queue" and args.worker == "after"
    if r.final_lag and not worker_after:
        print(f"WARNING: {r.final_lag} events were accepted but never answered (ignored or failed)")
    replies = "" if worker_after else " and their replies"
    print(
        f"web process RSS: {r.rss_start_mb:.1f} MB at start, {r.warmup.rss_mb:.1f} MB after {WARMUP_EVENTS} "
        f"warm-up events at {args.warmup_rate}/s, {r.rss_at_events_mb:.1f} MB at {args.events} events, "
        f"{r.rss_end_mb:.1f} MB after {r.events_total} events{replies}"
    )


async def _drain(count_url: str, accepted: int, backlog: int) -> tuple[int, float]:
    """Wait until the simulator has as many replies as events were accepted; (replies, seconds)."""
    started = time.perf_counter()
    before = accepted - backlog
    async with aiohttp.ClientSession() as session:
        for _ in range(3000):
            async with session.get(count_url) as response:
                count = int((await response.json())["messages"])
            if count >= accepted:
                break
            await asyncio.sleep(0.1)
    return count - before, time.perf_counter() - started


def _rates(text: str) -> list[int]:
    return [int(x) for x in text.split(",")]


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--rates", type=_rates, default=[25, 50, 100, 200, 300, 400, 600, 800, 1200, 1600])
    parser.add_argument("--step-seconds", type=float, default=4.0)
    parser.add_argument("--events", type=int, default=10_000, help="read the web RSS at this many events")
    parser.add_argument("--real-limits", action="store_true", help="keep Feishu's outbound limits")
    parser.add_argument(
        "--inbound",
        choices=("queue", "inprocess"),
        default="queue",
        help="queue: INBOUND_MODE=queue, an arq worker process answers (the scale set-up); "
        "inprocess: the web process answers itself (the embedded set-up)",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9", help="queue mode: flushed first")
    parser.add_argument("--count-url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--no-wait", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--worker",
        choices=("after", "during"),
        default="after",
        help="queue mode: start the worker after the ramp (the web process measured alone, as on a web "
        "node; the worker's rate printed separately) or during it (both on this machine's 2 cores)",
    )
    parser.add_argument("--warmup-rate", type=int, default=WARMUP_RATE, help="rate of warm-up and top-up")
    parser.add_argument(
        "--outbound",
        choices=("lark", "shared", "null"),
        default="lark",
        help="lark: FeishuOutbound as shipped; shared: lark-oapi patched to reuse one HTTP client; "
        "null: replies built but not sent",
    )
    roles = ("sim", "serve", "bare", "load", "worker")
    parser.add_argument("--role", choices=roles, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--pid", type=int, default=0, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
