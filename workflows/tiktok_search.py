"""Reading a creator-marketplace search from chat ("找美国美妆达人 粉丝1-10万 GMV 1000以上", "find US beauty
creators 10k-100k followers") and adding a found creator to the pipeline with their creator id.

What TikTok's "Seller Search Creator on Marketplace" can filter (Partner Center API reference): a
keyword matched against the creator's username and nickname, a follower count range, GMV bands (0–100,
100–1,000, 1,000–10,000, 10,000+, last 30 days) and units-sold bands. It has no category or country
filter: the marketplace searched is the shop's own region, so a market named in the message picks the
connected shop of that region; a category word becomes an English keyword (said on the card, since a
keyword only matches names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

from models.enums import CreatorPlatform
from workflows.creators import AddOutcome, CreatorDraft, add_creators, handle_key
from workflows.errors import WorkflowError
from workflows.geo import scan_location
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.tiktok_outreach import link_creator

GMV_BANDS = (
    (0, 100, "GMV_RANGE_0_100"),
    (100, 1_000, "GMV_RANGE_100_1000"),
    (1_000, 10_000, "GMV_RANGE_1000_10000"),
    (10_000, None, "GMV_RANGE_10000_AND_ABOVE"),
)
# Category words as people type them → the English word creators put in their names.
CATEGORIES = {
    "美妆": "beauty",
    "彩妆": "makeup",
    "化妆": "makeup",
    "护肤": "skincare",
    "时尚": "fashion",
    "穿搭": "fashion",
    "服装": "fashion",
    "健身": "fitness",
    "运动": "fitness",
    "母婴": "mom",
    "美食": "food",
    "家居": "home",
    "宠物": "pet",
    "数码": "tech",
    "科技": "tech",
    "游戏": "gaming",
    "珠宝": "jewelry",
    "美甲": "nails",
    "beauty": "beauty",
    "makeup": "makeup",
    "skincare": "skincare",
    "fashion": "fashion",
    "fitness": "fitness",
    "food": "food",
    "home": "home",
    "pet": "pet",
    "tech": "tech",
    "gaming": "gaming",
    "jewelry": "jewelry",
    "nails": "nails",
}
_SCALE = {"万": 10_000, "w": 10_000, "k": 1_000, "千": 1_000, "m": 1_000_000, "百万": 1_000_000, "": 1}
_N = r"(\d+(?:\.\d+)?)\s*(百万|万|千|w|k|m)?"
_RANGE = re.compile(rf"{_N}\s*(?:-|~|～|到|至|to)\s*{_N}", re.IGNORECASE)
_FOLLOW_WORD = re.compile(r"粉丝|粉|followers?|fans", re.IGNORECASE)
_AT_LEAST = re.compile(
    rf"{_N}\s*(?:以上|\+|or more|and up)|(?:over|above|more than|超过|大于)\s*{_N}", re.IGNORECASE
)
_AT_MOST = re.compile(rf"{_N}\s*(?:以下|以内)|(?:under|below|less than|不到|小于)\s*{_N}", re.IGNORECASE)
_GMV = re.compile(r"gmv|销售额|带货", re.IGNORECASE)
_KEYWORD = re.compile(
    r"(?:关键词|keyword|名字带|名字里有|named)\s*[:：]?\s*([A-Za-z0-9_.]{2,30})", re.IGNORECASE
)


def _amount(number: str, scale: str | None) -> int | None:
    try:
        return int(Decimal(number) * _SCALE[(scale or "").lower()])
    except (InvalidOperation, KeyError):
        return None


@dataclass(frozen=True, slots=True)
class Search:
    keyword: str = ""
    category: str = ""  # the category word as typed ("美妆"), when the keyword came from one
    followers_min: int | None = None
    followers_max: int | None = None
    gmv_min: int | None = None
    market: str | None = None  # ISO country of the marketplace asked for

    def gmv_ranges(self) -> tuple[str, ...]:
        """The GMV bands that can hold a GMV of at least `gmv_min` (a band is all or nothing)."""
        if self.gmv_min is None:
            return ()
        return tuple(name for _low, high, name in GMV_BANDS if high is None or high > self.gmv_min)


def _bounds(segment: str) -> tuple[int | None, int | None]:
    if match := _RANGE.search(segment):
        low_scale = match.group(2) or match.group(4)  # "1-10万": the scale after the second number
        low = _amount(match.group(1), low_scale)
        high = _amount(match.group(3), match.group(4))
        return low, high
    if match := _AT_LEAST.search(segment):
        number, scale = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        )
        return _amount(number, scale), None
    if match := _AT_MOST.search(segment):
        number, scale = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        )
        return None, _amount(number, scale)
    return None, None


def read_search(text: str) -> Search:
    """The filters a search message names; what it does not name is left open."""
    followers: tuple[int | None, int | None] = (None, None)
    gmv_min: int | None = None
    for part in re.split(r"[,，;；、]|\s(?=gmv|GMV|销售额)", text):
        if _GMV.search(part):
            low, _high = _bounds(_GMV.sub(" ", part))
            gmv_min = low if low is not None else gmv_min
        elif _FOLLOW_WORD.search(part) and followers == (None, None):
            followers = _bounds(part)
    if followers == (None, None) and not _GMV.search(text):
        followers = _bounds(text)
    category, keyword = "", ""
    if match := _KEYWORD.search(text):
        keyword = match.group(1)
    else:
        lowered = text.casefold()
        hit = min(((lowered.find(w), w) for w in CATEGORIES if w in lowered), default=None)
        if hit is not None:
            category, keyword = hit[1], CATEGORIES[hit[1]]
    location = scan_location(text)
    return Search(
        keyword, category, followers[0], followers[1], gmv_min, location.country if location else None
    )


@dataclass(frozen=True, slots=True)
class Found:
    open_id: str
    username: str
    nickname: str = ""
    region: str = ""
    followers: int | None = None
    gmv: str = ""
    avg_views: int | None = None


@dataclass(frozen=True, slots=True)
class Page:
    shop_connection_id: int
    shop_name: str
    region: str
    creators: tuple[Found, ...]
    next_page_token: str = ""


class MarketplaceUnavailable(WorkflowError):
    """TikTok did not answer the search (throttled, down, or the shop lacks the marketplace scope)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # a catalog key under tiktok.error.


class Marketplace(Protocol):
    """Port: one page of the creator marketplace of the workspace's shop for `search.market` (else its
    first connected shop). Raises tiktok_shop.NoShop or MarketplaceUnavailable."""

    async def search(self, workspace_id: int, search: Search, page_token: str = "") -> Page: ...


async def add_found(actor: Actor, found: Found, shop_connection_id: int | None, clock: Clock) -> AddOutcome:
    """Add a marketplace creator to the pipeline (TikTok, their region, followers) and keep their creator
    id for messaging; one already in the pipeline just gets the id."""
    draft = CreatorDraft(
        handle=found.username,
        platform=CreatorPlatform.TIKTOK.value,
        country=found.region or None,
        followers=found.followers,
    )
    outcome = await add_creators(actor, [draft], clock)
    await link_creator(actor, handle_key(found.username), found.open_id, shop_connection_id)
    return outcome
