"""The Translator port, what it returns, and the errors it raises (each one a thing to tell the user)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

Tone = Literal["default", "formal", "casual"]
TONES: tuple[Tone, ...] = ("default", "formal", "casual")


class TranslationError(Exception):
    """Base class. `code` is stable (stored on kept requests, used for i18n keys)."""

    code = "error"


class ModelUnavailable(TranslationError):
    """Timeouts, 429, 5xx, connection refused, or the circuit is open: the request is worth keeping."""

    code = "unavailable"


class ModelAuthFailed(TranslationError):
    """401/403 from the endpoint: an admin must fix OPENAI_API_KEY. The provider's message is dropped,
    it may quote part of the key."""

    code = "auth"


class ModelMisconfigured(TranslationError):
    """404 (unknown model or wrong base URL) or 400 the model will repeat: an admin must fix settings."""

    code = "config"


class ModelGarbage(TranslationError):
    """The model answered with nothing usable (empty, only the prompt echoed, or cut off)."""

    code = "garbage"


BadReason = Literal["empty", "too_long", "unsupported_language", "same_language"]


class BadRequest(TranslationError):
    """Something the user can fix: no text, too long, a language we do not translate, or nothing to do."""

    def __init__(self, reason: BadReason, detail: str = "", limit: int = 0) -> None:
        super().__init__(reason)
        self.reason: BadReason = reason
        self.code = reason
        self.detail = detail
        self.limit = limit


@dataclass(frozen=True, slots=True)
class Translation:
    text: str
    source_language: str | None  # None: the detector was not sure (a one-word "ok")
    target_language: str
    confidence: float
    original: str
    warnings: tuple[str, ...] = ()  # protected spans the model lost or altered, as they were
    cached: bool = False
    parts: int = 1


@dataclass(frozen=True, slots=True)
class Draft:
    """A message for a creator, in `language`, with its back-translation for the operator to check."""

    text: str
    language: str
    back_translation: str
    tone: Tone = "default"
    warnings: tuple[str, ...] = ()
    cached: bool = False


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True, slots=True)
class Pricing:
    """What 1,000 tokens cost (input and output alike), for the usage estimate."""

    per_1k_tokens: float = 0.0
    currency: str = "USD"


class Translator(Protocol):
    """Port: translate and draft through a language model, with the workspace's glossary and cache."""

    @property
    def model_name(self) -> str: ...

    @property
    def pricing(self) -> Pricing: ...

    @property
    def endpoint(self) -> str:
        """The model's base URL without credentials (for telling an admin what to fix)."""
        ...

    def available(self) -> bool:
        """False while the circuit breaker is open (calls would fail fast)."""
        ...

    async def aclose(self) -> None:
        """Wait for pending bookkeeping, then close the HTTP client (at shutdown)."""
        ...

    async def flush(self) -> None:
        """Wait until the usage rows and cache entries of answered requests are written."""
        ...

    async def translate(
        self,
        workspace_id: int | None,
        text: str,
        *,
        target: str | None = None,
        reader: str = "zh",
        creator_language: str | None = None,
    ) -> Translation:
        """`target` None: foreign text goes to `reader`'s language, reader-language text to the creator's
        language (else English, or Chinese for an English reader)."""
        ...

    async def draft(
        self,
        workspace_id: int | None,
        brief: str,
        *,
        language: str,
        creator_name: str | None = None,
        tone: Tone = "default",
        reader: str = "zh",
        kind: str = "draft",
        keep: Sequence[str] = (),
    ) -> Draft:
        """`keep`: names used as written (a creator's name, a product), on top of the glossary's."""
        ...
