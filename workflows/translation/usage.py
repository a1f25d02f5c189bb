"""Tokens per model call, and what a workspace used this month (in the team's time zone)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Count, Sum

from models.translation import TranslationUsage
from workflows.translation.ports import Usage


@dataclass(frozen=True, slots=True)
class Call:
    kind: str
    prompt_tokens: int
    completion_tokens: int


async def record(
    conn: BaseDBAsyncClient, workspace_id: int, model: str, calls: Sequence[Call], now: datetime
) -> None:
    if not calls:
        return
    rows = [
        TranslationUsage(
            workspace_id=workspace_id,
            kind=c.kind,
            model=model[:100],
            prompt_tokens=c.prompt_tokens,
            completion_tokens=c.completion_tokens,
            created_at=now,
        )
        for c in calls
    ]
    await TranslationUsage.bulk_create(rows, using_db=conn)


def month_start(now: datetime, zone: str) -> datetime:
    local = now.astimezone(ZoneInfo(zone))
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


async def this_month(workspace_id: int, now: datetime, zone: str) -> Usage:
    rows = (
        await TranslationUsage.filter(workspace_id=workspace_id, created_at__gte=month_start(now, zone))
        .annotate(p=Sum("prompt_tokens"), c=Sum("completion_tokens"), n=Count("id"))
        .group_by("kind")
        .values("kind", "p", "c", "n")
    )
    prompt = sum(int(r["p"] or 0) for r in rows)
    completion = sum(int(r["c"] or 0) for r in rows)
    calls = sum(int(r["n"] or 0) for r in rows)
    by_kind = {str(r["kind"]): int(r["p"] or 0) + int(r["c"] or 0) for r in rows}
    return Usage(prompt, completion, calls, by_kind)


def cost(usage: Usage, price_per_1k_tokens: float) -> float:
    return usage.total_tokens / 1000 * price_per_1k_tokens
