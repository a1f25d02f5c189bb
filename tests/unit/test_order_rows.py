"""Reading orders sheets (pure): headers by synonyms in English and Chinese, amounts, dates, statuses."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from models.results import ContentType, OrderStatus
from tests.order_export import CN_HEADERS, US_HEADERS
from workflows.importing.columns import NoHandleColumn, find_header
from workflows.importing.order_rows import ORDERS, OrderDraft, SheetState, read_date, read_order
from workflows.importing.rows import Problem, Where
from workflows.importing.source import FormulaWithoutValue

ZONE = ZoneInfo("Asia/Shanghai")


def test_tiktok_export_headers_map_by_name_not_position() -> None:
    columns = find_header([US_HEADERS], ORDERS)
    assert columns.labels["order_id"] == "Order ID"
    assert columns.labels["amount"] == "Payment Amount"
    assert columns.labels["handle"] == "Creator Username"
    assert columns.labels["commission_estimated"] == "Est. standard commission payment"
    assert columns.labels["commission_actual"] == "Actual Commission Payment"
    assert columns.labels["ordered_at"] == "Time Created"
    assert columns.labels["refunded"] == "Fully returned or refunded"
    assert "Est. Commission Base" not in columns.labels.values()  # the base is not the commission
    assert "Time Commission Paid" not in columns.labels.values()
    shuffled = find_header([tuple(reversed(US_HEADERS))], ORDERS)
    assert shuffled.labels == columns.labels


def test_chinese_and_generic_headers() -> None:
    columns = find_header([("2026年11月 订单",), CN_HEADERS], ORDERS)
    assert columns.header_row == 2
    assert {f: columns.labels[f] for f in ("order_id", "amount", "currency", "handle", "promo_code")} == {
        "order_id": "订单号",
        "amount": "支付金额",
        "currency": "币种",
        "handle": "达人账号",
        "promo_code": "折扣码",
    }
    generic = find_header([("Order Number", "Order Date", "Total", "Currency", "Discount Code")], ORDERS)
    assert set(generic.index) == {"order_id", "ordered_at", "amount", "currency", "promo_code"}
    with pytest.raises(NoHandleColumn) as missing:
        find_header([("达人", "粉丝数")], ORDERS)
    assert missing.value.key == "order_id"


def _row(**cells: object) -> tuple[tuple[str, ...], tuple[object, ...]]:
    return tuple(cells), tuple(cells.values())


def _read(default: str | None = "USD", **cells: object) -> OrderDraft | Problem:
    header, row = _row(**cells)
    return read_order(Where("", 2), row, find_header([header], ORDERS), SheetState(), ZONE, default)


@pytest.mark.parametrize(
    ("cell", "currency", "amount"),
    [
        ("$29.90", "USD", "29.90"),
        ("US$ 1,299.00", "USD", "1299.00"),
        (12.5, "USD", "12.50"),
        ("29,90 €", None, "29.90"),
        ("¥199", None, "199.00"),
        ("199元", None, "199.00"),
        ("Rp 150.000", None, "150000.00"),
    ],
)
def test_amounts_with_their_currency(cell: object, currency: str | None, amount: str) -> None:
    read = _read(currency, **{"Order ID": "A1", "Payment Amount": cell, "Time Created": "2026-11-28 10:00"})
    assert isinstance(read, OrderDraft), read
    assert read.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        ({"Payment Amount": 0}, "amount_zero"),
        ({"Payment Amount": "-5.00"}, "amount_negative"),
        ({"Payment Amount": "(5.00)"}, "amount_negative"),
        ({"Payment Amount": "5.001"}, "amount"),  # 5001 or 5.001: not guessed
        ({"Payment Amount": "₿5"}, "currency_sign"),
        ({"Payment Amount": 5.001}, "amount_precise"),
        ({"Payment Amount": "€5", "Currency": "USD"}, "currency_mismatch"),
        ({"Payment Amount": "five"}, "amount"),
        ({"Payment Amount": FormulaWithoutValue("=B2*2")}, "formula"),
        ({"Payment Amount": "5", "Time Created": "next tuesday"}, "date"),
        ({"Payment Amount": "5", "Time Created": "2026-02-30"}, "date"),
        ({"Payment Amount": "5", "Time Created": "03/04/2026"}, "date_ambiguous"),
        ({"Payment Amount": "5", "Order Status": "lost in space"}, "status"),
        ({"Payment Amount": "5", "Quantity": "1.5"}, "quantity"),
        ({"Payment Amount": "5", "币种": "peanuts"}, "currency"),
    ],
)
def test_bad_rows_say_why(cells: dict[str, object], code: str) -> None:
    row = {"Order ID": "A1", "Time Created": "2026-11-28", **cells}
    read = _read(**row)
    assert isinstance(read, Problem) and read.code == code


def test_no_currency_anywhere_is_a_problem_not_a_guess() -> None:
    read = _read(None, **{"Order ID": "A1", "Payment Amount": 12, "Time Created": "2026-11-28"})
    assert isinstance(read, Problem) and read.code == "no_currency"
    header = _read(None, **{"Order ID": "A1", "支付金额（美元）": 12, "Time Created": "2026-11-28"})
    assert isinstance(header, OrderDraft) and header.currency == "USD"


def test_refunds_statuses_content_and_commission() -> None:
    read = _read(
        **{
            "Order ID": 577012345678.0,
            "SKU ID": "1729.0",
            "Payment Amount": "60.00",
            "Quantity": 3,
            "Refunded quantity": 1,
            "Order Status": "Delivered",
            "Content Type": "LIVE",
            "Creator Username": "@Amy_Beauty",
            "Est. standard commission payment": "9.00",
            "Time Created": datetime(2026, 11, 28, 10, 30, tzinfo=None),  # noqa: DTZ001 - a sheet has no zone
        }
    )
    assert isinstance(read, OrderDraft)
    assert (read.order_id, read.sku) == ("577012345678", "1729")
    assert read.status == OrderStatus.PAID and read.content_type == ContentType.LIVE
    assert read.refund_amount == Decimal("20.00") and read.refunded_quantity == 1
    assert (read.handle, read.key) == ("Amy_Beauty", "amy_beauty")
    assert read.commission_estimated == Decimal("9.00") and read.commission_actual is None
    assert read.ordered_at == datetime(2026, 11, 28, 10, 30, tzinfo=ZONE)
    full = _read(
        None,
        **{
            "订单号": "X",
            "金额": "¥80",
            "是否全额退款": "是",
            "订单状态": "已完成",
            "下单时间": "2026-11-28",
        },
    )
    assert isinstance(full, OrderDraft)
    assert full.status == OrderStatus.REFUNDED and full.refund_amount == Decimal("80.00")


def test_day_or_month_first_is_learned_from_the_sheet() -> None:
    state = SheetState()
    assert read_date("28/11/2026 14:03:22", state, "Time Created", ZONE) == datetime(
        2026, 11, 28, 14, 3, 22, tzinfo=ZONE
    )
    assert read_date("03/04/2026", state, "Time Created", ZONE).month == 4  # day first, as learned
    us = SheetState()
    assert read_date("11/28/2026", us, "", ZONE).day == 28
    assert read_date("03/04/2026", us, "", ZONE).month == 3
    assert read_date(46000, SheetState(), "", ZONE).year == 2025  # an Excel serial date
    assert read_date("2026年11月5日 8:23", SheetState(), "", ZONE) == datetime(
        2026, 11, 5, 8, 23, tzinfo=ZONE
    )


def test_the_creation_time_is_found_in_either_word_order() -> None:
    for label in ("Created Time", "Create Time", "Order Created"):
        columns = find_header([("Order ID", label, "Payment Amount", "Creator Username")], ORDERS)
        assert columns.labels["ordered_at"] == label
