"""A creator's record by chat: edit_creator ("@amy 的邮箱改成 amy@new.com", "@amy 粉丝改成15万", "@amy 在德州
休斯顿"), delete_creator and restore_creator ("删除达人 @x" asks first; "恢复达人 @x"), merge_creators
("合并 @a 和 @b", "merge @a into @b": asks first). A price ("@amy 报价 $300") is the offer: set_offer
(handlers/deals.py) keeps it, so it is not a field here.

Confirmations are cards whose buttons say what to type ("确认删除 @x", "确认合并 @a 到 @b"): on WeCom,
where the buttons are a numbered list, typing the label does the same as pressing it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Self

from handlers import format as fmt
from handlers.command import Args, Command, Heard
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.creator import Creator
from workflows import creators as creator_flow
from workflows import geo
from workflows import records as record_flow

router = Router("records", help=("help.records.edit", "help.records.delete", "help.records.merge"), order=22)

# ---- reading the message -----------------------------------------------------------------------------

_NUM = r"(\d+(?:[.,]\d+)?)"
_SCALE = r"(百万|万|千|w|k|m)?"
_MULTIPLIER = {"": 1, "w": 10_000, "万": 10_000, "千": 1_000, "k": 1_000, "m": 1_000_000, "百万": 1_000_000}
_FOLLOWER_WORD = r"(?:粉丝数?|粉丝量|粉|followers?|follower count|fans|subscribers|subs)"
_FOLLOWERS = (
    re.compile(rf"{_FOLLOWER_WORD}[^\d]{{0,12}}?{_NUM}\s*{_SCALE}(?![a-z])", re.IGNORECASE),
    re.compile(rf"{_NUM}\s*{_SCALE}\s*{_FOLLOWER_WORD}", re.IGNORECASE),
)
_PHONE_WORD = r"(?:电话号码|电话|手机号码|手机号|手机|联系方式|whats\s*app|wa|phone|tel|mobile|cell|号码)"
_PHONE_AFTER_WORD = re.compile(rf"{_PHONE_WORD}[^+\d]{{0,14}}(\+?\d[\d\s\-().]{{5,24}}\d)", re.IGNORECASE)
_PHONE_PLUS = re.compile(r"(\+\d[\d\s\-().]{5,24}\d)")
_PLATFORM_WORD = re.compile(r"(?:平台|platform|账号在|account (?:is )?on|moved? to|换到|搬到)", re.IGNORECASE)
_CONFIRMED = re.compile(r"^\s*(?:确认|确定|confirm(?:ed)?|yes)", re.IGNORECASE)
_INTO = re.compile(r"(?:into|到|进|入|以|保留|keep)\s*@?([^\s@,，。、]+)", re.IGNORECASE)


def read_followers(text: str) -> int | None:
    for pattern in _FOLLOWERS:
        match = pattern.search(text)
        if match:
            number = Decimal(match.group(1).replace(",", ""))
            return int(number * _MULTIPLIER[(match.group(2) or "").lower()])
    return None


def read_phone(text: str) -> str | None:
    for pattern in (_PHONE_AFTER_WORD, _PHONE_PLUS):
        match = pattern.search(text)
        if match:
            phone = " ".join(match.group(1).split()).strip(" .")
            if 7 <= sum(ch.isdigit() for ch in phone) <= 15:
                return phone
    return None


@dataclass(frozen=True, slots=True)
class CreatorChange(Args):
    """What "@amy 的邮箱改成 amy@new.com" changes; None: not named."""

    email: str | None = None
    email_typo: str | None = None
    phone: str | None = None
    followers: int | None = None
    country: str | None = None
    region: str | None = None
    language: str | None = None
    platform: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = cls.shared(heard)
        typo = creator_flow.malformed_email(heard.text) if found.email is None else None
        platform = found.platform if _PLATFORM_WORD.search(heard.masked) else None
        return replace(
            found,
            email_typo=typo,
            phone=read_phone(heard.masked),
            followers=read_followers(heard.masked) or found.followers,
            platform=platform,
        )


@dataclass(frozen=True, slots=True)
class Confirmation(Args):
    """ "确认删除 @x": the typed form of the confirmation button."""

    confirmed: bool = False

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(confirmed=bool(_CONFIRMED.match(heard.text)))


@dataclass(frozen=True, slots=True)
class MergeAsk(Args):
    """ "merge @a into @b" / "把 @a 合并到 @b" / "合并 @a @b 保留 @b": `into` is the handle kept."""

    into: str | None = None
    confirmed: bool = False

    @classmethod
    def read(cls, heard: Heard) -> Self:
        match = _INTO.search(heard.text)
        into = creator_flow.handle_key(match.group(1)) if match else None
        return cls(into=into, confirmed=bool(_CONFIRMED.match(heard.text)))


# ---- edit ----------------------------------------------------------------------------------------------


@router.intent(
    "edit_creator",
    reads=("creator",),
    args=CreatorChange,
    writes=True,
    needs_creator=True,
    describe="change a creator's e-mail, phone/WhatsApp, followers, place (city → time zone), language or "
    "platform",
)
async def edit_creator(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(CreatorChange)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.edit_creator")))
    if args.email_typo and args.email is None:
        return Text(t("creator.email_looks_wrong", email=args.email_typo))
    edit = record_flow.CreatorEdit(
        email=args.email,
        phone=args.phone,
        followers=args.followers,
        country=args.country,
        region=args.region,
        language=args.language,
        platform=args.platform,
    )
    if edit.empty():
        return Text(
            t("records.edit.nothing", handle=f"@{command.creators[0]}", example=t("example.edit_creator"))
        )
    try:
        done = await record_flow.edit_creator(ctx.actor, command.creators[0], edit, ctx.clock)
    except record_flow.HandleTaken as taken:
        return Text(t("records.handle_taken", handle=f"@{taken.handle}", platform=taken.platform))
    handle = fmt.handle(done.creator)
    lines = [t("records.edited", handle=handle)] if done.after else []
    for name in record_flow.EDITABLE:
        if name in done.after:
            before = show_value(t, name, done.before[name])
            after = show_value(t, name, done.after[name])
            lines.append(t("records.edit.line", field=t(f"records.field.{name}"), before=before, after=after))
    for name in done.same:
        value = show_value(t, name, done.after.get(name, _current(done.creator, name)))
        lines.append(t("records.edit.same", field=t(f"records.field.{name}"), value=value))
    if done.needs_region and done.creator.country:
        country = geo.country_name(done.creator.country, t.locale)
        lines.append(t("records.ask_region", handle=handle, country=country))
    if done.after:
        lines.append(t("records.undo_hint"))
    return Text("\n".join(lines))


def _current(creator: Creator, name: str) -> Any:
    if name == "place":
        return {n: getattr(creator, n) for n in record_flow.PLACE_FIELDS}
    return str(creator.platform) if name == "platform" else getattr(creator, name)


def show_value(t: Catalog, name: str, value: Any) -> str:
    """A field's value as the reader reads it ("-" when empty)."""
    if value is None or value == "":
        return "-"
    if name == "followers":
        return fmt.followers(t, int(value))
    if name == "language":
        try:
            return geo.language_name(str(value), t.locale)
        except ValueError:
            return str(value)
    if name == "place":
        place = dict(value)
        if not place.get("country"):
            return "-"
        shown = fmt.place(t, Creator(country=place["country"], region_name=place.get("region_name")))
        zone = place.get("timezone")
        return f"{shown} ({zone})" if zone else shown
    return str(value)


# ---- delete and restore ----------------------------------------------------------------------------------


@router.intent(
    "delete_creator",
    args=Confirmation,
    writes=True,
    needs_creator=True,
    describe="delete a creator (asks first; can be restored)",
)
async def delete_creator(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.delete_creator")))
    handle = command.creators[0]
    if command.arg(Confirmation).confirmed:
        return Text(await _delete(ctx, handle))
    creator, pending = await record_flow.preview_delete(ctx.actor, handle)
    shown = fmt.handle(creator)
    body = [t("records.delete.body", handle=shown, stage=fmt.stage_name(t, creator.stage))]
    if pending:
        body.append(t("records.delete.pending", count=pending))
    return Card(
        title=t("records.delete.title", handle=shown),
        body="\n".join(body),
        buttons=(
            Button(
                t("records.delete.button", handle=shown),
                "creator.delete",
                {"creator": creator.handle},
                "danger",
            ),
            Button(t("records.keep_button"), "records.keep"),
        ),
    )


async def _delete(ctx: CommandContext, handle: str) -> str:
    t = ctx.t
    done = await record_flow.delete_creator(ctx.actor, handle, ctx.clock)
    shown = fmt.handle(done.creator)
    lines = [t("records.deleted", handle=shown)]
    if done.stopped.count():
        lines.append(t("records.deleted.cancelled", count=done.stopped.count()))
    lines.append(t("records.deleted.restore", handle=shown))
    return "\n".join(lines)


@router.action("creator.delete")
async def press_delete(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    answer = await _delete(ctx, value.get("creator", ""))
    first, _, rest = answer.partition("\n")
    return ActionResult(toast=first, card=Card(title=first, body=rest))


@router.action("records.keep")
async def press_keep(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    return ActionResult(toast=ctx.t("records.kept"))


@router.intent(
    "restore_creator",
    writes=True,
    needs_creator=True,
    describe="bring back a deleted creator",
)
async def restore_creator(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.restore_creator")))
    try:
        done = await record_flow.restore_creator(ctx.actor, command.creators[0], ctx.clock)
    except record_flow.NotDeleted as live:
        return Text(t("records.not_deleted", handle=f"@{live.handle}"))
    except record_flow.HandleTaken as taken:
        return Text(t("records.handle_taken", handle=f"@{taken.handle}", platform=taken.platform))
    for row in done.resumed:
        await ctx.scheduler.enqueue(row.id, row.version, row.due_at)
    lines = [t("records.restored", handle=fmt.handle(done.creator))]
    if done.resumed:
        lines.append(t("records.restored.resumed", count=len(done.resumed)))
    if done.expired:
        lines.append(t("records.restored.expired", count=done.expired))
    return Text("\n".join(lines))


# ---- merge -----------------------------------------------------------------------------------------------


@router.intent(
    "merge_creators",
    args=MergeAsk,
    writes=True,
    needs_creator=True,
    describe="merge two records of one creator (a duplicate) into one, keeping both histories",
)
async def merge_creators(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(MergeAsk)
    if len(command.creators) < 2:
        return Text(t("records.merge.need_two", example=t("example.merge_creators")))
    try:
        kept, other = await record_flow.preview_merge(ctx.actor, command.creators, args.into)
    except record_flow.SameCreator as same:
        return Text(t("records.merge.same", handle=f"@{same.handle}"))
    if args.confirmed:
        merged = await record_flow.merge_creators(ctx.actor, kept.handle, other.handle, ctx.clock)
        return Text(_merged_text(t, merged))
    return merge_card(t, kept, other)


def merge_card(t: Catalog, kept: Creator, other: Creator) -> Card:
    a, b = fmt.handle(other), fmt.handle(kept)
    return Card(
        title=t("records.merge.title", other=a, kept=b),
        fields=tuple((fmt.handle(c), _summary(t, c)) for c in (kept, other)),
        body=t("records.merge.body", other=a, kept=b),
        buttons=(
            Button(
                t("records.merge.button", other=a, kept=b),
                "creator.merge",
                {"keep": kept.handle, "other": other.handle},
                "danger",
            ),
            Button(
                t("records.merge.button", other=b, kept=a),
                "creator.merge",
                {"keep": other.handle, "other": kept.handle},
            ),
            Button(t("records.keep_button"), "records.keep"),
        ),
    )


def _summary(t: Catalog, creator: Creator) -> str:
    owner = creator.owner.display_name if creator.owner else "-"
    return t(
        "records.merge.summary",
        platform=str(creator.platform),
        stage=fmt.stage_name(t, creator.stage),
        owner=owner,
        place=fmt.place(t, creator),
    )


def _merged_text(t: Catalog, done: record_flow.Merged) -> str:
    kept, other = fmt.handle(done.kept), fmt.handle(done.other)
    lines = [t("records.merged", other=other, kept=kept)]
    moved = [
        t(f"records.moved.{table}", count=n)
        for table, n in sorted(done.moved.items())
        if f"records.moved.{table}" in t
    ]
    others = sum(n for table, n in done.moved.items() if f"records.moved.{table}" not in t)
    if others:
        moved.append(t("records.moved.other", count=others))
    lines.append(
        t("records.merged.moved", what=t("records.sep").join(moved)) if moved else t("records.merged.none")
    )
    if done.filled:
        names = t("records.sep").join(t(f"records.fill.{name}") for name in done.filled)
        lines.append(t("records.merged.filled", kept=kept, fields=names))
    lines.append(t("records.merged.undo", other=other))
    return "\n".join(lines)


@router.action("creator.merge")
async def press_merge(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    done = await record_flow.merge_creators(
        ctx.actor, value.get("keep", ""), value.get("other", ""), ctx.clock
    )
    answer = _merged_text(ctx.t, done)
    first, _, rest = answer.partition("\n")
    return ActionResult(toast=first, card=Card(title=first, body=rest))
