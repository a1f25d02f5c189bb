"""Pipeline summaries: "本周管道汇总", "看看小王这个月的进度", "pipeline summary for campaign 春季新品".

One card (title with the period and filters, numbers with change arrows, conversion, time in stage, what
is stuck) carrying the funnel chart as its image. The numbers come from `workflows/summary.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from handlers import format, results_format
from handlers.command import Args, Command
from handlers.replies import Card, Image, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import FUNNEL
from workflows import geo, results
from workflows.summary import (
    Summary,
    SummaryForbidden,
    SummaryQuery,
    UnknownCampaign,
    UnknownTeammate,
    build_summary,
    resolve_campaign,
    resolve_owner,
)
from workflows.summary_chart import FontMissing, FunnelChart, render_funnel_png
from workflows.summary_period import Period, PeriodUnreadable, resolve_period

router = Router("summary", help=("help.summary",), order=120)


@dataclass(frozen=True, slots=True)
class SummaryAsk(Args):
    owner: str | None = None
    period: str | None = None  # today | week | last_week | month | last_month | days:N | range:A..B | all
    campaign: str | None = None  # as typed
    platform: str | None = None
    country: str | None = None


@router.intent(
    "pipeline_summary",
    reads=("summary",),
    args=SummaryAsk,
    describe="counts per stage/owner, progress, funnel, how the team or someone is doing over a period",
)
async def pipeline_summary(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(SummaryAsk)
    t = ctx.t
    try:
        period = resolve_period(args.period, ctx.clock.now(), ctx.team_timezone)
        owner = await resolve_owner(ctx.actor, args.owner)
        campaign = await resolve_campaign(ctx.actor, args.campaign)
    except PeriodUnreadable:
        return Text(t("summary.period_unreadable", example=t("summary.period_example")))
    except SummaryForbidden as refused:
        allowed = t("summary.sep").join(refused.allowed) or t("summary.nobody")
        return Text(t("summary.forbidden", owner=refused.owner, allowed=allowed))
    except UnknownTeammate as unknown:
        return Text(
            t(
                "summary.unknown_teammate",
                name=unknown.name,
                known=t("summary.sep").join(unknown.known) or "-",
            )
        )
    except UnknownCampaign as unknown:
        if not unknown.known:
            return Text(t("summary.no_campaigns", name=unknown.name))
        known = t("summary.sep").join(unknown.known)
        return Text(t("summary.unknown_campaign", name=unknown.name, known=known))
    query = SummaryQuery(
        actor=ctx.actor,
        period=period,
        now=ctx.clock.now(),
        owner_id=owner.id if owner else None,
        campaign_id=campaign.id if campaign else None,
        platform=args.platform,
        country=args.country,
    )
    filters = _filters(t, owner.display_name if owner else "", campaign.name if campaign else "", args)
    return await summary_card(t, query, ctx.team_timezone, filters)


async def summary_card(t: Catalog, query: SummaryQuery, team_timezone: str, filters: str = "") -> Card:
    """The summary card with its funnel chart: what a request gets, and what a digest should post
    (e.g. `summary_card(t, SummaryQuery(actor, resolve_period("last_week", now, tz), now), tz)`)."""
    summary = await build_summary(query)
    heading = _period_label(t, query.period, team_timezone)
    card = render_summary(t, summary, heading, filters, team_timezone)
    card = await _with_results(t, card, query, team_timezone)
    try:
        png = await render_funnel_png(funnel_chart(t, summary, heading, filters))
    except FontMissing:
        return replace(card, footer=f"{card.footer}\n{t('summary.no_font')}".strip())
    return replace(card, image=Image(png, alt=t("summary.chart_alt", period=heading)))


async def _with_results(t: Catalog, card: Card, query: SummaryQuery, team_timezone: str) -> Card:
    """The results section (GMV, orders, ROI of the period, the top creators) when the team has orders.
    The figures are the results card's (workflows/results.py) for the team or the campaign asked about;
    a summary narrowed to an owner, a platform or a country gets none (results are not cut that way), and
    an operator sees the team totals and only their own creators by name, as on the results card."""
    if query.owner_id is not None or query.platform or query.country:
        return card
    if not await results.has_orders(query.workspace_id):
        return card
    period = query.period
    got = await results.compute(
        query.actor,
        results.Scope(campaign_id=query.campaign_id),
        results.Window(period.start, period.end),
        team_timezone,
        limit=results_format.SECTION_TOP,
    )
    field, lines = results_format.section(t, got)
    body = "\n".join([card.body, *lines]) if card.body else "\n".join(lines)
    return replace(card, fields=(*card.fields, field), body=body)


def _filters(t: Catalog, owner: str, campaign: str, args: SummaryAsk) -> str:
    parts = []
    if owner:
        parts.append(t("summary.filter_owner", name=owner))
    if campaign:
        parts.append(t("summary.filter_campaign", name=campaign))
    if args.platform:
        parts.append(t(f"summary.platform.{args.platform}"))
    if args.country:
        parts.append(geo.country_name(args.country, t.locale))
    return " · ".join(parts)


def _day(at: datetime, zone: str) -> str:
    local = at.astimezone(ZoneInfo(zone))
    return f"{local.month}/{local.day}"


def _period_label(t: Catalog, period: Period, zone: str) -> str:
    if period.kind == "all":
        return t("summary.period.all")
    name = t(f"summary.period.{period.kind}", days=period.days)
    if period.first is None or period.last is None:
        return name
    first = f"{period.first.month}/{period.first.day}"
    last = f"{period.last.month}/{period.last.day}"
    span = first if first == last else f"{first}–{last}"
    return t("summary.period_span", name=name, span=span)


def _arrow(now: int, before: int | None) -> str:
    if before is None or before == now:
        return ""
    return f" ↑{now - before}" if now > before else f" ↓{before - now}"


def _duration(t: Catalog, span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    if hours < 1:
        return t("summary.minutes", n=round(span.total_seconds() / 60))
    if hours < 48:
        return t("summary.hours", n=f"{hours:.0f}" if hours >= 10 else f"{hours:.1f}")
    return t("summary.days", n=f"{hours / 24:.1f}")


def _percent(rate: Decimal) -> str:
    return f"{rate * 100:.0f}%" if rate * 100 == int(rate * 100) else f"{rate * 100:.1f}%"


def render_summary(t: Catalog, summary: Summary, heading: str, filters: str, zone: str) -> Card:
    now = summary.query.now
    title = t("summary.title", period=heading) + (f" · {filters}" if filters else "")
    stages = [s for s in summary.stages if s.now or s.before]
    fields: list[tuple[str, str]] = [
        (t("summary.field.total"), t("summary.total", total=summary.total, new=summary.new_creators))
    ]
    fields += [(format.stage_name(t, s.stage.value), f"{s.now}{_arrow(s.now, s.before)}") for s in stages]
    conversions = [
        t(
            "summary.conversion",
            a=format.stage_name(t, c.from_stage.value),
            b=format.stage_name(t, c.to_stage.value),
            rate=_percent(c.rate),
            n=c.converted,
            d=c.entered,
        )
        for c in summary.conversions
        if c.rate is not None
    ]
    fields.append((t("summary.field.conversion"), "\n".join(conversions) or t("summary.no_moves")))
    if summary.stage_times:
        times = " · ".join(
            f"{format.stage_name(t, s.stage.value)} {_duration(t, s.median)}" for s in summary.stage_times
        )
        fields.append((t("summary.field.time_in_stage"), times))
    if summary.owners:
        owners = " · ".join(
            t("summary.owner", name=o.name or t("summary.unowned"), total=o.total, new=o.new)
            for o in summary.owners[:12]
        )
        fields.append((t("summary.field.owners"), owners))
    if summary.owed:
        owed = " · ".join(f"{currency} {amount:,.2f}" for currency, amount in summary.owed)
        fields.append((t("summary.field.owed"), owed))
    body = _stuck_lines(t, summary, now, zone)
    footer = [t("summary.footer_conversion")]
    if summary.details_limited:
        footer.append(t("summary.footer_limited"))
    return Card(title=title, fields=tuple(fields), body="\n".join(body), footer="\n".join(footer))


def _stuck_lines(t: Catalog, summary: Summary, now: datetime, zone: str) -> list[str]:
    lines = []
    for key, stuck in (
        ("summary.stuck_no_reply", summary.no_reply),
        ("summary.stuck_no_content", summary.no_content),
    ):
        if not stuck.total:
            continue
        shown = t("summary.sep").join(
            t(
                "summary.stuck_item",
                handle=f"@{s.handle}",
                owner=s.owner or t("summary.unowned"),
                days=(now - s.since).days,
            )
            for s in stuck.shown
        )
        more = t("summary.more", n=stuck.total - len(stuck.shown)) if stuck.total > len(stuck.shown) else ""
        lines.append(t(key, count=stuck.total, items=shown + more))
    total, items = summary.overdue
    if total:
        shown = t("summary.sep").join(
            t(
                "summary.overdue_item",
                number=i.delivery_id,
                what=f"@{i.handle}" if i.handle else format.reminder_what(t, i.text)[:20],
                owner=i.owner or t("summary.unowned"),
                when=_day(i.due_at, zone),
            )
            for i in items
        )
        more = t("summary.more", n=total - len(items)) if total > len(items) else ""
        lines.append(t("summary.overdue", count=total, items=shown + more))
    return lines or [t("summary.nothing_stuck")]


def funnel_chart(t: Catalog, summary: Summary, heading: str, filters: str) -> FunnelChart:
    """The chart from the card's own numbers (issue 16): bars are the creators per stage at the period's
    end, the ↓ rates the card's conversions, so the two can never disagree."""
    counts = summary.bars
    rates = tuple(_percent(c.rate) if c.rate is not None else "" for c in summary.conversions)
    return FunnelChart(
        title=t("summary.chart_title"),
        subtitle=" · ".join(p for p in (heading, filters) if p),
        labels=tuple(format.stage_name(t, s.value) for s in FUNNEL),
        counts=counts,
        rates=rates,
        footer=t("summary.chart_footer"),
    )


def period_label(t: Catalog, period: Period, team_timezone: str) -> str:
    """The period as the summary card's title names it (shared with the results card)."""
    return _period_label(t, period, team_timezone)
