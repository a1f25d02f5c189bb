"""Creator languages (ISO 639-1): names in zh/en and detection in free chat text."""

from __future__ import annotations

import functools

from workflows.geo.countries import AliasIndex, prepare

# code: (English name, Chinese name, other aliases). Latin names match as whole words,
# case-insensitively and accent-insensitively; Chinese names match anywhere outside @handles.
LANGUAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "en": ("English", "英语", ("英文", "英語")),
    "es": ("Spanish", "西班牙语", ("西语", "西班牙文", "Español", "Castellano")),
    "pt": ("Portuguese", "葡萄牙语", ("葡语", "葡萄牙文", "Português")),
    "de": ("German", "德语", ("德文", "Deutsch")),
    "fr": ("French", "法语", ("法文", "Français")),
    "it": ("Italian", "意大利语", ("意语", "意大利文", "Italiano")),
    "nl": ("Dutch", "荷兰语", ("荷语", "Nederlands")),
    "pl": ("Polish", "波兰语", ("Polski",)),
    "sv": ("Swedish", "瑞典语", ("Svenska",)),
    "ro": ("Romanian", "罗马尼亚语", ()),
    "ru": ("Russian", "俄语", ("俄文", "俄罗斯语")),
    "tr": ("Turkish", "土耳其语", ("土语", "Türkçe")),
    "ar": ("Arabic", "阿拉伯语", ("阿语", "阿拉伯文")),
    "hi": ("Hindi", "印地语", ()),
    "ja": ("Japanese", "日语", ("日文", "日本语")),
    "ko": ("Korean", "韩语", ("韩文", "韩国语", "朝鲜语")),
    "zh": ("Chinese", "中文", ("汉语", "普通话", "华语", "粤语", "Mandarin", "Cantonese")),
    "th": ("Thai", "泰语", ("泰文",)),
    "vi": ("Vietnamese", "越南语", ("越语", "越南文", "Tiếng Việt")),
    "id": ("Indonesian", "印尼语", ("印度尼西亚语", "Bahasa Indonesia", "Bahasa")),
    "ms": ("Malay", "马来语", ("马来文", "Bahasa Melayu", "Bahasa Malaysia")),
}

SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)

# Names that are also ordinary lower-case words ("nail polish") only count capitalised.
_CASE_SENSITIVE = frozenset({"Polish"})


@functools.cache
def _index() -> AliasIndex[str]:
    pairs = [(alias, code) for code, (en, zh, aliases) in LANGUAGES.items() for alias in (en, zh, *aliases)]
    return AliasIndex(pairs, exact=_CASE_SENSITIVE)


def find_language(text: str) -> tuple[str, tuple[int, int]] | None:
    """First language named in ``text`` as ``(ISO 639-1 code, (start, end))``, else None."""
    hits = _index().find(prepare(text))
    if not hits:
        return None
    hit = hits[0]
    return hit.values[0], (hit.start, hit.end)


def language_name(code: str, locale: str) -> str:
    """``language_name("es", "zh_CN") == "西班牙语"``; non-Chinese locales give English."""
    entry = LANGUAGES.get(code.strip().lower())
    if entry is None:
        raise ValueError(f"unknown language code: {code!r}")
    return entry[1] if locale.lower().replace("-", "_").startswith("zh") else entry[0]
