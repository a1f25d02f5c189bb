"""What the invite and creator-id messages are read as: commission, product ids, contact e-mail, samples;
the creator id typed by hand."""

from __future__ import annotations

import pytest

from bot.nlu.understand import understand
from handlers.tiktok_shop import CreatorIdArgs, InviteArgs

P = "1729384756102938475"


@pytest.mark.parametrize(
    ("text", "commission", "products"),
    [
        (f"给 @amy 发定向邀约 佣金15% 商品 {P}", "15", (P,)),
        (f"@amy 定向邀约 佣金12.5% 商品 {P} 1729384756102938476", "12.5", (P, "1729384756102938476")),
        (f"给 @amy 发邀约 佣金百分之二十 商品 {P}", "20", (P,)),
        (f"给 @amy 发定向 15个点 {P}", "15", (P,)),
        (f"send @amy a target collab, 15% commission, product {P}", "15", (P,)),
        (f"invite @amy to collab on {P} at 16% commission", "16", (P,)),
        (f"给 @amy 发定向邀约 商品 {P}", None, (P,)),
        ("给 @amy 发定向邀约 佣金15%", "15", ()),
        ("给 @amy12345678 发定向邀约 佣金15% 价格 $12345678", "15", ()),  # a handle's digits, an amount
    ],
)
def test_invite_reading(text: str, commission: str | None, products: tuple[str, ...]) -> None:
    args = understand(text).arg(InviteArgs)
    assert (args.commission, args.product_ids) == (commission, products)


def test_contact_and_samples() -> None:
    args = understand(f"给 @amy 发定向邀约 佣金15% 商品 {P} 寄样 联系邮箱 bd@glowlab.com").arg(InviteArgs)
    assert (args.contact, args.free_sample) == ("bd@glowlab.com", True)
    assert not understand(f"给 @amy 发定向邀约 佣金15% 商品 {P} 不寄样").arg(InviteArgs).free_sample


@pytest.mark.parametrize(
    ("text", "open_id"),
    [
        ("@amy 的达人ID是 7234567890123456789", "7234567890123456789"),
        ("@amy's tiktok creator id is uACafQAAAABmUU2qon4R0v", "uACafQAAAABmUU2qon4R0v"),
        ("@amy 达人id：7234567890", "7234567890"),
        ("@amy 的达人ID是", None),
    ],
)
def test_creator_id_reading(text: str, open_id: str | None) -> None:
    assert understand(text).arg(CreatorIdArgs).open_id == open_id
