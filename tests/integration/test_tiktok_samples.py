"""TikTok Shop sample applications (issue 19), against the simulator, in the console and in Feishu: a new
application becomes one card in the chat (a second read posts nothing), 通过 reviews it exactly once (the
simulator records one review) and a second press says who decided; 拒绝 asks the reason; the sample's
shipping and delivery move the creator to 已寄样 / 已签收 and start the content clock, its posted video to
已发布; a revoked token gives a clear message and loses nothing."""

from __future__ import annotations

import io
import re
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs import tiktok_samples
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.tiktok_touch import TikTokTouches
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_console, build_web_app
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator, Note
from models.enums import Platform, Stage
from models.tiktok_shop import (
    ConnectionStatus,
    CreatorLink,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    SampleApplication,
    SampleDecision,
    ShopConnection,
)
from tests.feishu_team import Team
from tests.feishu_team import feishu_team as shared_feishu_team
from tests.simulators.tiktok_shop import ALL_SCOPES, TikTokShopSimulator
from workflows import tiktok_samples as tiktok_samples_workflow
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("db")
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday 16:00 in Beijing


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        simulator.offset = START.timestamp() - time.time()  # its clock reads the test's frozen one
        yield simulator


def _tiktok(sim: TikTokShopSimulator) -> TikTokShopSettings:
    return TikTokShopSettings(
        sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/open/authorize"
    )


async def _callback(
    sim: TikTokShopSimulator, web: TestClient[aiohttp.web.Request, aiohttp.web.Application], text: str
) -> None:
    link = re.search(r"http\S+?(?=[\s\"\\)]|$)", text)
    assert link is not None, text
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    response = await web.get("/tiktok/callback", params={"code": sim.authorise("seller-1"), "state": state})
    assert response.status == 200


Setup = tuple[Console, DeliveryLoop, ConsoleOutbound, TikTokTouches]


@pytest.fixture
async def team(sim: TikTokShopSimulator) -> AsyncIterator[Setup]:
    settings = Settings(tiktok=_tiktok(sim))
    clock = FrozenClock(START)
    console, loop = build_console(settings, "小李", "zh_CN", clock=clock, stdout=io.StringIO())
    touches = loop._sender.notifier  # type: ignore[attr-defined]
    assert isinstance(touches, TikTokTouches)
    outbound = touches.outbound(Platform.CONSOLE)
    assert isinstance(outbound, ConsoleOutbound)
    web = TestClient(TestServer(build_web_app(settings, clock=clock)))
    await web.start_server()
    try:
        await _callback(sim, web, await console.say("绑定 TikTok Shop"))
    finally:
        await web.close()
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    amy = await Creator.get(handle_key="amy")
    await CreatorLink.create(creator_id=amy.id, open_id="open-amy")
    try:
        yield console, loop, outbound, touches
    finally:
        await touches.client.close()


def _cards(outbound: ConsoleOutbound, words: str) -> list[str]:
    return [p for p in outbound.printed if words in p]


def _button(outbound: ConsoleOutbound, words: str, label: str) -> str:
    """The console token (`/b3`) of `label` on the printed card that says `words`."""
    [card] = _cards(outbound, words)
    found = re.search(rf"\[{label} (/b\d+)\]", card)
    assert found is not None, card
    return found.group(1)


def _reviews(sim: TikTokShopSimulator) -> list[int]:
    return [r.status for r in sim.requests if r.path.endswith("/review")]


async def _read(loop: DeliveryLoop, touches: TikTokTouches) -> dict[str, int]:
    done = await tiktok_samples.sweep(touches)
    await loop.run_once()
    return done


async def test_an_application_is_one_card_approved_once_and_its_sample_moves_the_creator(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    application = sim.apply_for_sample("amy", "open-amy", title="Glow Serum 30ml")
    await _read(loop, touches)
    [card] = _cards(outbound, "申请样品")
    assert "🎁 @amy 在 TikTok Shop 申请样品" in card and "Glow Serum 30ml" in card
    assert "负责人" in card and "审核截止" in card and "12月2日 周三 16:00" in card  # 7 days, team time
    assert "通过" in card and "拒绝" in card and "添加" not in card
    deadline = await Deadline.get(kind=DeadlineKind.SAMPLE_APPROVAL)
    assert deadline.status == DeadlineStatus.OPEN and str(deadline.due_on) == "2026-12-02"

    assert await _read(loop, touches) == {"tiktok_samples": 0}  # read again: nothing posted twice
    assert len(_cards(outbound, "申请样品")) == 1 and await SampleApplication.all().count() == 1

    answer = await console.press("通过")
    assert "✅ 小李 通过了 @amy 的样品申请" in answer
    assert sim.reviews == [(application, "APPROVE", "")] and _reviews(sim) == [200]
    again = await console.press("通过")
    assert "已由 小李 在" in again and "通过" in again and "不会再提交" in again
    assert _reviews(sim) == [200], "a second press never calls TikTok"
    assert (await Deadline.get(id=deadline.id)).status == DeadlineStatus.DONE
    amy = await Creator.get(handle_key="amy")
    assert "样品申请已通过：Glow Serum 30ml" in (await Note.get(creator_id=amy.id)).text
    assert await AuditLog.filter(action="sample.review").count() == 1

    sim.sample_moves(application, "SHIPPED")
    await _read(loop, touches)
    amy = await Creator.get(handle_key="amy")
    assert amy.stage == Stage.SAMPLE_SHIPPED
    assert (await Collaboration.get(creator_id=amy.id)).sample_shipped_at is not None  # results' sample cost
    assert _cards(outbound, "已发货 → 已寄样")

    sim.sample_moves(application, "CONTENT_PENDING")
    await _read(loop, touches)
    amy = await Creator.get(handle_key="amy")
    assert amy.stage == Stage.SAMPLE_RECEIVED
    due = await Deadline.get(kind=DeadlineKind.CONTENT_DUE)
    assert due.status == DeadlineStatus.OPEN and str(due.due_on) == "2026-12-09"  # day 14, free sample
    [notice] = _cards(outbound, "已签收样品")
    assert "内容截止：12月9日" in notice
    await _read(loop, touches)
    assert len(_cards(outbound, "已签收样品")) == 1

    sim.post_content(application, "7301")
    await _read(loop, touches)
    assert (await Creator.get(handle_key="amy")).stage == Stage.CONTENT_POSTED
    assert (await Deadline.get(id=due.id)).status == DeadlineStatus.DONE
    assert _cards(outbound, "已发布")
    fulfilments = [r for r in sim.requests if r.path.endswith("/fulfillments/search")]
    assert fulfilments and all(r.accepted for r in fulfilments)


async def test_reject_asks_the_reason_and_an_unknown_creator_can_be_added(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    application = sim.apply_for_sample("zoe.glow", "open-zoe")
    await _read(loop, touches)
    [card] = _cards(outbound, "申请样品")
    assert "@zoe.glow" in card and "不在达人库" in card and "添加 @zoe.glow" in card
    assert "已添加 @zoe.glow" in await console.press("添加 @zoe.glow")
    zoe = await Creator.get(handle_key="zoe.glow")
    assert (await CreatorLink.get(creator_id=zoe.id)).open_id == "open-zoe"
    assert (await SampleApplication.get()).creator_id == zoe.id  # type: ignore[attr-defined]

    why = await console.press("拒绝")
    assert "原因" in why and "暂时缺货" in why and sim.reviews == []
    answer = await console.press("暂时缺货")
    assert "❌ 小李 拒绝了 @zoe.glow 的样品申请（暂时缺货）" in answer
    assert sim.reviews == [(application, "REJECT", "OUT_OF_STOCK")]
    assert "已由 小李 在" in await console.press("通过") and len(sim.reviews) == 1
    assert (await SampleApplication.get()).decision == SampleDecision.REJECTED


async def test_every_page_is_read_and_a_shop_without_the_read_scope_is_not(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    _console, _loop, _outbound, touches = team
    for n in range(55):
        sim.apply_for_sample(f"fan{n}", f"open-fan{n}")
    await ShopConnection.all().update(scopes=["seller.affiliate_messages.write"])
    assert await tiktok_samples.sweep(touches) == {"tiktok_samples": 0}
    assert not [r for r in sim.requests if r.path.endswith("/sample_applications/search")]
    await ShopConnection.all().update(scopes=list(ALL_SCOPES))
    assert await tiktok_samples.sweep(touches) == {"tiktok_samples": 55}
    searches = [r for r in sim.requests if r.path.endswith("/sample_applications/search")]
    assert [r.query.get("page_token", "") for r in searches] == ["", "50"]
    assert all(r.accepted for r in searches)  # signed as the simulator recomputes it, within the scope
    assert await SampleApplication.all().count() == 55


async def test_decided_in_seller_center_closes_the_card_and_the_deadline(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, _outbound, touches = team
    application = sim.apply_for_sample("amy", "open-amy")
    await _read(loop, touches)
    sim.sample_moves(application, "REJECT_CANCELLED")  # a teammate rejected it in Seller Center
    await _read(loop, touches)
    assert (await SampleApplication.get()).decision == SampleDecision.ELSEWHERE
    assert (await Deadline.get(kind=DeadlineKind.SAMPLE_APPROVAL)).status == DeadlineStatus.CANCELLED
    assert "已经在 Seller Center 处理过" in await console.press("通过") and sim.reviews == []


async def test_a_revoked_token_says_so_and_loses_nothing(sim: TikTokShopSimulator, team: Setup) -> None:
    console, loop, _outbound, touches = team
    application = sim.apply_for_sample("amy", "open-amy")
    await _read(loop, touches)
    sim.revoke("seller-1")
    answer = await console.press("通过")
    assert "没能提交审核" in answer and "重新「绑定 TikTok Shop」" in answer and "仍是待审核" in answer
    assert sim.reviews == []
    assert (await SampleApplication.get()).decision == SampleDecision.PENDING
    assert await tiktok_samples.sweep(touches) == {"tiktok_samples": 0}  # the sweep notes it, goes on
    assert (await ShopConnection.get()).last_error == "token_rejected"
    assert "TikTok 不认这个令牌了" in await console.say("TikTok Shop 状态")

    settings = Settings(tiktok=_tiktok(sim))  # the seller authorises again: the same press now works
    web = TestClient(TestServer(build_web_app(settings, clock=touches.clock)))
    await web.start_server()
    try:
        await _callback(sim, web, await console.say("绑定 TikTok Shop"))
    finally:
        await web.close()
    assert "通过了 @amy 的样品申请" in await console.press("通过")
    assert sim.reviews == [(application, "APPROVE", "")]


async def test_the_card_can_be_answered_by_typing_as_on_wecom(sim: TikTokShopSimulator, team: Setup) -> None:
    console, loop, _outbound, touches = team
    application = sim.apply_for_sample("amy", "open-amy")
    await _read(loop, touches)
    answer = await console.say("通过")  # a word on the card, typed (WeCom has no buttons)
    assert "通过了 @amy 的样品申请" in answer
    assert sim.reviews == [(application, "APPROVE", "")]


async def test_a_press_whose_process_died_mid_call_is_settled_from_tiktok(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, outbound, touches = team
    first = sim.apply_for_sample("amy", "open-amy")
    second = sim.apply_for_sample("amy", "open-amy", product_id="42", title="Lip Oil")
    await _read(loop, touches)
    assert isinstance(touches.clock, FrozenClock)
    claimed_at = touches.clock.now()
    await SampleApplication.all().update(decision=SampleDecision.DECIDING, decided_at=claimed_at)
    sim.sample_moves(second, "AWAITING_SHIPMENT")  # that one's call had reached TikTok
    first_approve = _button(outbound, "Glow Serum", "通过")
    assert "正在审核" in await console.press(first_approve)
    await tiktok_samples.sweep(touches)
    assert (await SampleApplication.get(application_id=first)).decision == SampleDecision.DECIDING  # young
    touches.clock.advance(tiktok_samples_workflow.STALE_CLAIM * 2)
    await tiktok_samples.sweep(touches)
    assert (await SampleApplication.get(application_id=first)).decision == SampleDecision.PENDING
    assert (await SampleApplication.get(application_id=second)).decision == SampleDecision.APPROVED
    assert "通过了 @amy 的样品申请" in await console.press(first_approve)
    assert sim.reviews == [(first, "APPROVE", "")]


async def test_an_expired_authorisation_says_so_and_keeps_the_application(
    sim: TikTokShopSimulator, team: Setup
) -> None:
    console, loop, _outbound, touches = team
    sim.apply_for_sample("amy", "open-amy")
    await _read(loop, touches)
    assert isinstance(touches.clock, FrozenClock)
    later = timedelta(days=61)  # past the refresh token's life: the seller must authorise again
    touches.clock.advance(later)
    sim.advance(later.total_seconds())
    answer = await console.press("通过")
    assert "授权已失效" in answer and "申请还在" in answer and sim.reviews == []
    assert (await SampleApplication.get()).decision == SampleDecision.PENDING
    assert (await ShopConnection.get()).status == ConnectionStatus.NEEDS_AUTH


async def test_only_the_owner_or_a_lead_decides(sim: TikTokShopSimulator, team: Setup) -> None:
    console, loop, _outbound, touches = team
    sim.apply_for_sample("amy", "open-amy")
    await _read(loop, touches)
    stranger = Console(console._dispatcher, "小王", "zh_CN")
    stranger._buttons = dict(console._buttons)
    assert "已添加" in await stranger.say("添加达人 @bob TikTok 美国")  # 小王 joins as an operator
    await console.say("@amy 交给小李")
    refused = await stranger.press("通过")
    assert "不是你负责的达人" in refused and "请负责人 小李" in refused and sim.reviews == []
    assert (await SampleApplication.get()).decision == SampleDecision.PENDING


# ---- Feishu: the card in the group, a real card callback --------------------------------------------


@pytest.fixture
async def feishu_team(sim: TikTokShopSimulator) -> AsyncIterator[tuple[Team, TikTokTouches]]:
    """The group in Feishu with the delivery engine running through the TikTok notifier serve builds."""
    clock = FrozenClock(START)
    async with shared_feishu_team(clock, extra=Settings(tiktok=_tiktok(sim))) as team:
        touches = team.notifier
        assert isinstance(touches, TikTokTouches)
        await _callback(sim, team.client, (await team.say("绑定 TikTok Shop")).text)
        await team.loop.run_once()  # the "connected" notice
        await team.say("添加达人 @amy TikTok 美国 加州")
        amy = await Creator.get(handle_key="amy")
        await CreatorLink.create(creator_id=amy.id, open_id="open-amy")
        yield team, touches


async def test_in_feishu_the_card_is_pressed_once(
    sim: TikTokShopSimulator, feishu_team: tuple[Team, TikTokTouches]
) -> None:
    team, touches = feishu_team
    application = sim.apply_for_sample("amy", "open-amy")
    before = len(team.sim.messages)
    await tiktok_samples.sweep(touches)
    await team.loop.run_once()
    await tiktok_samples.sweep(touches)
    await team.loop.run_once()
    [card] = team.sim.messages[before:]
    assert card.chat_id == "oc_group1" and "@amy 在 TikTok Shop 申请样品" in card.text
    assert [b["label"] for b in card.buttons] == ["通过", "拒绝"]
    answer = await team.press(card, "通过")
    assert "通过了 @amy 的样品申请" in answer["toast"]["content"]
    again = await team.press(card, "通过")
    assert "已由" in again["toast"]["content"]
    assert sim.reviews == [(application, "APPROVE", "")] and len(_reviews(sim)) == 1
    sim.sample_moves(application, "CONTENT_PENDING")  # shipped and delivered between two reads
    await tiktok_samples.sweep(touches)
    await team.loop.run_once()
    amy = await Creator.get(handle_key="amy")
    assert amy.stage == Stage.SAMPLE_RECEIVED
    assert (await Collaboration.get(creator_id=amy.id)).sample_shipped_at is not None
    assert await Deadline.filter(kind=DeadlineKind.CONTENT_DUE, status=DeadlineStatus.OPEN).count() == 1
    shown = " ".join(m.text for m in team.sim.messages[before:])
    assert "已寄样" in shown and "已签收" in shown
