"""The intents the features declare (each handler module's router), as the understanding layer reads them:
the names, the slots `parse` prints, which ones change data, a line describing each. The understanding
core imports no feature: it asks the registry, which the router tree is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handlers.routing import IntentSpec


@dataclass(frozen=True, slots=True)
class Intents:
    specs: Mapping[str, IntentSpec]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.specs)

    @property
    def writes(self) -> frozenset[str]:
        return frozenset(name for name, spec in self.specs.items() if spec.writes)

    @property
    def need_creator(self) -> frozenset[str]:
        return frozenset(name for name, spec in self.specs.items() if spec.needs_creator)

    def spec(self, name: str) -> IntentSpec:
        from handlers.routing import IntentSpec

        return self.specs.get(name) or IntentSpec(name)

    def slots(self, name: str) -> tuple[str, ...]:
        spec = self.specs.get(name)
        return spec.slots if spec else ()

    def describe(self, name: str) -> str:
        spec = self.specs.get(name)
        return spec.describe if spec and spec.describe else name.replace("_", " ")


@cache
def declared() -> Intents:
    """What the features declare, read once per process."""
    from handlers import intent_specs

    return Intents(intent_specs())
