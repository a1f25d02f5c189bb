"""What the two spreadsheet imports in chat share — creators (handlers/importing.py) and orders
(handlers/results.py): where a row is, compact row ranges, the kept upload's id, the progress shown on the
pressed card, cancelling a preview, and the words for a file that cannot be read at all."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterable, Mapping

from handlers.replies import ActionResult, Card
from handlers.routing import CommandContext
from i18n import Catalog
from workflows.importing import NotASpreadsheet, Where, uploads

SHOWN = 10  # lines of each kind in a card
PROGRESS_EVERY_S = 2.0


def where(t: Catalog, at: Where) -> str:
    if at.sheet:
        return t("import.where_sheet", sheet=at.sheet, row=at.row)
    return t("import.where", row=at.row)


def row_ranges(rows: Iterable[Where]) -> str:
    """'3–502, 504' per sheet: the rows as compact ranges."""
    parts: list[str] = []
    current: tuple[str, int, int] | None = None
    for at in rows:
        if current and at.sheet == current[0] and at.row == current[2] + 1:
            current = (current[0], current[1], at.row)
            continue
        if current:
            parts.append(_range(*current))
        current = (at.sheet, at.row, at.row)
    if current:
        parts.append(_range(*current))
    return ", ".join(parts)


def _range(sheet: str, first: int, last: int) -> str:
    span = str(first) if first == last else f"{first}–{last}"
    return f"{sheet}!{span}" if sheet else span


def shorten(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(",", 1)[0] + ", …"


def unreadable(t: Catalog, error: NotASpreadsheet) -> str:
    return t(f"import.bad_file.{error.kind}", **error.details)  # a limit's message names the limit


def progress_card(t: Catalog, file_name: str, done: int, total: int | None) -> Card:
    total = max(total or done, done, 1)
    percent = min(100, done * 100 // total)
    return Card(
        title=t("import.preview.title", file=file_name),
        body=t("import.progress", done=done, total=total, percent=percent),
    )


def upload_id(value: Mapping[str, str]) -> int:
    try:
        return int(value.get("upload", ""))
    except ValueError:
        raise uploads.UploadNotFound(0) from None


def progress(ctx: CommandContext, file_name: str) -> Callable[[int, int | None], Awaitable[None]] | None:
    """Replace the pressed card with the progress at most every PROGRESS_EVERY_S seconds."""
    show = ctx.progress
    if show is None:
        return None
    last = [time.monotonic()]

    async def report(done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_S or (total is not None and done >= total):
            return
        last[0] = now
        await show(progress_card(ctx.t, file_name, done, total))

    return report


async def cancel(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    t = ctx.t
    try:
        await uploads.cancel(ctx.actor, upload_id(value), ctx.clock)
    except uploads.UploadNotFound:
        return ActionResult(toast=t("import.upload_gone"))
    except uploads.UploadFinished as error:
        return ActionResult(toast=t("import.upload_finished", status=t(f"import.status.{error.status}")))
    return ActionResult(toast=t("import.cancelled"), card=Card(title=t("import.cancelled")))
