#!/usr/bin/env bash
# The README's first command: install into .venv and start the console on an embedded SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/fonts.sh
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/creatorbot console "$@"
