"""Repeating reminders (issue 17): "每周五下午3点提醒我对账" / "every Monday 10am remind me…" — set on the
team's clock, each occurrence posted with a 停止重复 button and the next one set as it goes out (once, even
when an occurrence is snoozed and sent again), listed in the agenda, stopped by "取消提醒 N" with any of its
numbers — on SQLite and PostgreSQL, in Chinese and English."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.due import DueCards
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery
from workflows.ports import FrozenClock

FRIDAY_15_BEIJING = datetime(2026, 12, 4, 7, 0, tzinfo=UTC)


async def _rows() -> list[Delivery]:
    return list(await Delivery.filter(kind=DeliveryKind.REMINDER).order_by("id"))


async def _at(clock: FrozenClock, loop: DeliveryLoop, when: datetime) -> None:
    clock.advance(when - clock.now())
    await loop.run_once()


async def test_weekly_reminder_set_posted_chained_once_listed_and_stopped(
    console_with_loop: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock
) -> None:
    console, loop, outbound = console_with_loop
    clock.advance(datetime(2026, 12, 1, 2, tzinfo=UTC) - clock.now())  # Tuesday 10:00 Beijing
    card = await console.say("每周五下午3点提醒我对账")
    assert "已设置重复提醒 #1" in card, card
    assert "重复   每周五 15:00 北京" in card and "下次   周五 12/4 15:00 北京 (UTC+8)" in card, card
    assert "内容" in card and "对账" in card and "每周" not in card.split("内容")[1].split("\n")[0]
    first = (await _rows())[0]
    assert first.due_at == FRIDAY_15_BEIJING and first.repeat == "weekly:4:1:900"

    await _at(clock, loop, FRIDAY_15_BEIJING - timedelta(minutes=1))
    assert not any("对账" in p for p in outbound.printed), "not before its time"
    await _at(clock, loop, FRIDAY_15_BEIJING)
    posted = [p for p in outbound.printed if "对账" in p]
    assert len(posted) == 1 and "重复" in posted[0] and "[停止重复" in posted[0]
    one, two = await _rows()
    assert one.status == DeliveryStatus.SENT and one.repeat == "", "the cadence moved on"
    assert two.status == DeliveryStatus.PENDING and two.repeat == "weekly:4:1:900" and two.series == one.id
    assert two.due_at == FRIDAY_15_BEIJING + timedelta(days=7) and two.local_wall == "2026-12-11T15:00:00"
    assert two.text == "对账"

    assert "再提醒" in await console.press("推迟1小时")  # the posted occurrence, snoozed and sent again
    await _at(clock, loop, FRIDAY_15_BEIJING + timedelta(hours=1))
    assert len([p for p in outbound.printed if "对账" in p]) == 2
    assert len(await _rows()) == 2, "a snoozed occurrence sent again sets no second series"

    agenda = await console.say("我的待办")
    assert "重复提醒" in agenda and "#2 🔁 每周五 15:00 对账" in agenda, agenda

    stopped = await console.say("取消提醒 1")  # the number the user saw first stops the series
    assert "已停止重复提醒 #1" in stopped and "对账" in stopped
    assert (await Delivery.get(id=2)).status == DeliveryStatus.CANCELLED
    await _at(clock, loop, FRIDAY_15_BEIJING + timedelta(days=14))
    assert len([p for p in outbound.printed if "对账" in p]) == 2, "stopped: no more"
    assert "已经发出" in await console.say("取消提醒 1"), "stopped already: the sent one is just sent"


async def test_weekday_reminder_skips_the_weekend_and_the_button_stops_it(
    console_with_loop: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock
) -> None:
    console, loop, _ = console_with_loop
    friday_10 = datetime(2026, 12, 4, 2, tzinfo=UTC)
    clock.advance(friday_10 - clock.now())
    card = await console.say("工作日每天早上9点半提醒我回达人消息")
    assert "已设置重复提醒 #1" in card and "工作日" in card and "回达人消息" in card
    monday = datetime(2026, 12, 7, 1, 30, tzinfo=UTC)
    assert (await _rows())[0].due_at == monday, "Friday 10:00: next is Monday, not Saturday"
    await _at(clock, loop, monday)
    assert (await _rows())[1].due_at == monday + timedelta(days=1)
    pressed = await console.press("停止重复")
    assert "已停止重复提醒 #1" in pressed
    assert (await _rows())[1].status == DeliveryStatus.CANCELLED
    assert "已经停止" in await console.press("停止重复"), "pressing twice is harmless"


async def test_a_one_off_reminder_that_mentions_a_cadence_stays_one_off(console: Console) -> None:
    card = await console.say("明天下午3点提醒我问 @amy 每天能发几条视频")
    assert "已设置提醒 #1" in card and "重复" not in card
    assert (await _rows())[0].repeat == ""
    assert "已设置提醒 #2" in await console.say("明天上午10点提醒我交周报"), "周报 is not a cadence here"


async def test_an_hour_without_morning_or_afternoon_is_asked_not_guessed(console: Console) -> None:
    answer = await console.say("每周三3点提醒我开会")
    assert "上午还是下午" in answer and "每周五下午3点提醒我对账" in answer
    assert await _rows() == []


@pytest.fixture
def en_loop(db: str, clock: FrozenClock) -> tuple[Console, DeliveryLoop, ConsoleOutbound]:
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    console = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="Lisa", locale="en")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound


async def test_in_english(en_loop: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock) -> None:
    console, loop, outbound = en_loop
    clock.advance(datetime(2026, 12, 1, 2, tzinfo=UTC) - clock.now())
    card = await console.say("remind me to check the creator DMs every Monday at 10am")
    assert "Repeating reminder #1 set" in card and "every Mon at 10:00 Beijing" in card, card
    assert "check the creator DMs" in card
    monday = datetime(2026, 12, 7, 2, tzinfo=UTC)
    assert (await _rows())[0].due_at == monday
    await _at(clock, loop, monday)
    assert any("check the creator DMs" in p and "[Stop repeating" in p for p in outbound.printed)
    assert "#2 🔁 every Mon at 10:00 check the creator DMs" in await console.say("my agenda")
    assert "Repeating reminder #1 stopped" in await console.say("cancel reminder 2")
    daily = await console.say("every day at 9am remind me to post on the brand account")
    assert "Repeating reminder #3 set" in daily and "every day at 09:00" in daily, daily
    assert "Repeating reminder #3 stopped" in await console.press("Cancel")


async def test_the_cancel_button_on_the_set_card_stops_the_series(console: Console) -> None:
    assert "已设置重复提醒 #1" in await console.say("每月1号上午10点提醒我给达人打款")
    assert "已停止重复提醒 #1" in await console.press("取消")
    assert (await _rows())[0].status == DeliveryStatus.CANCELLED
