"""The team's brand, its campaigns and their products, and which creators are in which campaign — set in chat
("品牌是 GlowLab", "新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9", "@amy 加入黑五美妆") and read by the first
outreach message (`pitch_for`), the creator card and the summaries' campaign filter (`find_campaign`).

Who may: the brand, a campaign and its products are the team's settings — managers and admins
(`permissions.can_manage_campaigns`). Putting a creator into a campaign is a change to that creator — anyone
who may change the creator (`permissions.CHANGE`: an operator their own and unowned creators).

A creator in a campaign is a Collaboration with that campaign (models/campaign.py): the creator's deal
without a campaign (made by an offer or a sample type before) is moved into the campaign, so its offer and
dates stay the creator's current deal; otherwise a new collaboration is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from models.campaign import Campaign, CampaignProduct, Collaboration
from models.payment import Payment
from models.tenancy import Workspace
from models.tiktok_shop import Deadline
from workflows import audit, permissions, roles
from workflows.creators import find_creators
from workflows.errors import WorkflowError
from workflows.ports import Clock
from workflows.tenancy import Actor, name_key

MAX_BRAND = 100
MAX_NAME = 100
MAX_PRODUCTS = 20  # per message
LIST_LIMIT = 30


# ---- errors ---------------------------------------------------------------------------------------------


@dataclass
class NoCampaignName(WorkflowError):
    """ "新建活动" without a name."""


@dataclass
class CampaignExists(WorkflowError):
    name: str


@dataclass
class CampaignNotFound(WorkflowError):
    """The campaign named is not one of the workspace's; `known`: the newest few it has."""

    name: str
    known: list[str]


@dataclass
class NoProducts(WorkflowError):
    """ "黑五美妆 加商品" with nothing readable after it."""

    campaign: str


# ---- reading what was typed (pure text; the handlers' argument types call these) --------------------------


@dataclass(frozen=True, slots=True)
class ProductSpec:
    name: str
    sku: str = ""
    price: str | None = None  # a decimal as typed ("29.9"); stored as Decimal
    currency: str | None = None
    link: str = ""


_QUESTION = re.compile(r"[?？]|什么|啥|哪个|多少|是谁|\bwhat\b|\bwhich\b", re.IGNORECASE)
_BRAND = re.compile(
    r"(?:品牌(?:名称|名字|名)?|\bbrand(?:\s*name)?)\s*"
    r"(?:(?:是|为|叫做?|改成|改为|改叫|换成|设为|设置为|设成|定为|更新为|=|\bis\b|\bto\b|\bshould be\b|"
    r"\bwill be\b|\bchanged to\b|\bnow\b)\s*)*[:：]?\s*(.+)$",
    re.IGNORECASE,
)
_QUOTES = "「」『』“”\"'‘’《》【】[]()（）"
_TRAIL = re.compile(r"[\s。.!！~～,，;；]+$|(?<=[^\sA-Za-z])(?:吧|啊|哈|呀|哦|啦)+$")


def read_brand(text: str) -> str | None:
    """ "品牌是 GlowLab" / "our brand is GlowLab" / "品牌改成「光研」" → the name; None when none is given (or
    the message asks what it is)."""
    match = _BRAND.search(text)
    if match is None:
        return None
    name = _TRAIL.sub("", match.group(1).strip()).strip().strip(_QUOTES).strip()
    name = _TRAIL.sub("", name).strip()
    if not name or _QUESTION.search(name) or len(name) > MAX_BRAND:
        return None
    return name


_CREATE = re.compile(
    r"^.*?(?:新建|新增|创建|建立|建|开|加|添加|搞|弄|设置|设)(?:一个|个|一下|一场|场)?\s*(?:新的?)?\s*(?:活动|campaign|项目)"
    r"|^.*?\b(?:new|create|add|set\s*up|start|open)\s+(?:a\s+)?(?:new\s+)?campaign\b"
    r"|^.*?新活动",
    re.IGNORECASE,
)
_NAMED = re.compile(r"^\s*(?:[:：,，]|叫做?|名为|名字叫|名称|called|named|name)\s*", re.IGNORECASE)
_PRODUCT_WORD = re.compile(
    r"(?:主推|推的是?|卖的是?)?(?:商品|产品|货品|单品)(?:是|有|为)?\s*[:：]?|主推\s*[:：]?"
    r"|\bproducts?\b\s*(?:is|are)?\s*[:：]?"
    r"|\bitems?\b\s*[:：]?|\bsku\b(?=\s*[:：]?\s*[A-Za-z0-9])",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[;；、\n]|[,，](?!\d{3}(?!\d))|\s+\+\s+|\s+and\s+|和|以及|还有")
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)
_SKU = re.compile(
    r"(?<![A-Za-z0-9])(?:sku\s*[:：#-]?\s*([A-Za-z0-9][A-Za-z0-9_-]*)|([A-Za-z]{1,6}[-_]?\d{2,}[A-Za-z0-9_-]*))",
    re.IGNORECASE,
)
_SYMBOL = {"$": "USD", "＄": "USD", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP"}
_WORD_CURRENCY = {
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "usd": "USD",
    "元": "CNY",
    "块": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "人民币": "CNY",
    "欧": "EUR",
    "欧元": "EUR",
    "eur": "EUR",
    "英镑": "GBP",
    "gbp": "GBP",
}
_PRICE = re.compile(
    r"(?:售价|价格|定价|价|price|@)?\s*(?:([$＄¥￥€£])\s*(\d+(?:\.\d{1,2})?)|(\d+(?:\.\d{1,2})?)\s*"
    r"(美元|美金|刀|usd|元|块|rmb|cny|人民币|欧元|欧|eur|英镑|gbp)(?![A-Za-z]))",
    re.IGNORECASE,
)
_NOISE = re.compile(r"售价|价格|定价|链接|link|price|\bsku\b|[:：#]", re.IGNORECASE)


def read_product(piece: str) -> ProductSpec | None:
    """One product as typed: "SKU123 玫瑰精华 $29.9", "Rose Serum (SKU-123)", "面霜 19.9美元 https://…"."""
    text = piece
    link = ""
    if match := _LINK.search(text):
        link = match.group(0).rstrip(")）,，。")
        text = text[: match.start()] + " " + text[match.end() :]
    price: str | None = None
    currency: str | None = None
    if match := _PRICE.search(text):
        symbol, amount1, amount2, word = match.groups()
        price = amount1 or amount2
        currency = _SYMBOL.get(symbol or "") or _WORD_CURRENCY.get((word or "").casefold())
        text = text[: match.start()] + " " + text[match.end() :]
    sku = ""
    if match := _SKU.search(text):
        whole = match.group(0).strip()
        if match.group(2):
            sku = match.group(2)
        elif re.match(r"sku[-_]?[A-Za-z0-9]", whole, re.IGNORECASE):
            sku = whole  # "SKU123", "SKU-123" kept as typed
        else:
            sku = match.group(1)  # "SKU: 123"
        text = text[: match.start()] + " " + text[match.end() :]
    name = _NOISE.sub(" ", text)
    name = " ".join(name.split()).strip(_QUOTES + " ,，.。-—:：").strip()
    name = re.sub(r"\(\s*\)|（\s*）", "", name).strip()
    if not name and not sku:
        return None
    return ProductSpec(
        name=(name or sku)[:200], sku=sku[:64], price=price, currency=currency, link=link[:500]
    )


def read_products(text: str) -> list[ProductSpec]:
    """Every product in `text` (after the word 商品 / product, or all of it), split at ；、, and "和"."""
    products: list[ProductSpec] = []
    for piece in _SPLIT.split(text):
        if piece and piece.strip() and (spec := read_product(piece)) is not None:
            products.append(spec)
    return products[:MAX_PRODUCTS]


def read_new_campaign(text: str) -> tuple[str | None, list[ProductSpec]]:
    """ "新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9" → ("黑五美妆", [玫瑰精华]); "new campaign Black Friday
    Beauty, product Rose Serum (SKU-123)" → ("Black Friday Beauty", [Rose Serum])."""
    match = _CREATE.search(text)
    rest = text[match.end() :] if match else text
    rest = _NAMED.sub("", rest, count=1)
    word = _PRODUCT_WORD.search(rest)
    name_part, products_part = (rest[: word.start()], rest[word.end() :]) if word else (rest, "")
    name_part, *after = re.split(r"[,，;；。\n]", name_part, maxsplit=1)
    if not word and after and (_SKU.search(after[0]) or _PRICE.search(after[0])):
        products_part = after[0]  # "新建活动 黑五美妆，玫瑰精华 SKU123 $29.9"
    name = _clean_name(name_part)
    return name, read_products(products_part)


_ADD_PRODUCT = re.compile(
    r"(?:再|又)?(?:加|添加|新增|增加|补充|补|上|放|加上)(?:一?个|几个|些|一下)?\s*(?:新)?(?:商品|产品|单品|sku|货)"
    r"|\badd(?:ing)?\s+(?:a\s+|another\s+|new\s+|the\s+)*(?:products?|items?|skus?)\b",
    re.IGNORECASE,
)
_TO_CAMPAIGN = re.compile(r"\s+(?:to|in|into|for|on)\s+(?:the\s+)?(?:campaign\s+)?(.+)$", re.IGNORECASE)


def read_add_product(text: str) -> tuple[str | None, list[ProductSpec]]:
    """ "黑五美妆 加商品 SKU456 面霜 $19.9" → ("黑五美妆", [面霜]); "add product Night Cream SKU-456 to Black
    Friday Beauty" → ("Black Friday Beauty", [Night Cream])."""
    match = _ADD_PRODUCT.search(text)
    if match is None:
        return _clean_name(text), []
    before, after = text[: match.start()], text[match.end() :]
    after = re.sub(r"^\s*[:：]\s*", "", after)
    campaign = _clean_name(re.sub(r"^.*?(?:给|往|在|为)", "", before))
    if (not campaign and (to := _TO_CAMPAIGN.search(after))) or (
        not campaign and (to := re.search(r"(?:到|进)\s*(.+?)(?:活动|里|中)?\s*$", after))
    ):
        campaign, after = _clean_name(to.group(1)), after[: to.start()]
    return campaign, read_products(after)


_JOIN = re.compile(
    r"(?:加入|加到|加进|拉进|拉到|拉入|放进|放到|放入|参加|参与|进入|归到|归入|划到|分到|纳入|报名|入|进|去)(?:了|到)?\s*"
    r"|\b(?:to|into|in|join(?:s|ed)?|for|on)\b\s*(?:the\s+)?",
    re.IGNORECASE,
)


def read_join(masked: str) -> str | None:
    """The campaign a "join" names, from the text with its creators blanked: "@amy 加入黑五美妆" →
    "黑五美妆". The last verb counts: "把 @amy 加到黑五美妆" / "add @amy to BF Beauty"."""
    verbs = list(_JOIN.finditer(masked))
    found = verbs[-1] if verbs else None
    rest = masked[found.end() :] if found else masked
    return _clean_name(rest)


_FILLER = re.compile(
    r"^(?:the|a|campaign|活动|项目|这个|那个)\s+|\s+(?:campaign|活动|项目|with|featuring)$|(?:包含|包括|含|带)$|(?:活动|项目|里面?|中|吧|哈|一下)+$|"
    r"\bcampaign\b\s*[:：]?|^[:：]",
    re.IGNORECASE,
)


def _clean_name(text: str) -> str | None:
    name = " ".join(text.replace("@", " ").split()).strip(_QUOTES + " ,，.。!！~～:：;；")
    for _ in range(3):
        name = _FILLER.sub("", name).strip(_QUOTES + " ,，.。!！~～:：;；")
    name = _TRAIL.sub("", name).strip()
    return name[:MAX_NAME] or None


# ---- the brand ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BrandChange:
    before: str
    after: str


async def brand_of(workspace_id: int) -> str:
    found = await Workspace.filter(id=workspace_id).values_list("brand", flat=True)
    return str(found[0]) if found else ""


async def set_brand(actor: Actor, brand: str, clock: Clock) -> BrandChange:
    """The workspace's brand, as the first outreach message names it. Leads only."""
    await roles.require(actor, "campaigns", permissions.can_manage_campaigns(actor))
    brand = " ".join(brand.split())[:MAX_BRAND]
    async with in_transaction() as conn:
        workspace = await Workspace.get(id=actor.workspace_id, using_db=conn)
        before = workspace.brand
        if before != brand:
            await Workspace.filter(id=actor.workspace_id).using_db(conn).update(brand=brand)
            await audit.record(conn, actor, "brand.set", brand, clock.now(), brand=brand, before=before)
    return BrandChange(before, brand)


async def restore_brand(conn: BaseDBAsyncClient, actor: Actor, expected: str, before: str) -> bool:
    """Undo: the brand back to `before` while it is still `expected`; False when it changed since."""
    changed = (
        await Workspace.filter(id=actor.workspace_id, brand=expected).using_db(conn).update(brand=before)
    )
    return bool(changed)


# ---- campaigns and products -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CampaignView:
    id: int
    name: str
    products: tuple[CampaignProduct, ...]
    creators: int = 0
    handles: tuple[str, ...] = field(default_factory=tuple)


async def find_campaign(actor: Actor, typed: str | None) -> Campaign:
    """The workspace's campaign the words name: the exact name (any case), else the longest known name inside
    the words ("黑五美妆活动的汇总"), else a name containing the words ("黑五" → 黑五美妆)."""
    known = list(await Campaign.filter(workspace_id=actor.workspace_id).order_by("-id").limit(500))
    if typed:
        key = name_key(typed)
        squeezed = key.replace(" ", "")
        for campaign in known:
            if campaign.name_key == key:
                return campaign
        inside = [c for c in known if c.name_key and c.name_key.replace(" ", "") in squeezed]
        if inside:
            return max(inside, key=lambda c: len(c.name_key))
        if len(squeezed) >= 2:
            containing = [c for c in known if squeezed in c.name_key.replace(" ", "")]
            if len(containing) == 1:
                return containing[0]
    raise CampaignNotFound(typed or "", [c.name for c in known[:10]])


def _summary_product(products: Sequence[CampaignProduct]) -> str:
    return "、".join(p.name for p in products)[:200]


async def _add_products(
    conn: BaseDBAsyncClient, actor: Actor, campaign: Campaign, specs: Sequence[ProductSpec]
) -> list[CampaignProduct]:
    made = [
        await CampaignProduct.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            campaign_id=campaign.id,
            name=spec.name,
            sku=spec.sku,
            price=Decimal(spec.price) if spec.price else None,
            currency=spec.currency,
            link=spec.link,
        )
        for spec in specs
    ]
    await _sync_summary(conn, campaign.id)
    return made


async def _sync_summary(conn: BaseDBAsyncClient, campaign_id: int) -> None:
    """Campaign.product (what the brief prints) follows the products' names."""
    products = await CampaignProduct.filter(campaign_id=campaign_id).using_db(conn).order_by("id")
    await Campaign.filter(id=campaign_id).using_db(conn).update(product=_summary_product(products))


async def create_campaign(
    actor: Actor, name: str | None, products: Sequence[ProductSpec], clock: Clock
) -> CampaignView:
    """A new campaign with its products (none is fine: "黑五美妆 加商品 …" adds them later). Leads only."""
    await roles.require(actor, "campaigns", permissions.can_manage_campaigns(actor))
    if not name:
        raise NoCampaignName()
    name = name[:MAX_NAME]
    async with in_transaction() as conn:
        exists = await Campaign.get_or_none(
            workspace_id=actor.workspace_id, name_key=name_key(name), using_db=conn
        )
        if exists is not None:
            raise CampaignExists(exists.name)
        campaign = await Campaign.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            name=name,
            name_key=name_key(name),
            created_by_id=actor.member_id,
        )
        made = await _add_products(conn, actor, campaign, products)
        await audit.record(
            conn, actor, "campaign.add", campaign.name, clock.now(), campaign=campaign.id,
            products=[p.id for p in made],
        )  # fmt: skip
    return CampaignView(campaign.id, campaign.name, tuple(made))


async def add_products(
    actor: Actor, campaign_name: str | None, products: Sequence[ProductSpec], clock: Clock
) -> tuple[Campaign, list[CampaignProduct]]:
    """More products in a campaign. Leads only."""
    await roles.require(actor, "campaigns", permissions.can_manage_campaigns(actor))
    campaign = await find_campaign(actor, campaign_name)
    if not products:
        raise NoProducts(campaign.name)
    async with in_transaction() as conn:
        made = await _add_products(conn, actor, campaign, products)
        await audit.record(
            conn, actor, "campaign.product", campaign.name, clock.now(), campaign=campaign.id,
            products=[p.id for p in made],
        )  # fmt: skip
    return campaign, made


async def list_campaigns(actor: Actor) -> list[CampaignView]:
    """The workspace's campaigns, newest first, with their products and how many creators are in each."""
    campaigns = list(await Campaign.filter(workspace_id=actor.workspace_id).order_by("-id").limit(LIST_LIMIT))
    ids = [c.id for c in campaigns]
    products: dict[int, list[CampaignProduct]] = {}
    for p in await CampaignProduct.filter(campaign_id__in=ids).order_by("id"):
        products.setdefault(p.campaign_id, []).append(p)  # type: ignore[attr-defined]
    members: dict[int, list[str]] = {}
    rows = await Collaboration.filter(workspace_id=actor.workspace_id, campaign_id__in=ids).values_list(
        "campaign_id", "creator__handle"
    )
    for campaign_id, handle in rows:
        handles = members.setdefault(int(campaign_id), [])
        if handle not in handles:
            handles.append(str(handle))
    return [
        CampaignView(
            c.id,
            c.name,
            tuple(products.get(c.id, [])),
            len(members.get(c.id, [])),
            tuple(members.get(c.id, [])),
        )
        for c in campaigns
    ]


async def campaign_count(actor: Actor) -> int:
    return await Campaign.filter(workspace_id=actor.workspace_id).count()


async def delete_products(
    conn: BaseDBAsyncClient, actor: Actor, campaign_id: int, product_ids: Sequence[int]
) -> int:
    """Undo of "加商品": the products it made go (those still there); how many went."""
    gone = await (
        CampaignProduct.filter(
            workspace_id=actor.workspace_id, campaign_id=campaign_id, id__in=list(product_ids)
        )
        .using_db(conn)
        .delete()
    )
    await _sync_summary(conn, campaign_id)
    return gone


async def delete_campaign(conn: BaseDBAsyncClient, actor: Actor, campaign_id: int) -> bool:
    """Undo of a new campaign: gone, products and all, unless creators were put into it since."""
    used = (
        await Collaboration.filter(workspace_id=actor.workspace_id, campaign_id=campaign_id)
        .using_db(conn)
        .exists()
    )
    if used:
        return False
    await Campaign.filter(id=campaign_id, workspace_id=actor.workspace_id).using_db(conn).delete()
    return True


# ---- creators in a campaign -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Joined:
    campaign: Campaign
    added: list[str]  # handles put into the campaign now
    already: list[str]  # handles that were in it


async def join_campaign(
    actor: Actor, handles: Sequence[str], campaign_name: str | None, clock: Clock
) -> Joined:
    """Put the creators into the campaign (one audit entry per creator, one batch: undone together)."""
    campaign = await find_campaign(actor, campaign_name)
    creators = await find_creators(actor, handles, access=permissions.CHANGE)
    added: list[str] = []
    already: list[str] = []
    batch = audit.batch_id()
    async with in_transaction() as conn:
        for creator in creators:
            rows = list(
                await Collaboration.filter(workspace_id=actor.workspace_id, creator_id=creator.id)
                .using_db(conn)
                .order_by("-id")
            )
            if any(r.campaign_id == campaign.id for r in rows):  # type: ignore[attr-defined]
                already.append(creator.handle)
                continue
            free = rows[0] if rows and rows[0].campaign_id is None else None  # type: ignore[attr-defined]
            if free is not None:  # the creator's deal so far becomes their deal in the campaign
                await Collaboration.filter(id=free.id).using_db(conn).update(campaign_id=campaign.id)
                collab_id, made = free.id, False
            else:
                collab = await Collaboration.create(
                    using_db=conn,
                    workspace_id=actor.workspace_id,
                    creator_id=creator.id,
                    campaign_id=campaign.id,
                )
                collab_id, made = collab.id, True
            await audit.record(
                conn, actor, "campaign.join", creator.handle, clock.now(), campaign=campaign.id,
                campaign_name=campaign.name, collaboration=collab_id, made=made, batch=batch,
            )  # fmt: skip
            added.append(creator.handle)
    return Joined(campaign, added, already)


async def leave_campaign(
    conn: BaseDBAsyncClient, actor: Actor, collaboration_id: int, campaign_id: int, made: bool
) -> str:
    """Undo of a join: "" when done; "gone" / "changed" / "deals" (an offer, payments or deadlines since)."""
    collab = await Collaboration.get_or_none(
        id=collaboration_id, workspace_id=actor.workspace_id, using_db=conn
    )
    if collab is None:
        return "gone"
    if collab.campaign_id != campaign_id:  # type: ignore[attr-defined]
        return "changed"
    if not made:
        await Collaboration.filter(id=collab.id).using_db(conn).update(campaign_id=None)
        return ""
    if (
        await Payment.filter(collaboration_id=collab.id).using_db(conn).exists()
        or await Deadline.filter(collaboration_id=collab.id).using_db(conn).exists()
        or collab.commission_percent is not None
        or collab.fixed_fee is not None
    ):
        return "deals"
    await Collaboration.filter(id=collab.id).using_db(conn).delete()
    return ""


async def creator_campaigns(actor: Actor, creator_id: int) -> list[str]:
    """The names of the campaigns the creator is in, newest first (the creator card)."""
    rows = (
        await Collaboration.filter(
            workspace_id=actor.workspace_id, creator_id=creator_id, campaign_id__isnull=False
        )
        .order_by("-id")
        .values_list("campaign__name", flat=True)
    )
    return list(dict.fromkeys(str(r) for r in rows))


# ---- what the first outreach message says ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pitch:
    """The brand and the creator's campaign and products, as the first message names them ("" = not set)."""

    brand: str = ""
    campaign: str = ""
    products: tuple[str, ...] = ()

    @property
    def product(self) -> str:
        return "、".join(self.products[:3])


async def pitch_for(workspace_id: int, creator_id: int | None) -> Pitch:
    """The brand of the workspace and the products of the creator's newest campaign."""
    brand = await brand_of(workspace_id)
    if creator_id is None:
        return Pitch(brand)
    collab = (
        await Collaboration.filter(
            workspace_id=workspace_id, creator_id=creator_id, campaign_id__isnull=False
        )
        .order_by("-id")
        .first()
        .prefetch_related("campaign")
    )
    if collab is None or collab.campaign is None:
        return Pitch(brand)
    campaign = collab.campaign
    names = (
        await CampaignProduct.filter(campaign_id=campaign.id).order_by("id").values_list("name", flat=True)
    )
    products = tuple(str(n) for n in names) or ((campaign.product,) if campaign.product else ())
    return Pitch(brand, campaign.name, products)
