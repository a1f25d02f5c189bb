"""Which creators a message names: `@handles`, handle-shaped words typed without "@" (they carry a dot,
an underscore or a digit, which ordinary words never do), and names of creators this workspace has.

Ordinary words are never creators: "did anyone reply" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.nlu.text import LINK as _URL
from bot.nlu.text import find_emails, find_handles
from workflows.spans import blank

Mention = tuple[str, tuple[int, int]]  # (handle as typed, span in the normalised text)

# A word in capitals with digits ("AMY15", "SPF50", "NOAH20OFF") is a code or a model name: handles typed
# without "@" are written in lower case (a creator the workspace has is still found by name below).
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9]*[0-9][A-Z0-9]*$")
# A letter first; then at least one dot, underscore or digit inside; ends on a letter or digit.
_HANDLE_SHAPED = re.compile(
    r"(?<![A-Za-z0-9_@./:-])([a-z][a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{2,}[0-9]+[a-z0-9]*|[a-z]+_[a-z0-9_]*[a-z0-9])(?![A-Za-z0-9_@]|\.[a-z0-9])",
    re.IGNORECASE,
)
# Shapes that look like a handle and are something else: a SKU, an id, a version, a quarter, a time.
_NOT_HANDLES = re.compile(
    r"^(?:sku|id|no|v|q|w|wk|top|gmv|roi|mp|usd|us|tt|ig|yt|ins|tk|dy|p|pm|am|e\.g|i\.e|a\.m|p\.m|vs|etc"
    r"|mp3|mp4|h264|4k|1080p|web3|covid19)\d*$|^(?:sku|id|order|po|inv|ref)[-_]?\d",
    re.IGNORECASE,
)
# The word after a promo-code word is the code ("折扣码 AMY15", "discount code: BOB10"), not a creator.
_CODE = re.compile(
    r"(?:折扣码|优惠码|优惠券码|优惠券|促销码|推广码|券码|专属码|码是"
    r"|\b(?:promo|discount|coupon|referral)\s*code|\bcode|\bcoupon|\bpromo)"
    r"\s*(?:是|为|改成|改为|换成|[:：=]|\bis\b)?\s*([A-Za-z0-9][\w\-.]*)",
    re.IGNORECASE,
)
_WORD = re.compile(r"(?<![A-Za-z0-9_@.])[A-Za-z][A-Za-z0-9_.]{2,29}(?![A-Za-z0-9_@])")


def find_mentions(norm: str, known: Collection[str] = ()) -> list[Mention]:
    """Creators named in `norm` (a normalised message), in order. `known` are lower-cased handles of
    this workspace's creators that the caller found among the message's words."""
    handles = find_handles(norm)
    taken = [span for _, span in handles] + [m.span() for m in find_emails(norm)]
    taken += [m.span() for m in _URL.finditer(norm)]
    taken += [m.span(1) for m in _CODE.finditer(norm) if not any(a <= m.start(1) < b for a, b in taken)]
    rest = blank(norm, taken)
    shaped = [
        (m.group(1), m.span(1))
        for m in _HANDLE_SHAPED.finditer(rest)
        if not _NOT_HANDLES.match(m.group(1)) and not _CAPITALS.match(m.group(1))
    ]
    rest = blank(rest, [span for _, span in shaped])
    named = [(m.group(0), m.span()) for m in _WORD.finditer(rest) if m.group(0).lower() in known]
    return sorted(handles + shaped + named, key=lambda m: m[1][0])


def candidate_names(norm: str) -> list[str]:
    """Latin words that could be a creator's handle typed without "@" (looked up in the workspace)."""
    masked = blank(norm, [span for _, span in find_handles(norm)] + [m.span() for m in find_emails(norm)])
    masked = _URL.sub(" ", masked)
    return list(dict.fromkeys(m.group(0).lower() for m in _WORD.finditer(masked)))
