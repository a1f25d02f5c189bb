"""Outreach touches the bot sends through TikTok Shop, N due at once, against the TikTok Shop simulator
enforcing 50 requests/s per (shop, API) with 429s, on PostgreSQL — either in one process (the delivery
engine's in-process path: claim, draft, claim the TikTok message, open the conversation, send, mark sent,
follow-up scheduled, the chat told), or through W real `creatorbot worker` processes (production defaults,
Redis, the team chat on the Feishu simulator), one of them SIGKILLed a third of the way through.

Run: python bench/tiktok_touches.py [--n 1000]
     python bench/tiktok_touches.py --n 1000 --workers 2 [--kill [--hold] [--replace]]

`--kill` SIGKILLs worker 0 once a third of the messages are out, wherever it is; `--hold` kills it as
tests/integration/test_tiktok_worker_faults.py does (network held, answered calls recorded, then every
held call dropped — the survivors' too, which a real kill would not do); `--replace` starts a new worker
in its place (otherwise the survivors finish). BENCH_REDIS_URL (default db 13) is flushed.

Prints: touches, TikTok messages accepted, duplicates (a conversation with more than one message), lost,
429s received, the busiest second per API as the simulator counted arrivals, total time against the bound
the limit allows (each touch is one "create conversation" and one "send message", two APIs with 50/s
each: N / 50 s). With workers also: the rows' states at the kill, messages per second, and each touch's
end — sent (its conversation got the message), left to its owner (not sent, the TikTok send claim in
`doubt`: it was in flight when its worker died, nobody can know whether it arrived, so nothing is resent
and the owner's card says it may have gone out — counted with the card found in the chat), or lost
(neither).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import asyncpg
from aiohttp.test_utils import TestServer
from redis.asyncio import Redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.console import Console
from bot.adapters.tiktok_shop.callback import grant_from
from bot.adapters.tiktok_shop.client import AppCredentials, TikTokShopClient
from bot.core.outbound import SendTarget, Sent
from bot.db import database, migrate
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_dispatcher, build_tiktok_connector, build_web_app, with_tiktok
from handlers.due import DueCards
from handlers.replies import Reply
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery, Outreach
from models.tenancy import Chat, Member, Workspace
from models.tiktok_shop import CreatorLink, OutreachSender, SendState, TikTokPreference, TikTokSend
from tests.fault_kit import Workers, worker_env
from tests.reminder_rows import enqueue_all
from tests.simulators.feishu import FeishuSimulator
from tests.simulators.tiktok_shop import TikTokShopSimulator
from workflows import delivery, tiktok_shop
from workflows.ports import SystemClock

PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


class Quiet:
    """The chat side: counts what would be posted."""

    def __init__(self) -> None:
        self.posted = 0

    async def send(self, target: SendTarget, reply: Reply, idempotency_key: str) -> Sent:
        self.posted += 1
        return Sent(message_ref=idempotency_key)

    async def update(self, message_ref: str, reply: Reply) -> None:
        return None


async def connect(sim: TikTokShopSimulator, settings: Settings) -> None:
    console = Console(build_dispatcher(settings), user="bench", locale="zh_CN")
    reply = await console.say("绑定 TikTok Shop")
    state = reply.split("state=")[1].split()[0]
    from urllib.parse import unquote

    server = TestServer(build_web_app(settings))
    await server.start_server()
    try:
        query = {"code": sim.authorise("seller-1"), "state": unquote(state)}
        async with (
            aiohttp.ClientSession() as http,
            http.get(server.make_url("/tiktok/callback"), params=query) as r,
        ):
            assert r.status == 200, await r.text()
    finally:
        await server.close()


async def seed(n: int) -> list[tuple[int, int]]:
    member = await Member.first()
    chat = await Chat.first()
    assert member is not None
    assert chat is not None
    workspace = member.workspace_id  # type: ignore[attr-defined]
    await TikTokPreference.create(workspace_id=workspace, sender=OutreachSender.BOT)
    await Creator.bulk_create(
        [
            Creator(
                workspace_id=workspace,
                platform="tiktok",
                handle=f"c{i:05d}",
                handle_key=f"c{i:05d}",
                country="GB",
                timezone="Europe/London",
                language="en",
                owner_id=member.id,
            )
            for i in range(n)
        ],
        batch_size=500,
    )
    creators = await Creator.filter(workspace_id=workspace).order_by("id")
    await CreatorLink.bulk_create(
        [CreatorLink(creator_id=c.id, open_id=f"open-{c.handle}") for c in creators]
    )
    await Outreach.bulk_create(
        [
            Outreach(workspace_id=workspace, creator_id=c.id, chat_id=chat.id, created_by_id=member.id)
            for c in creators
        ]
    )
    sequences = {o.creator_id: o.id for o in await Outreach.all()}  # type: ignore[attr-defined]
    now = datetime.now(UTC).replace(microsecond=0)
    wall = now.replace(tzinfo=None).isoformat(timespec="seconds")
    await Delivery.bulk_create(
        [
            Delivery(
                workspace_id=workspace,
                chat_id=chat.id,
                kind=DeliveryKind.OUTREACH,
                due_at=now,
                local_wall=wall,
                zone="UTC",
                owner_id=member.id,
                created_by_id=member.id,
                creator_id=c.id,
                outreach_id=sequences[c.id],
                step=1,
            )
            for c in creators
        ],
        batch_size=500,
    )
    return [(d.id, d.version) for d in await Delivery.filter(kind=DeliveryKind.OUTREACH)]


async def run(n: int) -> None:
    name = f"creatorbot_bench_tiktok_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    try:
        await migrate(url)
        async with TikTokShopSimulator() as sim, database(url):
            config = TikTokShopSettings(
                sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/auth"
            )
            settings = Settings(tiktok=config)
            await connect(sim, settings)
            await seed(n)
            chat = OutboundNotifier(render=DueCards(None))
            quiet = Quiet()
            chat.register(Platform.CONSOLE, quiet)
            clock = SystemClock()
            touches = with_tiktok(settings, chat, clock)
            started = time.monotonic()
            try:
                while await Delivery.filter(
                    kind=DeliveryKind.OUTREACH, step=1, status=DeliveryStatus.PENDING
                ).exists():
                    await delivery.run_due(touches, clock, limit=200)
            finally:
                await touches.client.close()  # type: ignore[attr-defined]
            took = time.monotonic() - started
            report(sim, n, took, quiet.posted)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def report(sim: TikTokShopSimulator, n: int, took: float, posted: int) -> None:
    per_conversation = Counter(m.conversation_id for m in sim.sent)
    duplicates = sum(count - 1 for count in per_conversation.values() if count > 1)
    busiest: dict[str, int] = {}
    for api in ("/conversations", "/messages"):
        seconds = Counter(int(r.at) for r in sim.requests if r.path.endswith(api) and r.accepted)
        busiest[api] = max(seconds.values(), default=0)
    bound = n / 50
    lost = n - len(per_conversation)
    print(f"touches: {n}  messages accepted: {len(sim.sent)}  duplicates: {duplicates}  lost: {lost}")
    conversations, messages = busiest["/conversations"], busiest["/messages"]
    print(f"429s: {sim.rate_limited}  busiest second: conversations {conversations}/s, messages {messages}/s")
    ratio, rate = took / bound, n / took
    print(
        f"chat posts: {posted}  total {took:.1f} s, bound {bound:.1f} s ({ratio:.2f}×), {rate:.1f} touches/s"
    )


# ------------------------------------------------------ --workers W [--kill]: real worker processes

REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
LEAD = 15.0  # seconds between queueing and the due moment: the workers start and load meanwhile
CHATS = 50  # team chats the reports go to (Feishu allows 5 posts/s per chat; 50 chats keep that off the path)
ZONES = ("Asia/Singapore", "Europe/London", "America/New_York", "Australia/Sydney", "America/Los_Angeles")


def daytime_zone(now: datetime) -> str:
    """A zone where it is 10:00–17:59 at the due moment, so the send-time re-check moves no touch."""
    return next(z for z in ZONES if 10 <= now.astimezone(ZoneInfo(z)).hour < 18)


async def seed_feishu(sim: TikTokShopSimulator, n: int, due: datetime) -> list[Delivery]:
    """A Feishu workspace ("bot sends") with the simulator's shop connected and n TikTok creators, one touch
    each due at `due`, their reports spread over CHATS team chats."""
    workspace = await Workspace.create(platform=Platform.FEISHU, external_key="bench-tiktok")
    owner = await Member.create(
        workspace=workspace, platform_user_id="ou_owner", display_name="小李", name_key="小李"
    )
    chats = [await Chat.create(workspace=workspace, platform_chat_id=f"oc_team{k}") for k in range(CHATS)]
    connector = build_tiktok_connector(settings_for(sim))
    assert connector is not None
    client = TikTokShopClient(AppCredentials(sim.app_key, sim.app_secret, sim.url, sim.url))
    try:
        tokens = await client.exchange_code(sim.authorise("seller-1"))
        shops = await client.authorized_shops(tokens.access_token)
    finally:
        await client.close()
    state = tiktok_shop.ConnectState(workspace.id, chats[0].id, owner.id)
    found = [tiktok_shop.AuthorizedShop(s.id, s.name, s.region, s.cipher) for s in shops]
    await tiktok_shop.store_connection(state, grant_from(tokens), found, connector.sealer, due)
    await TikTokPreference.create(workspace=workspace, sender=OutreachSender.BOT)
    zone = daytime_zone(due)
    await Creator.bulk_create(
        [
            Creator(
                workspace=workspace,
                platform="tiktok",
                handle=f"c{i:05d}",
                handle_key=f"c{i:05d}",
                country="US",
                timezone=zone,
                language="en",
                owner=owner,
            )
            for i in range(n)
        ],
        batch_size=500,
    )
    creators = await Creator.filter(workspace=workspace).order_by("id")
    await CreatorLink.bulk_create(
        [CreatorLink(creator_id=c.id, open_id=f"open-{c.handle}") for c in creators]
    )
    room = {c.id: chats[i % CHATS] for i, c in enumerate(creators)}
    await Outreach.bulk_create(
        [Outreach(workspace=workspace, creator_id=c.id, chat=room[c.id], created_by=owner) for c in creators]
    )
    sequences = {o.creator_id: o.id for o in await Outreach.filter(workspace=workspace)}  # type: ignore[attr-defined]
    wall = due.replace(tzinfo=None).isoformat(timespec="seconds")
    await Delivery.bulk_create(
        [
            Delivery(
                workspace=workspace,
                chat=room[c.id],
                kind=DeliveryKind.OUTREACH,
                due_at=due,
                local_wall=wall,
                zone="UTC",
                owner=owner,
                created_by=owner,
                creator_id=c.id,
                outreach_id=sequences[c.id],
                step=1,
            )
            for c in creators
        ],
        batch_size=500,
    )
    return list(await Delivery.filter(kind=DeliveryKind.OUTREACH).order_by("id"))


def settings_for(sim: TikTokShopSimulator) -> Settings:
    return Settings(tiktok=TikTokShopSettings(sim.app_key, sim.app_secret, "7001", sim.url, sim.url, sim.url))


async def unfinished() -> int:
    return await Delivery.filter(
        kind=DeliveryKind.OUTREACH, step=1, status__in=(DeliveryStatus.PENDING, DeliveryStatus.SENDING)
    ).count()


async def run_workers(n: int, count: int, kill: bool, replace: bool, hold: bool) -> None:
    name = f"creatorbot_bench_tiktok_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    redis = Redis.from_url(REDIS)
    await redis.flushdb()
    try:
        await migrate(url)
        with tempfile.TemporaryDirectory() as logs:
            async with FeishuSimulator() as feishu, TikTokShopSimulator() as tiktok, database(url):
                env = worker_env(url, REDIS, feishu) | {
                    "TIKTOK_SHOP_APP_KEY": tiktok.app_key,
                    "TIKTOK_SHOP_APP_SECRET": tiktok.app_secret,
                    "TIKTOK_SHOP_SERVICE_ID": "7001",
                    "TIKTOK_SHOP_API_BASE": tiktok.url,
                    "TIKTOK_SHOP_AUTH_BASE": tiktok.url,
                }
                workers = Workers(env, Path(logs))
                try:
                    for _ in range(count):
                        await workers.start()  # production defaults
                    await batch(n, kill, replace, hold, feishu, tiktok, workers)
                finally:
                    await workers.stop()
    finally:
        await redis.flushdb()
        await redis.aclose()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def batch(
    n: int,
    kill: bool,
    replace: bool,
    hold: bool,
    feishu: FeishuSimulator,
    tiktok: TikTokShopSimulator,
    workers: Workers,
) -> None:
    due = (datetime.now(UTC) + timedelta(seconds=LEAD)).replace(microsecond=0)
    rows = await seed_feishu(tiktok, n, due)
    await enqueue_all(REDIS, rows)
    print(f"{n} touches due {due:%H:%M:%S}Z, {len(workers.procs)} workers, kill: {'yes' if kill else 'no'}")
    killed_at = None
    deadline = time.monotonic() + LEAD + n / 5 + 120
    while await unfinished() and time.monotonic() < deadline:
        if kill and killed_at is None and len(tiktok.sent) >= n // 3:
            killed_at = await kill_one(workers, tiktok, feishu, n, replace, hold)
        await asyncio.sleep(0.2)
    left = await unfinished()
    if kill and killed_at is None:
        print("  the batch finished before the kill: this run proves nothing about the kill")
    report_workers(tiktok, feishu, n, due, left, killed_at)
    sends = Counter(str(s) for (s,) in await TikTokSend.all().values_list("state"))
    print(f"  TikTok send claims by state: {dict(sends)}")
    await left_to_owner(tiktok, feishu, n)


async def kill_one(
    workers: Workers, tiktok: TikTokShopSimulator, feishu: FeishuSimulator, n: int, replace: bool, hold: bool
) -> float:
    """SIGKILL the first worker wherever it is (a call of its may be half-way: the simulator answers what
    arrived whole). With `hold`, as tests/integration/test_tiktok_worker_faults.py does: hold the network,
    let the answered calls be recorded, kill, and drop every call held meanwhile (answered 503 "never
    arrived") — the survivors' held calls too, which a real kill would not do."""
    if hold:
        for sim in (tiktok, feishu):
            sim.gate.pause()
        for sim in (tiktok, feishu):
            await sim.gate.quiet()
        await asyncio.sleep(1.0)
    victim = workers.procs[0]
    victim.send_signal(signal.SIGKILL)
    await victim.wait()
    at = time.time()
    statuses = Counter(
        str(s) for (s,) in await Delivery.filter(kind=DeliveryKind.OUTREACH, step=1).values_list("status")
    )
    if hold:
        await asyncio.sleep(0.5)
        for sim in (tiktok, feishu):
            sim.gate.resume(drop=True)
    print(f"  SIGKILL of worker 0 after {len(tiktok.sent)} of {n} messages; rows then: {dict(statuses)}")
    if replace:
        await workers.start()
        print("  a new worker started in its place")
    return at


def report_workers(
    tiktok: TikTokShopSimulator,
    feishu: FeishuSimulator,
    n: int,
    due: datetime,
    left: int,
    killed_at: float | None,
) -> None:
    per_conversation = Counter(m.conversation_id for m in tiktok.sent)
    duplicates = sum(k - 1 for k in per_conversation.values() if k > 1)
    busiest = {
        api: max(
            Counter(int(r.at) for r in tiktok.requests if r.path.endswith(api) and r.accepted).values(),
            default=0,
        )
        for api in ("/conversations", "/messages")
    }
    arrivals = sorted(m.at for m in tiktok.sent)
    bound = n / 50
    print(
        f"  touches: {n}  messages accepted: {len(tiktok.sent)}  "
        f"conversations messaged: {len(per_conversation)}  duplicates: {duplicates}  "
        f"still pending/sending at the end: {left}"
    )
    print(
        f"  429s: {tiktok.rate_limited}  busiest second (arrivals the simulator accepted): "
        f"conversations {busiest['/conversations']}/s, messages {busiest['/messages']}/s"
    )
    if arrivals:
        from_due = arrivals[-1] - due.timestamp()
        span = arrivals[-1] - min(r.at for r in tiktok.requests if r.path.endswith("/conversations"))
        print(
            f"  last message {from_due:.1f} s after due ({from_due / bound:.2f}× the {bound:.1f} s bound); "
            f"first conversation call → last message {span:.1f} s ({span / bound:.2f}×)"
        )
    if killed_at is not None and arrivals:
        before = [a for a in arrivals if a < killed_at]
        after = [a for a in arrivals if a >= killed_at]
        gap = (after[0] - before[-1]) if before and after else float("nan")
        print(
            f"  around the kill: {len(before)} messages before, {len(after)} after, "
            f"longest pause in arrivals there {gap:.1f} s"
        )
        start = int(arrivals[0])
        seconds = Counter(int(a) - start for a in arrivals)
        print(f"  messages per second from the first: {[seconds[s] for s in range(max(seconds) + 1)]}")


async def left_to_owner(tiktok: TikTokShopSimulator, feishu: FeishuSimulator, n: int) -> None:
    """Touches not sent: those left to the owner with the "may have gone out" card (a send in flight when
    its worker died: nobody can know whether it arrived) and the rest, which are lost."""
    messaged = {m.conversation_id for m in tiktok.sent}
    sends = {s.subject: s for s in await TikTokSend.all()}
    rows = await Delivery.filter(kind=DeliveryKind.OUTREACH, step=1).values_list("id", "creator__handle")
    shown = " ".join(post.text for post in feishu.posts if post.accepted)
    sent = doubt = carded = lost = 0
    for delivery_id, handle in rows:
        conversation = tiktok.conversation_of(f"open-{handle}")
        send = sends.get(f"delivery_id:{delivery_id}")
        if conversation is not None and conversation in messaged:
            sent += 1
        elif send is not None and send.state == SendState.DOUBT:
            doubt += 1
            carded += f"#{delivery_id}" in shown
        else:
            lost += 1
    print(
        f'  sent: {sent}  left to owner ("may have gone out" card): {doubt} ({carded} of them with the card '
        f"in the chat)  lost: {lost}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument(
        "--workers", type=int, default=0, help="real `creatorbot worker` processes (0: in process)"
    )
    parser.add_argument("--kill", action="store_true", help="SIGKILL one worker a third of the way through")
    parser.add_argument("--replace", action="store_true", help="start a new worker in the killed one's place")
    parser.add_argument("--hold", action="store_true", help="kill with the network held, as the fault test")
    args = parser.parse_args()
    if args.workers:
        asyncio.run(run_workers(args.n, args.workers, args.kill, args.replace, args.hold))
    else:
        asyncio.run(run(args.n))


if __name__ == "__main__":
    main()
