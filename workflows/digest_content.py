"""The figures a digest run posts, by aggregate SQL (nothing loaded row by row), scoped by workspace.

A stand-in until the full pipeline summary (workflows/summary.py) is merged: counts per stage now and
moves into each stage during the period, creators per owner, new creators, overdue reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.functions import Count

from models.creator import Creator, StageChange
from models.enums import DeliveryKind, DeliveryStatus, Stage
from models.schedule import Delivery
from models.tenancy import Member


@dataclass(frozen=True, slots=True)
class DigestFigures:
    start: datetime
    end: datetime
    total: int
    by_stage: dict[Stage, int]  # creators in each stage now
    moved_into: dict[Stage, int]  # stage changes into each stage during [start, end)
    by_owner: list[tuple[str, int]]  # (owner name or "", creators), most first
    new_creators: int  # added during [start, end)
    overdue: int  # reminders and touches due before `end` and not dealt with


async def figures(workspace_id: int, start: datetime, end: datetime) -> DigestFigures:
    stage_rows = (
        await Creator.filter(workspace_id=workspace_id)
        .annotate(n=Count("id"))
        .group_by("stage")
        .values_list("stage", "n")
    )
    by_stage = {Stage(s): int(n) for s, n in stage_rows}
    moves = (
        await StageChange.filter(
            workspace_id=workspace_id, changed_at__gte=start, changed_at__lt=end, from_stage__isnull=False
        )
        .annotate(n=Count("id"))
        .group_by("to_stage")
        .values_list("to_stage", "n")
    )
    owner_rows = (
        await Creator.filter(workspace_id=workspace_id)
        .annotate(n=Count("id"))
        .group_by("owner_id")
        .values_list("owner_id", "n")
    )
    names = dict(
        await Member.filter(
            workspace_id=workspace_id, id__in=[o for o, _ in owner_rows if o is not None]
        ).values_list("id", "display_name")
    )
    by_owner = sorted(
        ((names.get(o, "") if o else "", int(n)) for o, n in owner_rows), key=lambda x: (-x[1], x[0])
    )
    new = await StageChange.filter(
        workspace_id=workspace_id, changed_at__gte=start, changed_at__lt=end, from_stage__isnull=True
    ).count()
    overdue = await Delivery.filter(
        workspace_id=workspace_id,
        kind__in=(DeliveryKind.REMINDER, DeliveryKind.OUTREACH),
        status__in=(DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.SENT),
        resolution="",
        due_at__lt=end,
    ).count()
    return DigestFigures(
        start=start,
        end=end,
        total=sum(by_stage.values()),
        by_stage=by_stage,
        moved_into={Stage(s): int(n) for s, n in moves},
        by_owner=by_owner,
        new_creators=new,
        overdue=overdue,
    )
