"""A file sent in chat is kept (in the database) from its preview until the import is confirmed or cancelled.

The bytes are kept as 1 MB parts (`ImportUploadPart`), written from the downloaded file a part at a time and
read back into a temporary file when the import is confirmed (`spooled`), so a 100 MB orders export costs
a megabyte of memory, and the press may land on any replica or worker (disk is per host). Confirming claims
the upload atomically (pending → importing), so a double press imports once; the bytes are dropped when
the upload is finished or cancelled.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from models.imports import ImportUpload, ImportUploadPart, UploadStatus
from workflows.errors import WorkflowError
from workflows.importing.order_run import OrderReport
from workflows.importing.run import ImportReport
from workflows.importing.source import CHUNK, MAX_BYTES, Data, chunks, size_of
from workflows.ports import Clock
from workflows.tenancy import Actor

# What Feishu and WeCom let a user send (100 MB each) is what a chat import takes: reading streams, so the
# limit is the platforms', not memory's.
MAX_UPLOAD_BYTES = MAX_BYTES
PART_BYTES = CHUNK
KEEP_PENDING = timedelta(days=1)


@dataclass
class UploadNotFound(WorkflowError):
    upload_id: int


@dataclass
class UploadFinished(WorkflowError):
    """Already imported, being imported, or cancelled."""

    status: str


@dataclass
class UploadTooLarge(WorkflowError):
    size: int
    limit: int


def too_large(data: Data) -> UploadTooLarge | None:
    size = size_of(data)
    return UploadTooLarge(size, MAX_UPLOAD_BYTES) if size > MAX_UPLOAD_BYTES else None


async def keep(
    actor: Actor, chat_id: int | None, file_name: str, data: Data, clock: Clock, kind: str = "creators"
) -> ImportUpload:
    """Store a previewed file (`kind`: creators | orders) part by part, in one transaction (a half-kept
    file is never confirmable); previews left unconfirmed for a day are dropped at the same time."""
    if (refused := too_large(data)) is not None:
        raise refused
    stale = ImportUpload.filter(
        workspace_id=actor.workspace_id,
        status=UploadStatus.PENDING,
        created_at__lt=clock.now() - KEEP_PENDING,
    )
    stale_ids: list[int] = list(await stale.values_list("id", flat=True))  # type: ignore[arg-type]
    if stale_ids:
        await _drop(stale_ids, UploadStatus.CANCELLED, clock)
    parts = chunks(data)
    async with in_transaction() as conn:
        upload = await ImportUpload.create(
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            uploaded_by_id=actor.member_id,
            kind=kind,
            file_name=file_name[:255],
            data=b"",
            size=size_of(data),
            created_at=clock.now(),
            using_db=conn,
        )
        seq = 0
        while part := await asyncio.to_thread(next, parts, b""):
            await ImportUploadPart.create(upload_id=upload.id, seq=seq, data=part, using_db=conn)
            seq += 1
    return upload


@asynccontextmanager
async def spooled(upload: ImportUpload) -> AsyncIterator[Path]:
    """The kept file written back to a temporary file a part at a time (removed on leaving)."""
    handle, name = tempfile.mkstemp(prefix="creatorbot-upload-", suffix=".bin")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            if upload.data:  # kept whole before parts existed
                await asyncio.to_thread(out.write, bytes(upload.data))
            ids = (
                await ImportUploadPart.filter(upload_id=upload.id)
                .order_by("seq")
                .values_list("id", flat=True)
            )
            for part_id in ids:
                rows = await ImportUploadPart.filter(id=part_id).values_list("data", flat=True)
                for data in rows:
                    await asyncio.to_thread(out.write, bytes(data))
        yield path
    finally:
        await asyncio.to_thread(path.unlink, missing_ok=True)


async def _drop(
    ids: list[int], status: UploadStatus, clock: Clock, summary: dict[str, Any] | None = None
) -> None:
    await ImportUploadPart.filter(upload_id__in=ids).delete()
    values: dict[str, Any] = {"status": status, "data": b"", "finished_at": clock.now()}
    if summary is not None:
        values["summary"] = summary
    await ImportUpload.filter(id__in=ids).update(**values)


async def pending(actor: Actor, upload_id: int) -> ImportUpload:
    """A previewed file still waiting for 确认导入 (previewed again, e.g. with a currency chosen);
    raises UploadNotFound / UploadFinished otherwise."""
    upload = await ImportUpload.get_or_none(id=upload_id, workspace_id=actor.workspace_id)
    if upload is None:
        raise UploadNotFound(upload_id)
    if upload.status != UploadStatus.PENDING:
        raise UploadFinished(str(upload.status))
    return upload


async def claim(actor: Actor, upload_id: int) -> ImportUpload:
    """pending → importing for exactly one caller; raises UploadNotFound / UploadFinished otherwise."""
    claimed = await ImportUpload.filter(
        id=upload_id, workspace_id=actor.workspace_id, status=UploadStatus.PENDING
    ).update(status=UploadStatus.IMPORTING)
    upload = await ImportUpload.get_or_none(id=upload_id, workspace_id=actor.workspace_id)
    if upload is None:
        raise UploadNotFound(upload_id)
    if not claimed:
        raise UploadFinished(str(upload.status))
    return upload


async def finish(upload: ImportUpload, report: ImportReport | OrderReport | None, clock: Clock) -> None:
    """Done (with the report's counts) or failed (report None); the file's bytes are dropped."""
    summary: dict[str, Any] = {}
    if report is not None:
        summary = {
            "rows": report.rows,
            "created": len(report.created),
            "updated": len(report.updated),
            "skipped": len(report.skipped),
        }
    await _drop([upload.id], UploadStatus.DONE if report is not None else UploadStatus.FAILED, clock, summary)


async def cancel(actor: Actor, upload_id: int, clock: Clock) -> None:
    cancelled = await ImportUpload.filter(
        id=upload_id, workspace_id=actor.workspace_id, status=UploadStatus.PENDING
    ).update(status=UploadStatus.CANCELLED, data=b"", finished_at=clock.now())
    if cancelled:
        await ImportUploadPart.filter(upload_id=upload_id).delete()
    else:
        upload = await ImportUpload.get_or_none(id=upload_id, workspace_id=actor.workspace_id)
        if upload is None:
            raise UploadNotFound(upload_id)
        raise UploadFinished(str(upload.status))
