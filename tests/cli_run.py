"""Runs the `creatorbot` command (`python -m bot`) in a subprocess as a user would, with the test
process's database, Redis and locale settings cleared so only what a test passes in `env` applies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "bot"]
REPO = Path(__file__).resolve().parents[1]


def run_cli(
    args: list[str], cwd: Path, stdin: str = "", *, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "BOT_LOCALE")}
    environ.update(env)
    environ["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [*CLI, *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        timeout=timeout,
        check=False,
    )
