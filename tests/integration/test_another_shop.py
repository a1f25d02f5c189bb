"""Issue 18: an orders export from another shop is noticed at the preview — none of its creators are in the
pipeline and none of its products are the team's (campaign products, earlier imported lines) — and said
plainly; 确认导入 still imports (the user decides). A team with nothing to compare against is not warned."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.console import CONSOLE_CHAT, Console
from bot.core.types import InboundMessage
from models.campaign import Campaign, CampaignProduct
from models.results import Order

HEADER = "Order ID,Product ID,SKU ID,Payment Amount,Creator Username,Time Created\n"


def _csv(lines: list[tuple[str, str, str, str]]) -> bytes:
    """(order id, product id, creator, amount) lines of a TikTok-like export, in dollars."""
    body = "".join(f"{o},{p},{p}-1,${a},{c},2026-11-03 10:00:00\n" for o, p, c, a in lines)
    return (HEADER + body).encode()


async def _file(console: Console, data: bytes, name: str) -> str:
    message = InboundMessage(
        chat=CONSOLE_CHAT,
        sender=console._sender,
        text="",
        event_id=f"file-{name}",
        received_at=datetime.now(UTC),
        locale="zh_CN",
    )
    return console.render(await console._dispatcher.handle_file(message, name, data))


OURS = _csv(
    [("A-1", "P100", "amy", "20.00"), ("A-2", "P200", "bob", "15.00"), ("A-3", "P100", "amy", "9.00")]
)
THEIRS = _csv(
    [
        ("X-1", "Q900", "lena_k", "30.00"),
        ("X-2", "Q901", "maxi.b", "12.00"),
        ("X-3", "Q900", "omar_z", "8.00"),
        ("X-4", "Q902", "lena_k", "5.00"),
    ]
)


async def test_a_file_of_another_shop_is_warned_about_and_can_still_be_imported(console: Console) -> None:
    for handle in ("amy", "bob"):
        await console.say(f"添加达人 @{handle} TikTok 美国 加州")
    first = await _file(console, OURS, "ours.csv")
    assert "别的店铺" not in first, "a team's first file has nothing to compare against"
    assert "订单导入完成" in await console.press("确认导入")

    theirs = await _file(console, THEIRS, "theirs.csv")
    assert "这份文件像是别的店铺导出的：其中 3 位达人、3 个商品都不是你们的" in theirs, theirs
    assert "订单导入完成" in await console.press("确认导入"), "the user decides"
    assert await Order.filter(order_id__startswith="X-").count() == 4

    # one known product among unknown creators is enough: new creators selling our product
    mixed = _csv(
        [
            ("Y-1", "P200", "new_one", "10.00"),
            ("Y-2", "Q777", "new_two", "10.00"),
            ("Y-3", "Q778", "x_3", "1.00"),
        ]
    )
    assert "别的店铺" not in await _file(console, mixed, "mixed.csv")
    await console.press("取消")
    # one creator of the pipeline is enough too
    known = _csv(
        [("Z-1", "R1", "amy", "10.00"), ("Z-2", "R2", "zz_1", "10.00"), ("Z-3", "R3", "zz_2", "1.00")]
    )
    assert "别的店铺" not in await _file(console, known, "known.csv")


async def test_a_campaign_product_counts_as_ours(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国 加州")
    await _file(console, OURS, "ours.csv")
    await console.press("确认导入")
    workspace = (await Order.first().values_list("workspace_id", flat=True)) or 0
    campaign = await Campaign.create(workspace_id=workspace, name="黑五美妆", name_key="黑五美妆")
    await CampaignProduct.create(workspace_id=workspace, campaign=campaign, name="玫瑰精华", sku="q901")
    assert "别的店铺" not in await _file(console, THEIRS, "theirs.csv"), "Q901 is the team's product"
