"""Scheduling outreach: the plan card in both clocks, and its confirm / change / cancel buttons."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Self

from handlers import clocks
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from workflows import campaigns, clock_labels, open_cards, outreach, quota
from workflows.mail import plan_mail
from workflows.mail.plan_mail import PlanMail
from workflows.outreach import Plan, PlannedTouch
from workflows.timeparse import NO_TIME, TimeAsk, Unreadable, read_time

router = Router("outreach", help=("help.outreach.schedule",), order=40)
CARD_ROWS = 15  # beyond this the card summarises instead of listing every creator


@dataclass(frozen=True, slots=True)
class Outreach(Args):
    when: TimeAsk | Unreadable = NO_TIME  # none: each creator's next send window

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(when=read_time(heard.text))


@router.intent(
    "schedule_outreach",
    args=Outreach,
    writes=True,
    describe="plan the outreach message(s) to creators at their local time",
)
async def schedule(ctx: CommandContext, command: Command) -> Reply:
    if not command.creators:
        return Text(ctx.t("outreach.which_creators", example=ctx.t("example.schedule_outreach")))
    plan = await outreach.plan_outreach(
        ctx.actor,
        ctx.chat_id,
        command.creators,
        command.arg(Outreach).when,
        ctx.clock,
        ctx.team_timezone,
        source=command.source,
    )
    if not plan.touches:
        return Text("\n".join([*_unsure(ctx, plan), *([_missing(ctx, plan)] if plan.missing_zone else [])]))
    touches = [(p.creator_id, p.handle, p.utc) for p in plan.touches]
    check = await quota.check_touches(ctx.actor.workspace_id, touches, ctx.team_timezone)
    capped = await quota.at_cap(ctx.actor.workspace_id, [(p.creator_id, p.handle) for p in plan.touches])
    no_brand = not await campaigns.brand_of(ctx.actor.workspace_id)
    mail = await plan_mail.preview(ctx.actor.workspace_id, plan.plan_id)
    return plan_card(ctx, plan, check, capped, no_brand=no_brand, mail=mail)


def limit_lines(ctx: CommandContext, check: quota.QuotaCheck, capped: Sequence[tuple[str, int]]) -> list[str]:
    """TikTok Shop limits on the plan card: the weekly quota per week touched, and the 5-message cap."""
    t, lines = ctx.t, []
    for week in check.weeks:
        lines.append(
            t(
                "quota.plan_week",
                week=f"{week.starts.month}/{week.starts.day}",
                used=week.used,
                limit=week.limit,
                adding=week.adding,
                left=week.left,
            )
        )
        if week.over:
            handles = " ".join(f"@{h}" for h in week.over[:CARD_ROWS])
            more = len(week.over) - CARD_ROWS
            lines.append(
                t(
                    "quota.plan_over",
                    count=len(week.over),
                    handles=handles + (f" +{more}" if more > 0 else ""),
                )
            )
    for handle, count in capped[:CARD_ROWS]:
        lines.append(t("quota.unanswered_warn", handle=f"@{handle}", count=count, next=count + 1))
    return lines


def plan_card(
    ctx: CommandContext,
    plan: Plan,
    check: quota.QuotaCheck | None = None,
    capped: Sequence[tuple[str, int]] = (),
    *,
    no_brand: bool = False,
    mail: PlanMail | None = None,
) -> Card:
    t = ctx.t
    rows = plan.touches[:CARD_ROWS]
    fields = tuple((f"@{p.handle}", clocks.both(t, p.utc, p.zone, ctx.team_timezone, p.region)) for p in rows)
    body = []
    if len(plan.touches) > CARD_ROWS:
        body.append(_summary(ctx, plan.touches[CARD_ROWS:]))
    body += clocks.notes(t, plan.when_notes)
    shown = 0
    for touch in plan.touches:  # what moved a creator's time, said next to their handle
        lines = clocks.notes(t, [n for n in touch.notes if n not in ("spread", "window", *plan.when_notes)])
        if lines and shown < CARD_ROWS:
            body.append(f"@{touch.handle}: " + " ".join(lines))
            shown += 1
    if any("spread" in p.notes for p in plan.touches):
        body.append(t("outreach.spread"))
    if not plan.explicit:
        body.append(t("outreach.window_used"))
    if plan.missing_zone:
        body.append(_missing(ctx, plan))
    body += _unsure(ctx, plan)
    body += limit_lines(ctx, check or quota.QuotaCheck(None), capped)
    if no_brand:  # the first message then says "a cross-border brand": asked here, once per plan
        body.append(t("outreach.no_brand"))
    if mail is not None:  # the first e-mail as it will go out, editable before confirming
        body += mail_lines(ctx, mail)
    value = {"plan": str(plan.plan_id)}
    over = check is not None and bool(check.over)
    confirm = Button(
        t("button.confirm_over_quota") if over else t("button.confirm"),
        "outreach.confirm",
        {**value, "over_quota": "1"} if over else value,
        "danger" if over else "primary",
    )
    return Card(
        title=t("outreach.plan_title", count=len(plan.touches)),
        fields=fields,
        body="\n".join(body),
        buttons=(
            confirm,
            Button(t("button.change"), "outreach.change", value),
            Button(t("button.cancel"), "outreach.cancel", value, "danger"),
        ),
        footer=t("outreach.plan_footer", team=clock_labels.place_name(ctx.team_timezone, t.locale)),
    )


def _summary(ctx: CommandContext, rest: list[PlannedTouch]) -> str:
    first, last = min(rest, key=lambda p: p.utc), max(rest, key=lambda p: p.utc)
    zones = Counter(p.zone for p in rest)  # 时区分布: by zone, each named by its city and offset
    per_zone = ctx.t("summary.sep").join(
        f"{clock_labels.zone_label(ctx.locale, first.utc, z)}×{n}" for z, n in zones.most_common(5)
    )
    return ctx.t(
        "outreach.more",
        count=len(rest),
        first=clocks.wall(ctx.t, first.utc, ctx.team_timezone),
        last=clocks.wall(ctx.t, last.utc, ctx.team_timezone),
        zones=per_zone,
    )


def _unsure(ctx: CommandContext, plan: Plan) -> list[str]:
    """Creators left out because their clock makes the day unclear: each with the readings written out, and
    how to plan them alone; the rest of the batch is on the card."""
    lines = []
    for handle, readings in plan.unsure[:CARD_ROWS]:
        days = " / ".join(clocks.day_and_time(ctx.t, w.utc, w.zone) for w in readings)
        key = "outreach.unsure_day" if readings else "outreach.unsure"
        lines.append(ctx.t(key, handle=f"@{handle}", readings=days))
    return lines


def _missing(ctx: CommandContext, plan: Plan) -> str:
    handles = " ".join(f"@{h}" for h in plan.missing_zone)
    return ctx.t("outreach.missing_zone", handles=handles, example=ctx.t("example.add_creator"))


def _plan_id(value: Mapping[str, str]) -> int:
    return int(value.get("plan", "0") or 0)


@router.action("outreach.confirm")
async def confirm(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    if value.get("over_quota") != "1":  # past the quota only with the button shown after the warning
        check = await quota.check_plan(ctx.actor, _plan_id(value), ctx.team_timezone)
        if check.over:
            warning = "\n".join(limit_lines(ctx, check, []))
            again = Button(
                ctx.t("button.confirm_over_quota"), "outreach.confirm", {**value, "over_quota": "1"}, "danger"
            )
            cancel = Button(ctx.t("button.cancel"), "outreach.cancel", dict(value), "danger")
            card = Card(title=ctx.t("quota.confirm_refused"), body=warning, buttons=(again, cancel))
            return ActionResult(toast=ctx.t("quota.confirm_refused"), card=card)
    rows = await outreach.confirm_plan(ctx.actor, _plan_id(value), ctx.scheduler, ctx.clock)
    toast = ctx.t("outreach.confirmed", count=len(rows))
    numbers = " ".join(f"#{r.id}" for r in rows[:CARD_ROWS])
    return ActionResult(toast=toast, card=Card(title=toast, body=ctx.t("outreach.numbers", numbers=numbers)))


@router.action("outreach.cancel")
async def cancel(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    await outreach.cancel_plan(ctx.actor, _plan_id(value))
    toast = ctx.t("outreach.plan_cancelled")
    return ActionResult(toast=toast, card=Card(title=toast))


@router.action("outreach.change")
async def change(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    await outreach.cancel_plan(ctx.actor, _plan_id(value))
    return ActionResult(toast=ctx.t("outreach.change_hint", example=ctx.t("example.schedule_outreach")))


# ---- the plan's e-mail, edited before confirming -----------------------------------------------------------

_EDIT = re.compile(
    r"^\s*(?:把|将)?(?:邮件(?:的)?)?\s*(?:(?P<subject>主题|标题|subject|title)|(?P<body>正文|内容|body))"
    r"\s*(?:改成|改为|换成|改|变成|=|:|：)\s*(?P<text>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_QUOTES = {"「": "」", "“": "”", '"': '"', "'": "'", "《": "》", "『": "』"}
PREVIEW_BODY = 600


def mail_lines(ctx: CommandContext, mail: PlanMail) -> list[str]:
    handles = " ".join(f"@{h}" for h in mail.handles[:5]) + (
        f" +{len(mail.handles) - 5}" if len(mail.handles) > 5 else ""
    )
    body = mail.body if len(mail.body) <= PREVIEW_BODY else mail.body[:PREVIEW_BODY] + "…"
    return [
        ctx.t("outreach.mail.preview", handles=handles, subject=mail.subject),
        ctx.t("outreach.mail.body", body=body),
        ctx.t("outreach.mail.edit_hint"),
    ]


def _unquoted(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


@router.card_text
async def edit_plan_mail(ctx: CommandContext, text: str) -> Reply | None:
    """ "主题改成 …" / "正文改成 …" / "subject: …" while an outreach plan card is open in the chat: the plan's
    first e-mail takes the new words; the answer shows it again with the plan's buttons."""
    found = _EDIT.match(text)
    if found is None:
        return None
    cards = await open_cards.open_cards(ctx.actor, ctx.chat_id, ctx.clock)
    plan_id = next(
        (
            int(choice.value.get("plan", "0") or 0)
            for card in cards
            if open_cards.may_answer(ctx.actor, card)
            for choice in card.choices
            if choice.action_id == "outreach.confirm"
        ),
        0,
    )
    if not plan_id:
        return None  # no plan card open: understanding reads it as any other message
    words = _unquoted(found.group("text"))
    is_subject = found.group("subject") is not None
    mail = await plan_mail.edit(
        ctx.actor, plan_id, subject=words if is_subject else None, body=None if is_subject else words
    )
    if mail is None:
        return Text(ctx.t("outreach.mail.none"))
    value = {"plan": str(plan_id)}
    return Card(
        title=ctx.t("outreach.mail.edited"),
        body="\n".join(mail_lines(ctx, mail)),
        buttons=(
            Button(ctx.t("button.confirm"), "outreach.confirm", value, "primary"),
            Button(ctx.t("button.change"), "outreach.change", value),
            Button(ctx.t("button.cancel"), "outreach.cancel", value, "danger"),
        ),
    )
