"""Spreadsheet import and export in chat: a file sent → preview card → 确认导入 → report; 导出达人 → a file.

The rendering here (`preview_card`, `report_card`, `bad_file`) is shared with `creatorbot import`.
"""

from __future__ import annotations

from collections.abc import Mapping

from handlers import upload_flow as flow
from handlers.command import Command
from handlers.creators import CreatorFilter
from handlers.replies import ActionResult, Button, Card, File, Reply, Text
from handlers.results import preview_orders
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import Stage
from workflows import spreadsheet_export
from workflows.creators import DEFAULT_PLATFORM, PLATFORM_NAMES
from workflows.importing import (
    HEADER_NAMES,
    ImportReport,
    NoHandleColumn,
    NotASpreadsheet,
    Problem,
    import_file,
    uploads,
)
from workflows.importing.order_run import looks_like_orders
from workflows.importing.source import Data

router = Router("importing", help=("help.importing",), order=130)


# ------------------------------------------------------------------------------------------ rendering


def problem_line(t: Catalog, problem: Problem) -> str:
    reason = t(f"import.problem.{problem.code}", value=problem.value, column=problem.column)
    return t("import.line", where=flow.where(t, problem.where), reason=reason)


def _lines(t: Catalog, head: str, lines: list[str], total: int) -> list[str]:
    """A heading, the first flow.SHOWN lines (`lines` may hold only those) and how many more there are."""
    if not total:
        return []
    out = [t(head, count=min(total, flow.SHOWN)), *lines[: flow.SHOWN]]
    if total > flow.SHOWN:
        out.append(t("import.more", count=total - flow.SHOWN))
    return out


def _body(t: Catalog, report: ImportReport) -> str:
    columns = next(iter(report.columns.values()), {})
    labels = ", ".join(
        t("import.column", field=t(f"import.field.{f}"), label=label) for f, label in columns.items()
    )
    body = [t("import.columns", columns=labels)] if labels else []
    if report.platform_defaulted:
        name = PLATFORM_NAMES.get(DEFAULT_PLATFORM.value, DEFAULT_PLATFORM.value)
        body.append(t("import.platform_defaulted", count=report.platform_defaulted, platform=name))
    if report.created:
        body.append(t("import.created_rows", rows=flow.shorten(flow.row_ranges(report.created))))
    if report.new_owners:  # confirming the import is what adds them: never a silent new teammate
        body.append(t("import.new_owners", names=_list_sep(t).join(report.new_owners[: flow.SHOWN])))
    updated = [
        t(
            "import.updated_line",
            where=flow.where(t, u.where),
            handle=u.handle,
            fields=_list_sep(t).join(t(f"import.field.{f}") for f in u.fields),
        )
        for u in report.updated[: flow.SHOWN]
    ]
    body += _lines(t, "import.updated_head", updated, len(report.updated))
    skipped = [problem_line(t, p) for p in report.skipped[: flow.SHOWN]]
    body += _lines(t, "import.skipped_head", skipped, len(report.skipped))
    warnings = [problem_line(t, p) for p in report.warnings[: flow.SHOWN]]
    body += _lines(t, "import.warnings_head", warnings, len(report.warnings))
    body += _kept(t, report)
    if not report.changes:
        body.append(t("import.nothing"))
    return "\n".join(body)


def _kept(t: Catalog, report: ImportReport) -> list[str]:
    """Where what has no field of its own went: the notes, the offer; and who has no local time."""
    sep = _list_sep(t)
    lines = []
    if report.kept_columns:
        lines.append(t("import.kept_columns", columns=sep.join(_quoted(t, c) for c in report.kept_columns)))
    if report.row_number_columns:
        names = sep.join(_quoted(t, c) for c in report.row_number_columns)
        lines.append(t("import.row_number_columns", columns=names))
    if report.offers:
        lines.append(t("import.offers", count=report.offers, example=t("example.set_offer")))
    if report.needs_region:
        total = len(report.needs_region)
        shown = [f"@{h}" for h in report.needs_region[: flow.SHOWN]]
        more = [t("import.more", count=total - flow.SHOWN)] if total > flow.SHOWN else []
        lines.append(t("import.needs_region", count=total, handles=sep.join([*shown, *more])))
    return lines


def _quoted(t: Catalog, label: str) -> str:
    return f"「{label[:30]}」" if t.locale.startswith("zh") else f'"{label[:30]}"'


def _list_sep(t: Catalog) -> str:
    return "、" if t.locale.startswith("zh") else ", "


def _fields(t: Catalog, report: ImportReport) -> tuple[tuple[str, str], ...]:
    fields = [
        (t("import.label.rows"), str(report.rows)),
        (t("import.label.created"), str(len(report.created))),
        (t("import.label.updated"), str(len(report.updated))),
        (t("import.label.unchanged"), str(report.unchanged)),
        (t("import.label.skipped"), str(len(report.skipped))),
    ]
    if report.warnings:
        fields.append((t("import.label.warnings"), str(len(report.warnings))))
    return tuple(fields)


def preview_card(t: Catalog, report: ImportReport, file_name: str, upload_id: int | None = None) -> Card:
    buttons: tuple[Button, ...] = ()
    if upload_id is not None and report.changes:
        value = {"upload": str(upload_id)}
        buttons = (
            Button(t("import.button.confirm"), "import.confirm", value, style="primary"),
            Button(t("import.button.cancel"), "import.cancel", value),
        )
    elif upload_id is not None:
        buttons = (Button(t("import.button.cancel"), "import.cancel", {"upload": str(upload_id)}),)
    return Card(
        title=t("import.preview.title", file=file_name),
        fields=_fields(t, report),
        body=_body(t, report),
        buttons=buttons,
        footer=t("import.confirm_hint") if report.changes else "",
    )


def report_card(t: Catalog, report: ImportReport, file_name: str) -> Card:
    return Card(
        title=t("import.report.title", file=file_name), fields=_fields(t, report), body=_body(t, report)
    )


def bad_file(t: Catalog, error: NotASpreadsheet | NoHandleColumn) -> str:
    if isinstance(error, NoHandleColumn):
        return t(
            "import.no_handle",
            seen="、".join(f"「{s[:30]}」" for s in error.seen[:15]) or "-",
            accepted="、".join(HEADER_NAMES["handle"]),
        )
    return flow.unreadable(t, error)


def help_text(t: Catalog) -> str:
    lines = [
        t("import.help_line", field=t(f"import.field.{f}"), names=" / ".join(names))
        for f, names in HEADER_NAMES.items()
    ]
    return t("import.help", headers="\n".join(lines))


# -------------------------------------------------------------------------------------------- handlers


@router.intent(
    "import_creators",
    describe="import creators from a spreadsheet",
)
async def import_help(ctx: CommandContext, command: Command) -> Reply:
    return Text(help_text(ctx.t))


@router.intent(
    "export_creators",
    reads=("stage", "owner_filter"),
    args=CreatorFilter,
    describe="export creators to Excel/CSV",
)
async def export(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(CreatorFilter)
    filters = spreadsheet_export.ExportFilter(
        stage=Stage(args.stage) if args.stage else None, owner=args.owner, country=args.country
    )
    exported = await spreadsheet_export.export_pipeline(
        ctx.actor, "xlsx", t.locale, filters=filters, team_timezone=ctx.team_timezone
    )
    others = [t("list.others", count=exported.hidden)] if exported.hidden else []
    if not exported.rows:
        return Text("\n".join([t("export.empty"), *others]))
    name = spreadsheet_export.file_name(ctx.clock.now(), "xlsx")
    caption = "\n".join([t("export.done", count=exported.rows, file=name), *others])
    return File(exported.data, name, caption)


@router.file
async def preview_upload(ctx: CommandContext, file_name: str, data: Data) -> Reply:
    """A spreadsheet sent in chat (its bytes, or a file on disk for a download): keep it, answer with the
    dry run and the 确认导入 / 取消 buttons."""
    t = ctx.t
    if (refused := uploads.too_large(data)) is not None:  # before any parsing: we would not keep it
        return Text(too_large(t, refused))
    if await looks_like_orders(data):  # a shop's orders export: the results feature previews it
        return await preview_orders(ctx, file_name, data)
    try:
        report = await import_file(ctx.actor, data, ctx.clock, dry_run=True, file_name=file_name)
    except (NotASpreadsheet, NoHandleColumn) as error:
        return Text(bad_file(t, error))
    try:
        upload = await uploads.keep(ctx.actor, ctx.chat_id, file_name, data, ctx.clock)
    except uploads.UploadTooLarge as error:
        return Text(too_large(t, error))
    return preview_card(t, report, file_name, upload.id)


def too_large(t: Catalog, error: uploads.UploadTooLarge) -> str:
    return t("import.too_large", size=-(-error.size // 1_048_576), limit=error.limit // 1_048_576)


@router.action("import.confirm")
async def confirm(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    t = ctx.t
    try:
        upload = await uploads.claim(ctx.actor, flow.upload_id(value))
    except uploads.UploadNotFound:
        return ActionResult(toast=t("import.upload_gone"))
    except uploads.UploadFinished as error:
        return ActionResult(toast=t("import.upload_finished", status=t(f"import.status.{error.status}")))
    progress_of = flow.progress(ctx, upload.file_name)
    try:
        async with uploads.spooled(upload) as kept:
            report = await import_file(
                ctx.actor, kept, ctx.clock, dry_run=False, file_name=upload.file_name, progress=progress_of
            )
    except (NotASpreadsheet, NoHandleColumn) as error:
        await uploads.finish(upload, None, ctx.clock)
        return ActionResult(toast=t("import.failed", reason=bad_file(t, error)))
    except Exception:
        await uploads.finish(upload, None, ctx.clock)
        raise
    await uploads.finish(upload, report, ctx.clock)
    return ActionResult(toast=t("import.finished_toast"), card=report_card(t, report, upload.file_name))


@router.action("import.cancel")
async def cancel(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return await flow.cancel(ctx, value)
