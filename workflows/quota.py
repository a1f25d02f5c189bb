"""TikTok Shop outreach limits, for TikTok creators (TikTok Shop Seller University, "outreach quota":
https://seller-us.tiktok.com/university/essay?knowledge_id=6104700982429483):

- a weekly quota shared by Target Invites + IM that refreshes every Sunday; repeat messages to the same
  creator in a week count once → we count distinct creators with a touch scheduled or sent, or a target
  collaboration invite made, that week (Sunday 00:00 to Sunday 00:00 in the team's zone);
- at most 5 messages to a creator before they respond → before a sixth unanswered touch we warn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.creator import Creator, StageChange
from models.enums import CreatorPlatform, DeliveryKind, DeliveryStatus, Stage
from models.schedule import Delivery, OutreachPlan
from models.tiktok_shop import OutreachQuota, TargetInvite
from workflows import audit
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor

MAX_UNANSWERED = 5  # TikTok: at most 5 messages before the creator responds (Seller University, above)
MAX_WEEKLY = 1_000_000
LIVE = (DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.SENT)


@dataclass
class BadQuota(WorkflowError):
    given: str


def week_start(at: datetime, zone: str) -> datetime:
    """Sunday 00:00 team-local on or before `at`, as an aware datetime in the team's zone."""
    local = at.astimezone(ZoneInfo(zone))
    sunday = local.date() - timedelta(days=(local.weekday() + 1) % 7)
    return datetime.combine(sunday, time(0), tzinfo=ZoneInfo(zone))


def week_end(start: datetime) -> datetime:
    """The next Sunday 00:00 (wall-clock arithmetic: a DST week is 167 or 169 hours)."""
    return datetime.combine(start.date() + timedelta(days=7), time(0), tzinfo=start.tzinfo)


async def set_quota(actor: Actor, weekly_limit: int, clock: Clock) -> None:
    if not 0 < weekly_limit <= MAX_WEEKLY:
        raise BadQuota(str(weekly_limit))
    async with in_transaction() as conn:
        current = await OutreachQuota.get_or_none(workspace_id=actor.workspace_id, using_db=conn)
        if current is not None:
            await OutreachQuota.filter(id=current.id).using_db(conn).update(weekly_limit=weekly_limit)
        else:
            await OutreachQuota.create(
                using_db=conn, workspace_id=actor.workspace_id, weekly_limit=weekly_limit
            )
        before = current.weekly_limit if current is not None else None  # for undo
        await audit.record(
            conn, actor, "quota.set", "", clock.now(), weekly_limit=weekly_limit, before=before
        )


async def restore_quota(conn: BaseDBAsyncClient, workspace_id: int, limit: int | None) -> None:
    """Undo of `set_quota`: the earlier limit back, or no quota at all when there was none."""
    query = OutreachQuota.filter(workspace_id=workspace_id).using_db(conn)
    if limit is None:
        await query.delete()
    else:
        await query.update(weekly_limit=limit)


async def weekly_limit(workspace_id: int) -> int | None:
    row = await OutreachQuota.get_or_none(workspace_id=workspace_id)
    return row.weekly_limit if row is not None else None


async def creators_touched(workspace_id: int, start: datetime, end: datetime) -> set[int]:
    """Creators with an outreach touch scheduled or sent in [start, end) (skipped/cancelled ones not)."""
    ids = (
        await Delivery.filter(
            workspace_id=workspace_id,
            kind=DeliveryKind.OUTREACH,
            status__in=LIVE,
            due_at__gte=start.astimezone(UTC),
            due_at__lt=end.astimezone(UTC),
            creator__platform=CreatorPlatform.TIKTOK,  # TikTok's quota: other platforms do not use it
        )
        .exclude(resolution="skipped")
        .distinct()
        .values_list("creator_id", flat=True)
    )
    # A target collaboration invite (定向邀约) draws on the same Target Invite + IM quota.
    invited = (
        await TargetInvite.filter(
            workspace_id=workspace_id,
            started_at__gte=start.astimezone(UTC),
            started_at__lt=end.astimezone(UTC),
        )
        .distinct()
        .values_list("creator_id", flat=True)
    )
    return {int(str(i)) for i in ids} | {int(str(i)) for i in invited}


@dataclass(frozen=True, slots=True)
class WeekUse:
    starts: date  # the Sunday, team-local
    limit: int
    used: int  # distinct creators already touched that week
    adding: int  # creators this plan adds to that week
    over: tuple[str, ...] = ()  # handles that would go past the limit

    @property
    def left(self) -> int:
        return max(self.limit - self.used, 0)


@dataclass(frozen=True, slots=True)
class QuotaCheck:
    limit: int | None
    weeks: tuple[WeekUse, ...] = field(default=())

    @property
    def over(self) -> tuple[str, ...]:
        return tuple(h for w in self.weeks for h in w.over)


async def usage(workspace_id: int, now: datetime, zone: str) -> WeekUse | None:
    """ "本周额度": this week's use, or None when no quota is set."""
    limit = await weekly_limit(workspace_id)
    if limit is None:
        return None
    start = week_start(now, zone)
    used = await creators_touched(workspace_id, start, week_end(start))
    return WeekUse(start.date(), limit, len(used), 0)


async def check_touches(
    workspace_id: int, touches: Sequence[tuple[int, str, datetime]], zone: str
) -> QuotaCheck:
    """Would these (creator id, handle, moment) touches go past the weekly quota? Weeks counted apart;
    a creator already touched in a week costs nothing more that week."""
    limit = await weekly_limit(workspace_id)
    if limit is None:
        return QuotaCheck(None)
    ids = list({c for c, _, _ in touches})
    rows = await Creator.filter(
        workspace_id=workspace_id, id__in=ids, platform=CreatorPlatform.TIKTOK
    ).values_list("id", flat=True)
    tiktok = {int(str(i)) for i in rows}
    touches = [t for t in touches if t[0] in tiktok]
    by_week: dict[datetime, list[tuple[int, str]]] = {}
    for creator_id, handle, at in sorted(touches, key=lambda t: t[2]):
        by_week.setdefault(week_start(at, zone), []).append((creator_id, handle))
    weeks: list[WeekUse] = []
    for start, items in sorted(by_week.items()):
        used = await creators_touched(workspace_id, start, week_end(start))
        new = [(c, h) for c, h in dict.fromkeys(items) if c not in used]
        room = max(limit - len(used), 0)
        weeks.append(WeekUse(start.date(), limit, len(used), len(new), tuple(h for _, h in new[room:])))
    return QuotaCheck(limit, tuple(weeks))


async def unanswered(workspace_id: int, creator_ids: Sequence[int]) -> dict[int, int]:
    """Consecutive touches sent to each creator since their last reply (StageChange to 已回复)."""
    ids = list(dict.fromkeys(creator_ids))
    if not ids:
        return {}
    replies: dict[int, datetime] = {}
    for creator_id, at in await StageChange.filter(
        workspace_id=workspace_id, creator_id__in=ids, to_stage=Stage.REPLIED
    ).values_list("creator_id", "changed_at"):
        if creator_id not in replies or at > replies[creator_id]:
            replies[creator_id] = at
    counts = dict.fromkeys(ids, 0)
    sent = (
        await Delivery.filter(
            workspace_id=workspace_id,
            kind=DeliveryKind.OUTREACH,
            status=DeliveryStatus.SENT,
            creator_id__in=ids,
        )
        .exclude(resolution="skipped")
        .values_list("creator_id", "sent_at", "due_at")
    )
    for creator_id, sent_at, due_at in sent:
        moment = sent_at or due_at
        last = replies.get(creator_id)
        if last is None or moment > last:
            counts[creator_id] += 1
    return counts


async def at_cap(workspace_id: int, creators: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """(handle, count) for creators whose next touch would be the sixth unanswered one."""
    counts = await unanswered(workspace_id, [c for c, _ in creators])
    return [(h, counts[c]) for c, h in creators if counts.get(c, 0) >= MAX_UNANSWERED]


async def check_plan(actor: Actor, plan_id: int, zone: str) -> QuotaCheck:
    """The quota check for a kept outreach plan (re-run at confirmation: others may have scheduled since)."""
    plan = await OutreachPlan.get_or_none(id=plan_id, workspace_id=actor.workspace_id)
    if plan is None:
        return QuotaCheck(None)
    touches = [(int(i["creator_id"]), str(i["handle"]), datetime.fromisoformat(i["utc"])) for i in plan.items]
    return await check_touches(actor.workspace_id, touches, zone)
