"""A short collaboration brief in the creator's language with the disclosure block from the rules, and
`check_brief`, which any path that sends a brief calls first: a brief without the disclosure is refused."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from workflows.compliance.brief_text import BRIEF_LANGUAGES, MISSING_WHAT, PLATFORM_NAMES
from workflows.compliance.caption import find_tags
from workflows.compliance.rules import Rule
from workflows.compliance.subject import Subject
from workflows.errors import WorkflowError
from workflows.translation.ports import TranslationError, Translator

log = logging.getLogger(__name__)
FALLBACK_LANGUAGE = "en"
SECTIONS = ("product", "deliverables", "dates", "offer")


@dataclass(frozen=True, slots=True)
class BriefCheck:
    ok: bool
    missing: tuple[str, ...]  # "tag", "switch", "label:<label>"


@dataclass
class BriefRefused(WorkflowError):
    """A brief about to go out lacks the disclosure its rule requires."""

    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    text: str
    language: str  # the language the brief is written in
    wanted_language: str  # the creator's language
    fallback: str | None  # None | "no_template" (no translator) | "translation_failed"
    placeholders: tuple[str, ...]  # sections left to fill ("product", "deliverables", …)


def check_brief(text: str, rule: Rule | None, post_language: str | None = None) -> BriefCheck:
    """Whether `text` carries the disclosure `rule` requires: an accepted tag (the recommended one for the
    post language counts), the platform switch, and the market's extra labels. Rules that do not cover
    the deal (or no rule) cannot be checked and pass."""
    if rule is None or not rule.covered:
        return BriefCheck(True, ())
    missing: list[str] = []
    if not find_tags(text, (*rule.caption_tags, rule.tag_for(post_language))):
        missing.append("tag")
    if rule.platform_switch not in text:
        missing.append("switch")
    missing += [f"label:{x.label}" for x in rule.extra_labels if x.label not in text]
    return BriefCheck(not missing, tuple(missing))


def require_disclosure(text: str, rule: Rule | None, post_language: str | None = None) -> None:
    """Raise BriefRefused when `check_brief` fails: call before a brief is sent."""
    found = check_brief(text, rule, post_language)
    if not found.ok:
        raise BriefRefused(found.missing)


def disclosure_block(rule: Rule | None, market: str, language: str, post_language: str | None) -> list[str]:
    words = BRIEF_LANGUAGES[language]
    if rule is None or not rule.covered:
        return [words["d_not_covered"].format(market=market)]
    tag = rule.tag_for(post_language)
    lines = [f"— {words['disclosure'].format(market=market)} —"]
    if not rule.tag_required:
        lines.append(words["d_optional"].format(tag=tag))
    elif rule.caption_position == "start":
        lines.append(words["d_start"].format(tag=tag))
    else:
        lines.append(words["d_any"].format(tag=tag))
    others = [t for t in rule.caption_tags if t.casefold() != tag.casefold() and not t.startswith("#*")]
    if others:
        lines.append(words["d_accepted"].format(tags=", ".join(others)))
    if rule.insufficient_tags:
        lines.append(words["d_not_enough"].format(tags=", ".join(rule.insufficient_tags)))
    if rule.no_hashtag_cloud:
        lines.append(words["d_cloud"])
    if "in_video" in rule.placement or "spoken" in rule.placement:
        lines.append(words["d_video"])
    if "on_media_whole_duration" in rule.placement:
        lines.append(words["d_media"])
    for label in rule.extra_labels:
        lines.append(words["d_retouched" if label.label == "Images retouchées" else "d_virtual"])
    lines.append(
        words["d_switch"].format(platform=PLATFORM_NAMES[rule.platform], switch=rule.platform_switch)
    )
    lines.append(words["d_source"].format(url=rule.sources[0], date=rule.checked_on.isoformat()))
    return lines


def creator_note(rule: Rule, post_language: str | None) -> tuple[str, str] | None:
    """(language, text): what to tell the creator about a caption, in their language when we have a
    template for it (deterministic, no model); None for a rule that does not cover the deal."""
    if not rule.covered:
        return None
    language = (post_language or FALLBACK_LANGUAGE).split("-")[0]
    language = language if language in BRIEF_LANGUAGES else FALLBACK_LANGUAGE
    words, tag = BRIEF_LANGUAGES[language], rule.tag_for(post_language)
    first = words["d_start" if rule.caption_position == "start" else "d_any"].format(tag=tag)
    switch = words["d_switch"].format(platform=PLATFORM_NAMES[rule.platform], switch=rule.platform_switch)
    return language, f"{first} {switch}"


def _money(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def _sections(subject: Subject, language: str) -> tuple[dict[str, str | None], str | None]:
    words = BRIEF_LANGUAGES[language]
    collab, campaign = subject.collaboration, subject.campaign
    product = campaign.product if campaign and campaign.product else None
    dates: list[str] = []
    if campaign and campaign.starts_on and campaign.ends_on:
        dates.append(words["campaign_dates"].format(start=campaign.starts_on, end=campaign.ends_on))
    if collab and collab.content_due_on:
        dates.append(words["content_due"].format(date=collab.content_due_on))
    offer: list[str] = []
    if collab and collab.fixed_fee is not None and collab.currency:
        offer.append(words["fee"].format(amount=_money(collab.fixed_fee), currency=collab.currency))
    if collab and collab.commission_percent is not None:
        offer.append(words["commission"].format(percent=_money(collab.commission_percent)))
    if collab and collab.sample_type:
        offer.append(words[f"sample_{collab.sample_type}"])
    elif subject.deal_type == "gifted":
        offer.append(words["gifted"])
    if campaign and campaign.offer_text:
        offer.append(campaign.offer_text)
    values: dict[str, str | None] = {
        "product": product,
        "deliverables": None,  # no deliverables field yet: always asked for
        "dates": "; ".join(dates) or None,
        "offer": "; ".join(offer) or None,
    }
    return values, campaign.name if campaign else None


def render_brief(subject: Subject, rule: Rule | None, language: str) -> tuple[str, tuple[str, ...]]:
    """The brief in one of BRIEF_LANGUAGES, and the sections left as placeholders."""
    words = BRIEF_LANGUAGES[language]
    handle = f"@{subject.creator.handle}" if subject.creator else ""
    values, campaign = _sections(subject, language)
    lines = [words["title"].format(handle=handle)]
    if campaign:
        lines.append(f"{words['campaign']}: {campaign}")
    for name in SECTIONS:
        value = values[name] or words["todo"].format(what=MISSING_WHAT[language][name])
        lines.append(f"{words[name]}: {value}")
    lines.append("")
    lines += disclosure_block(rule, subject.market or "?", language, subject.language)
    placeholders = tuple(name for name in SECTIONS if not values[name])
    return "\n".join(lines), placeholders


async def write_brief(
    subject: Subject, rule: Rule | None, translator: Translator | None, workspace_id: int
) -> Brief:
    """The brief in the creator's language: a template when we have one; else the English brief
    translated (hashtags and quoted settings are protected) and re-checked; else English, said so."""
    wanted = (subject.language or FALLBACK_LANGUAGE).split("-")[0]
    if wanted in BRIEF_LANGUAGES:
        text, placeholders = render_brief(subject, rule, wanted)
        require_disclosure(text, rule, subject.language)
        return Brief(text, wanted, wanted, None, placeholders)
    english, placeholders = render_brief(subject, rule, FALLBACK_LANGUAGE)
    require_disclosure(english, rule, subject.language)
    if translator is None:
        return Brief(english, FALLBACK_LANGUAGE, wanted, "no_template", placeholders)
    try:
        translated = await translator.translate(workspace_id, english, target=wanted, reader="zh")
    except (TranslationError, WorkflowError):
        log.warning("brief translation to %s failed; sending the English brief", wanted)
        return Brief(english, FALLBACK_LANGUAGE, wanted, "translation_failed", placeholders)
    if not check_brief(translated.text, rule, subject.language).ok:  # the model lost the disclosure
        return Brief(english, FALLBACK_LANGUAGE, wanted, "translation_failed", placeholders)
    return Brief(translated.text, wanted, wanted, None, placeholders)
