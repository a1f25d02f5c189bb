"""Running totals of the order lines (issue 18, `OrderTally`): what lets a results question read a few rows
per creator instead of every line of a long window, with the same figures as the line statement
(`results.orders_statement`).

**What a row holds.** For the counted lines (attributed, status paid, completed, refunded or returned) of
one (workspace, creator) and one period — all time (grain `a`), a month (`m`) or a day (`d`) of
`ordered_on` — the sums the line statement takes per line, already converted into the reporting currency
with the team's rates (each line at the rate of its own day, the same expression as the statement's):
units, GMV, refunds, commission, video and live GMV, the count of lines without a rate. Orders are
counted once per order and creator: the order's first kept line (by id) carries it — and its first kept
video (live) line the video (live) order — so that summing rows gives `COUNT(DISTINCT order_id)`
**provided every line of an order lies in the same row**. The lines of an order whose lines lie in two
periods of a grain (two days) are counted in `spanning`; a question that would read such a row reads the
lines instead (`results._orders`). So does a question whose rows hold lines outside its instants
(`first_at`, `last_at`, `last_on`: a line whose `ordered_on` was written on another clock than the
team's now).

**Kept in step.** Every writer of `shop_order` changes lines inside `changing(conn, workspace, order
ids)`: it takes the workspace's lock, subtracts the rows' contributions of every line of those orders,
lets the writer write, and adds them back as they now are — deltas computed by one SQL statement per
grain, in the writer's transaction (the import's batches, `attribution.attach_orders`, a merge and its
undo). `first_at` / `last_at` only widen (a question may then read lines it need not: slower, never
wrong); rows left without lines are deleted.

**Rebuilt** (`rebuild`, `rebuild_all`) when a rate or the reporting currency changes (the rows are
converted), by the migration that created the table, and by `creatorbot results rebuild` after lines
were loaded another way.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import date

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient

from workflows.results_rates import Sql, load_rates, num, rates_cte, reporting_currency

log = logging.getLogger(__name__)

ALL_TIME = date(2000, 1, 1)  # the period of the all-time rows (any fixed day: the grain tells them apart)
GRAINS = ("a", "m", "d")
LOCK_CLASS = 18  # pg_advisory_xact_lock(18, workspace): the rows' writers and rebuilds, one at a time
CHUNK = 500
_COUNTED = ("paid", "completed", "refunded", "returned")  # results.COUNTED (results imports this module)
_ADDED = ("lines", "orders", "units", "refunds", "commission", "video_orders", "video_gmv", "live_orders",
          "live_gmv", "unrated", "spanning")  # fmt: skip
COLUMNS = ("gmv", *_ADDED)


def _postgres(conn: BaseDBAsyncClient) -> bool:
    return bool(conn.capabilities.dialect == "postgres")


def _period(grain: str, postgres: bool) -> str:
    if grain == "a":
        return f"CAST('{ALL_TIME.isoformat()}' AS DATE)" if postgres else f"'{ALL_TIME.isoformat()}'"
    if grain == "m":
        return (
            "CAST(date_trunc('month', o.ordered_on) AS DATE)"
            if postgres
            else "date(o.ordered_on, 'start of month')"
        )
    return "o.ordered_on"


def _contribution(grain: str, sql: Sql, rates: str, workspace_id: int, order_ids: list[str] | None) -> str:
    """SELECT of the rows' sums of the counted lines of `order_ids` (every line of the workspace: None),
    grouped by row. The per-line expressions are the line statement's."""

    amount, refund = num(sql, "o.amount"), num(sql, "o.refund_amount")
    actual, estimated = num(sql, "o.commission_actual"), num(sql, "o.commission_estimated")
    # SQLite: "+" keeps a column out of the index choice — for a batch's orders the planner otherwise
    # scans every line of the workspace by (workspace, creator) instead of looking up the batch's order ids
    # (an import of 200,000 rows grew quadratic: 446 s); both are plain expressions on PostgreSQL too
    plus = "+" if order_ids is not None and not sql.postgres else ""
    where = [f"o.workspace_id = {sql.p(workspace_id)}", f"{plus}o.creator_id IS NOT NULL"]
    where.append(f"{plus}o.status IN (" + ", ".join(f"'{s}'" for s in _COUNTED) + ")")  # constants
    if order_ids is not None:
        if sql.postgres:
            # a join with unnest: a prepared `= ANY($n)` turns into a generic plan reading every line
            # after five batches (order_run._existing)
            where.append(f"o.order_id IN (SELECT unnest({sql.p(order_ids, 'varchar[]')}))")
        else:
            where.append("o.order_id IN (" + ", ".join(sql.p(i) for i in order_ids) + ")")
    line = (
        f"SELECT o.id, o.creator_id, o.order_id, o.currency, {_period(grain, sql.postgres)} AS period, "
        "o.content_type, o.ordered_at, o.ordered_on, r.rate, "
        f"CASE WHEN r.rate IS NOT NULL AND {amount} > {refund} THEN 1 ELSE 0 END AS kept, "
        "CASE WHEN r.rate IS NOT NULL THEN o.quantity - o.refunded_quantity ELSE 0 END AS units, "
        f"({amount} - {refund}) * r.rate AS net, {refund} * r.rate AS refund, "
        f"COALESCE({actual}, {estimated} * ({amount} - {refund}) / {amount}, 0) * r.rate AS commission "
        "FROM shop_order o LEFT JOIN r ON r.code = o.currency "
        "AND o.ordered_on >= r.lo AND o.ordered_on < r.hi "
        f"WHERE {' AND '.join(where)}"
    )
    ranked = (
        "SELECT l.*, "
        "ROW_NUMBER() OVER (PARTITION BY l.creator_id, l.order_id, l.kept ORDER BY l.id) AS rn, "
        "ROW_NUMBER() OVER (PARTITION BY l.creator_id, l.order_id, l.kept, l.content_type "
        "ORDER BY l.id) AS rn_ct, "
        "CASE WHEN MIN(l.period) OVER w <> MAX(l.period) OVER w THEN 1 ELSE 0 END AS spans "
        f"FROM ({line}) l WINDOW w AS (PARTITION BY l.creator_id, l.order_id)"
    )
    return (
        f"SELECT {int(workspace_id)} AS workspace_id, '{grain}' AS grain, "
        "k.period, k.creator_id, "
        "COUNT(*) AS lines, SUM(CASE WHEN k.kept = 1 AND k.rn = 1 THEN 1 ELSE 0 END) AS orders, "
        "SUM(k.units) AS units, COALESCE(SUM(k.net), 0) AS gmv, COALESCE(SUM(k.refund), 0) AS refunds, "
        "COALESCE(SUM(k.commission), 0) AS commission, "
        "SUM(CASE WHEN k.kept = 1 AND k.content_type = 'video' AND k.rn_ct = 1 THEN 1 ELSE 0 END) "
        "AS video_orders, "
        "COALESCE(SUM(CASE WHEN k.content_type = 'video' THEN k.net END), 0) AS video_gmv, "
        "SUM(CASE WHEN k.kept = 1 AND k.content_type = 'live' AND k.rn_ct = 1 THEN 1 ELSE 0 END) "
        "AS live_orders, "
        "COALESCE(SUM(CASE WHEN k.content_type = 'live' THEN k.net END), 0) AS live_gmv, "
        "SUM(CASE WHEN k.rate IS NULL THEN 1 ELSE 0 END) AS unrated, SUM(k.spans) AS spanning, "
        "MIN(k.ordered_at) AS first_at, MAX(k.ordered_at) AS last_at, MAX(k.ordered_on) AS last_on "
        f"FROM ({ranked}) k GROUP BY k.period, k.creator_id"
    )


async def _apply(conn: BaseDBAsyncClient, workspace_id: int, order_ids: list[str] | None, sign: int) -> None:
    """Add (sign 1) or subtract (-1) the contributions of these orders' lines to the workspace's rows."""
    postgres = _postgres(conn)
    reporting = await reporting_currency(workspace_id)
    rates = await load_rates(workspace_id, reporting)
    op = "+" if sign > 0 else "-"
    names = (
        "workspace_id",
        "grain",
        "period",
        "creator_id",
        *COLUMNS,
        "first_at",
        "last_at",
        "last_on",
    )
    sets = [f"{c} = order_tally.{c} {op} excluded.{c}" for c in _ADDED]
    # (read as null while every line of the row is without a rate: `lines` = `unrated`)
    sets.append(f"gmv = COALESCE(order_tally.gmv, 0) {op} COALESCE(excluded.gmv, 0)")
    least, greatest = ("LEAST", "GREATEST") if postgres else ("MIN", "MAX")
    for column, pick in (("first_at", least), ("last_at", greatest), ("last_on", greatest)):
        mine, theirs = f"order_tally.{column}", f"excluded.{column}"
        sets.append(f"{column} = COALESCE({pick}({mine}, {theirs}), {mine}, {theirs})")
    chunks: list[list[str] | None] = (
        [None] if order_ids is None else [order_ids[i : i + CHUNK] for i in range(0, len(order_ids), CHUNK)]
    )
    for chunk in chunks:
        for grain in GRAINS:
            sql = Sql(postgres)
            cte = rates_cte(rates, sql)
            body = _contribution(grain, sql, cte, workspace_id, chunk)
            statement = (
                f"WITH {cte} INSERT INTO order_tally ({', '.join(names)}) "
                f"SELECT {', '.join('g.' + n for n in names)} FROM ({body}) g WHERE 1 = 1 "
                "ON CONFLICT (workspace_id, grain, period, creator_id) "
                f"DO UPDATE SET {', '.join(sets)}"
            )
            if not postgres:  # SQLite: WITH goes inside the INSERT's SELECT
                statement = (
                    f"INSERT INTO order_tally ({', '.join(names)}) WITH {cte} "
                    f"SELECT {', '.join('g.' + n for n in names)} FROM ({body}) g WHERE 1 = 1 "
                    "ON CONFLICT (workspace_id, grain, period, creator_id) "
                    f"DO UPDATE SET {', '.join(sets)}"
                )
            await conn.execute_query(statement, sql.params)
        if sign < 0 and chunk is not None:
            await _drop_empty(conn, workspace_id, chunk)


async def _drop_empty(conn: BaseDBAsyncClient, workspace_id: int, order_ids: list[str]) -> None:
    """Delete the rows a subtraction left without lines, among the creators of these orders' lines (the
    rows are only ever emptied by a subtraction; the addition after it puts back the ones still used).
    Not the whole workspace: per import batch that read every row (quadratic over a large import)."""
    sql = Sql(_postgres(conn))  # parameters in the order they appear (SQLite's are positional)
    statement = f"DELETE FROM order_tally WHERE workspace_id = {sql.p(workspace_id)} AND lines <= 0 AND "
    statement += (
        f"creator_id IN (SELECT o.creator_id FROM shop_order o WHERE o.workspace_id = {sql.p(workspace_id)} "
    )
    if sql.postgres:
        statement += f"AND o.order_id IN (SELECT unnest({sql.p(order_ids, 'varchar[]')})))"
    else:
        statement += "AND o.order_id IN (" + ", ".join(sql.p(i) for i in order_ids) + "))"
    await conn.execute_query(statement, sql.params)


async def lock(conn: BaseDBAsyncClient, workspace_id: int) -> None:
    """The workspace's rollup lock, until `conn`'s transaction ends (PostgreSQL; SQLite writes one at a
    time anyway). A writer that also locks rows takes it first, as the import does (its lines lock their
    creators), so two writers never wait on each other in opposite orders."""
    if _postgres(conn):
        await conn.execute_query("SELECT pg_advisory_xact_lock($1, $2)", [LOCK_CLASS, workspace_id])


@asynccontextmanager
async def changing(
    conn: BaseDBAsyncClient, workspace_id: int, order_ids: Iterable[str]
) -> AsyncIterator[None]:
    """Wrap a change of these orders' lines (inside the writer's transaction `conn`): their rows' sums
    are taken out before and put back after, as the lines then are."""
    ids = sorted({str(i) for i in order_ids})
    if not ids:
        yield
        return
    await lock(conn, workspace_id)
    await _apply(conn, workspace_id, ids, -1)
    yield
    await _apply(conn, workspace_id, ids, 1)


async def rebuild(workspace_id: int, conn: BaseDBAsyncClient | None = None) -> int:
    """Every row of the workspace again from its lines (a rate or the reporting currency changed, or lines
    were loaded past the writers): the number of rows. In `conn`'s transaction when given."""
    if conn is None:
        from tortoise.transactions import in_transaction

        async with in_transaction() as own:
            return await rebuild(workspace_id, own)
    await lock(conn, workspace_id)
    mark = "$1" if _postgres(conn) else "?"
    await conn.execute_query(f"DELETE FROM order_tally WHERE workspace_id = {mark}", [workspace_id])
    await _apply(conn, workspace_id, None, 1)
    found = await conn.execute_query_dict(
        f"SELECT COUNT(*) AS n FROM order_tally WHERE workspace_id = {mark}", [workspace_id]
    )
    return int(found[0]["n"])


async def rebuild_all(conn: BaseDBAsyncClient | None = None) -> int:
    """Every workspace's rows (the migration's backfill, `creatorbot results rebuild`)."""
    db = conn or Tortoise.get_connection("default")
    rows = await db.execute_query_dict("SELECT DISTINCT workspace_id FROM shop_order")
    total = 0
    for row in rows:
        total += await rebuild(int(row["workspace_id"]), conn)
    return total
