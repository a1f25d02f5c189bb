"""One data row → a `RowDraft` (what the file says about one creator) plus the problems found in it.

Pure: no database. Problems that make the row unusable (no handle, an unknown platform or country, a
formula in the handle cell) skip it; others (a bad e-mail, an unknown city or stage, an unreadable follower
count) leave that field out and are reported as warnings.

Nothing in a row vanishes without a word (issue 17): a contact cell is split into the e-mail and the phone;
what a field cannot hold (a second phone, a WeChat id, a price that cannot be read) and every cell of a
column no field reads are kept as "<header>: <value>" lines for the creator's notes (`RowDraft.kept`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from models.enums import Stage
from workflows import currency, geo
from workflows.creators import check_handle, handle_key
from workflows.errors import InvalidHandle
from workflows.importing import cells
from workflows.importing.columns import Columns
from workflows.importing.source import FormulaWithoutValue
from workflows.importing.stage_words import read_stage


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
    column: str = ""  # the header of the cell, when the words name it


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
    phone: str | None = None
    owner: str | None = None
    stage: Stage | None = None
    note: str | None = None
    price: cells.Price | None = None
    kept: list[tuple[str, str]] = field(default_factory=list)  # (header, value) for the notes
    warnings: list[Problem] = field(default_factory=list)

    def keep(self, header: str, value: str) -> None:
        if (header, value) not in self.kept:
            self.kept.append((header, value))


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


_stage = functools.lru_cache(maxsize=1024)(read_stage)  # a column repeats a dozen words


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
    draft.warnings.extend(
        Problem(where, "formula", _short(v), skipped=False, column=columns.labels[f]) for f, v in formulas
    )
    skip = _fill(draft, row, columns, {f for f, _ in formulas})
    if skip is not None:
        return skip
    _keep_unmapped(draft, row, columns)
    return draft


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
        if draft.stage is None:  # never drops the row: the default stage (new) or the stage as it is
            draft.warnings.append(
                Problem(where, "stage_default", _short(stage_text), False, columns.labels["stage"])
            )
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
    _fill_contacts(draft, value, columns)
    _fill_price(draft, value, columns)
    return None


def _fill_soft(draft: RowDraft, value: Callable[[str], object], unit: int) -> None:
    """Fields whose bad value is only a warning."""
    where = draft.where
    for name in ("followers", "email", "language", "owner", "note"):
        try:
            _set(draft, name, value(name), unit)
        except cells.BadCell as bad:
            if name == "email" and _several_emails(draft, value(name)):
                continue
            draft.warnings.append(Problem(where, bad.code, _short(bad.value), skipped=False))


def _several_emails(draft: RowDraft, raw: object) -> bool:
    """An e-mail cell holding more than an address ("a@x.com; b@y.com"): the first is the e-mail, the
    rest is kept in the notes. False when it holds no address at all (then it is reported as bad)."""
    found = cells.contact(raw)
    if not found.emails:
        return False
    draft.email = found.emails[0]
    return True


def _fill_contacts(draft: RowDraft, value: Callable[[str], object], columns: Columns) -> None:
    """The e-mail column (read above) first, then the phone column, then a contact column: the first
    e-mail and phone found fill the fields, everything else is kept for the notes under its header."""
    emails: set[str] = set()  # what is already somewhere: a value in two columns is kept once
    phones: set[str] = set()
    for name in ("email", "phone", "contact"):
        try:
            found = cells.contact(value(name))
        except cells.BadCell as bad:  # a date in a phone or contact column
            draft.keep(columns.labels[name], bad.value)
            continue
        if name == "email" and not found.emails:
            continue  # no address at all: reported as a bad e-mail above
        extra: list[str] = []
        for address in found.emails:
            if draft.email is None:
                draft.email = address
            if address.casefold() not in emails and address.casefold() != draft.email.casefold():
                extra.append(address)
            emails.add(address.casefold())
        for number in found.phones:
            if draft.phone is None:
                draft.phone = number
            if cells.phone_key(number) not in phones and number != draft.phone:
                extra.append(number)
            phones.add(cells.phone_key(number))
        if name == "phone" and found.rest and not found.phones:
            draft.warnings.append(
                Problem(draft.where, "phone", _short(" / ".join(found.rest)), False, columns.labels[name])
            )
        if extra or found.rest:
            draft.keep(columns.labels[name], " / ".join([*extra, *found.rest]))


def _fill_price(draft: RowDraft, value: Callable[[str], object], columns: Columns) -> None:
    """A price cell is the creator's offer; one that cannot be read is kept in the notes and reported."""
    raw = value("price")
    try:
        price = cells.price(raw, columns.price_currency)
    except cells.BadCell as bad:
        label = columns.labels["price"]
        draft.keep(label, bad.value)
        draft.warnings.append(Problem(draft.where, bad.code, _short(bad.value), False, label))
        return
    if price is not None and price.currency is not None:  # "¥" to a creator in Japan is yen
        country = draft.place.country if draft.place else None
        code = currency.by_country(price.currency, currency.yen_sign(str(raw)), country)
        price = cells.Price(price.fee, code, price.percent)
    draft.price = price


def _keep_unmapped(draft: RowDraft, row: Sequence[object], columns: Columns) -> None:
    """Every cell of a column no field reads goes to the notes as "<header>: <value>"."""
    for col in columns.unmapped(len(row)):
        raw = row[col]
        if isinstance(raw, FormulaWithoutValue):
            draft.warnings.append(Problem(draft.where, "formula", _short(raw), False, columns.label(col)))
            continue
        kept = cells.text(raw, normalise=False)
        if kept is not None:
            draft.keep(columns.label(col), kept)


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
