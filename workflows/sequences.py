"""Outreach sequences end when the creator answers (stop-on-reply), exits, or is skipped."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from models.enums import DeliveryStatus, OutreachStatus, Stage
from models.schedule import Delivery, Outreach

# Stages in which a planned touch still makes sense; any other move stops the sequence.
STILL_REACHING = (Stage.PROSPECT, Stage.CONTACTED)


async def stop_sequences(
    conn: BaseDBAsyncClient, workspace_id: int, creator_ids: Sequence[int], reason: str
) -> int:
    """Stop-on-reply (and exits): active sequences end, their pending touches are cancelled."""
    active = Outreach.filter(
        workspace_id=workspace_id, creator_id__in=list(creator_ids), status=OutreachStatus.ACTIVE
    )
    ids = list(await active.using_db(conn).values_list("id", flat=True))
    if not ids:
        return 0
    status = OutreachStatus.CANCELLED if reason in ("skipped", "cancelled") else OutreachStatus.STOPPED
    await Outreach.filter(id__in=ids).using_db(conn).update(status=status, stop_reason=reason[:64])
    await (
        Delivery.filter(outreach_id__in=ids, status=DeliveryStatus.PENDING)
        .using_db(conn)
        .update(status=DeliveryStatus.CANCELLED, version=F("version") + 1)
    )
    return len(ids)
