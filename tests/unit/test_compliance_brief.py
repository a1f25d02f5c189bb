"""Briefs in the creator's language with the disclosure block, and the check before a brief goes out."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from models.campaign import Campaign, Collaboration
from models.creator import Creator
from models.enums import CreatorPlatform, DealType, SampleType
from tests.unit.test_compliance_rules import rule
from workflows.compliance.brief import (
    BriefRefused,
    check_brief,
    render_brief,
    require_disclosure,
    write_brief,
)
from workflows.compliance.brief_text import BRIEF_LANGUAGES
from workflows.compliance.subject import Subject
from workflows.translation.ports import ModelUnavailable

# language → (market, a word of that language's template that must appear, the tag)
CASES = {
    "en": ("US", "Deliverables", "#ad"),
    "de": ("DE", "Leistungen", "Werbung"),
    "fr": ("FR", "Livrables", "Publicité"),
    "es": ("US", "Entregables", "#ad"),
    "pt": ("US", "Entregas", "#ad"),
    "id": ("GB", "Konten yang dibuat", "#ad"),
}


def subject(language: str, market: str, platform: str = "instagram", **collab: object) -> Subject:
    creator = Creator(handle="amy", platform=CreatorPlatform(platform), country=market, language=language)
    campaign = Campaign(name="Spring launch", product="GlowPro serum", offer_text="")
    collaboration = Collaboration(deal_type=DealType.PAID, **collab) if collab else None
    return Subject(
        market, platform, "paid", "collaboration", creator, collaboration, campaign if collab else None
    )


@pytest.mark.parametrize("language", sorted(CASES))
def test_brief_in_each_template_language_carries_the_disclosure(language: str) -> None:
    market, word, tag = CASES[language]
    found = rule(market, "instagram")
    text, missing = render_brief(subject(language, market), found, language)
    assert word in text and "@amy" in text
    assert tag in text and "Add Paid Partnership Label" in text and found.sources[0] in text
    assert missing == ("product", "deliverables", "dates", "offer")
    assert text.count("[") == 4  # each missing section is a placeholder to fill
    assert check_brief(text, found, language).ok


def test_brief_uses_the_collaboration_and_campaign() -> None:
    found = rule("US", "tiktok")
    sub = subject(
        "en",
        "US",
        "tiktok",
        fixed_fee=Decimal("300.00"),
        currency="USD",
        commission_percent=Decimal("15.00"),
        sample_type=SampleType.FREE,
    )
    text, missing = render_brief(sub, found, "en")
    assert "Campaign: Spring launch" in text and "Product: GlowPro serum" in text
    assert "Offer: fixed fee 300 USD; 15% commission; free sample" in text
    assert missing == ("deliverables", "dates")
    assert "Disclose commercial content" in text and "say it too" in text


def test_french_brief_names_the_image_labels() -> None:
    text, _ = render_brief(subject("fr", "FR"), rule("FR", "instagram"), "fr")
    assert "Images retouchées" in text and "Images virtuelles" in text and "Mets Publicité" not in text
    assert check_brief(text, rule("FR", "instagram"), "fr").ok
    without = text.replace("Images virtuelles", "")
    assert check_brief(without, rule("FR", "instagram"), "fr").missing == ("label:Images virtuelles",)


def test_a_brief_without_the_disclosure_is_refused_with_the_reason() -> None:
    found = rule("DE", "instagram")
    plain = "Kooperations-Briefing für @amy\nProdukt: GlowPro"
    result = check_brief(plain, found, "de")
    assert not result.ok and result.missing == ("tag", "switch")
    with pytest.raises(BriefRefused) as refused:
        require_disclosure(plain, found, "de")
    assert refused.value.missing == ("tag", "switch")
    with_ad_only = plain + "\n#ad\nAdd Paid Partnership Label"
    assert check_brief(with_ad_only, found, "de").missing == ("tag",), "#ad is not enough in Germany"


def test_not_covered_rule_says_so_in_the_brief() -> None:
    silent = rule("DE", "instagram", "gifted")
    text, _ = render_brief(subject("de", "DE"), silent, "de")
    assert "decken DE für diese Art von Kooperation nicht ab" in text
    assert check_brief(text, silent, "de").ok


@dataclass
class FakeTranslator:
    answer: str | None  # None: the model is down
    asked: list[str]

    async def translate(
        self, workspace_id: int | None, text: str, *, target: str | None = None, **_: object
    ) -> object:
        self.asked.append(target or "")
        if self.answer is None:
            raise ModelUnavailable("down")

        @dataclass
        class Done:
            text: str

        return Done(self.answer.replace("{brief}", text))


async def test_other_languages_fall_back_to_english_without_a_translator() -> None:
    written = await write_brief(subject("ja", "US"), rule("US", "instagram"), None, 1)
    assert (written.language, written.wanted_language, written.fallback) == ("en", "ja", "no_template")
    assert "Collaboration brief for @amy" in written.text


async def test_other_languages_go_through_the_translator_and_are_rechecked() -> None:
    keeps = FakeTranslator("JA: {brief}", [])
    written = await write_brief(subject("ja", "US"), rule("US", "instagram"), keeps, 1)  # type: ignore[arg-type]
    assert written.language == "ja" and written.text.startswith("JA: ") and keeps.asked == ["ja"]
    loses = FakeTranslator("JA: 広告なし", [])
    written = await write_brief(subject("ja", "US"), rule("US", "instagram"), loses, 1)  # type: ignore[arg-type]
    assert (written.language, written.fallback) == ("en", "translation_failed")
    down = FakeTranslator(None, [])
    written = await write_brief(subject("ja", "US"), rule("US", "instagram"), down, 1)  # type: ignore[arg-type]
    assert written.fallback == "translation_failed" and "#ad" in written.text


def test_every_template_language_has_every_text() -> None:
    keys = set(BRIEF_LANGUAGES["en"])
    assert all(set(words) == keys for words in BRIEF_LANGUAGES.values())
    assert {"en", "de", "fr", "es", "pt", "id"} <= set(BRIEF_LANGUAGES)
