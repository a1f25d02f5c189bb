"""Touches the bot sends through TikTok Shop under a worker SIGKILLed mid-batch, with real `creatorbot worker`
processes (production defaults), PostgreSQL, Redis, the Feishu simulator (the team chat) and the TikTok
Shop simulator. Counted from every request the TikTok simulator received: no creator gets a message twice,
and every touch ends either sent once or — a send in flight when its worker died, which nobody can know
the fate of — left to its owner with the card saying it may have gone out; none is left undone."""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.tiktok_shop.callback import grant_from
from bot.adapters.tiktok_shop.client import AppCredentials, TikTokShopClient
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_tiktok_connector
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery, Outreach
from models.tenancy import Chat, Member, Workspace
from models.tiktok_shop import CreatorLink, OutreachSender, SendState, TikTokPreference, TikTokSend
from tests.fault_kit import Workers, until, worker_env
from tests.reminder_rows import enqueue_all
from tests.simulators.feishu import FeishuSimulator
from tests.simulators.tiktok_shop import TikTokShopSimulator
from workflows import tiktok_shop

TOUCHES = 150
CHATS = 10
ZONES = ("Asia/Singapore", "Europe/London", "America/New_York", "Australia/Sydney", "America/Los_Angeles")


def _daytime_zone(now: datetime) -> str:
    """A zone where it is 10:00–17:59 now, so the send-time re-check moves no touch out of quiet hours."""
    return next(z for z in ZONES if 10 <= now.astimezone(ZoneInfo(z)).hour < 18)


@pytest.fixture
async def feishu() -> AsyncIterator[FeishuSimulator]:
    async with FeishuSimulator() as simulator:
        yield simulator


@pytest.fixture
async def tiktok() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        yield simulator


def _settings(sim: TikTokShopSimulator) -> Settings:
    return Settings(tiktok=TikTokShopSettings(sim.app_key, sim.app_secret, "7001", sim.url, sim.url, sim.url))


async def _seed(sim: TikTokShopSimulator, due: datetime) -> list[Delivery]:
    workspace = await Workspace.create(platform=Platform.FEISHU, external_key="t-tiktok")
    owner = await Member.create(
        workspace=workspace, platform_user_id="ou_owner", display_name="小李", name_key="小李"
    )
    chats = [await Chat.create(workspace=workspace, platform_chat_id=f"oc_team{n}") for n in range(CHATS)]
    chat = chats[0]
    connector = build_tiktok_connector(_settings(sim))
    assert connector is not None
    client = TikTokShopClient(AppCredentials(sim.app_key, sim.app_secret, sim.url, sim.url))
    try:
        tokens = await client.exchange_code(sim.authorise("seller-1"))
        shops = await client.authorized_shops(tokens.access_token)
    finally:
        await client.close()
    state = tiktok_shop.ConnectState(workspace.id, chat.id, owner.id)
    found = [tiktok_shop.AuthorizedShop(s.id, s.name, s.region, s.cipher) for s in shops]
    await tiktok_shop.store_connection(state, grant_from(tokens), found, connector.sealer, due)
    await TikTokPreference.create(workspace=workspace, sender=OutreachSender.BOT)
    zone = _daytime_zone(due)
    rows = []
    wall = due.replace(tzinfo=None).isoformat(timespec="seconds")
    for n in range(TOUCHES):
        creator = await Creator.create(
            workspace=workspace,
            platform="tiktok",
            handle=f"c{n:03d}",
            handle_key=f"c{n:03d}",
            country="US",
            timezone=zone,
            language="en",
            owner=owner,
        )
        await CreatorLink.create(creator=creator, open_id=f"open-{n:03d}")
        room = chats[n % CHATS]
        sequence = await Outreach.create(workspace=workspace, creator=creator, chat=room, created_by=owner)
        rows.append(
            Delivery(
                workspace=workspace,
                chat=room,
                kind=DeliveryKind.OUTREACH,
                due_at=due,
                local_wall=wall,
                zone="UTC",
                owner=owner,
                created_by=owner,
                creator=creator,
                outreach=sequence,
                step=1,
            )
        )
    await Delivery.bulk_create(rows)
    return list(await Delivery.filter(kind=DeliveryKind.OUTREACH).order_by("id"))


async def test_a_worker_killed_mid_batch_never_messages_a_creator_twice(
    pg: str, redis_url: str, feishu: FeishuSimulator, tiktok: TikTokShopSimulator, tmp_path: Path
) -> None:
    env = worker_env(pg, redis_url, feishu) | {
        "TIKTOK_SHOP_APP_KEY": tiktok.app_key,
        "TIKTOK_SHOP_APP_SECRET": tiktok.app_secret,
        "TIKTOK_SHOP_SERVICE_ID": "7001",
        "TIKTOK_SHOP_API_BASE": tiktok.url,
        "TIKTOK_SHOP_AUTH_BASE": tiktok.url,
    }
    workers = Workers(env, tmp_path)
    try:
        # Few sends in flight at the kill: a killed worker's chat (Feishu) calls keep their rate-limit slots
        # for 10 minutes (ARCHITECTURE.md, Timed work); TikTok's are freed after 20 s (limits.IN_FLIGHT_S).
        first = await workers.start("--max-jobs", "8")
        rows = await _seed(tiktok, datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2))
        await enqueue_all(redis_url, rows)

        async def a_third_sent() -> bool:
            return len(tiktok.sent) >= TOUCHES // 3

        await until(a_third_sent, within=60)
        for sim in (tiktok, feishu):  # hold the network, let answered calls be recorded, then kill
            sim.gate.pause()
        for sim in (tiktok, feishu):
            await sim.gate.quiet()
        await asyncio.sleep(1.0)
        first.send_signal(signal.SIGKILL)
        await first.wait()
        at_kill = Counter(
            str(s) for (s,) in await Delivery.filter(kind=DeliveryKind.OUTREACH, step=1).values_list("status")
        )
        await asyncio.sleep(0.5)
        for sim in (tiktok, feishu):
            sim.gate.resume(drop=True)  # what the dead worker had in flight never arrived
        assert len(tiktok.sent) < TOUCHES, "the batch finished before the kill; the test proves nothing"
        await workers.start()

        async def all_done() -> bool:
            pending = await Delivery.filter(
                kind=DeliveryKind.OUTREACH,
                step=1,
                status__in=(DeliveryStatus.PENDING, DeliveryStatus.SENDING),
            ).count()
            return pending == 0

        try:
            await until(all_done, within=120)
        except TimeoutError:
            left = await Delivery.filter(
                kind=DeliveryKind.OUTREACH,
                step=1,
                status__in=(DeliveryStatus.PENDING, DeliveryStatus.SENDING),
            ).values_list("id", "status", "attempts", "due_at", "last_error")
            raise AssertionError(f"not finished: {left[:5]} ({len(left)} rows)") from None
    finally:
        await workers.stop()

    per_conversation = Counter(m.conversation_id for m in tiktok.sent)
    assert max(per_conversation.values()) == 1, "a creator got the same touch twice"
    sends = {row.subject: row for row in await TikTokSend.all()}
    doubt = [s for s in sends.values() if s.state == SendState.DOUBT]
    out = [s for s in sends.values() if s.state == SendState.SENT]
    assert len(out) == len(tiktok.sent)
    assert len(out) + len(doubt) == TOUCHES, f"touches neither sent nor left to their owner: {at_kill}"
    shown = " ".join(post.text for post in feishu.posts if post.accepted)
    for send in doubt:  # the owner was told to check the conversation before sending it by hand
        number = send.subject.split(":")[1]
        assert f"#{number}" in shown
    assert "可能已经发出" in shown or not doubt
    assert tiktok.rate_limited == 0
    summary = f"{dict(at_kill)}: {len(out)} sent once, {len(doubt)} left to the owner"
    print(f"\nTikTok SIGKILL mid-batch {summary}")  # noqa: T201 (-s)
