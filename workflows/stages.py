"""Stage vocabulary: the words people use for each pipeline stage, in Chinese and English."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.enums import FUNNEL, Stage

# Longest alias wins when several match; English aliases match as whole words, case-insensitively.
STAGE_ALIASES: dict[Stage, tuple[str, ...]] = {
    Stage.PROSPECT: ("待建联", "待联系", "待邀约", "潜在", "prospect", "prospects"),
    Stage.CONTACTED: (
        "已邀约",
        "已联系",
        "已建联",
        "已触达",
        "已私信",
        "已发邀约",
        "contacted",
        "reached out",
        "invited",
    ),
    Stage.REPLIED: ("已回复", "回复了", "已回", "回消息了", "replied", "responded"),
    Stage.NEGOTIATING: (
        "谈判中",
        "洽谈中",
        "沟通中",
        "议价中",
        "谈价中",
        "negotiating",
        "negotiation",
        "in talks",
    ),
    Stage.AGREED: ("已确认", "已合作", "已谈妥", "谈妥", "确认合作", "agreed", "confirmed", "signed"),
    Stage.SAMPLE_SHIPPED: (
        "已寄样",
        "已发样",
        "寄样了",
        "发样了",
        "样品已寄出",
        "样品已发",
        "sample shipped",
        "sample sent",
        "samples sent",
        "shipped",
        "sample_shipped",
    ),
    Stage.SAMPLE_RECEIVED: (
        "已签收",
        "已收样",
        "收到样品",
        "样品已签收",
        "样品已到",
        "sample received",
        "received",
        "delivered",
        "sample_received",
    ),
    Stage.CONTENT_POSTED: (
        "已发布",
        "已发视频",
        "已出视频",
        "视频已发布",
        "视频已发",
        "已出片",
        "已上线",
        "content posted",
        "posted",
        "published",
        "content_posted",
    ),
    Stage.PAID: ("已结算", "结算完成", "settled", "paid"),
    Stage.DECLINED: ("婉拒", "已拒绝", "拒绝了", "拒绝", "不合作", "declined", "rejected", "refused"),
    Stage.GHOSTED: ("失联", "不回复", "没回复", "联系不上", "ghosted", "no response", "unresponsive"),
    Stage.BLOCKED: ("黑名单", "拉黑", "已拉黑", "blacklist", "blacklisted", "blocked", "block"),
}

_ENTRIES: list[tuple[str, Stage]] = sorted(
    ((alias.lower(), stage) for stage, aliases in STAGE_ALIASES.items() for alias in aliases),
    key=lambda entry: -len(entry[0]),
)


def _pattern(alias: str) -> str:
    escaped = re.escape(alias).replace(r"\ ", r"[\s_]+")
    if alias[0].isascii():
        return rf"(?<![A-Za-z0-9_.@]){escaped}(?![A-Za-z0-9_])"
    return escaped


_FINDERS: list[tuple[re.Pattern[str], Stage]] = [
    (re.compile(_pattern(alias), re.IGNORECASE), stage) for alias, stage in _ENTRIES
]


def find_stage(text: str) -> tuple[Stage, tuple[int, int]] | None:
    """The longest stage alias in `text`, with its span; the earliest wins among equals."""
    best: tuple[Stage, tuple[int, int]] | None = None
    for finder, stage in _FINDERS:
        match = finder.search(text)
        if match is None:
            continue
        length = match.end() - match.start()
        if best is None or length > best[1][1] - best[1][0]:
            best = (stage, match.span())
    return best


def parse_stage(text: str) -> Stage | None:
    """A stage from a word or a stage key (`negotiating`, `谈判中`, `sample_shipped`)."""
    text = text.strip()
    try:
        return Stage(text.lower())
    except ValueError:
        found = find_stage(text)
        return found[0] if found else None


@dataclass(frozen=True, slots=True)
class Step:
    """What a stage change did along the funnel: `back` (to an earlier stage), or the stages it `skipped`
    on the way forward. Moves to or from an exit (婉拒 / 失联 / 黑名单) are neither."""

    back: bool = False
    skipped: tuple[Stage, ...] = ()


def step_between(before: Stage, after: Stage) -> Step:
    """`已寄样 → 已回复` went back; `待建联 → 已确认` skipped 已邀约, 已回复 and 谈判中."""
    if before not in FUNNEL or after not in FUNNEL:
        return Step()
    start, end = FUNNEL.index(before), FUNNEL.index(after)
    if end < start:
        return Step(back=True)
    return Step(skipped=FUNNEL[start + 1 : end])
