"""A realistic orders workbook for the results tests and bench, generated deterministically (a seed).

Two sheets, as a seller team's file would have them:
- "US": TikTok Shop's affiliate orders export with its English headers (no currency column: the amounts
  are dollars, some cells written "$12.34", most plain numbers), Fully returned or refunded = Yes on some
  lines, estimated commission on all, actual commission on the settled ones, VIDEO / LIVE content.
- "国内": a generic sheet with Chinese headers (订单号, 下单时间, 支付金额, 币种 CNY, 达人账号 or 折扣码,
  订单状态, 数量, 退款金额, 内容类型, 预估佣金, 实际佣金), part refunds among them.

Besides the good lines, both sheets carry rows that must be refused (zero and negative amounts, a euro
sign on a dollar sheet, an unreadable date, a formula without its value) and lines of creators the
pipeline does not have. `Line` is what a good row says, so a test can work out every figure by itself.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook

KNOWN = ("amy", "bob", "cara", "dan", "eve")
UNKNOWN = ("zoe_x", "yuki.k")
CODES = {"AMY15": "amy", "BOBVIP": "bob"}  # promo codes the team records before importing
UNKNOWN_CODE = "NOBODY9"
US_HEADERS = (
    "Order ID",
    "Product ID",
    "Product Name",
    "SKU ID",
    "Price",
    "Payment Amount",
    "Quantity",
    "Fully returned or refunded",
    "Order Status",
    "Creator Username",
    "Content Type",
    "Content ID",
    "Standard commission rate",
    "Est. Commission Base",
    "Est. standard commission payment",
    "Actual Commission Base",
    "Actual Commission Payment",
    "Time Created",
    "Order Delivery Time",
    "Time Commission Paid",
)
CN_HEADERS = (
    "订单号",
    "下单时间",
    "商品名称",
    "SKU",
    "支付金额",
    "币种",
    "数量",
    "达人账号",
    "折扣码",
    "订单状态",
    "退款金额",
    "内容类型",
    "预估佣金",
    "实际佣金",
)


@dataclass(frozen=True, slots=True)
class Line:
    """A good row: what the figures are worked out from."""

    sheet: str
    row: int
    order_id: str
    sku: str
    creator: str  # the handle the line belongs to ("" when none: an unknown code)
    amount: Decimal
    refund: Decimal
    currency: str
    status: str  # paid | completed | refunded | cancelled | unpaid
    quantity: int
    refunded_quantity: int
    estimated: Decimal | None
    actual: Decimal | None
    content: str  # video | live | ""
    day: date


@dataclass(frozen=True, slots=True)
class Bad:
    sheet: str
    row: int
    code: str


@dataclass(frozen=True, slots=True)
class Export:
    data: bytes
    lines: list[Line]
    bad: list[Bad]


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low, high)) / 100


def build(us_rows: int = 320, cn_rows: int = 260, seed: int = 18) -> Export:
    rng = random.Random(seed)
    book = Workbook()
    lines: list[Line] = []
    bad: list[Bad] = []
    _us_sheet(book, rng, us_rows, lines, bad)
    _cn_sheet(book, rng, cn_rows, lines, bad)
    out = io.BytesIO()
    book.save(out)
    return Export(out.getvalue(), lines, bad)


def _us_sheet(book: Workbook, rng: random.Random, count: int, lines: list[Line], bad: list[Bad]) -> None:
    us = book.active
    assert us is not None
    us.title = "US"
    us.append(list(US_HEADERS))
    for i in range(count):
        row = i + 2
        creator = rng.choice(KNOWN + UNKNOWN) if i % 9 else rng.choice(UNKNOWN)
        quantity = rng.choice((1, 1, 1, 2, 3))
        amount = _money(rng, 800, 9_000) * quantity
        day = date(2026, 11, 1 + i % 30)
        created = datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59), tzinfo=None)  # noqa: DTZ001 - a sheet's wall time
        status = rng.choice(("Completed", "Completed", "Shipped", "Delivered", "Canceled"))
        refunded = i % 11 == 3 and status != "Canceled"
        estimated = (amount * Decimal("0.15")).quantize(Decimal("0.01"))
        actual = (
            (amount * Decimal("0.15")).quantize(Decimal("0.01")) if status == "Completed" and i % 2 else None
        )
        if refunded and actual is not None:
            actual = Decimal("0.00")  # TikTok pays no commission on a refunded order
        content = "LIVE" if i % 4 == 0 else "VIDEO"
        order_id = f"5770{i:08d}"
        sku = f"SKU-{1 + i % 3}"
        cell: object = float(amount) if i % 5 else f"${amount}"
        problem = None
        if i == 17:
            cell, problem = 0, "amount_zero"
        elif i == 29:
            cell, problem = f"-{amount}", "amount_negative"
        elif i == 41:
            cell, problem = f"€{amount}", "currency_mismatch"
        elif i == 53:
            cell, problem = "=F3*2", "formula"
        time_cell: object = created.strftime("%d/%m/%Y %H:%M:%S") if day.day > 12 or i > 60 else created
        if i == 65:
            time_cell, problem = "sometime last week", "date"
        us.append(
            [
                order_id,
                f"17{i % 3}",
                f"Rose Serum {1 + i % 3}",
                sku,
                float(amount / quantity),
                cell,
                quantity,
                "Yes" if refunded else "No",
                status,
                creator,
                content,
                f"73{i:06d}",
                "15%",
                float(amount),
                float(estimated),
                float(amount) if actual is not None else None,
                float(actual) if actual is not None else None,
                time_cell,
                None,
                None,
            ]
        )
        if problem == "formula":  # openpyxl writes a formula without a saved value, as programs do
            us.cell(row=row, column=6).value = "=F3*2"
        if problem:
            bad.append(Bad("US", row, problem))
            continue
        stored = {"Canceled": "cancelled", "Completed": "completed"}.get(status, "paid")
        lines.append(
            Line(
                "US",
                row,
                order_id,
                sku,
                creator,
                amount,
                amount if refunded else Decimal(0),
                "USD",
                "refunded" if refunded else stored,
                quantity,
                quantity if refunded else 0,
                estimated,
                actual,
                content.lower(),
                day,
            )
        )


def _cn_sheet(book: Workbook, rng: random.Random, count: int, lines: list[Line], bad: list[Bad]) -> None:
    cn = book.create_sheet("国内")
    cn.append(list(CN_HEADERS))
    for i in range(count):
        row = i + 2
        quantity = rng.choice((1, 2, 2, 4))
        amount = _money(rng, 3_000, 40_000) * quantity
        day = date(2026, 11, 1 + (i * 7) % 30)
        pick = i % 10
        handle, code, creator = "", "", ""
        if pick < 6:
            handle = creator = rng.choice(KNOWN + UNKNOWN)
        elif pick < 9:
            code = rng.choice(tuple(CODES))
            creator = CODES[code]
        else:
            code = UNKNOWN_CODE
        status = rng.choice(("已完成", "已发货", "已完成", "已退款", "已取消", "待付款"))
        refund = Decimal(0)
        refunded_quantity = 0
        if status == "已退款":
            refund = amount
            refunded_quantity = quantity
        elif quantity > 1 and i % 6 == 1 and status in ("已完成", "已发货"):
            # one unit refunded; the sheet has no refunded-quantity column, so its units still count
            refund = (amount / quantity).quantize(Decimal("0.01"))
        estimated = (amount * Decimal("0.10")).quantize(Decimal("0.01"))
        actual = estimated if status == "已完成" and i % 3 == 0 else None
        content = rng.choice(("视频", "直播", ""))
        order_id = f"CN{i:06d}"
        sku = f"SKU-{1 + i % 3}"
        problem = None
        cell: object = float(amount)
        date_cell: object = f"{day.year}年{day.month}月{day.day}日 {rng.randint(8, 22)}:{rng.randint(10, 59)}"
        if i == 13:
            cell, problem = "0.00", "amount_zero"
        elif i == 27:
            date_cell, problem = "2026/13/45", "date"
        cn.append(
            [
                order_id,
                date_cell,
                f"玫瑰精华 {1 + i % 3}",
                sku,
                cell,
                "CNY",
                quantity,
                handle,
                code,
                status,
                float(refund) if refund else None,
                content,
                float(estimated),
                float(actual) if actual is not None else None,
            ]
        )
        if problem:
            bad.append(Bad("国内", row, problem))
            continue
        stored = {"已完成": "completed", "已发货": "paid", "已退款": "refunded", "已取消": "cancelled"}
        lines.append(
            Line(
                "国内",
                row,
                order_id,
                sku,
                creator,
                amount,
                refund,
                "CNY",
                stored.get(status, "unpaid"),
                quantity,
                refunded_quantity,
                estimated,
                actual,
                {"视频": "video", "直播": "live"}.get(content, ""),
                day,
            )
        )
