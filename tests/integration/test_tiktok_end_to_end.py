"""Issue 19's walk, end to end against the TikTok Shop simulator in the console: connect a shop, plan
outreach for 50 creators in four zones, the bot's messages go out at each creator's local time (a
frozen clock moved forward in 5-minute steps), a reply stops that creator's sequence and lands in the
chat translated, the creator's sample application is approved by its button, and their first sale syncs
from the shop's affiliate orders into the results answer."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs import tiktok_samples
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.tiktok_touch import TikTokTouches
from bot.settings import Settings, TikTokShopSettings, TranslationSettings
from bot.wiring import build_console, build_web_app
from models.creator import Creator
from models.enums import DeliveryStatus, Platform, Stage
from models.schedule import Delivery
from models.tiktok_shop import CreatorLink
from tests.feishu_team import feishu_team
from tests.simulators.openai import OpenAISimulator
from tests.simulators.tiktok_shop import TikTokShopSimulator
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("db")
START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # Tuesday 16:00 in Beijing
CIPHER = "ROW_seller-1_cipher"  # the simulator's shop of seller-1
# (place words the bot reads, the zone it should land on, how many creators)
ZONES = (
    ("美国 加州", "America/Los_Angeles", 13),
    ("英国 伦敦", "Europe/London", 13),
    ("巴西 圣保罗", "America/Sao_Paulo", 12),
    ("印尼 雅加达", "Asia/Jakarta", 12),
)


@dataclasses.dataclass
class Walk:
    console: Console
    loop: DeliveryLoop
    outbound: ConsoleOutbound
    touches: TikTokTouches
    clock: FrozenClock
    settings: Settings
    llm: OpenAISimulator


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        yield simulator


@pytest.fixture
async def walk(sim: TikTokShopSimulator) -> AsyncIterator[Walk]:
    llm = OpenAISimulator()
    await llm.start()
    settings = Settings(
        tiktok=TikTokShopSettings(
            sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/open/authorize"
        ),
        translation=TranslationSettings(model="sim", base_url=llm.base_url, api_key="sk-test", timeout_s=2.0),
    )
    clock = FrozenClock(START)
    console, loop = build_console(settings, "小李", "zh_CN", clock=clock, stdout=io.StringIO())
    touches = loop._sender.notifier  # type: ignore[attr-defined]
    assert isinstance(touches, TikTokTouches)
    outbound = touches.outbound(Platform.CONSOLE)
    assert isinstance(outbound, ConsoleOutbound)
    try:
        yield Walk(console, loop, outbound, touches, clock, settings, llm)
    finally:
        await touches.client.close()
        if touches.translator is not None:
            await touches.translator.aclose()
        await llm.stop()


async def connect(sim: TikTokShopSimulator, walk: Walk) -> None:
    link = re.search(r"http\S+", await walk.console.say("绑定 TikTok Shop"))
    assert link is not None
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    server = TestServer(build_web_app(walk.settings, clock=walk.clock))
    await server.start_server()
    try:
        query = {"code": sim.authorise("seller-1"), "state": state}
        async with (
            aiohttp.ClientSession() as http,
            http.get(server.make_url("/tiktok/callback"), params=query) as r,
        ):
            assert r.status == 200
    finally:
        await server.close()
    await walk.loop.run_once()  # the "connected" notice
    assert any("TikTok Shop" in p and "绑定" in p for p in walk.outbound.printed), walk.outbound.printed


async def add_fifty(walk: Walk) -> dict[str, str]:
    """50 TikTok creators in four zones, each with the creator id the shop messages; handle → zone."""
    zones: dict[str, str] = {}
    for place, zone, count in ZONES:
        for n in range(count):
            handle = f"{zone.split('/')[1].lower()[:3]}{n:02d}"
            assert "已添加" in await walk.console.say(f"添加达人 @{handle} TikTok {place}")
            creator = await Creator.get(handle_key=handle)
            assert creator.timezone == zone, (handle, creator.timezone)
            await CreatorLink.create(creator_id=creator.id, open_id=f"open-{handle}")
            zones[handle] = zone
    return zones


async def sends_at_local_time(
    sim: TikTokShopSimulator, loop: DeliveryLoop, clock: FrozenClock, zones: dict[str, str]
) -> None:
    """Moves the clock in 5-minute steps for up to two days, running the delivery loop each step; every
    creator gets exactly one message, at their planned moment, on a local weekday morning from 10:00
    (never in the night, never on a local holiday: 26 Nov 2026 is Thanksgiving in the US)."""
    sent_at: dict[str, datetime] = {}
    by_conversation: dict[str | None, str] = {}
    for _ in range(2 * 24 * 12):
        await loop.run_once()
        for message in sim.sent:
            handle = by_conversation.get(message.conversation_id) or next(
                h for h in zones if sim.conversation_of(f"open-{h}") == message.conversation_id
            )
            by_conversation[message.conversation_id] = handle
            sent_at.setdefault(handle, clock.now())
        if len(sent_at) == len(zones):
            break
        clock.advance(timedelta(minutes=5))

    assert sorted(sent_at) == sorted(zones), f"never sent: {sorted(set(zones) - set(sent_at))}"
    assert len(sim.sent) == len(zones)  # one message each, nothing twice
    for handle, at in sent_at.items():
        local = at.astimezone(ZoneInfo(zones[handle]))
        due = (await Delivery.get(creator__handle_key=handle, step=1)).due_at
        assert timedelta(0) <= at - due.astimezone(UTC) < timedelta(minutes=5), (handle, at, due)
        assert 10 <= local.hour < 12 and local.weekday() < 5, (handle, local)
        if zones[handle] == "America/Los_Angeles":
            assert local.date() != date(2026, 11, 26), (handle, local)


async def test_fifty_creators_in_four_zones_hear_from_the_bot_at_their_local_time(
    sim: TikTokShopSimulator, walk: Walk
) -> None:
    await connect(sim, walk)
    zones = await add_fifty(walk)
    assert "由机器人通过 TikTok Shop" in await walk.console.say("外联由机器人发送")

    handles = " ".join(f"@{h}" for h in zones)
    plan = await walk.console.say(f"给 {handles} 安排外联，达人当地时间明早10点")
    assert "确认" in plan
    assert "已安排 50 条外联提醒" in await walk.console.press("确认")

    await sends_at_local_time(sim, walk.loop, walk.clock, zones)
    for handle in zones:
        assert (await Creator.get(handle_key=handle)).stage == Stage.CONTACTED

    # one creator answers in Portuguese: that creator alone moves to 已回复, their follow-up stops, and the
    # reply lands in the chat with a Chinese translation
    replier = next(h for h in zones if zones[h] == "America/Sao_Paulo")
    conversation = sim.conversation_of(f"open-{replier}")
    assert conversation is not None
    walk.llm.script()  # the simulator's default answer: an echo marked as translated
    sim.creator_writes(conversation, "Oi! Adorei o produto, pode me mandar uma amostra?")
    walk.touches.poll = True
    assert (await walk.touches.housekeep())["tiktok_replies"] == 1
    await walk.loop.run_once()
    replied = await Creator.get(handle_key=replier)
    assert replied.stage == Stage.REPLIED
    assert await Delivery.filter(creator_id=replied.id, step=2, status=DeliveryStatus.PENDING).count() == 0
    others = await Delivery.filter(step=2, status=DeliveryStatus.PENDING).count()
    assert others == 49  # everyone else's follow-up is still on
    card = next(p for p in walk.outbound.printed if f"@{replier} 在 TikTok Shop 回复了" in p)
    assert "原文：Oi! Adorei o produto" in card and "起草回复" in card
    assert "译文：(Chinese) Oi! Adorei o produto" in card  # the simulated model's marked translation

    # they apply for a sample: a card in the chat, and its 通过 approves it in TikTok Shop once
    application = sim.apply_for_sample(replier, f"open-{replier}", title="Glow Serum 30ml")
    await tiktok_samples.sweep(walk.touches)
    await walk.loop.run_once()
    assert any(f"@{replier} 在 TikTok Shop 申请样品" in p for p in walk.outbound.printed)
    assert f"通过了 @{replier} 的样品申请" in await walk.console.press("通过")
    assert sim.reviews == [(application, "APPROVE", "")]

    # their first sale syncs from the shop's affiliate orders and the results answer changes
    assert "1 USD = 7 CNY" in await walk.console.say("汇率 1 USD = 7 CNY 从2026-11-01起")
    before = await walk.console.say(f"@{replier} 带了多少货")
    assert "280" not in before
    sold = (walk.clock.now() - timedelta(hours=2)).timestamp()
    sim.add_order(CIPHER, "580001", sold, sim.sku("SKU-1", replier, "20.00", "USD", quantity=2))
    assert "新增 1" in await walk.console.say("同步订单")
    after = await walk.console.say(f"@{replier} 带了多少货")
    assert f"@{replier} 的带货成绩" in after and "280" in after, after  # 2 x 20 USD at 7


@pytest.mark.parametrize("db", ["postgres"], indirect=True)  # the console walk runs on both backends
async def test_the_same_walk_in_feishu(sim: TikTokShopSimulator) -> None:
    llm = OpenAISimulator()
    await llm.start()
    extra = Settings(
        tiktok=TikTokShopSettings(
            sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/open/authorize"
        ),
        translation=TranslationSettings(model="sim", base_url=llm.base_url, api_key="sk-test", timeout_s=2.0),
    )
    clock = FrozenClock(START)
    try:
        async with feishu_team(clock, extra=extra) as team:
            touches = team.notifier
            assert isinstance(touches, TikTokTouches)
            link = re.search(r"http\S+", (await team.say("绑定 TikTok Shop")).text)
            assert link is not None
            state = parse_qs(urlparse(link.group()).query)["state"][0]
            query = {"code": sim.authorise("seller-1"), "state": state}
            assert (await team.client.get("/tiktok/callback", params=query)).status == 200
            await team.loop.run_once()
            assert any("TikTok Shop" in m.text for m in team.sim.messages[-1:])

            zones: dict[str, str] = {}
            for place, zone, count in ZONES:
                for n in range(count):
                    handle = f"{zone.split('/')[1].lower()[:3]}{n:02d}"
                    assert "已添加" in (await team.say(f"添加达人 @{handle} TikTok {place}")).text
                    creator = await Creator.get(handle_key=handle)
                    await CreatorLink.create(creator_id=creator.id, open_id=f"open-{handle}")
                    zones[handle] = zone
            assert "由机器人通过 TikTok Shop" in (await team.say("外联由机器人发送")).text
            handles = " ".join(f"@{h}" for h in zones)
            plan = await team.say(f"给 {handles} 安排外联，达人当地时间明早10点")
            await team.press(plan, "确认")
            assert await Delivery.filter(step=1).count() == 50

            await sends_at_local_time(sim, team.loop, clock, zones)
            # each send was reported in the team's Feishu chat, with the message that went out
            reports = [m.text for m in team.sim.messages if "已通过 TikTok Shop 发给" in m.text]
            assert len(reports) == 50

            replier = next(h for h in zones if zones[h] == "Asia/Jakarta")
            conversation = sim.conversation_of(f"open-{replier}")
            assert conversation is not None
            sim.creator_writes(conversation, "Halo kak, boleh kirim sampelnya?")
            touches.poll = True
            assert (await touches.housekeep())["tiktok_replies"] == 1
            await team.loop.run_once()
            assert (await Creator.get(handle_key=replier)).stage == Stage.REPLIED
            card = next(m for m in team.sim.messages if f"@{replier} 在 TikTok Shop 回复了" in m.text)
            assert "Halo kak" in card.text and "(Chinese) Halo kak" in card.text
            assert {b["label"] for b in card.buttons} >= {"起草回复", "看看达人"}
            assert await Delivery.filter(step=2, status=DeliveryStatus.PENDING).count() == 49

            application = sim.apply_for_sample(replier, f"open-{replier}", title="Glow Serum 30ml")
            await tiktok_samples.sweep(touches)
            await team.loop.run_once()
            sample_card = next(m for m in team.sim.messages if "申请样品" in m.text)
            pressed = await team.press(sample_card, "通过")
            assert f"通过了 @{replier} 的样品申请" in json.dumps(pressed, ensure_ascii=False)
            assert sim.reviews == [(application, "APPROVE", "")]

            assert "1 USD = 7 CNY" in (await team.say("汇率 1 USD = 7 CNY 从2026-11-01起")).text
            sold = (clock.now() - timedelta(hours=2)).timestamp()
            sim.add_order(CIPHER, "580001", sold, sim.sku("SKU-1", replier, "20.00", "USD", quantity=2))
            assert "新增 1" in (await team.say("同步订单")).text
            answer = await team.say_all(f"@{replier} 带了多少货", replies=2)  # the card and its chart
            card_text = next(m.text for m in answer if "带货成绩" in m.text)
            assert f"@{replier} 的带货成绩" in card_text and "280" in card_text, card_text
    finally:
        await llm.stop()
