"""Import a shop's orders (issue 18): a dry run (the preview) or the real thing, in batches.

The file is read as the creator import reads it (`run.readable_sheets`: every sheet streamed in a worker
thread, the header found by synonyms, here the order vocabulary of `order_rows.py`). Every `batch_size`
readable rows are compared with the order lines already stored (one query by order id) and, unless it
is a dry run, written in one transaction per batch: new lines in one `bulk_create`, and for known lines
only what changed (status, refund, commission, quantity, attribution…) — so importing the same export
again, or a later one where orders were refunded or their commission paid, updates and never
duplicates (key: workspace + order id + SKU). A crash mid-import leaves whole batches; running the
import again finishes it.

Attribution of a line, first that applies: the creator handle the row names (a creator of the workspace,
by handle key), the row's promo code, then its link (`workflows/attribution.py`). A handle the
pipeline does not have is kept on the line (creator empty) and listed with its rows; adding those
creators (`add_unknown_creators`) attaches their lines. Codes and links nobody has are listed too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import BaseORMException
from tortoise.transactions import in_transaction

from models.campaign import CampaignProduct
from models.creator import Creator
from models.results import Order
from models.tiktok_shop import ShopConnection
from workflows import attribution, audit, permissions, results_milestones, results_tally, roles
from workflows.creators import CreatorDraft, add_creators
from workflows.importing.columns import Columns, NoHandleColumn
from workflows.importing.order_rows import ORDERS, OrderDraft, SheetState, read_order
from workflows.importing.rows import Problem, Where
from workflows.importing.run import BATCH_SIZE, Progress, readable_sheets, take
from workflows.importing.source import Data, NotASpreadsheet
from workflows.ports import Clock
from workflows.tenancy import Actor

log = logging.getLogger(__name__)
ANALYZE_FIRST = 2_000  # new lines before the first ANALYZE of shop_order (PostgreSQL), then twice as many

# What a re-import compares and updates on a known line (the key and the date stay as first imported).
UPDATED_FIELDS = (
    "creator_id",
    "handle",
    "handle_key",
    "promo_code",
    "link",
    "quantity",
    "refunded_quantity",
    "amount",
    "refund_amount",
    "currency",
    "status",
    "commission_estimated",
    "commission_actual",
    "content_type",
    "content_id",
    "product_id",
    "product_name",
)


@dataclass(slots=True)
class RowCount:
    """Rows counted, not kept: 200,000 new lines must not keep 200,000 row objects (the bench's "memory
    flat"); the cards show how many."""

    count: int = 0

    def append(self, where: Where) -> None:
        self.count += 1

    def __len__(self) -> int:
        return self.count


@dataclass(slots=True)
class OrderReport:
    dry_run: bool
    rows: int = 0
    created: RowCount = field(default_factory=RowCount)  # new lines, counted
    updated: list[Where] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet → field → header label
    unknown_creators: dict[str, list[Where]] = field(default_factory=dict)  # handle as written → rows
    unknown_codes: dict[str, list[Where]] = field(default_factory=dict)  # promo code / link → rows
    unattributed: list[Where] = field(default_factory=list)  # no handle, code or link at all
    currencies: dict[str, int] = field(default_factory=dict)  # lines per currency
    refunded: int = 0  # lines with a refund
    first_orders: int = 0  # creators whose first order since their content went up came in this file
    # the preview's "another shop's export?" (see `_another_shop`): the file's distinct creators and
    # products when none of them is the team's, else None
    another_shop: tuple[int, int] | None = None

    @property
    def changes(self) -> int:
        return len(self.created) + len(self.updated)


@dataclass(slots=True)
class _Run:
    actor: Actor
    clock: Clock
    zone: ZoneInfo
    report: OrderReport
    default_currency: str | None
    attributions: attribution.Attributions
    # the file's lines so far: "order id\tSKU" → sheet number × 2^32 + row (small: 200,000 of them)
    seen: dict[str, int] = field(default_factory=dict)
    sheets: list[str] = field(default_factory=list)
    source: str = ""
    written_for: set[int] = field(default_factory=set)  # creators whose lines were created or changed
    action: str = "orders.import"  # the audit row's action: "orders.import", or "orders.sync" (TikTok Shop)
    unanalysed: int = 0  # lines created since the last ANALYZE
    analyze_at: int = ANALYZE_FIRST  # the next ANALYZE after this many more: 2,000, 4,000, 8,000 …
    shop: _ShopCheck | None = None  # a dry run's "is this our shop's export?" (None: nothing to check)


# A file naming fewer creators and products than this in all is not judged: one new creator selling one new
# product is a launch as often as it is a wrong file.
ANOTHER_SHOP_MIN = 3


@dataclass(slots=True)
class _ShopCheck:
    """What the team knows (products of its campaigns and earlier imported lines) and what the file names.
    Sets of distinct values, not rows: a shop's export names hundreds of creators and products, not
    200,000."""

    known_products: set[str]
    creators: set[str] = field(default_factory=set)
    products: set[str] = field(default_factory=set)
    ours: bool = False  # a line attributed to one of the team's creators, or a product the team knows

    def see(self, draft: OrderDraft, creator_id: int | None) -> None:
        if draft.key:
            self.creators.add(draft.key)
        product = draft.product_id or draft.sku
        if product:
            self.products.add(product)
        if creator_id is not None or (product and product.casefold() in self.known_products):
            self.ours = True

    def verdict(self) -> tuple[int, int] | None:
        if self.ours or len(self.creators) + len(self.products) < ANOTHER_SHOP_MIN:
            return None
        return len(self.creators), len(self.products)


async def _shop_check(workspace_id: int) -> _ShopCheck | None:
    """Only a team with a history to compare against is checked: a connected TikTok shop or orders
    imported before (a team's first file knows nothing yet, so it would always look foreign)."""
    has_shop = await ShopConnection.filter(workspace_id=workspace_id).exists()
    if not has_shop and not await Order.filter(workspace_id=workspace_id).exists():
        return None
    known: set[str] = set()
    for column in ("product_id", "sku"):
        values = await Order.filter(workspace_id=workspace_id).distinct().values_list(column, flat=True)
        known.update(str(v).casefold() for v in values if v)
    skus = await CampaignProduct.filter(workspace_id=workspace_id).values_list("sku", flat=True)
    known.update(str(v).casefold() for v in skus if v)
    return _ShopCheck(known)


async def import_orders(
    actor: Actor,
    data: Data,
    clock: Clock,
    *,
    dry_run: bool,
    team_timezone: str,
    file_name: str = "",
    default_currency: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    locale: str = "zh_CN",
) -> OrderReport:
    """Raises NotASpreadsheet or NoHandleColumn (key "order_id") for a file that cannot be read at all;
    row problems are in the report. A creator's first order since their content went up is noted on their
    history in `locale` (workflows/results_milestones.py)."""
    # orders are the shop's figures for the whole team: leads import them (a refusal names who can)
    await roles.require(actor, "results", permissions.can_manage_results(actor))
    run = await open_run(
        actor,
        clock,
        team_timezone=team_timezone,
        dry_run=dry_run,
        source=file_name,
        default_currency=default_currency,
    )
    sheets = await asyncio.to_thread(lambda: list(readable_sheets(data, ORDERS)))
    if dry_run:  # the preview warns; the import itself is what the user decided
        run.shop = await _shop_check(actor.workspace_id)
    total = sum(s[2] or 0 for s in sheets) or None
    for sheet_name, rows, _, columns in sheets:
        name = sheet_name if len(sheets) > 1 else ""
        run.report.columns[name] = dict(columns.labels)
        run.sheets.append(name)
        drafts = _drafts(run, name, rows, columns)
        while batch := await asyncio.to_thread(take, drafts, batch_size):
            await write_batch(run, batch)
            if progress is not None and len(batch) >= batch_size:
                await progress(run.report.rows, total)
    if run.shop is not None:
        run.report.another_shop = run.shop.verdict()
    if progress is not None:
        await progress(run.report.rows, run.report.rows)
    return await close_run(run, locale)


OrderRun = _Run


async def open_run(
    actor: Actor,
    clock: Clock,
    *,
    team_timezone: str,
    dry_run: bool = False,
    source: str = "",
    action: str = "orders.import",
    default_currency: str | None = None,
) -> OrderRun:
    """A run of the one order writer: the file import and the TikTok Shop orders sync
    (workflows/tiktok_orders.py) both open one, hand it batches (`write_batch`) and close it. The caller
    checks who may write."""
    return _Run(
        actor,
        clock,
        ZoneInfo(team_timezone),
        OrderReport(dry_run=dry_run),
        default_currency,
        await attribution.load_attributions(actor.workspace_id),
        source=source[:120],
        action=action,
    )


async def close_run(run: OrderRun, locale: str) -> OrderReport:
    """After the last batch: a creator's first order since their content went up is noted on their history
    (workflows/results_milestones.py)."""
    if not run.report.dry_run:
        noted = await results_milestones.note_first_orders(
            run.actor.workspace_id, run.written_for, run.clock.now(), locale
        )
        run.report.first_orders = len(noted)
    return run.report


def _drafts(
    run: _Run, sheet: str, rows: Iterable[tuple[object, ...]], columns: Columns
) -> Iterator[OrderDraft]:
    report, state = run.report, SheetState()
    for number, row in enumerate(rows, start=1):
        if number <= columns.header_row or not any(v is not None and str(v).strip() for v in row):
            continue
        report.rows += 1
        where = Where(sheet, number)
        read = read_order(where, row, columns, state, run.zone, run.default_currency)
        if isinstance(read, Problem):
            report.skipped.append(read)
            continue
        packed = ((len(run.sheets) - 1) << 32) | number
        first = run.seen.setdefault("\t".join(read.line_key), packed)
        if first != packed:
            earlier = Where(run.sheets[first >> 32], first & 0xFFFFFFFF)
            report.skipped.append(Problem(where, "duplicate_line", _where_text(earlier)))
            continue
        yield read


def _where_text(where: Where) -> str:
    return f"{where.sheet}!{where.row}" if where.sheet else str(where.row)


async def write_batch(run: _Run, drafts: list[OrderDraft]) -> None:
    """THE writer of `shop_order`: compares a batch of lines (at most `BATCH_SIZE`, distinct keys) with the
    stored ones by (order id, SKU) and, unless it is a dry run, writes the new and the changed ones in one
    transaction (`_write`). Every writer of order lines goes through here."""
    ws = run.actor.workspace_id
    creators = await attribution.creators_by_key(ws, [d.key for d in drafts if d.key])
    existing = await _existing(ws, list({d.order_id for d in drafts}))
    new: list[Order] = []
    changed: list[tuple[OrderDraft, int, dict[str, Any]]] = []
    touched: set[int] = set()  # creators whose lines this batch creates or changes
    report = run.report
    for draft in drafts:
        values = _values(run, draft, creators)
        if run.shop is not None:
            run.shop.see(draft, values["creator_id"])
        report.currencies[draft.currency] = report.currencies.get(draft.currency, 0) + 1
        if draft.refund_amount:
            report.refunded += 1
        stored = existing.get(draft.line_key)
        if stored is None:
            new.append(Order(workspace_id=ws, order_id=draft.order_id, sku=draft.sku, **values))
            report.created.append(draft.where)
            if values["creator_id"] is not None:
                touched.add(int(values["creator_id"]))
            continue
        diff = {k: v for k, v in values.items() if k in UPDATED_FIELDS and not _same(stored.get(k), v)}
        if diff:
            if values["creator_id"] is not None:
                touched.add(int(values["creator_id"]))
            changed.append((draft, int(stored["id"]), diff))
            report.updated.append(draft.where)
        else:
            report.unchanged += 1
    if report.dry_run or not (new or changed):
        return
    async with in_transaction() as conn:
        await _write(run, new, changed, conn)
    run.written_for.update(touched)
    run.unanalysed += len(new)
    if run.unanalysed >= run.analyze_at:  # doubling: a handful of ANALYZE for 200,000 lines
        await _analyze()
        run.unanalysed, run.analyze_at = 0, run.analyze_at * 2


def _values(run: _Run, draft: OrderDraft, creators: dict[str, int]) -> dict[str, Any]:
    """The line as stored, with its attribution (and the report's lists of what is unknown)."""
    report = run.report
    creator_id = creators.get(draft.key) if draft.key else None
    if creator_id is None:
        creator_id = run.attributions.creator_for(draft.promo_code, draft.link)
    if creator_id is None:
        if draft.handle:
            report.unknown_creators.setdefault(draft.handle, []).append(draft.where)
        elif draft.promo_code or draft.link:
            report.unknown_codes.setdefault(draft.promo_code or draft.link, []).append(draft.where)
        else:
            report.unattributed.append(draft.where)
    return {
        "creator_id": creator_id,
        "handle": draft.handle,
        "handle_key": draft.key,
        "promo_code": draft.promo_code,
        "link": draft.link,
        "quantity": draft.quantity,
        "refunded_quantity": draft.refunded_quantity,
        "amount": draft.amount,
        "refund_amount": draft.refund_amount,
        "currency": draft.currency,
        "status": draft.status,
        "commission_estimated": draft.commission_estimated,
        "commission_actual": draft.commission_actual,
        "content_type": draft.content_type,
        "content_id": draft.content_id,
        "product_id": draft.product_id,
        "product_name": draft.product_name,
        "ordered_at": draft.ordered_at.astimezone(UTC),
        "ordered_on": draft.ordered_at.astimezone(run.zone).date(),
        "source": "tiktok_shop" if draft.content_type is not None or draft.commission_estimated else "sheet",
    }


def _same(stored: Any, given: Any) -> bool:
    if stored is None or given is None:
        return stored is None and given is None
    if isinstance(given, Decimal):
        return Decimal(str(stored)) == given
    return str(stored) == str(given)


async def _existing(workspace_id: int, order_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """The stored lines of these orders. On PostgreSQL a join with `unnest($2)`, as the creator import's
    look-up (`run._by_keys`): the ORM's `IN ($2, …, $501)` turns into a generic plan after five batches
    that reads every line of the workspace for each batch (0.3 s a batch at 20,000 lines, growing)."""
    db = Tortoise.get_connection("default")
    if db.capabilities.dialect != "postgres":
        rows = await Order.filter(workspace_id=workspace_id, order_id__in=order_ids).values(
            "id", "order_id", "sku", *UPDATED_FIELDS
        )
    else:
        names = ", ".join(f'o."{c}"' for c in ("id", "order_id", "sku", *UPDATED_FIELDS))
        rows = await db.execute_query_dict(
            f"SELECT {names} FROM unnest($2::varchar[]) AS k(id) "
            'JOIN "shop_order" o ON o."order_id" = k.id AND o."workspace_id" = $1',
            [workspace_id, order_ids],
        )
    return {(str(r["order_id"]), str(r["sku"])): r for r in rows}


async def _analyze() -> None:
    """Refresh PostgreSQL's statistics of `shop_order` after a bulk load (see `run._analyze`): with the
    statistics of a table smaller than it now is, the generic plan of `_existing` reads every line of the
    workspace per batch."""
    db = Tortoise.get_connection("default")
    if db.capabilities.dialect != "postgres":
        return
    try:
        await db.execute_script('ANALYZE "shop_order"')
    except BaseORMException as error:  # not the table's owner: the import is only slower
        log.info("orders import: could not analyze shop_order (%s)", error)


async def _write(
    run: _Run,
    new: list[Order],
    changed: list[tuple[OrderDraft, int, dict[str, Any]]],
    conn: BaseDBAsyncClient,
) -> None:
    now = run.clock.now()
    touched = [str(o.order_id) for o in new] + [d.order_id for d, _, _ in changed]
    async with results_tally.changing(conn, run.actor.workspace_id, touched):  # the running totals too
        if new:
            await Order.bulk_create(new, using_db=conn)
        for _, line_id, diff in changed:
            await Order.filter(id=line_id).using_db(conn).update(**diff, updated_at=now)
    await audit.record(conn, run.actor, run.action, run.source, now, created=len(new), updated=len(changed))


async def looks_like_orders(data: Data) -> bool:
    """Whether a file sent in chat is an orders export rather than a creator list: a sheet whose header
    names an order id and an amount (read in a worker thread; an unreadable file is not orders)."""

    def check() -> bool:
        try:
            return any("amount" in columns.index for *_, columns in readable_sheets(data, ORDERS))
        except (NotASpreadsheet, NoHandleColumn):
            return False

    return await asyncio.to_thread(check)


# ---- the "add these creators" step ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Added:
    added: list[str]  # handles added to the pipeline
    invalid: list[str]  # names in the sheet that cannot be a handle (spaces, too long)
    attached: int  # order lines now attributed to them


async def add_unknown_creators(actor: Actor, handles: Iterable[str], clock: Clock) -> Added:
    """Add the creators an order import named but the pipeline did not have (TikTok, 待建联, owned by
    the asker), then attach every unattributed line naming them."""
    from workflows.creators import check_handle
    from workflows.errors import InvalidHandle

    valid: list[str] = []
    invalid: list[str] = []
    for handle in dict.fromkeys(handles):
        try:
            valid.append(check_handle(handle))
        except InvalidHandle:
            invalid.append(handle)
    outcome = await add_creators(actor, [CreatorDraft(h, "tiktok") for h in valid], clock)
    attached = await attribution.attach_orders(actor.workspace_id)
    return Added([c.handle for c in outcome.added], invalid, attached)


async def unknown_handles(actor: Actor) -> list[str]:
    """The handles stored order lines name that no creator of the workspace has (the add step's list)."""
    rows = (
        await Order.filter(workspace_id=actor.workspace_id, creator_id__isnull=True)
        .exclude(handle_key="")
        .distinct()
        .values_list("handle", "handle_key")
    )
    keys = {str(k) for _, k in rows}
    known = {
        str(k)
        for k in await Creator.filter(workspace_id=actor.workspace_id, handle_key__in=list(keys)).values_list(
            "handle_key", flat=True
        )
    }
    seen: dict[str, str] = {}
    for handle, key in rows:
        if str(key) not in known:
            seen.setdefault(str(key), str(handle))
    return sorted(seen.values(), key=str.casefold)
