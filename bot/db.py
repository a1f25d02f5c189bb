"""Database lifecycle: Tortoise config from a URL, open/close, and aerich migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.context import TortoiseContext

import models
from models import MODEL_MODULES

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


async def open_db(database_url: str) -> TortoiseContext:
    """Initialise the ORM for this process and check that the database answers."""
    try:
        ctx = await Tortoise.init(config=tortoise_config(database_url))
        await Tortoise.get_connection("default").execute_query("SELECT 1")
    except Exception as exc:
        raise DatabaseUnavailable(_describe(exc)) from exc
    return ctx


async def close_db() -> None:
    await Tortoise.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply every pending aerich migration; returns the versions applied now."""
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url), app="models", location=str(MIGRATIONS_DIR)
    )
    try:
        await command.init()
        applied: list[str] = await command.upgrade(run_in_transaction=True)
    except Exception as exc:
        raise DatabaseUnavailable(_describe(exc)) from exc
    finally:
        await command.aclose()
    return applied


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {text}"
