"""A file sent in chat is kept (in the database) from its preview until the import is confirmed or cancelled.

Confirming claims the upload atomically (pending → importing), so a double press imports once; the bytes
are dropped when the upload is finished or cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from models.imports import ImportUpload, UploadStatus
from workflows.errors import WorkflowError
from workflows.importing.order_run import OrderReport
from workflows.importing.run import ImportReport
from workflows.ports import Clock
from workflows.tenancy import Actor

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
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


async def keep(
    actor: Actor, chat_id: int | None, file_name: str, data: bytes, clock: Clock, kind: str = "creators"
) -> ImportUpload:
    """Store a previewed file (`kind`: creators | orders); previews left unconfirmed for a day are dropped
    at the same time."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadTooLarge(len(data), MAX_UPLOAD_BYTES)
    await ImportUpload.filter(
        workspace_id=actor.workspace_id,
        status=UploadStatus.PENDING,
        created_at__lt=clock.now() - KEEP_PENDING,
    ).update(status=UploadStatus.CANCELLED, data=b"", finished_at=clock.now())
    return await ImportUpload.create(
        workspace_id=actor.workspace_id,
        chat_id=chat_id,
        uploaded_by_id=actor.member_id,
        kind=kind,
        file_name=file_name[:255],
        data=data,
        size=len(data),
        created_at=clock.now(),
    )


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
    await ImportUpload.filter(id=upload.id).update(
        status=UploadStatus.DONE if report is not None else UploadStatus.FAILED,
        summary=summary,
        data=b"",
        finished_at=clock.now(),
    )


async def cancel(actor: Actor, upload_id: int, clock: Clock) -> None:
    cancelled = await ImportUpload.filter(
        id=upload_id, workspace_id=actor.workspace_id, status=UploadStatus.PENDING
    ).update(status=UploadStatus.CANCELLED, data=b"", finished_at=clock.now())
    if not cancelled:
        upload = await ImportUpload.get_or_none(id=upload_id, workspace_id=actor.workspace_id)
        if upload is None:
            raise UploadNotFound(upload_id)
        raise UploadFinished(str(upload.status))
