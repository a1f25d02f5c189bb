"""An affiliate order of "Search Seller Affiliate Orders" → the results' order lines (workflows/tiktok_orders
.drafts_of), and the client's reading of the API's money objects (client.order_from)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from bot.adapters.tiktok_shop.client import order_from
from models.results import ContentType, OrderStatus
from workflows.tiktok_orders import FeedOrder, FeedSku, drafts_of

AT = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def _sku(sku_id: str = "S1", **changes: object) -> FeedSku:
    values: dict[str, object] = {
        "sku_id": sku_id,
        "product_id": "P1",
        "creator_username": "@Amy",
        "content_type": "VIDEO",
        "content_id": "v1",
        "price": Decimal("12.50"),
        "currency": "usd",
        "quantity": 2,
    }
    values.update(changes)
    return FeedSku(**values)  # type: ignore[arg-type]


def test_a_line_carries_the_amount_currency_handle_and_content() -> None:
    [line] = drafts_of(FeedOrder("O1", AT, "PROCESSING", (_sku(),)), "Shop", 1)
    assert (line.order_id, line.sku, line.amount, line.currency, line.status) == (
        "O1",
        "S1",
        Decimal("25.00"),
        "USD",
        OrderStatus.PAID,
    )
    assert (line.handle, line.key, line.content_type, line.ordered_at) == (
        "Amy",
        "amy",
        ContentType.VIDEO,
        AT,
    )


def test_refunded_and_returned_units() -> None:
    [part] = drafts_of(FeedOrder("O1", AT, "COMPLETED", (_sku(refunded_quantity=1),)), "Shop", 1)
    assert (part.status, part.refund_amount, part.refunded_quantity) == (
        OrderStatus.COMPLETED,
        Decimal("12.50"),
        1,
    )
    [back] = drafts_of(FeedOrder("O1", AT, "COMPLETED", (_sku(returned_quantity=2),)), "Shop", 1)
    assert (back.status, back.refund_amount) == (OrderStatus.RETURNED, Decimal("25.00"))
    [deducted] = drafts_of(FeedOrder("O1", AT, "DEDUCTED", (_sku(),)), "Shop", 1)
    assert (deducted.status, deducted.refund_amount, deducted.refunded_quantity) == (
        OrderStatus.REFUNDED,
        Decimal("25.00"),
        2,
    )
    [cancelled] = drafts_of(FeedOrder("O1", AT, "CANCELLED", (_sku(refunded_quantity=2),)), "Shop", 1)
    assert cancelled.status == OrderStatus.CANCELLED


def test_the_same_sku_twice_is_two_lines_and_a_line_without_currency_is_skipped() -> None:
    lines = drafts_of(FeedOrder("O1", AT, "PROCESSING", (_sku(), _sku(), _sku("S2", currency=""))), "Shop", 1)
    assert [x.sku for x in lines] == ["S1", "S1#2"]


def test_the_client_reads_money_objects_and_falls_back_to_the_product_id() -> None:
    order = order_from(
        {
            "id": "576",
            "create_time": 1763607600,
            "status": "COMPLETED",
            "skus": [
                {
                    "product_id": "1729",
                    "creator_username": "amy",
                    "content_type": "LIVE",
                    "price": {"amount": "9.99", "currency": "GBP"},
                    "quantity": 3,
                    "estimated_commission_base": {"amount": "29.97", "currency": "GBP"},
                    "estimated_paid_commission": {"amount": "3.00", "currency": "GBP"},
                    "actual_paid_commission": {"amount": "", "currency": "GBP"},
                    "refunded_quantity": "1",
                }
            ],
        }
    )
    [sku] = order.skus
    assert (sku.sku_id, sku.price, sku.currency, sku.quantity, sku.refunded_quantity) == (
        "",
        Decimal("9.99"),
        "GBP",
        3,
        1,
    )
    assert (sku.commission_base, sku.commission_estimated, sku.commission_actual) == (
        Decimal("29.97"),
        Decimal("3.00"),
        None,
    )
    [line] = drafts_of(order, "Shop", 1)
    assert (line.sku, line.amount, line.content_type) == ("1729", Decimal("29.97"), ContentType.LIVE)
