"""The summary card and its funnel chart tell one story (issue 16 item 17): "待建联 18" on the card was 34
on the chart, and last month showed "达人总数 0" beside "小王 14". The chart is drawn from the card's own
numbers (creators per stage at the period's end, the card's conversions), and owner rows count at the
period's end like the total. On SQLite and PostgreSQL, through the console."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.adapters.console import Console
from handlers import summary as summary_handler
from workflows.ports import FrozenClock
from workflows.summary_chart import FunnelChart

STAGE_ROW = re.compile(r"^\s*(\S+)\s+(\d+)(?: [↑↓]\d+)?\s*$")


@pytest.fixture
def charts(monkeypatch: pytest.MonkeyPatch) -> list[FunnelChart]:
    """Every chart the summary draws, as handed to the renderer."""
    drawn: list[FunnelChart] = []

    async def capture(chart: FunnelChart) -> bytes:
        drawn.append(chart)
        return b"\x89PNG fake"

    monkeypatch.setattr(summary_handler, "render_funnel_png", capture)
    return drawn


def _card_stages(card: str) -> dict[str, int]:
    """The card's stage rows: {"待建联": 2, …} (other fields have words after the number)."""
    found = {}
    for line in card.splitlines():
        match = STAGE_ROW.match(line)
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def _assert_agree(card: str, chart: FunnelChart) -> None:
    rows = _card_stages(card)
    for label, count in zip(chart.labels, chart.counts, strict=True):
        assert rows.get(label, 0) == count, (label, rows, chart.counts)
    rates = re.findall(r"→\S+ (\d+(?:\.\d)?%)", card)
    assert [r for r in chart.rates if r] == rates, (chart.rates, rates)


async def test_the_chart_draws_the_cards_numbers(console: Console, charts: list[FunnelChart]) -> None:
    for line in (
        "添加达人 @amy TikTok 美国 加州",
        "添加达人 @bob TikTok 英国",
        "添加达人 @cat Instagram 美国 纽约",
        "添加达人 @dan TikTok 美国 加州",
        "把 @amy 移到已邀约",
        "把 @bob 移到已邀约",
        "把 @amy 移到已回复",
        "把 @dan 移到已确认",
    ):
        await console.say(line)
    card = await console.say("本周管道汇总")
    assert len(charts) == 1
    rows = _card_stages(card)
    assert rows["待建联"] == 1 and rows["已邀约"] == 1 and rows["已回复"] == 1, card
    _assert_agree(card, charts[0])
    assert charts[0].counts[0] == 1, "not the 4 crossings into 待建联"


async def test_a_past_period_counts_owners_at_its_end_like_the_total(
    console: Console, clock: FrozenClock, charts: list[FunnelChart]
) -> None:
    clock.advance(timedelta(days=-8))  # Tuesday of last week
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("添加达人 @bob TikTok 英国")
    clock.advance(timedelta(days=8))  # this week: more creators, and amy moves on
    for line in ("添加达人 @cat TikTok 美国 加州", "添加达人 @dan TikTok 美国 加州", "把 @amy 移到已邀约"):
        await console.say(line)

    last_week = await console.say("上周管道汇总")
    assert re.search(r"达人总数\s+2（本期新增 2）", last_week), last_week
    assert "小李 2（新增 2）" in last_week, "the owner row counts at the period's end, not now (4)"
    assert _card_stages(last_week).get("待建联") == 2 and "已邀约" not in _card_stages(last_week)
    _assert_agree(last_week, charts[-1])

    last_month = await console.say("上个月的汇总")
    assert re.search(r"达人总数\s+0", last_month), last_month
    assert "小李" not in last_month, "no owner row beside a total of 0"
    assert charts[-1].counts == (0,) * len(charts[-1].counts)

    this_week = await console.say("本周管道汇总")
    assert "小李 4" in this_week
    _assert_agree(this_week, charts[-1])
