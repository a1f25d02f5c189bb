"""TikTok Shop connector: "绑定 TikTok Shop" gives the authorization link, "TikTok Shop 状态" says how the
connected shops are (workflows/tiktok_shop.py; the callback that stores the tokens is bot/web's)."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Self

from handlers.clocks import wall
from handlers.command import Args, Command, Heard
from handlers.creators import show_creator
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.tiktok_shop import ConnectionStatus, OutreachSender
from workflows import tiktok_outreach, tiktok_shop
from workflows.delivery import DueItem
from workflows.tiktok_shop import ShopStatus
from workflows.translation.ports import TranslationError, Translator

router = Router("tiktok_shop", help=("help.tiktok_shop", "help.tiktok_sender"), order=82)

_MYSELF = re.compile(
    r"自己发|我(们)?(自己|来|亲自)发|手动发?|人工发|不要?(让)?机器人|别让机器人"
    r"|myself|ourselves|by hand|manual|we(')?ll send|I(')?ll send|don'?t let the bot|stop the bot",
    re.IGNORECASE,
)
_BOT = re.compile(r"机器人|代发|自动发|bot|automatic|auto[- ]?send", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SenderChoice(Args):
    sender: str | None = None  # "bot" / "myself"; None: the message named neither

    @classmethod
    def read(cls, heard: Heard) -> Self:
        if _MYSELF.search(heard.text):
            return cls(OutreachSender.MYSELF.value)
        if _BOT.search(heard.text):
            return cls(OutreachSender.BOT.value)
        return cls()


SCOPE_KEYS = {
    "seller.creator_marketplace.read": "tiktok.scope.marketplace",
    "seller.affiliate_collaboration.read": "tiktok.scope.collab_read",
    "seller.affiliate_collaboration.write": "tiktok.scope.collab_write",
    "seller.affiliate_messages.write": "tiktok.scope.messages",
}


@router.intent(
    "tiktok_connect",
    describe="connect (authorise, bind) a TikTok Shop seller account to the bot: get the authorization link",
)
async def tiktok_connect(ctx: CommandContext, command: Command) -> Reply:
    try:
        link = await tiktok_shop.connect_link(ctx.actor, ctx.chat_id, ctx.tiktok, ctx.clock.now())
    except tiktok_shop.NotConfigured:
        return Text(ctx.t("tiktok.not_configured"))
    return Card(
        title=ctx.t("tiktok.connect_title"),
        body=ctx.t("tiktok.connect_body", link=link),
        footer=ctx.t("tiktok.connect_footer"),
    )


@router.intent(
    "tiktok_sender",
    args=SenderChoice,
    writes=True,
    describe="choose who sends outreach to TikTok creators: the bot through TikTok Shop, or ourselves",
)
async def tiktok_sender(ctx: CommandContext, command: Command) -> Reply:
    choice = command.arg(SenderChoice).sender
    if choice is None:
        return Text(ctx.t("tiktok.sender.which"))
    sender = OutreachSender(choice)
    await tiktok_outreach.set_sender(ctx.actor, sender)
    shops, _ = await tiktok_shop.status(ctx.actor)
    lines = [ctx.t(f"tiktok.sender.set.{sender.value}")]
    if sender == OutreachSender.BOT and not any(s.status == ConnectionStatus.ACTIVE for s in shops):
        lines.append(ctx.t("tiktok.sender.no_shop"))
    return Text("\n".join(lines))


@router.intent(
    "tiktok_status",
    describe="show the connected TikTok Shops: scopes, token expiry, last sync, problems",
)
async def tiktok_status(ctx: CommandContext, command: Command) -> Reply:
    shops, sender = await tiktok_shop.status(ctx.actor)
    if not shops:
        key = "tiktok.none" if ctx.tiktok is not None else "tiktok.not_configured"
        return Text(ctx.t(key))
    body = "\n\n".join(_shop_lines(ctx, shop) for shop in shops)
    return Card(
        title=ctx.t("tiktok.status_title", count=len(shops)),
        body=body,
        footer=ctx.t(f"tiktok.sender.{sender.value}"),
    )


def _shop_lines(ctx: CommandContext, shop: ShopStatus) -> str:
    t, zone = ctx.t, ctx.team_timezone
    now = ctx.clock.now()
    lines = [
        t(
            "tiktok.status_shop",
            shop=shop.shop,
            region=shop.region or "-",
            state=t(f"tiktok.state.{shop.status}"),
        )
    ]
    granted = [t(SCOPE_KEYS[s]) for s in SCOPE_KEYS if s in shop.scopes]
    lines.append(t("tiktok.status_scopes", scopes=t("tiktok.sep").join(granted) or "-"))
    if shop.missing:
        missing = t("tiktok.sep").join(t(SCOPE_KEYS[s]) for s in shop.missing)
        lines.append(t("tiktok.status_missing", scopes=missing))
    if shop.status == ConnectionStatus.ACTIVE:
        expiry = "tiktok.status_expired" if shop.refresh_expires_at <= now else "tiktok.status_token"
        lines.append(
            t(expiry, at=wall(t, shop.access_expires_at, zone), renew=wall(t, shop.refresh_expires_at, zone))
        )
    synced = wall(t, shop.last_sync_at, zone) if shop.last_sync_at else t("tiktok.never")
    lines.append(t("tiktok.status_sync", at=synced))
    if shop.last_error:
        when = wall(t, shop.last_error_at, zone) if shop.last_error_at else "-"
        lines.append(t("tiktok.status_error", error=t(f"tiktok.error.{shop.last_error}"), at=when))
    return "\n".join(lines)


# ---- a creator's reply, posted into the team chat (workflows/tiktok_replies.py) ---------------------


async def render_tiktok_reply(t: Catalog, item: DueItem, translator: Translator | None) -> Card:
    """The creator's words as they wrote them, in the team's language when a model is configured, with
    起草回复 / 看看达人."""
    handle = f"@{item.creator_handle}"
    lines = [t("tiktok.reply.original", text=item.text)]
    if translator is not None:
        try:
            translated = await translator.translate(
                item.workspace_id, item.text, reader="en" if t.locale == "en" else "zh"
            )
        except TranslationError:
            lines.append(t("tiktok.reply.untranslated"))
        else:
            if translated.text.strip() != item.text.strip():
                lines.append(t("tiktok.reply.translated", text=translated.text))
    value = {"creator": item.creator_handle or ""}
    return Card(
        title=t("tiktok.reply.title", handle=handle),
        body="\n".join(lines),
        footer=t("tiktok.reply.footer"),
        buttons=(
            Button(t("tiktok.reply.draft_button"), "tiktok.reply_draft", value, "primary"),
            Button(t("tiktok.reply.creator_button"), "tiktok.reply_creator", value),
        ),
    )


@router.action("tiktok.reply_draft")
async def reply_draft(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """Drafting needs what the team wants to say: the hint names the command that drafts it."""
    handle = f"@{value.get('creator', '')}"
    return ActionResult(toast=ctx.t("tiktok.reply.draft_hint", handle=handle))


@router.action("tiktok.reply_creator")
async def reply_creator(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    handle = value.get("creator", "").casefold()
    card = await show_creator(ctx, Command("show_creator", creators=(handle,) if handle else ()))
    return ActionResult(toast=f"@{handle}", card=card if isinstance(card, Card) else None)
