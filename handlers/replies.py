"""What handlers return. Adapters render these into each platform's format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    action_id: str
    value: Mapping[str, str] = field(default_factory=dict)
    style: str = "default"


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Image:
    png: bytes = field(repr=False)
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """`image`: a picture that goes out with the card (a summary's funnel chart); each adapter posts it
    right after the card (Feishu: an image message in the same thread; console: a PNG file). `files`: files
    handed over with it (an e-mail's attachments): Feishu posts each after the card (pictures as images),
    WeCom sends the JPG/PNG pictures and the console names them; the card's text lists them anyway."""

    title: str
    fields: tuple[tuple[str, str], ...] = ()
    body: str = ""
    buttons: tuple[Button, ...] = ()
    footer: str = ""
    image: Image | None = None
    files: tuple[File, ...] = ()


@dataclass(frozen=True, slots=True)
class File:
    """A file to hand over (an exported spreadsheet): the console writes it, Feishu uploads it."""

    data: bytes = field(repr=False)
    name: str = "file"
    caption: str = ""


Reply = Text | Card | Image | File


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The answer to a button press: a short toast, and optionally the card that replaces the pressed one."""

    toast: str
    card: Card | None = None
