"""Results (issue 18): the shop's orders attributed to creators, and what the figures need besides them —
promo codes and links per creator, sample cost per product, dated exchange rates and the team's reporting
currency. The figures themselves are defined in one place: workflows/results.py."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.creator import Creator
from models.tenancy import Member, Workspace


class OrderStatus(StrEnum):
    """An order line as the shop reports it. GMV counts PAID and COMPLETED lines (minus their refunds), and
    REFUNDED / RETURNED lines only for what was not refunded; UNPAID and CANCELLED lines count nothing."""

    UNPAID = "unpaid"  # placed, awaiting payment
    PAID = "paid"  # paid: to ship, shipped, delivered, pending settlement
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    RETURNED = "returned"


class ContentType(StrEnum):
    """Where the sale came from (TikTok Shop's affiliate orders: Content Type VIDEO / LIVE / SHOWCASE)."""

    VIDEO = "video"
    LIVE = "live"
    SHOWCASE = "showcase"
    OTHER = "other"


class AttributionKind(StrEnum):
    CODE = "code"  # a promo / discount code ("AMY15")
    LINK = "link"  # an affiliate or tracking link


class Order(Model):
    """One line of an order: the key is (workspace, order id, SKU), so a re-import updates it."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="orders", on_delete=fields.CASCADE
    )
    order_id = fields.CharField(max_length=64)
    sku = fields.CharField(max_length=64, default="")  # "" when the sheet has none (one line per order)
    product_id = fields.CharField(max_length=64, default="")
    product_name = fields.CharField(max_length=200, default="")
    # the creator it is attributed to; null when the sheet names nobody the pipeline has (yet)
    creator: fields.ForeignKeyNullableRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    handle = fields.CharField(max_length=100, default="")  # the creator as the sheet names them
    handle_key = fields.CharField(max_length=100, default="")
    promo_code = fields.CharField(max_length=64, default="")
    link = fields.CharField(max_length=500, default="")
    quantity = fields.IntField(default=1)
    refunded_quantity = fields.IntField(default=0)
    # money: Decimal in the order's own currency (ISO 4217), never converted when stored
    amount = fields.DecimalField(max_digits=14, decimal_places=2)  # what the buyer paid for the line
    refund_amount = fields.DecimalField(max_digits=14, decimal_places=2, default=0)
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(OrderStatus, max_length=16)
    commission_estimated = fields.DecimalField(max_digits=14, decimal_places=2, null=True)
    commission_actual = fields.DecimalField(max_digits=14, decimal_places=2, null=True)
    content_type = fields.CharEnumField(ContentType, max_length=16, null=True)
    content_id = fields.CharField(max_length=64, default="")
    ordered_at = fields.DatetimeField()
    ordered_on = fields.DateField()  # the order's day on the team's clock: periods and exchange rates
    source = fields.CharField(max_length=16, default="sheet")  # tiktok_shop | sheet
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "shop_order"
        unique_together = (("workspace", "order_id", "sku"),)
        indexes = (
            ("workspace", "ordered_on"),
            ("workspace", "creator", "ordered_on"),
            ("workspace", "handle_key"),
        )


class Attribution(Model):
    """A promo code or link that is a creator's ("@amy 的折扣码是 AMY15"): orders carrying it are theirs."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="attributions", on_delete=fields.CASCADE
    )
    creator: fields.ForeignKeyRelation[Creator] = fields.ForeignKeyField(
        "models.Creator", related_name="attributions", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(AttributionKind, max_length=8)
    value = fields.CharField(max_length=500)  # as typed
    value_key = fields.CharField(max_length=500)  # codes case-folded; links without scheme, www, trailing /
    created_by: fields.ForeignKeyNullableRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="attributions_created", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "attribution"
        unique_together = (("workspace", "kind", "value_key"),)


class SampleCost(Model):
    """What one sample of a product costs the team ("样品成本 SKU123 = 35元"), and its shipping if set."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="sample_costs", on_delete=fields.CASCADE
    )
    sku = fields.CharField(max_length=64)
    sku_key = fields.CharField(max_length=64)
    cost = fields.DecimalField(max_digits=14, decimal_places=2)
    shipping = fields.DecimalField(max_digits=14, decimal_places=2, null=True)
    currency = fields.CharField(max_length=3)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "sample_cost"
        unique_together = (("workspace", "sku_key"),)


class ExchangeRate(Model):
    """1 `base` = `rate` `quote`, in force from `valid_from` (the team's day) until the next one."""

    id = fields.IntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="exchange_rates", on_delete=fields.CASCADE
    )
    base = fields.CharField(max_length=3)
    quote = fields.CharField(max_length=3)
    rate = fields.DecimalField(max_digits=18, decimal_places=8)
    valid_from = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exchange_rate"
        unique_together = (("workspace", "base", "quote", "valid_from"),)


class ResultsSetting(Model):
    """The team's reporting currency ("报表币种 人民币"); CNY until set."""

    id = fields.IntField(primary_key=True)
    workspace: fields.OneToOneRelation[Workspace] = fields.OneToOneField(
        "models.Workspace", related_name="results_setting", on_delete=fields.CASCADE
    )
    reporting_currency = fields.CharField(max_length=3, default="CNY")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "results_setting"


class TallySum(fields.Field[float]):
    """A running sum in the reporting currency: NUMERIC without a scale on PostgreSQL (sums of the
    lines' exact products, as the line query's own SUM), REAL on SQLite (as the line query sums there).
    Read and written by SQL only (workflows/results_tally.py)."""

    SQL_TYPE = "NUMERIC"
    field_type = float

    class _db_sqlite:
        SQL_TYPE = "REAL"


class OrderTally(Model):
    """Running totals of the counted order lines (issue 18's rollup, workflows/results_tally.py): per
    workspace, grain (a: all time, m: a month, d: a day), period (the month's or day's first day on the
    team's clock; 2000-01-01 for all time) and creator, whatever the lines' currencies. Amounts are
    converted with the team's rates as they were when written (a rate or reporting-currency change
    rebuilds the workspace's rows).
    `creator_id` is a plain column: a merge must not move these rows (the lines' move updates them)."""

    id = fields.BigIntField(primary_key=True)
    workspace: fields.ForeignKeyRelation[Workspace] = fields.ForeignKeyField(
        "models.Workspace", related_name="order_tallies", on_delete=fields.CASCADE
    )
    grain = fields.CharField(max_length=1)
    period = fields.DateField()
    creator_id = fields.IntField()
    lines = fields.IntField(default=0)  # counted lines
    orders = fields.IntField(default=0)  # orders whose first kept line (by id) is in this row
    units = fields.IntField(default=0)
    gmv = TallySum(null=True)  # read as null when every line is without a rate (lines = unrated)
    refunds = TallySum(default=0)
    commission = TallySum(default=0)
    video_orders = fields.IntField(default=0)
    video_gmv = TallySum(default=0)
    live_orders = fields.IntField(default=0)
    live_gmv = TallySum(default=0)
    unrated = fields.IntField(default=0)  # lines without a rate
    spanning = fields.IntField(default=0)  # lines of orders whose lines lie in more than one row
    first_at = fields.DatetimeField(null=True)  # earliest ordered_at written (not lowered by deletes)
    last_at = fields.DatetimeField(null=True)
    last_on = fields.DateField(null=True)

    class Meta:
        table = "order_tally"
        unique_together = (("workspace", "grain", "period", "creator_id"),)
        indexes = (("workspace", "creator_id", "grain", "period"),)
