"""Issue 17 item 4: the brand, campaigns and products set in chat, creators put into a campaign, and the first
outreach message naming them (never "我们的新品"). Both languages, both databases."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.campaign import Campaign, CampaignProduct, Collaboration
from models.enums import Role
from models.tenancy import Member, Workspace
from workflows.ports import FrozenClock

Setup = tuple[Console, DeliveryLoop, ConsoleOutbound]
PLACEHOLDERS = ("我们的新品", "新品推广", "our new product", "{brand}", "{product}")


async def test_brand_is_set_shown_changed_and_undone(console: Console) -> None:
    assert "还没设置品牌" in await console.say("我们品牌是啥？")
    assert "品牌已设为 GlowLab" in await console.say("品牌是 GlowLab")
    assert (await Workspace.get()).brand == "GlowLab"
    reply = await console.say("品牌改成「光研」")
    assert "品牌已改为 光研" in reply and "GlowLab" in reply
    assert "品牌恢复为 GlowLab" in await console.say("撤销")
    assert (await Workspace.get()).brand == "GlowLab"


async def test_brand_in_english(db: str, clock: FrozenClock) -> None:
    en = Console(build_dispatcher(Settings(), clock=clock), user="Li", locale="en")
    assert "Brand set to GlowLab" in await en.say("our brand is GlowLab")
    assert "Brand: GlowLab" in await en.say("list campaigns")


async def test_campaign_with_products_listed_and_products_added(console: Console) -> None:
    card = await console.say("新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9")
    assert "已新建活动「黑五美妆」" in card and "玫瑰精华 · SKU123 · 29.90 USD" in card
    campaign = await Campaign.get(name="黑五美妆")
    assert campaign.product == "玫瑰精华"  # what the brief prints
    added = await console.say("黑五美妆 加商品 SKU456 面霜 $19.9")
    assert "活动「黑五美妆」加了 1 个商品" in added and "面霜 · SKU456 · 19.90 USD" in added
    products = await CampaignProduct.filter(campaign=campaign).order_by("id")
    assert [(p.name, p.sku, p.price, p.currency) for p in products] == [
        ("玫瑰精华", "SKU123", Decimal("29.90"), "USD"),
        ("面霜", "SKU456", Decimal("19.90"), "USD"),
    ]
    assert "已经有叫「黑五美妆」的活动" in await console.say("新建活动 黑五美妆")
    listed = await console.say("活动列表")
    assert "黑五美妆（0 位达人）" in listed and "面霜" in listed
    assert "从活动「黑五美妆」删除了商品：面霜" in await console.say("撤销")
    assert await CampaignProduct.filter(campaign=campaign).count() == 1


async def test_campaign_in_english(db: str, clock: FrozenClock) -> None:
    en = Console(build_dispatcher(Settings(), clock=clock), user="Li", locale="en")
    card = await en.say("new campaign Black Friday Beauty, product Rose Serum (SKU-123)")
    assert 'Campaign "Black Friday Beauty" created' in card and "Rose Serum · SKU-123" in card
    assert 'Added 1 product(s) to "Black Friday Beauty"' in await en.say(
        "add product Night Cream SKU-456 $19.9 to Black Friday Beauty"
    )
    await en.say("add creator @amy TikTok US California")
    await en.say("add creator @bob TikTok US Texas")
    joined = await en.say("add @amy @bob to Black Friday Beauty")
    assert '@amy @bob added to campaign "Black Friday Beauty"' in joined
    assert "Black Friday Beauty" in await en.say("show @amy")
    assert "There is no campaign called" in await en.say("add @amy to campaign Winter Sale")


async def test_creators_join_the_card_shows_it_and_undo_takes_them_out(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("添加达人 @bob TikTok 美国 德州")
    await console.say("@amy 样品类型 可退")  # a campaign-less deal: moved into the campaign, not duplicated
    await console.say("新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9")
    reply = await console.say("@amy @bob 加入黑五美妆")
    assert "@amy @bob 已加入活动「黑五美妆」" in reply
    campaign = await Campaign.get(name="黑五美妆")
    assert await Collaboration.filter(campaign=campaign).count() == 2
    assert await Collaboration.filter(creator__handle="amy").count() == 1
    assert "黑五美妆" in await console.say("看看 @amy")
    assert "本来就在活动「黑五美妆」里" in await console.say("@amy 加入黑五美妆")
    undone = await console.say("撤销")
    assert "@amy 退出了活动「黑五美妆」" in undone and "@bob 退出了活动「黑五美妆」" in undone
    assert await Collaboration.filter(campaign=campaign).count() == 0
    assert await Collaboration.filter(creator__handle="amy").count() == 1  # the deal it had is kept


async def test_campaign_summary_by_name(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("新建活动 黑五美妆")
    await console.say("@amy 加入黑五美妆")
    summary = await console.say("黑五美妆 活动汇总")
    assert "活动：黑五美妆" in summary or "活动 黑五美妆" in summary, summary


async def test_operators_cannot_set_the_brand_or_create_campaigns(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    boss = Console(dispatcher, user="老板", locale="zh_CN", user_id="console:boss")
    await boss.say("帮助")  # the first member is the admin
    op = Console(dispatcher, user="小李", locale="zh_CN", user_id="console:op")
    await op.say("帮助")
    assert (await Member.get(platform_user_id="console:op")).role == Role.OPERATOR
    assert "只有管理员或经理可以设置品牌" in await op.say("品牌是 GlowLab")
    assert "只有管理员或经理可以设置品牌" in await op.say("新建活动 黑五美妆")
    assert (await Workspace.get()).brand == "" and await Campaign.all().count() == 0
    await boss.say("新建活动 黑五美妆")
    await op.say("添加达人 @amy TikTok 美国 加州")
    assert "已加入活动「黑五美妆」" in await op.say("@amy 加入黑五美妆")  # their own creator: allowed


async def test_first_message_names_the_brand_and_the_campaign_product(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await console.say("添加达人 @amy TikTok 中国 上海")  # Chinese: the card's own wording, no model
    await console.say("品牌是 GlowLab")
    await console.say("新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9")
    await console.say("@amy 加入黑五美妆")
    plan = await console.say("给 @amy 安排外联，达人当地时间明早10点")
    assert "还没设置品牌" not in plan
    await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    card = outbound.printed[-1]
    assert "我们是 GlowLab 的达人合作团队" in card and "玫瑰精华" in card
    assert not any(p in card for p in PLACEHOLDERS)


async def test_without_brand_the_plan_asks_and_the_message_has_no_placeholder(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await console.say("添加达人 @amy TikTok 中国 上海")
    plan = await console.say("给 @amy 安排外联，达人当地时间明早10点")
    assert "还没设置品牌：发送“品牌是 XXX”" in plan
    await console.press("确认")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    card = outbound.printed[-1]
    assert "我们是一个跨境品牌团队" in card
    assert not any(p in card for p in PLACEHOLDERS)


async def test_first_message_in_english(db: str, clock: FrozenClock) -> None:
    import io

    from bot.jobs.notifier import OutboundNotifier
    from handlers.due import DueCards
    from models.enums import Platform

    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    en = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="Li", locale="en")
    outbound = ConsoleOutbound(en, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    await en.say("add creator @amy TikTok China Shanghai")
    await en.say("our brand is GlowLab")
    await en.say("new campaign Black Friday Beauty, product Rose Serum (SKU-123)")
    await en.say("add @amy to Black Friday Beauty")
    await en.say("schedule outreach to @amy tomorrow 10am creator's time")
    await en.press("Confirm")
    clock.advance(timedelta(days=1, hours=2))
    await loop.run_once()
    card = outbound.printed[-1]
    assert "creator partnerships team of GlowLab" in card and "Rose Serum" in card
    assert not any(p in card for p in PLACEHOLDERS)
