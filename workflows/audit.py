"""One place that writes the audit log, inside the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.audit import AuditLog
from workflows.tenancy import Actor


async def record(
    conn: BaseDBAsyncClient, actor: Actor, action: str, target: str, at: datetime, /, **detail: Any
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


def batch_id() -> str:
    """A token shared by the audit rows one command writes (detail key "batch"): an undo reverts them
    together (workflows/undo.py)."""
    return uuid.uuid4().hex[:12]
