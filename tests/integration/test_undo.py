"""Undo ("撤销" / "undo") on SQLite and PostgreSQL: each covered change made through its workflow, undone
through the dispatcher as the console drives it; the database is back as before and the answer names what
was reverted. Only my own changes, only for 30 minutes, stepping back one change per undo, never over a
later change by someone else, and with the permission the change needed.

The understanding layer (routing "撤销", "不对，撤回", "undo that" to the intent) is built elsewhere; here the
command is built directly and handed to the router, as the dispatcher does."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from handlers import build_router
from handlers import undo as undo_handler
from handlers.command import Command
from handlers.errors import reply_for
from handlers.replies import Text
from handlers.routing import CommandContext
from i18n import CATALOGS, Catalog
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator, Note, StageChange
from models.digest import Digest
from models.enums import DeliveryStatus, OutreachStatus, Platform, Role, Stage
from models.payment import Payment, PaymentKind, PaymentStatus
from models.schedule import Delivery, Outreach, SendPolicy
from models.stage_flow import StageFlow
from models.tiktok_shop import Deadline, DeadlineKind, DeadlineStatus, OutreachQuota
from models.translation import GlossaryTerm
from workflows import creators, deadlines, digests, outreach, payments, pipeline, quota, reminders, roles
from workflows import undo as undo_flow
from workflows.creators import CreatorDraft
from workflows.digest_schedule import Cadence, DigestSpec
from workflows.errors import WorkflowError
from workflows.ports import FrozenClock
from workflows.send_window import parse_window
from workflows.tenancy import Actor, ensure_chat, ensure_member, ensure_workspace
from workflows.timeparse import When, parse_when
from workflows.translation import glossary

TEAM_ZONE = "Asia/Shanghai"
NOTHING = "没有可以撤销的操作（只能撤销你自己30分钟内的改动）"
ROUTER = build_router()


class Recorder:
    """A scheduler that remembers what was enqueued."""

    def __init__(self) -> None:
        self.enqueued: list[tuple[int, int]] = []

    async def enqueue(self, delivery_id: int, version: int, due_at: datetime) -> None:
        self.enqueued.append((delivery_id, version))


@dataclass
class Team:
    me: Actor  # 小李, admin (the first member)
    other: Actor  # 小王, operator
    chat_id: int
    clock: FrozenClock
    scheduler: Recorder

    def where(self) -> deadlines.Where:
        return deadlines.Where(self.chat_id, TEAM_ZONE, "zh_CN")

    async def undo(self, who: Actor | None = None, text: str = "撤销", locale: str = "zh_CN") -> str:
        """What the bot answers `who` (default 小李) saying `text`, understood as undo: the router and the
        error replies exactly as the dispatcher uses them, the member's role read afresh."""
        member = who or self.me
        actor = await ensure_member(
            member.workspace_id, f"console:{member.display_name}", member.display_name
        )
        t = Catalog(locale)
        ctx = CommandContext(actor, locale, t, self.clock, TEAM_ZONE, self.chat_id, self.scheduler)
        try:
            reply = await ROUTER.dispatch(ctx, Command(intent="undo", source=text))
        except WorkflowError as error:
            reply = reply_for(t, error)
        assert isinstance(reply, Text)
        return reply.text


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> Team:
    workspace = await ensure_workspace(Platform.CONSOLE, "local")
    chat = await ensure_chat(workspace.id, "console", "zh_CN", TEAM_ZONE)
    me = await ensure_member(workspace.id, "console:小李", "小李")
    other = await ensure_member(workspace.id, "console:小王", "小王")
    assert (me.role, other.role) == (Role.ADMIN, Role.OPERATOR)
    team = Team(me, other, chat.id, clock, Recorder())
    assert await team.undo() == NOTHING
    return team


async def _add(team: Team, *handles: str, actor: Actor | None = None, platform: str = "tiktok") -> None:
    drafts = [CreatorDraft(h, platform, "US", "CA") for h in handles]
    await creators.add_creators(actor or team.me, drafts, team.clock)


async def _creator(handle: str) -> Creator:
    return await Creator.get(handle_key=handle)


def _as_lead(actor: Actor) -> Actor:
    """An operator may not change another owner's creator (workflows/permissions.py): the later change by
    someone else these tests need is made by a manager."""
    return replace(actor, role=Role.MANAGER)


async def _flows() -> dict[tuple[str, str], int]:
    rows = await StageFlow.all().values_list("from_stage", "to_stage", "changes")
    return {(str(f), str(t)): int(n) for f, t, n in rows if n}


async def _flows_from_history() -> dict[tuple[str, str], int]:
    """What stage_flow must say: the stage changes counted one by one."""
    counted: dict[tuple[str, str], int] = {}
    for from_stage, to_stage in await StageChange.all().values_list("from_stage", "to_stage"):
        key = (str(from_stage) if from_stage else "", str(to_stage))
        counted[key] = counted.get(key, 0) + 1
    return counted


async def _undos() -> list[tuple[int, str]]:
    return [
        (int(e.detail["of"]), e.detail["action"]) for e in await AuditLog.filter(action="undo").order_by("id")
    ]


# --- the pipeline -------------------------------------------------------------------------------


async def test_a_stage_change_is_undone_through_the_stage_workflow(team: Team) -> None:
    await _add(team, "amy")
    moves = await pipeline.set_stage(team.me, ["amy"], Stage.AGREED, team.clock, team.where(), team.scheduler)
    assert moves[0].scheduled, "TikTok: the sample approval reminder on day 7"
    reminder = await Delivery.get(id=moves[0].scheduled[0].delivery_id)
    assert reminder.status == DeliveryStatus.PENDING
    team.clock.advance(timedelta(minutes=5))

    reply = await team.undo()
    assert reply.startswith("↩️ 已撤销：@amy 的阶段恢复为「待建联」（撤销了 待建联 → 已确认）"), reply
    assert "再说一次「撤销」" in reply
    assert (await _creator("amy")).stage == Stage.PROSPECT
    history = await StageChange.all().order_by("id").values_list("from_stage", "to_stage")
    assert history == [(None, Stage.PROSPECT), (Stage.PROSPECT, Stage.AGREED), (Stage.AGREED, Stage.PROSPECT)]
    back = await StageChange.get(to_stage=Stage.PROSPECT, from_stage=Stage.AGREED)
    assert back.stay_seconds == 300 and back.changed_at == team.clock.now()
    assert (
        await _flows()
        == await _flows_from_history()
        == {
            ("", "prospect"): 1,
            ("prospect", "agreed"): 1,
            ("agreed", "prospect"): 1,
        }
    )
    await reminder.refresh_from_db()
    assert reminder.status == DeliveryStatus.CANCELLED, "the move's deadline reminder goes with it"
    assert (await Deadline.get()).status == DeadlineStatus.CANCELLED
    entry = await AuditLog.get(action="undo")
    stage_entry = await AuditLog.get(action="creator.stage")
    assert entry.detail["of"] == stage_entry.id and entry.detail["action"] == "creator.stage"
    assert (entry.detail["before"], entry.detail["after"]) == ("prospect", "agreed")
    assert entry.actor_id == team.me.member_id  # type: ignore[attr-defined]


async def test_undoing_a_move_reopens_what_it_closed(team: Team) -> None:
    """已发布 by mistake closes the content deadlines and cancels their reminders; undo reopens them and
    gives the collaboration its dates back."""
    await _add(team, "amy")
    await pipeline.set_stage(
        team.me, ["amy"], Stage.SAMPLE_RECEIVED, team.clock, team.where(), team.scheduler
    )
    open_before = await Deadline.filter(status=DeadlineStatus.OPEN).order_by("id").values_list("id", "kind")
    assert [k for _, k in open_before] == [DeadlineKind.CONTENT_REMINDER, DeadlineKind.CONTENT_DUE]
    pending_before = set(await Delivery.filter(status=DeliveryStatus.PENDING).values_list("id", flat=True))
    collab_before = await Collaboration.get()
    team.clock.advance(timedelta(minutes=1))
    await pipeline.set_stage(team.me, ["amy"], Stage.CONTENT_POSTED, team.clock, team.where(), team.scheduler)
    assert await Deadline.filter(status=DeadlineStatus.OPEN).count() == 0
    assert await Delivery.filter(status=DeliveryStatus.PENDING).count() == 0
    assert (await Collaboration.get()).content_posted_at is not None
    team.scheduler.enqueued.clear()

    reply = await team.undo()
    assert "@amy 的阶段恢复为「已签收」（撤销了 已签收 → 已发布）" in reply
    assert (
        await Deadline.filter(status=DeadlineStatus.OPEN).order_by("id").values_list("id", "kind")
        == open_before
    )
    pending = set(await Delivery.filter(status=DeliveryStatus.PENDING).values_list("id", flat=True))
    assert pending == pending_before
    assert {d for d, _ in team.scheduler.enqueued} == pending_before, "reopened reminders are enqueued"
    collab = await Collaboration.get()
    assert collab.content_posted_at is None and collab.content_due_on == collab_before.content_due_on
    assert collab.sample_received_at == collab_before.sample_received_at
    assert await _flows() == await _flows_from_history()


async def test_undoing_a_reply_resumes_the_outreach_sequence(team: Team) -> None:
    await _add(team, "amy")
    amy = await _creator("amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.CONTACTED, team.clock)
    sequence = await Outreach.create(
        workspace_id=team.me.workspace_id, creator_id=amy.id, chat_id=team.chat_id
    )
    touch = await Delivery.create(
        workspace_id=team.me.workspace_id,
        chat_id=team.chat_id,
        kind="outreach",
        due_at=team.clock.now() + timedelta(days=3),
        local_wall="2026-11-28T10:00:00",
        zone="America/Los_Angeles",
        creator_id=amy.id,
        outreach_id=sequence.id,
        step=2,
    )
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)  # stop-on-reply
    await sequence.refresh_from_db()
    await touch.refresh_from_db()
    assert (sequence.status, touch.status) == (OutreachStatus.STOPPED, DeliveryStatus.CANCELLED)

    assert "@amy 的阶段恢复为「已邀约」" in await team.undo()
    await sequence.refresh_from_db()
    await touch.refresh_from_db()
    assert (sequence.status, sequence.stop_reason) == (OutreachStatus.ACTIVE, "")
    assert touch.status == DeliveryStatus.PENDING and touch.version == 3, "new version: old jobs are no-ops"


async def test_owner_note_and_added_creator(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.assign_owner(team.me, ["amy"], "小王", team.clock)
    assert (await _creator("amy")).owner_id == team.other.member_id  # type: ignore[attr-defined]
    reply = await team.undo()
    assert "↩️ 已撤销：@amy 的负责人恢复为 小李（撤销了交给 小王）" in reply
    assert (await _creator("amy")).owner_id == team.me.member_id  # type: ignore[attr-defined]

    await pipeline.add_note(team.me, "amy", "想要20%佣金，样品下周寄", team.clock)
    reply = await team.undo()
    assert "删除了给 @amy 的备注：想要20%佣金，样品下周寄" in reply
    assert await Note.all().count() == 0

    reply = await team.undo()  # the next older change: adding amy
    assert "删除了刚添加的达人 @amy（tiktok）" in reply
    assert await Creator.all().count() == 0 and await StageChange.all().count() == 0
    assert await _flows() == {} == await _flows_from_history(), "its first stage change left the totals"
    assert await team.undo() == NOTHING


async def test_owner_of_several_creators_is_undone_as_one_change(team: Team) -> None:
    await _add(team, "amy", "bob")
    await pipeline.assign_owner(_as_lead(team.other), ["amy"], "小王", team.clock)  # not mine
    await pipeline.assign_owner(team.me, ["amy", "bob"], "小张", team.clock, new_teammate=True)
    reply = await team.undo()
    assert "已撤销（2 项）" in reply
    assert "@bob 的负责人恢复为 小李（撤销了交给 小张）" in reply
    assert "@amy 的负责人恢复为 小王（撤销了交给 小张）" in reply
    owners = dict(await Creator.all().values_list("handle", "owner_id"))
    assert owners == {"amy": team.other.member_id, "bob": team.me.member_id}


async def test_a_creator_added_then_moved_is_deleted_once_the_move_is_undone(team: Team) -> None:
    await _add(team, "amy", "bob")
    await pipeline.set_stage(team.me, ["amy"], Stage.AGREED, team.clock, team.where(), team.scheduler)
    await pipeline.set_stage(team.me, ["bob"], Stage.REPLIED, team.clock)
    assert "@bob 的阶段恢复为「待建联」" in await team.undo()
    assert "@amy 的阶段恢复为「待建联」" in await team.undo()
    reply = await team.undo()  # adding both, one command
    assert "已撤销（2 项）" in reply and "删除了刚添加的达人 @amy（tiktok）" in reply and "@bob" in reply
    assert await Creator.all().count() == 0
    assert await Delivery.all().count() == 0 and await Collaboration.all().count() == 0
    assert await _flows() == {} == await _flows_from_history()


async def test_a_creator_with_history_is_not_deleted(team: Team) -> None:
    await _add(team, "amy")
    # someone else builds on it
    await pipeline.add_note(_as_lead(team.other), "amy", "小王的备注", team.clock)
    reply = await team.undo()
    assert reply == "没能撤销添加达人 @amy：这个达人之后已经有了备注，不能直接删除，什么都没有改。"
    assert await Creator.all().count() == 1 and await Note.all().count() == 1
    assert await AuditLog.filter(action="undo").count() == 0


async def test_a_reminder_is_cancelled_unless_already_sent(team: Team) -> None:
    when = parse_when("明天下午3点", now=team.clock.now(), team_tz=TEAM_ZONE, kind="reminder")
    assert isinstance(when, When)
    row = await reminders.add_reminder(
        team.me,
        team.chat_id,
        when,
        "跟进 @amy",
        owner=None,
        creators=[],
        scheduler=team.scheduler,
        clock=team.clock,
    )
    reply = await team.undo()
    assert f"↩️ 已撤销：取消了提醒 #{row.id}：跟进 @amy" in reply
    await row.refresh_from_db()
    assert row.status == DeliveryStatus.CANCELLED and row.version == 2

    row = await reminders.add_reminder(
        team.me,
        team.chat_id,
        when,
        "对账",
        owner=None,
        creators=[],
        scheduler=team.scheduler,
        clock=team.clock,
    )
    await Delivery.filter(id=row.id).update(status=DeliveryStatus.SENT)
    assert await team.undo() == f"没能撤销提醒 #{row.id}：它已经发出，什么都没有改。"
    assert (await Delivery.get(id=row.id)).status == DeliveryStatus.SENT


# --- whose, when, how many ------------------------------------------------------------------------


async def test_another_members_undo_leaves_my_change(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    assert await team.undo(team.other) == NOTHING
    assert (await _creator("amy")).stage == Stage.REPLIED


async def test_after_thirty_minutes_there_is_nothing_to_undo(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    team.clock.advance(timedelta(minutes=31))
    assert await team.undo() == NOTHING
    assert (await _creator("amy")).stage == Stage.REPLIED
    assert await team.undo(text="undo", locale="en") == (
        "Nothing to undo (you can undo only your own changes from the last 30 minutes)"
    )


async def test_undo_twice_steps_back_two_changes(team: Team) -> None:
    await _add(team, "amy", actor=team.other)
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    team.clock.advance(timedelta(minutes=1))
    await pipeline.set_stage(team.me, ["amy"], Stage.NEGOTIATING, team.clock)
    team.clock.advance(timedelta(minutes=1))
    assert "恢复为「已回复」（撤销了 已回复 → 谈判中）" in await team.undo()
    assert (await _creator("amy")).stage == Stage.REPLIED
    assert "恢复为「待建联」（撤销了 待建联 → 已回复）" in await team.undo(text="不对，撤回")
    assert (await _creator("amy")).stage == Stage.PROSPECT
    assert await team.undo() == NOTHING, "adding amy was 小王's"
    stage_entries = await AuditLog.filter(action="creator.stage").order_by("-id").values_list("id", flat=True)
    assert await _undos() == [(stage_entries[0], "creator.stage"), (stage_entries[1], "creator.stage")]
    assert await _flows() == await _flows_from_history()


async def test_two_undos_at_once_revert_two_changes(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    await pipeline.set_stage(team.me, ["amy"], Stage.NEGOTIATING, team.clock)
    done = await asyncio.gather(*(undo_flow.undo_last(team.me, team.clock) for _ in range(2)))
    assert sorted(d.items[0].after or "" for d in done) == ["negotiating", "replied"]
    assert (await _creator("amy")).stage == Stage.PROSPECT
    assert len({of for of, _ in await _undos()}) == 2


async def test_a_later_change_by_someone_else_is_never_overwritten(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    await pipeline.set_stage(_as_lead(team.other), ["amy"], Stage.NEGOTIATING, team.clock)
    reply = await team.undo()
    assert reply == (
        "没能撤销对 @amy 阶段的修改：之后又被改过了（现在是：谈判中）。为了不覆盖后来的改动，什么都没有改。"
    )
    assert (await _creator("amy")).stage == Stage.NEGOTIATING
    assert await StageChange.all().count() == 3


async def test_english_answer(team: Team) -> None:
    await _add(team, "amy")
    await pipeline.set_stage(team.me, ["amy"], Stage.REPLIED, team.clock)
    reply = await team.undo(text="undo that", locale="en")
    assert reply.startswith("↩️ Undone: @amy is back in prospect (undid prospect → replied)"), reply
    assert 'Say "undo" again' in reply


# --- offers and payments -------------------------------------------------------------------------


async def _payments() -> list[tuple[int, PaymentStatus, Decimal, str]]:
    rows = await Payment.all().order_by("id")
    return [(p.id, PaymentStatus(p.status), p.amount, p.currency) for p in rows]


async def test_offer_is_restored_and_its_fee_row_removed(team: Team) -> None:
    await _add(team, "amy")
    await payments.set_offer(team.me, "amy", percent="15", fee="300", code="USD", clock=team.clock)
    reply = await team.undo()
    assert "删除了 @amy 的合作条件 15% + 300.00 USD" in reply
    collab = await Collaboration.get()
    assert (collab.commission_percent, collab.fixed_fee, collab.currency) == (None, None, None)
    assert await Payment.all().count() == 0

    await payments.set_offer(team.me, "amy", percent="15", fee="300", code="USD", clock=team.clock)
    await payments.set_offer(team.me, "amy", percent="10", fee="350.5", code="USD", clock=team.clock)
    reply = await team.undo()
    assert "@amy 的合作条件恢复为 15% + 300.00 USD（撤销了 10% + 350.50 USD）" in reply
    collab = await Collaboration.get()
    assert (collab.commission_percent, collab.fixed_fee) == (Decimal("15"), Decimal("300"))
    assert [(s, a) for _, s, a, _ in await _payments()] == [(PaymentStatus.PENDING, Decimal("300.00"))]


async def _owe(team: Team, amount: str) -> payments.Due:
    """ "@amy 应付 <amount> USD 12月10日前", straight through the workflow."""
    return await payments.add_due(
        team.me,
        "amy",
        amount,
        "USD",
        due_on=date(2026, 12, 10),
        kind=None,
        chat_id=team.chat_id,
        team_timezone=TEAM_ZONE,
        scheduler=team.scheduler,
        clock=team.clock,
    )


async def test_money_due_is_deleted_with_its_reminder(team: Team) -> None:
    await _add(team, "amy")
    due = await _owe(team, "500")
    assert due.reminder is not None
    reply = await team.undo()
    assert f"删除了应付款 #{due.payment.id}：@amy 500.00 USD（到期提醒已取消）" in reply
    assert await Payment.all().count() == 0 and await Deadline.all().count() == 0
    assert (await Delivery.get(id=due.reminder.id)).status == DeliveryStatus.CANCELLED


async def test_a_settling_payment_is_undone_and_the_due_reminder_comes_back(team: Team) -> None:
    await _add(team, "amy")
    due = await _owe(team, "300")
    assert due.reminder is not None
    await payments.record_payment(
        team.me, "amy", "350", "USD", kind=None, method="PayPal", note="", clock=team.clock
    )
    assert [s for _, s, _, _ in await _payments()] == [PaymentStatus.PAID, PaymentStatus.PAID]
    assert (await Delivery.get(id=due.reminder.id)).status == DeliveryStatus.CANCELLED
    team.scheduler.enqueued.clear()

    reply = await team.undo()  # one payment, two rows: settled #1 and the 50 excess
    assert "已撤销（2 项）" in reply
    assert "删除了付款记录 #2：@amy 50.00 USD" in reply
    assert "#1 恢复为待付款：@amy 300.00 USD（撤销了这笔付款）" in reply
    assert await _payments() == [(1, PaymentStatus.PENDING, Decimal("300.00"), "USD")]
    owed = await Payment.get(id=1)
    assert owed.paid_at is None and owed.method == ""
    assert (await Deadline.get()).status == DeadlineStatus.OPEN
    reminder = await Delivery.get(id=due.reminder.id)
    assert reminder.status == DeliveryStatus.PENDING
    assert team.scheduler.enqueued == [(reminder.id, reminder.version)]
    assert [a for _, a in await _undos()] == ["payment.add", "payment.settle"]


async def test_a_partial_payment_is_undone(team: Team) -> None:
    await _add(team, "amy")
    await payments.add_due(
        team.me,
        "amy",
        "500",
        "USD",
        due_on=None,
        kind=None,
        chat_id=team.chat_id,
        team_timezone=TEAM_ZONE,
        scheduler=team.scheduler,
        clock=team.clock,
    )
    await payments.record_payment(
        team.me, "amy", "200", "USD", kind=None, method="bank", note="", clock=team.clock
    )
    reply = await team.undo()
    assert "删除了 @amy 的部分付款 200.00 USD，#1 恢复为欠 500.00 USD" in reply
    assert await _payments() == [(1, PaymentStatus.PENDING, Decimal("500.00"), "USD")]


async def test_refunds_are_undone(team: Team) -> None:
    await _add(team, "bob")
    await payments.add_due(
        team.me,
        "bob",
        "800",
        "CNY",
        due_on=None,
        kind=PaymentKind.COMMISSION,
        chat_id=team.chat_id,
        team_timezone=TEAM_ZONE,
        scheduler=team.scheduler,
        clock=team.clock,
    )
    await payments.record_refund(team.me, "bob", "50", "CNY", kind=None, clock=team.clock)  # a part
    assert [(s, a) for _, s, a, _ in await _payments()] == [
        (PaymentStatus.COMMISSION_PENDING, Decimal("750.00")),
        (PaymentStatus.REFUNDED, Decimal("50.00")),
    ]
    reply = await team.undo()
    assert "撤销了 @bob #1 的退款 50.00 CNY，恢复为佣金待结算" in reply
    assert await _payments() == [(1, PaymentStatus.COMMISSION_PENDING, Decimal("800.00"), "CNY")]

    await payments.record_refund(team.me, "bob", "800", "CNY", kind=None, clock=team.clock)  # the whole row
    assert [s for _, s, _, _ in await _payments()] == [PaymentStatus.REFUNDED]
    assert "撤销了 @bob #1 的退款 800.00 CNY，恢复为佣金待结算" in await team.undo()
    assert await _payments() == [(1, PaymentStatus.COMMISSION_PENDING, Decimal("800.00"), "CNY")]


async def test_a_payment_refunded_since_is_not_unpaid(team: Team) -> None:
    await _add(team, "amy")
    await payments.record_payment(
        team.me, "amy", "100", "USD", kind=None, method="", note="", clock=team.clock
    )
    await payments.record_refund(_as_lead(team.other), "amy", "100", "USD", kind=None, clock=team.clock)
    reply = await team.undo()
    assert reply.startswith("没能撤销给 @amy #1 记的付款：之后又被改过了（现在是：已退款）"), reply
    assert await _payments() == [(1, PaymentStatus.REFUNDED, Decimal("100.00"), "USD")]


# --- team settings --------------------------------------------------------------------------------


async def test_quota_glossary_send_window_and_digest(team: Team) -> None:
    await quota.set_quota(team.me, 200, team.clock)
    assert "删除了每周邀约额度 200（恢复为不设额度）" in await team.undo()
    assert await OutreachQuota.all().count() == 0
    await quota.set_quota(team.me, 200, team.clock)
    await quota.set_quota(team.me, 150, team.clock)
    assert "每周邀约额度恢复为 200（撤销了 150）" in await team.undo()
    assert (await OutreachQuota.get()).weekly_limit == 200

    await glossary.add_term(team.me, glossary.parse_spec("佣金 = commission"), team.clock)
    await glossary.add_term(team.me, glossary.parse_spec("佣金 = fee"), team.clock)
    assert "术语「佣金」恢复为 commission（撤销了 fee）" in await team.undo()
    assert await GlossaryTerm.all().values_list("source", "target") == [("佣金", "commission")]
    await glossary.remove_term(team.me, "佣金", team.clock)
    assert "恢复了术语「佣金」= commission" in await team.undo()
    assert await GlossaryTerm.all().values_list("source", "target", "language") == [
        ("佣金", "commission", "en")
    ]
    assert "删除了术语「佣金」= commission" in await team.undo()  # stepping back: the first add
    assert await GlossaryTerm.all().count() == 0

    window = parse_window("周二到周四 9-11点")
    assert window is not None
    await outreach.save_window(team.me, window, team.clock)
    wider = parse_window("周一到周五 9-18点")
    assert wider is not None
    await outreach.save_window(team.me, wider, team.clock)
    reply = await team.undo()
    assert "发送窗口恢复为：周二至周四 09:00–11:00（达人当地时间）（撤销了 周一至周五 09:00–18:00" in reply
    assert (await SendPolicy.get()).window_end == 11 * 60
    assert "发送窗口恢复为默认" in await team.undo()
    assert await SendPolicy.all().count() == 0

    weekly = DigestSpec(Cadence.WEEKLY, 9, 0, weekday=0)
    first = await digests.create(team.me, team.chat_id, weekly, team.clock, team.scheduler)
    second = await digests.create(
        team.me, team.chat_id, DigestSpec(Cadence.WEEKLY, 10, 0), team.clock, team.scheduler
    )
    reply = await team.undo()
    assert "停止了刚设置的周报，恢复了原来的周报" in reply
    assert [(d.id, d.active) for d in await Digest.all().order_by("id")] == [
        (first.digest.id, True),
        (second.digest.id, False),
    ]
    assert (await Delivery.get(id=first.delivery.id)).status == DeliveryStatus.PENDING
    assert (await Delivery.get(id=second.delivery.id)).status == DeliveryStatus.CANCELLED
    assert "停止了刚设置的周报（待发的一期已取消）" in await team.undo()
    assert await Digest.filter(active=True).count() == 0


async def test_undo_needs_the_permission_the_change_needed(team: Team) -> None:
    await roles.set_role(team.me, roles.Teammate("小王"), Role.MANAGER, team.clock)
    manager = await ensure_member(team.me.workspace_id, "console:小王", "小王")
    window = parse_window("周一到周五 9-18点")
    assert window is not None
    await outreach.save_window(manager, window, team.clock)
    await roles.set_role(team.me, roles.Teammate("小王"), Role.OPERATOR, team.clock)
    reply = await team.undo(team.other)
    assert reply.startswith("只有管理员或经理可以设置发送窗口"), reply
    assert (await SendPolicy.get()).window_end == 18 * 60
    assert await AuditLog.filter(action="undo").count() == 0


async def test_a_role_is_given_back(team: Team) -> None:
    await roles.set_role(team.me, roles.Teammate("小王"), Role.ADMIN, team.clock)
    assert "↩️ 已撤销：小王 的角色恢复为运营（撤销了设为管理员）" in await team.undo()
    assert (await ensure_member(team.me.workspace_id, "console:小王", "小王")).role == Role.OPERATOR
    await roles.set_role(team.me, roles.Teammate("小王"), Role.ADMIN, team.clock)
    admin = await ensure_member(team.me.workspace_id, "console:小王", "小王")
    await roles.set_role(admin, roles.Teammate("小李"), Role.MANAGER, team.clock)
    assert (await team.undo()).startswith("只有管理员可以设置角色"), "小李 is no longer admin"
    assert "小李 的角色恢复为管理员（撤销了设为经理）" in await team.undo(admin)


# --- the catalog -----------------------------------------------------------------------------------


def test_every_undoable_action_has_its_words() -> None:
    for catalog in CATALOGS.values():
        for action in undo_flow.UNDOABLE:
            assert f"undo.line.{action}" in catalog and f"undo.what.{action}" in catalog, action
        for action in undo_handler._NEW_VARIANT:
            assert f"undo.line.{action}.new" in catalog, action
        for ref in ("owner", "stage", "notes", "outreach", "reminders", "payments", "deals", "drafts"):
            assert f"undo.ref.{ref}" in catalog
