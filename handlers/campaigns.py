"""The brand and the campaigns: "品牌是 GlowLab", "新建活动 黑五美妆 商品 SKU123 玫瑰精华 $29.9",
"活动列表", "黑五美妆 加商品 …", "@amy 加入黑五美妆". The first outreach message names them
(workflows/campaigns.pitch_for)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Self

from handlers.command import Args, Command, Heard
from handlers.replies import Card, Reply, Text
from handlers.routing import CommandContext, Router
from i18n import Catalog
from models.campaign import CampaignProduct
from workflows import campaigns
from workflows.campaigns import CampaignExists, CampaignNotFound, NoCampaignName, NoProducts, ProductSpec

router = Router(
    "campaigns", help=("help.campaigns.brand", "help.campaigns.create", "help.campaigns.join"), order=45
)


@dataclass(frozen=True, slots=True)
class BrandAsk(Args):
    brand: str | None = None  # None: none given ("我们品牌是啥") — the brand is shown

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(brand=campaigns.read_brand(heard.text))


@dataclass(frozen=True, slots=True)
class NewCampaign(Args):
    name: str | None = None
    products: tuple[ProductSpec, ...] = ()

    @classmethod
    def read(cls, heard: Heard) -> Self:
        name, products = campaigns.read_new_campaign(heard.text)
        return cls(name=name, products=tuple(products))


@dataclass(frozen=True, slots=True)
class MoreProducts(Args):
    campaign: str | None = None  # as typed
    products: tuple[ProductSpec, ...] = ()

    @classmethod
    def read(cls, heard: Heard) -> Self:
        campaign, products = campaigns.read_add_product(heard.text)
        return cls(campaign=campaign, products=tuple(products))


@dataclass(frozen=True, slots=True)
class JoinAsk(Args):
    campaign: str | None = None  # as typed, creators left out

    @classmethod
    def read(cls, heard: Heard) -> Self:
        return cls(campaign=campaigns.read_join(heard.masked))


@router.intent(
    "set_brand",
    args=BrandAsk,
    writes=True,
    describe="set or change the team's brand name used in outreach messages ('品牌是 GlowLab')",
)
async def set_brand(ctx: CommandContext, command: Command) -> Reply:
    t, brand = ctx.t, command.arg(BrandAsk).brand
    if brand is None:
        current = await campaigns.brand_of(ctx.actor.workspace_id)
        return Text(t("brand.current", brand=current) if current else t("brand.none"))
    change = await campaigns.set_brand(ctx.actor, brand, ctx.clock)
    if change.before == change.after:
        return Text(t("brand.same", brand=change.after))
    if change.before:
        return Text(t("brand.changed", brand=change.after, before=change.before))
    return Text(t("brand.set", brand=change.after))


@router.intent(
    "create_campaign",
    args=NewCampaign,
    writes=True,
    describe="create a campaign, with its products (name, SKU, price, link)",
)
async def create_campaign(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(NewCampaign)
    try:
        made = await campaigns.create_campaign(ctx.actor, args.name, args.products, ctx.clock)
    except NoCampaignName:
        return Text(t("campaign.need_name", example=t("example.create_campaign")))
    except CampaignExists as error:
        return Text(t("campaign.exists", name=error.name, example=t("example.add_product", name=error.name)))
    lines = [product_line(t, p) for p in made.products]
    body = (
        "\n".join(lines)
        if lines
        else t("campaign.no_products", example=t("example.add_product", name=made.name))
    )
    footer = t("campaign.join_hint", example=t("example.join_campaign", name=made.name))
    return Card(title=t("campaign.created", name=made.name), body=body, footer=footer)


@router.intent(
    "add_product",
    args=MoreProducts,
    writes=True,
    describe="add products (name, SKU, price, link) to an existing campaign",
)
async def add_product(ctx: CommandContext, command: Command) -> Reply:
    t, args = ctx.t, command.arg(MoreProducts)
    try:
        campaign, made = await campaigns.add_products(ctx.actor, args.campaign, args.products, ctx.clock)
    except CampaignNotFound as error:
        return Text(unknown_campaign(t, error))
    except NoProducts as error:
        return Text(t("campaign.which_products", example=t("example.add_product", name=error.campaign)))
    body = "\n".join(product_line(t, p) for p in made)
    return Card(title=t("campaign.products_added", name=campaign.name, count=len(made)), body=body)


@router.intent("list_campaigns", describe="the team's campaigns, their products and creators, and the brand")
async def list_campaigns(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    brand = await campaigns.brand_of(ctx.actor.workspace_id)
    found = await campaigns.list_campaigns(ctx.actor)
    head = t("brand.current", brand=brand) if brand else t("brand.none")
    if not found:
        return Text("\n".join([head, t("campaign.none", example=t("example.create_campaign"))]))
    lines = [head]
    for view in found:
        lines.append(t("campaign.line", name=view.name, count=view.creators))
        lines += [f"   {product_line(t, p)}" for p in view.products]
        if view.handles:
            shown = " ".join(f"@{h}" for h in view.handles[:10])
            lines.append("   " + shown + (f" +{len(view.handles) - 10}" if len(view.handles) > 10 else ""))
    return Card(title=t("campaign.list_title", count=len(found)), body="\n".join(lines))


@router.intent(
    "join_campaign",
    args=JoinAsk,
    writes=True,
    needs_creator=True,
    describe="put creators into a campaign ('@amy 加入黑五美妆')",
)
async def join_campaign(ctx: CommandContext, command: Command) -> Reply:
    t = ctx.t
    if not command.creators:
        return Text(
            t("error.need_creator", example=t("example.join_campaign", name=t("example.campaign_name")))
        )
    try:
        joined = await campaigns.join_campaign(
            ctx.actor, command.creators, command.arg(JoinAsk).campaign, ctx.clock
        )
    except CampaignNotFound as error:
        return Text(unknown_campaign(t, error))
    lines = []
    if joined.added:
        lines.append(t("campaign.joined", handles=_handles(joined.added), name=joined.campaign.name))
    if joined.already:
        lines.append(t("campaign.already_in", handles=_handles(joined.already), name=joined.campaign.name))
    return Text("\n".join(lines))


def _handles(handles: list[str]) -> str:
    return " ".join(f"@{h}" for h in handles)


def unknown_campaign(t: Catalog, error: CampaignNotFound) -> str:
    if not error.known:
        return t("campaign.unknown_none", name=error.name or "-", example=t("example.create_campaign"))
    return t("campaign.unknown", name=error.name or "-", known=t("summary.sep").join(error.known))


def product_line(t: Catalog, product: CampaignProduct) -> str:
    """ "• 玫瑰精华 · SKU123 · 29.90 USD · https://…" """
    parts = [product.name]
    if product.sku and product.sku != product.name:
        parts.append(product.sku)
    if product.price is not None:
        price = Decimal(product.price)
        parts.append(f"{price:.2f} {product.currency}" if product.currency else f"{price:.2f}")
    if product.link:
        parts.append(product.link)
    return "• " + " · ".join(parts)
