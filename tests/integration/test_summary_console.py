"""Summaries through the console: the card, the funnel chart saved as a PNG, filters and permissions."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from workflows.ports import FrozenClock


def _charts(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in folder.glob("creatorbot-*.png")]


async def _pipeline(console: Console) -> None:
    for line in (
        "添加达人 @amy TikTok 美国 加州",
        "添加达人 @bob TikTok 英国",
        "添加达人 @cat Instagram 美国 纽约",
        "把 @amy 移到已邀约",
        "把 @bob 移到已邀约",
        "把 @amy 移到已回复",
        "@cat 交给 小王",
    ):
        if "还不是团队成员" in await console.say(line):  # 小王 has not spoken yet
            await console.press("确认新成员 小王")


async def test_summary_card_and_chart_file(
    console: Console, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    await _pipeline(console)
    reply = await console.say("本周管道汇总")
    assert "📊 管道汇总 · 本周（11/23–11/25）" in reply
    assert "达人总数     3（本期新增 3）" in reply
    assert "已邀约      1 ↑1" in reply and "已回复      1 ↑1" in reply
    assert "待建联→已邀约 66.7%（2/3）" in reply and "已邀约→已回复 50%（1/2）" in reply
    assert "小李 2（新增 2）" in reply and "小王 1（新增 1）" in reply
    files = _charts(tmp_path)
    assert len(files) == 1 and files[0][1].startswith(b"\x89PNG")
    assert f"→ {files[0][0]}" in reply

    tiktok = await console.say("最近30天 TikTok 美国 漏斗")
    assert "最近30天（10/27–11/25） · TikTok · 美国" in tiktok and "达人总数     1（本期新增 1）" in tiktok
    assert "没有叫「春季新品」的活动" in await console.say("pipeline summary for campaign 春季新品")
    assert "看不懂这个时间范围" in await console.say("summary 2027-11-01 to 2027-11-15")


async def test_operator_is_refused_someone_elses_progress_and_sees_only_own_details(
    console: Console, clock: FrozenClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    await console.say("帮助")  # 小李 speaks first: admin
    wang = Console(build_dispatcher(Settings(), clock=clock), user="小王", locale="zh_CN")
    await wang.say("帮助")  # 小王 is an operator
    await _pipeline(console)
    refused = await wang.say("看看小李这个月的进度")
    assert "只有经理或管理员可以查看其他成员（小李）的进度" in refused and "可以找：小李" in refused
    own = await wang.say("本月汇总")
    assert "达人总数     3" in own, "team totals"
    assert "小王 1（新增 1）" in own and "小李 2" not in own
    assert "你是运营" in own
    boss = await console.say("看看小王这个月的进度")
    assert "负责人 小王" in boss and "1（本期新增 1）" in boss and "小李" not in boss
