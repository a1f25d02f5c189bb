"""The funnel chart's font: every character the chart can draw has a real glyph (no .notdef boxes)."""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont
from PIL import Image, ImageFont

from i18n import CATALOGS
from models.enums import FUNNEL
from workflows.summary_chart import FunnelChart, draw_funnel, font_file

CHART_KEYS = (
    "summary.chart_title",
    "summary.chart_footer",
    "summary.period_span",
    "summary.filter_owner",
    "summary.filter_campaign",
    "summary.platform.tiktok",
    "summary.platform.instagram",
    "summary.platform.youtube",
)
SAMPLES = "0123456789,.%↓·–（）() 小王小李春季新品美国英国德国巴西墨西哥印度尼西亚泰国"


def chart_text() -> set[str]:
    chars = set(SAMPLES)
    for messages in CATALOGS.values():
        keys = [*CHART_KEYS, *(k for k in messages if k.startswith("summary.period."))]
        keys += [f"stage.{s.value}" for s in FUNNEL]
        for key in keys:
            chars |= set(messages[key])
    return {c for c in chars if not c.isspace() and c not in "{}"}


def test_every_chart_character_has_a_glyph_in_both_weights() -> None:
    for bold in (False, True):
        path, index = font_file(bold)
        with TTFont(path, fontNumber=index, lazy=True) as font:
            cmap = font.getBestCmap()
        missing = sorted(c for c in chart_text() if ord(c) not in cmap)
        assert missing == [], f"{path}#{index} has no glyph for {missing}"


def test_a_chinese_label_is_not_drawn_as_the_notdef_box() -> None:
    path, index = font_file(bold=True)
    font = ImageFont.truetype(path, size=38, index=index)
    notdef = bytes(font.getmask("\U0010fffd"))  # a private-use code point: no font has it, .notdef is drawn
    for label in ("已邀约", "已签收", "谈判中"):
        drawn = [bytes(font.getmask(ch)) for ch in label]
        assert all(d and d != notdef for d in drawn), label
        assert len(set(drawn)) == len(label), "different characters, different glyphs"


def test_the_chart_is_a_phone_sized_png() -> None:
    chart = FunnelChart(
        title="管道漏斗",
        subtitle="本周（11/23–11/25） · 负责人 小王",
        labels=tuple(CATALOGS["zh_CN"][f"stage.{s.value}"] for s in FUNNEL),
        counts=(120, 80, 30, 12, 8, 6, 5, 3, 0),
        rates=("66.7%", "37.5%", "40%", "66.7%", "75%", "83.3%", "60%", ""),
        footer="每层 = 本期跨入该阶段（含跳过）的次数",
    )
    image = Image.open(io.BytesIO(draw_funnel(chart)))
    assert image.format == "PNG" and image.width == 1080 and 1200 < image.height < 2000
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 10, "text and bars were drawn"
