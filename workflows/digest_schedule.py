"""When a digest runs: the next occurrence on the chat's wall clock, and chaining run after run.

A digest keeps its wall time in its zone (like reminders), so "每周一 09:00 洛杉矶" stays 09:00 across
DST. A wall time that does not exist that day (inside a spring-forward gap) is read with the offset
before the change, i.e. it lands the gap's length later (02:30 → 03:30); a repeated one (fall back)
is the first of the two. "每月31号" runs on the last day of shorter months (30th, 28th/29th).

This module imports only models, so the delivery engine can chain the next run in the same transaction
that marks a run sent.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from models.digest import Digest
from models.enums import DeliveryKind, DeliveryStatus
from models.schedule import Delivery


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"  # Monday to Friday ("工作日每天9点")
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True, slots=True)
class DigestSpec:
    """What the user asked: cadence, weekday (Monday = 0) or day of month, and a wall time — for a digest,
    and for a repeating reminder (workflows/reminders.py)."""

    cadence: Cadence
    hour: int
    minute: int
    weekday: int = 0
    day_of_month: int = 1
    time_given: bool = True  # False: no time in the request, DEFAULT_TIME used (the reply says so)

    @property
    def minute_of_day(self) -> int:
        return self.hour * 60 + self.minute


def spec_of(digest: Digest) -> DigestSpec:
    return DigestSpec(
        cadence=Cadence(digest.cadence),
        hour=digest.minute_of_day // 60,
        minute=digest.minute_of_day % 60,
        weekday=digest.weekday,
        day_of_month=digest.day_of_month,
    )


def _runs_on(spec: DigestSpec, day: date) -> bool:
    if spec.cadence == Cadence.DAILY:
        return True
    if spec.cadence == Cadence.WEEKDAYS:
        return day.weekday() < 5
    if spec.cadence == Cadence.WEEKLY:
        return day.weekday() == spec.weekday
    last = calendar.monthrange(day.year, day.month)[1]
    return day.day == min(spec.day_of_month, last)


def _instant(spec: DigestSpec, day: date, zone: ZoneInfo) -> datetime:
    wall = datetime.combine(day, time(spec.hour, spec.minute), tzinfo=zone)
    return wall.astimezone(UTC)


def next_run(spec: DigestSpec, zone: str, after: datetime) -> datetime:
    """The first run strictly after `after` (UTC)."""
    tz = ZoneInfo(zone)
    day = after.astimezone(tz).date() - timedelta(
        days=1
    )  # the day before: a gap may push a run past midnight
    for _ in range(400):
        if _runs_on(spec, day):
            at = _instant(spec, day, tz)
            if at > after:
                return at
        day += timedelta(days=1)
    raise AssertionError("a digest runs at least once a year")  # pragma: no cover


def previous_run(spec: DigestSpec, zone: str, before: datetime) -> datetime:
    """The last run strictly before `before`: where the period a run covers starts."""
    tz = ZoneInfo(zone)
    day = before.astimezone(tz).date() + timedelta(days=1)
    for _ in range(400):
        if _runs_on(spec, day):
            at = _instant(spec, day, tz)
            if at < before:
                return at
        day -= timedelta(days=1)
    raise AssertionError("a digest runs at least once a year")  # pragma: no cover


def encode(spec: DigestSpec) -> str:
    """A repeating reminder's cadence as stored on its Delivery row: "weekly:4:1:900"."""
    return f"{spec.cadence.value}:{spec.weekday}:{spec.day_of_month}:{spec.minute_of_day}"


def decode(code: str) -> DigestSpec:
    cadence, weekday, day_of_month, minute_of_day = code.split(":")
    minutes = int(minute_of_day)
    return DigestSpec(Cadence(cadence), minutes // 60, minutes % 60, int(weekday), int(day_of_month))


def wall(at: datetime, zone: str) -> str:
    return at.astimezone(ZoneInfo(zone)).replace(tzinfo=None).isoformat(timespec="seconds")


async def schedule_run(
    conn: BaseDBAsyncClient, digest: Digest, due: datetime, workspace_id: int, chat_id: int
) -> Delivery:
    """The DIGEST delivery row for one run (nobody is @-mentioned: no owner)."""
    return await Delivery.create(
        using_db=conn,
        workspace_id=workspace_id,
        chat_id=chat_id,
        kind=DeliveryKind.DIGEST,
        due_at=due,
        local_wall=wall(due, digest.zone),
        zone=digest.zone,
        owner_id=None,
        created_by_id=digest.created_by_id,  # type: ignore[attr-defined]
        text=digest.cadence,
        source_text=digest.source_text[:500],
    )


async def chain(conn: BaseDBAsyncClient, delivery: Delivery, now: datetime) -> Delivery | None:
    """After run `delivery` finished (sent, or given up on): schedule the digest's next run, once.

    Called in the transaction that moved the row out of `sending`, so a retried or duplicated job (which
    can no longer claim the row) never chains again; the compare-and-set on `Digest.delivery` makes a
    second call with the same row a no-op as well. A stopped digest is not chained."""
    digest = (
        await Digest.filter(delivery_id=delivery.id, active=True).using_db(conn).select_for_update().first()
    )
    if digest is None:
        return None
    asked = (
        datetime.fromisoformat(delivery.local_wall).replace(tzinfo=ZoneInfo(delivery.zone)).astimezone(UTC)
    )
    due = next_run(spec_of(digest), digest.zone, max(asked, now))
    row = await schedule_run(conn, digest, due, digest.workspace_id, digest.chat_id)  # type: ignore[attr-defined]
    moved = (
        await Digest.filter(id=digest.id, delivery_id=delivery.id, active=True)
        .using_db(conn)
        .update(delivery_id=row.id, runs=F("runs") + 1)
    )
    if not moved:  # pragma: no cover - the row lock above makes this unreachable on PostgreSQL
        await Delivery.filter(id=row.id).using_db(conn).update(status=DeliveryStatus.CANCELLED)
        return None
    return row


async def chain_repeat(conn: BaseDBAsyncClient, delivery: Delivery, now: datetime) -> Delivery | None:
    """After an occurrence of a repeating reminder finished (sent, or given up on): its next occurrence,
    once. The cadence moves from this row to the new one in the same transaction (compare-and-set on
    `repeat`), so snoozing this occurrence and sending it again, or a second call, never forks the series,
    and a series stopped meanwhile (its `repeat` cleared) is not continued."""
    if not delivery.repeat:
        return None
    moved = await Delivery.filter(id=delivery.id, repeat=delivery.repeat).using_db(conn).update(repeat="")
    if not moved:
        return None
    asked = (
        datetime.fromisoformat(delivery.local_wall).replace(tzinfo=ZoneInfo(delivery.zone)).astimezone(UTC)
    )
    due = next_run(decode(delivery.repeat), delivery.zone, max(asked, now))
    return await Delivery.create(
        using_db=conn,
        workspace_id=delivery.workspace_id,  # type: ignore[attr-defined]
        chat_id=delivery.chat_id,  # type: ignore[attr-defined]
        kind=DeliveryKind.REMINDER,
        due_at=due,
        local_wall=wall(due, delivery.zone),
        zone=delivery.zone,
        owner_id=delivery.owner_id,  # type: ignore[attr-defined]
        created_by_id=delivery.created_by_id,  # type: ignore[attr-defined]
        creator_id=delivery.creator_id,  # type: ignore[attr-defined]
        text=delivery.text,
        source_text=delivery.source_text,
        repeat=delivery.repeat,
        series=delivery.series or delivery.id,
    )
