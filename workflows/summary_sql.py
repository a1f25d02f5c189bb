"""The summary's aggregate SQL, one statement per question, on SQLite and PostgreSQL alike.

Everything is counted on the database (GROUP BY / COUNT / window functions); Python only ever sees
aggregated rows (at most stages × stages, owners × stages) or the first few stuck items. Every statement
is scoped by workspace and by the creator filters of the query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient


@dataclass(frozen=True, slots=True)
class CreatorFilter:
    workspace_id: int
    owner_id: int | None = None
    campaign_id: int | None = None
    platform: str | None = None
    country: str | None = None

    @property
    def narrows(self) -> bool:
        return any(v is not None for v in (self.owner_id, self.campaign_id, self.platform, self.country))


@dataclass
class Statement:
    """SQL with positional parameters written the right way for the connection's dialect."""

    postgres: bool
    params: list[Any] = field(default_factory=list)

    def p(self, value: Any) -> str:
        if isinstance(value, datetime) and not self.postgres:
            # tortoise stores SQLite datetimes as UTC text `YYYY-MM-DD HH:MM:SS[.ffffff]+00:00`: compare alike
            value = value.astimezone(UTC).isoformat(" ")
        self.params.append(value)
        return f"${len(self.params)}" if self.postgres else "?"

    def creators(self, f: CreatorFilter, alias: str = "c") -> str:
        """The WHERE conditions that keep the filter's creators (table alias `alias`); deleted creators
        (models/creator.LiveCreators) are left out here as the ORM leaves them out everywhere else."""
        parts = [f"{alias}.workspace_id = {self.p(f.workspace_id)}", f"{alias}.deleted_at IS NULL"]
        if f.owner_id is not None:
            parts.append(f"{alias}.owner_id = {self.p(f.owner_id)}")
        if f.platform is not None:
            parts.append(f"{alias}.platform = {self.p(f.platform)}")
        if f.country is not None:
            parts.append(f"{alias}.country = {self.p(f.country)}")
        if f.campaign_id is not None:
            parts.append(
                "EXISTS (SELECT 1 FROM collaboration co WHERE co.creator_id = "
                f"{alias}.id AND co.workspace_id = {self.p(f.workspace_id)} "
                f"AND co.campaign_id = {self.p(f.campaign_id)})"
            )
        return " AND ".join(parts)

    def creator_ids(self, f: CreatorFilter) -> str:
        """A subquery of the filter's creator ids, to keep rows of other tables by `creator_id IN (…)`:
        a campaign alone reads only its collaborations (no pass over creator)."""
        others = (f.owner_id, f.platform, f.country)
        if f.campaign_id is not None and all(v is None for v in others):
            return (
                "SELECT co.creator_id FROM collaboration co "
                f"WHERE co.workspace_id = {self.p(f.workspace_id)} "
                f"AND co.campaign_id = {self.p(f.campaign_id)}"
            )
        return f"SELECT c.id FROM creator c WHERE {self.creators(f)}"


def connection() -> BaseDBAsyncClient:
    return Tortoise.get_connection("default")


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "postgres"


async def rows(conn: BaseDBAsyncClient, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    _, found = await conn.execute_query(sql, params)
    return [tuple(row) for row in found]


def window(st: Statement, column: str, start: datetime | None, end: datetime) -> str:
    """`column` within (start, end]."""
    lower = "" if start is None else f"{column} > {st.p(start)} AND "
    return f"{lower}{column} <= {st.p(end)}"


def counts_sql(st: Statement, f: CreatorFilter) -> str:
    """Creators now, by owner and stage."""
    where = st.creators(f)
    return f"SELECT c.owner_id, c.stage, COUNT(*) FROM creator c WHERE {where} GROUP BY c.owner_id, c.stage"


def owners_after_sql(st: Statement, f: CreatorFilter, end: datetime) -> str:
    """The stage changes after `end` by (current owner, from, to): taken off the counts now, they give each
    owner's creators per stage at the period's end — the one source of the card's stages, total and owner
    rows and of the chart. A range of (workspace, changed_at), empty for a period that ends now."""
    return (
        "SELECT c.owner_id, sc.from_stage, sc.to_stage, COUNT(*) FROM stage_change sc "
        "JOIN creator c ON c.id = sc.creator_id "
        f"WHERE sc.workspace_id = {st.p(f.workspace_id)} AND sc.changed_at > {st.p(end)} "
        f"AND {st.creators(f)} "
        "GROUP BY c.owner_id, sc.from_stage, sc.to_stage"
    )


def added_sql(st: Statement, f: CreatorFilter, start: datetime, end: datetime) -> str:
    """Creators added in the period, by owner: their first stage change (from nothing) fell in it."""
    return (
        "SELECT c.owner_id, COUNT(*) FROM stage_change sc JOIN creator c ON c.id = sc.creator_id "
        f"WHERE sc.workspace_id = {st.p(f.workspace_id)} AND sc.from_stage IS NULL "
        f"AND {window(st, 'sc.changed_at', start, end)} AND {st.creators(f)} GROUP BY c.owner_id"
    )


def flows_sql(
    st: Statement, f: CreatorFilter, since: datetime | None, start: datetime | None, end: datetime
) -> str:
    """Stage changes since `since`, by (from, to): how many fell in the period and how many after it."""
    # SQLite's `?` are positional: build the text in order.
    select = (
        "SELECT sc.from_stage, sc.to_stage, "
        f"SUM(CASE WHEN {window(st, 'sc.changed_at', start, end)} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN sc.changed_at > {st.p(end)} THEN 1 ELSE 0 END) FROM stage_change sc"
    )
    where = [f"sc.workspace_id = {st.p(f.workspace_id)}"]
    if since is not None:
        where.append(f"sc.changed_at > {st.p(since)}")
    if f.narrows:
        where.append(f"sc.creator_id IN ({st.creator_ids(f)})")
    return f"{select} WHERE {' AND '.join(where)} GROUP BY sc.from_stage, sc.to_stage"


def medians_sql(st: Statement, f: CreatorFilter, start: datetime | None, end: datetime) -> str:
    """Median seconds spent in each stage, over the stays that ended in the period."""
    where = [
        f"sc.workspace_id = {st.p(f.workspace_id)}",
        window(st, "sc.changed_at", start, end),
        "sc.from_since IS NOT NULL",
        "sc.from_stage IS NOT NULL",
    ]
    if f.narrows:
        where.append(f"sc.creator_id IN ({st.creator_ids(f)})")
    source = "FROM stage_change sc"
    if st.postgres:
        return (
            # ordering the intervals themselves sorts faster than their epoch numbers
            "SELECT sc.from_stage, COUNT(*), percentile_cont(0.5) WITHIN GROUP "
            "(ORDER BY sc.changed_at - sc.from_since) "
            f"{source} WHERE {' AND '.join(where)} GROUP BY sc.from_stage"
        )
    # SQLite has no percentile: number the stays per stage and average the middle one or two.
    return (
        "WITH d AS (SELECT sc.from_stage AS s, "
        "(julianday(sc.changed_at) - julianday(sc.from_since)) * 86400.0 AS secs "
        f"{source} WHERE {' AND '.join(where)}), "
        "r AS (SELECT s, secs, ROW_NUMBER() OVER (PARTITION BY s ORDER BY secs) AS rn, "
        "COUNT(*) OVER (PARTITION BY s) AS n FROM d) "
        "SELECT s, MAX(n), AVG(secs) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY s"
    )


def flow_totals_sql(st: Statement, f: CreatorFilter) -> str:
    """All time, whole workspace: the running (from, to) totals of StageFlow ('' from = first stage)."""
    return (
        "SELECT fl.from_stage, fl.to_stage, fl.changes, fl.stays FROM stage_flow fl "
        f"WHERE fl.workspace_id = {st.p(f.workspace_id)}"
    )


def flows_after_sql(st: Statement, f: CreatorFilter, end: datetime) -> str:
    """The stage changes after `end`, by (from, to), with how many know their stay: a range of
    (workspace, changed_at), normally empty, taken off the running totals."""
    return (
        "SELECT sc.from_stage, sc.to_stage, COUNT(*), COUNT(sc.stay_seconds) FROM stage_change sc "
        f"WHERE sc.workspace_id = {st.p(f.workspace_id)} AND sc.changed_at > {st.p(end)} "
        "GROUP BY sc.from_stage, sc.to_stage"
    )


def middle_stays_sql(st: Statement, f: CreatorFilter, stage: str, stays: int) -> str:
    """The middle one (odd count) or two (even) of a stage's `stays` stay lengths, read in index order at an
    offset: their mean is exactly the median `percentile_cont(0.5)` gives."""
    return (
        f"SELECT sc.stay_seconds FROM stage_change sc WHERE sc.workspace_id = {st.p(f.workspace_id)} "
        f"AND sc.from_stage = {st.p(stage)} AND sc.stay_seconds IS NOT NULL "
        f"ORDER BY sc.stay_seconds LIMIT {2 - int(stays) % 2} OFFSET {(int(stays) - 1) // 2}"
    )


def stuck_sql(st: Statement, f: CreatorFilter, stage: str, cutoff: datetime, limit: int) -> str:
    """Creators in `stage` since before `cutoff` (latest entry into it), oldest first, with the total.

    Creators in the stage come from an index-only scan of creator (workspace, stage, owner, id); "since
    when" is one probe per creator into stage_change (creator, to_stage, changed_at); handles are read
    for the shown few only. `OFFSET 0` keeps PostgreSQL from inlining the probe twice."""
    inner = (
        "SELECT c.id, c.owner_id, (SELECT MAX(sc.changed_at) FROM stage_change sc "
        f"WHERE sc.creator_id = c.id AND sc.to_stage = {st.p(stage)}) AS since "
        f"FROM creator c WHERE {st.creators(f)} AND c.stage = {st.p(stage)}"
        + (" OFFSET 0" if st.postgres else " LIMIT -1 OFFSET 0")
    )
    oldest = (
        f"SELECT s.id, s.owner_id, s.since, COUNT(*) OVER () AS total FROM ({inner}) s "
        f"WHERE s.since <= {st.p(cutoff)} ORDER BY s.since, s.id LIMIT {int(limit)}"
    )
    return (
        "SELECT t.id, c.handle, c.platform, t.owner_id, t.since, t.total "
        f"FROM ({oldest}) t JOIN creator c ON c.id = t.id ORDER BY t.since, t.id"
    )


def _overdue_where(st: Statement, f: CreatorFilter, now: datetime) -> tuple[list[str], bool]:
    where = [
        f"d.workspace_id = {st.p(f.workspace_id)}",
        "d.kind IN ('reminder', 'outreach')",
        f"d.due_at < {st.p(now)}",
        "(d.status = 'pending' OR (d.status = 'sent' AND d.resolution = ''))",
    ]
    if f.owner_id is not None:
        where.append(f"d.owner_id = {st.p(f.owner_id)}")
    others = CreatorFilter(f.workspace_id, None, f.campaign_id, f.platform, f.country)
    if others.narrows:
        where.append(f"d.creator_id IN ({st.creator_ids(others)})")
    return where, others.narrows


def overdue_count_sql(st: Statement, f: CreatorFilter, now: datetime) -> str:
    """How many reminders and outreach touches are past due: still pending, or sent and not done/skipped."""
    where, _ = _overdue_where(st, f, now)
    return f"SELECT COUNT(*) FROM delivery d WHERE {' AND '.join(where)}"


def overdue_sql(st: Statement, f: CreatorFilter, now: datetime, limit: int) -> str:
    """The oldest of them, with the creator's handle."""
    where, _ = _overdue_where(st, f, now)
    first = (
        f"SELECT d.id, d.kind, d.due_at, d.text, d.step, d.creator_id, d.owner_id FROM delivery d "
        f"WHERE {' AND '.join(where)} ORDER BY d.due_at, d.id LIMIT {int(limit)}"
    )
    return (
        "SELECT o.id, o.kind, o.due_at, o.text, o.step, h.handle, o.owner_id "
        f"FROM ({first}) o LEFT JOIN creator h ON h.id = o.creator_id ORDER BY o.due_at, o.id"
    )
