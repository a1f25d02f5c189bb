"""Roles per workspace: the first member is admin (also when two first messages race), admins grant roles,
the last admin stays, and operators see their own creators' details and the team totals — on SQLite and
PostgreSQL, through the dispatcher as the console and the platforms drive it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.adapters.console import CONSOLE_CHAT, Console
from bot.core.dispatch import Dispatcher
from bot.core.types import InboundMessage, Mention, Sender
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.replies import Card, Text
from models.audit import AuditLog
from models.creator import Creator
from models.enums import Platform, Role
from models.tenancy import Member
from workflows import roles
from workflows.ports import FrozenClock
from workflows.tenancy import Actor, ensure_member, ensure_workspace


def _team(clock: FrozenClock) -> tuple[Dispatcher, Console, Console, Console]:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    return (
        dispatcher,
        Console(dispatcher, user="小李", locale="zh_CN"),
        Console(dispatcher, user="小王", locale="zh_CN"),
        Console(dispatcher, user="小张", locale="zh_CN"),
    )


async def _role(name: str) -> Role:
    return Role((await Member.get(display_name=name)).role)


async def test_first_member_is_admin_and_the_next_are_operators(db: str, clock: FrozenClock) -> None:
    _, li, wang, _ = _team(clock)
    await li.say("帮助")
    await wang.say("帮助")
    assert await _role("小李") == Role.ADMIN
    assert await _role("小王") == Role.OPERATOR
    answer = await li.say("团队成员")
    assert "团队成员（2）" in answer and "小李 · 管理员" in answer and "小王 · 运营" in answer
    assert answer.index("小李") < answer.index("小王")


async def test_two_first_messages_at_once_make_one_admin(db: str) -> None:
    for round_ in range(5):
        workspace = await ensure_workspace(Platform.FEISHU, f"tenant-race-{round_}")
        actors = await asyncio.gather(
            *(ensure_member(workspace.id, f"ou_{round_}_{i}", f"user{i}") for i in range(4))
        )
        assert sorted(a.role for a in actors).count(Role.ADMIN) == 1, actors
        assert await Member.filter(workspace_id=workspace.id, role=Role.ADMIN).count() == 1


async def test_admin_grants_roles_and_it_is_audited(db: str, clock: FrozenClock) -> None:
    _, li, wang, zhang = _team(clock)
    await li.say("帮助")
    await wang.say("帮助")
    await zhang.say("帮助")
    assert await li.say("设为经理 @小王") == "✅ 已把 小王 设为经理（原来是运营）。"
    assert await _role("小王") == Role.MANAGER
    assert await li.say("把小张设为管理员") == "✅ 已把 小张 设为管理员（原来是运营）。"
    assert await li.say("设为管理员 @小张") == "小张 已经是管理员了。"
    log = await AuditLog.filter(action="member.role").order_by("id")
    assert [(e.detail["before"], e.detail["after"]) for e in log] == [
        ("operator", "manager"),
        ("operator", "admin"),
    ]
    admin = await Member.get(display_name="小李")
    assert {e.actor_id for e in log} == {admin.id}  # type: ignore[attr-defined]


async def test_only_admins_grant_roles_and_the_refusal_names_them(db: str, clock: FrozenClock) -> None:
    _, li, wang, zhang = _team(clock)
    await li.say("帮助")
    await wang.say("帮助")
    await zhang.say("帮助")
    assert await wang.say("设为经理 @小张") == "只有管理员可以设置角色：@小李"
    await li.say("设为管理员 @小张")
    assert await wang.say("设为管理员 @小王") == "只有管理员可以设置角色：@小李、@小张"
    await li.say("设为经理 @小王")
    assert await wang.say("设为经理 @小王") == "只有管理员可以设置角色：@小李、@小张", (
        "managers cannot either"
    )
    assert await _role("小王") == Role.MANAGER


async def test_the_last_admin_cannot_be_demoted(db: str, clock: FrozenClock) -> None:
    _, li, wang, _ = _team(clock)
    await li.say("帮助")
    await wang.say("帮助")
    assert "小李 是最后一位管理员" in await li.say("设为运营 @小李")
    assert await _role("小李") == Role.ADMIN
    await li.say("设为管理员 @小王")
    assert await li.say("设为运营 @小李") == "✅ 已把 小李 设为运营（原来是管理员）。"
    assert "只有管理员" in await li.say("设为管理员 @小李"), "no longer admin"


async def test_two_admins_demoting_each_other_at_once_leave_one(db: str, clock: FrozenClock) -> None:
    workspace = await ensure_workspace(Platform.FEISHU, "tenant-demote")
    a = await ensure_member(workspace.id, "ou_a", "A")
    b = await ensure_member(workspace.id, "ou_b", "B")
    await Member.filter(id=b.member_id).update(role=Role.ADMIN)
    b = Actor(b.workspace_id, b.member_id, b.display_name, Role.ADMIN)
    results = await asyncio.gather(
        roles.set_role(a, roles.Teammate("B", "ou_b"), Role.OPERATOR, clock),
        roles.set_role(b, roles.Teammate("A", "ou_a"), Role.OPERATOR, clock),
        return_exceptions=True,
    )
    assert sum(isinstance(r, roles.LastAdmin) for r in results) == 1, results
    assert await Member.filter(workspace_id=workspace.id, role=Role.ADMIN).count() == 1


async def test_unknown_name_is_asked_to_be_mentioned(db: str, clock: FrozenClock) -> None:
    _, li, _, _ = _team(clock)
    answer = await li.say("把老赵设为经理")
    assert "没找到成员「老赵」" in answer and "@" in answer
    assert await Member.filter(display_name="老赵").count() == 0
    en = Console(build_dispatcher(Settings(), clock=clock), user="小李", locale="en")
    assert await en.say("make @li a manager") == (
        'I don\'t know a teammate called "li": @-mention them, or ask them to say something to me first.'
    )
    assert "Whose role?" in await en.say("make a manager")


async def test_a_mentioned_teammate_keeps_the_role_when_they_speak(db: str, clock: FrozenClock) -> None:
    """Feishu/WeCom resolve "@小李" to a user id: the role goes to that user, before they ever spoke."""
    dispatcher = build_dispatcher(Settings(), clock=clock)

    async def say(user: Sender, text: str, mentions: tuple[Mention, ...] = ()) -> str:
        message = InboundMessage(
            chat=CONSOLE_CHAT, sender=user, text=text, event_id=text, received_at=datetime.now(UTC),
            mentions=mentions, locale="zh_CN",
        )  # fmt: skip
        reply = await dispatcher.handle(message)
        assert isinstance(reply, Text | Card)
        return reply.text if isinstance(reply, Text) else reply.title

    boss, li = Sender("ou_boss", "老板"), Sender("ou_li", "")
    assert (
        await say(boss, "设为经理 @小李", (Mention("ou_li", "小李"),))
        == "✅ 已把 小李 设为经理（原来是运营）。"
    )
    await say(li, "帮助")
    member = await Member.get(platform_user_id="ou_li")
    assert member.role == Role.MANAGER and member.display_name == "小李"
    assert await Member.filter(display_name="小李").count() == 1


async def test_operators_see_their_own_creators_and_the_team_totals(db: str, clock: FrozenClock) -> None:
    _, li, wang, _ = _team(clock)
    await li.say("添加达人 @amy TikTok 美国加州")
    await li.say("添加达人 @bob YouTube 英国 伦敦")
    await wang.say("添加达人 @carol TikTok 美国纽约")
    await li.say("添加达人 @dan TikTok 美国加州")
    await Creator.filter(handle="dan").update(owner_id=None)  # nobody owns dan: everyone may see him

    assert "【@carol】" in await li.say("查看 @carol"), "the admin sees everyone's"
    refusal = await wang.say("查看 @amy")
    assert refusal == (
        "抱歉，@amy 不是你负责的达人：运营只能查看自己负责的达人详情。"
        "可以请负责人 小李，或经理/管理员查看：@小李"
    )
    assert "【@carol】" in await wang.say("查看 @carol"), "their own"
    assert "【@dan】" in await wang.say("查看 @dan"), "unowned"

    listing = await wang.say("列出所有达人")
    assert "@carol" in listing and "@dan" in listing
    assert "@amy" not in listing and "@bob" not in listing
    assert "其他同事负责的达人共 2 位" in listing
    full = await li.say("列出所有达人")
    assert all(f"@{h}" in full for h in ("amy", "bob", "carol", "dan")) and "其他同事" not in full

    await li.say("设为经理 @小王")
    assert "【@amy】" in await wang.say("查看 @amy"), "managers see everyone's"


async def test_team_settings_need_a_manager_or_admin(db: str, clock: FrozenClock) -> None:
    _, li, wang, _ = _team(clock)
    await li.say("帮助")
    denied = "只有管理员或经理可以绑定群推送：@小李"
    assert (
        await wang.say("绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdefgh-1234")
        == denied
    )
    assert await wang.say("设置发送窗口：周二到周四 9-11点") == "只有管理员或经理可以设置发送窗口：@小李"
    assert "发送窗口" in await wang.say("发送窗口"), "reading the window is for everyone"
    assert await wang.say("每周一上午9点把周报发到这个群") == "只有管理员或经理可以设置定时汇总：@小李"
    assert await wang.say("取消周报") == "只有管理员或经理可以设置定时汇总：@小李"

    await li.say("设为经理 @小王")
    assert "企业微信群" in await wang.say(
        "绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdefgh-1234"
    )
    assert "只有" not in await wang.say("设置发送窗口：周二到周四 9-11点")
    assert "已设置周报" in await wang.say("每周一上午9点把周报发到这个群")


async def test_english_refusal_lists_admins_with_commas(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    a = Console(dispatcher, user="Ann", locale="en")
    b = Console(dispatcher, user="Ben", locale="en")
    c = Console(dispatcher, user="Cat", locale="en")
    await a.say("help")
    await b.say("help")
    await c.say("help")
    assert await a.say("make @Ben an admin") == "✅ Ben is now admin (was operator)."
    assert await c.say("make @Cat a manager") == "Only admins can set roles: @Ann, @Ben"
    assert "Team (3)" in await c.say("who is on the team")


async def test_a_name_means_the_teammate_who_spoke_not_an_older_name_only_record(
    db: str, clock: FrozenClock
) -> None:
    _, li, wang, _ = _team(clock)
    await li.say("添加达人 @amy TikTok 美国加州")
    await li.say("把 @amy 交给新成员 小王")  # 小王 has not spoken yet: recorded by name
    await wang.say("帮助")
    assert await Member.filter(name_key="小王").count() == 1, "adopted on first contact (issue 16)"
    assert await li.say("把小王设为经理") == "✅ 已把 小王 设为经理（原来是运营）。"
    assert (await Member.get(platform_user_id="console:小王")).role == Role.MANAGER
    assert (await li.say("团队成员")).count("小王") == 1, "listed once"
