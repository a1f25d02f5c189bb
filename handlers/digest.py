"""Digests: "每周一上午9点把周报发到这个群", "取消周报", "我的周报"; and the card a digest run posts.

`render_digest` is the seam with the full pipeline summary (workflows/summary.py, built separately):
the notifier calls only this function for a DIGEST delivery.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Self
from zoneinfo import ZoneInfo

from handlers import clocks
from handlers.command import Args, Command, Heard
from handlers.replies import Card, Reply, Text
from handlers.routing import CommandContext, Router
from handlers.summary import summary_card
from i18n import Catalog
from models.enums import Role
from workflows import digests
from workflows.delivery import DueItem
from workflows.digest_schedule import Cadence, DigestSpec, spec_of
from workflows.summary import SummaryQuery
from workflows.summary_period import Period
from workflows.tenancy import Actor

router = Router("digest", help=("help.digest",), order=100)


def _name(t: Catalog, cadence: str) -> str:
    return t(f"digest.name.{cadence}")


@dataclass(frozen=True, slots=True)
class DigestAsk(Args):
    """ "每周一早上9点发周报": the cadence, the day and the time of day."""

    digest: DigestSpec | digests.DigestUnreadable = digests.NO_CADENCE

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(digest=digests.parse_digest(heard.text))


@dataclass(frozen=True, slots=True)
class DigestStop(Args):
    cadence: Cadence | None = None  # None: every digest in this chat

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(cadence=digests.cadence_in(heard.text))


@router.intent(
    "schedule_digest",
    args=DigestAsk,
    writes=True,
    describe="set up a recurring daily/weekly/monthly report in this chat",
)
async def schedule_digest(ctx: CommandContext, command: Command) -> Reply:
    spec = command.arg(DigestAsk).digest
    if isinstance(spec, digests.DigestUnreadable):
        return Text(ctx.t("digest.unreadable", example=ctx.t("digest.example")))
    created = await digests.create(
        ctx.actor, ctx.chat_id, spec, ctx.clock, ctx.scheduler, source=command.source
    )
    name = _name(ctx.t, spec.cadence)
    notes = []
    if not spec.time_given:
        notes.append(ctx.t("digest.note.default_time"))
    if spec.cadence == Cadence.MONTHLY and spec.day_of_month > 28:
        notes.append(ctx.t("digest.note.month_end", day=spec.day_of_month))
    if created.replaced:
        notes.append(ctx.t("digest.note.replaced", name=name))
    if created.needs_webhook:
        notes.append(ctx.t("digest.note.needs_webhook"))
    row = created.delivery
    return Card(
        title=ctx.t("digest.set", name=name, schedule=clocks.cadence_text(ctx.t, spec)),
        fields=(
            (ctx.t("digest.field.next"), clocks.both(ctx.t, row.due_at, row.zone, ctx.team_timezone)),
            (ctx.t("digest.field.where"), ctx.t("digest.here")),
        ),
        body="\n".join(notes),
        footer=ctx.t("digest.footer", name=name),
    )


@router.intent(
    "cancel_digest",
    args=DigestStop,
    writes=True,
    describe="stop a recurring report",
)
async def cancel_digest(ctx: CommandContext, command: Command) -> Reply:
    cadence = command.arg(DigestStop).cadence
    stopped = await digests.stop(ctx.actor, ctx.chat_id, cadence, ctx.clock)
    name = _name(ctx.t, cadence) if cadence else ctx.t("digest.all")
    if not stopped:
        return Text(ctx.t("digest.none_to_stop", name=name))
    return Text(ctx.t("digest.stopped", names=name))


@router.intent(
    "list_digests",
    describe="which recurring reports are set up",
)
async def list_digests(ctx: CommandContext, command: Command) -> Reply:
    found = await digests.active(ctx.actor, ctx.chat_id)
    if not found:
        return Text(ctx.t("digest.list.empty"))
    lines = []
    for digest in found:
        nxt = digest.delivery
        when = clocks.both(ctx.t, nxt.due_at, nxt.zone, ctx.team_timezone) if nxt is not None else "-"
        lines.append(
            ctx.t(
                "digest.list.line",
                number=digest.id,
                name=_name(ctx.t, digest.cadence),
                schedule=clocks.cadence_text(ctx.t, spec_of(digest)),
                next=when,
            )
        )
    return Card(title=ctx.t("digest.list.title", count=len(found)), body="\n".join(lines))


# ---- the card a digest run posts ---------------------------------------------------------------------


async def render_digest(t: Catalog, item: DueItem) -> Card:
    """The digest for one run: the full pipeline summary (with its funnel chart) of the period since the
    previous run, as the team sees it — every owner, like a manager's summary."""
    cadence, start, end = await digests.run_period(item.delivery_id, item.text, item.due_at)
    period = Period(kind="range", start=start, end=end, prev_start=start - (end - start))
    team = Actor(item.workspace_id, 0, "", Role.MANAGER)
    card = await summary_card(t, SummaryQuery(team, period, end), item.zone)
    title = t(
        "digest.card.title", name=_name(t, cadence), start=_day(start, item.zone), end=_day(end, item.zone)
    )
    return replace(card, title=title)


def _day(at: datetime, zone: str) -> str:
    local = at.astimezone(ZoneInfo(zone))
    return f"{local.month}/{local.day} {local:%H:%M}"
