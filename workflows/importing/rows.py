"""One data row → a `RowDraft` (what the file says about one creator) plus the problems found in it.

Pure: no database. Problems that make the row unusable (no handle, an unknown platform, country or stage,
a formula in the handle cell) skip it; others (a bad e-mail, an unknown city, an unreadable follower count)
leave that field out and are reported as warnings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from models.enums import Stage
from workflows import geo
from workflows.creators import check_handle, handle_key
from workflows.errors import InvalidHandle
from workflows.importing import cells
from workflows.importing.columns import Columns
from workflows.importing.source import FormulaWithoutValue
from workflows.stages import parse_stage


@dataclass(frozen=True, slots=True)
class Where:
    sheet: str  # "" for CSV
    row: int  # 1-based, as the spreadsheet shows it


@dataclass(frozen=True, slots=True)
class Problem:
    where: Where
    code: str  # missing_handle, bad_handle, platform, country, region, stage, followers, email, …
    value: str = ""  # the cell (shortened) or, for a duplicate, the first row
    skipped: bool = True  # False: a warning, the row was imported without that value


@dataclass(frozen=True, slots=True)
class Place:
    country: str
    region: str | None
    region_name: str | None
    timezone: str | None


@dataclass(slots=True)
class RowDraft:
    where: Where
    handle: str
    key: str
    platform: str | None = None
    place: Place | None = None
    language: str | None = None
    followers: int | None = None
    email: str | None = None
    owner: str | None = None
    stage: Stage | None = None
    note: str | None = None
    warnings: list[Problem] = field(default_factory=list)


def _short(value: object) -> str:
    return str(value)[:60]


@functools.lru_cache(maxsize=4096)
def locate(country: str, region: str | None) -> Place | str:
    """The place for a (country, region) pair, or the problem code: 'country' or 'region'."""
    try:
        found = geo.resolve_location(country, region)
    except geo.UnknownCountry:
        return "country"
    except geo.UnknownRegion:
        try:
            found = geo.resolve_location(country, None)
        except (geo.UnknownCountry, geo.UnknownRegion):
            return "country"
        return Place(found.country, None, None, found.zone)
    return Place(found.country, found.region, found.region_name, found.zone)


_stage = functools.lru_cache(maxsize=1024)(parse_stage)  # a column repeats a dozen words


def read_row(where: Where, row: Sequence[object], columns: Columns) -> RowDraft | Problem:
    """A draft, or the one problem that skips the row."""
    formulas = [(f, v) for f in columns.index if isinstance(v := columns.get(row, f), FormulaWithoutValue)]
    if any(f == "handle" for f, _ in formulas):
        return Problem(where, "formula", _short(columns.get(row, "handle")))
    try:
        found = cells.handle(columns.get(row, "handle"))
    except cells.BadCell as bad:
        return Problem(where, bad.code, _short(bad.value))
    if found is None:
        return Problem(where, "missing_handle")
    try:
        handle = check_handle(found[0])
    except InvalidHandle:
        return Problem(where, "bad_handle", _short(found[0]))
    draft = RowDraft(where, handle, handle_key(handle), platform=found[1])
    draft.warnings.extend(Problem(where, "formula", _short(v), skipped=False) for f, v in formulas)
    skip = _fill(draft, row, columns, {f for f, _ in formulas})
    return skip if skip is not None else draft


def _fill(draft: RowDraft, row: Sequence[object], columns: Columns, formulas: set[str]) -> Problem | None:
    def value(name: str) -> object:
        return None if name in formulas else columns.get(row, name)

    where = draft.where
    try:
        draft.platform = cells.platform(value("platform")) or draft.platform
        stage_text = cells.plain_text(value("stage"))
        country = cells.plain_text(value("country"))
        region = cells.plain_text(value("region"))
    except cells.BadCell as bad:
        return Problem(where, bad.code, _short(bad.value))
    if stage_text is not None:
        draft.stage = _stage(stage_text)
        if draft.stage is None:
            return Problem(where, "stage", _short(stage_text))
    if country is not None:
        place = locate(country, region)
        if isinstance(place, str):
            return Problem(where, place, _short(country))
        if region is not None and place.region is None and place.region_name is None:
            draft.warnings.append(Problem(where, "region", _short(region), skipped=False))
        draft.place = place
    elif region is not None:
        draft.warnings.append(Problem(where, "region_without_country", _short(region), skipped=False))
    _fill_soft(draft, value, columns.follower_unit)
    return None


def _fill_soft(draft: RowDraft, value: Callable[[str], object], unit: int) -> None:
    """Fields whose bad value is only a warning."""
    where = draft.where
    for name in ("followers", "email", "language", "owner", "note"):
        try:
            _set(draft, name, value(name), unit)
        except cells.BadCell as bad:
            draft.warnings.append(Problem(where, bad.code, _short(bad.value), skipped=False))


def _set(draft: RowDraft, name: str, raw: object, unit: int) -> None:
    if name == "followers":
        draft.followers = cells.followers(raw, unit)
    elif name == "email":
        draft.email = cells.email(raw)
    elif name == "language":
        draft.language = language(raw)
    elif name == "owner":
        owner = cells.plain_text(raw)
        draft.owner = owner[:100] if owner else None
    else:
        draft.note = cells.text(raw, normalise=False)


def language(raw: object) -> str | None:
    """An ISO 639-1 code from a code ('en', 'pt-BR') or a name ('英语', 'Spanish')."""
    label = cells.plain_text(raw)
    if label is None:
        return None
    code = label.lower().replace("_", "-").split("-")[0]
    if code in geo.SUPPORTED_LANGUAGES:
        return code
    found = geo.find_language(label)
    if found is None:
        raise cells.BadCell("language", label)
    return found[0]
