#!/usr/bin/env bash
# The README's test command: a fresh virtualenv with the project and its test tools, then the
# linters and the whole suite (SQLite and the local PostgreSQL on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fonts.sh
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest "$@"
