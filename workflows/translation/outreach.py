"""First-touch outreach messages in the creator's language, from the team's template (story 3).

The scheduling engine calls `draft_outreach` when it builds an outreach reminder; the creator's name, the
brand and the product are never translated. What the team has not set (no brand, no campaign or product:
workflows/campaigns.py) is left out of the wording, never filled with a stand-in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflows.errors import WorkflowError
from workflows.translation.ports import Draft, Translator

DEFAULT_TEMPLATE = (
    "你好 {creator_name}！我们是 {brand} 的达人合作团队，很喜欢你的内容。"
    "我们正在做「{campaign}」活动，主推 {product}，想邀请你合作：{offer}。"
    "感兴趣的话回复我们，我们会寄送样品并发你详细的 brief。"
)
_OPENING = (
    "你好 {creator_name}！我们是 {brand} 的达人合作团队，很喜欢你的内容。",
    "你好 {creator_name}！我们是一个跨境品牌的达人合作团队，很喜欢你的内容。",
)
_CLOSING = "感兴趣的话回复我们，我们会寄送样品并发你详细的 brief。"


def default_template(*, brand: bool, campaign: bool, product: bool) -> str:
    """The built-in wording for what is known: a missing brand, campaign or product is worded around."""
    opening = _OPENING[0] if brand else _OPENING[1]
    if campaign and product:
        ask = "我们正在做「{campaign}」活动，主推 {product}，想邀请你合作：{offer}。"
    elif product:
        ask = "想邀请你合作推广 {product}：{offer}。"
    elif campaign:
        ask = "我们正在做「{campaign}」活动，想邀请你合作：{offer}。"
    else:
        ask = "想邀请你合作推广我们的产品：{offer}。"
    return opening + ask + _CLOSING


# Template variables, and the Chinese names teams write them with.
VARIABLES: dict[str, str] = {
    "creator_name": "creator_name",
    "creator": "creator_name",
    "name": "creator_name",
    "达人": "creator_name",
    "达人名": "creator_name",
    "product": "product",
    "产品": "product",
    "brand": "brand",
    "品牌": "brand",
    "offer": "offer",
    "报价": "offer",
    "合作条件": "offer",
    "campaign": "campaign",
    "活动": "campaign",
}
_VARIABLE = re.compile(r"\{\s*([^{}\s]+)\s*\}")


@dataclass
class TemplateError(WorkflowError):
    """The template names variables we do not fill."""

    unknown: list[str]


def fill_template(template: str, values: dict[str, str]) -> str:
    unknown = [m.group(1) for m in _VARIABLE.finditer(template) if m.group(1) not in VARIABLES]
    if unknown:
        raise TemplateError(unknown)
    return _VARIABLE.sub(lambda m: values.get(VARIABLES[m.group(1)], ""), template)


async def draft_outreach(
    translator: Translator,
    *,
    language: str,
    creator_name: str,
    product: str,
    offer: str,
    campaign: str,
    brand: str = "",
    template: str | None = None,
    workspace_id: int | None = None,
    reader: str = "zh",
) -> Draft:
    """The first message to one creator, written in `language` (with a back-translation into `reader`).
    With `workspace_id` the glossary, the cache and the usage count of that workspace apply."""
    values = {
        "creator_name": creator_name,
        "product": product,
        "offer": offer,
        "campaign": campaign,
        "brand": brand,
    }
    chosen = template or default_template(brand=bool(brand), campaign=bool(campaign), product=bool(product))
    brief = fill_template(chosen, values)
    return await translator.draft(
        workspace_id,
        brief,
        language=language,
        creator_name=creator_name,
        reader=reader,
        kind="outreach",
        keep=[name for name in (creator_name, brand, product) if name],
    )
