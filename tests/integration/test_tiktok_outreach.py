"""Outreach the bot sends itself through TikTok Shop, in the console against the simulator, on SQLite and
PostgreSQL: a confirmed plan's touch goes out at the creator's local time as one TikTok message, the
owner is told what went out, the creator moves to 已邀约 and the follow-up is scheduled; a retry never
sends twice, a doubtful send is never repeated (the owner is asked to check), and a creator without a
creator id is left to the owner with the reason on the card."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.console import Console, ConsoleOutbound
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.jobs.tiktok_touch import TikTokTouches
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_console, build_dispatcher, build_translator, build_web_app, with_tiktok
from handlers.due import DueCards
from models.creator import Creator
from models.enums import DeliveryStatus, Platform, Stage
from models.schedule import Delivery
from models.tiktok_shop import (
    CreatorLink,
    OutreachSender,
    SendState,
    ShopConnection,
    TikTokPreference,
    TikTokSend,
)
from tests.simulators.tiktok_shop import TikTokShopSimulator
from workflows import delivery
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("db")
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday; Thursday 10:00 in London is 26 h later


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        yield simulator


def _settings(sim: TikTokShopSimulator) -> Settings:
    return Settings(
        tiktok=TikTokShopSettings(
            sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/open/authorize"
        )
    )


async def _connect(
    sim: TikTokShopSimulator, console: Console, settings: Settings, clock: FrozenClock
) -> None:
    link = re.search(r"http\S+", await console.say("绑定 TikTok Shop"))
    assert link is not None
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    server = TestServer(build_web_app(settings, clock=clock))
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


Setup = tuple[Console, DeliveryLoop, ConsoleOutbound, TikTokTouches]


@pytest.fixture
async def team(sim: TikTokShopSimulator) -> AsyncIterator[Setup]:
    settings = _settings(sim)
    clock = FrozenClock(START)
    console, loop = build_console(settings, "小李", "zh_CN", clock=clock, stdout=io.StringIO())
    touches = loop._sender.notifier  # type: ignore[attr-defined]
    assert isinstance(touches, TikTokTouches)
    outbound = touches.outbound(Platform.CONSOLE)
    assert isinstance(outbound, ConsoleOutbound)
    await _connect(sim, console, settings, clock)
    for line in (
        "添加达人 @amy TikTok 美国 加州",
        "添加达人 @bob TikTok 英国 伦敦",
        "添加达人 @dan TikTok 英国 伦敦",
    ):
        assert "已添加" in await console.say(line)
    for handle in ("amy", "bob"):
        creator = await Creator.get(handle_key=handle)
        await CreatorLink.create(creator_id=creator.id, open_id=f"open-{handle}")
    assert "由机器人通过 TikTok Shop" in await console.say("外联由机器人发送")
    assert "外联消息：由机器人通过 TikTok Shop 发送" in await console.say("TikTok Shop 状态")
    assert (await TikTokPreference.get()).sender == OutreachSender.BOT
    try:
        yield console, loop, outbound, touches
    finally:
        await touches.client.close()


def _printed(outbound: ConsoleOutbound, handle: str) -> str:
    found = [p for p in outbound.printed if handle in p]
    assert found, outbound.printed
    return found[-1]


def _messages(sim: TikTokShopSimulator) -> list[int]:
    return [r.status for r in sim.requests if r.path.endswith("/messages")]


async def test_the_bot_sends_the_touch_once_and_tells_the_owner(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    card = await console.say("给 @bob @dan 安排外联，达人当地时间明早10点")
    assert "周四 11/26 10:00 伦敦" in card
    assert "已安排 2 条外联提醒" in await console.press("确认")
    await loop.run_once()
    assert sim.sent == []  # not due yet
    clock.advance(timedelta(hours=26, minutes=5))  # Thu 10:00 London, and dan a gap later
    await loop.run_once()
    await loop.run_once()

    [message] = sim.sent
    assert message.text.startswith("Hi @bob!") and message.conversation_id == sim.conversation_of("open-bob")
    report = _printed(outbound, "@bob")
    assert "已通过 TikTok Shop 发给 @bob" in report and "Hi @bob!" in report and "下一次跟进" in report
    assert "推迟1小时" not in report  # nothing left for the owner to do
    bob = await Creator.get(handle_key="bob")
    assert bob.stage == Stage.CONTACTED
    first = await Delivery.get(creator_id=bob.id, step=1)
    assert (first.status, first.resolution) == (DeliveryStatus.SENT, "done")
    assert (await Delivery.get(creator_id=bob.id, step=2)).status == DeliveryStatus.PENDING
    assert (await TikTokSend.get(subject=f"delivery_id:{first.id}")).state == SendState.SENT
    assert (await CreatorLink.get(creator_id=bob.id)).conversation_id == message.conversation_id

    # dan has no creator id: the owner's usual card, with the reason
    dan_card = _printed(outbound, "@dan")
    assert "还没有 TikTok Shop 达人 ID" in dan_card and "已发送" in dan_card
    assert len(sim.sent) == 1

    # the same touch run again (a worker died after TikTok accepted it): no second message
    await Delivery.filter(id=first.id).update(status=DeliveryStatus.SENDING)
    result = await delivery.send_claimed(first.id, first.version, touches, clock)
    assert result.outcome == delivery.Outcome.SENT
    assert len(sim.sent) == 1 and _messages(sim) == [200]
    assert await Delivery.filter(creator_id=bob.id, step=2).count() == 1  # no second follow-up


async def _webhook(settings: Settings, clock: FrozenClock, body: bytes, headers: dict[str, str]) -> int:
    server = TestServer(build_web_app(settings, clock=clock))
    await server.start_server()
    try:
        async with (
            aiohttp.ClientSession() as http,
            http.post(server.make_url("/tiktok/webhook"), data=body, headers=headers) as r,
        ):
            return r.status
    finally:
        await server.close()


async def test_a_reply_moves_the_creator_stops_the_sequence_and_lands_in_the_chat(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    settings = _settings(sim)
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(hours=26))
    await loop.run_once()
    [message] = sim.sent
    bob = await Creator.get(handle_key="bob")
    follow = await Delivery.get(creator_id=bob.id, step=2)

    body, headers = sim.signed_webhook(
        sim.creator_writes(message.conversation_id, "Sounds great, send details!")
    )
    forged = {**headers, "Authorization": "0" * 64}
    assert await _webhook(settings, clock, body, forged) == 401
    assert (await Creator.get(id=bob.id)).stage == Stage.CONTACTED
    assert await _webhook(settings, clock, body, headers) == 200
    assert await _webhook(settings, clock, body, headers) == 200  # TikTok redelivers: nothing twice
    assert (await Creator.get(id=bob.id)).stage == Stage.REPLIED
    assert (await Delivery.get(id=follow.id)).status == DeliveryStatus.CANCELLED
    await loop.run_once()
    card = _printed(outbound, "回复了")
    assert "💬 @bob 在 TikTok Shop 回复了" in card and "Sounds great, send details!" in card
    assert "起草回复" in card and "看看达人" in card
    assert sum("回复了" in p for p in outbound.printed) == 1
    assert "【@bob】" in await console.press("看看达人")
    # the bot's own message echoed back is not a reply; another shop's conversation is ignored
    echo, echo_headers = sim.signed_webhook(sim.creator_writes(message.conversation_id, message.text))
    assert await _webhook(settings, clock, echo, echo_headers) == 200
    other, other_headers = sim.signed_webhook(sim.creator_writes("conv-unknown", "hello?"))
    assert await _webhook(settings, clock, other, other_headers) == 200
    await loop.run_once()
    assert sum("回复了" in p for p in outbound.printed) == 1


async def test_without_a_webhook_the_sweep_polls_the_newest_messages(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(hours=26))
    await loop.run_once()
    [message] = sim.sent
    sim.creator_writes(message.conversation_id, "yes please!")
    touches.poll = True
    assert await touches.housekeep() == {"tiktok_refreshed": 0, "tiktok_replies": 1}
    sim.creator_writes(message.conversation_id, "yes please!")  # still unread a poll later: the same one
    assert await touches.poll_replies() == 0
    assert (await Creator.get(handle_key="bob")).stage == Stage.REPLIED
    await loop.run_once()
    assert "yes please!" in _printed(outbound, "回复了")


async def test_a_send_that_may_have_gone_out_is_never_repeated(sim: TikTokShopSimulator, team: Setup) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    sim.fail_next(502, 1, path="/messages")
    clock.advance(timedelta(hours=26))
    await loop.run_once()
    await loop.run_once()
    assert _messages(sim) == [502] and sim.sent == []
    card = outbound.printed[-1]
    assert "@bob" in card and "可能已经发出" in card and "已发送" in card
    row = await Delivery.get(step=1)
    assert (await TikTokSend.get(subject=f"delivery_id:{row.id}")).state == SendState.DOUBT
    await Delivery.filter(id=row.id).update(status=DeliveryStatus.SENDING)
    await delivery.send_claimed(row.id, row.version, touches, clock)
    assert _messages(sim) == [502]  # never called again
    assert (await Creator.get(handle_key="bob")).stage == Stage.PROSPECT  # the owner decides


async def test_choosing_myself_again_leaves_touches_to_their_owner(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    assert "由负责人自己发送" in await console.say("外联我自己发，到点提醒我就行")
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(hours=26))
    await loop.run_once()
    assert sim.sent == [] and "推迟1小时" in _printed(outbound, "@bob")


async def test_a_rate_limited_send_is_retried_later_and_goes_out_once(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, _, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    sim.fail_next(429, 10, path="/messages")  # more than the client's retries
    clock.advance(timedelta(hours=26))
    await loop.run_once()
    row = await Delivery.get(step=1)
    assert row.status == DeliveryStatus.PENDING and sim.sent == []  # certainly not sent: retried later
    assert not await TikTokSend.filter(subject=f"delivery_id:{row.id}").exists()
    sim.fail_next(429, 0, path="/messages")
    sim._failures.clear()
    clock.advance(timedelta(minutes=10))
    await loop.run_once()
    await loop.run_once()
    assert len(sim.sent) == 1 and (await Delivery.get(id=row.id)).status == DeliveryStatus.SENT


async def test_an_approved_reply_draft_goes_back_through_the_conversation_once(
    sim: TikTokShopSimulator,
) -> None:
    from bot.settings import TranslationSettings
    from tests.simulators.openai import OpenAISimulator

    llm = OpenAISimulator()
    await llm.start()
    settings = Settings(
        tiktok=_settings(sim).tiktok,
        translation=TranslationSettings(model="sim", base_url=llm.base_url, api_key="sk-test", timeout_s=2.0),
    )
    clock = FrozenClock(START)
    translator = build_translator(settings, clock)
    touches = with_tiktok(
        settings, OutboundNotifier(render=DueCards(translator)), clock, translator=translator
    )
    dispatcher = build_dispatcher(settings, clock, translator=translator)
    console = Console(dataclasses.replace(dispatcher, understanding=Understanding()), "小李", "zh_CN")
    try:
        await _connect(sim, console, settings, clock)
        await console.say("添加达人 @bob TikTok 英国 伦敦")
        await console.say("添加达人 @yt_yan YouTube 英国 伦敦")
        bob = await Creator.get(handle_key="bob")
        await CreatorLink.create(creator_id=bob.id, open_id="open-bob")
        card = await console.say("回复 @bob：样品今天寄出，请查收")
        assert "通过 TikTok 发送" in card
        assert "通过 TikTok 发送" not in await console.say("回复 @yt_yan：样品今天寄出")
        sent = await console.press("通过 TikTok 发送")
        assert "已通过 TikTok Shop 发给 @bob" in sent
        [message] = sim.sent
        assert "样品今天寄出" in message.text and message.conversation_id == sim.conversation_of("open-bob")
        again = await console.press("通过 TikTok 发送")
        assert "没有重复发送" in again  # a second press (or a retried one) reports the first
        assert len(sim.sent) == 1
    finally:
        await touches.client.close()  # type: ignore[attr-defined]
        assert translator is not None
        await translator.aclose()
        await llm.stop()


async def test_a_token_refresh_that_fails_leaves_the_touch_to_retry_not_in_doubt(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, _, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(hours=26))
    await ShopConnection.all().update(access_expires_at=clock.now() + timedelta(hours=1))  # due for renewal
    sim.fail_next(503, 10, path="/token/refresh")
    await loop.run_once()
    row = await Delivery.get(step=1)
    assert row.status == DeliveryStatus.PENDING and sim.sent == []
    assert not await TikTokSend.filter(subject=f"delivery_id:{row.id}").exists()
    sim._failures.clear()
    clock.advance(timedelta(minutes=10))
    await loop.run_once()
    await loop.run_once()
    assert len(sim.sent) == 1 and (await Delivery.get(id=row.id)).status == DeliveryStatus.SENT
