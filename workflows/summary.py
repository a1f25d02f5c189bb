"""Pipeline summaries (issue 7, story 1): per stage now and its change, per owner, new creators, the
funnel's conversion, median time in stage, what is stuck and what is overdue — as plain dataclasses.

The numbers are counted by the database (`workflows/summary_sql.py`). Stage counts at the period's
start and end are derived from the counts now minus the stage changes after that moment (one pass over
the period's changes), so "the change since the previous period" needs no per-creator history replay.
Conversion between consecutive funnel stages counts *crossings*: a stage change that takes a creator
from before stage S to S or beyond (a skipped stage is crossed too). A→B conversion = crossings of B /
crossings of A within the period.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.functions import Sum

from models.campaign import Campaign
from models.enums import FUNNEL, Role, Stage
from models.payment import OWED, Payment
from models.tenancy import Member
from workflows import campaigns
from workflows import summary_sql as q
from workflows.errors import WorkflowError
from workflows.summary_period import Period
from workflows.tenancy import Actor, name_key

NO_REPLY_AFTER = timedelta(days=3)
NO_CONTENT_AFTER = timedelta(days=10)
STUCK_SHOWN = 8
STAGE_ORDER = {stage: i for i, stage in enumerate(FUNNEL)}


@dataclass(frozen=True, slots=True)
class SummaryQuery:
    actor: Actor
    period: Period
    now: datetime
    owner_id: int | None = None
    campaign_id: int | None = None
    platform: str | None = None
    country: str | None = None

    @property
    def workspace_id(self) -> int:
        return self.actor.workspace_id


@dataclass(frozen=True, slots=True)
class StageCount:
    stage: Stage
    now: int  # at the period's end
    before: int | None  # at the period's start (None for all time)


@dataclass(frozen=True, slots=True)
class OwnerCount:
    member_id: int | None  # None: creators nobody owns
    name: str
    total: int
    new: int
    by_stage: dict[Stage, int]


@dataclass(frozen=True, slots=True)
class Conversion:
    from_stage: Stage
    to_stage: Stage
    entered: int  # crossings into from_stage in the period
    converted: int  # crossings into to_stage in the period
    rate: Decimal | None  # converted / entered, None when nothing entered


@dataclass(frozen=True, slots=True)
class StageTime:
    stage: Stage
    median: timedelta
    stays: int


@dataclass(frozen=True, slots=True)
class StuckCreator:
    handle: str
    platform: str
    owner: str
    since: datetime


@dataclass(frozen=True, slots=True)
class OverdueItem:
    delivery_id: int
    kind: str
    due_at: datetime
    text: str
    step: int
    handle: str | None
    owner: str


@dataclass(frozen=True, slots=True)
class Stuck:
    total: int
    shown: tuple[StuckCreator, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    query: SummaryQuery
    stages: tuple[StageCount, ...]
    owners: tuple[OwnerCount, ...]
    owners_limited: bool  # an operator sees only their own row
    new_creators: int
    funnel: tuple[int, ...]  # crossings into each FUNNEL stage in the period
    conversions: tuple[Conversion, ...]
    stage_times: tuple[StageTime, ...]
    no_reply: Stuck
    no_content: Stuck
    overdue: tuple[int, tuple[OverdueItem, ...]]
    owed: tuple[tuple[str, Decimal], ...] = ()
    details_limited: bool = False  # stuck and overdue details restricted to the asker's creators

    @property
    def total(self) -> int:
        return sum(s.now for s in self.stages)

    @property
    def bars(self) -> tuple[int, ...]:
        """Creators in each FUNNEL stage at the period's end: exactly the card's stage rows, so the chart
        drawn from these never disagrees with the card (issue 16: 待建联 18 on the card, 34 on the chart)."""
        at_end = {s.stage: s.now for s in self.stages}
        return tuple(at_end.get(stage, 0) for stage in FUNNEL)


@dataclass
class SummaryForbidden(WorkflowError):
    """An operator asked about someone else's progress; `allowed` are who may (managers and admins)."""

    owner: str
    allowed: list[str]


@dataclass
class UnknownTeammate(WorkflowError):
    name: str
    known: list[str]


@dataclass
class UnknownCampaign(WorkflowError):
    name: str
    known: list[str]


def may_see_everyone(actor: Actor) -> bool:
    return actor.role in (Role.ADMIN, Role.MANAGER)


async def resolve_owner(actor: Actor, owner: str | None) -> Member | None:
    """The teammate a summary is about ("me", a name); never creates a member. Refuses an operator asking
    about someone else."""
    if owner is None:
        return None
    if owner in ("me", "我"):
        member = await Member.get(id=actor.member_id, workspace_id=actor.workspace_id)
    else:
        found = await Member.filter(workspace_id=actor.workspace_id, name_key=name_key(owner)).first()
        if found is None:
            names = await Member.filter(workspace_id=actor.workspace_id).order_by("id").limit(30)
            raise UnknownTeammate(owner, [m.display_name for m in names])
        member = found
    if member.id != actor.member_id and not may_see_everyone(actor):
        allowed = await Member.filter(
            workspace_id=actor.workspace_id, role__in=[Role.ADMIN, Role.MANAGER]
        ).order_by("id")
        raise SummaryForbidden(member.display_name, [m.display_name for m in allowed])
    return member


async def resolve_campaign(actor: Actor, name: str | None) -> Campaign | None:
    """The campaign a summary is filtered by, found as chat finds it (workflows/campaigns.find_campaign)."""
    if name is None:
        return None
    try:
        return await campaigns.find_campaign(actor, name)
    except campaigns.CampaignNotFound as missing:
        raise UnknownCampaign(name, missing.known) from None


async def owed_by_currency(scope: q.CreatorFilter) -> list[tuple[str, Decimal]]:
    """Payments owed (待付款, 佣金待结算) to the creators in scope, one SUM per ISO 4217 currency in SQL,
    largest first; currencies are never added together."""
    query = Payment.filter(workspace_id=scope.workspace_id, status__in=OWED)
    if scope.owner_id is not None:
        query = query.filter(creator__owner_id=scope.owner_id)
    if scope.platform is not None:
        query = query.filter(creator__platform=scope.platform)
    if scope.country is not None:
        query = query.filter(creator__country=scope.country)
    if scope.campaign_id is not None:
        query = query.filter(collaboration__campaign_id=scope.campaign_id)
    rows = await query.annotate(total=Sum("amount")).group_by("currency").values_list("currency", "total")
    owed = [(str(currency), Decimal(total)) for currency, total in rows if total]
    return sorted(owed, key=lambda row: (-row[1], row[0]))


async def build_summary(query: SummaryQuery) -> Summary:
    conn = q.connection()
    postgres = q.is_postgres(conn)
    period = query.period
    team = q.CreatorFilter(
        query.workspace_id, query.owner_id, query.campaign_id, query.platform, query.country
    )

    limited = not may_see_everyone(query.actor) and query.owner_id is None
    mine = q.CreatorFilter(
        query.workspace_id,
        query.actor.member_id if limited else query.owner_id,
        query.campaign_id,
        query.platform,
        query.country,
    )

    def run(build: Callable[[q.Statement], str]) -> Awaitable[list[tuple[Any, ...]]]:
        st = q.Statement(postgres)
        return q.rows(conn, build(st), st.params)

    start, end = period.start, period.end
    # Independent statements: on PostgreSQL each takes a pooled connection, so they run side by side.
    (
        (count_rows, later_rows),
        added_rows,
        (flow_rows, median_rows),
        no_reply,
        no_content,
        overdue,
    ) = await asyncio.gather(
        _pair(run(lambda st: q.counts_sql(st, team)), run(lambda st: q.owners_after_sql(st, team, end))),
        run(lambda st: q.added_sql(st, team, start, end)) if start is not None else _nothing(),
        _flows_and_medians(conn, postgres, team, start, end),
        _stuck(conn, postgres, mine, Stage.CONTACTED, query.now - NO_REPLY_AFTER),
        _stuck(conn, postgres, mine, Stage.SAMPLE_RECEIVED, query.now - NO_CONTENT_AFTER),
        _overdue(conn, postgres, mine, query.now),
    )
    # all time: every creator is new
    added = {owner_id: int(n) for owner_id, n in added_rows} if start is not None else None

    now_by_stage, owners = _counts(count_rows)
    owners = _at_end(owners, later_rows)  # per owner and stage at the period's end, not now
    at_end: dict[Stage, int] = {}
    for (_, stage), n in owners.items():
        at_end[stage] = at_end.get(stage, 0) + n
    stages = _stages(now_by_stage, flow_rows, period, at_end)
    funnel = _crossings(flow_rows)
    names = await _names(
        {o for o, _ in owners} | _owner_ids(no_reply, no_content, overdue), query.workspace_id
    )
    owner_rows = _owner_rows(owners, added, names, query.actor.member_id if limited else None)
    new = sum(added.values()) if added is not None else sum(now_by_stage.values())
    return Summary(
        query=query,
        stages=stages,
        owners=owner_rows,
        owners_limited=limited,
        new_creators=new,
        funnel=funnel,
        conversions=_conversions(funnel),
        stage_times=_stage_times(median_rows),
        no_reply=_named_stuck(no_reply, names),
        no_content=_named_stuck(no_content, names),
        overdue=_named_overdue(overdue, names),
        owed=tuple(await owed_by_currency(mine)),
        details_limited=limited,
    )


# ---- turning aggregated rows into the summary ------------------------------------------------------


async def _nothing() -> list[tuple[Any, ...]]:
    return []


async def _pair(
    first: Awaitable[list[tuple[Any, ...]]], second: Awaitable[list[tuple[Any, ...]]]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Two statements side by side, as one awaitable (asyncio.gather is typed for six at most)."""
    a, b = await asyncio.gather(first, second)
    return a, b


def _stage(value: Any) -> Stage | None:
    try:
        return Stage(value)
    except ValueError:
        return None


def _counts(
    count_rows: list[tuple[Any, ...]],
) -> tuple[dict[Stage, int], dict[tuple[int | None, Stage], int]]:
    by_stage: dict[Stage, int] = {}
    owners: dict[tuple[int | None, Stage], int] = {}
    for owner_id, stage_value, count in count_rows:
        stage = _stage(stage_value)
        if stage is None:
            continue
        by_stage[stage] = by_stage.get(stage, 0) + int(count)
        owners[(owner_id, stage)] = int(count)
    return by_stage, owners


def _at_end(
    now: dict[tuple[int | None, Stage], int], later_rows: list[tuple[Any, ...]]
) -> dict[tuple[int | None, Stage], int]:
    """(owner, stage) counts at the period's end: now, minus what moved in after it, plus what left."""
    counts = dict(now)
    for owner_id, from_value, to_value, n in later_rows:
        for value, sign in ((to_value, -1), (from_value, 1)):
            stage = _stage(value) if value is not None else None
            if stage is not None:
                counts[(owner_id, stage)] = counts.get((owner_id, stage), 0) + sign * int(n)
    return {key: n for key, n in counts.items() if n > 0}


def _stages(
    now: dict[Stage, int],
    flow_rows: list[tuple[Any, ...]],
    period: Period,
    at_end: dict[Stage, int] | None = None,
) -> tuple[StageCount, ...]:
    """Counts at the period's end and start: now, minus what moved in after the moment, plus what left.
    `at_end`: the end counts already summed from the owners' (one source for the card and the chart)."""
    after_end: dict[Stage, int] = {}
    after_start: dict[Stage, int] = {}
    for from_value, to_value, in_period, after in flow_rows:
        for stage_value, sign in ((to_value, 1), (from_value, -1)):
            stage = _stage(stage_value) if stage_value is not None else None
            if stage is None:
                continue
            after_end[stage] = after_end.get(stage, 0) + sign * int(after or 0)
            after_start[stage] = after_start.get(stage, 0) + sign * (int(after or 0) + int(in_period or 0))
    result = []
    for stage in Stage:
        end = at_end.get(stage, 0) if at_end is not None else now.get(stage, 0) - after_end.get(stage, 0)
        before = None if period.start is None else max(0, now.get(stage, 0) - after_start.get(stage, 0))
        result.append(StageCount(stage, max(0, end), before))
    return tuple(result)


def _crossings(flow_rows: list[tuple[Any, ...]]) -> tuple[int, ...]:
    crossings = [0] * len(FUNNEL)
    for from_value, to_value, in_period, _ in flow_rows:
        to_stage = _stage(to_value)
        if to_stage not in STAGE_ORDER or not in_period:
            continue
        from_stage = _stage(from_value) if from_value is not None else None
        low = STAGE_ORDER[from_stage] + 1 if from_stage in STAGE_ORDER else 0
        if from_stage is not None and from_stage not in STAGE_ORDER:
            low = STAGE_ORDER[to_stage]  # back from an exit: only the stage entered counts
        for rank in range(low, STAGE_ORDER[to_stage] + 1):
            crossings[rank] += int(in_period)
    return tuple(crossings)


def _conversions(funnel: tuple[int, ...]) -> tuple[Conversion, ...]:
    result = []
    for i in range(len(FUNNEL) - 1):
        entered, converted = funnel[i], funnel[i + 1]
        rate = (Decimal(converted) / Decimal(entered)).quantize(Decimal("0.001")) if entered else None
        result.append(Conversion(FUNNEL[i], FUNNEL[i + 1], entered, converted, rate))
    return tuple(result)


def _stage_times(median_rows: list[tuple[Any, ...]]) -> tuple[StageTime, ...]:
    found = {}
    for stage_value, stays, median in median_rows:
        stage = _stage(stage_value)
        if stage is None or median is None:
            continue
        seconds = (
            median.total_seconds() if isinstance(median, timedelta) else float(median)
        )  # PG: an interval
        found[stage] = StageTime(stage, timedelta(seconds=round(seconds)), int(stays))
    return tuple(found[s] for s in FUNNEL if s in found)


async def _flows_and_medians(
    conn: Any, postgres: bool, f: q.CreatorFilter, start: datetime | None, end: datetime
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Flow rows (from, to, in period, after) and median rows (stage, stays, median seconds).

    All time over the whole workspace reads the running StageFlow totals (less the few changes after
    `end`) instead of counting every change, and each stage's middle stay at an offset of the
    (workspace, from_stage, stay_seconds) index instead of sorting every stay. A period or a filter
    reads only its own changes (`flows_sql`, `medians_sql`)."""

    def run(build: Callable[[q.Statement], str]) -> Awaitable[list[tuple[Any, ...]]]:
        st = q.Statement(postgres)
        return q.rows(conn, build(st), st.params)

    if start is not None or f.narrows:
        flows, medians = await asyncio.gather(
            run(lambda st: q.flows_sql(st, f, start, start, end)),
            run(lambda st: q.medians_sql(st, f, start, end)),
        )
        return flows, medians
    totals, after = await asyncio.gather(
        run(lambda st: q.flow_totals_sql(st, f)), run(lambda st: q.flows_after_sql(st, f, end))
    )
    later = {
        (from_stage or "", str(to_stage)): (int(n), int(known)) for from_stage, to_stage, n, known in after
    }
    flows = []
    stays: dict[str, int] = {}
    for from_stage, to_stage, n, known in totals:
        n_after = later.get((str(from_stage), str(to_stage)), (0, 0))[0]
        flows.append((from_stage or None, to_stage, int(n) - n_after, n_after))
        if from_stage:
            stays[str(from_stage)] = stays.get(str(from_stage), 0) + int(known)
    if any(known for _, known in later.values()):  # stays ended after `end`: the index holds them too
        return flows, await run(lambda st: q.medians_sql(st, f, start, end))
    counted = [(stage, n) for stage, n in stays.items() if n > 0]
    middles = await asyncio.gather(*(_middle(conn, postgres, f, stage, n) for stage, n in counted))
    medians = [
        (stage, n, sum(float(v) for (v,) in found) / len(found))
        for (stage, n), found in zip(counted, middles, strict=True)
        if found
    ]
    return flows, medians


async def _middle(conn: Any, postgres: bool, f: q.CreatorFilter, stage: str, stays: int) -> list[Any]:
    st = q.Statement(postgres)
    return await q.rows(conn, q.middle_stays_sql(st, f, stage, stays), st.params)


async def _stuck(conn: Any, postgres: bool, f: q.CreatorFilter, stage: Stage, cutoff: datetime) -> list[Any]:
    st = q.Statement(postgres)
    return await q.rows(conn, q.stuck_sql(st, f, stage.value, cutoff, STUCK_SHOWN), st.params)


async def _overdue(conn: Any, postgres: bool, f: q.CreatorFilter, now: datetime) -> list[Any]:
    st = q.Statement(postgres)
    (total,) = (await q.rows(conn, q.overdue_count_sql(st, f, now), st.params))[0]
    if not total:
        return []
    st = q.Statement(postgres)
    return [(*row, total) for row in await q.rows(conn, q.overdue_sql(st, f, now, STUCK_SHOWN), st.params)]


def _owner_ids(*groups: Iterable[tuple[Any, ...]]) -> set[int | None]:
    ids: set[int | None] = set()
    for i, group in enumerate(groups):
        ids |= {row[3] if i < 2 else row[6] for row in group}
    return ids


async def _names(ids: set[int | None], workspace_id: int) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    found = await Member.filter(workspace_id=workspace_id, id__in=wanted).values_list("id", "display_name")
    return {int(i): str(n) for i, n in found}


def _owner_rows(
    owners: dict[tuple[int | None, Stage], int],
    added: dict[int | None, int] | None,
    names: dict[int, str],
    only: int | None,
) -> tuple[OwnerCount, ...]:
    grouped: dict[int | None, dict[Stage, int]] = {}
    for (owner_id, stage), value in owners.items():
        grouped.setdefault(owner_id, {})[stage] = value
    rows = [
        OwnerCount(
            owner_id,
            names.get(owner_id, "") if owner_id is not None else "",
            sum(by.values()),
            sum(by.values()) if added is None else added.get(owner_id, 0),
            by,
        )
        for owner_id, by in grouped.items()
        if only is None or owner_id == only
    ]
    rows = [row for row in rows if row.total or row.new]  # nobody's creators at the end, none added: no row
    return tuple(sorted(rows, key=lambda o: (-o.total, o.name)))


def _aware(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _named_stuck(found: list[tuple[Any, ...]], names: dict[int, str]) -> Stuck:
    total = int(found[0][5]) if found else 0
    shown = tuple(
        StuckCreator(str(handle), str(platform), names.get(owner, "") if owner else "", _aware(since))
        for _, handle, platform, owner, since, _ in found
    )
    return Stuck(total, shown)


def _named_overdue(
    found: list[tuple[Any, ...]], names: dict[int, str]
) -> tuple[int, tuple[OverdueItem, ...]]:
    total = int(found[0][7]) if found else 0
    items = tuple(
        OverdueItem(
            int(i),
            str(kind),
            _aware(due),
            str(text or ""),
            int(step or 0),
            handle,
            names.get(owner, "") if owner else "",
        )
        for i, kind, due, text, step, handle, owner, _ in found
    )
    return total, items
