"""Reading the cells sellers fill by hand: contact cells, phones, prices and stage words (issue 17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.enums import Stage
from workflows.importing import cells
from workflows.importing.stage_words import read_stage

CONTACTS: list[tuple[object, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("amy@x.com / +1 415 555 0100", ("amy@x.com",), ("+1 415 555 0100",), ()),
    ("amy@x.com,+1 415 555 0100", ("amy@x.com",), ("+1 415 555 0100",), ()),
    ("amy@x.com; 13800000000", ("amy@x.com",), ("13800000000",), ()),
    ("amy@x.com\n+86 138 0000 0000", ("amy@x.com",), ("+86 138 0000 0000",), ()),
    ("amy@x.com 13800000000", ("amy@x.com",), ("13800000000",), ()),
    ("Tel: 13800000000 13900000000", (), ("13800000000", "13900000000"), ()),
    ("WhatsApp: +62 812-3456-7890、微信 amy123", (), ("+62 812-3456-7890",), ("微信 amy123",)),
    ("Email: a@b.co, mailto:b@c.org", ("a@b.co", "b@c.org"), (), ()),
    ("+1 (415) 555-0100 or +1 415 555 0199", (), ("+1 (415) 555-0100", "+1 415 555 0199"), ()),
    (8613800000000, (), ("8613800000000",), ()),
    (13800000000.0, (), ("13800000000",), ()),
    ("telephone 13800000000", (), ("13800000000",), ()),
    ("Wang Li", (), (), ("Wang Li",)),  # "wa" is a label only as a word
    ("amy@gmail", (), (), ("amy@gmail",)),
    ("2026-01-02", (), (), ("2026-01-02",)),
    ("12345", (), (), ("12345",)),
    ("N/A", (), (), ()),
    (None, (), (), ()),
]


@pytest.mark.parametrize(("raw", "emails", "phones", "rest"), CONTACTS)
def test_contact_cells(
    raw: object, emails: tuple[str, ...], phones: tuple[str, ...], rest: tuple[str, ...]
) -> None:
    found = cells.contact(raw)
    assert (found.emails, found.phones, found.rest) == (emails, phones, rest)


def test_phone_key_ignores_the_spacing() -> None:
    assert cells.phone_key("+1 (415) 555-0100") == cells.phone_key("14155550100")
    with pytest.raises(cells.BadCell):
        cells.contact(date(2026, 1, 2))


PRICES: list[tuple[object, str | None, tuple[str | None, str | None, str | None]]] = [
    ("报价300美元", None, ("300.00", "USD", None)),
    ("$300", None, ("300.00", "USD", None)),
    ("300 USD", None, ("300.00", "USD", None)),
    ("USD 1,200", None, ("1200.00", "USD", None)),
    ("US$1,200.50", None, ("1200.50", "USD", None)),
    ("300刀/条", None, ("300.00", "USD", None)),
    ("2000元", None, ("2000.00", "CNY", None)),
    ("¥2000", None, ("2000.00", "CNY", None)),
    ("5万日元", None, ("50000.00", "JPY", None)),
    ("1.5k", "USD", ("1500.00", "USD", None)),
    ("Rp 1.500.000", None, ("1500000.00", "IDR", None)),
    ("R$ 1.200,50", None, ("1200.50", "BRL", None)),
    ("€1.200", None, ("1200.00", "EUR", None)),
    ("300 EUR", "USD", ("300.00", "EUR", None)),  # the cell's currency wins over the header's
    (300, "USD", ("300.00", "USD", None)),
    ("300", "GBP", ("300.00", "GBP", None)),
    ("300美元+10%佣金", None, ("300.00", "USD", "10.00")),
    ("佣金15%", None, (None, None, "15.00")),
    ("15个点", None, (None, None, "15.00")),
    ("", None, (None, None, None)),
]


@pytest.mark.parametrize(("raw", "header", "expected"), PRICES)
def test_prices(raw: object, header: str | None, expected: tuple[str | None, str | None, str | None]) -> None:
    price = cells.price(raw, header)
    if expected == (None, None, None):
        assert price is None
        return
    assert price is not None
    fee, code, percent = expected
    assert price.fee == (Decimal(fee) if fee else None)
    assert (price.currency, price.percent) == (code, Decimal(percent) if percent else None)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("300", "price_currency"),
        (300, "price_currency"),
        ("1.5k", "price_currency"),
        ("300-500美元", "price"),  # a range: which one?
        ("1.500 USD", "price"),  # one and a half, or fifteen hundred?
        ("-300 USD", "price"),
        ("300.125 USD", "price"),
        ("300 USD / 1 video", "price"),
        ("free", "price"),
        ("佣金150%", "price"),
        ("100 USD 100 EUR", "price"),
        (date(2026, 1, 2), "price"),
    ],
)
def test_prices_that_are_not_read(raw: object, code: str) -> None:
    with pytest.raises(cells.BadCell) as bad:
        cells.price(raw)
    assert bad.value.code == code


def test_header_currency() -> None:
    assert cells.header_currency("报价（美元）") == "USD"
    assert cells.header_currency("Rate (USD)") == "USD"
    assert cells.header_currency("价格/元") == "CNY"
    assert cells.header_currency("报价") is None


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("已同意", Stage.AGREED),
        ("同意合作", Stage.AGREED),
        ("Accepted!", Stage.AGREED),
        ("已确认", Stage.AGREED),  # the chat's own words still read
        ("agreed", Stage.AGREED),
        ("不同意", Stage.DECLINED),
        ("Not interested", Stage.DECLINED),
        ("未回复", Stage.GHOSTED),
        ("还没回复", Stage.GHOSTED),
        ("待回复", Stage.CONTACTED),
        ("寄样", Stage.SAMPLE_SHIPPED),
        ("Sample_Shipped", Stage.SAMPLE_SHIPPED),
        ("sample shipped", Stage.SAMPLE_SHIPPED),
        ("谈判中", Stage.NEGOTIATING),
        ("已发货", Stage.SAMPLE_SHIPPED),
        ("已付款", Stage.PAID),
        ("还没同意", None),  # never read as 同意
        ("not paid", None),  # never read as paid
        ("差不多了", None),
    ],
)
def test_stage_words_of_sheets(word: str, stage: Stage | None) -> None:
    assert read_stage(word) == stage
