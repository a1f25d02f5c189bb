"""Target collaboration invites, cards after a touch, the marketplace's next page and a creator id typed by
hand — in the console against the TikTok Shop simulator (which checks every signature, token and scope
itself), on SQLite and PostgreSQL: an invite goes out once, counts against the weekly quota and is
recorded on the creator; bad input says why and sends nothing; a bot-sent touch carries its product or
invite card once; 下一页 walks the simulator's pages."""

from __future__ import annotations

import io
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.tiktok_touch import TikTokTouches
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_console, build_web_app
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator, Note
from models.enums import DeliveryStatus, Platform
from models.schedule import Delivery
from models.tiktok_shop import CreatorLink, InviteState, ShopConnection, TargetInvite, TikTokSend
from tests.simulators.tiktok_shop import ALL_SCOPES, TikTokShopSimulator
from workflows import delivery, quota
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("db")
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday
P1, P2 = "1729384756102938475", "1729384756102938476"
INVITES = "/target_collaborations"


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
    sim: TikTokShopSimulator,
    console: Console,
    settings: Settings,
    clock: FrozenClock,
    scopes: tuple[str, ...] = ALL_SCOPES,
) -> None:
    link = re.search(r"http\S+", await console.say("绑定 TikTok Shop"))
    assert link is not None
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    server = TestServer(build_web_app(settings, clock=clock))
    await server.start_server()
    try:
        query = {"code": sim.authorise("seller-1", scopes), "state": state}
        async with (
            aiohttp.ClientSession() as http,
            http.get(server.make_url("/tiktok/callback"), params=query) as r,
        ):
            assert r.status == 200
    finally:
        await server.close()


Setup = tuple[Console, DeliveryLoop, ConsoleOutbound, TikTokTouches]


async def _team(sim: TikTokShopSimulator, scopes: tuple[str, ...] = ALL_SCOPES) -> Setup:
    settings = _settings(sim)
    clock = FrozenClock(START)
    console, loop = build_console(settings, "小李", "zh_CN", clock=clock, stdout=io.StringIO())
    touches = loop._sender.notifier  # type: ignore[attr-defined]
    assert isinstance(touches, TikTokTouches)
    outbound = touches.outbound(Platform.CONSOLE)
    assert isinstance(outbound, ConsoleOutbound)
    await _connect(sim, console, settings, clock, scopes)
    for line in (
        "添加达人 @amy TikTok 美国 加州",
        "添加达人 @bob TikTok 英国 伦敦",
        "添加达人 @dan TikTok 英国 伦敦",
    ):
        assert "已添加" in await console.say(line)
    return console, loop, outbound, touches


@pytest.fixture
async def team(sim: TikTokShopSimulator) -> AsyncIterator[Setup]:
    setup = await _team(sim)
    try:
        yield setup
    finally:
        await setup[3].client.close()


async def _say(console: Console, text: str) -> str:
    """Say it; a write the bot was not sure about comes back as a confirmation card: confirm it."""
    reply = await console.say(text)
    if "确认" in reply and "定向邀约" not in reply.split("\n")[0]:
        reply = await console.press("确认")
    return reply


def _invite_calls(sim: TikTokShopSimulator) -> list[int]:
    return [r.code for r in sim.requests if r.path.endswith(INVITES)]


async def test_creator_id_by_hand_sets_the_link_for_the_workspace_shop(team: Setup) -> None:
    console = team[0]
    shop = await ShopConnection.get()
    reply = await _say(console, "@amy 的达人ID是 7234567890123456789")
    assert "已记下 @amy 的 TikTok Shop 达人 ID：7234567890123456789" in reply, reply
    amy = await Creator.get(handle_key="amy")
    link = await CreatorLink.get(creator_id=amy.id)
    assert (link.open_id, link.shop_id) == ("7234567890123456789", shop.id)  # type: ignore[attr-defined]
    await CreatorLink.filter(id=link.id).update(conversation_id="conv-old")
    changed = await _say(console, "@amy's tiktok creator id is uACafQAAAABmUU2qon4R0v")
    assert "从 7234567890123456789 改成 uACafQAAAABmUU2qon4R0v" in changed, changed
    link = await CreatorLink.get(creator_id=amy.id)
    assert (link.open_id, link.conversation_id) == ("uACafQAAAABmUU2qon4R0v", "")
    assert await CreatorLink.filter(creator_id=amy.id).count() == 1
    assert await AuditLog.filter(action="tiktok.creator_id").count() == 2
    await console.say("添加达人 @yt_yan YouTube 英国 伦敦")
    assert "不是 TikTok 达人" in await _say(console, "@yt_yan 的达人ID是 7234567890123456000")
    assert not await CreatorLink.filter(creator__handle_key="yt_yan").exists()


async def test_an_invite_goes_out_once_counts_against_the_quota_and_is_recorded(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console = team[0]
    await _say(console, "每周邀约额度 5")
    await _say(console, "@amy 的达人ID是 open-amy")
    reply = await _say(console, f"给 @amy 发定向邀约 佣金15% 商品 {P1} {P2} 联系邮箱 bd@glowlab.com")
    assert "已给 @amy 发定向邀约：佣金 15%" in reply, reply
    [sent] = sim.invites
    assert f"TikTok 邀约 ID {sent['id']}" in reply and f"商品：{P1}、{P2}" in reply
    assert "本周邀约+私信额度：已用 1/5，还剩 4" in reply
    [request] = [r for r in sim.requests if r.path.endswith(INVITES)]
    assert request.body["products"] == [
        {"id": P1, "target_commission_rate": 1500},
        {"id": P2, "target_commission_rate": 1500},
    ]
    assert request.body["creator_user_open_ids"] == ["open-amy"]
    assert request.body["seller_contact_info"] == {"email": "bd@glowlab.com"}
    assert request.body["free_sample_rule"] == {"has_free_sample": False, "is_sample_approval_exempt": False}
    assert int(request.body["end_time"]) == int((START + timedelta(days=30)).timestamp())

    amy = await Creator.get(handle_key="amy")
    row = await TargetInvite.get(creator_id=amy.id)
    assert (row.state, row.collaboration_id, row.commission_bp, row.products) == (
        InviteState.SENT,
        sent["id"],
        1500,
        [P1, P2],
    )
    collab = await Collaboration.get(creator_id=amy.id)
    assert collab.commission_percent == 15 and collab.deal_type == "affiliate"
    note = await Note.get(creator_id=amy.id)
    assert sent["id"] in note.text and P1 in note.text
    assert sent["id"] in await console.say("看看 @amy")  # in the creator's history

    week = await quota.usage(amy.workspace_id, START, "Asia/Shanghai")  # type: ignore[attr-defined]
    assert week is not None and week.used == 1

    again = await _say(console, f"给 @amy 发定向邀约 佣金15% 商品 {P2} {P1} 联系邮箱 bd@glowlab.com")
    assert "已经发过了" in again and sent["id"] in again, again
    assert len(sim.invites) == 1 and _invite_calls(sim) == [0]


async def test_bad_input_says_why_and_sends_nothing(sim: TikTokShopSimulator, team: Setup) -> None:
    console = team[0]
    await _say(console, "@amy 的达人ID是 open-amy")
    await _say(console, "@dan 的达人ID是 open-dan")
    mail = "联系邮箱 bd@glowlab.com"
    assert "需要佣金比例" in await _say(console, f"给 @amy 发定向邀约 商品 {P1} {mail}")
    assert "至少一个商品 ID" in await _say(console, f"给 @amy 发定向邀约 佣金15% {mail}")
    assert "最低 10%" in await _say(console, f"给 @amy 发定向邀约 佣金5% 商品 {P1} {mail}")
    assert "@bob 还没有 TikTok Shop 达人 ID" in await _say(
        console, f"给 @bob 发定向邀约 佣金15% 商品 {P1} {mail}"
    )
    assert "商家联系邮箱" in await _say(console, f"给 @amy 发定向邀约 佣金15% 商品 {P1}")
    assert sim.invites == [] and _invite_calls(sim) == []

    # the weekly quota: amy takes the last place, dan is refused before any call
    await _say(console, "每周邀约额度 1")
    assert "已给 @amy 发定向邀约" in await _say(console, f"给 @amy 发定向邀约 佣金15% 商品 {P1} {mail}")
    refused = await _say(console, f"给 @dan 发定向邀约 佣金15% 商品 {P1} {mail}")
    assert "本周邀约+私信额度（1）已用完" in refused, refused
    assert len(sim.invites) == 1 and _invite_calls(sim) == [0]
    assert not await TargetInvite.filter(creator__handle_key="dan").exists()

    # TikTok's own quota answer (16024019) is said in words and gives the claim back
    await _say(console, "每周邀约额度 10")
    sim.invite_quota = 0
    assert "TikTok 说店铺的邀约额度不够了" in await _say(
        console, f"给 @dan 发定向邀约 佣金15% 商品 {P1} {mail}"
    )
    assert not await TargetInvite.filter(creator__handle_key="dan").exists()


async def test_a_shop_without_the_collaboration_scope_is_told_so(sim: TikTokShopSimulator) -> None:
    scopes = tuple(s for s in ALL_SCOPES if s != "seller.affiliate_collaboration.write")
    console, _, _, touches = await _team(sim, scopes)
    try:
        await _say(console, "@amy 的达人ID是 open-amy")
        reply = await _say(console, f"给 @amy 发定向邀约 佣金15% 商品 {P1} 联系邮箱 bd@glowlab.com")
        assert "没有「管理达人合作」权限" in reply, reply
        assert _invite_calls(sim) == []
    finally:
        await touches.client.close()


async def test_an_invite_that_may_have_been_created_is_never_sent_again(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console = team[0]
    await _say(console, "@amy 的达人ID是 open-amy")
    sim.fail_next(502, 1, path=INVITES)
    text = f"给 @amy 发定向邀约 佣金15% 商品 {P1} 联系邮箱 bd@glowlab.com"
    assert "可能已经创建了" in await _say(console, text)
    assert "可能已经创建了" in await _say(console, text)  # the second time: nothing called
    assert len(_invite_calls(sim)) == 1
    assert (await TargetInvite.get()).state == InviteState.DOUBT


async def test_a_touch_carries_its_product_cards_once(sim: TikTokShopSimulator, team: Setup) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await _say(console, "外联由机器人发送")
    await _say(console, "@bob 的达人ID是 open-bob")
    card = await console.say(f"给 @bob 安排外联，达人当地时间明早10点 推商品 {P1}")
    assert "周四 11/26 10:00 伦敦" in card, card
    assert "已安排" in await console.press("确认")
    clock.advance(timedelta(hours=26, minutes=5))
    await loop.run_once()
    assert [m.msg_type for m in sim.sent] == ["TEXT", "PRODUCT_CARD"]
    assert json.loads(sim.sent[1].content) == {"product_id": P1}
    report = [p for p in outbound.printed if "已通过 TikTok Shop 发给 @bob" in p][-1]
    assert f"随消息发出的卡片：商品卡片 {P1}" in report, report

    # the touch run again (its worker died after sending): neither the text nor the card again
    row = await Delivery.get(creator__handle_key="bob", step=1)
    await Delivery.filter(id=row.id).update(status=DeliveryStatus.SENDING)
    result = await delivery.send_claimed(row.id, row.version, touches, clock)
    assert result.outcome == delivery.Outcome.SENT
    assert len(sim.sent) == 2
    assert await TikTokSend.filter(subject__startswith=f"delivery_id:{row.id}").count() == 2


async def test_a_touch_to_an_invited_creator_carries_the_invite_card(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    clock = touches.clock
    assert isinstance(clock, FrozenClock)
    await _say(console, "外联由机器人发送")
    await _say(console, "@bob 的达人ID是 open-bob")
    await _say(console, f"给 @bob 发定向邀约 佣金20% 商品 {P1} 联系邮箱 bd@glowlab.com")
    [invite] = sim.invites
    await console.say("给 @bob 安排外联，达人当地时间明早10点")
    await console.press("确认")
    clock.advance(timedelta(hours=26, minutes=5))
    await loop.run_once()
    assert [m.msg_type for m in sim.sent] == ["TEXT", "TARGET_COLLABORATION_CARD"]
    assert json.loads(sim.sent[1].content) == {"target_collaboration_id": invite["id"]}
    report = [p for p in outbound.printed if "已通过 TikTok Shop 发给 @bob" in p][-1]
    assert f"定向邀约卡片 {invite['id']}" in report, report
    # the invite and the touch are one creator in this week's quota
    bob = await Creator.get(handle_key="bob")
    start = quota.week_start(clock.now(), "Asia/Shanghai")
    assert await quota.creators_touched(bob.workspace_id, start, quota.week_end(start)) == {bob.id}  # type: ignore[attr-defined]


async def test_the_marketplace_card_pages_with_next(sim: TikTokShopSimulator, team: Setup) -> None:
    console = team[0]
    sim.creators = [
        {
            "creator_open_id": f"oc-{n}",
            "username": f"beauty_{n:02d}",
            "nickname": f"Beauty {n}",
            "selection_region": "US",
            "follower_count": 20_000 + n,
        }
        for n in range(30)
    ]
    first = await console.say("找美国美妆达人 粉丝1-10万")
    assert "@beauty_00" in first and "@beauty_11" in first and "@beauty_12" not in first
    second = await console.press("下一页")
    assert "@beauty_12" in second and "@beauty_23" in second and "@beauty_11" not in second, second
    assert "第 2 页" in second
    third = await console.press("下一页")
    assert "@beauty_24" in third and "@beauty_29" in third and "第 3 页" in third
    assert "下一页" not in third  # the last page has no next
    searches = [r for r in sim.requests if r.path.endswith("/marketplace_creators/search")]
    assert [r.query.get("page_token") for r in searches] == [None, "12", "24"]
    assert all(
        r.body["follower_demographics"] == {"count_range": {"count_ge": 10_000, "count_le": 100_000}}
        for r in searches
    )
    assert "已添加 @beauty_25" in await console.press("添加 @beauty_25")


async def test_in_feishu_an_invite_the_creator_id_and_the_next_page(sim: TikTokShopSimulator) -> None:
    """The same through the Feishu adapter: signed callbacks into the web app, replies out through lark-oapi
    to the Feishu simulator, the shop connected through the web app's callback route."""
    from tests.feishu_team import feishu_team

    clock = FrozenClock(START)
    sim.creators = [
        {"creator_open_id": f"oc-{n}", "username": f"beauty_{n:02d}", "follower_count": 20_000 + n}
        for n in range(15)
    ]
    async with feishu_team(clock, extra=Settings(tiktok=_settings(sim).tiktok)) as team:
        client = team.client
        link = re.search(r"http[^\s\"]+", (await team.say("绑定 TikTok Shop")).text)
        assert link is not None
        state = parse_qs(urlparse(link.group()).query)["state"][0]
        answer = await client.get(
            "/tiktok/callback", params={"code": sim.authorise("seller-1"), "state": state}
        )
        assert answer.status == 200
        await team.say("添加达人 @amy TikTok 美国 加州")

        async def say(text: str) -> str:
            reply = await team.say(text)
            if any(b["label"] == "确认" for b in reply.buttons):
                return json.dumps(await team.press(reply, "确认"), ensure_ascii=False)
            return reply.text

        assert "已记下 @amy 的 TikTok Shop 达人 ID：open-amy" in await say("@amy 的达人ID是 open-amy")
        sent = await say(f"给 @amy 发定向邀约 佣金15% 商品 {P1} 联系邮箱 bd@glowlab.com")
        [invite] = sim.invites
        assert "已给 @amy 发定向邀约" in sent and invite["id"] in sent, sent
        again = await say(f"给 @amy 发定向邀约 佣金15% 商品 {P1} 联系邮箱 bd@glowlab.com")
        assert "已经发过了" in again and len(sim.invites) == 1

        found = await team.say("找美国美妆达人 粉丝1-10万")
        assert "@beauty_11" in found.text and "@beauty_12" not in found.text
        page = json.dumps(await team.press(found, "下一页"), ensure_ascii=False)
        assert "@beauty_12" in page and "@beauty_14" in page and "@beauty_11" not in page, page
