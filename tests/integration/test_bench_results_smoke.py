"""The results bench runs (bench/results.py): a small import on SQLite in its child process. It asserts
nothing about time — only that the script still works and imports every generated row."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_results_bench_imports_a_small_export() -> None:
    out = subprocess.run(
        [sys.executable, "bench/results.py", "--part", "import", "--rows", "600", "--backend", "sqlite"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "failed" not in out.stdout, out.stdout
    assert '"created": 600' in out.stdout and '"unchanged": 600' in out.stdout, out.stdout
