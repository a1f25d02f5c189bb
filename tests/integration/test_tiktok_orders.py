"""TikTok Shop affiliate orders synced into the results tables, against the simulator, on SQLite and
PostgreSQL: "同步订单" reads every page (signed, scoped), the lines land in `shop_order` through the orders
import's writer (attributed by creator username), the results answer changes, a second sync duplicates
nothing, a refund made between syncs updates its line in place, the status card says when and how many; a
shop without the scope is refused by the simulator and explained; the in-process jobs (no Redis) poll
replies, renew tokens and sync orders."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.console import Console
from bot.adapters.tiktok_shop.orders import ClientOrders
from bot.background import start_jobs, tiktok_jobs
from bot.jobs.tiktok_touch import TikTokTouches
from bot.settings import Settings, TikTokShopSettings
from bot.wiring import build_console, build_dispatcher, build_tiktok_client, build_web_app
from models.audit import AuditLog
from models.creator import Creator
from models.enums import DeliveryKind, Stage
from models.results import Order, OrderStatus
from models.schedule import Delivery
from models.tiktok_shop import CreatorLink, ShopConnection
from tests.simulators.tiktok_shop import ALL_SCOPES, TikTokShopSimulator
from tests.waiting import eventually
from workflows import tiktok_orders
from workflows.ports import FrozenClock
from workflows.tiktok_orders import OrdersUnavailable

pytestmark = pytest.mark.usefixtures("db")
CIPHER = "ROW_seller-1_cipher"  # the simulator's shop of seller-1
ORDERS_PATH = "/affiliate_seller/202410/orders/search"


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        yield simulator


@pytest.fixture
def now() -> FrozenClock:
    return FrozenClock(datetime.now(UTC).replace(microsecond=0))  # the simulator's tokens are real-time


def _settings(sim: TikTokShopSimulator, *, poll: bool = False) -> Settings:
    return Settings(
        tiktok=TikTokShopSettings(
            sim.app_key, sim.app_secret, "7001", sim.url, sim.url, f"{sim.url}/open/authorize", poll=poll
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


def _shop_orders(sim: TikTokShopSimulator, now: datetime) -> None:
    """130 orders over the last 20 days (two pages of 100): @amy's 100 (one with two SKUs), @zoe's 30
    (not in the pipeline); and one 120 days old that no sync reads."""
    for n in range(100):
        skus = [sim.sku(f"A{n}", "amy", "20.00", quantity=2)]  # 40.00 each
        if n == 0:
            skus.append(sim.sku("B0", "Amy", "5.50", content_type="LIVE"))
        sim.add_order(CIPHER, f"57{n:04d}", (now - timedelta(days=20, minutes=-n)).timestamp(), *skus)
    for n in range(30):
        sim.add_order(
            CIPHER, f"58{n:04d}", (now - timedelta(days=3)).timestamp(), sim.sku(f"Z{n}", "zoe", "9.99")
        )
    sim.add_order(CIPHER, "590000", (now - timedelta(days=120)).timestamp(), sim.sku("OLD", "amy", "1000.00"))


def _order_calls(sim: TikTokShopSimulator) -> list[tuple[str, int]]:
    return [(r.query.get("page_token", ""), r.code) for r in sim.requests if r.path == ORDERS_PATH]


async def test_orders_sync_into_the_results_and_refunds_update_in_place(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    await _connect(sim, console, settings, now)
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("报表币种 美元")
    before = await console.say("@amy 带了多少货")
    assert "4,005.50" not in before
    status = await console.say("TikTok Shop 状态")
    assert "订单同步：还没有" in status
    _shop_orders(sim, now.now())

    card = await console.say("同步订单")
    assert "读到 131 行订单，新增 131，更新 0" in card, card
    assert "@zoe" in card  # not in the pipeline: kept, listed, with the import's "add these creators"
    assert "把这些达人加入名单" in card
    # two pages, both signed and accepted; the 120-day-old order is outside the first sync's 90 days
    assert _order_calls(sim) == [("", 0), ("100", 0)]
    assert await Order.filter(workspace_id=(await Creator.get(handle_key="amy")).workspace_id).count() == 131
    amy = await Creator.get(handle_key="amy")
    lines = await Order.filter(creator_id=amy.id).order_by("order_id", "sku")
    assert len(lines) == 101 and not await Order.filter(order_id="590000").exists()
    first = lines[0]
    assert (first.order_id, first.sku, first.amount, first.currency, first.status) == (
        "570000",
        "A0",
        Decimal("40.00"),
        "USD",
        OrderStatus.PAID,
    )
    assert first.commission_estimated == Decimal("4.00") and first.source == "tiktok_shop"
    live = await Order.get(order_id="570000", sku="B0")
    assert live.creator_id == amy.id and live.content_type == "live"  # "Amy" is @amy's handle
    assert await Order.filter(creator_id=None, handle="zoe").count() == 30
    assert await AuditLog.filter(action="orders.sync").count() == 1  # one batch of 131: one audit row
    after = await console.say("@amy 带了多少货")
    assert after != before and "4,005.50" in after, after  # 100 × 40.00 + 5.50

    # the same window again: nothing duplicated, nothing changed
    assert "读到 131 行订单，新增 0，更新 0" in await console.say("同步订单")
    assert await Order.all().count() == 131

    # between syncs: one unit of an order refunded, another order's commission paid
    refunded = sim.order("570005")["skus"][0]
    refunded["refunded_quantity"] = 1
    paid = sim.order("570006")["skus"][0]
    paid["actual_paid_commission"] = {"amount": "3.60", "currency": "USD"}
    sim.order("570006")["status"] = "COMPLETED"
    line_id = (await Order.get(order_id="570005")).id
    now.advance(timedelta(hours=1))
    assert "读到 131 行订单，新增 0，更新 2" in await console.say("同步订单")
    line = await Order.get(order_id="570005")
    assert (line.id, line.refund_amount, line.refunded_quantity) == (line_id, Decimal("20.00"), 1)
    settled = await Order.get(order_id="570006")
    assert settled.commission_actual == Decimal("3.60") and settled.status == OrderStatus.COMPLETED
    assert await Order.all().count() == 131
    assert "3,985.50" in await console.say("@amy 带了多少货")  # the refund is out of the GMV

    # the whole line back: refunded, in place
    refunded["refunded_quantity"] = 2
    assert "更新 1" in await console.say("sync tiktok orders")
    line = await Order.get(order_id="570005")
    assert (line.id, line.status, line.refund_amount) == (line_id, OrderStatus.REFUNDED, Decimal("40.00"))

    status = await console.say("TikTok Shop 状态")
    assert "订单同步：" in status and "读到 131 行（新增 0，更新 1）" in status, status
    assert "已添加" in await console.press("把这些达人加入名单")
    zoe = await Creator.get(handle_key="zoe")
    assert await Order.filter(creator_id=zoe.id).count() == 30
    row = await ShopConnection.get()
    assert row.orders_cursor == now.now() and row.orders_syncing_since is None


async def test_a_later_sync_reads_from_the_cursor_less_the_reread_window(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    await _connect(sim, console, settings, now)
    assert "读到 0 行订单" in await console.say("同步订单")
    first = next(r for r in sim.requests if r.path == ORDERS_PATH)
    assert first.body["create_time_ge"] == int((now.now() - tiktok_orders.FIRST_SYNC).timestamp())
    assert first.body["create_time_lt"] == int(now.now().timestamp())
    assert first.query["page_size"] == "100"
    cursor = now.now()
    now.advance(timedelta(hours=2))
    await console.say("同步订单")
    second = [r for r in sim.requests if r.path == ORDERS_PATH][-1]
    assert second.body["create_time_ge"] == int((cursor - tiktok_orders.REREAD).timestamp())


async def test_a_failure_half_way_keeps_the_cursor_and_the_next_sync_finishes(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    console = Console(build_dispatcher(settings, clock=now), user="小李", locale="zh_CN")
    await _connect(sim, console, settings, now)
    _shop_orders(sim, now.now())
    await console.say("同步订单")  # 131 lines
    for n in range(100, 250):  # 150 more orders: the second page of the next sync fails
        sim.add_order(
            CIPHER, f"56{n:04d}", (now.now() - timedelta(days=1)).timestamp(), sim.sku(f"N{n}", "amy", "1")
        )
    sim.fail_next(502, times=5, path="orders", after=1)  # every retry of the second page's call
    cursor = (await ShopConnection.get()).orders_cursor
    now.advance(timedelta(hours=1))
    # the second page is answered 502 five times: the first page's lines are written, the chat told, the
    # cursor kept (orders are read oldest first: the 100 of 20 days ago, then the rest)
    card = await console.say("同步订单")
    assert "没有同步完" in card and "稍后会自动重试" in card, card
    assert "读到 101 行订单，新增 0，更新 0" in card, card
    assert (await ShopConnection.get()).orders_cursor == cursor
    card = await console.say("同步订单")
    assert "读到 281 行订单，新增 150，更新 0" in card, card
    assert await Order.all().count() == 281


async def test_a_shop_without_the_scope_is_refused_and_explained(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    dispatcher = build_dispatcher(settings, clock=now)
    console = Console(dispatcher, user="小李", locale="zh_CN")
    scopes = tuple(s for s in ALL_SCOPES if s != tiktok_orders.SCOPE)
    await _connect(sim, console, settings, now, scopes)
    assert "没有「查看合作」权限" in await console.say("同步订单")
    assert not _order_calls(sim)  # the bot did not even try
    # the simulator itself refuses the call without the scope
    client = build_tiktok_client(settings)
    row = await ShopConnection.get()
    assert dispatcher.tiktok is not None
    feed = ClientOrders(dispatcher.tiktok.sealer, now, client=client)
    try:
        with pytest.raises(OrdersUnavailable) as refused:
            async for _ in feed.pages(
                row.workspace_id, row.shop_id, now.now() - timedelta(days=1), now.now()
            ):  # type: ignore[attr-defined]
                pass
    finally:
        await client.close()
    assert refused.value.key == "refused" and _order_calls(sim) == [("", 105005)]
    assert "TikTok Shop 拒绝了请求" in await console.say("TikTok Shop 状态")


async def test_an_operator_cannot_sync_and_nothing_is_called(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim)
    dispatcher = build_dispatcher(settings, clock=now)
    li = Console(dispatcher, user="小李", locale="zh_CN")
    wang = Console(dispatcher, user="小王", locale="zh_CN")
    await _connect(sim, li, settings, now)
    await wang.say("帮助")
    assert "只有管理员或经理" in await wang.say("同步订单")
    assert not _order_calls(sim)


async def test_without_redis_the_process_polls_replies_renews_tokens_and_syncs_orders(
    sim: TikTokShopSimulator, now: FrozenClock
) -> None:
    settings = _settings(sim, poll=True)
    console, loop = build_console(settings, "小李", "zh_CN", clock=now, stdout=io.StringIO())
    touches = loop.notifier
    assert isinstance(touches, TikTokTouches)
    await _connect(sim, console, settings, now)
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    amy = await Creator.get(handle_key="amy")
    sim._conversations[(CIPHER, "open-amy")] = "conv-amy"  # a conversation opened before
    sim._creator_of["conv-amy"] = "open-amy"
    await CreatorLink.create(creator_id=amy.id, open_id="open-amy", conversation_id="conv-amy")
    jobs = tiktok_jobs(touches, settings)
    assert sorted(name for name, _, _ in jobs) == [
        "tiktok-orders",
        "tiktok-replies",
        "tiktok-samples",
        "tiktok-tokens",
    ]
    # a reply to poll, orders to sync, a token with less than a day left
    sim.creator_writes("conv-amy", "sounds good!")
    _shop_orders(sim, now.now())
    row = await ShopConnection.get()
    await ShopConnection.filter(id=row.id).update(access_expires_at=now.now() + timedelta(hours=2))
    tasks = start_jobs(jobs)
    try:
        await eventually(lambda: _refreshed(sim), within=10)
        await _until(lambda: Order.all().count(), 131)
        await _until(
            lambda: Delivery.filter(kind=DeliveryKind.NOTICE, source_text__startswith="tiktok:reply").count(),
            1,
        )
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await touches.client.close()
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED
    assert (await ShopConnection.get()).access_expires_at > now.now() + timedelta(days=6)
    # without TikTok Shop configured there is nothing to run
    assert tiktok_jobs(touches.chat, Settings()) == []


def _refreshed(sim: TikTokShopSimulator) -> bool:
    return any(r.path == "/api/v2/token/refresh" and r.code == 0 for r in sim.requests)


async def _until(count: object, expected: int) -> None:
    for _ in range(500):
        if await count() == expected:  # type: ignore[operator]
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"never reached {expected}")


async def test_with_redis_the_chat_sides_calls_count_in_the_shared_windows(
    sim: TikTokShopSimulator, now: FrozenClock, redis_url: str
) -> None:
    """serve and worker build their dispatcher with Redis: a marketplace search or "同步订单" typed in chat
    takes its slots from the same Redis windows as the workers' sends (not a limiter of its own)."""
    from redis.asyncio import Redis

    from bot.adapters.tiktok_shop.orders import ClientOrders as Orders
    from bot.core.shared_limits import RedisRateLimiter

    redis = Redis.from_url(redis_url)
    try:
        settings = _settings(sim)
        dispatcher = build_dispatcher(settings, clock=now, redis=redis)
        assert dispatcher.tiktok is not None and isinstance(dispatcher.tiktok.orders, Orders)
        limiter = dispatcher.tiktok.orders.limiter
        assert limiter is not None and isinstance(limiter._limiter, RedisRateLimiter)
        console = Console(dispatcher, user="小李", locale="zh_CN")
        await _connect(sim, console, settings, now)
        await redis.flushdb()
        assert "读到 0 行订单" in await console.say("同步订单")
        assert "没有找到" in await console.say("找美国美妆达人 粉丝1-10万")
        keys = [k.decode() for k in await redis.keys(f"*tiktok:{sim.app_key}*")]
        assert any("orders.search" in k for k in keys) and any("creators.search" in k for k in keys), keys
    finally:
        await redis.aclose()


async def test_the_workers_cron_job_syncs_every_shop(sim: TikTokShopSimulator, now: FrozenClock) -> None:
    """With Redis the worker runs `tiktok_orders_job` every 30 minutes (arq cron, unique across workers)."""
    from bot.jobs.worker import build_worker, tiktok_orders_job

    settings = _settings(sim)
    console, loop = build_console(settings, "小李", "zh_CN", clock=now, stdout=io.StringIO())
    touches = loop.notifier
    assert isinstance(touches, TikTokTouches)
    try:
        await _connect(sim, console, settings, now)
        _shop_orders(sim, now.now())
        assert await tiktok_orders_job({"notifier": touches}) == 131
        assert await Order.all().count() == 131
        assert await tiktok_orders_job({"notifier": touches.chat}) == 0  # no TikTok Shop configured
    finally:
        await touches.client.close()
    worker = build_worker("redis://127.0.0.1:6379/15", {}, burst=True)
    cron = next(job for job in worker.cron_jobs if job.name == "tiktok-orders")
    assert cron.unique and cron.coroutine is tiktok_orders_job
