"""Every clock the bot shows names its place and its UTC offset, never an abbreviation (issue 17 item 7):
`CST` was both Chicago and Beijing, São Paulo read "(-03)", an Austin creator's clock said 芝加哥."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from i18n import Catalog
from workflows.clock_labels import both, utc_offset, wall, zone_label

ZH, EN = Catalog("zh_CN"), Catalog("en")
WINTER = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # Wednesday 16:00 in Beijing
SUMMER = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def test_utc_offsets_follow_the_moment() -> None:
    assert utc_offset(WINTER, "America/Chicago") == "UTC−6"
    assert utc_offset(SUMMER, "America/Chicago") == "UTC−5", "daylight time"
    assert utc_offset(WINTER, "Asia/Shanghai") == "UTC+8"
    assert utc_offset(WINTER, "America/Sao_Paulo") == "UTC−3"
    assert utc_offset(WINTER, "Asia/Kolkata") == "UTC+5:30"
    assert utc_offset(WINTER, "Europe/London") == "UTC+0"
    assert utc_offset(WINTER, "America/St_Johns") == "UTC−3:30"


def test_the_creators_city_names_the_clock_in_the_readers_language() -> None:
    assert zone_label("zh_CN", WINTER, "America/Chicago", "Austin") == "奥斯汀 (UTC−6)"
    assert zone_label("en", WINTER, "America/Chicago", "Austin") == "Austin (UTC−6)"
    assert zone_label("zh_CN", WINTER, "America/Chicago", "Texas") == "德州 (UTC−6)"
    assert zone_label("zh_CN", WINTER, "America/Chicago") == "芝加哥 (UTC−6)", "no city: the zone's"
    assert zone_label("zh_CN", WINTER, "Asia/Shanghai") == "北京 (UTC+8)"
    assert zone_label("en", WINTER, "Asia/Shanghai") == "Beijing (UTC+8)"
    assert zone_label("zh_CN", WINTER, "America/Sao_Paulo") == "圣保罗 (UTC−3)"
    assert zone_label("zh_CN", WINTER, "America/Sao_Paulo", "Rio de Janeiro") == "里约热内卢 (UTC−3)"


def test_both_clocks() -> None:
    text = both(ZH, WINTER, "America/Chicago", "Asia/Shanghai", "Austin")
    assert text == "周三 11/25 02:00 奥斯汀 (UTC−6) = 周三 11/25 16:00 北京 (UTC+8)"
    assert both(EN, WINTER, "Asia/Singapore", "Asia/Shanghai") == "Wed 11/25 16:00 Beijing (UTC+8)"
    assert wall(EN, WINTER, "Europe/London", "Manchester") == "Wed 11/25 08:00 Manchester (UTC+0)"


def test_no_reply_code_prints_a_zone_abbreviation() -> None:
    """`tzname()` and `%Z` are what printed CST and -03: no handler, adapter or workflow uses them."""
    offenders = []
    for folder in ("handlers", "workflows", "bot"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.Attribute) and node.attr == "tzname":
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if "%Z" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders


def test_error_replies_name_the_place_too() -> None:
    from datetime import UTC, datetime

    from handlers.errors import reply_for
    from workflows.reminders import TimeInPast
    from workflows.send_window import NoSendWindow

    past = reply_for(ZH, TimeInPast(datetime(2026, 11, 24, 16, 0, tzinfo=UTC), "America/Chicago"))
    text = getattr(past, "text", "")
    assert "11月24日 周二 10:00" in text and "芝加哥" in text and "America/" not in text, past
    window = reply_for(EN, NoSendWindow("America/Sao_Paulo", 30))
    assert "São Paulo" in getattr(window, "text", "") and "America/" not in getattr(window, "text", "")
