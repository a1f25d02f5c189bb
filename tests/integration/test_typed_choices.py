"""Issue 17 item 1, confirm by typing: WeCom shows a card's buttons as a numbered list, so typing the number
or the word ("1", "确认", "已发送", "done") answers the latest open card of the chat with the same action a
press runs — the outreach plan, the due reminder, for the person it was for (or a lead), within its time;
nothing open, expired or someone else's is said plainly, and ordinary messages are still understood.
Encrypted WeCom callbacks through `creatorbot serve`'s app and pushes to the simulator; the console in
English."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.adapters.console import CONSOLE_CHAT, Console, ConsoleOutbound
from bot.core.types import InboundAction, Sender
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers import build_router
from handlers.due import DueCards
from handlers.replies import ActionResult, Button, Card
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.cards import OpenCard
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery
from tests.wecom_team import URL, Team, wecom_team
from workflows.ports import FrozenClock

AMY = "添加达人 @amy TikTok 美国 纽约"
PLAN = "给 @amy 安排外联"


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with wecom_team(clock) as team:
        await team.say("帮助")  # alice, the first member: admin (and the model loaded)
        assert "已绑定" in await team.say(f"绑定推送 {URL}")
        assert "已添加 @amy" in await team.say(AMY)
        yield team


async def _touches() -> int:
    return await Delivery.filter(kind=DeliveryKind.OUTREACH, status=DeliveryStatus.PENDING).count()


async def test_outreach_plan_confirmed_by_typing_the_word(team: Team) -> None:
    card = await team.say(PLAN)
    assert "1. 确认 2. 修改 3. 取消" in card
    assert "回复编号或按钮上的字即可" in card, "the list says the choices can be typed"
    assert await _touches() == 0
    answer = await team.say("确认")
    assert "已安排 1 条外联提醒" in answer
    assert await _touches() == 1
    assert "没有待确认的卡片" in await team.say("确认"), "answered once; the card is closed"
    assert await _touches() == 1


async def test_outreach_plan_confirmed_by_typing_its_number(team: Team) -> None:
    await team.say(PLAN)
    assert "已安排 1 条外联提醒" in await team.say("1")
    assert await _touches() == 1


async def test_cancel_typed_cancels_the_plan(team: Team) -> None:
    await team.say(PLAN)
    assert "已取消" in await team.say("取消。")
    assert await Delivery.all().count() == 0


async def test_sent_typed_on_the_due_touch(team: Team, clock: FrozenClock) -> None:
    await team.say(PLAN)
    await team.say("第一个")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now())
    await team.loop.run_once()
    assert len(team.sim.pushes) == 1
    pushed = team.sim.pushes[0].content
    assert "1. 已发送 2. 推迟1小时 3. 跳过" in pushed and "回复编号或按钮上的字即可" in pushed
    clock.advance(timedelta(hours=3))  # a due card stays answerable until handled, not 30 minutes
    answer = await team.say("已发送")
    assert f"#{touch.id}" in answer
    assert (await Delivery.get(id=touch.id)).resolution == "done"
    assert "没有待确认的卡片" in await team.say("已发送")


async def test_due_reminder_snoozed_and_done_by_typing(team: Team, clock: FrozenClock) -> None:
    assert "已设置提醒" in await team.say("两小时后提醒我寄样")
    clock.advance(timedelta(hours=2))
    await team.loop.run_once()
    assert "1. 完成 2. 推迟1小时" in team.sim.pushes[-1].content
    assert "再提醒" in await team.say("推迟")
    row = await Delivery.get(kind=DeliveryKind.REMINDER)
    assert row.status == DeliveryStatus.PENDING and row.due_at == clock.now() + timedelta(hours=1)
    clock.advance(timedelta(hours=1))
    await team.loop.run_once()
    assert len(team.sim.pushes) == 2, "fired again after the snooze"
    await team.say("done")
    assert (await Delivery.get(id=row.id)).resolution == "done"


async def test_someone_else_cannot_answer_a_teammates_card_but_a_lead_can(team: Team) -> None:
    await team.say("帮助", userid="carol")  # bob and carol are operators; alice is the admin
    assert "已添加 @ben" in await team.say("添加达人 @ben TikTok 美国 纽约", userid="bob")
    assert "外联计划" in await team.say("给 @ben 安排外联", userid="bob")
    refused = await team.say("确认", userid="carol")
    assert "这张卡片是给 bob 的" in refused
    assert await _touches() == 0
    assert "这张卡片是给 bob 的" in await team.say("1", userid="carol")
    assert "已安排 1 条外联提醒" in await team.say("确认", userid="alice"), "a lead may answer it"
    assert await _touches() == 1


async def test_an_expired_card_is_said_expired(team: Team, clock: FrozenClock) -> None:
    await team.say(PLAN)
    clock.advance(timedelta(minutes=31))
    answer = await team.say("确认")
    assert "已过期" in answer and "没太明白" not in answer
    assert await _touches() == 0


async def test_nothing_open_is_said_and_ordinary_messages_are_still_understood(
    team: Team, clock: FrozenClock
) -> None:
    for word in ("确认", "1", "已发送", "好的", "跳过"):
        answer = await team.say(word)
        assert "没有待确认的卡片" in answer and "没太明白" not in answer, word
    await team.say(PLAN)
    answer = await team.say("跳过")
    assert "没有「跳过」" in answer and "1. 确认" in answer, "the open card's choices are listed"
    assert await _touches() == 0
    assert "已设置提醒" in await team.say("1分钟后提醒我喝水"), "a message starting with 1 is not a choice"
    assert await _touches() == 0
    answer = await team.say("完成了 @amy 的视频")
    assert "卡片" not in answer and "跳过" not in answer, "understood, not taken for a choice"
    assert await _touches() == 0


# ---- the console, in English --------------------------------------------------------------------------


@pytest.fixture
def english(db: str, clock: FrozenClock) -> tuple[Console, DeliveryLoop, ConsoleOutbound]:
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    console = Console(build_dispatcher(Settings(), clock, scheduler=loop), user="Lisa", locale="en")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound


async def test_console_confirm_and_done_typed_in_english(
    english: tuple[Console, DeliveryLoop, ConsoleOutbound], clock: FrozenClock
) -> None:
    console, loop, outbound = english
    assert "Added @amy" in await console.say("add creator @amy tiktok US New York")
    assert "There is no open card" in await console.say("confirm")
    assert "[Confirm" in await console.say("schedule outreach for @amy")
    assert "Scheduled 1" in await console.say("ok!")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now())
    await loop.run_once()
    assert "[Sent" in outbound.printed[-1]
    await console.say("done")
    assert (await Delivery.get(id=touch.id)).resolution == "done"
    assert "There is no open card" in await console.say("done")


async def test_console_new_teammate_confirmed_by_typing(console: Console) -> None:
    """A one-button confirmation ("确认新成员 小王") is answered by a yes-word too."""
    await console.say("添加达人 @amy TikTok 美国 纽约")
    assert "还不是团队成员" in await console.say("@amy 交给 小王 跟进")
    assert "由 小王 负责" in await console.say("确认")


# ---- a typed choice runs the very handler a press runs --------------------------------------------------


async def test_a_typed_choice_calls_the_action_handler_a_press_calls(db: str, clock: FrozenClock) -> None:
    pressed: list[tuple[str, dict[str, str]]] = []
    scratch = Router("scratch")

    @scratch.action("scratch.confirm")
    async def confirm(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
        pressed.append((ctx.actor.display_name, dict(value)))
        return ActionResult(toast="scratch confirmed")

    @scratch.action("scratch.cancel")
    async def cancel(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
        return ActionResult(toast="scratch cancelled")

    router = build_router()
    router.include(scratch)
    dispatcher = replace(build_dispatcher(Settings(), clock=clock), router=router)
    console = Console(dispatcher, user="小李", locale="zh_CN")
    card = Card(
        title="scratch",
        buttons=(
            Button("确认", "scratch.confirm", {"n": "7"}),
            Button("取消", "scratch.cancel", {"n": "7"}),
        ),
    )
    await console.say("帮助")  # registers the chat and 小李
    ctx = await dispatcher._context(CONSOLE_CHAT, Sender("console:小李", "小李"), Catalog("zh_CN"))
    await dispatcher._remember(ctx, card)

    assert await console.say("1") == "scratch confirmed"
    assert pressed == [("小李", {"n": "7"})]
    assert "没有待确认的卡片" in await console.say("确认"), "closed by the typed answer"

    await dispatcher._remember(ctx, card)
    assert await console.say("好的") == "scratch confirmed"
    await dispatcher._remember(ctx, card)
    press = InboundAction(
        chat=CONSOLE_CHAT,
        sender=Sender("console:小李", "小李"),
        action_id="scratch.confirm",
        value={"n": "7"},
        message_ref="console",
        event_id="press-1",
        received_at=clock.now(),
        locale="zh_CN",
    )
    assert (await dispatcher.handle_action(press)).toast == "scratch confirmed"
    assert pressed == [("小李", {"n": "7"})] * 3
    assert await OpenCard.filter(closed_at__isnull=True).count() == 0, "a press closes the card too"
