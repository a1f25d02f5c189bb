"""Detection threshold, glossary lines, target choice, circuit breaker, backoff and settings."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError
from workflows.translation.detect import detect
from workflows.translation.glossary import BadTerm, TermSpec, parse_spec, rules_for
from workflows.translation.model import CircuitBreaker, RetryPolicy
from workflows.translation.service import choose_target

NO_FILE = Path("/nonexistent/.env")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ok", None),  # a one-word "ok" is not Spanish (nor anything)
        ("lol", None),
        ("👍", None),
        ("Hola amiga, me encanta tu marca! Cuánto cuesta?", "es"),
        ("Obrigada! Recebi o produto ontem e adorei", "pt"),
        ("Hallo! Ich habe Interesse an einer Kooperation", "de"),
        ("Terima kasih! Kami akan kirim sampel minggu depan", "id"),
        ("สวัสดีค่ะ สนใจร่วมงานค่ะ", "th"),
        ("我们可以给15%佣金，brief稍后发", "zh"),
        ("Sorry, I'm fully booked until next month", "en"),
    ],
)
def test_detection_answers_only_above_the_threshold(text: str, language: str | None) -> None:
    assert detect(text).language == language


def test_tokens_do_not_sway_detection() -> None:
    assert detect("[[P1]] [[P2]] [[P3]]").language is None


@pytest.mark.parametrize(
    ("source", "reader", "creator", "target"),
    [
        ("es", "zh", None, "zh"),
        ("zh", "zh", "es", "es"),
        ("zh", "zh", None, "en"),
        (None, "zh", None, "zh"),
        ("es", "en", None, "en"),
        ("en", "en", None, "zh"),
    ],
)
def test_target_language(source: str | None, reader: str, creator: str | None, target: str) -> None:
    assert choose_target(source, reader, creator) == target


@pytest.mark.parametrize(
    ("line", "spec"),
    [
        ("佣金 = commission", TermSpec("佣金", "commission", "en")),
        ("样品＝free sample", TermSpec("样品", "free sample", "en")),
        ("commission = 佣金", TermSpec("佣金", "commission", "en")),
        ("佣金 = comisión（西班牙语）", TermSpec("佣金", "comisión", "es")),
        ("佣金 = comissão (pt)", TermSpec("佣金", "comissão", "pt")),
        ("GlowPro", TermSpec("GlowPro", "GlowPro", "")),
        ("GlowPro = glowpro", TermSpec("GlowPro", "GlowPro", "")),
    ],
)
def test_glossary_lines(line: str, spec: TermSpec) -> None:
    assert parse_spec(line) == spec


@pytest.mark.parametrize(
    ("line", "reason"),
    [("", "empty"), ("sample = muestra", "one_side_chinese"), ("佣金 = x (克林贡语)", "language")],
)
def test_bad_glossary_lines(line: str, reason: str) -> None:
    with pytest.raises(BadTerm) as raised:
        parse_spec(line)
    assert raised.value.reason == reason


def test_glossary_rules_follow_the_direction() -> None:
    specs = [
        TermSpec("佣金", "commission", "en"),
        TermSpec("佣金", "comisión", "es"),
        TermSpec("GlowPro", "GlowPro", ""),
    ]
    assert {(r.match, r.replacement) for r in rules_for(specs, "zh", "es")} == {
        ("佣金", "comisión"),
        ("GlowPro", "GlowPro"),
    }
    assert {(r.match, r.replacement) for r in rules_for(specs, "en", "zh")} == {
        ("commission", "佣金"),
        ("GlowPro", "GlowPro"),
    }
    assert {r.match for r in rules_for(specs, "de", "zh")} == {"GlowPro"}


def test_circuit_opens_fails_fast_then_lets_one_probe_through() -> None:
    now = [0.0]
    breaker = CircuitBreaker(threshold=3, cooldown_s=30, now=lambda: now[0])
    for _ in range(3):
        assert breaker.allow()
        breaker.failure()
    assert breaker.state == "open" and not breaker.allow()
    now[0] = 31
    assert breaker.state == "half_open" and breaker.allow() and not breaker.allow()  # one probe only
    breaker.failure()
    assert breaker.state == "open"
    now[0] = 62
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow()


def test_backoff_is_jittered_capped_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_s=0.5, cap_s=4.0)
    rng = random.Random(7)
    delays = [policy.delay(attempt, None, rng) for attempt in range(8) for _ in range(50)]
    assert max(delays) <= 4.0 and len({round(d, 6) for d in delays}) > 300
    assert 2.0 <= policy.delay(0, 2.0, rng) <= 2.5
    assert policy.delay(0, 500.0, rng) <= 0.5  # an absurd Retry-After is not obeyed


def test_translation_settings_from_the_environment() -> None:
    assert Settings.from_env({}, env_file=NO_FILE).translation is None
    assert (
        Settings.from_env({"OPENAI_API_KEY": "sk-x"}, env_file=NO_FILE).translation is None
    )  # a key alone switches nothing on
    deepseek = Settings.from_env(
        {
            "TRANSLATION_MODEL": "deepseek-chat",
            "OPENAI_BASE_URL": "https://api.deepseek.com/v1/",
            "OPENAI_API_KEY": "sk-secret-value",
            "TRANSLATION_TIMEOUT_S": "20",
            "TRANSLATION_PRICE_PER_1K_TOKENS": "0.0011",
            "TRANSLATION_PRICE_CURRENCY": "cny",
        },
        env_file=NO_FILE,
    ).translation
    assert deepseek is not None
    assert (deepseek.base_url, deepseek.timeout_s, deepseek.price_currency) == (
        "https://api.deepseek.com/v1",
        20,
        "CNY",
    )
    assert "sk-secret-value" not in repr(deepseek)
    ollama = Settings.from_env(
        {"TRANSLATION_MODEL": "qwen2.5:7b", "OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}
    )
    assert ollama.translation is not None and ollama.translation.api_key == ""


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"TRANSLATION_MODEL": "gpt-4o-mini"}, "OPENAI_API_KEY"),
        ({"TRANSLATION_MODEL": "m", "OPENAI_BASE_URL": "ftp://x"}, "OPENAI_BASE_URL"),
        (
            {"TRANSLATION_MODEL": "m", "OPENAI_API_KEY": "k", "TRANSLATION_TIMEOUT_S": "soon"},
            "TRANSLATION_TIMEOUT_S",
        ),
        (
            {"TRANSLATION_MODEL": "m", "OPENAI_API_KEY": "k", "TRANSLATION_TIMEOUT_S": "0"},
            "TRANSLATION_TIMEOUT_S",
        ),
        (
            {"TRANSLATION_MODEL": "m", "OPENAI_API_KEY": "k", "TRANSLATION_PRICE_PER_1K_TOKENS": "-1"},
            "TRANSLATION_PRICE_PER_1K_TOKENS",
        ),
    ],
)
def test_bad_translation_settings_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(env, env_file=NO_FILE)
    assert raised.value.variable == variable


@pytest.mark.parametrize(
    ("text", "language"),
    [  # creators' DMs as they are typed (issue 17): chat words, no accents, abbreviations
        ("Halo kak, aku udah terima paketnya, makasih ya! Nanti aku bikin videonya minggu depan", "id"),
        ("Kak, paketnya udah nyampe ya, makasih banget!", "id"),
        ("Gak bisa kak minggu ini, gimana kalo minggu depan aja?", "id"),
        ("udah aku upload ya kak, cek aja di tiktok aku", "id"),
        ("wah seru banget kak, aku mau dong ikutan", "id"),
        ("Hai kak, saya dah terima barang tu, terima kasih banyak!", "ms"),
        ("Okay kak, nanti saya update bila video dah siap ya", "ms"),
        ("Tak boleh la minggu ni, saya sibuk sangat", "ms"),
        ("Terima kasih kak, produk ni memang best!", "ms"),
        ("Oye pues si me interesa, mandame el brief porfa", "es"),
        ("Hola amiga! cuanto pagan x video? tmb hago lives", "es"),
        ("Oi gente, manda msg pra [[P1]] pelo cupom", "pt"),
        ("Opa, tudo bem? Quanto vcs pagam por video?", "pt"),
        ("Dạ em sẽ quay video tuần sau ạ", "vi"),
        ("Chị ơi giá bao nhiêu 1 video vậy ạ?", "vi"),
        ("โอเคค่ะ เดี๋ยวอาทิตย์หน้าถ่ายคลิปให้นะคะ", "th"),
        # Tagalog is not a language we detect: "not sure" rather than Indonesian
        ("Hi po! Natanggap ko na yung package, salamat po!", None),
        ("Sige po, gagawa ako ng content bukas", None),
    ],
)
def test_colloquial_creator_messages_are_detected(text: str, language: str | None) -> None:
    assert detect(text).language == language
