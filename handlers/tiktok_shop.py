"""TikTok Shop connector: "绑定 TikTok Shop" gives the authorization link, "TikTok Shop 状态" says how the
connected shops are (workflows/tiktok_shop.py; the callback that stores the tokens is bot/web's)."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Self

from handlers import format as fmt
from handlers.clocks import wall
from handlers.command import Args, Command, Heard
from handlers.creators import show_creator
from handlers.replies import ActionResult, Button, Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.tiktok_shop import ConnectionStatus, OutreachSender
from workflows import geo, tiktok_invites, tiktok_orders, tiktok_outreach, tiktok_search, tiktok_shop
from workflows.delivery import DueItem
from workflows.tiktok_shop import ShopStatus
from workflows.translation.ports import TranslationError, Translator

router = Router(
    "tiktok_shop",
    help=(
        "help.tiktok_shop",
        "help.tiktok_sender",
        "help.tiktok_find",
        "help.tiktok_invite",
        "help.tiktok_creator_id",
        "help.tiktok_orders",
    ),
    order=82,
)

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
    if shop.orders_synced_at is not None:
        lines.append(
            t(
                "tiktok.status_orders",
                at=wall(t, shop.orders_synced_at, zone),
                read=shop.orders_read,
                created=shop.orders_created,
                updated=shop.orders_updated,
            )
        )
    elif shop.orders_scope:
        lines.append(t("tiktok.status_orders_never"))
    if shop.last_error:
        when = wall(t, shop.last_error_at, zone) if shop.last_error_at else "-"
        lines.append(t("tiktok.status_error", error=t(f"tiktok.error.{shop.last_error}"), at=when))
    return "\n".join(lines)


# ---- affiliate orders, synced into the results tables ("同步订单") ----------------------------------


@router.intent(
    "tiktok_sync_orders",
    writes=True,
    describe="sync (pull, fetch) the affiliate orders from the connected TikTok Shop now, into the results",
)
async def tiktok_sync_orders(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if ctx.tiktok is None or ctx.tiktok.orders is None:
        return Text(t("tiktok.not_configured"))
    try:
        synced = await tiktok_orders.sync_now(
            ctx.actor, ctx.tiktok.orders, ctx.clock, team_timezone=ctx.team_timezone, locale=t.locale
        )
    except tiktok_orders.NothingToSync as error:
        return Text(t("tiktok.orders.no_scope" if error.missing_scope else "tiktok.none"))
    lines = []
    for shop in synced:
        if shop.busy:
            lines.append(t("tiktok.orders.busy", shop=shop.shop))
            continue
        if shop.error:
            lines.append(t("tiktok.orders.failed", shop=shop.shop, error=t(f"tiktok.error.{shop.error}")))
        lines.append(
            t(
                "tiktok.orders.line",
                shop=shop.shop,
                read=shop.read,
                created=shop.created,
                updated=shop.updated,
            )
        )
        if shop.unknown:
            shown = t("tiktok.sep").join(f"@{h}" for h in shop.unknown[:10])
            more = len(shop.unknown) - 10
            lines.append(t("tiktok.orders.unknown", handles=shown + (f" +{more}" if more > 0 else "")))
    # the orders import's "add these creators" (handlers/results.py): every stored line's unknown handle
    add = Button(t("orders.button.add_creators"), "orders.add_creators", {}, style="primary")
    return Card(
        title=t("tiktok.orders.title"),
        body="\n".join(lines),
        footer=t("tiktok.orders.footer"),
        buttons=(add,) if any(s.unknown for s in synced) else (),
    )


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


# ---- the creator marketplace ("找美国美妆达人 粉丝1-10万") ---------------------------------------------


@dataclass(frozen=True, slots=True)
class MarketSearch(Args):
    keyword: str = ""
    category: str = ""
    followers_min: int | None = None
    followers_max: int | None = None
    gmv_min: int | None = None
    market: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = tiktok_search.read_search(heard.text)
        return cls(
            found.keyword,
            found.category,
            found.followers_min,
            found.followers_max,
            found.gmv_min,
            found.market,
        )

    def search(self) -> tiktok_search.Search:
        return tiktok_search.Search(
            self.keyword, self.category, self.followers_min, self.followers_max, self.gmv_min, self.market
        )


@router.intent(
    "tiktok_find_creators",
    args=MarketSearch,
    describe="search the TikTok Shop creator marketplace for new creators: market, category, followers, GMV",
)
async def tiktok_find_creators(ctx: CommandContext, command: Command) -> Reply:
    t, ask = ctx.t, command.arg(MarketSearch)
    if ctx.tiktok is None or ctx.tiktok.marketplace is None:
        return Text(t("tiktok.not_configured"))
    try:
        page = await ctx.tiktok.marketplace.search(ctx.actor.workspace_id, ask.search())
    except tiktok_shop.NoShop:
        return Text(t("tiktok.none"))
    except tiktok_search.MarketplaceUnavailable as error:
        return Text(t("tiktok.find.failed", reason=t(f"tiktok.error.{error.reason}")))
    return render_found(ctx, ask, page)


def _filters(ctx: CommandContext, ask: MarketSearch, page: tiktok_search.Page) -> str:
    t = ctx.t
    parts = [t("tiktok.find.market", market=geo.country_name(page.region, t.locale) if page.region else "-")]
    if ask.keyword:
        parts.append(t("tiktok.find.keyword", keyword=ask.keyword))
    if ask.followers_min is not None or ask.followers_max is not None:
        low = fmt.followers(t, ask.followers_min) if ask.followers_min is not None else "0"
        high = fmt.followers(t, ask.followers_max) if ask.followers_max is not None else "∞"
        parts.append(t("tiktok.find.followers", low=low, high=high))
    if ask.gmv_min is not None:
        parts.append(t("tiktok.find.gmv", low=ask.gmv_min))
    return t("tiktok.sep").join(parts)


def render_found(ctx: CommandContext, ask: MarketSearch, page: tiktok_search.Page, number: int = 1) -> Card:
    """The card of one marketplace page (`number` counts from 1), with 下一页 when TikTok has more."""
    t = ctx.t
    if not page.creators:
        return Card(
            title=t("tiktok.find.title", shop=page.shop_name),
            body=t("tiktok.find.none"),
            footer=_filters(ctx, ask, page),
        )
    lines, buttons = [], []
    for found in page.creators:
        lines.append(
            t(
                "tiktok.find.line",
                handle=f"@{found.username}",
                name=found.nickname or "-",
                followers=fmt.followers(t, found.followers),
                gmv=found.gmv or "-",
                views=fmt.followers(t, found.avg_views),
            )
        )
        value = {
            "open_id": found.open_id,
            "username": found.username,
            "region": found.region,
            "followers": str(found.followers or ""),
            "shop": str(page.shop_connection_id),
        }
        buttons.append(
            Button(t("tiktok.find.add_button", handle=f"@{found.username}"), "tiktok.add_found", value)
        )
    footer = _filters(ctx, ask, page)
    if ask.category:
        footer += "\n" + t("tiktok.find.keyword_note", category=ask.category, keyword=ask.keyword)
    if number > 1:
        footer += "\n" + t("tiktok.find.page", number=number)
    if page.next_page_token:
        buttons.append(
            Button(
                t("tiktok.find.next_button"), "tiktok.find_next", _next_value(ask, page, number), "primary"
            )
        )
    return Card(
        title=t("tiktok.find.title", shop=page.shop_name),
        body="\n".join(lines),
        buttons=tuple(buttons),
        footer=footer,
    )


def _next_value(ask: MarketSearch, page: tiktok_search.Page, number: int) -> dict[str, str]:
    """The next page's button carries the search itself and TikTok's page token (cards keep no state)."""

    def opt(value: int | None) -> str:
        return "" if value is None else str(value)

    return {
        "keyword": ask.keyword,
        "category": ask.category,
        "fmin": opt(ask.followers_min),
        "fmax": opt(ask.followers_max),
        "gmv": opt(ask.gmv_min),
        "market": ask.market or "",
        "token": page.next_page_token,
        "page": str(number + 1),
    }


@router.action("tiktok.find_next", typed=False)
async def find_next(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """下一页: the same search, the page after the one shown."""
    t = ctx.t
    if ctx.tiktok is None or ctx.tiktok.marketplace is None:
        return ActionResult(toast=t("tiktok.not_configured"))

    def number(name: str) -> int | None:
        raw = value.get(name, "")
        return int(raw) if raw.isdigit() else None

    ask = MarketSearch(
        value.get("keyword", ""),
        value.get("category", ""),
        number("fmin"),
        number("fmax"),
        number("gmv"),
        value.get("market") or None,
    )
    token = value.get("token", "")
    if not token:
        return ActionResult(toast=t("tiktok.find.last_page"))
    try:
        page = await ctx.tiktok.marketplace.search(ctx.actor.workspace_id, ask.search(), token)
    except tiktok_shop.NoShop:
        return ActionResult(toast=t("tiktok.none"))
    except tiktok_search.MarketplaceUnavailable as error:
        return ActionResult(toast=t("tiktok.find.failed", reason=t(f"tiktok.error.{error.reason}")))
    shown = number("page") or 2
    return ActionResult(toast=t("tiktok.find.page", number=shown), card=render_found(ctx, ask, page, shown))


@router.action("tiktok.add_found", typed=False)
async def add_found(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    """添加到达人库: the creator joins the pipeline with their creator id kept for messaging."""
    followers = value.get("followers", "")
    found = tiktok_search.Found(
        open_id=value.get("open_id", ""),
        username=value.get("username", ""),
        region=value.get("region", ""),
        followers=int(followers) if followers.isdigit() else None,
    )
    if not found.open_id or not found.username:
        return ActionResult(toast=ctx.t("error.generic"))
    shop = value.get("shop", "")
    outcome = await tiktok_search.add_found(
        ctx.actor, found, int(shop) if shop.isdigit() else None, ctx.clock
    )
    handle = f"@{found.username}"
    key = "tiktok.find.added" if outcome.added else "tiktok.find.linked"
    return ActionResult(toast=ctx.t(key, handle=handle))


# ---- an approved reply draft, sent back through the conversation ----------------------------------


async def send_draft_button(ctx: CommandContext, draft_id: int) -> tuple[Button, ...]:
    """「通过 TikTok 发送」 under a reply draft, when its creator can be written to through a shop."""
    from models.translation import ReplyDraft

    row = await ReplyDraft.get_or_none(id=draft_id, workspace_id=ctx.actor.workspace_id)
    if ctx.tiktok is None or ctx.tiktok.messenger is None or row is None or len(row.handles) != 1:
        return ()
    if not await tiktok_outreach.reachable(ctx.actor, row.creator_id):  # type: ignore[attr-defined]
        return ()
    return (
        Button(ctx.t("tiktok.draft.send_button"), "tiktok.send_draft", {"draft": str(draft_id)}, "primary"),
    )


@router.action("tiktok.send_draft")
async def send_draft(ctx: CommandContext, value: Mapping[str, str]) -> ActionResult:
    t = ctx.t
    if ctx.tiktok is None or ctx.tiktok.messenger is None:
        return ActionResult(toast=t("tiktok.not_configured"))
    try:
        done = await tiktok_outreach.send_draft(
            ctx.actor, value.get("draft", ""), ctx.tiktok.messenger, ctx.clock
        )
    except tiktok_outreach.Busy:
        return ActionResult(toast=t("tiktok.draft.busy"))
    handle = f"@{done.handle}"
    if done.fallback is not None:
        return ActionResult(toast=t(f"tiktok.touch.fallback.{done.fallback.value}"))
    key = "tiktok.draft.sent_before" if done.before else "tiktok.draft.sent"
    card = Card(title=t(key, handle=handle), body=done.text)
    return ActionResult(toast=t(key, handle=handle), card=card)


# ---- target collaboration invites ("给 @amy 发定向邀约 佣金15% 商品 1729…") ------------------------------

_PERCENT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|％|个点|percent|pct)|(?:佣金|commission|rate|分佣|抽成)\D{0,6}?(\d+(?:\.\d+)?)(?!\d)",
    re.IGNORECASE,
)
_PERCENT_CN = re.compile(r"百分之\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(word: str) -> str | None:
    """ "十五" → "15", "二十" → "20", "二十五" → "25" (up to 99; digits pass through)."""
    if word[0].isdigit():
        return word
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return str(_CN_DIGITS[word]) if len(word) == 1 else None
    value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return str(value)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NO_SAMPLE = re.compile(
    r"不(寄|送|给|提供)样|无样品|没有样品|不带样|no (free )?samples?|without (a )?samples?", re.IGNORECASE
)
_SAMPLE = re.compile(
    r"寄样|送样|免费样|样品|free samples?|with (a )?samples?|samples? included", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class InviteArgs(Args):
    """What "给 @amy 发定向邀约 佣金15% 商品 1729…" offers: the commission percent as typed, the product
    ids (long numbers), a contact e-mail for the seller when one is typed, and whether samples are free."""

    commission: str | None = None
    product_ids: tuple[str, ...] = ()
    contact: str | None = None
    free_sample: bool = False

    @classmethod
    def read(cls, heard: Heard) -> Self:
        text = heard.text
        found = _PERCENT.search(heard.masked) or _PERCENT_CN.search(heard.masked)
        typed = next((g for g in found.groups() if g), None) if found else None
        commission = _cn_number(typed) if typed else None
        products = tiktok_invites.product_ids(heard.masked)
        email = _EMAIL.search(text)
        sample = bool(_SAMPLE.search(text)) and not _NO_SAMPLE.search(text)
        return cls(commission, products, email.group() if email else None, sample)


@router.intent(
    "tiktok_invite",
    args=InviteArgs,
    writes=True,
    needs_creator=True,
    describe="send a TikTok creator a target collaboration invite (定向邀约) through the shop: commission "
    "percent and product ids",
)
async def tiktok_invite(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(InviteArgs)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.tiktok_invite")))
    if ctx.tiktok is None or ctx.tiktok.inviter is None:
        return Text(t("tiktok.not_configured"))
    ask = tiktok_invites.InviteAsk(
        command.creators[0], args.commission, args.product_ids, args.contact, args.free_sample
    )
    done = await tiktok_invites.invite(
        ctx.actor, ask, ctx.tiktok.inviter, ctx.clock, ctx.team_timezone, t.locale
    )
    handle = f"@{done.handle}"
    products = t("tiktok.sep").join(done.products)
    if done.before and done.failure is None:
        return Text(t("tiktok.invite.exists", handle=handle, id=done.collaboration_id, products=products))
    if done.failure is not None:
        return Text(
            t(
                f"tiktok.invite.fail.{done.failure.value}",
                handle=handle,
                percent=done.commission,
                min=tiktok_invites.percent_text(tiktok_invites.MIN_COMMISSION_BP),
                max=tiktok_invites.MAX_PRODUCTS,
                limit=done.limit or 0,
                example=t("example.tiktok_invite"),
            )
        )
    lines = [t("tiktok.invite.products", products=products), t("tiktok.invite.recorded", handle=handle)]
    if args.free_sample:
        lines.append(t("tiktok.invite.free_sample"))
    if done.week is not None:
        lines.append(
            t("tiktok.invite.quota", used=done.week.used, limit=done.week.limit, left=done.week.left)
        )
    return Card(
        title=t("tiktok.invite.sent", handle=handle, percent=done.commission, id=done.collaboration_id),
        body="\n".join(lines),
        footer=t("tiktok.invite.footer", days=tiktok_invites.INVITE_DAYS),
    )


# ---- a creator's id typed by hand ("@amy 的达人ID是 7234…") -----------------------------------------

_CREATOR_ID = re.compile(
    r"(?:达人\s*id|达人号|达人编号|creator\s*(?:open\s*)?id|creator_open_id|open\s*id|tiktok\s*id|tt\s*id|\bid\b)"
    r"\s*(?:是|为|=|:|：|is|改成|改为|换成|设为|设置为|填|写)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9_\-]{5,127})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CreatorIdArgs(Args):
    open_id: str | None = None

    @classmethod
    def read(cls, heard: Heard) -> Self:
        found = _CREATOR_ID.search(heard.text)
        return cls(found.group(1) if found else None)


@router.intent(
    "tiktok_creator_id",
    args=CreatorIdArgs,
    writes=True,
    needs_creator=True,
    describe="set a creator's TikTok Shop creator id (creator open id) by hand, so the bot can message "
    "and invite them",
)
async def tiktok_creator_id(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(CreatorIdArgs)
    if not command.creators:
        return Text(t("error.need_creator", example=t("example.tiktok_creator_id")))
    if args.open_id is None:
        return Text(t("tiktok.creator_id.missing", example=t("example.tiktok_creator_id")))
    try:
        done = await tiktok_outreach.set_creator_id(ctx.actor, command.creators[0], args.open_id, ctx.clock)
    except tiktok_shop.NoShop:
        return Text(t("tiktok.none"))
    except tiktok_outreach.NotTikTok as error:
        return Text(t("tiktok.creator_id.not_tiktok", handle=f"@{error.handle}"))
    key = "tiktok.creator_id.changed" if done.before else "tiktok.creator_id.set"
    return Text(t(key, handle=f"@{done.handle}", id=args.open_id, shop=done.shop, before=done.before))
