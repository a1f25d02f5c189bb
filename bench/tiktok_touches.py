"""Outreach touches the bot sends through TikTok Shop, N due at once, against the TikTok Shop simulator
enforcing 50 requests/s per (shop, API) with 429s — in one process on PostgreSQL (the delivery engine's
in-process path: claim, draft, claim the TikTok message, open the conversation, send, mark sent, follow-up
scheduled, the chat told).

Run: python bench/tiktok_touches.py [--n 1000]

Prints: touches sent, TikTok messages accepted, duplicates (a conversation with more than one message),
lost (touches not sent), 429s received, the busiest second per API as the simulator counted arrivals,
total time against the bound the limit allows (each touch is one "create conversation" and one "send
message", two APIs with 50/s each: N / 50 s), and touches per second.
Not covered here: a worker SIGKILLed mid-batch (see ARCHITECTURE.md, TikTok Shop connector).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import asyncpg
from aiohttp.test_utils import TestServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.console import Console
from bot.core.outbound import SendTarget, Sent
from bot.db import database, migrate
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_dispatcher, build_web_app, with_tiktok
from handlers.due import DueCards
from handlers.replies import Reply
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery, Outreach
from models.tenancy import Chat, Member
from models.tiktok_shop import CreatorLink, OutreachSender, TikTokPreference
from tests.simulators.tiktok_shop import TikTokShopSimulator
from workflows import delivery
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    asyncio.run(run(parser.parse_args().n))


if __name__ == "__main__":
    main()
