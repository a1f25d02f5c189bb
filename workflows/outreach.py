"""Outreach: plan a batch in each creator's clock, confirm it into deliveries, follow up, stop on reply."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from i18n import Catalog
from models.creator import Creator
from models.enums import DeliveryKind, OutreachStatus, PlanStatus, Stage
from models.schedule import DEFAULT_FOLLOWUP_DAYS, Delivery, Outreach, OutreachPlan, SendPolicy
from workflows import audit, clock_labels, permissions, quota
from workflows.campaigns import Pitch, pitch_for
from workflows.creators import find_creators
from workflows.delivery import DueItem, Scheduler
from workflows.errors import WorkflowError
from workflows.geo import country_language
from workflows.pipeline import set_stage
from workflows.ports import Clock
from workflows.reminders import TimeInPast, mark_resolved, resolve, sent_row
from workflows.send_window import SendWindow, Slot, fit_requested, next_window, sendable_now, spread
from workflows.sequences import stop_sequences
from workflows.tenancy import Actor
from workflows.timeparse import Choices, TimeAsk, Unreadable, When
from workflows.translation.outreach import draft_outreach
from workflows.translation.ports import TranslationError, Translator

PLAN_LIMIT = 1000
log = logging.getLogger(__name__)
# The first touch names the brand and the creator's campaign product (workflows/campaigns.pitch_for); what
# the team has not set is worded around (workflows/translation/outreach.default_template), never a stand-in.
DEFAULT_OFFER = "免费寄样 + 销售佣金"


@dataclass
class TimeUnreadable(WorkflowError):
    span: str = ""


@dataclass
class PlanNotFound(WorkflowError):
    number: int


@dataclass
class PlanFinished(WorkflowError):
    number: int
    status: str


@dataclass(frozen=True, slots=True)
class PlannedTouch:
    creator_id: int
    handle: str
    zone: str
    utc: datetime
    local: datetime
    notes: tuple[str, ...]
    region: str | None = None  # the creator's city or state (canonical name), to name their clock


@dataclass(frozen=True, slots=True)
class Plan:
    plan_id: int
    touches: list[PlannedTouch]
    missing_zone: list[str]  # handles without a known zone: not scheduled, the user is asked
    when_notes: tuple[str, ...]  # what the time parser pointed out (rolled to tomorrow, DST, …)
    explicit: bool  # the user gave a time (else: the next good send window)
    # Creators whose clock makes the asked day unclear ("明天" when it is 02:00 where they are): not planned,
    # with the readings still to come (empty: no reading at all); the rest of the batch goes ahead.
    unsure: list[tuple[str, tuple[When, ...]]] = field(default_factory=list)


# ---- send window -----------------------------------------------------------------------------------------


async def load_policy(workspace_id: int) -> tuple[SendWindow, list[int]]:
    """The team's send window and follow-up days (after step 1: step 2 in days[0], step 3 in days[1])."""
    policy = await SendPolicy.get_or_none(workspace_id=workspace_id)
    if policy is None:
        return SendWindow(), _days(DEFAULT_FOLLOWUP_DAYS)
    window = SendWindow.from_policy(
        weekdays=policy.weekdays,
        window_start=policy.window_start,
        window_end=policy.window_end,
        quiet_start=policy.quiet_start,
        quiet_end=policy.quiet_end,
        skip_holidays=policy.skip_holidays,
        gap_seconds=policy.gap_seconds,
    )
    return window, _days(policy.followup_days)


def _days(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


async def load_window(workspace_id: int) -> SendWindow:
    window, _ = await load_policy(workspace_id)
    return window


async def save_window(actor: Actor, window: SendWindow, clock: Clock) -> None:
    values: dict[str, Any] = {
        "weekdays": ",".join(str(d) for d in sorted(window.weekdays)),
        "window_start": window.start.hour * 60 + window.start.minute,
        "window_end": window.end.hour * 60 + window.end.minute,
    }
    async with in_transaction() as conn:
        current = await SendPolicy.get_or_none(workspace_id=actor.workspace_id, using_db=conn)
        if current is not None:
            await SendPolicy.filter(id=current.id).using_db(conn).update(**values)
        else:
            await SendPolicy.create(using_db=conn, workspace_id=actor.workspace_id, **values)
        # for undo: the earlier values, or None when the team had the defaults (no row)
        before = None if current is None else {name: getattr(current, name) for name in values}
        await audit.record(conn, actor, "send_window.set", "", clock.now(), **values, before=before)


async def restore_window(conn: BaseDBAsyncClient, workspace_id: int, before: dict[str, Any] | None) -> None:
    """Undo of `save_window`: the earlier window back, or the defaults (no row) when there was none."""
    query = SendPolicy.filter(workspace_id=workspace_id).using_db(conn)
    if before is None:
        await query.delete()
    else:
        names = ("weekdays", "window_start", "window_end")
        await query.update(**{name: before[name] for name in names if name in before})


# ---- planning --------------------------------------------------------------------------------------------


async def plan_outreach(
    actor: Actor,
    chat_id: int,
    handles: Sequence[str],
    asked: TimeAsk | Unreadable,
    clock: Clock,
    team_timezone: str,
    *,
    source: str = "",
) -> Plan:
    """Work out when to reach each creator, on their own clock, and keep the plan for confirmation.
    `asked`: the time the message asks for, read once; here it is read on each creator's clock."""
    creators = await find_creators(actor, handles, access=permissions.CHANGE)
    window = await load_window(actor.workspace_id)
    now = clock.now()
    slots: list[tuple[Creator, Slot]] = []
    missing: list[str] = []
    notes: tuple[str, ...] = ()
    explicit = False
    unsure: list[tuple[str, tuple[When, ...]]] = []
    parsed_by_zone: dict[str | None, When | Choices | Unreadable] = {}
    for creator in creators:
        zone = creator.timezone
        if zone not in parsed_by_zone:  # one read per clock, not per creator (batches share zones)
            parsed_by_zone[zone] = (
                asked.choices(now=now, team_tz=team_timezone, creator_tz=zone, kind="outreach")
                if isinstance(asked, TimeAsk)
                else asked
            )
        parsed = parsed_by_zone[zone]
        if isinstance(parsed, Choices):  # this creator's clock makes the day unclear: ask about them alone
            unsure.append((creator.handle, parsed.readings))
            continue
        if isinstance(parsed, Unreadable):
            if parsed.reason == "ambiguous" and isinstance(asked, TimeAsk) and creator.timezone is not None:
                unsure.append((creator.handle, ()))
                continue
            if parsed.reason == "ambiguous":
                raise TimeUnreadable(parsed.span)
            if creator.timezone is None:
                missing.append(creator.handle)
                continue
            slots.append((creator, _window_slot(now, creator, window)))
            continue
        if creator.timezone is None:
            missing.append(creator.handle)
            continue
        if "in_past" in parsed.notes:
            raise TimeInPast(parsed.utc, parsed.zone)
        notes, explicit = parsed.notes, parsed.granularity == "minute"
        slots.append((creator, _requested_slot(parsed, now, creator, window)))
    if unsure and not slots:
        raise TimeUnreadable(asked.span if isinstance(asked, TimeAsk) else "")  # unclear for everyone
    touches = _spread(slots, window)
    plan = await OutreachPlan.create(
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        created_by_id=actor.member_id,
        items=[_item(t) for t in touches],
        source_text=source[:500],
    )
    return Plan(plan.id, touches, missing, notes, explicit, unsure)


def _window_slot(after: datetime, creator: Creator, window: SendWindow) -> Slot:
    assert creator.timezone is not None
    return next_window(after, creator.timezone, window, country=creator.country, subdiv=creator.region)


def _requested_slot(parsed: When, now: datetime, creator: Creator, window: SendWindow) -> Slot:
    """A whole day asked ("下周二", "next week") → that day's window; a time → kept, unless it must move."""
    assert creator.timezone is not None
    if parsed.granularity == "day":
        zone = ZoneInfo(creator.timezone)
        day_start = parsed.utc.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
        return _window_slot(max(now, day_start), creator, window)
    return fit_requested(parsed.utc, creator.timezone, window, country=creator.country, subdiv=creator.region)


def _spread(slots: list[tuple[Creator, Slot]], window: SendWindow) -> list[PlannedTouch]:
    def country_of(i: int) -> tuple[str | None, str | None]:
        return slots[i][0].country, slots[i][0].region

    spaced = spread([slot for _, slot in slots], window, country_of=country_of)
    return [
        PlannedTouch(c.id, c.handle, s.zone, s.utc, s.local, s.notes, c.region_name)
        for (c, _), s in zip(slots, spaced, strict=True)
    ]


def _item(touch: PlannedTouch) -> dict[str, Any]:
    return {
        "creator_id": touch.creator_id,
        "handle": touch.handle,
        "zone": touch.zone,
        "utc": touch.utc.isoformat(),
        "local": touch.local.isoformat(timespec="seconds"),
        "notes": list(touch.notes),
    }


# ---- confirm / cancel ------------------------------------------------------------------------------------


async def confirm_plan(actor: Actor, plan_id: int, scheduler: Scheduler, clock: Clock) -> list[Delivery]:
    """Turn a proposed plan into one outreach sequence + first-touch delivery per creator. Once only."""
    plan = await _plan(actor, plan_id)
    rows: list[Delivery] = []
    async with in_transaction() as conn:
        taken = (
            await OutreachPlan.filter(id=plan.id, status=PlanStatus.PROPOSED)
            .using_db(conn)
            .update(status=PlanStatus.CONFIRMED)
        )
        if not taken:
            raise PlanFinished(plan_id, "confirmed")
        owners = dict(
            await Creator.filter(
                workspace_id=actor.workspace_id, id__in=[i["creator_id"] for i in plan.items]
            )
            .using_db(conn)
            .values_list("id", "owner_id")
        )
        for item in plan.items:
            if item["creator_id"] not in owners:
                continue  # deleted since planning
            rows.append(await _first_touch(conn, actor, plan, item, owners[item["creator_id"]]))
        await audit.record(conn, actor, "outreach.confirm", str(plan.id), clock.now(), creators=len(rows))
    for row in rows:
        await scheduler.enqueue(row.id, row.version, row.due_at)
    return rows


async def _first_touch(
    conn: BaseDBAsyncClient, actor: Actor, plan: OutreachPlan, item: dict[str, Any], owner_id: int | None
) -> Delivery:
    await stop_sequences(conn, actor.workspace_id, [item["creator_id"]], "replaced")
    sequence = await Outreach.create(
        using_db=conn,
        workspace_id=actor.workspace_id,
        creator_id=item["creator_id"],
        chat_id=plan.chat_id,  # type: ignore[attr-defined]
        created_by_id=actor.member_id,
        mail_subject=str(item.get("mail_subject", ""))[:300],  # edited on the plan card (workflows/mail)
        mail_body=str(item.get("mail_body", "")),
    )
    return await Delivery.create(
        using_db=conn,
        workspace_id=actor.workspace_id,
        chat_id=plan.chat_id,  # type: ignore[attr-defined]
        kind=DeliveryKind.OUTREACH,
        due_at=datetime.fromisoformat(item["utc"]),
        local_wall=item["local"],
        zone=item["zone"],
        owner_id=owner_id or actor.member_id,
        created_by_id=actor.member_id,
        creator_id=item["creator_id"],
        outreach_id=sequence.id,
        step=1,
        source_text=plan.source_text,
    )


async def cancel_plan(actor: Actor, plan_id: int) -> None:
    plan = await _plan(actor, plan_id)
    taken = await OutreachPlan.filter(id=plan.id, status=PlanStatus.PROPOSED).update(
        status=PlanStatus.CANCELLED
    )
    if not taken:
        await plan.refresh_from_db()
        raise PlanFinished(plan_id, str(plan.status))


async def _plan(actor: Actor, plan_id: int) -> OutreachPlan:
    plan = await OutreachPlan.get_or_none(id=plan_id, workspace_id=actor.workspace_id)
    if plan is None:
        raise PlanNotFound(plan_id)
    return plan


# ---- after a touch ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TouchDone:
    delivery: Delivery
    next_touch: Delivery | None  # the scheduled follow-up, if the sequence continues
    unanswered: int = 0  # touches sent since the creator's last reply (a 6th is not scheduled)


async def touch_sent(actor: Actor, number: int, scheduler: Scheduler, clock: Clock) -> TouchDone:
    """ "已发送": the creator is contacted; the next follow-up is scheduled in their send window."""
    row = await sent_row(actor, number)
    if row.kind != DeliveryKind.OUTREACH or row.outreach_id is None:  # type: ignore[attr-defined]
        return TouchDone(await mark_resolved(row, "done", clock), None)
    if row.resolution:
        return TouchDone(row, None)
    await mark_resolved(row, "done", clock)
    creator = row.creator
    if creator is not None and creator.stage == Stage.PROSPECT:
        await set_stage(actor, [creator.handle_key], Stage.CONTACTED, clock)
    if creator is not None:  # TikTok caps unanswered messages at 5: no automatic sixth (workflows/quota)
        count = (await quota.unanswered(actor.workspace_id, [creator.id]))[creator.id]
        if count >= quota.MAX_UNANSWERED:
            await Outreach.filter(id=row.outreach_id, status=OutreachStatus.ACTIVE).update(  # type: ignore[attr-defined]
                status=OutreachStatus.STOPPED, stop_reason=f"unanswered:{count}"
            )
            return TouchDone(row, None, count)
    return TouchDone(row, await _follow_up(actor, row, scheduler, clock))


async def _follow_up(actor: Actor, row: Delivery, scheduler: Scheduler, clock: Clock) -> Delivery | None:
    sequence = await Outreach.get(id=row.outreach_id)  # type: ignore[attr-defined]
    window, days = await load_policy(actor.workspace_id)
    creator = row.creator
    if sequence.status != OutreachStatus.ACTIVE or creator is None or creator.timezone is None:
        return None
    if row.step > len(days):
        await Outreach.filter(id=sequence.id).update(status=OutreachStatus.DONE)
        return None
    slot = _window_slot(clock.now() + timedelta(days=days[row.step - 1]), creator, window)
    async with in_transaction() as conn:
        await Outreach.filter(id=sequence.id).using_db(conn).update(step=row.step + 1)
        follow = await Delivery.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            chat_id=row.chat_id,  # type: ignore[attr-defined]
            kind=DeliveryKind.OUTREACH,
            due_at=slot.utc,
            local_wall=slot.local.isoformat(timespec="seconds"),
            zone=slot.zone,
            owner_id=row.owner_id,  # type: ignore[attr-defined]
            created_by_id=actor.member_id,
            creator_id=creator.id,
            outreach_id=sequence.id,
            step=row.step + 1,
        )
    await scheduler.enqueue(follow.id, follow.version, follow.due_at)
    return follow


async def touch_skipped(actor: Actor, number: int, clock: Clock) -> Delivery:
    """ "跳过": this creator is not contacted now; the rest of the sequence is cancelled."""
    row = await resolve(actor, number, "skipped", clock)
    if row.creator_id is not None:  # type: ignore[attr-defined]
        async with in_transaction() as conn:
            await stop_sequences(conn, actor.workspace_id, [row.creator_id], "skipped")  # type: ignore[attr-defined]
    return row


async def cancel_sequences(actor: Actor, creator_ids: Sequence[int], clock: Clock) -> int:
    """ "取消 @amy 的外联": the creators' active sequences and their pending touches are cancelled."""
    async with in_transaction() as conn:
        stopped = await stop_sequences(conn, actor.workspace_id, creator_ids, "cancelled")
        if stopped:
            await audit.record(conn, actor, "outreach.cancel", "", clock.now(), sequences=stopped)
    return stopped


async def recheck(item: DueItem, now: datetime) -> datetime | None:
    """At delivery time: a touch that would now land in the creator's quiet hours (a late worker, a
    restart) moves to their next send window instead. Reminders for the team are never moved."""
    if item.kind != DeliveryKind.OUTREACH or not item.creator_zone:
        return None
    window = await load_window(item.workspace_id)
    country, subdiv = item.creator_country, item.creator_region
    if sendable_now(now, item.creator_zone, window, country=country, subdiv=subdiv, explicit=True):
        return None
    later = next_window(now, item.creator_zone, window, country=country, subdiv=subdiv).utc
    await announce_move(item, now, later)
    return later


async def announce_move(item: DueItem, now: datetime, later: datetime) -> Delivery | None:
    """Every move the bot makes on its own is said in the chat (issue 16: touches postponed a week after
    downtime with no word): a NOTICE row in the touch's chat, due now, @-mentioning its owner, sent by the
    same engine (so it is never lost). One per (touch, version): a re-run of the same check adds none."""
    key = f"moved:{item.delivery_id}:v{item.version}"
    touch = await Delivery.get_or_none(id=item.delivery_id)
    if touch is None or await Delivery.filter(workspace_id=item.workspace_id, source_text=key).exists():
        return None
    t = Catalog(item.locale)
    zone, team = item.creator_zone or item.zone, item.team_timezone
    region = clock_labels.region_on(zone, item.creator_zone, item.creator_region_name)
    text = t(
        "notice.touch_moved",
        handle=f"@{item.creator_handle}",
        step=item.step,
        number=item.delivery_id,
        was=clock_labels.both(t, item.due_at, zone, team, region),
        local_now=clock_labels.wall(t, now, zone, region),
        to=clock_labels.both(t, later, zone, team, region),
    )
    return await Delivery.create(
        workspace_id=item.workspace_id,
        chat_id=touch.chat_id,  # type: ignore[attr-defined]
        kind=DeliveryKind.NOTICE,
        due_at=now,
        local_wall=now.astimezone(ZoneInfo(team)).replace(tzinfo=None).isoformat(timespec="seconds"),
        zone=team,
        owner_id=touch.owner_id,  # type: ignore[attr-defined]
        creator_id=touch.creator_id,  # type: ignore[attr-defined]
        text=text,
        source_text=key,
        resolution="notice",  # nothing to do: never an open item in anyone's agenda
    )


# ---- the first-touch message in the creator's language ------------------------------------------------

NAME_SLOT = "@creator"  # drafted once per language with this handle (kept as is), then each name put in


@dataclass(frozen=True, slots=True)
class TouchDraft:
    text: str
    language: str
    back_translation: str


async def draft_for(
    translator: Translator, item: DueItem, reader: str, pitch: Pitch | None = None
) -> TouchDraft | None:
    """The message the owner is asked to send, in the creator's language; None when it stays Chinese
    (a Chinese-speaking creator, an unknown language) or the model cannot help right now. `pitch`: the
    brand and the creator's campaign product (read here when not given)."""
    if item.kind != DeliveryKind.OUTREACH or not item.creator_handle:
        return None
    language = item.creator_language or (
        country_language(item.creator_country) if item.creator_country else None
    )
    if not language or language == "zh":
        return None
    if pitch is None:
        pitch = await pitch_for(item.workspace_id, item.creator_id)
    try:
        draft = await draft_outreach(
            translator,
            language=language,
            creator_name=NAME_SLOT,
            product=pitch.product,
            offer=DEFAULT_OFFER,
            campaign=pitch.campaign,
            brand=pitch.brand,
            workspace_id=item.workspace_id,
            reader=reader,
        )
    except (TranslationError, WorkflowError):
        log.warning(
            "outreach draft for delivery %s stays in Chinese: the model did not answer", item.delivery_id
        )
        return None
    handle = f"@{item.creator_handle}"
    return TouchDraft(
        draft.text.replace(NAME_SLOT, handle), language, draft.back_translation.replace(NAME_SLOT, handle)
    )
