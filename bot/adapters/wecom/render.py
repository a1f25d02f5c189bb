"""Replies → WeCom text/markdown, split at the documented byte limits (WeCom developer docs, 消息推送配置说明:
text ≤ 2048 bytes, markdown ≤ 4096 bytes).

Cards become markdown: bold title, `key：value` lines, the body, and buttons as a numbered list of what
the team can say instead (WeCom webhook pushes have no interactive buttons; template cards are not built
yet). Splits fall on line breaks where possible and never inside a UTF-8 character.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from handlers.replies import Card, File, Image, Reply, Text

TEXT_LIMIT = 2048  # bytes, msgtype text
MARKDOWN_LIMIT = 4096  # bytes, msgtype markdown / markdown_v2
STREAM_LIMIT = 20480  # bytes, a passive stream reply's content
PUSH_IMAGE_LIMIT = 2 * 1024 * 1024  # a webhook `image` push: JPG/PNG up to 2 MB
STREAM_IMAGE_LIMIT = 10 * 1024 * 1024  # an image in a finished stream's msg_item: up to 10 MB


def plain(reply: Reply) -> str:
    if isinstance(reply, Text):
        return reply.text
    if isinstance(reply, Image):
        return reply.alt or "[image]"
    if isinstance(reply, File):  # files are not sent through WeCom yet: the caption says what was made
        return reply.caption or reply.name
    return _card(reply, markdown=False)


def images(reply: Reply) -> tuple[bytes, ...]:
    """The pictures a reply carries (a summary card's funnel chart), sent after its text."""
    if isinstance(reply, Image):
        return (reply.png,)
    if isinstance(reply, Card) and reply.image is not None:
        return (reply.image.png,)
    return ()


def image_body(png: bytes) -> dict[str, Any]:
    """`{"base64", "md5"}` as both the webhook `image` push and a stream's msg_item take it."""
    return {"base64": base64.b64encode(png).decode("ascii"), "md5": hashlib.md5(png).hexdigest()}


def markdown(reply: Reply) -> str:
    if isinstance(reply, Card):
        return _card(reply, markdown=True)
    return plain(reply)


def _card(card: Card, *, markdown: bool) -> str:
    lines = [f"**{card.title}**" if markdown else card.title]
    lines += [f"{key}：{value}" for key, value in card.fields]
    if card.body:
        lines.append(card.body)
    if card.buttons:
        lines.append(" ".join(f"{n}. {b.label}" for n, b in enumerate(card.buttons, 1)))
    if card.footer:
        lines.append(f"> {card.footer}" if markdown else card.footer)
    return "\n".join(line for line in lines if line)


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
