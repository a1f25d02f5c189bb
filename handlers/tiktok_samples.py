"""TikTok Shop sample applications in the chat (workflows/tiktok_samples.py): the card the delivery engine
posts for each new application — creator (linked to the pipeline, or offered to add), product, the 7-day
review deadline in team time — and its 通过 / 拒绝 / 添加 buttons (typed as numbers or words on WeCom)."""

from collections.abc import Mapping

from handlers import clocks
from handlers.replies import ActionResult, Button, Card
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.tiktok_shop import SampleDecision
from workflows import tiktok_samples
from workflows.delivery import DueItem
from workflows.tiktok_samples import AlreadyDecided, ReviewUnavailable, SampleNotFound

router = Router("tiktok_samples", order=83)


async def render_sample(t: Catalog, item: DueItem) -> Card:
    """The card of one new sample application."""
    row_id = tiktok_samples.row_of(item.source)
    view = await tiktok_samples.view(item.workspace_id, row_id) if row_id is not None else None
    if view is None:
        return Card(title=t("tiktok.notice_title"), body=t("tiktok.sample.gone"))
    who = f"@{view.handle or view.username}"
    if view.handle is not None and view.stage is not None:
        creator = t(
            "tiktok.sample.known",
            handle=who,
            owner=view.owner or t("tiktok.sample.no_owner"),
            stage=t(f"stage.{view.stage.value}"),
        )
    else:
        creator = t("tiktok.sample.unknown", handle=who)
    fields = [
        (t("tiktok.sample.field.creator"), creator),
        (
            t("tiktok.sample.field.product"),
            t("tiktok.sample.product", title=view.product_title or "-", id=view.product_id or "-"),
        ),
    ]
    if view.approve_by is not None:
        fields.append(
            (t("tiktok.sample.field.deadline"), clocks.day_and_time(t, view.approve_by, item.team_timezone))
        )
    value = {"sample": str(view.id)}
    buttons = [
        Button(t("tiktok.sample.approve_button"), "tiktok.sample_approve", value, "primary"),
        Button(t("tiktok.sample.reject_button"), "tiktok.sample_reject", value, "danger"),
    ]
    if view.handle is None:
        buttons.append(Button(t("tiktok.sample.add_button", handle=who), "tiktok.sample_add", value))
    return Card(
        title=t("tiktok.sample.title", handle=who),
        fields=tuple(fields),
        footer=t("tiktok.sample.footer"),
        buttons=tuple(buttons),
    )


def _row(value: Mapping[str, str]) -> int | None:
    raw = value.get("sample", "")
    return int(raw) if raw.isdigit() else None


@router.action("tiktok.sample_approve")
async def approve(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return await _decide(ctx, value, approve=True)


@router.action("tiktok.sample_reject")
async def reject(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """拒绝 asks why (TikTok's four reasons as buttons); a press with the reason decides."""
    t = ctx.t
    row_id = _row(value)
    if row_id is None:
        return ActionResult(toast=t("tiktok.sample.gone"))
    reason = value.get("reason", "")
    if reason:
        return await _decide(ctx, value, approve=False)
    view = await tiktok_samples.view(ctx.actor.workspace_id, row_id)
    if view is None:
        return ActionResult(toast=t("tiktok.sample.gone"))
    if view.decision != SampleDecision.PENDING:
        return await _decide(ctx, value, approve=False)  # says who decided it
    who = f"@{view.handle or view.username}"
    buttons = tuple(
        Button(
            t(f"tiktok.sample.reason.{r}"),
            "tiktok.sample_reject",
            {"sample": str(row_id), "reason": r},
            "danger" if r == tiktok_samples.DEFAULT_REJECT else "default",
        )
        for r in tiktok_samples.REJECT_REASONS
    )
    card = Card(
        title=t("tiktok.sample.why_title", handle=who), body=t("tiktok.sample.why_body"), buttons=buttons
    )
    return ActionResult(toast=t("tiktok.sample.why_title", handle=who), card=card)


async def _decide(ctx: CommandContext, value: Mapping[str, str], *, approve: bool) -> ActionResult:
    t = ctx.t
    row_id = _row(value)
    if row_id is None:
        return ActionResult(toast=t("tiktok.sample.gone"))
    if ctx.tiktok is None or ctx.tiktok.samples is None:
        return ActionResult(toast=t("tiktok.not_configured"))
    try:
        done = await tiktok_samples.decide(
            ctx.actor, row_id, approve, value.get("reason", ""), ctx.tiktok.samples, ctx.clock, ctx.locale
        )
    except SampleNotFound:
        return ActionResult(toast=t("tiktok.sample.gone"))
    except AlreadyDecided as error:
        return ActionResult(toast=_already(ctx, error))
    except ReviewUnavailable as error:
        return ActionResult(toast=t("tiktok.sample.failed", reason=t(f"tiktok.error.{error.reason}")))
    who = f"@{done.handle}"
    if done.decision == SampleDecision.APPROVED:
        text = t("tiktok.sample.approved", handle=who, by=ctx.actor.display_name)
    else:
        text = t(
            "tiktok.sample.rejected",
            handle=who,
            by=ctx.actor.display_name,
            reason=t(f"tiktok.sample.reason.{done.reason}"),
        )
    body = t("tiktok.sample.approved_next") if done.decision == SampleDecision.APPROVED else ""
    return ActionResult(toast=text, card=Card(title=text, body=body))


def _already(ctx: CommandContext, error: AlreadyDecided) -> str:
    t = ctx.t
    who = f"@{error.handle}"
    if error.decision == SampleDecision.ELSEWHERE.value:
        return t("tiktok.sample.elsewhere", handle=who)
    when = clocks.day_and_time(t, error.at, ctx.team_timezone) if error.at else "-"
    return t(f"tiktok.sample.already.{error.decision}", handle=who, by=error.by or "-", at=when)


@router.action("tiktok.sample_add")
async def add(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """添加 @x: the applicant joins the pipeline with their creator id; the card's decision stays open."""
    t = ctx.t
    row_id = _row(value)
    if row_id is None:
        return ActionResult(toast=t("tiktok.sample.gone"))
    try:
        handle, added, queued = await tiktok_samples.add_creator(ctx.actor, row_id, ctx.clock)
    except SampleNotFound:
        return ActionResult(toast=t("tiktok.sample.gone"))
    for row in queued:
        await ctx.scheduler.enqueue(row.id, row.version, row.due_at)
    key = "tiktok.find.added" if added else "tiktok.find.linked"
    return ActionResult(toast=t(key, handle=f"@{handle}"))
