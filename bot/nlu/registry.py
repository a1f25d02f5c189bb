"""The intents the features declare (each handler module's router), as the understanding layer reads them:
the names, the slots `parse` prints, which ones change data, a line describing each. The understanding
core imports no feature: it asks the registry, which the router tree is."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handlers.command import Args
    from handlers.spec import IntentSpec


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
        from handlers.spec import IntentSpec

        return self.specs.get(name) or IntentSpec(name)

    def slots(self, name: str) -> tuple[str, ...]:
        spec = self.specs.get(name)
        return spec.slots if spec else ()

    def args(self, name: str) -> type[Args]:
        """The arguments type the feature declared for `name`, imported when first asked for."""
        return _args_type(self.spec(name).args)

    def describe(self, name: str) -> str:
        spec = self.specs.get(name)
        return spec.describe if spec and spec.describe else name.replace("_", " ")


@cache
def declared() -> Intents:
    """What the features declare, read once per process. The declarations are cached on disk under the
    digest of the feature modules' source, so a short-lived process (`creatorbot parse`) reads them
    without importing every feature and the database layer behind it."""
    path = _cache_path()
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return Intents({row["name"]: _spec(row) for row in rows})
    except (OSError, ValueError, KeyError, TypeError):
        pass
    from handlers import intent_specs

    specs = intent_specs()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as tmp:
            json.dump([dataclasses.asdict(spec) for spec in specs.values()], tmp, ensure_ascii=False)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only home: read the features next time too
    return Intents(dict(specs))


@cache
def _args_type(where: str) -> type[Args]:
    from handlers.command import Args

    if not where:
        return Args
    module, _, name = where.partition(":")
    found = getattr(importlib.import_module(module), name)
    if not (isinstance(found, type) and issubclass(found, Args)):
        raise TypeError(f"{where} is not an Args type")
    return found


def _spec(row: Mapping[str, Any]) -> IntentSpec:
    from handlers.spec import IntentSpec

    fields = {f.name for f in dataclasses.fields(IntentSpec)}
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in fields
    }
    return IntentSpec(**values)


def _cache_path() -> Path:
    handlers = Path(__file__).resolve().parents[2] / "handlers"
    digest = hashlib.sha256()
    for path in sorted(handlers.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    base = os.environ.get("CREATORBOT_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base or Path.home() / ".cache") / "creatorbot" / f"intents-{digest.hexdigest()[:16]}.json"
