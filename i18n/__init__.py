"""Localised messages. Catalogs are plain dicts (zh_CN first, en second) kept in parity by a test:
same keys, same {placeholders}. Never build a message with an f-string; pass values as keywords."""

from __future__ import annotations

from i18n import en, zh_CN

CATALOGS: dict[str, dict[str, str]] = {"zh_CN": zh_CN.MESSAGES, "en": en.MESSAGES}
DEFAULT_LOCALE = "zh_CN"


class Catalog:
    """`t("key", name=value)` in one locale."""

    def __init__(self, locale: str) -> None:
        self.locale = locale if locale in CATALOGS else DEFAULT_LOCALE
        self._messages = CATALOGS[self.locale]

    def __contains__(self, key: str) -> bool:
        return key in self._messages

    def __call__(self, key: str, **values: object) -> str:
        template = self._messages.get(key) or CATALOGS[DEFAULT_LOCALE][key]
        return template.format(**values) if values else template
