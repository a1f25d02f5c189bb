"""The caption check: deterministic findings and a corrected caption (the text as typed, the tag placed)."""

from __future__ import annotations

from tests.unit.test_compliance_rules import rule
from workflows.compliance.caption import check_caption, find_tags


def codes(result: object) -> list[str]:
    return [f.code for f in result.findings if f.severity == "problem"]  # type: ignore[attr-defined]


def test_the_issue_example_spon_is_not_enough_for_a_us_creator() -> None:
    result = check_caption(rule("US", "tiktok"), "Obsessed with this serum 😍 #skincare #spon")
    assert not result.ok
    assert codes(result) == ["insufficient", "missing"]
    assert result.findings[0].values == {"tags": "#spon"}
    assert result.corrected == "#ad Obsessed with this serum 😍 #skincare #spon"
    reminders = [f.code for f in result.findings if f.severity == "reminder"]
    assert reminders == ["in_video", "switch"]


def test_uk_gifted_alone_is_not_enough_even_for_a_gift() -> None:
    result = check_caption(rule("GB", "instagram", "gifted"), "Loving my new serum #gifted")
    assert codes(result) == ["insufficient", "missing"]
    assert result.corrected == "#ad Loving my new serum #gifted"
    assert check_caption(rule("GB", "instagram", "gifted"), "#ad Loving my new serum #gifted").ok


def test_a_tag_buried_in_a_hashtag_cloud_is_flagged_and_moved_to_the_front() -> None:
    result = check_caption(rule("DE", "instagram"), "Mein neues Serum #skincare #werbung #glow #beauty")
    assert codes(result) == ["cloud", "not_at_start"]
    assert result.corrected == "#werbung Mein neues Serum #skincare #glow #beauty"


def test_a_tag_at_the_end_when_the_start_is_required() -> None:
    result = check_caption(rule("US", "instagram"), "Love this serum, use it every day #ad")
    assert codes(result) == ["not_at_start"]
    assert result.corrected == "#ad Love this serum, use it every day"


def test_france_needs_publicite_and_reminds_the_image_labels() -> None:
    result = check_caption(rule("FR", "instagram"), "Mon sérum préféré #skincare")
    assert codes(result) == ["missing"]
    assert result.corrected == "Publicité | Mon sérum préféré #skincare"
    labels = [f.values["label"] for f in result.findings if f.code == "extra_label"]
    assert labels == ["Images retouchées", "Images virtuelles"]
    assert check_caption(rule("FR", "instagram"), "Mon sérum préféré — Collaboration commerciale").ok
    done = check_caption(rule("FR", "tiktok"), "Publicité · Images retouchées · mon sérum")
    assert [f.values["label"] for f in done.findings if f.code == "extra_label"] == ["Images virtuelles"]


def test_correct_captions_pass_unchanged() -> None:
    for market, caption in (
        ("US", "#ad Obsessed with this serum 😍 #skincare"),
        ("GB", "AD | my morning routine #skincare"),
        ("DE", "Werbung | Mein neues Serum #skincare"),
        ("DE", "#Anzeige Mein neues Serum"),
        ("CA", "#GlowPartner my routine"),
        ("AU", "My routine #ad"),
    ):
        result = check_caption(rule(market, "instagram"), caption)
        assert result.ok and not result.changed, (market, caption)


def test_german_captions_with_ad_only_are_not_enough_and_get_werbung() -> None:
    result = check_caption(rule("DE", "tiktok"), "#ad neues Serum")
    assert codes(result) == ["insufficient", "missing"]
    assert result.corrected == "Werbung | #ad neues Serum"


def test_australia_recommends_but_does_not_require_a_tag() -> None:
    result = check_caption(rule("AU", "tiktok"), "My routine")
    assert result.ok and result.findings[0].code == "recommended"
    assert result.corrected == "#ad My routine"


def test_canada_french_post_gets_pub() -> None:
    result = check_caption(rule("CA", "instagram"), "Ma routine", post_language="fr")
    assert result.corrected == "#pub Ma routine"


def test_tags_match_whole_tags_only() -> None:
    assert find_tags("#adorable #badge add", ("#ad", "ad")) == []
    assert [h[2] for h in find_tags("#AD and #Werbung", ("#ad", "werbung"))] == ["#AD", "#Werbung"]
    assert find_tags("#ambassador", ("#*ambassador",)) == []
    assert find_tags("#GlowAmbassador", ("#*ambassador",))[0][2] == "#GlowAmbassador"
