"""One row of an orders sheet → an `OrderDraft` or the `Problem` that skips it. Pure: no database.

Two kinds of sheet are read with the same vocabulary (headers matched by synonyms, never by position):
- TikTok Shop's affiliate orders export (Seller Center → Affiliate → orders). Its English columns, as
  they appear in public code that reads the export: Order ID, Product ID, Product Name, SKU ID, Price,
  Payment Amount, Quantity, Fully returned or refunded, Order Status, Creator Username, Content Type,
  Content ID, Standard commission rate, Est. Commission Base, Est. standard commission payment, Actual
  Commission Base, Actual Commission Payment, Time Created, Order Delivery Time, Time Commission Paid.
  The Seller Center exports in its UI language, so the Chinese names below are synonyms we expect (达人用户名,
  商品 ID …), not a published list; the amounts carry no currency column, so `--currency` (or the
  header, 支付金额（美元）, or a sign in the cell) names it.
- A generic order sheet (Amazon, Shopify, an independent site): order id, date, amount, currency, and a
  creator handle, a promo code or a link.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from models.results import ContentType, OrderStatus
from workflows import currency as iso_currency
from workflows.creators import handle_key
from workflows.importing import cells
from workflows.importing.columns import Columns, Vocabulary
from workflows.importing.rows import Problem, Where
from workflows.importing.source import FormulaWithoutValue

ORDER_HEADERS: dict[str, tuple[str, ...]] = {
    "order_id": (
        "order id",
        "订单id",
        "订单号",
        "订单编号",
        "主订单号",
        "子订单号",
        "order number",
        "order no",
        "order no.",
        "order #",
        "amazon order id",
        "订单",
        "order",
    ),
    "sku": ("sku id", "skuid", "sku", "sku编号", "商品sku", "sku号", "seller sku", "variant sku"),
    "product_id": ("product id", "商品id", "商品编号", "产品id", "asin", "item id"),
    "product_name": (
        "product name",
        "商品名称",
        "商品名",
        "产品名称",
        "商品",
        "产品",
        "item name",
        "product",
    ),
    "amount": (
        "payment amount",
        "支付金额",
        "实付金额",
        "付款金额",
        "订单金额",
        "成交金额",
        "销售额",
        "gmv",
        "order amount",
        "order total",
        "total sales",
        "total",
        "sales",
        "amount",
        "金额",
    ),
    "currency": ("currency", "币种", "货币", "结算币种", "currency code"),
    "quantity": ("quantity", "数量", "件数", "购买数量", "商品数量", "qty", "units", "销量"),
    "refunded": (
        "fully returned or refunded",
        "是否全部退货或退款",
        "是否全额退款",
        "全部退货或退款",
        "全额退款",
        "已退款",
        "refunded",
    ),
    "refund_amount": ("refund amount", "退款金额", "已退款金额", "refunded amount", "refund"),
    "refunded_quantity": (
        "refunded quantity",
        "returned quantity",
        "退款数量",
        "退货数量",
        "refund quantity",
        "return quantity",
    ),
    "status": ("order status", "订单状态", "status", "状态"),
    "handle": (
        "creator username",
        "达人用户名",
        "达人账号",
        "达人昵称",
        "达人名称",
        "达人",
        "creator handle",
        "creator",
        "influencer",
        "affiliate",
        "handle",
        "username",
        "kol",
        "红人",
        "博主",
    ),
    "promo_code": (
        "promo code",
        "discount code",
        "coupon code",
        "折扣码",
        "优惠码",
        "优惠券码",
        "促销码",
        "coupon",
        "code",
    ),
    "link": (
        "affiliate link",
        "referral link",
        "推广链接",
        "链接",
        "link",
        "url",
        "landing page",
        "referrer",
    ),
    "content_type": ("content type", "内容类型", "带货方式", "成交渠道", "带货渠道"),
    "content_id": ("content id", "内容id", "视频id", "直播id"),
    "commission_estimated": (
        "est. standard commission payment",
        "estimated commission payment",
        "预估标准佣金",
        "预估佣金",
        "预计佣金",
        "est. commission",
        "estimated commission",
    ),
    "commission_actual": (
        "actual commission payment",
        "实际佣金",
        "实际佣金支付",
        "已结算佣金",
        "actual commission",
    ),
    "ordered_at": (
        "time created",
        "created time",  # the export's order of words differs between Seller Center versions
        "create time",
        "order created",
        "创建时间",
        "订单创建时间",
        "下单时间",
        "order date",
        "order time",
        "purchase date",
        "created at",
        "date",
        "日期",
        "时间",
    ),
}
# Names matched only as the whole label: the export's "Est. Commission Base" is not the commission,
# "Time Commission Paid" is not a status, "Order Delivery Time" is not the order.
ORDER_EXACT_ONLY: frozenset[str] = frozenset(
    {
        "est. commission",
        "estimated commission",
        "预估佣金",
        "actual commission",
        "实际佣金",
        "order",
        "订单",
        "code",
        "total",
        "refund",
        "时间",
        "日期",
        "date",
        "status",
        "状态",
        "商品",
        "产品",
        "product",
        "sales",
        "amount",
        "金额",
        "creator",
        "达人",
        "link",
        "url",
    }
)
ORDERS = Vocabulary.of(ORDER_HEADERS, "order_id", ORDER_EXACT_ONLY)

# Order Status words (TikTok Shop's English and Chinese UI, Shopify, Amazon), folded.
STATUS_WORDS: dict[str, OrderStatus] = {
    **dict.fromkeys(
        ("unpaid", "awaiting payment", "pending payment", "待付款", "未付款", "待支付"), OrderStatus.UNPAID
    ),
    **dict.fromkeys(
        (
            "paid",
            "pending",
            "to ship",
            "awaiting shipment",
            "awaiting collection",
            "shipped",
            "in transit",
            "delivered",
            "processing",
            "unfulfilled",
            "fulfilled",
            "已付款",
            "已支付",
            "待发货",
            "已发货",
            "运输中",
            "已签收",
            "已送达",
            "待收货",
            "处理中",
            "待结算",
        ),
        OrderStatus.PAID,
    ),
    **dict.fromkeys(
        ("completed", "complete", "settled", "已完成", "完成", "交易成功", "已结算"), OrderStatus.COMPLETED
    ),
    **dict.fromkeys(
        ("cancelled", "canceled", "cancel", "ineligible", "已取消", "取消", "交易关闭", "已关闭", "无效"),
        OrderStatus.CANCELLED,
    ),
    **dict.fromkeys(
        ("refunded", "refund", "fully refunded", "已退款", "退款", "全额退款", "退款成功"),
        OrderStatus.REFUNDED,
    ),
    **dict.fromkeys(("returned", "return", "已退货", "退货", "退货退款"), OrderStatus.RETURNED),
}
CONTENT_WORDS: dict[str, ContentType] = {
    **dict.fromkeys(("video", "short video", "视频", "短视频"), ContentType.VIDEO),
    **dict.fromkeys(("live", "livestream", "live stream", "直播"), ContentType.LIVE),
    **dict.fromkeys(
        ("showcase", "shop tab", "橱窗", "商品橱窗", "product card", "商品卡"), ContentType.SHOWCASE
    ),
}
YES = frozenset({"yes", "y", "true", "1", "是", "已退", "全部", "全额", "refunded", "returned"})
NO = frozenset({"no", "n", "false", "0", "否", "未退"})
MAX_ORDER_ID = 64
_EXCEL_EPOCH = (1899, 12, 30)


@dataclass(slots=True)
class OrderDraft:
    where: Where
    order_id: str
    sku: str
    amount: Decimal
    currency: str
    status: OrderStatus
    ordered_at: datetime  # the wall time the sheet writes, on the team's clock (zone attached)
    product_id: str = ""
    product_name: str = ""
    handle: str = ""
    key: str = ""  # handle_key of `handle`
    promo_code: str = ""
    link: str = ""
    quantity: int = 1
    refunded_quantity: int = 0
    refund_amount: Decimal = Decimal(0)
    commission_estimated: Decimal | None = None
    commission_actual: Decimal | None = None
    content_type: ContentType | None = None
    content_id: str = ""
    warnings: list[Problem] = field(default_factory=list)

    @property
    def line_key(self) -> tuple[str, str]:
        return self.order_id, self.sku


@dataclass(slots=True)
class SheetState:
    """What the rows of one sheet teach the reader: whether 03/04/2026 is day first (learned from the
    first slash date whose day is past 12)."""

    day_first: bool | None = None


class _Bad(Exception):
    def __init__(self, code: str, value: object = "", column: str = "") -> None:
        super().__init__(code)
        self.code, self.value, self.column = code, str(value)[:60], column


def _text(columns: Columns, row: tuple[object, ...], name: str) -> str | None:
    value = columns.get(row, name)
    if isinstance(value, FormulaWithoutValue):
        raise _Bad("formula", value, columns.labels[name])
    if isinstance(value, datetime | date | time) and name not in ("ordered_at",):
        return cells.text(value)
    return cells.text(value)


def read_order(
    where: Where,
    row: tuple[object, ...],
    columns: Columns,
    state: SheetState,
    zone: ZoneInfo,
    default_currency: str | None = None,
) -> OrderDraft | Problem:
    """The row as an order line, or the one problem that skips it (with the column it is in). Times
    without a zone are read on `zone` (the team's clock)."""
    try:
        return _read(where, row, columns, state, zone, default_currency)
    except _Bad as bad:
        return Problem(where, bad.code, bad.value, column=bad.column)


def _read(
    where: Where,
    row: tuple[object, ...],
    columns: Columns,
    state: SheetState,
    zone: ZoneInfo,
    default_currency: str | None,
) -> OrderDraft:
    labels = columns.labels
    for name in columns.index:  # a formula anywhere: its value is unknown, the row cannot be trusted
        value = columns.get(row, name)
        if isinstance(value, FormulaWithoutValue):
            raise _Bad("formula", value, labels[name])
    order_id = _sku(_text(columns, row, "order_id"))
    if not order_id:
        raise _Bad("missing_order_id")
    if "amount" not in columns.index:
        raise _Bad("missing_amount")
    named = _currency_cell(columns, row) or _column_currency(columns)
    amount, code = money(
        columns.get(row, "amount"), named or _column_currency(columns) or default_currency, labels["amount"]
    )
    if amount <= 0:
        code_name = "amount_zero" if amount == 0 else "amount_negative"
        raise _Bad(code_name, columns.get(row, "amount"), labels["amount"])
    ordered_at = read_date(columns.get(row, "ordered_at"), state, labels.get("ordered_at", ""), zone)
    draft = OrderDraft(
        where, order_id, _sku(_text(columns, row, "sku")), amount, code, OrderStatus.PAID, ordered_at
    )
    draft.product_id = _sku(_text(columns, row, "product_id"))
    draft.product_name = (_text(columns, row, "product_name") or "")[:200]
    handle = columns.get(row, "handle")
    if handle is not None and cells.text(handle):
        found = cells.handle(handle)
        if found is not None:
            draft.handle = found[0][:100]
            draft.key = handle_key(found[0])[:100]
    draft.promo_code = (_text(columns, row, "promo_code") or "")[:64]
    draft.link = (_text(columns, row, "link") or "")[:500]
    draft.quantity = _count(columns, row, "quantity", 1)
    draft.refunded_quantity = min(_count(columns, row, "refunded_quantity", 0), draft.quantity)
    draft.status = _status(columns, row)
    _refunds(draft, columns, row)
    for name in ("commission_estimated", "commission_actual"):
        value = columns.get(row, name)
        if cells.text(value):
            setattr(draft, name, _part(value, code, labels[name])[0])
    kind = (_text(columns, row, "content_type") or "").casefold()
    if kind:
        draft.content_type = CONTENT_WORDS.get(kind, ContentType.OTHER)
    draft.content_id = _sku(_text(columns, row, "content_id"))
    return draft


def _refunds(draft: OrderDraft, columns: Columns, row: tuple[object, ...]) -> None:
    """The refunded amount: a refund column, else "Fully returned or refunded" = Yes or a refunded /
    returned status (the whole line), else the refunded units' share of the amount."""
    amount = draft.amount
    refund = columns.get(row, "refund_amount")
    if cells.text(refund):
        draft.refund_amount, _ = _part(refund, draft.currency, columns.labels["refund_amount"])
    fully = (_text(columns, row, "refunded") or "").casefold()
    if fully in YES:
        draft.refund_amount, draft.refunded_quantity = amount, draft.quantity
        if draft.status not in (OrderStatus.RETURNED, OrderStatus.CANCELLED):
            draft.status = OrderStatus.REFUNDED
    elif fully and fully not in NO:
        raise _Bad("refunded_word", fully, columns.labels["refunded"])
    if draft.status in (OrderStatus.REFUNDED, OrderStatus.RETURNED) and not draft.refund_amount:
        draft.refund_amount, draft.refunded_quantity = amount, draft.quantity
    if not draft.refund_amount and draft.refunded_quantity:
        draft.refund_amount = (amount * draft.refunded_quantity / draft.quantity).quantize(Decimal("0.01"))
    draft.refund_amount = min(draft.refund_amount, amount)
    if draft.refund_amount == amount:  # the whole line came back: so did its units
        draft.refunded_quantity = draft.quantity


def _sku(value: str | None) -> str:
    text = (value or "").strip()
    if re.fullmatch(r"\d+\.0", text):  # a long id Excel stored as a number
        text = text[:-2]
    return text[:64]


def _count(columns: Columns, row: tuple[object, ...], name: str, default: int) -> int:
    value = columns.get(row, name)
    text = cells.text(value)
    if text is None:
        return default
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise _Bad("quantity", text, columns.labels[name]) from None
    if number < 0 or number != number.to_integral_value() or number > 1_000_000:
        raise _Bad("quantity", text, columns.labels[name])
    return int(number)


def _status(columns: Columns, row: tuple[object, ...]) -> OrderStatus:
    text = _text(columns, row, "status")
    if not text:
        return OrderStatus.PAID
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    found = STATUS_WORDS.get(folded)
    if found is None:
        raise _Bad("status", text, columns.labels["status"])
    return found


def _column_currency(columns: Columns) -> str | None:
    """The currency the amount column's header names: 支付金额（美元）, Payment Amount (USD)."""
    label = columns.labels.get("amount")
    return cells.header_currency(label) if label else None


def _currency_cell(columns: Columns, row: tuple[object, ...]) -> str | None:
    text = _text(columns, row, "currency")
    if not text:
        return None
    folded = unicodedata.normalize("NFKC", text).strip()
    code = cells.CURRENCY_WORDS.get(folded.lower()) or iso_currency.SIGNS.get(folded.lower())
    if code is None and folded.upper() in iso_currency.ISO_4217:
        code = folded.upper()
    if code is None:
        raise _Bad("currency", text, columns.labels["currency"])
    return code


_SIGNED = re.compile(r"^\s*(-|−|\()?\s*([^\d\s\-−(]*)\s*(-|−)?\s*([\d][\d.,]*)\s*([^\d\s)]*)\s*\)?\s*$")


def money(value: object, fallback: str | None, column: str) -> tuple[Decimal, str]:
    """An amount cell: a number (in the row's currency), or with a sign or code ($29.90, 29,90 €, ¥199,
    USD 12.5, -3.00). The currency is the cell's own, else `fallback`; a sign or word we do not know, a
    sign that contradicts the row's currency (its currency cell, the header's, or the one the import was
    told, `--currency`), or no currency at all is a problem."""
    if isinstance(value, bool | datetime | date | time):
        raise _Bad("amount", value, column)
    if isinstance(value, int | float | Decimal):
        if fallback is None:
            raise _Bad("no_currency", value, column)
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise _Bad("amount", value, column) from None
        return _exact(number, value, column), fallback
    raw = cells.text(value)
    if raw is None:
        raise _Bad("missing_amount", "", column)
    match = _SIGNED.match(raw.replace("\u00a0", " "))
    if match is None:
        raise _Bad("amount", raw, column)
    minus, before, minus2, digits, after = match.groups()
    code = _sign_currency(raw, [s for s in (before, after) if s], fallback, column)
    plain = cells.plain_number(digits, code)
    if plain is None:
        raise _Bad("amount", raw, column)
    number = -Decimal(plain) if minus or minus2 else Decimal(plain)
    return _exact(number, raw, column), code


def _sign_currency(raw: str, signs: list[str], fallback: str | None, column: str) -> str:
    if not signs:
        if fallback is None:
            raise _Bad("no_currency", raw, column)
        return fallback
    if len(signs) > 1:
        raise _Bad("amount", raw, column)
    word = signs[0].lower()
    code = (
        iso_currency.SIGNS.get(word)
        or cells.CURRENCY_WORDS.get(word)
        or (word.upper() if word.upper() in iso_currency.ISO_4217 else None)
    )
    if code is None:
        raise _Bad("currency_sign", raw, column)
    if fallback is not None and code != fallback:
        raise _Bad("currency_mismatch", raw, column)
    return code


def _exact(number: Decimal, raw: object, column: str) -> Decimal:
    if not number.is_finite() or abs(number) > iso_currency.MAX_AMOUNT:
        raise _Bad("amount", raw, column)
    if number != number.quantize(Decimal("0.01")):
        raise _Bad("amount_precise", raw, column)
    return number.quantize(Decimal("0.01"))


def _part(value: object, code: str, column: str) -> tuple[Decimal, str]:
    """A refund or commission cell: in the line's currency, zero allowed, never negative."""
    amount, given = money(value, code, column)
    if amount < 0:
        raise _Bad("amount_negative", value, column)
    return amount, given


_ISO = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def read_date(value: object, state: SheetState, column: str, zone: ZoneInfo) -> datetime:
    """The order's time as written (a wall time, no zone): a spreadsheet date, an Excel serial number,
    2026-11-28 14:03[:22], 2026/11/28, 2026年11月28日, 28/11/2026 14:03:22 or 11/28/2026 (day or month
    first is learned from the sheet's first date whose day is past 12; before that, 03/04/2026 is
    ambiguous and reported)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise _Bad("missing_date", "", column)
    if isinstance(value, datetime):
        return value.replace(microsecond=0) if value.tzinfo else value.replace(tzinfo=zone, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=zone)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20_000 < value < 80_000:  # an Excel serial date (1954–2119)
            serial = datetime(*_EXCEL_EPOCH, tzinfo=zone) + timedelta(days=float(value))
            return serial.replace(microsecond=0)
        raise _Bad("date", value, column)
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    try:
        if match := _ISO.match(raw):
            y, m, d, hh, mm, ss = match.groups()
            return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=zone)
        if match := _SLASHED.match(raw):
            a, b, y, hh, mm, ss = match.groups()
            first, second = int(a), int(b)
            if first > 12 and second <= 12:
                state.day_first = True
            elif second > 12 and first <= 12:
                state.day_first = False
            elif first != second and state.day_first is None:
                raise _Bad("date_ambiguous", raw, column)
            day, month = (first, second) if state.day_first or first == second else (second, first)
            return datetime(int(y), month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=zone)
    except ValueError:  # 2026-02-30
        raise _Bad("date", raw, column) from None
    raise _Bad("date", raw, column)
