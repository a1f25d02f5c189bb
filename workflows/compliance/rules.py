"""Disclosure rules: the versioned data file, its validation, the idempotent loader into the database,
and the look-ups the bot answers from (always the database, never the file)."""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from models.compliance import DisclosureRule, RuleSetVersion
from models.enums import CreatorPlatform, DealType
from workflows.errors import WorkflowError
from workflows.ports import Clock

RULES_FILE = Path(__file__).with_name("rules.json")
KIND = "disclosure"
PLACEMENT_CODES = frozenset(
    {
        "caption_start",
        "in_video",
        "spoken",
        "stories_overlay",
        "live_repeat",
        "broadcast_rules",
        "on_media_whole_duration",
        "post_language",
        "distinguishable",
    }
)
_LOCALES = ("en", "zh_CN")


class RulesNotLoaded(WorkflowError):
    """The database holds no disclosure rules: `creatorbot rules load` (or `migrate`) has not run."""


class InvalidRulesFile(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "; ".join(problems[:5]) + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else "")
        )
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ExtraLabel:
    label: str
    when: dict[str, str]


@dataclass(frozen=True, slots=True)
class Rule:
    """One market × platform × deal type, as the checks and cards use it."""

    market: str
    platform: str
    deal_type: str
    covered: bool
    authority: str
    language: str
    scope: dict[str, str]
    sources: tuple[str, ...]
    checked_on: date
    data_version: str
    summary: dict[str, str] = field(default_factory=dict)
    quote: str = ""
    caption_tags: tuple[str, ...] = ()
    recommended_tag: dict[str, str] = field(default_factory=dict)
    tag_required: bool = True
    caption_position: str = "any"
    placement: tuple[str, ...] = ()
    placement_quote: str = ""
    insufficient_tags: tuple[str, ...] = ()
    no_hashtag_cloud: bool = False
    avoid: dict[str, str] = field(default_factory=dict)
    platform_switch: str = ""
    switch_detail: dict[str, str] = field(default_factory=dict)
    extra_labels: tuple[ExtraLabel, ...] = ()

    def tag_for(self, post_language: str | None) -> str:
        """The tag to write for a post in `post_language` (Canada: #pub in French), else the market's."""
        if post_language and post_language in self.recommended_tag:
            return self.recommended_tag[post_language]
        return self.recommended_tag.get(self.language) or next(iter(self.recommended_tag.values()), "")

    def text(self, value: dict[str, str], locale: str) -> str:
        return value.get(locale) or value.get("en", "")


def rule_from_record(record: dict[str, Any], version: str) -> Rule:
    return Rule(
        market=record["market"],
        platform=record["platform"],
        deal_type=record["deal_type"],
        covered=bool(record["covered"]),
        authority=record.get("authority", ""),
        language=record.get("language", ""),
        scope=dict(record.get("scope", {})),
        sources=tuple(record.get("sources", ())),
        checked_on=date.fromisoformat(record["checked_on"]),
        data_version=version,
        summary=dict(record.get("summary", {})),
        quote=record.get("quote", ""),
        caption_tags=tuple(record.get("caption_tags", ())),
        recommended_tag=dict(record.get("recommended_tag", {})),
        tag_required=bool(record.get("tag_required", True)),
        caption_position=record.get("caption_position", "any"),
        placement=tuple(record.get("placement", ())),
        placement_quote=record.get("placement_quote", ""),
        insufficient_tags=tuple(record.get("insufficient_tags", ())),
        no_hashtag_cloud=bool(record.get("no_hashtag_cloud", False)),
        avoid=dict(record.get("avoid", {})),
        platform_switch=record.get("platform_switch", ""),
        switch_detail=dict(record.get("switch_detail", {})),
        extra_labels=tuple(ExtraLabel(x["label"], dict(x["when"])) for x in record.get("extra_labels", ())),
    )


def rule_from_row(row: DisclosureRule) -> Rule:
    return Rule(
        market=row.market,
        platform=str(row.platform),
        deal_type=str(row.deal_type),
        covered=row.covered,
        authority=row.authority,
        language=row.language,
        scope=dict(row.scope),
        sources=tuple(row.sources),
        checked_on=row.checked_on,
        data_version=row.data_version,
        summary=dict(row.summary),
        quote=row.quote,
        caption_tags=tuple(row.caption_tags),
        recommended_tag=dict(row.recommended_tag),
        tag_required=row.tag_required,
        caption_position=row.caption_position,
        placement=tuple(row.placement),
        placement_quote=row.placement_quote,
        insufficient_tags=tuple(row.insufficient_tags),
        no_hashtag_cloud=row.no_hashtag_cloud,
        avoid=dict(row.avoid),
        platform_switch=row.platform_switch,
        switch_detail=dict(row.switch_detail),
        extra_labels=tuple(ExtraLabel(x["label"], dict(x["when"])) for x in row.extra_labels),
    )


# ---- the data file ----------------------------------------------------------------------------------


def read_file(path: Path = RULES_FILE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def validate(data: dict[str, Any]) -> list[str]:
    """Every problem with a rules document (empty: good). Every market × platform × deal type must be
    present once, covered or explicitly not; each with sources and a checked date."""
    problems: list[str] = []
    if data.get("kind") != KIND or not data.get("version"):
        problems.append("the file needs kind='disclosure' and a version")
    markets = data.get("markets") or []
    if any(len(m) != 2 or not m.isupper() for m in markets):
        problems.append("markets must be ISO 3166 codes")
    platforms = {p.value for p in CreatorPlatform}
    deals = {d.value for d in DealType}
    seen: dict[tuple[str, str, str], int] = {}
    for record in data.get("rules") or []:
        key = (record.get("market", "?"), record.get("platform", "?"), record.get("deal_type", "?"))
        where = "/".join(key)
        seen[key] = seen.get(key, 0) + 1
        problems += [f"{where}: {p}" for p in _record_problems(record, markets, platforms, deals)]
    for market in markets:
        for platform in sorted(platforms):
            for deal in sorted(deals):
                count = seen.get((market, platform, deal), 0)
                if count != 1:
                    problems.append(f"{market}/{platform}/{deal}: {count} records (need exactly 1)")
    return problems


def _record_problems(
    record: dict[str, Any], markets: list[str], platforms: set[str], deals: set[str]
) -> list[str]:
    out: list[str] = []
    if record.get("market") not in markets or record.get("platform") not in platforms:
        out.append("unknown market or platform")
    if record.get("deal_type") not in deals:
        out.append("unknown deal type")
    if not isinstance(record.get("covered"), bool):
        out.append("covered must be true or false")
    sources = record.get("sources") or []
    if not sources or not all(str(s).startswith(("http://", "https://")) for s in sources):
        out.append("needs source URLs")
    try:
        date.fromisoformat(str(record.get("checked_on")))
    except ValueError:
        out.append("needs a checked_on date (YYYY-MM-DD)")
    if not all(record.get("scope", {}).get(locale) for locale in _LOCALES):
        out.append("needs a scope note in en and zh_CN")
    if record.get("covered"):
        out += _covered_problems(record)
    return out


def _covered_problems(record: dict[str, Any]) -> list[str]:
    out: list[str] = []
    if not record.get("caption_tags"):
        out.append("a covered rule needs caption tags")
    recommended = record.get("recommended_tag") or {}
    if record.get("language") not in recommended:
        out.append("needs a recommended tag in the market language")
    if any(
        _plain(tag) not in {_plain(t) for t in record.get("caption_tags", [])} for tag in recommended.values()
    ):
        out.append("a recommended tag must be one of the caption tags")
    if record.get("caption_position") not in ("start", "any"):
        out.append("caption_position must be start or any")
    if not record.get("placement") or set(record["placement"]) - PLACEMENT_CODES:
        out.append("placement needs known codes")
    if not record.get("platform_switch"):
        out.append("needs the platform switch")
    for name in ("summary", "avoid", "switch_detail"):
        if not all(record.get(name, {}).get(locale) for locale in _LOCALES):
            out.append(f"needs {name} in en and zh_CN")
    overlap = {_plain(t) for t in record.get("caption_tags", [])} & {
        _plain(t) for t in record.get("insufficient_tags", [])
    }
    if overlap:
        out.append(f"tags both accepted and insufficient: {sorted(overlap)}")
    return out


def _plain(tag: str) -> str:
    return tag.casefold()


# ---- loading into the database -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    version: str
    created: int
    updated: int
    unchanged: int
    removed: int


_FIELDS = (
    "covered",
    "authority",
    "language",
    "summary",
    "scope",
    "quote",
    "caption_tags",
    "recommended_tag",
    "tag_required",
    "caption_position",
    "placement",
    "placement_quote",
    "insufficient_tags",
    "no_hashtag_cloud",
    "avoid",
    "platform_switch",
    "switch_detail",
    "extra_labels",
    "sources",
    "checked_on",
    "data_version",
)


def _row_values(record: dict[str, Any], version: str) -> dict[str, Any]:
    rule = rule_from_record(record, version)
    return {
        "covered": rule.covered,
        "authority": rule.authority,
        "language": rule.language,
        "summary": rule.summary,
        "scope": rule.scope,
        "quote": rule.quote,
        "caption_tags": list(rule.caption_tags),
        "recommended_tag": rule.recommended_tag,
        "tag_required": rule.tag_required,
        "caption_position": rule.caption_position,
        "placement": list(rule.placement),
        "placement_quote": rule.placement_quote,
        "insufficient_tags": list(rule.insufficient_tags),
        "no_hashtag_cloud": rule.no_hashtag_cloud,
        "avoid": rule.avoid,
        "platform_switch": rule.platform_switch,
        "switch_detail": rule.switch_detail,
        "extra_labels": [{"label": x.label, "when": x.when} for x in rule.extra_labels],
        "sources": list(rule.sources),
        "checked_on": rule.checked_on,
        "data_version": version,
    }


async def load_rules(clock: Clock, path: Path = RULES_FILE) -> LoadOutcome:
    """Bring the database to the file: insert new records, update changed ones, delete ones the file no
    longer has, record the version. Running it twice changes nothing the second time."""
    raw = await asyncio.to_thread(path.read_bytes)
    data: dict[str, Any] = json.loads(raw.decode("utf-8"))
    problems = validate(data)
    if problems:
        raise InvalidRulesFile(problems)
    version = str(data["version"])
    created = updated = unchanged = 0
    async with in_transaction():
        existing = {(r.market, str(r.platform), str(r.deal_type)): r for r in await DisclosureRule.all()}
        for record in data["rules"]:
            key = (record["market"], record["platform"], record["deal_type"])
            values = _row_values(record, version)
            row = existing.pop(key, None)
            if row is None:
                await DisclosureRule.create(
                    market=key[0], platform=CreatorPlatform(key[1]), deal_type=DealType(key[2]), **values
                )
                created += 1
            elif any(getattr(row, name) != values[name] for name in _FIELDS):
                for name in _FIELDS:
                    setattr(row, name, values[name])
                await row.save()
                updated += 1
            else:
                unchanged += 1
        removed = len(existing)
        if existing:
            await DisclosureRule.filter(id__in=[r.id for r in existing.values()]).delete()
        await RuleSetVersion.update_or_create(
            defaults={
                "version": version,
                "checksum": hashlib.sha256(raw).hexdigest(),
                "record_count": len(data["rules"]),
                "loaded_at": clock.now(),
            },
            kind=KIND,
        )
    return LoadOutcome(version, created, updated, unchanged, removed)


# ---- look-ups ------------------------------------------------------------------------------------------


async def loaded_version() -> str | None:
    row = await RuleSetVersion.get_or_none(kind=KIND)
    return row.version if row else None


async def supported_markets() -> list[str]:
    markets = await DisclosureRule.all().distinct().values_list("market", flat=True)
    if not markets:
        raise RulesNotLoaded()
    return sorted({str(m) for m in markets})


async def find_rule(market: str, platform: str, deal_type: str) -> Rule | None:
    """The rule for one combination; None when the market is not in the data. Raises RulesNotLoaded."""
    row = await DisclosureRule.get_or_none(
        market=market, platform=CreatorPlatform(platform), deal_type=DealType(deal_type)
    )
    if row is None:
        await supported_markets()  # raises when nothing is loaded at all
        return None
    return rule_from_row(row)


async def market_rules(market: str, platform: str) -> dict[str, Rule]:
    """Every deal type's rule for a market and platform, by deal type."""
    rows = await DisclosureRule.filter(market=market, platform=CreatorPlatform(platform))
    return {str(r.deal_type): rule_from_row(r) for r in rows}
