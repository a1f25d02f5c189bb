"""Connecting a TikTok Shop end to end against the simulator, on SQLite and PostgreSQL: the link from the
chat, the callback route exchanging the code, tokens stored sealed, the chat told, the status card, tokens
refreshed before they expire (once), and a revoked authorisation said in plain words."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.console import Console
from bot.adapters.tiktok_shop.callback import refresher
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_dispatcher, build_tiktok_client, build_tiktok_connector, build_web_app
from models.creator import Creator
from models.enums import DeliveryKind
from models.schedule import Delivery
from models.tiktok_shop import ConnectionStatus, CreatorLink, ShopConnection
from tests.simulators.tiktok_shop import SimShop, TikTokShopSimulator
from workflows import tiktok_shop
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        simulator.add_seller(
            "seller-1",
            SimShop("7494001", "GlowLab US", "US", "ROW_us_cipher"),
            SimShop("7494002", "GlowLab UK", "GB", "ROW_uk_cipher"),
        )
        yield simulator


def _settings(sim: TikTokShopSimulator) -> Settings:
    return Settings(
        tiktok=TikTokShopSettings(
            app_key=sim.app_key,
            app_secret=sim.app_secret,
            service_id="7001",
            api_base=sim.url,
            auth_base=sim.url,
            authorize_url=f"{sim.url}/open/authorize",
        )
    )


@pytest.fixture
def now() -> FrozenClock:
    return FrozenClock(datetime.now(UTC).replace(microsecond=0))  # the simulator's tokens are real-time


async def _callback(settings: Settings, clock: FrozenClock, query: dict[str, str]) -> tuple[int, str]:
    server = TestServer(build_web_app(settings, clock=clock))
    await server.start_server()
    try:
        async with (
            aiohttp.ClientSession() as http,
            http.get(server.make_url("/tiktok/callback"), params=query) as r,
        ):
            return r.status, await r.text()
    finally:
        await server.close()


async def _connect(sim: TikTokShopSimulator, console: Console, settings: Settings, clock: FrozenClock) -> str:
    reply = await console.say("绑定 TikTok Shop")
    link = re.search(r"http\S+", reply)
    assert link is not None, reply
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    status, page = await _callback(settings, clock, {"code": sim.authorise("seller-1"), "state": state})
    assert status == 200, page
    return page


async def test_connect_from_chat_stores_sealed_tokens_and_tells_the_chat(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    assert "1 小时内" in await console.say("绑定 TikTok Shop")
    page = await _connect(sim, console, settings, now)
    assert "GlowLab US" in page and "GlowLab UK" in page
    rows = await ShopConnection.all().order_by("shop_id")
    assert [(r.shop_name, r.cipher, r.status) for r in rows] == [
        ("GlowLab US", "ROW_us_cipher", ConnectionStatus.ACTIVE),
        ("GlowLab UK", "ROW_uk_cipher", ConnectionStatus.ACTIVE),
    ]
    issued = [r for r in sim.requests if r.path == "/api/v2/token/get"]
    assert len(issued) == 1
    for row in rows:
        assert row.access_token.startswith("v1:") and "TTP_" not in row.access_token
        assert row.refresh_token.startswith("v1:") and "RFR_" not in row.refresh_token
    notice = await Delivery.get(kind=DeliveryKind.NOTICE)
    assert "已绑定 TikTok Shop：GlowLab US（US）" in notice.text
    status = await console.say("TikTok Shop 状态")
    assert "GlowLab US（US）：已连接" in status and "GlowLab UK（GB）：已连接" in status
    assert "给达人发消息" in status and "令牌有效至" in status and "上次同步：还没有" in status
    assert "由负责人自己发送" in status
    # connecting again renews, never duplicates
    await _connect(sim, console, settings, now)
    assert await ShopConnection.all().count() == 2


async def test_a_forged_or_stale_state_is_refused_before_any_call(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    status, page = await _callback(settings, now, {"code": sim.authorise(), "state": "v1:forged"})
    assert status == 400 and "已失效" in page
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    link = re.search(r"http\S+", await console.say("绑定 TikTok Shop"))
    assert link is not None
    state = parse_qs(urlparse(link.group()).query)["state"][0]
    later = FrozenClock(now.now() + timedelta(hours=2))
    status, _ = await _callback(settings, later, {"code": sim.authorise(), "state": state})
    assert status == 400
    assert not [r for r in sim.requests if r.path.startswith("/api/v2")]
    assert await ShopConnection.all().count() == 0


async def test_operators_cannot_connect_and_unconfigured_says_how(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")  # not yet a member
    admin = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    await admin.say("帮助")  # 小李 is the first member: admin
    operator = Console(build_dispatcher(settings, clock=now), user="小王", locale="zh_CN", user_id="u-wang")
    assert "只有管理员或经理可以绑定 TikTok Shop" in await operator.say("绑定 TikTok Shop")
    bare = Console(build_dispatcher(Settings(), clock=now), user="小李", locale="zh_CN")
    assert "TIKTOK_SHOP_APP_KEY" in await bare.say("绑定 TikTok Shop")
    assert "TIKTOK_SHOP_APP_KEY" in await bare.say("TikTok Shop 状态")


async def test_tokens_are_refreshed_before_expiry_once_and_a_revoked_shop_needs_authorising(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    await _connect(sim, console, settings, now)
    connector = build_tiktok_connector(settings)
    assert connector is not None
    client = build_tiktok_client(settings)
    refresh = refresher(client)
    row = await ShopConnection.get(shop_id="7494001")
    workspace = row.workspace_id  # type: ignore[attr-defined]
    try:
        fresh = await tiktok_shop.access(workspace, connector.sealer, refresh, now.now())
        assert fresh.cipher == "ROW_us_cipher" and fresh.access_token.startswith("TTP_")
        assert not [r for r in sim.requests if r.path == "/api/v2/token/refresh"]
        soon = row.access_expires_at - timedelta(hours=2)
        sim.advance(6 * 24 * 3600)  # TikTok's clock at that moment: the renewed token lasts 7 days from it
        renewed = await tiktok_shop.access(workspace, connector.sealer, refresh, soon)
        again = await tiktok_shop.access(workspace, connector.sealer, refresh, soon)
        assert renewed.access_token != fresh.access_token
        assert again.access_token == renewed.access_token
        assert len([r for r in sim.requests if r.path == "/api/v2/token/refresh"]) == 1
        # one seller's grant covers both shops: the UK shop was renewed with the US one
        assert await tiktok_shop.refresh_due(connector.sealer, refresh, soon) == 0
        uk = await tiktok_shop.access(workspace, connector.sealer, refresh, soon, shop_id="7494002")
        assert uk.access_token == renewed.access_token
        sim.revoke("seller-1")
        far = soon + timedelta(days=7)
        with pytest.raises(tiktok_shop.NoShop):
            await tiktok_shop.access(workspace, connector.sealer, refresh, far)
    finally:
        await client.close()
    row = await ShopConnection.get(shop_id="7494001")
    assert row.status == ConnectionStatus.NEEDS_AUTH and row.last_error == "refresh_refused"
    status = await console.say("TikTok Shop 状态")
    assert "GlowLab US（US）：需要重新授权" in status and "续期被 TikTok 拒绝" in status


async def test_marketplace_search_card_and_adding_a_creator_keeps_their_id(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    sim.creators = [
        {
            "creator_open_id": f"oc-{name}",
            "username": name,
            "nickname": name.title(),
            "selection_region": "US",
            "follower_count": followers,
            "gmv": {"amount": "1232.90", "currency": "USD"},
            "avg_ec_video_view_count": 5400,
        }
        for name, followers in (("amy_beauty", 52_000), ("beautybybo", 8_000), ("gym_greg", 40_000))
    ]
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    assert "还没有绑定 TikTok Shop" in await console.say("找美国美妆达人 粉丝1-10万")
    await _connect(sim, console, settings, now)
    card = await console.say("找美国美妆达人 粉丝1-10万")
    assert "达人广场搜索结果（GlowLab US）" in card
    assert "@amy_beauty（Amy_Beauty）· 粉丝 5.2万 · 近30天GMV 1232.90 USD" in card
    assert "beautybybo" not in card and "gym_greg" not in card  # 8k followers; not a beauty name
    assert "按关键词 beauty 匹配" in card
    [search] = [r for r in sim.requests if r.path.endswith("/marketplace_creators/search")]
    assert search.body["follower_demographics"] == {"count_range": {"count_ge": 10_000, "count_le": 100_000}}
    assert "已添加 @amy_beauty 到达人库" in await console.press("添加 @amy_beauty")
    amy = await Creator.get(handle_key="amy_beauty")
    assert (amy.platform, amy.country, amy.followers) == ("tiktok", "US", 52_000)
    link = await CreatorLink.get(creator_id=amy.id)
    assert link.open_id == "oc-amy_beauty"
    assert "已在达人库中" in await console.press("添加 @amy_beauty")
    assert await CreatorLink.filter(creator_id=amy.id).count() == 1
