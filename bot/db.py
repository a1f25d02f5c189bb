"""Database lifecycle: Tortoise config from a URL, open/close, and aerich migrations."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tortoise import Tortoise
from tortoise.context import TortoiseContext

import models
from models import MODEL_MODULES

if TYPE_CHECKING:
    from workflows.compliance.rules import LoadOutcome

MIGRATIONS_DIR = Path(models.__file__).resolve().parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or opened; the message is one line for the user."""


def tortoise_config(database_url: str) -> dict[str, Any]:
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


@asynccontextmanager
async def database(database_url: str) -> AsyncIterator[TortoiseContext]:
    """The ORM for the duration of the block, in a context of its own; checks that the database answers."""
    async with TortoiseContext() as ctx:
        try:
            await ctx.init(config=tortoise_config(database_url))
            await Tortoise.get_connection("default").execute_query("SELECT 1")
        except Exception as exc:
            raise DatabaseUnavailable(_describe(exc)) from exc
        yield ctx


async def migrate(database_url: str, *, load_data: bool = True) -> list[str]:
    """Apply every pending aerich migration, then load the reference data files (disclosure rules);
    returns the migration versions applied now. `load_data=False`: the schema only (the migration
    generator brings scratch databases to the last migration, where the current models' tables may
    not exist yet)."""
    from aerich import Command

    async with database(database_url):
        command = Command(
            tortoise_config=tortoise_config(database_url), app="models", location=str(MIGRATIONS_DIR)
        )
        try:
            await command.init()
            applied: list[str] = await command.upgrade(run_in_transaction=True)
        except Exception as exc:
            raise DatabaseUnavailable(_describe(exc)) from exc
        if load_data:
            await load_reference_data()
    return applied


async def load_reference_data() -> LoadOutcome:
    """Bring the disclosure rules in the open database to the shipped data file (idempotent)."""
    from workflows.compliance.rules import load_rules
    from workflows.ports import SystemClock

    return await load_rules(SystemClock())


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text}"
