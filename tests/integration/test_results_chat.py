"""Issue 18 in chat (console, both databases), Chinese and English: codes, sample costs, rates, the reporting
currency, an orders file sent in chat (preview → 确认导入 → report → add the unknown creators), and the
results card with its chart."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.console import CONSOLE_CHAT, Console
from bot.core.types import InboundMessage
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.results import Attribution, ExchangeRate, Order, ResultsSetting, SampleCost
from tests.order_export import build
from workflows.ports import FrozenClock


async def _file(console: Console, data: bytes, name: str) -> str:
    """A file sent to the bot, as Feishu hands it over: the dispatcher's file path."""
    message = InboundMessage(
        chat=CONSOLE_CHAT,
        sender=console._sender,
        text="",
        event_id="console-file",
        received_at=datetime.now(UTC),
        locale="zh_CN",
    )
    reply = await console._dispatcher.handle_file(message, name, data)
    return console.render(reply)


async def test_results_in_chinese(console: Console) -> None:
    for handle in ("amy", "bob", "cara", "dan", "eve"):
        await console.say(f"添加达人 @{handle} TikTok 美国 加州")
    assert "折扣码 AMY15 记在 @amy 名下" in await console.say("@amy 的折扣码是 AMY15")
    assert "折扣码 BOBVIP 记在 @bob 名下" in await console.say("@bob 折扣码 BOBVIP")
    assert await Attribution.all().count() == 2
    assert "SKU-1 的样品成本：35.00 CNY/个，运费 8.00 CNY" in await console.say(
        "样品成本 SKU-1 = 35元 运费 8元"
    )
    assert (await SampleCost.get()).currency == "CNY"
    assert "1 USD = 7.1 CNY" in await console.say("汇率 1 USD = 7.1 CNY 从2026-11-01起")
    assert await ExchangeRate.all().count() == 1
    assert "已经是 CNY" in await console.say("报表币种 人民币") or "CNY" in await console.say(
        "报表币种 人民币"
    )
    assert "导入订单" in await console.say("导入订单")
    export = build(us_rows=60, cn_rows=40, seed=11)
    preview = await _file(console, export.data, "orders.xlsx")
    assert "订单导入预览" in preview and "不在名单里" in preview and "@zoe_x" in preview
    assert await Order.all().count() == 0
    reply = await console.press("确认导入")
    assert "订单导入完成" in reply, reply
    # in chat nobody said the dollar sheet's currency: its plain numbers are refused by row, "$" cells kept
    assert "没有币种" in reply
    assert await Order.filter(currency="CNY").count() == len([x for x in export.lines if x.currency == "CNY"])
    assert (
        0 < await Order.filter(currency="USD").count() < len([x for x in export.lines if x.currency == "USD"])
    )
    added = await console.press("把这些达人加入名单")
    assert "已添加" in added
    card = await console.say("本月谁卖得最好")
    assert "团队带货成绩" in card and "GMV" in card and "ROI" in card
    one = await console.say("@amy 带了多少货")
    assert "@amy 的带货成绩" in one and "AMY15" in one


async def test_results_in_english(db: str, clock: FrozenClock) -> None:
    en = Console(build_dispatcher(Settings(), clock=clock), user="Li", locale="en")
    for handle in ("amy", "bob"):
        await en.say(f"add creator @{handle} TikTok US California")
    assert "Promo code AMY15 is @amy's" in await en.say("@amy's promo code is AMY15")
    assert "Sample cost of SKU-1: 4.50 USD each" in await en.say("sample cost SKU-1 $4.50")
    assert "1 USD = 7.2 CNY" in await en.say("exchange rate 1 USD = 7.2 CNY from 2026-11-01")
    assert "CNY → USD" in await en.say("report in USD")
    assert (await ResultsSetting.get()).reporting_currency == "USD"
    assert "No orders attributed" in await en.say("top creators by GMV this month")
    assert "Import orders" in await en.say("how do I import orders") or "Seller Center" in await en.say(
        "how do I import orders"
    )


async def test_an_export_without_a_currency_column_asks_which_currency(console: Console) -> None:
    """TikTok's export has no currency column: the preview asks (one button per currency) instead of
    refusing every plain amount, and the file is imported with the currency picked."""
    export = build(us_rows=60, cn_rows=40, seed=11)
    preview = await _file(console, export.data, "orders.xlsx")
    assert "没写币种" in preview and "[按 USD 计" in preview and "[按 CNY 计" in preview, preview
    again = await console.press("按 USD 计")
    assert "没写币种的金额按 USD 计" in again and "[按 USD 计" not in again
    assert await Order.all().count() == 0, "still a preview"
    reply = await console.press("确认导入")
    assert "订单导入完成" in reply and "没有币种" not in reply, reply
    usd = [x for x in export.lines if x.currency == "USD"]
    assert await Order.filter(currency="USD").count() == len(usd)
    assert await Order.filter(currency="CNY").count() == len([x for x in export.lines if x.currency == "CNY"])
