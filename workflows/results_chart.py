"""The results chart (issue 18): GMV per creator as horizontal bars with each creator's ROI beside it, a PNG
about 1080 px wide like the funnel chart, drawn with the same CJK font (`summary_chart.font`; FontMissing
without one) in a worker thread."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

from workflows.summary_chart import COLORS, EMPTY, INK, MARGIN, MUTED, PAPER, WIDTH, font

ROW_H = 76
BAR_MIN = 10


@dataclass(frozen=True, slots=True)
class ResultsChart:
    title: str
    subtitle: str
    labels: tuple[str, ...]  # one per creator, top to bottom (GMV first)
    values: tuple[float, ...]  # GMV, in the reporting currency (only the bars' lengths)
    texts: tuple[str, ...]  # what each bar says: "12,345 CNY"
    notes: tuple[str, ...]  # beside each bar: "ROI 3.2"
    footer: str = ""


def draw_results(chart: ResultsChart) -> bytes:
    """The PNG bytes (blocking: call through `render_results_png`)."""
    title, sub, label, number, small = font(50, bold=True), font(30), font(32, bold=True), font(28), font(26)
    rows = max(len(chart.labels), 1)
    label_w = min(max([200, *(round(label.getlength(n)) + 8 for n in chart.labels)]), WIDTH * 2 // 5)
    note_w = max([120, *(round(small.getlength(n)) + 16 for n in chart.notes)])
    bar_left = MARGIN + label_w + 20
    bar_max = WIDTH - MARGIN - note_w - bar_left
    top = MARGIN + 64 + 48 + 28
    height = top + rows * ROW_H + (64 if chart.footer else 0) + MARGIN
    image = Image.new("RGB", (WIDTH, height), PAPER)
    pen = ImageDraw.Draw(image)
    pen.text((MARGIN, MARGIN), chart.title, font=title, fill=INK)
    pen.text((MARGIN, MARGIN + 70), chart.subtitle, font=sub, fill=MUTED)
    biggest = max(chart.values, default=0) or 1
    y = top
    for name, value, text, note in zip(chart.labels, chart.values, chart.texts, chart.notes, strict=True):
        width = max(BAR_MIN, round(bar_max * value / biggest)) if value > 0 else BAR_MIN
        pen.rounded_rectangle(
            (bar_left, y + 10, bar_left + width, y + ROW_H - 10),
            radius=10,
            fill=COLORS[0] if value > 0 else EMPTY,
        )
        pen.text((MARGIN + label_w, y + ROW_H // 2), name, font=label, fill=INK, anchor="rm")
        if pen.textlength(text, font=number) + 20 < width:
            pen.text((bar_left + 12, y + ROW_H // 2), text, font=number, fill=PAPER, anchor="lm")
        else:
            pen.text((bar_left + width + 10, y + ROW_H // 2), text, font=number, fill=INK, anchor="lm")
        pen.text((WIDTH - MARGIN, y + ROW_H // 2), note, font=small, fill=COLORS[1], anchor="rm")
        y += ROW_H
    if chart.footer:
        pen.text((MARGIN, y + 24), chart.footer, font=small, fill=MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


async def render_results_png(chart: ResultsChart) -> bytes:
    return await asyncio.to_thread(draw_results, chart)
