"""Which column holds what: the header row is found among the first rows and its labels matched to fields.

A label matches a field when, folded (NFKC, case, spaces and marks like `*`, `（必填）` removed), it equals
one of the field's names, or contains one of its longer names ("TikTok账号", "达人粉丝数（万）").
When two columns could be the handle, the better name wins (账号/handle over 昵称/名称).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from workflows.importing.cells import header_currency, header_unit

# field → names, best first. Order matters only inside a field (earlier = preferred column).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "handle": (
        "handle",
        "username",
        "user name",
        "账号",
        "帐号",
        "达人账号",
        "达人id",
        "账号id",
        "用户名",
        "tiktok id",
        "@",
        "account",
        "creator handle",
        "creator",
        "influencer",
        "kol",
        "达人名称",
        "达人昵称",
        "达人",
        "红人",
        "博主",
        "昵称",
        "名称",
        "nickname",
        "name",
    ),
    "platform": ("平台", "platform", "渠道", "社媒平台", "媒体平台", "channel"),
    "country": (
        "国家",
        "国家/地区",
        "国家地区",
        "地区",
        "市场",
        "站点",
        "country",
        "country/region",
        "market",
    ),
    "region": (
        "州",
        "省",
        "州/省",
        "省/州",
        "省份",
        "城市",
        "所在城市",
        "state",
        "province",
        "region",
        "city",
    ),
    "followers": (
        "粉丝数",
        "粉丝",
        "粉丝量",
        "粉丝数量",
        "followers",
        "follower count",
        "followers count",
        "fans",
        "subscribers",
        "订阅数",
        "订阅者",
    ),
    "email": ("邮箱", "电子邮箱", "邮件", "联系邮箱", "email", "e-mail", "mail", "email address"),
    "phone": (
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "电话号码",
        "联系电话",
        "phone",
        "phone number",
        "mobile",
        "telephone",
        "tel",
        "whatsapp",
        "whatsapp号",
        "whatsapp号码",
        "whatsapp number",
        "wa",
    ),
    "language": ("语言", "语种", "language", "lang"),
    "owner": ("负责人", "跟进人", "对接人", "运营", "bd", "owner", "assignee", "assigned to", "pic"),
    "stage": (
        "阶段",
        "状态",
        "进度",
        "合作状态",
        "建联状态",
        "跟进状态",
        "stage",
        "status",
        "pipeline stage",
    ),
    "note": ("备注", "说明", "笔记", "notes", "note", "remark", "remarks", "comment", "comments", "memo"),
    # import only: split into email / phone (what is neither is kept in the notes)
    "contact": ("联系方式", "联系方法", "联系信息", "contact", "contacts", "contact info", "contact details"),
    # import only: the creator's offer (the collaboration's fixed fee and currency, or commission)
    "price": (
        "报价",
        "价格",
        "合作报价",
        "合作价格",
        "合作费用",
        "费用",
        "刊例价",
        "价钱",
        "price",
        "rate",
        "rates",
        "fee",
        "quote",
        "quoted price",
        "cost",
    ),
}
# Fields read from a sheet but never written by the export (their values land in other fields).
IMPORT_ONLY: frozenset[str] = frozenset({"contact", "price"})
# The canonical fields, in the order the export writes its columns: the one list import and export share.
FIELDS: tuple[str, ...] = tuple(f for f in HEADER_NAMES if f not in IMPORT_ONLY)
# Short names matched only as the whole label: "tel" is in "Telegram", "rate" in "engagement rate".
EXACT_ONLY: frozenset[str] = frozenset({"tel", "wa", "rate", "rates", "fee", "cost", "mobile"})
# Columns of row numbers: not kept in the notes (the report names them as left out).
ROW_NUMBER_LABELS: frozenset[str] = frozenset({"序号", "行号", "no", "no.", "#", "index", "s/n"})
HEADER_SCAN_ROWS = 30
_MARKS = re.compile(r"[\s*:：_]+|[(（\[【][^)）\]】]*[)）\]】]")


def fold(label: object) -> str:
    """A header label compared loosely: NFKC, case-folded, without spaces, `*`, colons and (notes)."""
    if label is None:
        return ""
    folded = unicodedata.normalize("NFKC", str(label)).casefold().strip()
    stripped = _MARKS.sub("", folded)
    return stripped or folded.strip()


_ROW_NUMBERS = frozenset(fold(label) for label in ROW_NUMBER_LABELS)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The header names of one kind of sheet (creators, orders) and the field a header row must have."""

    names: dict[str, tuple[str, ...]]
    key: str  # the field without which a row is not the header (the handle, the order id)
    exact: dict[str, tuple[str, int]]
    contained: tuple[tuple[str, str, int], ...]  # longest first

    @classmethod
    def of(cls, names: dict[str, tuple[str, ...]], key: str, exact_only: frozenset[str]) -> Vocabulary:
        exact: dict[str, tuple[str, int]] = {}
        for field, labels in names.items():
            for rank, name in enumerate(labels):
                exact.setdefault(fold(name), (field, rank))
        contained = sorted(
            (
                (fold(n), f, r)
                for f, labels in names.items()
                for r, n in enumerate(labels)
                if len(fold(n)) >= 2 and n not in exact_only
            ),
            key=lambda entry: -len(entry[0]),
        )
        return cls(names, key, exact, tuple(contained))

    def match(self, label: object) -> tuple[str, int] | None:
        """(field, score) for one header label; a higher score is a better match."""
        key = fold(label)
        if not key:
            return None
        if key in self.exact:
            field, rank = self.exact[key]
            return field, 1000 - rank
        for name, field, rank in self.contained:
            if name in key and not key.startswith("#"):
                return field, 500 - rank
        return None


CREATORS = Vocabulary.of(HEADER_NAMES, "handle", EXACT_ONLY)


def match_label(label: object, vocabulary: Vocabulary = CREATORS) -> tuple[str, int] | None:
    """(field, score) for one header label; a higher score is a better match."""
    return vocabulary.match(label)


@dataclass(frozen=True, slots=True)
class Columns:
    """The header row (1-based) and, for each recognised field, its column index and label."""

    header_row: int
    index: dict[str, int]
    labels: dict[str, str]
    seen: tuple[str, ...]  # every non-empty header label, as written
    follower_unit: int = 1
    exact: int = 0  # how many labels matched a name exactly (a title row matches only loosely)
    headers: tuple[str, ...] = ()  # each column's label by position ("" when it has none)
    price_currency: str | None = None  # the currency the price column's header names: 报价（美元）

    def label(self, col: int) -> str:
        """The column's header label, or its letter (F, AB) when the header cell is empty."""
        named = self.headers[col] if col < len(self.headers) else ""
        return named or column_letter(col)

    def unmapped(self, width: int) -> list[int]:
        """The columns (of a row `width` wide) no field reads, row-number columns aside."""
        mapped = set(self.index.values())
        return [
            col
            for col in range(width)
            if col not in mapped
            and fold(self.headers[col] if col < len(self.headers) else "") not in _ROW_NUMBERS
        ]

    def row_number_columns(self) -> list[str]:
        return [label for label in self.headers if label and fold(label) in _ROW_NUMBERS]

    @property
    def strength(self) -> tuple[int, int]:
        return len(self.index), self.exact

    def get(self, row: Sequence[object], field: str) -> object:
        i = self.index.get(field)
        return row[i] if i is not None and i < len(row) else None


class NoHandleColumn(ValueError):
    """No row near the top names the vocabulary's key column (a handle; an order id for orders): `seen`
    are the labels of the likeliest header row."""

    def __init__(self, seen: tuple[str, ...], key: str = "handle") -> None:
        super().__init__(f"no {key} column")
        self.seen = seen
        self.key = key


def _labels(rows: Sequence[Sequence[object]], at: int) -> list[object]:
    """The labels of row `at`; an empty cell takes the label above it (a header merged over two rows)."""
    labels = list(rows[at])
    for col, value in enumerate(labels):
        if value is None or not str(value).strip():
            above = rows[at - 1] if at > 0 else ()
            labels[col] = above[col] if col < len(above) else None
    return labels


def recognise(labels: Sequence[object], header_row: int, vocabulary: Vocabulary = CREATORS) -> Columns:
    best: dict[str, tuple[int, int]] = {}  # field → (score, column)
    for col, label in enumerate(labels):
        found = vocabulary.match(label)
        if found is None:
            continue
        field, score = found
        if field not in best or score > best[field][0]:
            best[field] = (score, col)
    index = {field: col for field, (_, col) in best.items()}
    named = {field: str(labels[col]).strip() for field, col in index.items()}
    seen = tuple(str(v).strip() for v in labels if v is not None and str(v).strip())
    unit = header_unit(named["followers"]) if "followers" in named else 1
    exact = sum(1 for score, _ in best.values() if score >= 1000)
    headers = tuple("" if v is None else str(v).strip() for v in labels)
    code = header_currency(named["price"]) if "price" in named else None
    return Columns(header_row, index, named, seen, unit, exact, headers, code)


def column_letter(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how a spreadsheet names a column."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def find_header(rows: Sequence[Sequence[object]], vocabulary: Vocabulary = CREATORS) -> Columns:
    """The header among the first rows: the row naming the most fields, the vocabulary's key among them
    (a handle for creators, an order id for orders)."""
    best: Columns | None = None
    likeliest: tuple[str, ...] = ()
    for at in range(min(len(rows), HEADER_SCAN_ROWS)):
        columns = recognise(_labels(rows, at), at + 1, vocabulary)
        if len(columns.index) > len(likeliest) or (not likeliest and columns.seen):
            likeliest = columns.seen
        if vocabulary.key in columns.index and (best is None or columns.strength > best.strength):
            best = columns
    if best is None:
        raise NoHandleColumn(likeliest, vocabulary.key)
    return best
