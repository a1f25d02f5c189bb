"""The one place that talks to the model: `openai.AsyncOpenAI` against any OpenAI-compatible endpoint,
with a timeout per call, jittered exponential backoff on 429/5xx/timeouts, and a circuit breaker so an
outage fails fast instead of making every operator wait for the timeout."""

from __future__ import annotations

import asyncio
import logging
import math
import random
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import openai

from workflows.translation.ports import (
    ModelAuthFailed,
    ModelGarbage,
    ModelMisconfigured,
    ModelUnavailable,
)
from workflows.translation.prompts import Prompt

log = logging.getLogger(__name__)
_TRANSIENT_STATUS = {408, 409, 425, 429}


@dataclass(frozen=True, slots=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int


class ChatModel(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def endpoint(self) -> str:
        """The base URL, without credentials: safe to show an admin."""
        ...

    def available(self) -> bool: ...

    async def complete(self, prompt: Prompt, max_tokens: int) -> Completion: ...

    async def aclose(self) -> None: ...


class CircuitBreaker:
    """Closed → open after `threshold` failures in a row → half-open after `cooldown_s` (one probe)."""

    def __init__(
        self, threshold: int = 5, cooldown_s: float = 30.0, now: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._now = now
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        if self._opened_at is None:
            return "closed"
        return "half_open" if self._now() - self._opened_at >= self.cooldown_s else "open"

    def allow(self) -> bool:
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._probing:
            self._probing = True
            return True
        return False

    def would_allow(self) -> bool:
        return self.state == "closed" or (self.state == "half_open" and not self._probing)

    def success(self) -> None:
        self._failures, self._opened_at, self._probing = 0, None, False

    def failure(self) -> None:
        self._failures += 1
        if self._probing or self._failures >= self.threshold:
            if self._opened_at is None or self._probing:
                log.warning("translation model circuit opened after %d failures", self._failures)
            self._opened_at, self._probing = self._now(), False


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3  # the first call and two retries
    base_s: float = 0.5
    cap_s: float = 8.0
    retry_after_cap_s: float = 20.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Full jitter (uniform 0…base·2^attempt, capped); a server's Retry-After wins, within reason."""
        if retry_after is not None and 0 < retry_after <= self.retry_after_cap_s:
            return retry_after + rng.uniform(0, self.base_s)
        return rng.uniform(0, min(self.cap_s, self.base_s * 2**attempt))


class OpenAIChatModel:
    """ChatModel over the real `openai.AsyncOpenAI` (its own retries off: ours see every attempt)."""

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        model: str,
        *,
        timeout_s: float,
        retry: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._client = client
        self._model = model
        self._timeout_s = timeout_s
        self._retry = retry or RetryPolicy()
        self.breaker = breaker or CircuitBreaker()
        self._sleep = sleep
        self._rng = rng or random.Random()

    @property
    def name(self) -> str:
        return self._model

    @property
    def endpoint(self) -> str:
        return re.sub(r"(://)[^/@]*@", r"\1", str(self._client.base_url)).rstrip("/")

    def available(self) -> bool:
        return self.breaker.would_allow()

    async def aclose(self) -> None:
        await self._client.close()

    async def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        for attempt in range(self._retry.attempts):
            if not self.breaker.allow():
                raise ModelUnavailable("circuit open")
            try:
                response = await self._client.chat.completions.create(
                    model=self._model,
                    messages=[
                        {"role": "system", "content": prompt.system},
                        {"role": "user", "content": prompt.user},
                    ],
                    temperature=0.2,
                    max_tokens=max_tokens,
                    timeout=self._timeout_s,
                )
            except openai.APIError as error:
                retry_after = self._failed(error)
                if attempt + 1 < self._retry.attempts and self.breaker.would_allow():
                    await self._sleep(self._retry.delay(attempt, retry_after, self._rng))
                    continue
                raise ModelUnavailable(type(error).__name__) from None
            self.breaker.success()
            return _completion(response, prompt)
        raise ModelUnavailable("retries exhausted")  # pragma: no cover - the loop always returns or raises

    def _failed(self, error: openai.APIError) -> float | None:
        """Raise for what retrying cannot fix; count and return Retry-After for what it can."""
        status = getattr(error, "status_code", None)
        if isinstance(error, openai.AuthenticationError | openai.PermissionDeniedError):
            raise ModelAuthFailed(f"HTTP {status}") from None  # never the provider's text: it quotes the key
        if isinstance(error, openai.NotFoundError):
            raise ModelMisconfigured(f"HTTP {status}") from None
        if (
            isinstance(error, openai.APIStatusError)
            and error.status_code not in _TRANSIENT_STATUS
            and (error.status_code < 500)
        ):
            raise ModelMisconfigured(f"HTTP {status}") from None
        if not isinstance(error, openai.APIStatusError | openai.APIConnectionError):
            raise ModelGarbage(type(error).__name__) from None  # e.g. an unparseable response body
        self.breaker.failure()
        log.info("translation model call failed (%s), status %s", type(error).__name__, status)
        return _retry_after(error)


def _retry_after(error: openai.APIError) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    try:
        if headers.get("retry-after-ms"):
            return float(headers["retry-after-ms"]) / 1000
        value = float(headers.get("retry-after", "nan"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _completion(response: object, prompt: Prompt) -> Completion:
    choices = getattr(response, "choices", None) or []
    if not choices:
        raise ModelGarbage("no choices")
    choice = choices[0]
    text = getattr(choice.message, "content", None) or ""
    if choice.finish_reason == "length":
        raise ModelGarbage("cut off")
    if not text.strip():
        raise ModelGarbage("empty")
    usage = getattr(response, "usage", None)
    if usage is None:  # some local servers send none: estimate (≈ 4 characters a token)
        return Completion(text, (len(prompt.system) + len(prompt.user)) // 4 + 1, len(text) // 4 + 1)
    return Completion(text, int(usage.prompt_tokens or 0), int(usage.completion_tokens or 0))
