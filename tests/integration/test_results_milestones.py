"""Stages follow results (issue 18): the first order after a creator's content went up is noted on their
history once, and content up 14 days without an order shows in the owner's agenda — zh and en, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.creator import Creator, Note
from models.enums import Platform
from workflows.importing.order_run import import_orders
from workflows.ports import FrozenClock
from workflows.tenancy import ensure_member, ensure_workspace

BEIJING = ZoneInfo("Asia/Shanghai")


def _csv(*lines: str) -> bytes:
    return ("order id,order date,amount,currency,creator\n" + "\n".join(lines) + "\n").encode()


async def _import(clock: FrozenClock, data: bytes, locale: str = "zh_CN") -> int:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    actor = await ensure_member(workspace.id, "console:小李", "小李")
    report = await import_orders(
        actor, data, clock, dry_run=False, team_timezone="Asia/Shanghai", locale=locale
    )
    assert not report.skipped, report.skipped
    return report.first_orders


async def test_first_order_after_posting_is_noted_once_and_quiet_creators_reach_the_agenda(
    console: Console, clock: FrozenClock
) -> None:
    for handle in ("amy", "bob", "cara"):
        await console.say(f"添加达人 @{handle} TikTok 美国 加州")
    await console.say("@amy 已发布")
    await console.say("@bob 已发布")
    posted = clock.now().astimezone(BEIJING)  # the sheet's times are on the team's clock
    day = lambda n: (posted + timedelta(days=n)).strftime("%Y-%m-%d %H:%M")  # noqa: E731
    before = (posted - timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    clock.advance(timedelta(days=4))
    # amy: one order before posting (not "after"), then one on day 3; cara never posted
    data = _csv(f"A-1,{before},10.00,USD,amy", f"A-2,{day(3)},29.90,USD,amy", f"C-1,{day(1)},5.00,USD,cara")
    assert await _import(clock, data) == 1
    amy = await Creator.get(handle="amy")
    notes = [n.text for n in await Note.filter(creator=amy)]
    assert notes == [f"🛒 发布内容后的第一笔订单：订单 A-2（{day(3)[:10]}，29.90 USD），发布后第 3 天"], notes
    assert await Note.filter(creator__handle="cara").count() == 0, "no content posted: nothing to note"
    assert await _import(clock, data) == 0, "imported again: noted once"
    assert await Note.filter(creator=amy).count() == 1
    assert "发布后有了第一笔订单" not in (await console.say("我的待办"))

    clock.advance(timedelta(days=11))  # day 15
    agenda = await console.say("我的待办")
    assert "发布 14 天以上还没有订单" in agenda and "@bob 发布 15 天，0 单" in agenda, agenda
    assert "@amy 发布" not in agenda and "@cara" not in agenda
    assert await _import(clock, _csv(f"B-1,{day(14)},12.00,USD,bob")) == 1
    assert "@bob 发布" not in await console.say("我的待办")


async def test_in_english(db: str, clock: FrozenClock) -> None:
    console = Console(build_dispatcher(Settings(), clock=clock), user="小李", locale="en")
    await console.say("add creator @amy TikTok US California")
    await console.say("@amy content posted")
    posted = clock.now().astimezone(BEIJING)
    clock.advance(timedelta(days=20))
    assert "0 orders" not in await console.say("my agenda"), "a team that imports no orders is not nagged"
    await _import(clock, _csv(f"Z-1,{posted:%Y-%m-%d %H:%M},9.00,USD,zed"), locale="en")
    assert "@amy posted 20 days ago, 0 orders" in await console.say("my agenda")
    when = (posted + timedelta(days=16)).strftime("%Y-%m-%d %H:%M")
    assert await _import(clock, _csv(f"A-9,{when},40.00,USD,amy"), locale="en") == 1
    note = (await Note.get(creator__handle="amy")).text
    assert note.startswith("🛒 First order after the content went up: order A-9") and "day 16" in note
