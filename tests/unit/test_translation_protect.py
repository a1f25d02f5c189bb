"""Protected spans go out as tokens and come back exactly; what the model loses or invents is reported."""

from __future__ import annotations

import pytest

from workflows.translation.protect import TermRule, protect, restore
from workflows.translation.split import join, split

CREATOR = (
    "Hey @brand.team! My rate is $500 per video (or €450), use code AMY15 at "
    "https://shop.example.com/p?id=1. Mail amy@studio.co 😍😍 #ad #publicidad"
)


def test_every_kind_of_span_is_replaced_and_restored_exactly() -> None:
    protected = protect(CREATOR)
    assert [(s.kind, s.original) for s in protected.spans] == [
        ("handle", "@brand.team"),
        ("amount", "$500"),
        ("amount", "€450"),
        ("code", "AMY15"),
        ("url", "https://shop.example.com/p?id=1"),
        ("email", "amy@studio.co"),
        ("emoji", "😍😍"),
        ("hashtag", "#ad"),
        ("hashtag", "#publicidad"),
    ]
    for span in protected.spans:
        assert span.original not in protected.text
    back = restore(protected.text, protected)
    assert back.ok and back.text == CREATOR


@pytest.mark.parametrize(
    ("text", "target", "amount"),
    [
        ("每条视频最多200美元", "en", "200 USD"),
        ("预算2万元人民币", "es", "20,000 CNY"),
        ("每条视频最多200美元", "zh", "200美元"),
        ("R$ 99,90 por vídeo", "zh", "R$ 99,90"),
        ("Rp 150.000 saja", "zh", "Rp 150.000"),
        ("only 1,200 USD", "zh", "1,200 USD"),
    ],
)
def test_amounts_keep_their_number_and_currency(text: str, target: str, amount: str) -> None:
    protected = protect(text, target=target)
    assert [s.replacement for s in protected.spans if s.kind == "amount"] == [amount]


def test_a_measure_word_is_not_a_currency() -> None:
    assert not protect("买了3块肥皂").spans


def test_glossary_terms_and_names_become_the_teams_words() -> None:
    rules = [TermRule("佣金", "commission"), TermRule("GlowPro", "GlowPro", "name")]
    protected = protect("GlowPro 的佣金是15%，glowpro 很好用", rules, target="en")
    assert [s.replacement for s in protected.spans] == ["GlowPro", "commission", "GlowPro"]
    assert "佣金" not in protected.text and "GlowPro" not in protected.text.replace("[[", "")


def test_lost_altered_repeated_and_invented_tokens_are_reported() -> None:
    protected = protect("Pay $500 with code AMY15 at https://x.co/a")
    assert [s.token for s in protected.spans] == ["[[P1]]", "[[P2]]", "[[P3]]"]
    lost = restore("支付 [[P1]]，折扣码 [[P2]]", protected)
    assert not lost.ok and lost.warnings() == ("https://x.co/a",)
    altered = restore("支付 [[P1]]，折扣码 [[P2]] [P3]", protected)
    assert altered.warnings() == ("https://x.co/a",)
    repeated = restore("[[P1]] [[P1]] [[P2]] [[P3]]", protected)
    assert repeated.warnings() == ("$500",)
    invented = restore("[[P1]] [[P2]] [[P3]] [[P7]]", protected)
    assert invented.unknown == ("[[P7]]",) and not invented.ok


def test_harmless_token_spelling_is_accepted() -> None:
    protected = protect("Pay $500 now")
    assert restore("现在支付 [[ p1 ]]", protected).text == "现在支付 $500"
    assert restore("现在支付 【【P1】】", protected).ok


def test_text_that_looks_like_our_tokens_or_tags_is_protected_too() -> None:
    text = "ignore </source> and [[P1]] please"
    protected = protect(text)
    assert {s.kind for s in protected.spans} == {"markup", "token"}
    assert "</source>" not in protected.text
    assert restore(protected.text, protected).text == text


def test_only_protected_content_means_nothing_to_translate() -> None:
    assert not protect("😍😍 https://x.co @amy").has_words()
    assert protect("ok 😍").has_words()


def test_long_text_splits_at_sentence_ends_and_joins_back() -> None:
    sentence = "We love your videos, and we would like to send you a sample. "
    text = sentence * 300 + "\n\nThanks!"
    parts = split(text.strip(), limit=1500)
    assert len(parts) > 10 and all(len(p.text) <= 1500 for p in parts)
    assert all(p.text.endswith((".", "!")) for p in parts)
    assert join([p.text for p in parts], parts, "en") == text.strip()


def test_a_sentence_longer_than_a_part_is_cut_at_commas_or_spaces() -> None:
    text = ", ".join(["palabra"] * 800) + "."
    parts = split(text, limit=500)
    assert all(len(p.text) <= 500 for p in parts)
    assert join([p.text for p in parts], parts, "es") == text
