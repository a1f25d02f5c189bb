"""Whose clock a time is read on: a scope phrase ("达人当地时间", "their time", "纽约时间", "PST") scopes
the whole expression, relative days included.

Abbreviations map to IANA zones, never to fixed offsets: "EST" in July means New York's clock (EDT),
which is what people mean. "CST" is China Standard Time to a Chinese team and Central Standard Time to
an American, so it is ambiguous unless "US"/"美国"/"Chicago" or "China"/"中国"/"北京" sits next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workflows.spans import blank
from workflows.timeparse.model import ScopeName, Unreadable
from workflows.timeparse.normalise import Prepared, prepare

if TYPE_CHECKING:
    from workflows.geo import Location

# "那边" ("over there") names a clock only right before a time: 达人那边明天上午10点, not 达人那边回复了.
_TIME_START = (
    r"今|明|后|大后|下|本|这|周|星期|礼拜|\d|[一二两三四五六七八九十]|上午|下午|早上|晚上|中午|凌晨|傍晚"
)
_BEFORE_A_TIME = rf"(?=\s*(?:{_TIME_START}))"
_WHO_CREATOR = "达人|红人|博主|对方|他们|她们"
_CREATOR_ZH = (
    rf"(?:按|按照|用)?(?:{_WHO_CREATOR})(?:的)?(?:当地|那边|那里)?(?:的)?(?:时间|时区)|"
    rf"(?:她|他)(?:那边|那里)(?:的)?(?:时间|时区)|(?:{_WHO_CREATOR}|她|他)(?:那边|那里){_BEFORE_A_TIME}|"
    r"当地时间|当地时区"
)
_CREATOR_EN = (
    r"\b(?:(?:in|on|at)\s+)?(?:their|the\s+creator'?s|creator'?s|the\s+creators'|creators'|his|her)\s+"
    r"(?:own\s+)?(?:local\s+)?(?:time\s*zone|timezone|time|tz)\b|\blocal\s+time\b|\btheir\s+tz\b"
)
_TEAM_ZH = (
    "我们这边的时间|我们这边时间|我们的时间|我们时间|国内时间|团队时间|我这边时间|我这边的时间|"
    rf"(?:我们|我)这边{_BEFORE_A_TIME}"
)
_TEAM_EN = r"\b(?:our|my|the\s+team'?s|team)\s+(?:local\s+)?time\b"

# Place names (Chinese and English) → IANA zone. "X时间" / "X time" makes them a scope.
_PLACES: dict[str, str] = {
    "纽约": "America/New_York",
    "美东": "America/New_York",
    "美国东部": "America/New_York",
    "东部": "America/New_York",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "ny": "America/New_York",
    "eastern": "America/New_York",
    "us eastern": "America/New_York",
    "洛杉矶": "America/Los_Angeles",
    "美西": "America/Los_Angeles",
    "美国西部": "America/Los_Angeles",
    "太平洋": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "l.a.": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "us pacific": "America/Los_Angeles",
    "west coast": "America/Los_Angeles",
    "east coast": "America/New_York",
    "旧金山": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "西雅图": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "芝加哥": "America/Chicago",
    "美中": "America/Chicago",
    "chicago": "America/Chicago",
    "central": "America/Chicago",
    "us central": "America/Chicago",
    "丹佛": "America/Denver",
    "denver": "America/Denver",
    "mountain": "America/Denver",
    "多伦多": "America/Toronto",
    "toronto": "America/Toronto",
    "温哥华": "America/Vancouver",
    "vancouver": "America/Vancouver",
    "墨西哥城": "America/Mexico_City",
    "mexico city": "America/Mexico_City",
    "圣保罗": "America/Sao_Paulo",
    "巴西": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "伦敦": "Europe/London",
    "英国": "Europe/London",
    "london": "Europe/London",
    "uk": "Europe/London",
    "巴黎": "Europe/Paris",
    "法国": "Europe/Paris",
    "paris": "Europe/Paris",
    "柏林": "Europe/Berlin",
    "德国": "Europe/Berlin",
    "berlin": "Europe/Berlin",
    "马德里": "Europe/Madrid",
    "西班牙": "Europe/Madrid",
    "madrid": "Europe/Madrid",
    "罗马": "Europe/Rome",
    "意大利": "Europe/Rome",
    "rome": "Europe/Rome",
    "伊斯坦布尔": "Europe/Istanbul",
    "istanbul": "Europe/Istanbul",
    "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai",
    "深圳": "Asia/Shanghai",
    "中国": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "香港": "Asia/Hong_Kong",
    "hong kong": "Asia/Hong_Kong",
    "台北": "Asia/Taipei",
    "taipei": "Asia/Taipei",
    "东京": "Asia/Tokyo",
    "日本": "Asia/Tokyo",
    "tokyo": "Asia/Tokyo",
    "japan": "Asia/Tokyo",
    "首尔": "Asia/Seoul",
    "韩国": "Asia/Seoul",
    "seoul": "Asia/Seoul",
    "korea": "Asia/Seoul",
    "雅加达": "Asia/Jakarta",
    "jakarta": "Asia/Jakarta",
    "曼谷": "Asia/Bangkok",
    "泰国": "Asia/Bangkok",
    "bangkok": "Asia/Bangkok",
    "thailand": "Asia/Bangkok",
    "新加坡": "Asia/Singapore",
    "singapore": "Asia/Singapore",
    "吉隆坡": "Asia/Kuala_Lumpur",
    "马来西亚": "Asia/Kuala_Lumpur",
    "kuala lumpur": "Asia/Kuala_Lumpur",
    "马尼拉": "Asia/Manila",
    "菲律宾": "Asia/Manila",
    "manila": "Asia/Manila",
    "胡志明": "Asia/Ho_Chi_Minh",
    "越南": "Asia/Ho_Chi_Minh",
    "ho chi minh": "Asia/Ho_Chi_Minh",
    "vietnam": "Asia/Ho_Chi_Minh",
    "迪拜": "Asia/Dubai",
    "dubai": "Asia/Dubai",
    "利雅得": "Asia/Riyadh",
    "沙特": "Asia/Riyadh",
    "riyadh": "Asia/Riyadh",
    "悉尼": "Australia/Sydney",
    "sydney": "Australia/Sydney",
    "墨尔本": "Australia/Melbourne",
    "melbourne": "Australia/Melbourne",
}
# Places that have several clocks: naming them does not say which.
_MULTI_ZONE = (
    "美国|美洲|澳洲|澳大利亚|加拿大|俄罗斯|印尼|墨西哥|us|usa|american|america|australia|canada|indonesia"
)

# Upper-case abbreviations (matched with case kept) → IANA zone; None = ambiguous on its own.
_ABBREVIATIONS: dict[str, str | None] = {
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "CDT": "America/Chicago",
    "CT": "America/Chicago",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "MT": "America/Denver",
    "GMT": "Europe/London",
    "BST": "Europe/London",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "WIB": "Asia/Jakarta",
    "ICT": "Asia/Bangkok",
    "BRT": "America/Sao_Paulo",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "UTC": "UTC",
    "CST": None,
    "IST": None,
}
_CST_US = re.compile(
    r"(?:\bus|美国|美中|american)\s*$|^\s*\(?\s*(?:us|chicago|芝加哥|美国|central)", re.IGNORECASE
)
_CST_CN = re.compile(r"(?:china|中国|北京|beijing)\s*$|^\s*\(?\s*(?:china|中国|北京|beijing)", re.IGNORECASE)

_PLACE_NAMES = "|".join(re.escape(p) for p in sorted(_PLACES, key=len, reverse=True))
_NAMED_ZH = re.compile(
    rf"(?P<place>{_PLACE_NAMES})(?:的)?(?:当地)?(?:时间|时区|那边(?:的)?时间|那边{_BEFORE_A_TIME})"
)
_NAMED_EN = re.compile(
    rf"\b(?:in\s+)?(?P<place>{_PLACE_NAMES})\s+(?:local\s+)?time\b|"
    r"(?<=\d)\s*(?:am|pm)?\s*(?P<region>eastern|pacific|central|mountain)\b"
)
_MULTI = re.compile(
    rf"(?<![a-z])(?:{_MULTI_ZONE})(?:的)?(?:当地)?\s*(?:local\s+)?(?:时间|时区|那边{_BEFORE_A_TIME}|time)(?![a-z])"
)
_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*(?P<sign>[+\-])\s*(?P<hours>\d{1,2})(?::?00)?\b", re.IGNORECASE)
_ABBR = re.compile(
    r"(?<![A-Za-z])(?P<abbr>" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?![A-Za-z])"
)
_AFTER_A_TIME = re.compile(r"(?:\d|[ap]\.?m\.?|点|點)\s*\(?\s*$", re.IGNORECASE)
_PLACE_ZH = re.compile(r"(?P<x>[\u4e00-\u9fff]{1,8})时间")
_PLACE_EN = re.compile(r"\b(?P<x>(?:[A-Z][\w.'’-]*\s+){1,3})time\b")
_CREATOR = re.compile(f"{_CREATOR_ZH}|{_CREATOR_EN}", re.IGNORECASE)
_TEAM = re.compile(f"{_TEAM_ZH}|{_TEAM_EN}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ScopeHit:
    scope: ScopeName
    zone: str | None  # IANA zone for "named"; None for "creator"/"team" (the caller knows those)
    start: int
    end: int
    standard_only: bool = False  # "GMT": London's clock only while London is on GMT, else ambiguous


@dataclass(frozen=True, slots=True)
class _Found:
    hits: list[ScopeHit]
    ambiguous: list[tuple[int, int]]


def _abbreviation(prepared: Prepared, match: re.Match[str]) -> str | None:
    zone = _ABBREVIATIONS[match.group("abbr")]
    if match.group("abbr") != "CST":
        return zone
    before = prepared.lowered[max(0, match.start() - 12) : match.start()]
    after = prepared.lowered[match.end() : match.end() + 12]
    if _CST_US.search(before) or _CST_US.search(after):
        return "America/Chicago"
    if _CST_CN.search(before) or _CST_CN.search(after):
        return "Asia/Shanghai"
    return None


def _scan(prepared: Prepared) -> _Found:
    found = _Found(hits=[], ambiguous=[])
    text = prepared.lowered
    for match in _OFFSET.finditer(prepared.folded):
        hours = int(match.group("hours"))
        if hours > 14:
            found.ambiguous.append(match.span())
            continue
        sign = "-" if match.group("sign") == "+" else "+"  # POSIX sign: Etc/GMT-8 is UTC+8
        zone = "UTC" if hours == 0 else f"Etc/GMT{sign}{hours}"
        found.hits.append(ScopeHit("named", zone, *match.span()))
    text = blank(text, [(h.start, h.end) for h in found.hits])
    for match in _CREATOR.finditer(text):
        found.hits.append(ScopeHit("creator", None, *match.span()))
    text = blank(text, [(h.start, h.end) for h in found.hits])
    for match in _TEAM.finditer(text):
        found.hits.append(ScopeHit("team", None, *match.span()))
    text = blank(text, [(h.start, h.end) for h in found.hits])
    for pattern in (_NAMED_ZH, _NAMED_EN):
        for match in pattern.finditer(text):
            key = "place" if match.group("place") else "region"
            found.hits.append(ScopeHit("named", _PLACES[match.group(key)], match.start(key), match.end()))
        text = blank(text, [(h.start, h.end) for h in found.hits])
    found.ambiguous.extend(m.span() for m in _MULTI.finditer(text))
    _scan_places(prepared, text, found)
    text = blank(text, [(h.start, h.end) for h in found.hits] + found.ambiguous)
    folded = blank(prepared.folded, [(h.start, h.end) for h in found.hits])
    for match in _ABBR.finditer(folded):
        if len(match.group("abbr")) == 2 and not _AFTER_A_TIME.search(folded[: match.start()]):
            continue  # "PT", "ET", "CT", "MT" are zones only right after a time: "10am PT", "9:30 ET"
        abbreviated = _abbreviation(prepared, match)
        if abbreviated is None:
            found.ambiguous.append(match.span())
        else:
            found.hits.append(
                ScopeHit(
                    "named",
                    abbreviated,
                    *match.span(),
                    standard_only=match.group("abbr") == "GMT",
                )
            )
    return found


def _scan_places(prepared: Prepared, text: str, found: _Found) -> None:
    """Any other place the creator geography knows, right before 时间 / time: 迈阿密时间, Texas time."""
    folded = blank(prepared.folded, [(h.start, h.end) for h in found.hits] + found.ambiguous)
    for pattern, source in ((_PLACE_ZH, text), (_PLACE_EN, folded)):
        for match in pattern.finditer(source):
            place = match.group("x").rstrip()
            place = re.sub(r"(?:的|当地)+$", "", place)
            location = _geo_scan(place)
            if location is None or location.span[1] != len(place):
                continue
            start = match.start("x") + location.span[0]
            if location.zone is None:
                found.ambiguous.append((start, match.end()))  # 巴西 has several clocks
            else:
                found.hits.append(ScopeHit("named", location.zone, start, match.end()))


def _geo_scan(place: str) -> Location | None:
    from workflows.geo import scan_location  # its tables are built on first use (~25 ms)

    return scan_location(place)


def scan_scope(prepared: Prepared) -> ScopeHit | Unreadable | None:
    """The one scope of the message; Unreadable("ambiguous") for CST alone or two different zones."""
    found = _scan(prepared)
    if found.ambiguous:
        start, end = found.ambiguous[0]
        return Unreadable("ambiguous", prepared.original[start:end])
    kinds = {(hit.scope, hit.zone) for hit in found.hits}
    if len(kinds) > 1:
        return Unreadable("ambiguous", " / ".join(prepared.original[h.start : h.end] for h in found.hits))
    return min(found.hits, key=lambda hit: hit.start) if found.hits else None


def find_scope(text: str) -> ScopeHit | Unreadable | None:
    """Whose clock `text` names: a ScopeHit, None when it names none, Unreadable when it is unclear."""
    return scan_scope(prepare(text))
