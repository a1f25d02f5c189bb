"""The team's exchange rates into its reporting currency, and the SQL pieces every results statement
shares (parameters written the connection's way, the rate periods as a VALUES list, a money column as a
number). Below both `workflows/results.py` (the figures) and `workflows/results_tally.py` (the running
totals), so neither imports the other for them."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from models.results import ExchangeRate, ResultsSetting

DEFAULT_REPORTING = "CNY"


@dataclass(slots=True)
class Rates:
    """The workspace's rates into the reporting currency, by day."""

    reporting: str
    # currency → (sorted valid_from days, rates into `reporting`)
    table: dict[str, tuple[list[date], list[Decimal]]] = field(default_factory=dict)

    def boundaries(self) -> list[date]:
        """Every day a rate changes: the periods a line's day is grouped by."""
        days = {d for dates, _ in self.table.values() for d in dates}
        return sorted(days)

    def rate(self, code: str, day: date) -> Decimal | None:
        if code == self.reporting:
            return Decimal(1)
        found = self.table.get(code)
        if found is None:
            return None
        dates, rates = found
        at = bisect_right(dates, day) - 1
        return rates[max(at, 0)]

    def convert(self, amount: Decimal, code: str, day: date) -> Decimal | None:
        rate = self.rate(code, day)
        return None if rate is None else amount * rate


async def reporting_currency(workspace_id: int) -> str:
    setting = await ResultsSetting.get_or_none(workspace_id=workspace_id)
    return setting.reporting_currency if setting is not None else DEFAULT_REPORTING


async def load_rates(workspace_id: int, reporting: str) -> Rates:
    rows = (
        await ExchangeRate.filter(workspace_id=workspace_id)
        .order_by("valid_from", "id")
        .values("base", "quote", "rate", "valid_from")
    )
    direct: dict[str, dict[date, Decimal]] = {}
    inverse: dict[str, dict[date, Decimal]] = {}
    for row in rows:
        base, quote, rate = str(row["base"]), str(row["quote"]), Decimal(str(row["rate"]))
        day = as_date(row["valid_from"])
        if quote == reporting and base != reporting:
            direct.setdefault(base, {})[day] = rate
        elif base == reporting and quote != reporting and rate > 0:
            inverse.setdefault(quote, {})[day] = Decimal(1) / rate
    rates = Rates(reporting)
    for code in {*direct, *inverse}:
        merged = {**inverse.get(code, {}), **direct.get(code, {})}  # a direct rate wins on the same day
        days = sorted(merged)
        rates.table[code] = (days, [merged[d] for d in days])
    return rates


def as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class Sql:
    """Positional parameters written the connection's way ($1 on PostgreSQL, ? on SQLite)."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.params: list[Any] = []

    def p(self, value: Any, cast: str = "") -> str:
        if not self.postgres:
            if isinstance(value, datetime):
                value = value.astimezone(UTC).isoformat(" ")
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                value = float(value)
        self.params.append(value)
        if self.postgres:
            return f"${len(self.params)}{'::' + cast if cast else ''}"
        return "?"


FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)


def rates_cte(rates: Rates, sql: Sql) -> str:
    """`r (code, lo, hi, rate)`: the team's rate periods, a handful of rows (the reporting currency at 1;
    the earliest rate of a currency also covers the days before it)."""
    ranges = [(rates.reporting, FIRST_DAY, LAST_DAY, Decimal(1))]
    for code, (days, values) in rates.table.items():
        for i, (day, rate) in enumerate(zip(days, values, strict=True)):
            low = FIRST_DAY if i == 0 else day
            high = days[i + 1] if i + 1 < len(days) else LAST_DAY
            ranges.append((code, low, high, rate))
    rows = ", ".join(
        f"({sql.p(c, 'varchar')}, {sql.p(lo, 'date')}, {sql.p(hi, 'date')}, {sql.p(rt, 'numeric')})"
        for c, lo, hi, rt in ranges
    )
    return f"r (code, lo, hi, rate) AS (VALUES {rows})"


def num(sql: Sql, column: str) -> str:
    """A money column as a number: SQLite keeps tortoise's decimals as text (compared as text otherwise)."""
    return column if sql.postgres else f"CAST({column} AS REAL)"
