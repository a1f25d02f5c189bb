"""A user of another company in a shared Feishu group (issue 16 item 6): their messages carry their own
tenant_key; they read nothing and change nothing, and are not even registered, until an admin lets them
in (the button under the refusal); the admin can take it back from 团队成员. Card presses follow the same
rule. On SQLite and PostgreSQL, from real Feishu envelopes through the dispatcher."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.console import render
from bot.adapters.feishu import events
from bot.adapters.feishu.inbound import _same_tenant
from bot.core.dispatch import Dispatcher
from bot.core.types import InboundAction
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.creator import Creator
from models.enums import Stage
from models.tenancy import Member
from tests.feishu_events import FeishuEvents
from workflows.ports import FrozenClock

FEISHU = FeishuEvents(tenant_key="tenant_a")
CHAT = "oc_shared"
OUTSIDER, OTHER_COMPANY = "ou_mallory", "tenant_x"


async def _say(dispatcher: Dispatcher, text: str, sender: str = "ou_alice", tenant: str | None = None) -> str:
    doc = FEISHU.message(f"@_user_1 {text}", chat_id=CHAT, sender=sender, sender_tenant=tenant)
    parsed = events.parse(events.read_envelope(doc), bot_open_id="ou_bot", received_at=datetime.now(UTC))
    assert isinstance(parsed, events.FeishuMessage)
    return render(await dispatcher.handle(parsed.message))


async def _press(dispatcher: Dispatcher, action_id: str, value: dict[str, str], sender: str) -> str:
    doc = FEISHU.card_action(
        {"action": action_id, **value},
        chat_id=CHAT,
        operator=sender,
        operator_tenant=OTHER_COMPANY if sender == OUTSIDER else None,
    )
    press = events.parse(events.read_envelope(doc), bot_open_id="ou_bot", received_at=datetime.now(UTC))
    assert isinstance(press, events.CardAction)
    if not await _same_tenant(press):
        return "refused at the door"
    action: InboundAction = press.action
    return (await dispatcher.handle_action(action)).toast


async def test_an_outside_member_reads_and_writes_nothing_until_an_admin_lets_them_in(
    db: str, clock: FrozenClock
) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    assert "已添加" in await _say(dispatcher, "添加达人 @amy TikTok 美国加州 邮箱 amy@x.com")

    tries = (
        "把 @amy 移到已回复",
        "@amy 交给我",
        "添加达人 @zed 英国",
        "列出所有达人",
        "看看 @amy",
        "导出达人",
    )
    for text in tries:
        answer = await _say(dispatcher, text, sender=OUTSIDER, tenant=OTHER_COMPANY)
        assert "外部成员" in answer and "@amy" not in answer and "amy@x.com" not in answer, (text, answer)
    amy = await Creator.get(handle_key="amy")
    assert amy.stage == Stage.PROSPECT and await Creator.all().count() == 1
    assert not await Member.filter(platform_user_id=OUTSIDER).exists(), "not even registered"
    assert await _press(dispatcher, "member.admit", {"user": OUTSIDER}, OUTSIDER) == "refused at the door"

    assert "已允许外部成员" in await _press(dispatcher, "member.admit", {"user": OUTSIDER}, "ou_alice")
    assert "已添加" in await _say(dispatcher, "添加达人 @zed 英国", sender=OUTSIDER, tenant=OTHER_COMPANY)
    listing = await _say(dispatcher, "列出所有达人", sender=OUTSIDER, tenant=OTHER_COMPANY)
    assert "@zed" in listing and "@amy" not in listing, "let in as an operator: own creators only"
    assert await _press(dispatcher, "member.admit", {"user": "ou_x"}, OUTSIDER) != "refused at the door"

    team = await _say(dispatcher, "团队成员")
    assert "（外部成员）" in team and "收回" in team
    assert "已收回" in await _press(dispatcher, "member.revoke", {"user": OUTSIDER}, "ou_alice")
    answer = await _say(dispatcher, "列出所有达人", sender=OUTSIDER, tenant=OTHER_COMPANY)
    assert "外部成员" in answer and "@zed" not in answer


async def test_only_an_admin_lets_an_outsider_in(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    await _say(dispatcher, "帮助")  # ou_alice: admin
    await _say(dispatcher, "帮助", sender="ou_bob")  # an operator of the same company
    assert "只有管理员" in await _press(dispatcher, "member.admit", {"user": OUTSIDER}, "ou_bob")
    answer = await _say(dispatcher, "列出所有达人", sender=OUTSIDER, tenant=OTHER_COMPANY)
    assert "外部成员" in answer


async def test_the_same_company_is_not_outside(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    await _say(dispatcher, "帮助")
    assert "已添加" in await _say(dispatcher, "添加达人 @amy 英国", sender="ou_bob", tenant="tenant_a")


def test_the_sender_tenant_survives_the_queue() -> None:
    """INBOUND_MODE=queue: the worker answers from a record of the message; an outsider stays outside."""
    from bot.core.types import message_from_record, message_record

    doc = FEISHU.message("@_user_1 列出所有达人", chat_id=CHAT, sender=OUTSIDER, sender_tenant=OTHER_COMPANY)
    parsed = events.parse(events.read_envelope(doc), bot_open_id="ou_bot", received_at=datetime.now(UTC))
    assert isinstance(parsed, events.FeishuMessage) and parsed.message.sender.tenant == OTHER_COMPANY
    assert message_from_record(message_record(parsed.message)).sender.tenant == OTHER_COMPANY


async def test_adding_the_bot_from_another_company_registers_nobody(db: str, clock: FrozenClock) -> None:
    """The greeting of a group the bot was added to answers as its operator: an outsider is not made the
    first member (who would become admin)."""
    doc = FEISHU.bot_added(chat_id=CHAT, operator=OUTSIDER)
    doc["event"]["operator_tenant_key"] = OTHER_COMPANY
    added = events.parse(events.read_envelope(doc), bot_open_id="ou_bot", received_at=datetime.now(UTC))
    assert isinstance(added, events.BotAdded) and added.operator.tenant == OTHER_COMPANY
    dispatcher = build_dispatcher(Settings(), clock=clock)
    hello = dispatcher.help_request(added.chat, added.operator, added.event_id, clock.now())
    assert "外部成员" in render(await dispatcher.handle(hello))
    assert await Member.all().count() == 0
