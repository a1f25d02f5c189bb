"""Keeping StageFlow's running totals in step with StageChange: call `count` in the same transaction as
every StageChange written (pipeline.set_stage, the import), and `uncount` with every one deleted (undoing
the addition of a creator)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import Enum
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.creator import StageChange


async def count(conn: BaseDBAsyncClient, changes: Iterable[StageChange], sign: int = 1) -> None:
    """Add these (just written) stage changes to their workspace's (from, to) totals; `sign=-1` takes
    away changes about to be deleted (`uncount`)."""
    totals: Counter[tuple[int, str, str]] = Counter()
    stays: Counter[tuple[int, str, str]] = Counter()
    for change in changes:
        key = (int(change.workspace_id), _value(change.from_stage), _value(change.to_stage))  # type: ignore[attr-defined]
        totals[key] += 1
        stays[key] += change.stay_seconds is not None
    postgres = conn.capabilities.dialect == "postgres"
    for (workspace_id, from_stage, to_stage), n in totals.items():
        marks = ", ".join(f"${i}" if postgres else "?" for i in range(1, 6))
        await conn.execute_query(
            "INSERT INTO stage_flow (workspace_id, from_stage, to_stage, changes, stays) "
            f"VALUES ({marks}) ON CONFLICT (workspace_id, from_stage, to_stage) DO UPDATE SET "
            "changes = stage_flow.changes + excluded.changes, stays = stage_flow.stays + excluded.stays",
            [
                workspace_id,
                from_stage,
                to_stage,
                sign * n,
                sign * stays[(workspace_id, from_stage, to_stage)],
            ],
        )


async def uncount(conn: BaseDBAsyncClient, changes: Iterable[StageChange]) -> None:
    """Take these stage changes out of the totals, in the transaction that deletes them (the undo of adding
    a creator deletes its first change with it; nothing else deletes stage changes)."""
    await count(conn, changes, sign=-1)


def _value(stage: Any) -> str:
    if stage is None:
        return ""
    return str(stage.value) if isinstance(stage, Enum) else str(stage)
