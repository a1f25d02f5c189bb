"""The funnel chart (issue 7, story 2): a PNG about 1080 px wide with large type, readable on a phone.

Drawn with Pillow in a worker thread (`render_funnel_png`), never on the event loop. Chinese needs a CJK
font: the project's setup installs Debian's `fonts-noto-cjk` (`.ci/run`, `scripts/console.sh`,
`scripts/test.sh`); WenQuanYi Micro Hei is accepted too. Without one, `FontMissing` is raised and the
summary goes out without its picture rather than with boxes.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

# (file, face index of Simplified Chinese in the collection)
FONT_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
)
BOLD_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    *FONT_CANDIDATES,
)
WIDTH = 1080
MARGIN = 48
LABEL_W = 230
ROW_H = 92
GAP_H = 46
BAR_MIN = 14
COLORS = ((37, 99, 235), (16, 185, 129))  # blue → green down the funnel
INK, MUTED, PAPER, EMPTY = (17, 24, 39), (100, 116, 139), (255, 255, 255), (209, 213, 219)


class FontMissing(RuntimeError):
    """No CJK font is installed (see the module docstring)."""


@dataclass(frozen=True, slots=True)
class FunnelChart:
    title: str
    subtitle: str
    labels: tuple[str, ...]  # one per stage, top to bottom
    counts: tuple[int, ...]
    rates: tuple[str, ...]  # between consecutive stages: len(labels) - 1 texts, "" for none
    footer: str = ""


def font_file(bold: bool = False) -> tuple[str, int]:
    for path, index in BOLD_CANDIDATES if bold else FONT_CANDIDATES:
        if Path(path).is_file():
            return path, index
    raise FontMissing("no CJK font: install fonts-noto-cjk (see scripts/console.sh)")


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The CJK font at `size` (FontMissing without one): shared with the results chart."""
    return _font(size, bold)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path, index = font_file(bold)
    return ImageFont.truetype(path, size=size, index=index)


def _mix(t: float) -> tuple[int, int, int]:
    a, b = COLORS
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def draw_funnel(chart: FunnelChart) -> bytes:
    """The PNG bytes (blocking: call through `render_funnel_png`)."""
    title, sub, label, number, small = (
        _font(52, bold=True),
        _font(32),
        _font(38, bold=True),
        _font(36, bold=True),
        _font(30),
    )
    rows = len(chart.labels)
    # The label column fits the longest label (English stage names are long), up to 40 % of the width.
    label_w = min(max([LABEL_W, *(round(label.getlength(n)) + 8 for n in chart.labels)]), WIDTH * 2 // 5)
    bar_max = WIDTH - MARGIN * 2 - label_w - 24
    top = MARGIN + 64 + 52 + 36
    height = top + rows * ROW_H + max(rows - 1, 0) * GAP_H + (70 if chart.footer else 0) + MARGIN
    image = Image.new("RGB", (WIDTH, height), PAPER)
    pen = ImageDraw.Draw(image)
    pen.text((MARGIN, MARGIN), chart.title, font=title, fill=INK)
    pen.text((MARGIN, MARGIN + 72), chart.subtitle, font=sub, fill=MUTED)
    biggest = max(chart.counts, default=0) or 1
    centre = MARGIN + label_w + 24 + bar_max // 2
    y = top
    for i, (name, count) in enumerate(zip(chart.labels, chart.counts, strict=True)):
        width = max(BAR_MIN, round(bar_max * count / biggest)) if count else BAR_MIN
        left = centre - width // 2
        pen.rounded_rectangle(
            (left, y + 8, left + width, y + ROW_H - 8),
            radius=12,
            fill=_mix(i / max(rows - 1, 1)) if count else EMPTY,
        )
        fitted = label if label.getlength(name) <= label_w else _font(28, bold=True)
        pen.text((MARGIN + label_w, y + ROW_H // 2), name, font=fitted, fill=INK, anchor="rm")
        text = f"{count:,}"
        text_w = pen.textlength(text, font=number)
        if text_w + 24 < width:
            pen.text((centre, y + ROW_H // 2), text, font=number, fill=PAPER, anchor="mm")
        else:
            pen.text((left + width + 14, y + ROW_H // 2), text, font=number, fill=INK, anchor="lm")
        y += ROW_H
        if i < rows - 1:
            rate = chart.rates[i] if i < len(chart.rates) else ""
            if rate:
                pen.text((centre, y + GAP_H // 2), f"↓ {rate}", font=small, fill=MUTED, anchor="mm")
            y += GAP_H
    if chart.footer:
        pen.text((MARGIN, y + 30), chart.footer, font=small, fill=MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


async def render_funnel_png(chart: FunnelChart) -> bytes:
    """Draw in a worker thread: a chart takes tens of milliseconds of CPU."""
    return await asyncio.to_thread(draw_funnel, chart)
