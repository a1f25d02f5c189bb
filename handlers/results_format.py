"""How results figures are written on a card: shared by the results card (handlers/results.py), the
summary card and the digest (handlers/summary.py), so a figure reads the same everywhere."""

from __future__ import annotations

from decimal import Decimal

from i18n import Catalog
from workflows import currency, results

SECTION_TOP = 3  # creators named in the summary's and the digest's results section


def money(value: Decimal, code: str) -> str:
    return currency.show(results.cents(value), code)


def ratio(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:,}"


def creator_line(t: Catalog, rank: int, found: results.CreatorResult, code: str) -> str:
    f = found.figures
    return t(
        "results.creator_line",
        rank=rank,
        handle=found.handle,
        gmv=money(f.gmv, code),
        roi=ratio(f.roi),
        orders=f.orders,
    )


def section(t: Catalog, got: results.Results) -> tuple[tuple[str, str], list[str]]:
    """The summary's and the digest's results section: one field (GMV · orders · ROI of the period) and
    the lines naming the top creators by GMV (and the currencies left out for want of a rate)."""
    code, total = got.currency, got.total
    field = (
        t("summary.field.results"),
        t(
            "summary.results",
            gmv=money(total.gmv, code),
            orders=f"{total.orders:,}",
            roi=ratio(total.roi),
            spend=money(total.spend, code),
        ),
    )
    lines: list[str] = []
    if got.creators:
        lines.append(t("summary.results_top", count=min(len(got.creators), SECTION_TOP)))
        lines += [creator_line(t, i, r, code) for i, r in enumerate(got.creators[:SECTION_TOP], start=1)]
    if got.missing_rates:
        lines.append(t("summary.results_missing_rates", codes="、".join(got.missing_rates)))
    return field, lines
