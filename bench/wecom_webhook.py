"""WeCom smart-bot callback throughput, and 100 reminders pushed into one group.

Run: python bench/wecom_webhook.py [--backend sqlite|postgres] [--rates 50,100,200,300,400,600,800,1200,1600]
                                   [--step-seconds 4] [--push-only] [--real-time]

Part 1 — the same method as bench/feishu_webhook.py: `creatorbot serve` (`bot.serve.serve`, WECOM_* set,
on a temporary database) and a bare aiohttp handler each get encrypted smart-bot callbacks ("@bot 帮助",
unique msgids, 50 group chats) over loopback, open loop, at rising rates. Every callback is verified,
decrypted, deduped in the database, answered by the dispatcher and returned as an encrypted stream reply
inside the HTTP response (WeCom's reply design chosen here), so the ack time includes the answer.
A rate is *sustained* when every request got 200, ≥ 95 % of the target rate was achieved and p99 ≤ 100 ms.
Targets: ack p99 ≤ 20 ms at 200 callbacks/s; max sustained ≥ 50 % of the bare handler's.

Part 2 — 100 reminders set by @mention for the same minute in one group, delivered by the real delivery
engine (`DeliveryLoop.run_once` → `OutboundNotifier` → `WeComOutbound`) to the WeCom simulator, which
enforces 20 pushes/min per key with 45009. By default time is virtual (the limiter sleeps by moving both
clocks; the HTTP calls are real), so the ~4 minutes take a second; `--real-time` waits them out.
Also shown: the same 100 sent concurrently (as arq workers do) coalesce into a few messages.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from loopback import (  # noqa: E402
    TARGET_P99_MS,
    TARGET_RATE,
    TARGET_RATIO,
    Step,
    bench_database,
    drop_database,
    flush_redis,
    free_port,
    spawn,
    until_terminated,
    wait_healthy,
)

from tests.wecom_callbacks import AES_KEY, TOKEN, WeComCallbacks  # noqa: E402

WARMUP, CHATS = 600, 50


# ------------------------------------------------------------------------------------- children


async def run_serve(port: int) -> None:
    from bot.serve import serve
    from bot.settings import Settings

    await serve(Settings.from_env(), "127.0.0.1", port)


async def run_worker_burst() -> None:
    """Queue mode: one worker process answers everything queued, then exits (timed by the parent)."""
    from bot.settings import Settings
    from bot.worker_process import WorkerOptions, run_worker

    await run_worker(Settings.from_env(), WorkerOptions(burst=True, max_jobs=200))


async def run_bare(port: int) -> None:
    async def handle(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="")

    app = web.Application(client_max_size=1024 * 1024)
    app.router.add_post("/wecom/callback", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print("READY", flush=True)
    await until_terminated()
    await runner.cleanup()


async def step(session: aiohttp.ClientSession, base: str, rate: int, seconds: float) -> Step:
    wecom = WeComCallbacks()
    requests = [
        wecom.request(wecom.text("帮助", chatid=f"wrbench{i % CHATS}", userid=f"u{i % 200}"))
        for i in range(max(1, int(rate * seconds)))
    ]
    result, latencies = Step(rate=rate, sent=len(requests)), []

    async def fire(path: str, body: bytes) -> None:
        started = time.perf_counter()
        try:
            async with session.post(base + path, data=body) as response:
                await response.read()
                ok = response.status == 200
        except aiohttp.ClientError:
            ok = False
        latencies.append(time.perf_counter() - started)
        result.ok += ok
        result.errors += not ok

    t0, tasks = time.perf_counter(), []
    for i, (path, body) in enumerate(requests):
        delay = t0 + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(fire(path, body)))
    await asyncio.gather(*tasks)
    result.seconds = time.perf_counter() - t0
    ms = sorted(x * 1000 for x in latencies)
    result.p50_ms, result.max_ms = statistics.median(ms), ms[-1]
    result.p99_ms = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return result


async def run_load(base: str, rates: Sequence[int], seconds: float) -> None:
    steps: list[Step] = []
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=512)) as session:
        await step(session, base, 200, WARMUP / 200)
        await asyncio.sleep(1.0)
        for rate in rates:
            result = await step(session, base, rate, seconds)
            if not result.sustained:  # one more chance: the machine may be shared
                await asyncio.sleep(3.0)
                result = await step(session, base, rate, seconds)
            steps.append(result)
            print(f"  {base}: {rate}/s p99 {result.p99_ms:.1f} ms", file=sys.stderr, flush=True)
            if not result.sustained:
                break
            await asyncio.sleep(0.5)
    print(json.dumps([s.__dict__ for s in steps]), flush=True)


# ---------------------------------------------------------------------------------- orchestrator


def _load(base: str, args: argparse.Namespace) -> list[Step]:
    rates = ",".join(str(r) for r in args.rates)
    steps = ("--step-seconds", str(args.step_seconds))
    process = spawn(__file__, "load", "--url", base, "--rates", rates, *steps)
    out, _ = process.communicate()
    return [Step(**s) for s in json.loads(out.strip().splitlines()[-1])]


def _print(name: str, steps: list[Step]) -> None:
    print(f"\n{name}")
    print(
        f"  {'rate/s':>7} {'achieved':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}  sustained"
    )
    for s in steps:
        print(
            f"  {s.rate:>7} {s.achieved:>9.1f} {s.p50_ms:>8.2f} {s.p99_ms:>8.2f} {s.max_ms:>8.1f}"
            f" {s.errors:>7}"
            f"  {'yes' if s.sustained else 'NO'}"
        )


def callbacks(args: argparse.Namespace) -> None:
    children: list[subprocess.Popen[str]] = []
    drained: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        url, pg_name = bench_database(args.backend, Path(tmp))
        try:
            web_port, bare_port = free_port(), free_port()
            env = {
                k: v for k, v in os.environ.items() if not k.startswith(("FEISHU_", "WECOM_", "DATABASE_"))
            }
            env.update(DATABASE_URL=url, WECOM_BOT_TOKEN=TOKEN, WECOM_BOT_AES_KEY=AES_KEY)
            if args.inbound == "queue":
                env.update(REDIS_URL=args.redis_url, INBOUND_MODE="queue")
                asyncio.run(flush_redis(args.redis_url))
            serve_proc = spawn(__file__, "serve", "--port", str(web_port), env=env)
            children.append(serve_proc)
            asyncio.run(wait_healthy(web_port))
            bare = spawn(__file__, "bare", "--port", str(bare_port))
            children.append(bare)
            assert bare.stdout is not None
            assert bare.stdout.readline().startswith("READY")
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            print(
                f"backend {args.backend}; {os.cpu_count()} CPUs, load {load}; "
                f"each rate {args.step_seconds:g} s"
            )
            served = _load(f"http://127.0.0.1:{web_port}", args)
            if args.inbound == "queue":  # the worker starts after the ramp: the web process measured alone
                started = time.perf_counter()
                worker = spawn(__file__, "worker", env=env)
                children.append(worker)
                worker.wait(timeout=1800)
                drained = (sum(s.sent for s in served), time.perf_counter() - started)
            bare_steps = _load(f"http://127.0.0.1:{bare_port}", args)
        finally:
            for child in children:
                child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    child.kill()
            drop_database(pg_name)
    what = (
        "claim + enqueue + an open encrypted stream; a worker answers into it"
        if args.inbound == "queue"
        else "dedupe + answer + encrypted stream reply"
    )
    _print(f"creatorbot serve, INBOUND_MODE={args.inbound} (verify + decrypt + {what})", served)
    _print("bare aiohttp handler (read body, empty 200)", bare_steps)
    web_max = max((s.rate for s in served if s.sustained), default=0)
    bare_max = max((s.rate for s in bare_steps if s.sustained), default=0)
    floor = " (the highest rate tried: a floor)" if bare_max == max(args.rates) else ""
    print(
        f"\nmax sustained: serve {web_max}/s, bare {bare_max}/s{floor}; "
        f"ratio {web_max / max(bare_max, 1):.2f}"
    )
    at = next((s for s in served if s.rate == TARGET_RATE), None)
    if at is not None:
        verdict = "PASS" if at.p99_ms <= TARGET_P99_MS else "MISS"
        print(f"ack at {TARGET_RATE}/s: p50 {at.p50_ms:.2f} ms, p99 {at.p99_ms:.2f} ms  {verdict}")
    print(
        f"sustained ≥ {TARGET_RATIO:.0%} of bare: {'PASS' if web_max >= TARGET_RATIO * bare_max else 'MISS'}"
    )
    if drained is not None:
        count, seconds = drained
        print(
            f"worker (one process, started after the ramp): answered the ~{count} queued callbacks into "
            f"their streams in {seconds:.1f} s (start-up included) = {count / max(seconds, 1e-9):.0f}/s"
        )


# --------------------------------------------------------------------------- part 2: 100 pushes


class VirtualTime:
    def __init__(self, sim: object) -> None:
        self.sim, self.t = sim, 0.0

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += seconds
        self.sim.advance(seconds)  # type: ignore[attr-defined]
        await asyncio.sleep(0)


async def pushes(real_time: bool) -> None:
    from datetime import timedelta

    from tortoise.context import tortoise_test_context

    from bot.adapters.wecom.outbound import WEBHOOK_LIMITS, ChatWebhookKeys, WeComOutbound
    from bot.core.outbound import SendTarget
    from bot.core.ratelimit import LocalRateLimiter
    from bot.core.types import ChatRef, InboundMessage, Sender
    from bot.jobs.inprocess import DeliveryLoop
    from bot.jobs.notifier import OutboundNotifier
    from bot.settings import Settings, WeComSettings
    from bot.wiring import build_dispatcher
    from handlers.due import DueCards
    from handlers.replies import Text
    from models import MODEL_MODULES
    from models.enums import DeliveryStatus, Platform
    from models.schedule import Delivery
    from models.secrets import Sealer
    from tests.conftest import FROZEN_AT
    from tests.simulators.wecom import PUSH_WINDOW_S, WeComSimulator
    from workflows.ports import FrozenClock

    key = "693a91f6-7f1e-4bc4-97a0-0ec2a1fa5aaa"
    chat = ChatRef(Platform.WECOM, "aib_bench", "wrbench")
    async with WeComSimulator() as sim, tortoise_test_context(MODEL_MODULES, db_url="sqlite://:memory:"):
        settings = Settings(wecom=WeComSettings(token=TOKEN, aes_key=AES_KEY, api_base=sim.url))
        clock = FrozenClock(FROZEN_AT)
        vt = VirtualTime(sim)
        limiter_for = (
            None
            if real_time
            else (lambda tag: LocalRateLimiter(WEBHOOK_LIMITS, clock=vt.now, sleep=vt.sleep))
        )
        outbound = WeComOutbound(
            sim.url, ChatWebhookKeys(Sealer(AES_KEY)), coalesce_s=0.0, limiter_for=limiter_for
        )
        loop = DeliveryLoop(OutboundNotifier({Platform.WECOM: outbound}, render=DueCards()), clock)
        dispatcher = build_dispatcher(settings, clock, scheduler=loop)

        async def say(text: str) -> None:
            await dispatcher.handle(
                InboundMessage(chat, Sender("alice", "alice"), text, uuid.uuid4().hex, clock.now())
            )

        await say(f"绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={key}")
        for n in range(100):
            await say(f"两小时后提醒我寄样 {n + 1}")
        clock.advance(timedelta(hours=2))
        started, t0 = time.perf_counter(), vt.t
        await loop.run_once()
        wall = time.perf_counter() - started
        elapsed = wall if real_time else vt.t - t0
        sent = await Delivery.filter(status=DeliveryStatus.SENT).count()
        stamps = [p.at for p in sim.pushes]
        worst = max(sum(1 for s in stamps if t <= s < t + PUSH_WINDOW_S) for t in stamps)
        minutes = [0] * (int((stamps[-1] - stamps[0]) // 60) + 1)
        for stamp in stamps:
            minutes[int((stamp - stamps[0]) // 60)] += 1
        print("\n100 reminders due the same minute in one group, through the delivery loop (merging off):")
        print(
            f"  {sent}/100 sent as {len(sim.pushes)} pushes in {elapsed:.1f} s "
            f"({'wall' if real_time else 'virtual'} time; {wall:.2f} s wall); "
            f"45009 from the simulator: {sim.rate_limited}"
        )
        print(
            f"  pushes per minute after the first: {minutes}; max {worst} in any 60 s; "
            f"last push {stamps[-1] - stamps[0]:.1f} s after the first (20/min exactly: 240 s + margins)"
        )

        other = ChatRef(Platform.WECOM, "aib_bench", "wrbench2")
        await dispatcher.handle(
            InboundMessage(
                other,
                Sender("alice", "alice"),
                f"绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={key[::-1]}",
                uuid.uuid4().hex,
                clock.now(),
            )
        )
        before = len(sim.pushes)
        concurrent = WeComOutbound(
            sim.url, ChatWebhookKeys(Sealer(AES_KEY)), coalesce_s=0.2, limiter_for=limiter_for
        )
        await asyncio.gather(
            *(
                concurrent.send(
                    SendTarget(other, mention_user_ids=("alice",)), Text(f"提醒 #{n} 寄样"), f"c{n}"
                )
                for n in range(100)
            )
        )
        print(
            f"  sent concurrently (arq workers) they coalesce: 100 reminders → "
            f"{len(sim.pushes) - before} push(es) "
            f"(text, split at 2048 bytes, owner in mentioned_list)"
        )
        await concurrent.close()
        await outbound.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--rates",
        type=lambda t: [int(x) for x in t.split(",")],
        default=[50, 100, 200, 300, 400, 600, 800, 1200, 1600],
    )
    parser.add_argument("--step-seconds", type=float, default=4.0)
    parser.add_argument("--push-only", action="store_true")
    parser.add_argument("--real-time", action="store_true", help="part 2 on the wall clock (~4 minutes)")
    parser.add_argument(
        "--inbound",
        choices=("queue", "inprocess"),
        default="queue",
        help="queue: INBOUND_MODE=queue (ack with an open stream; a worker, started after the ramp, "
        "answers); inprocess: the web process answers inside the callback response",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9", help="queue mode: flushed first")
    parser.add_argument(
        "--role", choices=("serve", "bare", "load", "worker"), default=None, help=argparse.SUPPRESS
    )
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--url", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.role == "serve":
        asyncio.run(run_serve(args.port))
    elif args.role == "worker":
        asyncio.run(run_worker_burst())
    elif args.role == "bare":
        asyncio.run(run_bare(args.port))
    elif args.role == "load":
        asyncio.run(run_load(args.url, args.rates, args.step_seconds))
    else:
        if not args.push_only:
            callbacks(args)
        asyncio.run(pushes(args.real_time))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
