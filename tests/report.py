"""A stash key for figures that tests want printed in the terminal summary."""

import pytest

REPORT_KEY = pytest.StashKey[list[str]]()
