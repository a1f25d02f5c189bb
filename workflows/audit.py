"""One place that writes the audit log, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.audit import AuditLog
from workflows.tenancy import Actor


async def record(
    conn: BaseDBAsyncClient, actor: Actor, action: str, target: str, at: datetime, **detail: Any
) -> None:
    await AuditLog.create(
        using_db=conn,
        workspace_id=actor.workspace_id,
        actor_id=actor.member_id,
        action=action,
        target=target[:200],
        detail=detail,
        created_at=at,
    )
