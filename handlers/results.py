"""Results (issue 18): "@amy 带了多少货" / "@amy 的 ROI", "本月谁卖得最好", "黑五美妆 的投入产出比",
"top creators by GMV this month" → a card with the figures and a bar chart; "@amy 的折扣码是 AMY15",
"样品成本 SKU123 = 35元", "汇率 1 USD = 7.1 CNY", "报表币种 人民币"; and an orders file sent in chat →
preview → 确认导入 → report, with "add these creators" for handles the pipeline does not have. The figures
are `workflows/results.py`'s.

The rendering of the orders preview and report (`orders_preview_card`, `orders_report_card`) is shared with
`creatorbot orders import`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Self
from zoneinfo import ZoneInfo

from handlers import upload_flow as flow
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Image, Reply, Text
from handlers.results_format import creator_line, money
from handlers.results_format import ratio as _ratio
from handlers.routing import CommandContext, Router
from handlers.summary import period_label
from i18n import Catalog
from models.results import ContentType
from workflows import attribution, campaigns, currency, results, results_rates, results_words
from workflows.creators import find_creators
from workflows.importing import NoHandleColumn, NotASpreadsheet, Problem, Where, uploads
from workflows.importing.order_run import OrderReport, add_unknown_creators, import_orders, unknown_handles
from workflows.importing.source import Data
from workflows.permissions import VIEW
from workflows.results_chart import ResultsChart, render_results_png
from workflows.summary_chart import FontMissing
from workflows.summary_period import PeriodUnreadable, resolve_period

router = Router(
    "results",
    help=("help.results.ask", "help.results.codes", "help.results.costs", "help.results.import"),
    order=125,
)
TOP = 10


# ---- arguments -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResultsAsk(Args):
    period: str | None = None  # today | week | month | last_month | days:N | range:A..B | all (default all)
    campaign: str | None = None  # the words after the creators, for the campaign look-up
    ranking: bool = False  # "谁卖得最好", "top creators"

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(
            period=cls.shared(heard).period,  # the summaries' period reader ("本月", "last 30 days")
            campaign=heard.masked.strip() or None,
            ranking=results_words.asks_ranking(heard.text),
        )


@dataclass(frozen=True, slots=True)
class CodeAsk(Args):
    code: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(code=results_words.read_code(heard.masked))


@dataclass(frozen=True, slots=True)
class CostAsk(Args):
    sku: str | None = None
    cost: str | None = None
    cost_currency: str | None = None
    shipping: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        said = results_words.read_sample_cost(heard.text)
        return cls(
            sku=said.sku,
            cost=said.cost.amount if said.cost else None,
            cost_currency=said.cost.currency if said.cost else None,
            shipping=said.shipping.amount if said.shipping else None,
        )


@dataclass(frozen=True, slots=True)
class RateAsk(Args):
    base: str | None = None
    quote: str | None = None
    rate: str | None = None
    day: date | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        said = results_words.read_rate(heard.text, datetime.now(UTC).year)
        return cls(base=said.base, quote=said.quote, rate=said.rate, day=said.day)


@dataclass(frozen=True, slots=True)
class CurrencyAsk(Args):
    code: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(code=results_words.read_currency(heard.text))


# ---- the results card ------------------------------------------------------------------------------------


def figure_fields(t: Catalog, f: results.Figures, code: str) -> tuple[tuple[str, str], ...]:
    video, live = f.content(ContentType.VIDEO), f.content(ContentType.LIVE)
    return (
        (t("results.label.gmv"), money(f.gmv, code)),
        (t("results.label.orders"), f"{f.orders:,}"),
        (t("results.label.units"), f"{f.units:,}"),
        (t("results.label.spend"), money(f.spend, code)),
        (t("results.label.roi"), _ratio(f.roi)),
        (t("results.label.cost_per_order"), money(f.cost_per_order, code) if f.cost_per_order else "-"),
        (t("results.label.video"), t("results.split", orders=video[0], gmv=money(video[1], code))),
        (t("results.label.live"), t("results.split", orders=live[0], gmv=money(live[1], code))),
    )


async def results_card(t: Catalog, got: results.Results, title: str, *, ranking: bool) -> Card:
    code, total = got.currency, got.total
    body = [
        t(
            "results.spend_line",
            fees=money(total.fees, code),
            commission=money(total.commission, code),
            samples=money(total.samples, code),
        ),
        t("results.refunds_line", refunds=money(total.refunds, code)),
    ]
    shown = got.creators[:TOP]
    if ranking or len(got.creators) > 1:
        body.append(t("results.top_head", count=len(shown)))
        body += [creator_line(t, i, r, code) for i, r in enumerate(shown, start=1)]
    if got.hidden:
        body.append(t("results.hidden", count=got.hidden))
    if got.missing_rates:
        body.append(
            t(
                "results.missing_rates",
                codes="、".join(got.missing_rates),
                example=t("example.set_exchange_rate"),
            )
        )
    card = Card(
        title=title, fields=figure_fields(t, total, code), body="\n".join(body), footer=t("results.footer")
    )
    if not shown:
        return card
    chart = ResultsChart(
        title=title,
        subtitle=t("results.chart_subtitle", currency=code),
        labels=tuple(f"@{r.handle}" for r in shown),
        values=tuple(float(r.figures.gmv) for r in shown),
        texts=tuple(money(r.figures.gmv, code) for r in shown),
        notes=tuple(t("results.chart_roi", roi=_ratio(r.figures.roi)) for r in shown),
    )
    try:
        png = await render_results_png(chart)
    except FontMissing:
        return replace(card, footer=f"{card.footer}\n{t('summary.no_font')}")
    return replace(card, image=Image(png, alt=t("results.chart_alt")))


@router.intent(
    "results",
    reads=("summary",),
    args=ResultsAsk,
    describe="sales results: GMV, orders, ROI, spend of a creator, a campaign or the team; who sold most",
)
async def show_results(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(ResultsAsk)
    try:
        period = resolve_period(args.period or "all", ctx.clock.now(), ctx.team_timezone)
    except PeriodUnreadable:
        return Text(t("summary.period_unreadable", example=t("summary.period_example")))
    window = results.Window(period.start, period.end)
    heading = period_label(t, period, ctx.team_timezone)
    if command.creators:
        creator = (await find_creators(ctx.actor, list(command.creators[:1]), access=VIEW))[0]
        got = await results.compute(
            ctx.actor, results.Scope(creator_id=creator.id), window, ctx.team_timezone
        )
        title = t("results.title.creator", handle=creator.handle, period=heading)
        card = await results_card(t, got, title, ranking=False)
        codes = await attribution.codes_of(ctx.actor.workspace_id, creator.id)
        if codes:
            card = replace(card, body=f"{card.body}\n{t('results.codes', codes='、'.join(codes))}")
        return card
    scope, title = results.Scope(), t("results.title.team", period=heading)
    if args.campaign and not args.ranking:
        try:
            campaign = await campaigns.find_campaign(ctx.actor, args.campaign)
        except campaigns.CampaignNotFound:
            campaign = None
        if campaign is not None:
            scope = results.Scope(campaign_id=campaign.id)
            title = t("results.title.campaign", name=campaign.name, period=heading)
    got = await results.compute(ctx.actor, scope, window, ctx.team_timezone, limit=TOP)
    if not got.creators and not got.hidden and not got.total.gmv:
        return Text(t("results.none", period=heading, example=t("example.import_orders")))
    return await results_card(t, got, title, ranking=True)


# ---- codes, costs, rates, currency -----------------------------------------------------------------------


@router.intent(
    "set_promo_code",
    args=CodeAsk,
    writes=True,
    needs_creator=True,
    describe="record a creator's promo/discount code or affiliate link so orders carrying it are theirs",
)
async def set_promo_code(ctx: CommandContext, command: Command) -> Reply:
    t, code = ctx.t, command.arg(CodeAsk).code
    if not code or not command.creators:
        return Text(t("results.code_missing", example=t("example.set_promo_code")))
    try:
        done = await attribution.set_code(ctx.actor, command.creators[0], code, ctx.clock)
    except attribution.BadCode as bad:
        return Text(t("results.code_bad", value=bad.value))
    except attribution.CodeTaken as taken:
        return Text(t("results.code_taken", value=taken.value, handle=taken.handle))
    key = "results.link_set" if done.kind == "link" else "results.code_set"
    lines = [t(key, handle=done.handle, value=done.value)]
    if done.attached:
        lines.append(t("results.attached", count=done.attached))
    return Text("\n".join(lines))


@router.intent(
    "set_sample_cost",
    args=CostAsk,
    writes=True,
    describe="set what one sample of a product (SKU) costs, shipping too ('样品成本 SKU123 = 35元')",
)
async def set_sample_cost(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(CostAsk)
    if not args.sku or not args.cost:
        return Text(t("results.cost_missing", example=t("example.set_sample_cost")))
    try:
        row = await results.set_sample_cost(
            ctx.actor, args.sku, args.cost, args.cost_currency, args.shipping, ctx.clock
        )
    except currency.BadAmount as bad:
        if bad.reason == "no_currency":
            return Text(t("results.cost_currency", example=t("example.set_sample_cost")))
        return Text(t("results.cost_bad", value=bad.amount))
    cost = currency.show(Decimal(str(row.cost)), row.currency)
    if row.shipping is not None:
        shipping = currency.show(Decimal(str(row.shipping)), row.currency)
        return Text(t("results.cost_set_shipping", sku=row.sku, cost=cost, shipping=shipping))
    return Text(t("results.cost_set", sku=row.sku, cost=cost))


@router.intent(
    "set_exchange_rate",
    args=RateAsk,
    writes=True,
    describe="set an exchange rate for the results, from today or a date ('汇率 1 USD = 7.1 CNY')",
)
async def set_exchange_rate(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(RateAsk)
    if not (args.base and args.quote and args.rate):
        return Text(t("results.rate_missing", example=t("example.set_exchange_rate")))
    day = args.day or ctx.clock.now().astimezone(ZoneInfo(ctx.team_timezone)).date()
    try:
        done = await results.set_rate(ctx.actor, args.base, args.quote, args.rate, day, ctx.clock)
    except results.BadRate as bad:
        return Text(t("results.rate_bad", value=bad.given))
    reporting = await results_rates.reporting_currency(ctx.actor.workspace_id)
    lines = [
        t("results.rate_set", base=done.base, quote=done.quote, rate=f"{done.rate.normalize():f}", day=day)
    ]
    if reporting not in (done.base, done.quote):
        lines.append(t("results.rate_not_reporting", reporting=reporting))
    return Text("\n".join(lines))


@router.intent(
    "set_reporting_currency",
    args=CurrencyAsk,
    writes=True,
    describe="choose the currency the results are reported in ('报表币种 人民币')",
)
async def set_reporting_currency(ctx: CommandContext, command: Command) -> Reply:
    t, code = ctx.t, command.arg(CurrencyAsk).code
    if code is None:
        current = await results_rates.reporting_currency(ctx.actor.workspace_id)
        return Text(t("results.currency_now", code=current, example=t("example.set_reporting_currency")))
    before, after = await results.set_reporting_currency(ctx.actor, code, ctx.clock)
    if before == after:
        return Text(t("results.currency_same", code=after))
    return Text(t("results.currency_set", code=after, before=before))


# ---- importing orders ------------------------------------------------------------------------------------


@router.intent(
    "import_orders", describe="how to import the shop's orders (TikTok Shop affiliate orders export)"
)
async def import_orders_help(ctx: CommandContext, command: Command) -> Reply:
    return Text(ctx.t("orders.help"))


def _where_list(t: Catalog, rows: list[Where]) -> str:
    return flow.row_ranges(rows)


def _orders_body(t: Catalog, report: OrderReport) -> str:
    sep = "、" if t.locale.startswith("zh") else ", "
    columns = next(iter(report.columns.values()), {})
    labels = sep.join(
        t("import.column", field=t(f"orders.field.{f}"), label=label) for f, label in columns.items()
    )
    body = [t("import.columns", columns=labels)] if labels else []
    if report.currencies:
        body.append(
            t("orders.currencies", currencies=sep.join(f"{c} {n}" for c, n in report.currencies.items()))
        )
    if report.refunded:
        body.append(t("orders.refunded", count=report.refunded))
    if report.first_orders:
        body.append(t("orders.first_orders", count=report.first_orders))
    if report.unknown_creators:
        names = [
            t("orders.unknown_line", handle=h, rows=flow.shorten(_where_list(t, rows), 120))
            for h, rows in list(report.unknown_creators.items())[: flow.SHOWN]
        ]
        body.append(t("orders.unknown_head", count=len(report.unknown_creators)))
        body += names
        if len(report.unknown_creators) > flow.SHOWN:
            body.append(t("import.more", count=len(report.unknown_creators) - flow.SHOWN))
    if report.unknown_codes:
        codes = sep.join(list(report.unknown_codes)[: flow.SHOWN])
        body.append(t("orders.unknown_codes", codes=codes, example=t("example.set_promo_code")))
    if report.unattributed:
        body.append(t("orders.unattributed", count=len(report.unattributed)))
    skipped = [_problem(t, p) for p in report.skipped[: flow.SHOWN]]
    if report.skipped:
        body.append(t("import.skipped_head", count=min(len(report.skipped), flow.SHOWN)))
        body += skipped
        if len(report.skipped) > flow.SHOWN:
            body.append(t("import.more", count=len(report.skipped) - flow.SHOWN))
    if not report.changes:
        body.append(t("orders.nothing"))
    return "\n".join(body)


def _problem(t: Catalog, problem: Problem) -> str:
    reason = t(f"orders.problem.{problem.code}", value=problem.value, column=problem.column or "-")
    return t("import.line", where=flow.where(t, problem.where), reason=reason)


def _orders_fields(t: Catalog, report: OrderReport) -> tuple[tuple[str, str], ...]:
    return (
        (t("import.label.rows"), str(report.rows)),
        (t("orders.label.created"), str(len(report.created))),
        (t("orders.label.updated"), str(len(report.updated))),
        (t("import.label.unchanged"), str(report.unchanged)),
        (t("import.label.skipped"), str(len(report.skipped))),
    )


def orders_preview_card(
    t: Catalog,
    report: OrderReport,
    file_name: str,
    upload_id: int | None = None,
    *,
    currency_choices: Sequence[str] = (),
    chosen: str | None = None,
) -> Card:
    """The dry run with 确认导入 / 取消; amounts written without a currency (TikTok's export has no currency
    column) ask which currency the file is in, one button each, instead of refusing every row."""
    buttons: tuple[Button, ...] = ()
    body = _orders_body(t, report)
    if upload_id is not None:
        value = {"upload": str(upload_id), **({"currency": chosen} if chosen else {})}
        confirm = (Button(t("import.button.confirm"), "orders.confirm", value, style="primary"),)
        unpriced = sum(1 for p in report.skipped if p.code == "no_currency")
        ask = tuple(
            Button(t("orders.button.currency", code=code), "orders.currency", {**value, "currency": code})
            for code in (currency_choices if unpriced and not chosen else ())
        )
        if ask:
            body = "\n".join([t("orders.currency_ask", count=unpriced), body])
        buttons = (
            *ask,
            *(confirm if report.changes else ()),
            Button(t("import.button.cancel"), "orders.cancel", value),
        )
    if chosen:
        body = "\n".join([t("orders.currency_chosen", code=chosen), body])
    if report.another_shop is not None:  # a warning, not a refusal: 确认导入 still imports
        creators, products = report.another_shop
        body = "\n".join([t("orders.another_shop", creators=creators, products=products), body])
    return Card(
        title=t("orders.preview.title", file=file_name),
        fields=_orders_fields(t, report),
        body=body,
        buttons=buttons,
        footer=t("import.confirm_hint") if report.changes else "",
    )


def orders_report_card(t: Catalog, report: OrderReport, file_name: str) -> Card:
    buttons: tuple[Button, ...] = ()
    if report.unknown_creators:
        buttons = (Button(t("orders.button.add_creators"), "orders.add_creators", {}, style="primary"),)
    return Card(
        title=t("orders.report.title", file=file_name),
        fields=_orders_fields(t, report),
        body=_orders_body(t, report),
        buttons=buttons,
    )


def orders_bad_file(t: Catalog, error: NotASpreadsheet | NoHandleColumn) -> str:
    if isinstance(error, NoHandleColumn):
        seen = "、".join(f"「{s[:30]}」" for s in error.seen[:15]) or "-"
        return t("orders.no_order_column", seen=seen)
    return flow.unreadable(t, error)


async def preview_orders(ctx: CommandContext, file_name: str, data: Data) -> Reply:
    """An orders file sent in chat (handlers/importing sends it here): the dry run and 确认导入 / 取消."""
    t = ctx.t
    try:
        report = await import_orders(
            ctx.actor, data, ctx.clock, dry_run=True, team_timezone=ctx.team_timezone, file_name=file_name
        )
    except (NotASpreadsheet, NoHandleColumn) as error:
        return Text(orders_bad_file(t, error))
    try:
        upload = await uploads.keep(ctx.actor, ctx.chat_id, file_name, data, ctx.clock, kind="orders")
    except uploads.UploadTooLarge as error:
        return Text(t("import.too_large", size=error.size // 1_048_576, limit=error.limit // 1_048_576))
    choices = await _currency_choices(ctx)
    return orders_preview_card(t, report, file_name, upload.id, currency_choices=choices)


COMMON_SHOP_CURRENCIES = ("USD", "GBP", "EUR", "IDR")  # TikTok Shop markets a Chinese seller sells in most


async def _currency_choices(ctx: CommandContext) -> tuple[str, ...]:
    """The reporting currency, then the shops' usual ones: at most four buttons."""
    reporting = await results_rates.reporting_currency(ctx.actor.workspace_id)
    return tuple(dict.fromkeys((*COMMON_SHOP_CURRENCIES[:1], reporting, *COMMON_SHOP_CURRENCIES[1:])))[:4]


@router.action("orders.currency")
async def orders_currency(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """ "按 USD 计": the same file previewed again with plain amounts read in that currency."""
    t, code = ctx.t, value.get("currency", "")
    try:
        upload = await uploads.pending(ctx.actor, flow.upload_id(value))
    except uploads.UploadNotFound:
        return ActionResult(toast=t("import.upload_gone"))
    except uploads.UploadFinished as error:
        return ActionResult(toast=t("import.upload_finished", status=t(f"import.status.{error.status}")))
    async with uploads.spooled(upload) as kept:
        report = await import_orders(
            ctx.actor,
            kept,
            ctx.clock,
            dry_run=True,
            team_timezone=ctx.team_timezone,
            file_name=upload.file_name,
            default_currency=code,
        )
    card = orders_preview_card(t, report, upload.file_name, upload.id, chosen=code)
    return ActionResult(toast=t("orders.currency_chosen", code=code), card=card)


@router.action("orders.confirm")
async def confirm_orders(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    t = ctx.t
    try:
        upload = await uploads.claim(ctx.actor, flow.upload_id(value))
    except uploads.UploadNotFound:
        return ActionResult(toast=t("import.upload_gone"))
    except uploads.UploadFinished as error:
        return ActionResult(toast=t("import.upload_finished", status=t(f"import.status.{error.status}")))
    try:
        async with uploads.spooled(upload) as kept:
            report = await import_orders(
                ctx.actor,
                kept,
                ctx.clock,
                dry_run=False,
                team_timezone=ctx.team_timezone,
                file_name=upload.file_name,
                default_currency=value.get("currency") or None,
                progress=flow.progress(ctx, upload.file_name),
                locale=ctx.locale,
            )
    except (NotASpreadsheet, NoHandleColumn) as error:
        await uploads.finish(upload, None, ctx.clock)
        return ActionResult(toast=t("import.failed", reason=orders_bad_file(t, error)))
    except Exception:
        await uploads.finish(upload, None, ctx.clock)
        raise
    await uploads.finish(upload, report, ctx.clock)
    return ActionResult(
        toast=t("import.finished_toast"), card=orders_report_card(t, report, upload.file_name)
    )


@router.action("orders.cancel")
async def cancel_orders(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return await flow.cancel(ctx, value)


@router.action("orders.add_creators")
async def add_creators_from_orders(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """The report's "add these creators": every handle stored lines name that nobody has yet."""
    t = ctx.t
    handles = await unknown_handles(ctx.actor)
    if not handles:
        return ActionResult(toast=t("orders.none_unknown"))
    added = await add_unknown_creators(ctx.actor, handles, ctx.clock)
    sep = "、" if t.locale.startswith("zh") else ", "
    lines = [
        t("orders.added", count=len(added.added), handles=sep.join(f"@{h}" for h in added.added[:20]) or "-")
    ]
    lines.append(t("results.attached", count=added.attached))
    if added.invalid:
        lines.append(t("orders.not_handles", names=sep.join(added.invalid[:10])))
    return ActionResult(toast=lines[0], card=Card(title=t("orders.added_title"), body="\n".join(lines)))
