"""Replies → WeCom text/markdown, split at the documented byte limits (WeCom developer docs, 消息推送配置说明:
text ≤ 2048 bytes, markdown ≤ 4096 bytes).

Cards become markdown: bold title, `key：value` lines, the body, and buttons as a numbered list with a line
saying to type the number or the word (`typed_hint`; the dispatcher answers the card's latest open copy
with the same action a press runs — WeCom webhook pushes have no interactive buttons; template cards are
not built yet). Splits fall on line breaks where possible and never inside a UTF-8 character.

Only our own formatting is markdown (the bold title, the quoted footer, the numbered buttons). Every
text we carry — what users typed, creators' handles and notes, model output — goes through `escape`, so
it shows literally, as Feishu shows it (plain_text elements): no links, no `<@all>` / `<@userid>` pings,
no `<font>` colours, no bold, headings or quotes. WeCom does not honour backslash escapes (a `\\[` is
shown raw in previews and can start a maths block), so nothing is backslash-escaped: constructs are
broken with invisible zero width spaces where CommonMark's rules make that enough (after `<`, `&` and
`\\`, before a line's block marker, around an underscore at a word edge), with one plain space between
`]` and `(` (no link or image can form), and `*` `~` `` ` `` are swapped for look-alikes (∗ ～ ˋ) because
an emphasis or code delimiter stays active next to any invisible character.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from handlers.replies import Card, File, Image, Reply, Text
from i18n import Catalog

TEXT_LIMIT = 2048  # bytes, msgtype text
MARKDOWN_LIMIT = 4096  # bytes, msgtype markdown / markdown_v2
STREAM_LIMIT = 20480  # bytes, a passive stream reply's content
PUSH_IMAGE_LIMIT = 2 * 1024 * 1024  # a webhook `image` push: JPG/PNG up to 2 MB
STREAM_IMAGE_LIMIT = 10 * 1024 * 1024  # an image in a finished stream's msg_item: up to 10 MB
ZWSP = "\u200b"
_LOOK_ALIKES = str.maketrans({"*": "\u2217", "~": "\uff5e", "`": "\u02cb"})
# A line that would start a block: heading, quote, list, rule, setext underline, table, fence, code.
_BLOCK_START = re.compile(r"^(?=[ \t]*(?:[#>+\-=|]|\d{1,9}[.)])|[ \t]{4}|\t)", re.MULTILINE)
# An underscore's side that is not a letter or digit gets a zero width space: with a non-punctuation
# character on both sides an underscore can neither open nor close emphasis (CommonMark 6.2).
_UNDERSCORE_LEFT_EDGE = re.compile(r"(?<![^\W_])_")
_UNDERSCORE_RIGHT_EDGE = re.compile(r"_(?![^\W_])")
_INERT_AFTER = re.compile(r"([<&\\])")


def escape(text: str) -> str:
    """`text` shown literally in WeCom markdown (see the module doc); text with none of the markdown
    characters comes back unchanged."""
    text = text.translate(_LOOK_ALIKES)
    text = _INERT_AFTER.sub(lambda m: m.group(1) + ZWSP, text)
    text = text.replace("](", "] (").replace("]:", "]" + ZWSP + ":")
    text = _UNDERSCORE_RIGHT_EDGE.sub("_" + ZWSP, _UNDERSCORE_LEFT_EDGE.sub(ZWSP + "_", text))
    return _BLOCK_START.sub(ZWSP, text)


def plain(reply: Reply) -> str:
    if isinstance(reply, Text):
        return reply.text
    if isinstance(reply, Image):
        return reply.alt or "[image]"
    if isinstance(reply, File):  # the text part; the file itself goes as a file message (`files`)
        return reply.caption or reply.name
    return _card(reply, markdown=False)


def files(reply: Reply) -> tuple[tuple[str, bytes], ...]:
    """(name, bytes) of a File reply: pushed as a `file` message after the caption."""
    return ((reply.name, reply.data),) if isinstance(reply, File) else ()


def images(reply: Reply) -> tuple[bytes, ...]:
    """The pictures a reply carries (a summary card's funnel chart), sent after its text."""
    if isinstance(reply, Image):
        return (reply.png,)
    if isinstance(
        reply, Card
    ):  # its chart, and the JPG/PNG pictures handed over with it (other files: listed)
        pictures = [f.data for f in reply.files if f.name.lower().endswith((".jpg", ".jpeg", ".png"))]
        return (*((reply.image.png,) if reply.image is not None else ()), *pictures)
    return ()


def image_body(png: bytes) -> dict[str, Any]:
    """`{"base64", "md5"}` as both the webhook `image` push and a stream's msg_item take it."""
    return {"base64": base64.b64encode(png).decode("ascii"), "md5": hashlib.md5(png).hexdigest()}


def markdown(reply: Reply) -> str:
    """The reply as WeCom markdown: our formatting around `escape`d text."""
    if isinstance(reply, Card):
        return _card(reply, markdown=True)
    return escape(plain(reply))


def _card(card: Card, *, markdown: bool) -> str:
    esc = escape if markdown else _same
    lines = [f"**{esc(card.title)}**" if markdown else card.title]
    lines += [f"{esc(key)}：{esc(value)}" for key, value in card.fields]
    if card.body:
        lines.append(esc(card.body))
    if card.buttons:
        lines.append(" ".join(f"{n}. {esc(b.label)}" for n, b in enumerate(card.buttons, 1)))
        lines.append(esc(typed_hint(card)))
    if card.footer:
        lines.append(f"> {esc(card.footer)}" if markdown else card.footer)
    return "\n".join(line for line in lines if line)


_CJK = re.compile(r"[\u4e00-\u9fff]")


def typed_hint(card: Card) -> str:
    """Under the numbered buttons: they are answered by typing the number or the word (the dispatcher's
    typed choices). In the card's own language: a card carries no locale, its words do."""
    words = card.title + "".join(b.label for b in card.buttons)
    t = Catalog("zh_CN" if _CJK.search(words) else "en")
    return t("card.typed_hint", label=card.buttons[0].label)


def _same(text: str) -> str:
    return text


def split_bytes(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` UTF-8 bytes, cut at the last newline that fits (else anywhere)."""
    pieces: list[str] = []
    rest = text
    while len(rest.encode("utf-8")) > limit:
        cut = _fit(rest, limit)
        newline = rest.rfind("\n", 0, cut)
        if newline > cut // 2:
            cut = newline + 1
        pieces.append(rest[:cut].rstrip("\n"))
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def truncate_bytes(text: str, limit: int, ellipsis: str = "…") -> str:
    if len(text.encode("utf-8")) <= limit:
        return text
    return text[: _fit(text, limit - len(ellipsis.encode("utf-8")))] + ellipsis


def _fit(text: str, limit: int) -> int:
    """The most characters of `text` whose UTF-8 encoding fits in `limit` bytes."""
    encoded = text.encode("utf-8")[:limit]
    return len(encoded.decode("utf-8", errors="ignore"))
