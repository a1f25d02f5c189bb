"""Outreach sequences end when the creator answers (stop-on-reply), exits, or is skipped."""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F

from models.enums import DeliveryStatus, OutreachStatus, Stage
from models.schedule import Delivery, Outreach
from workflows import delivery

# Stages in which a planned touch still makes sense; any other move stops the sequence.
STILL_REACHING = (Stage.PROSPECT, Stage.CONTACTED)


async def stop_sequences(
    conn: BaseDBAsyncClient, workspace_id: int, creator_ids: Sequence[int], reason: str
) -> int:
    """Stop-on-reply (and exits): active sequences end, their pending touches are cancelled."""
    stopped, _ = await stop_sequences_ids(conn, workspace_id, creator_ids, reason)
    return len(stopped)


async def stop_sequences_ids(
    conn: BaseDBAsyncClient, workspace_id: int, creator_ids: Sequence[int], reason: str
) -> tuple[list[int], list[int]]:
    """`stop_sequences`, returning (the sequences stopped, their touches cancelled) so an undo can resume
    exactly those (`resume_sequences`)."""
    active = Outreach.filter(
        workspace_id=workspace_id, creator_id__in=list(creator_ids), status=OutreachStatus.ACTIVE
    )
    ids = [int(row[0]) for row in await active.using_db(conn).values_list("id")]
    if not ids:
        return [], []
    status = OutreachStatus.CANCELLED if reason in ("skipped", "cancelled") else OutreachStatus.STOPPED
    await Outreach.filter(id__in=ids).using_db(conn).update(status=status, stop_reason=reason[:64])
    pending = Delivery.filter(outreach_id__in=ids, status=DeliveryStatus.PENDING).using_db(conn)
    touches = await delivery.cancel_pending(conn, [int(row[0]) for row in await pending.values_list("id")])
    return ids, touches


async def resume_sequences(
    conn: BaseDBAsyncClient, workspace_id: int, outreach_ids: Sequence[int], touch_ids: Sequence[int]
) -> list[Delivery]:
    """Undo of a stop: the sequences become active again and the touches the stop cancelled go back to
    pending (new version). Returns the touches to enqueue; the send-time re-check keeps quiet hours."""
    if outreach_ids:
        await (
            Outreach.filter(
                workspace_id=workspace_id, id__in=list(outreach_ids), status=OutreachStatus.STOPPED
            )
            .using_db(conn)
            .update(status=OutreachStatus.ACTIVE, stop_reason="")
        )
    if not touch_ids:
        return []
    query = Delivery.filter(
        workspace_id=workspace_id, id__in=list(touch_ids), status=DeliveryStatus.CANCELLED
    )
    await query.using_db(conn).update(status=DeliveryStatus.PENDING, version=F("version") + 1)
    return list(await Delivery.filter(id__in=list(touch_ids), status=DeliveryStatus.PENDING).using_db(conn))
