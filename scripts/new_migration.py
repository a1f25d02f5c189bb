"""Write the next migration for both dialects: `python scripts/new_migration.py NAME`.

aerich generates SQL for the database it runs against, so this runs it twice — on a scratch SQLite file
and a scratch PostgreSQL database, each first brought to the latest migration — and merges the two
scripts into one file whose `upgrade` picks by dialect (see ARCHITECTURE.md, Migrations).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import asyncpg
from aerich import Command
from tortoise import Tortoise

from bot.db import MIGRATIONS_DIR, tortoise_config

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
SCRATCH = "creatorbot_scratch_migration"


async def _aerich_migrate(url: str, location: str, name: str) -> None:
    command = Command(tortoise_config=tortoise_config(url), app="models", location=location)
    await command.init()
    await command.migrate(name)
    await Tortoise.close_connections()


def _generate(url: str, name: str, workdir: Path) -> Path:
    """Bring a scratch database to the latest migration, then let aerich diff the models against it.

    Each step runs in its own process: aerich keeps ORM state between init calls."""
    location = workdir / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    env = {**os.environ, "DATABASE_URL": url}
    schema_only = "import asyncio; from bot.db import migrate; "
    schema_only += f"asyncio.run(migrate({url!r}, load_data=False))"
    subprocess.run([sys.executable, "-c", schema_only], env=env, check=True)
    here = str(Path(__file__).parent)
    step = f"import asyncio, sys; sys.path.insert(0, {here!r}); import new_migration as m; "
    step += f"asyncio.run(m._aerich_migrate({url!r}, {str(location)!r}, {name!r}))"
    subprocess.run([sys.executable, "-c", step], check=True)
    known = {p.name for p in (MIGRATIONS_DIR / "models").glob("*.py")}
    (new,) = [p for p in (location / "models").glob("*.py") if p.name not in known]
    return new


def _sql(path: Path) -> str:
    text = path.read_text()
    match = re.search(
        r'async def upgrade\(db: BaseDBAsyncClient\) -> str:\n    return """(.*?)"""', text, re.S
    )
    if match is None:
        raise SystemExit(f"no upgrade SQL in {path}")
    return match.group(1)


async def main(description: str) -> None:
    name = re.sub(r"\W+", "_", description.split(":")[0].lower()).strip("_")[:40]
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}"')
    await admin.execute(f'CREATE DATABASE "{SCRATCH}"')
    try:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            lite = _generate(f"sqlite://{a}/scratch.sqlite3", name, Path(a))
            pg = _generate(f"postgres://postgres@127.0.0.1:5432/{SCRATCH}", name, Path(b))
            state = re.search(r"MODELS_STATE = \(.*?\n\)\n", pg.read_text(), re.S)
            if state is None:
                raise SystemExit("no MODELS_STATE in the generated file")
            target = MIGRATIONS_DIR / "models" / pg.name
            target.write_text(
                f'"""{description}."""\n\nfrom tortoise import BaseDBAsyncClient\n\n'
                "RUN_IN_TRANSACTION = True\n\n"
                f'POSTGRES = """{_sql(pg)}"""\n\nSQLITE = """{_sql(lite)}"""\n\n\n'
                "async def upgrade(db: BaseDBAsyncClient) -> str:\n"
                '    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE\n\n\n'
                'async def downgrade(db: BaseDBAsyncClient) -> str:\n    return ""\n\n\n' + state.group(0)
            )
            print(target)  # noqa: T201
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}"')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
