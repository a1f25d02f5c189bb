"""Disclosure rules on request, the caption check and the brief with disclosure (issue 8)."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.command import Args, Command
from handlers.replies import Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from workflows import geo
from workflows.compliance import rules, subject
from workflows.compliance.brief import creator_note, write_brief
from workflows.compliance.brief_text import PLATFORM_NAMES
from workflows.compliance.caption import check_caption
from workflows.compliance.rules import Rule, RulesNotLoaded
from workflows.compliance.subject import Subject

router = Router("compliance", help=("help.compliance",), order=70)
DEAL_TYPES = ("paid", "affiliate", "gifted")


def _market(t: Catalog, code: str) -> str:
    try:
        return geo.country_name(code, t.locale)
    except ValueError:
        return code


def _markets(t: Catalog, codes: list[str]) -> str:
    return (
        "、".join(f"{_market(t, c)} ({c})" for c in codes)
        if t.locale == "zh_CN"
        else ", ".join(f"{_market(t, c)} ({c})" for c in codes)
    )


async def _where(ctx: CommandContext, found: Subject, handle: str | None, asked: str) -> Reply | None:
    """A question back when the market or platform is missing or not in the rules (or the rules are not
    loaded); None when all is set."""
    try:
        supported = await rules.supported_markets()
    except RulesNotLoaded:
        return Text(ctx.t("compliance.not_loaded"))
    listing = _markets(ctx.t, supported)
    if found.market is None:
        if handle:
            return Text(ctx.t(f"{asked}.ask_market_creator", handle=f"@{handle}", markets=listing))
        return Text(ctx.t("compliance.ask_market", markets=listing))
    if found.market not in supported:
        return Text(ctx.t("compliance.unknown_market", market=_market(ctx.t, found.market), markets=listing))
    if found.platform is None:
        return Text(ctx.t("compliance.ask_platform", market=_market(ctx.t, found.market)))
    return None


def _sources(t: Catalog, rule: Rule) -> str:
    urls = "\n".join(rule.sources)
    return t("compliance.sources", authority=rule.authority, urls=urls, checked=rule.checked_on.isoformat())


def _deal(t: Catalog, deal: str) -> str:
    return t(f"compliance.deal.{deal}")


def rule_card(t: Catalog, by_deal: dict[str, Rule], found: Subject, handle: str | None) -> Card:
    deal = found.deal_type or "paid"
    rule = by_deal[deal]
    title = t(
        "compliance.title",
        market=_market(t, rule.market),
        platform=PLATFORM_NAMES[rule.platform],
        deal=_deal(t, deal),
    )
    notes: list[str] = []
    if found.deal_source == "collaboration" and handle:
        notes.append(t("compliance.deal_from_record", handle=f"@{handle}", deal=_deal(t, deal)))
    elif found.deal_type is None:
        notes.append(t("compliance.deal_assumed", deal=_deal(t, deal)))
    for other in DEAL_TYPES:
        if other == deal or (found.deal_type is not None and found.deal_source == "asked"):
            continue
        other_rule = by_deal[other]
        if other_rule.covered:
            notes.append(
                t("compliance.other_covered", deal=_deal(t, other), tag=other_rule.tag_for(found.language))
            )
        else:
            notes.append(t("compliance.other_not_covered", deal=_deal(t, other)))
    footer = t("compliance.footer", version=rule.data_version)
    if not rule.covered:
        covered = [_deal(t, d) for d in DEAL_TYPES if by_deal[d].covered]
        status = (
            (t("compliance.field.status"), t("compliance.not_covered")),
            (t("compliance.field.why"), rule.text(rule.scope, t.locale)),
            (t("compliance.field.covered_deals"), "、".join(covered) if covered else "-"),
            (t("compliance.field.source"), _sources(t, rule)),
        )
        return Card(title=title, fields=status, body="\n".join(notes), footer=footer)
    tag = rule.tag_for(found.language)
    others = [x for x in rule.caption_tags if x.casefold() != tag.casefold()]
    wording = t("compliance.wording", tag=tag, others=", ".join(others) or "-")
    if not rule.tag_required:
        wording = t("compliance.wording_optional", tag=tag, others=", ".join(others) or "-")
    placement = [t(f"compliance.placement.{code}") for code in rule.placement]
    fields: list[tuple[str, str]] = [
        (
            t("compliance.field.requires"),
            f"{rule.text(rule.summary, t.locale)}\n{rule.text(rule.scope, t.locale)}",
        ),
        (t("compliance.field.wording"), wording),
        (
            t("compliance.field.placement"),
            "\n".join([*placement, t("compliance.quote", quote=rule.placement_quote)]),
        ),
        (t("compliance.field.not_enough"), rule.text(rule.avoid, t.locale)),
        (t("compliance.field.switch"), rule.text(rule.switch_detail, t.locale)),
    ]
    if rule.extra_labels:
        labels = "\n".join(f"« {x.label} »: {rule.text(x.when, t.locale)}" for x in rule.extra_labels)
        fields.append((t("compliance.field.extra_labels"), labels))
    fields.append((t("compliance.field.source"), _sources(t, rule)))
    return Card(title=title, fields=tuple(fields), body="\n".join(notes), footer=footer)


@dataclass(frozen=True, slots=True)
class RulesAsk(Args):
    country: str | None = None  # the market
    platform: str | None = None
    deal_type: str | None = None  # paid | affiliate | gifted


@dataclass(frozen=True, slots=True)
class CaptionAsk(Args):
    country: str | None = None
    platform: str | None = None
    text: str | None = None  # the caption, as pasted


@router.intent(
    "compliance",
    reads=("compliance",),
    args=RulesAsk,
    describe="which ad-disclosure wording a market, platform or deal type needs",
)
async def disclosure_rules(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(RulesAsk)
    handle = command.creators[0] if command.creators else None
    found = await subject.resolve(
        ctx.actor, handle, market=args.country, platform=args.platform, deal_type=args.deal_type
    )
    question = await _where(ctx, found, handle, "compliance")
    if question is not None:
        return question
    assert found.market is not None
    assert found.platform is not None
    by_deal = await rules.market_rules(found.market, found.platform)
    return rule_card(ctx.t, by_deal, found, handle)


@router.intent(
    "check_caption",
    reads=("caption",),
    pasted=True,
    args=CaptionAsk,
    describe="check a creator's caption or post text for ad disclosure",
)
async def caption_check(ctx: CommandContext, command: Command) -> Reply:
    args = command.arg(CaptionAsk)
    handle = command.creators[0] if command.creators else None
    if not args.text:
        return Text(ctx.t("caption.ask_text"))
    found = await subject.resolve(ctx.actor, handle, market=args.country, platform=args.platform)
    if found.market is None and handle:  # asked back with the caption, so nothing typed is lost
        try:
            listing = _markets(ctx.t, await rules.supported_markets())
        except RulesNotLoaded:
            return Text(ctx.t("compliance.not_loaded"))
        return Text(
            ctx.t("caption.ask_market_creator", handle=f"@{handle}", markets=listing, caption=args.text)
        )
    question = await _where(ctx, found, handle, "caption")
    if question is not None:
        return question
    assert found.market is not None
    assert found.platform is not None
    deal = found.deal_type or "paid"
    rule = await rules.find_rule(found.market, found.platform, deal)
    assert rule is not None
    where = ctx.t(
        "caption.where",
        market=_market(ctx.t, rule.market),
        platform=PLATFORM_NAMES[rule.platform],
        deal=_deal(ctx.t, deal),
    )
    if not rule.covered:
        return Text(ctx.t("caption.not_covered", where=where, why=rule.text(rule.scope, ctx.locale)))
    result = check_caption(rule, args.text, found.language)
    lines = [_finding(ctx.t, f.code, f.values) for f in result.findings if f.severity == "problem"]
    reminders = [_finding(ctx.t, f.code, f.values) for f in result.findings if f.severity == "reminder"]
    who = f"@{handle} · " if handle else ""
    title = ctx.t("caption.title_ok" if result.ok else "caption.title_problems", who=who, where=where)
    fields = [(ctx.t("caption.field.caption"), result.caption)]
    if result.changed:
        fields.append((ctx.t("caption.field.corrected"), result.corrected))
    note = creator_note(rule, found.language) if not result.ok else None
    if note is not None:
        fields.append((ctx.t("caption.field.note", language=_language(ctx.t, note[0])), note[1]))
    body = "\n".join(["❌ " + line for line in lines] + ["• " + line for line in reminders])
    footer_parts = [
        ctx.t("compliance.sources_short", url=rule.sources[0], checked=rule.checked_on.isoformat())
    ]
    if found.deal_type is None:
        footer_parts.insert(0, ctx.t("caption.deal_assumed", deal=_deal(ctx.t, deal)))
    return Card(title=title, fields=tuple(fields), body=body, footer=" · ".join(footer_parts))


def _finding(t: Catalog, code: str, values: dict[str, str]) -> str:
    if code == "extra_label":
        when = values["when_zh_CN"] if t.locale == "zh_CN" else values["when_en"]
        return t("caption.extra_label", label=values["label"], when=when)
    return t(f"caption.{code}", **values)


@router.intent(
    "write_brief",
    describe="write the brief for a creator",
)
async def brief(ctx: CommandContext, command: Command) -> Reply:
    if not command.creators:
        return Text(ctx.t("brief.ask_creator"))
    handle = command.creators[0]
    found = await subject.resolve(ctx.actor, handle)
    if found.market is None:
        try:
            listing = _markets(ctx.t, await rules.supported_markets())
        except RulesNotLoaded:
            return Text(ctx.t("compliance.not_loaded"))
        return Text(ctx.t("brief.ask_market_creator", handle=f"@{handle}", markets=listing))
    try:
        rule = await rules.find_rule(found.market, found.platform or "tiktok", found.deal_type or "paid")
    except RulesNotLoaded:
        return Text(ctx.t("compliance.not_loaded"))
    written = await write_brief(found, rule, ctx.translator, ctx.actor.workspace_id)
    notes: list[str] = []
    if written.placeholders:
        sections = "、".join(ctx.t(f"brief.section.{name}") for name in written.placeholders)
        notes.append(ctx.t("brief.placeholders", sections=sections))
    if written.fallback is not None:
        notes.append(
            ctx.t(f"brief.fallback.{written.fallback}", language=_language(ctx.t, written.wanted_language))
        )
    if rule is None or not rule.covered:
        notes.append(ctx.t("brief.disclosure_not_covered", market=_market(ctx.t, found.market)))
    elif found.deal_type is None:
        notes.append(ctx.t("compliance.deal_assumed", deal=_deal(ctx.t, "paid")))
    return Card(
        title=ctx.t(
            "brief.title",
            handle=f"@{found.creator.handle if found.creator else handle}",
            language=_language(ctx.t, written.language),
        ),
        body=written.text,
        fields=tuple((ctx.t("brief.field.note"), note) for note in notes),
        footer=ctx.t("brief.footer"),
    )


def _language(t: Catalog, code: str) -> str:
    try:
        return geo.language_name(code, t.locale)
    except ValueError:
        return code
