"""Pure parts of issue 8: ISO 4217 amounts, due dates in messages, the Sunday week, the NLU money slots."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from bot.nlu.slots import find_currency_code, find_percent, find_sample_type, signed_amount
from bot.nlu.understand import understand
from models.payment import PaymentKind
from workflows import currency
from workflows.payment_words import method_in
from workflows.payments import due_date_in, kind_in
from workflows.quota import week_end, week_start


def test_amounts_are_exact_decimals() -> None:
    assert currency.amount("0.1") + currency.amount("0.2") == Decimal("0.30")
    assert currency.amount("1,500,000") == Decimal("1500000.00")
    assert currency.amount(Decimal("99.5")) == Decimal("99.50")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("0", "not_positive"),
        ("-300", "not_positive"),
        ("abc", "unreadable"),
        ("0.001", "too_precise"),
        ("1000000000000", "too_large"),
        ("NaN", "unreadable"),
    ],
)
def test_bad_amounts_say_why(raw: str, reason: str) -> None:
    with pytest.raises(currency.BadAmount) as caught:
        currency.amount(raw)
    assert caught.value.reason == reason


def test_currency_codes_are_iso_4217() -> None:
    assert currency.currency("usd") == "USD"
    assert currency.currency("CHF") == "CHF"
    with pytest.raises(currency.UnknownCurrency):
        currency.currency("XYZ")
    with pytest.raises(currency.UnknownCurrency):
        currency.currency("RMB")  # what people say, not the code: the NLU maps it to CNY first


def test_amounts_show_in_the_currency_minor_units() -> None:
    assert currency.show(Decimal("1234.50"), "USD") == "1,234.50 USD"
    assert currency.show(Decimal("3000.00"), "JPY") == "3,000 JPY"
    assert currency.show(Decimal("12.34"), "JPY") == "12.34 JPY", "never rounded silently"


def test_due_dates_in_messages() -> None:
    today = date(2026, 11, 25)
    assert due_date_in("@amy 应付 500 USD 12月10日前", today) == date(2026, 12, 10)
    assert due_date_in("@amy owes 500 USD due Dec 10", today) == date(2026, 12, 10)
    assert due_date_in("due 5 January", today) == date(2027, 1, 5), "nearest: next January"
    assert due_date_in("11月20日到期", today) == date(2026, 11, 20), "nearest: five days ago, so overdue"
    assert due_date_in("2027-03-01 到期", today) == date(2027, 3, 1)
    assert due_date_in("@amy 应付 500 USD", today) is None
    assert due_date_in("2月30日", today) is None
    assert due_date_in("2月29日", today) is None, "no 29 February within a year of today"
    assert due_date_in("2月29日", date(2027, 12, 1)) == date(2028, 2, 29), "the leap year nearby"


def test_method_and_kind_words() -> None:
    assert method_in("@amy 已付 300 美元 PayPal") == "PayPal"
    assert method_in("支付宝转了 ¥800") == "Alipay"
    assert method_in("@amy 已付 300 美元") == ""
    assert kind_in("paid @bob ¥800 commission") == PaymentKind.COMMISSION
    assert kind_in("固定费用 300") == PaymentKind.FIXED_FEE
    assert kind_in("@amy 已付 300") is None


def test_week_starts_sunday_midnight_in_the_team_zone() -> None:
    # Saturday 23:30 in Shanghai is still last week; Sunday 00:00 starts a new one.
    saturday = datetime(2026, 11, 28, 15, 30, tzinfo=UTC)  # Sat 23:30 CST
    sunday = datetime(2026, 11, 28, 16, 0, tzinfo=UTC)  # Sun 00:00 CST
    assert week_start(saturday, "Asia/Shanghai").date() == date(2026, 11, 22)
    assert week_start(sunday, "Asia/Shanghai").date() == date(2026, 11, 29)
    # the same instant is already Sunday in Shanghai but still Saturday in Los Angeles
    assert week_start(sunday, "America/Los_Angeles").date() == date(2026, 11, 22)
    start = week_start(datetime(2026, 3, 10, tzinfo=UTC), "America/New_York")  # DST began Sun 8 March
    span = week_end(start).astimezone(UTC) - start.astimezone(UTC)
    assert span.total_seconds() == 167 * 3600, "the DST week is an hour short"


def test_money_slots() -> None:
    assert find_percent("佣金15% + 固定费用 300 美元") == "15"
    assert find_percent("10.5 percent commission") == "10.5"
    assert signed_amount("已付 -300 美元", "300") == "-300"
    assert signed_amount("已付 300 美元", "300") == "300"
    assert find_currency_code("已付 300 chf") == "CHF"
    assert find_currency_code("paid 300 via paypal") is None
    assert find_sample_type("寄样（可退款样品）") == "refundable"
    assert find_sample_type("样品类型 免费") == "free"


def test_a_stage_change_can_carry_the_sample_type() -> None:
    command = understand("@amy 寄样（可退款样品）")
    assert (command.intent, command.args.stage, command.args.sample_type) == (
        "set_stage",
        "sample_shipped",
        "refundable",
    )
    assert understand("@amy 已签收").args.sample_type is None
    assert understand("@amy 待寄样").args.stage != "sample_shipped"
