"""Offers and payments through the console (both databases): Decimal amounts with ISO 4217 codes, the
statuses, partial and over-payments, reminders for money due, the audit log, and every bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator
from models.enums import DeliveryStatus
from models.payment import Payment, PaymentKind, PaymentStatus
from models.schedule import Delivery
from models.tenancy import Member
from models.tiktok_shop import Deadline, DeadlineKind, DeadlineStatus
from workflows import deadlines, payments
from workflows.ports import FrozenClock

Setup = tuple[Console, DeliveryLoop, ConsoleOutbound]


async def _team(console: Console) -> None:
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    assert "已添加" in await console.say("添加达人 @bob YouTube 英国 伦敦")


async def _actions() -> list[str]:
    return [a.action for a in await AuditLog.filter(action__startswith="payment").order_by("id")]


async def test_offer_is_stored_on_the_collaboration_and_the_fee_is_owed(console: Console) -> None:
    await _team(console)
    reply = await console.say("@amy 合作：佣金15% + 固定费用 300 美元")
    assert "@amy 的合作条件：佣金 15% + 固定费用 300.00 USD" in reply
    assert "待付款 #1" in reply and "@amy 已付 300.00 USD" in reply
    collab = await Collaboration.get()
    assert collab.commission_percent == Decimal("15") and collab.fixed_fee == Decimal("300.00")
    assert collab.currency == "USD" and collab.deal_type == "paid"
    owed = await Payment.get()
    assert (owed.kind, owed.status, owed.amount, owed.currency) == (
        PaymentKind.FIXED_FEE,
        PaymentStatus.PENDING,
        Decimal("300.00"),
        "USD",
    )
    # a changed offer updates the fee still owed, it does not add a second one
    await console.say("@amy 合作：佣金10% + 固定费用 350.5 美元")
    assert await Payment.all().count() == 1 and (await Payment.get()).amount == Decimal("350.50")
    assert "offer.set" in [a.action for a in await AuditLog.all()]
    reply = await console.say("@amy 合作：佣金20%")
    assert "佣金 20%" in reply and "待付款" not in reply


async def test_paying_the_owed_fee_settles_it(console: Console, clock: FrozenClock) -> None:
    await _team(console)
    await console.say("@amy 合作：佣金15% + 固定费用 300 美元")
    reply = await console.say("@amy 已付 300 美元 PayPal")
    assert "已记录付款：@amy 300.00 USD（PayPal）" in reply and "已结清 #1：固定费用 300.00 USD" in reply
    row = await Payment.get(id=1)
    assert row.status == PaymentStatus.PAID and row.paid_at == clock.now() and row.method == "PayPal"
    assert await Payment.all().count() == 1
    assert "没有欠款" in await console.say("欠款")
    assert await _actions() == ["payment.settle"]


async def test_decimal_exactness(console: Console) -> None:
    await _team(console)
    await console.say("@amy 应付 0.3 USD")
    await console.say("@amy 已付 0.1 USD")
    await console.say("@amy 已付 0.2 USD")
    rows = await Payment.all().order_by("id")
    assert [(p.status, p.amount) for p in rows] == [
        (PaymentStatus.PAID, Decimal("0.20")),  # the owed row, settled by its remainder
        (PaymentStatus.PAID, Decimal("0.10")),  # the first, partial payment
    ]
    total = sum((p.amount for p in rows), Decimal(0))
    assert total == Decimal("0.3") and str(total) == "0.30", "not 0.30000000000000004"
    ws = (await Creator.get(handle="amy")).workspace_id  # type: ignore[attr-defined]
    assert await payments.owed_by_currency(ws) == []


async def test_partial_payment_keeps_the_rest_owed_and_its_reminder(console: Console) -> None:
    await _team(console)
    await console.say("@amy 应付 500 USD 12月10日前")
    reply = await console.say("@amy 已付 200 美元 bank")
    assert "部分付款：#1 还欠 300.00 USD（提醒保留）" in reply
    owed = await Payment.get(id=1)
    assert owed.status == PaymentStatus.PENDING and owed.amount == Decimal("300.00")
    part = await Payment.get(id=2)
    assert part.status == PaymentStatus.PAID and part.amount == Decimal("200.00") and part.method == "bank"
    assert "partial #1" in part.note
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 1
    reply = await console.say("@amy 已付 350 USD")
    assert "已结清 #1" in reply and "超出欠款的 50.00 USD 另记为一笔已付款" in reply
    assert (await Payment.get(id=1)).status == PaymentStatus.PAID
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0, "paid: reminder cancelled"
    assert await _actions() == ["payment.due", "payment.partial", "payment.settle", "payment.add"]
    details = [a.detail for a in await AuditLog.filter(action__startswith="payment").order_by("id")]
    assert details[1]["amount"] == "200.00" and details[1]["remaining"] == "300.00"


async def test_currencies_are_never_mixed(console: Console) -> None:
    await _team(console)
    await console.say("@amy 应付 100 EUR")
    reply = await console.say("@amy 已付 100 USD")
    assert "@amy 还有 EUR 的欠款未冲抵" in reply
    assert (await Payment.get(id=1)).status == PaymentStatus.PENDING
    await console.say("@bob 应付 ¥800 佣金")
    await console.say("@bob 应付 ¥200.5")
    card = await console.say("欠款")
    assert "合计（按币种，不换算）：1,000.50 CNY；100.00 EUR" in card
    assert "佣金待结算" in card


async def test_commission_statuses(console: Console, clock: FrozenClock) -> None:
    await _team(console)
    await console.say("@bob 应付 ¥800 佣金")
    assert (await Payment.get()).status == PaymentStatus.COMMISSION_PENDING
    reply = await console.say("paid @bob ¥800 commission")
    assert "已结清 #1：佣金 800.00 CNY" in reply
    assert (await Payment.get()).status == PaymentStatus.SETTLED
    await console.say("paid @bob ¥50 commission")  # nothing owed: recorded as settled commission
    extra = await Payment.get(id=2)
    assert (extra.kind, extra.status) == (PaymentKind.COMMISSION, PaymentStatus.SETTLED)


async def test_payment_due_reminder_fires_and_overdue_comes_first(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _team(console)
    reply = await console.say("@amy 应付 500 USD 12月10日前")
    assert "已记录应付 #1：@amy 500.00 USD（固定费用），12月10日到期" in reply
    assert "周四 12/10 10:00 北京 (UTC+8) 提醒 小李" in reply
    reminder = await Delivery.get()
    assert reminder.due_at == datetime(2026, 12, 10, 2, tzinfo=UTC) and reminder.zone == "Asia/Shanghai"
    deadline = await Deadline.get()
    assert deadline.kind == DeadlineKind.PAYMENT_DUE and deadline.due_on == date(2026, 12, 10)
    await console.say("@bob 应付 £120 due Dec 30")
    await console.say("@bob 应付 £80")
    clock.advance(datetime(2026, 12, 10, 2, tzinfo=UTC) - clock.now())
    await loop.run_once()
    assert len(outbound.printed) == 1 and "今天到期：应付 @amy 500.00 USD" in outbound.printed[0]
    clock.advance(timedelta(days=1))  # 11 Dec: amy's is overdue
    lines = (await console.say("待付款")).splitlines()
    assert "已逾期" in lines[1] and "@amy" in lines[1]
    assert "@bob 120.00 GBP" in lines[2] and "@bob 80.00 GBP" in lines[3], "then by due date, undated last"
    ws = (await Creator.get(handle="amy")).workspace_id  # type: ignore[attr-defined]
    found = await deadlines.overdue(ws, clock.now())
    assert [(o.kind, o.amount, o.currency) for o in found] == [
        (DeadlineKind.PAYMENT_DUE, Decimal("500.00"), "USD")
    ]
    await console.say("@amy 已付 500 美元")
    assert await deadlines.overdue(ws, clock.now()) == []
    assert (await Deadline.get(id=deadline.id)).status == DeadlineStatus.DONE


async def test_paying_before_the_due_day_cancels_the_reminder(
    console_with_loop: Setup, clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    await _team(console)
    await console.say("@amy 应付 500 USD 12月10日前")
    await console.say("@amy 已付 500 USD")
    reminder = await Delivery.get()
    assert reminder.status == DeliveryStatus.CANCELLED
    clock.advance(timedelta(days=30))
    await loop.run_once()
    assert outbound.printed == []


async def test_owed_by_currency_per_owner(console: Console) -> None:
    await _team(console)
    await console.say("@amy 交给 小王 跟进")
    await console.press("确认新成员 小王")  # 小王 has not spoken yet: confirmed as a new teammate
    await console.say("@amy 应付 100 USD")
    await console.say("@amy 应付 50.25 USD")
    await console.say("@bob 应付 ¥800")
    ws = (await Creator.get(handle="amy")).workspace_id  # type: ignore[attr-defined]
    wang = await Member.get(display_name="小王")
    assert await payments.owed_by_currency(ws) == [("CNY", Decimal("800.00")), ("USD", Decimal("150.25"))]
    assert await payments.owed_by_currency(ws, owner_id=wang.id) == [("USD", Decimal("150.25"))]


async def test_bad_input_is_asked_about_and_nothing_is_written(console: Console) -> None:
    await _team(console)
    assert "金额要大于 0（收到的是 -300）" in await console.say("@amy 已付 -300 美元")
    assert "金额要大于 0（收到的是 0）" in await console.say("@amy 已付 0 美元")
    assert "300 是什么币种？美元、人民币" in await console.say("@amy 已付 300")
    unknown = await console.say("@amy 已付 300 XYZ")
    assert "不认识的币种「XYZ」" in unknown and "USD、CNY" in unknown
    assert "最多两位小数" in await console.say("@amy 已付 1.005 USD")
    assert "你是不是指：@amy" in await console.say("@amyy 已付 300 美元")
    assert "付了多少" in await console.say("@amy 已付款")
    assert "0 到 100%" in await console.say("@amy 合作：佣金150%")
    assert "是什么币种" in await console.say("@amy 合作：佣金15% + 固定费用 300")
    assert "已记录付款：@amy 300.00 CHF" in await console.say("@amy 已付 300 CHF"), "any ISO 4217 code works"
    assert await Payment.filter(currency="CHF").count() == 1
    assert await Payment.all().count() == 1


async def test_a_past_due_date_is_overdue_at_once(console: Console) -> None:
    await _team(console)
    reply = await console.say("@amy 应付 500 USD 11月20日")
    assert "11月20日到期" in reply and "已到提醒时间" in reply
    assert await Delivery.all().count() == 0
    assert "⚠️ 已逾期 @amy 500.00 USD" in await console.say("欠款")


async def test_english_session(db: str, clock: FrozenClock) -> None:
    from bot.settings import Settings
    from bot.wiring import build_dispatcher

    console = Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")
    assert "Added @amy" in await console.say("add creator @amy TikTok US California")
    reply = await console.say("@amy received")
    assert "Scheduled: day 5 content reminder Mon 11/30 16:00" in reply
    assert "; content due 12/9 (day 14, free sample)" in reply
    offer = await console.say("@amy offer: 15% commission + 300 USD flat fee")
    assert "Offer for @amy: 15% commission + flat fee 300.00 USD" in offer and "owed as #1" in offer
    assert "@amy 300.00 USD flat fee · to pay #1" in await console.say("payments due")
    paid = await console.say("paid @amy 300 USD PayPal")
    assert "Payment recorded: @amy 300.00 USD (PayPal)" in paid and "Settled #1: flat fee 300.00 USD" in paid
    assert "Nothing is owed." in await console.say("payments due")
    assert "300 in which currency?" in await console.say("paid @amy 300")
    assert 'Unknown currency "XYZ"' in await console.say("paid @amy 300 XYZ")
    assert "USD, CNY" in await console.say("paid @amy 300 XYZ")
    assert "Weekly invite quota: 200" in await console.say("weekly invite quota 200")
    assert "0/200 invites used, 200 left" in await console.say("quota this week")


async def test_refunds_mark_unsettled_commission_first_then_paid_money(console: Console) -> None:
    await _team(console)
    await console.say("@bob 应付 $80 佣金 12月10日")
    await console.say("paid @bob $200 fee")
    reply = await console.say("@bob 佣金已退款 50 USD")  # orders refunded: part of the commission goes
    assert "已标记退款：@bob 50.00 USD" in reply and "佣金待结算 → 已退款" in reply
    assert (await Payment.get(id=1)).amount == Decimal("30.00")
    part = await Payment.get(id=3)
    assert (part.status, part.amount, part.kind) == (
        PaymentStatus.REFUNDED,
        Decimal("50.00"),
        PaymentKind.COMMISSION,
    )
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 1, "the rest is still owed"
    reply = await console.say("refunded @bob 30 USD commission")
    assert (await Payment.get(id=1)).status == PaymentStatus.REFUNDED
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0, (
        "nothing owed: reminder cancelled"
    )
    reply = await console.say("@bob 退款 250 USD")  # the creator returned the fee; 50 more matches nothing
    assert "已付款 → 已退款" in reply and "另有 50.00 USD 没有对应" in reply
    assert (await Payment.get(id=2)).status == PaymentStatus.REFUNDED
    assert "没有 USD 的待结算佣金或已付款" in await console.say("@bob 退款 10 USD")
    assert "没有 EUR" in await console.say("@amy 退款 10 EUR")
    refunds = await AuditLog.filter(action="payment.refund").count()
    assert refunds == 3
    assert "是什么币种" in await console.say("@bob 退款 10")


async def test_the_same_payment_twice_asks_again_and_paying_past_the_offer_warns(
    console: Console, clock: FrozenClock
) -> None:
    """Issue 16 item 13: "$900 paid against an agreed $300, no warning"."""
    await _team(console)
    await console.say("@amy 合作：佣金15% + 固定费用 300 美元")
    assert "已结清 #1" in await console.say("@amy 已付 300 美元 PayPal")
    clock.advance(timedelta(minutes=3))
    asked = await console.say("@amy 已付 300 美元 PayPal")  # sent twice
    assert "这笔付款刚记过" in asked and "300.00 USD" in asked and "小李" in asked and "仍然记录" in asked
    assert await Payment.all().count() == 1, "nothing recorded until confirmed"
    assert "已记录付款" in await console.say("@bob 已付 300 美元"), "another creator: no question"

    pressed = await console.press("仍然记录")
    assert "已记录付款：@amy 300.00 USD（PayPal）" in pressed
    assert "超过了约定的固定费用 300.00 USD" in pressed and "600.00 USD" in pressed
    assert await Payment.filter(creator__handle="amy").count() == 2
    clock.advance(timedelta(minutes=1))
    warned = await console.say("@amy 已付 100 美元")  # another amount: recorded at once, and warned
    assert "已记录付款" in warned and "共 700.00 USD" in warned

    clock.advance(timedelta(days=1, minutes=1))
    assert "已记录付款" in await console.say("@amy 已付 100 美元"), "a day later it is a new payment"


async def test_money_owed_to_a_deleted_creator_is_still_listed_and_marked(console: Console) -> None:
    """'待付款' crashed once a creator with an owed fee was deleted (the creator is hidden from the ORM)."""
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("@amy 报价 300美元")
    await console.say("删除达人 @amy")
    assert "已删除 @amy" in await console.press("确认删除 @amy")
    owed = await console.say("待付款")
    assert "@amy（已删除） 300.00 USD" in owed and "合计（按币种，不换算）：300.00 USD" in owed, owed
    assert "已删除" not in (await console.say("恢复达人 @amy") and await console.say("待付款"))
