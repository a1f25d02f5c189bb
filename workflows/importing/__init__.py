"""Spreadsheet import: .xlsx / .csv rows → creators, with a dry-run preview and a per-row report."""

from workflows.importing.columns import HEADER_NAMES, NoHandleColumn
from workflows.importing.rows import Problem, Where
from workflows.importing.run import ImportReport, Progress, Updated, import_file
from workflows.importing.source import NotASpreadsheet

from workflows.importing import uploads  # isort: skip  (needs run, imported above)

__all__ = [
    "HEADER_NAMES",
    "ImportReport",
    "NoHandleColumn",
    "NotASpreadsheet",
    "Problem",
    "Progress",
    "Updated",
    "Where",
    "import_file",
    "uploads",
]
