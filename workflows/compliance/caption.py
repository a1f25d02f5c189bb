"""The caption check: deterministic code over one disclosure rule (no model call). It says what is
missing or not accepted and proposes a corrected caption: the text as typed, with the market's tag put
where the rule wants it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from workflows.compliance.rules import Rule

Severity = Literal["problem", "reminder"]
_VIDEO_CODES = ("in_video", "spoken")
_CLOUD_MIN = 3  # a run of this many hashtags is a "hashtag cloud"
_HASHTAG = re.compile(r"#[^\s#]+")
_LEADING_NOISE = re.compile(r"^[\W_]*", re.UNICODE)  # spaces, punctuation and emoji before the first word


@dataclass(frozen=True, slots=True)
class Finding:
    """`code` names an i18n message ("caption.<code>"); `values` fill it."""

    code: str
    severity: Severity
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaptionCheck:
    caption: str
    corrected: str  # == caption when nothing had to move
    tag: str  # the tag the correction uses
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return not any(f.severity == "problem" for f in self.findings)

    @property
    def changed(self) -> bool:
        return self.corrected != self.caption


@lru_cache(maxsize=512)
def tag_pattern(tag: str) -> re.Pattern[str]:
    """ "#ad" matches "#AD" but not "#adorable"; a word tag ("Werbung") also matches "#Werbung";
    "#*partner" is a hashtag ending in "partner" with a brand before it ("#GlowPartner")."""
    if tag.startswith("#*"):
        return re.compile(r"(?<![\w#])#\w+" + re.escape(tag[2:]) + r"(?!\w)", re.IGNORECASE)
    words = r"\s+".join(re.escape(w) for w in tag.lstrip("#").split())
    prefix = "#" if tag.startswith("#") else "#?"
    return re.compile(r"(?<![\w#])" + prefix + words + r"(?!\w)", re.IGNORECASE)


def find_tags(text: str, tags: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, as written) of every tag found, in text order, overlaps dropped (longest first)."""
    hits = sorted(
        ((m.start(), m.end(), m.group(0)) for tag in tags for m in tag_pattern(tag).finditer(text)),
        key=lambda h: (h[0], -(h[1] - h[0])),
    )
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def _at_start(text: str, start: int) -> bool:
    noise = _LEADING_NOISE.match(text[:start])
    return noise is not None and noise.end() == start


def _in_cloud(text: str, start: int) -> bool:
    """Whether the hashtag at `start` sits in a run of ≥3 hashtags separated only by white space."""
    tags = list(_HASHTAG.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for match in tags:
        if runs and not text[runs[-1][-1].end() : match.start()].strip():
            runs[-1].append(match)
        else:
            runs.append([match])
    return any(len(run) >= _CLOUD_MIN and run[0].start() <= start < run[-1].end() for run in runs)


def _join(tag: str, caption: str) -> str:
    if not caption:
        return tag
    return f"{tag} {caption}" if tag.startswith("#") else f"{tag} | {caption}"


def _remove(text: str, start: int, end: int) -> str:
    before, after = text[:start].rstrip(" \t|"), text[end:].lstrip(" \t|")
    if not before or not after or before.endswith("\n") or after.startswith("\n"):
        return (before + after).strip()
    return f"{before} {after}".strip()


def check_caption(rule: Rule, caption: str, post_language: str | None = None) -> CaptionCheck:
    """Check one caption against a covered rule; `post_language` picks the tag (Canada: #pub in French)."""
    text = caption.strip()
    tag = rule.tag_for(post_language)
    accepted = find_tags(text, rule.caption_tags)
    insufficient = [h for h in find_tags(text, rule.insufficient_tags) if not _overlaps(h, accepted)]
    findings: list[Finding] = []
    corrected = text
    if not accepted:
        if insufficient:
            findings.append(
                Finding(
                    "insufficient", "problem", {"tags": " ".join(dict.fromkeys(h[2] for h in insufficient))}
                )
            )
        findings.append(
            Finding(
                "missing" if rule.tag_required else "recommended",
                "problem" if rule.tag_required else "reminder",
                {"tag": tag},
            )
        )
        corrected = _join(tag, text)
    else:
        first = accepted[0]
        misplaced = rule.caption_position == "start" and not _at_start(text, first[0])
        clouded = rule.no_hashtag_cloud and not _at_start(text, first[0]) and _in_cloud(text, first[0])
        if clouded:
            findings.append(Finding("cloud", "problem", {"tag": first[2]}))
        if misplaced:
            findings.append(Finding("not_at_start", "problem", {"tag": first[2]}))
        if misplaced or clouded:
            corrected = _join(first[2], _remove(text, first[0], first[1]))
    for label in rule.extra_labels:
        if not find_tags(text, (label.label,)):
            findings.append(
                Finding(
                    "extra_label",
                    "reminder",
                    {
                        "label": label.label,
                        "when_en": label.when.get("en", ""),
                        "when_zh_CN": label.when.get("zh_CN", ""),
                    },
                )
            )
    if any(code in rule.placement for code in _VIDEO_CODES):
        findings.append(Finding("in_video", "reminder", {"tag": tag}))
    if "on_media_whole_duration" in rule.placement:
        findings.append(Finding("on_media", "reminder", {"tag": tag}))
    findings.append(Finding("switch", "reminder", {"switch": rule.platform_switch}))
    return CaptionCheck(caption=text, corrected=corrected, tag=tag, findings=tuple(findings))


def _overlaps(hit: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    return any(hit[0] < o[1] and o[0] < hit[1] for o in others)
