"""The checked-in aerich migrations build the schema the models describe, on both backends."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from aerich.utils import decompress_dict, get_models_describe
from tortoise import Tortoise

from bot.db import MIGRATIONS_DIR, database, migrate


def _latest_state() -> dict[str, object]:
    files = sorted((MIGRATIONS_DIR / "models").glob("[0-9]*_*.py"), key=lambda p: int(p.name.split("_")[0]))
    spec = importlib.util.spec_from_file_location("latest_migration", files[-1])
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    state: dict[str, object] = decompress_dict(module.MODELS_STATE)
    return state


async def test_models_match_the_latest_migration(tmp_path: Path) -> None:
    """Fails when a model changed without `aerich migrate` (see ARCHITECTURE.md, Migrations)."""
    async with database(f"sqlite://{tmp_path / 'describe.sqlite3'}"):
        current = get_models_describe("models")
    # the stored state went through JSON (tuples became lists); compare it the same way
    assert json.loads(json.dumps(current, default=str)) == _latest_state()


async def test_migrate_is_idempotent_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'fresh.sqlite3'}"
    first = await migrate(url)
    assert first and first[0].startswith("0_")
    assert await migrate(url) == []
    async with database(url):
        tables = await Tortoise.get_connection("default").execute_query_dict(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    assert {"workspace", "chat", "member", "creator", "stage_change", "note", "audit_log"} <= {
        t["name"] for t in tables
    }


async def test_postgres_was_built_by_migrations(postgres_url: str) -> None:
    assert await migrate(postgres_url) == []
