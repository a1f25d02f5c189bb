"""Fixtures for the translation tests: the OpenAI simulator, a Translator pointed at it through settings
(the real AsyncOpenAI), and consoles in Chinese and English that use it."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import pytest

from bot.adapters.console import Console
from bot.core.understanding import Understanding  # these tests are about translation: no model reader
from bot.settings import Settings, TranslationSettings
from bot.wiring import build_dispatcher, build_translator
from tests.simulators.openai import OpenAISimulator
from workflows.ports import FrozenClock
from workflows.translation.model import CircuitBreaker, RetryPolicy
from workflows.translation.ports import Translator

API_KEY = "sk-test-0123456789abcdef"


class Monotonic:
    """A monotonic clock for the circuit breaker that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def sim() -> AsyncIterator[OpenAISimulator]:
    simulator = OpenAISimulator()
    await simulator.start()
    yield simulator
    await simulator.stop()


@pytest.fixture
def settings(sim: OpenAISimulator) -> Settings:
    return Settings(
        translation=TranslationSettings(
            model="sim-model",
            base_url=sim.base_url,
            api_key=API_KEY,
            timeout_s=2.0,
            price_per_1k_tokens=0.002,
        )
    )


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def breaker(monotonic: Monotonic) -> CircuitBreaker:
    return CircuitBreaker(threshold=3, cooldown_s=30.0, now=monotonic)


@pytest.fixture
async def translator(
    settings: Settings, clock: FrozenClock, breaker: CircuitBreaker
) -> AsyncIterator[Translator]:
    built = build_translator(settings, clock, retry=RetryPolicy(attempts=3, base_s=0.001), breaker=breaker)
    assert built is not None
    yield built
    await built.aclose()


def console_with(
    settings: Settings, clock: FrozenClock, translator: Translator | None, user: str, locale: str
) -> Console:
    dispatcher = dataclasses.replace(
        build_dispatcher(settings, clock), translator=translator, understanding=Understanding()
    )
    return Console(dispatcher, user=user, locale=locale)


@pytest.fixture
def zh(db: str, settings: Settings, clock: FrozenClock, translator: Translator) -> Console:
    """小李 in a Chinese console, translating through the simulator."""
    return console_with(settings, clock, translator, "小李", "zh_CN")


@pytest.fixture
def en(db: str, settings: Settings, clock: FrozenClock, translator: Translator) -> Console:
    return console_with(settings, clock, translator, "Lisa", "en")
