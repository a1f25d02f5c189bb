"""One permission rule for every read and write of a creator (workflows/permissions.py, issue 16 item 5):
an operator sees and changes their own creators and unowned ones; another owner's creator is refused on
every intent — nothing written, nothing shown — while the same command on their own creator works. On
SQLite and PostgreSQL, through the console as the platforms drive it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.audit import AuditLog
from models.creator import Creator, Note
from models.enums import Stage
from models.payment import Payment
from models.schedule import OutreachPlan
from models.tenancy import Member
from workflows.ports import FrozenClock

REFUSED = "不是你负责的达人"

# (intent, what the operator types; {h} is the creator)
WRITES = [
    ("set_stage", "把 @{h} 移到已回复"),
    ("assign_owner", "@{h} 交给我"),
    ("add_note", "备注 @{h}：想要20%佣金"),
    ("set_offer", "@{h} 合作：佣金15% + 固定费用 300 美元"),
    ("record_payment", "@{h} 已付 300 美元 PayPal"),
    ("payment_due", "@{h} 应付 500 USD 12月10日前"),
    ("record_refund", "@{h} 佣金已退款 50 USD"),
    ("set_sample_type", "@{h} 样品类型 可退"),
    ("schedule_outreach", "给 @{h} 安排外联，达人当地时间明早10点"),
    ("cancel", "取消 @{h} 的外联"),
    ("edit_creator", "@{h} 粉丝改成15万"),
    ("delete_creator", "确认删除 @{h}"),
]
READS = [
    ("show_creator", "看看 @{h}"),
    ("compliance", "@{h} 需要什么披露"),
]


async def _team(clock: FrozenClock) -> tuple[Console, Console]:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    li = Console(dispatcher, user="小李", locale="zh_CN")
    wang = Console(dispatcher, user="小王", locale="zh_CN")
    await li.say("帮助")  # 小李 speaks first: admin; 小王 is an operator
    await wang.say("帮助")
    await li.say("添加达人 @amy TikTok 美国加州 邮箱 amy@x.com")
    await li.say("备注 @amy：只给小李看的报价")
    await li.say("@amy 应付 200 USD 12月10日前")
    await wang.say("添加达人 @wendy TikTok 美国加州 邮箱 wendy@x.com")
    return li, wang


async def _state() -> tuple[object, ...]:
    amy = await Creator.get(handle_key="amy")
    return (
        amy.stage,
        amy.owner_id,  # type: ignore[attr-defined]
        await Note.filter(creator_id=amy.id).count(),
        await Payment.filter(creator_id=amy.id).count(),
        await OutreachPlan.all().count(),
        await AuditLog.filter(actor__display_name="小王").count(),
    )


@pytest.mark.parametrize(("intent", "text"), WRITES, ids=[w[0] for w in WRITES])
async def test_an_operator_cannot_change_another_owners_creator(
    db: str, clock: FrozenClock, intent: str, text: str
) -> None:
    _, wang = await _team(clock)
    before = await _state()
    refusal = await wang.say(text.format(h="amy"))
    assert REFUSED in refusal and "@小李" in refusal, (intent, refusal)
    assert await _state() == before, f"{intent} wrote something"
    own = await wang.say(text.format(h="wendy"))
    assert REFUSED not in own, (intent, own)


@pytest.mark.parametrize(("intent", "text"), READS, ids=[r[0] for r in READS])
async def test_an_operator_cannot_read_another_owners_creator(
    db: str, clock: FrozenClock, intent: str, text: str
) -> None:
    _, wang = await _team(clock)
    refusal = await wang.say(text.format(h="amy"))
    assert REFUSED in refusal and "amy@x.com" not in refusal and "报价" not in refusal, (intent, refusal)
    assert REFUSED not in await wang.say(text.format(h="wendy")), intent


async def test_lists_exports_money_and_summaries_hold_only_what_the_operator_may_see(
    db: str, clock: FrozenClock, tmp_path: Path
) -> None:
    li, wang = await _team(clock)
    listing = await wang.say("列出所有达人")
    assert "@wendy" in listing and "@amy" not in listing and "其他同事负责的达人共 1 位" in listing

    exported = await wang.say("导出达人")
    assert "已导出 1 个达人" in exported and "其他同事负责的达人共 1 位" in exported
    book = load_workbook(next(iter(sorted(tmp_path.glob("creators-*.xlsx")))))  # noqa: ASYNC240
    cells = {str(c.value) for row in book.active.iter_rows() for c in row if c.value is not None}
    assert "wendy" in cells and "amy" not in cells and "amy@x.com" not in cells
    assert not any("报价" in c for c in cells)

    await wang.say("@wendy 应付 80 USD")
    owed = await wang.say("欠款")
    assert "@wendy" in owed and "@amy" not in owed and "200.00" not in owed
    assert "@amy" in await li.say("欠款"), "the admin sees everyone's"

    assert "只有经理或管理员" in await wang.say("看看小李这个月的进度")
    summary = await wang.say("本月汇总")
    assert "达人总数  2" in summary, "team totals stay"
    assert "小李" not in summary, "no details of others"


async def test_a_lead_may_do_all_of_it(db: str, clock: FrozenClock) -> None:
    li, wang = await _team(clock)
    assert REFUSED not in await li.say("把 @wendy 移到已回复")
    assert (await Creator.get(handle_key="wendy")).stage == Stage.REPLIED
    await li.say("设为经理 @小王")
    assert REFUSED not in await wang.say("@amy 交给我")
    owner = await Member.get(display_name="小王")
    assert (await Creator.get(handle_key="amy")).owner_id == owner.id  # type: ignore[attr-defined]


async def test_an_operators_import_does_not_change_others_creators(
    db: str, clock: FrozenClock, tmp_path: Path
) -> None:
    from workflows.importing import import_file
    from workflows.tenancy import Actor

    await _team(clock)
    wang = await Member.get(display_name="小王")
    actor = Actor(wang.workspace_id, wang.id, wang.display_name, wang.role)  # type: ignore[attr-defined]
    data = "账号,平台,阶段,负责人\namy,TikTok,已回复,小王\nwendy,TikTok,已回复,小王\n".encode()
    report = await import_file(actor, data, clock, dry_run=False, file_name="x.csv")
    assert [p.code for p in report.skipped] == ["not_yours"]
    amy = await Creator.get(handle_key="amy")
    assert amy.stage == Stage.PROSPECT and amy.owner_id != wang.id  # type: ignore[attr-defined]
    assert (await Creator.get(handle_key="wendy")).stage == Stage.REPLIED
