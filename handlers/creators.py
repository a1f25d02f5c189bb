"""add_creator, show_creator, list_creators."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Self

from handlers import format as fmt
from handlers.command import Args, Command, Heard
from handlers.replies import Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.enums import Stage
from workflows import campaigns, geo
from workflows import creators as creator_flow

router = Router("creators", help=("help.creators.add", "help.creators.show", "help.creators.list"), order=20)


@dataclass(frozen=True, slots=True)
class NewCreator(Args):
    platform: str | None = None
    country: str | None = None
    region: str | None = None
    language: str | None = None
    followers: int | None = None
    email: str | None = None
    email_typo: str | None = None  # something typed as an e-mail that is not one: said, never dropped

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = cls.shared(heard)
        typo = creator_flow.malformed_email(heard.text) if found.email is None else None
        return replace(found, email_typo=typo)


@dataclass(frozen=True, slots=True)
class CreatorFilter(Args):
    """ "列出美国已回复的达人", "导出小王的达人": which creators a list or an export is about."""

    stage: str | None = None
    stage_text: str | None = None  # a stage word we do not know, as typed
    owner: str | None = None
    country: str | None = None  # a place named in the message (never read as a teammate)

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = cls.shared(heard)
        if found.country:
            return found
        place = geo.scan_location(heard.masked)
        return replace(found, country=place.country if place else None)


@router.intent(
    "add_creator",
    reads=("creator",),
    args=NewCreator,
    writes=True,
    describe=(
        "put a new creator into the pipeline (handle, platform, country/city, followers, e-mail, language)"
    ),
)
async def add_creator(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(NewCreator)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.add_creator")))
    drafts = [
        creator_flow.CreatorDraft(
            handle=h,
            platform=args.platform,
            country=args.country,
            region=args.region,
            language=args.language,
            followers=args.followers,
            email=args.email,
        )
        for h in command.typed_handles or command.creators
    ]
    outcome = await creator_flow.add_creators(ctx.actor, drafts, ctx.clock)
    lines = [
        t("creator.added", handle=fmt.handle(c), place=fmt.place(t, c), platform=c.platform)
        for c in outcome.added
    ]
    lines += [t("creator.updated", handle=fmt.handle(c)) for c in outcome.updated]
    lines += [t("creator.exists", handle=fmt.handle(c), platform=c.platform) for c in outcome.existing]
    lines += [t("records.add_deleted", handle=fmt.handle(c)) for c in outcome.deleted]
    lines += [_ask_region(ctx, c.handle, c.country) for c in outcome.needs_region]
    if any(not c.country for c in outcome.added):
        lines.append(t("creator.ask_country", example=t("example.add_place")))
    if outcome.platform_defaulted and outcome.added:
        lines.append(t("creator.platform_defaulted", platform=creator_flow.DEFAULT_PLATFORM.value))
    if args.email_typo:
        lines.append(t("creator.email_looks_wrong", email=args.email_typo))  # said, never dropped silently
    return Text("\n".join(lines))


def _ask_region(ctx: CommandContext, handle: str, country: str | None) -> str:
    name = geo.country_name(country, ctx.t.locale) if country else "?"
    return ctx.t("creator.ask_region", handle=f"@{handle}", country=name)


@router.intent(
    "show_creator",
    describe="one creator's card, or a question about one creator (stage, followers, e-mail, owner)",
)
async def show_creator(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.show_creator")))
    # operators see their own (and unowned) creators' details: creator_profile checks (workflows/permissions)
    profile = await creator_flow.creator_profile(ctx.actor, command.creators[0])
    c = profile.creator
    fields: tuple[tuple[str, str], ...] = (
        (t("field.platform"), str(c.platform)),
        (t("field.stage"), fmt.stage_name(t, c.stage)),
        (t("field.owner"), c.owner.display_name if c.owner else "-"),
        (t("field.place"), fmt.place(t, c)),
        (t("field.local_time"), fmt.local_clock(t, c, ctx.clock.now())),
        (t("field.language"), geo.language_name(c.language, t.locale) if c.language else "-"),
        (t("field.followers"), fmt.followers(t, c.followers)),
        (t("field.email"), c.email or "-"),
        (t("field.phone"), c.phone or "-"),
    )
    if joined := await campaigns.creator_campaigns(ctx.actor, c.id):  # the campaigns the creator is in
        fields += ((t("field.campaigns"), t("summary.sep").join(joined)),)
    notes = [f"• {n.text}" for n in profile.notes]
    body = t("creator.notes", notes="\n".join(notes)) if notes else t("creator.no_notes")
    return Card(title=fmt.handle(c), fields=fields, body=body)


@router.intent(
    "list_creators",
    reads=("stage", "owner_filter"),
    args=CreatorFilter,
    describe="a list of creators, filtered or not (by stage, by owner, by country/platform)",
)
async def list_creators(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(CreatorFilter)
    if args.stage is None and args.stage_text:
        return Text(t("stage.unknown", given=args.stage_text, stages=fmt.all_stage_names(t)))
    stage = Stage(args.stage) if args.stage else None
    country = args.country  # "列出美国的达人": a place is a filter, never an owner
    found = await creator_flow.list_creators(ctx.actor, stage=stage, owner=args.owner, country=country)
    names = [geo.country_name(country, t.locale)] if country else []
    scope = "·".join([*names, fmt.stage_name(t, stage)] if stage else names)
    mine = args.owner == "me"
    others = [t("list.others", count=found.hidden)] if found.hidden else []
    if not found.creators:
        return Text("\n".join([_empty(t, scope, mine, found), *others]))
    lines = [fmt.creator_line(t, c) for c in found.creators]
    footer = t("list.more", shown=len(found.creators), total=found.total) if found.total > len(lines) else ""
    body = "\n".join([*lines, *others])
    return Card(title=_title(t, scope, mine, found), body=body, footer=footer)


def _title(t: Catalog, scope: str, mine: bool, found: creator_flow.CreatorList) -> str:
    """What the list is, by its filter: 全部达人 / 已回复的达人 / 小王的达人 / Lisa's creators: replied."""
    total = found.total
    if not mine and found.owner_name is None:
        return t("list.title.scope", scope=scope, total=total) if scope else t("list.title.all", total=total)
    whose = t("list.whose.me") if mine else t("list.whose.named", name=found.owner_name)
    if scope:
        return t("list.title.whose_scope", whose=whose, scope=scope, total=total)
    return t("list.title.whose", whose=whose, total=total)


def _empty(t: Catalog, scope: str, mine: bool, found: creator_flow.CreatorList) -> str:
    """Nothing to list: what found nothing (小王名下还没有达人), or, with no filter, how to add the first."""
    if mine or found.owner_name is not None:
        owner = t("list.me") if mine else found.owner_name
        if scope:
            return t("list.empty.whose_scope", owner=owner, scope=scope)
        return t("list.empty.whose", owner=owner)
    if scope:
        return t("list.empty.scope", scope=scope)
    if found.hidden:  # an operator with no creators of their own: there are some, only not theirs
        return t("list.empty.visible")
    return t("list.empty.none", example=t("example.add_creator"))
