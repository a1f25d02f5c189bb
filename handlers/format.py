"""Shared formatting of creators, stages and places for replies (text only, no platform markup)."""

from __future__ import annotations

from datetime import datetime

from i18n import Catalog
from models.creator import Creator
from models.enums import FUNNEL, Stage
from workflows import clock_labels, geo


def stage_name(t: Catalog, stage: str) -> str:
    return t(f"stage.{Stage(stage).value}")


def all_stage_names(t: Catalog) -> str:
    exits = [s for s in Stage if s not in FUNNEL]
    return t(
        "stage.list",
        funnel=" → ".join(stage_name(t, s) for s in FUNNEL),
        exits=" / ".join(stage_name(t, s) for s in exits),
    )


def handle(creator: Creator) -> str:
    return f"@{creator.handle}"


def place(t: Catalog, creator: Creator) -> str:
    if not creator.country:
        return t("creator.place_unknown")
    country = geo.country_name(creator.country, t.locale)
    if not creator.region_name:
        return country
    return f"{country} {geo.region_display_name(creator.region_name, t.locale)}"


def local_clock(t: Catalog, creator: Creator, now: datetime) -> str:
    """'周二 11/24 18:00 奥斯汀 (UTC−6)' on the creator's clock, or a prompt for the missing place."""
    if not creator.timezone:
        return t("creator.zone_unknown")
    return clock_labels.wall(t, now, creator.timezone, creator.region_name)


def followers(t: Catalog, count: int | None) -> str:
    if count is None:
        return "-"
    if t.locale.startswith("zh") and count >= 10_000:
        return f"{count / 10_000:.1f}".rstrip("0").rstrip(".") + "万"
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    if count >= 1_000:
        return f"{count / 1_000:.1f}".rstrip("0").rstrip(".") + "k"
    return str(count)


def reminder_what(t: Catalog, text: str, handle: str | None = None) -> str:
    """What a reminder is about, the same on its card, when it fires, in the agenda and when cancelled:
    its text; with nothing but the creator's handle in it (or nothing at all), following up that creator
    ("跟进 @amy"); with neither, "（无内容）" — never a bare "-"."""
    mention = f"@{handle}" if handle else ""
    left = text.replace(mention, " ") if mention else text
    if left.strip(" \t\n,，.。:：;；!！、-"):
        return text
    return t("reminder.follow_up", handle=mention) if mention else t("reminder.no_text")


def creator_line(t: Catalog, creator: Creator) -> str:
    owner = creator.owner.display_name if creator.owner else "-"
    return t(
        "creator.line",
        handle=handle(creator),
        platform=creator.platform,
        stage=stage_name(t, creator.stage),
        place=place(t, creator),
        owner=owner,
    )
