"""Scheduling through the Feishu adapter: a group @mention plans outreach, the confirm button schedules
it, and at the due moment the owner is pinged in that chat with a card whose buttons work — real signed
callbacks in through `creatorbot serve`'s app, real lark-oapi out to the Feishu simulator."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest

from bot.serve import serve
from bot.settings import Settings
from models.creator import Creator
from models.enums import DeliveryStatus, Stage
from models.schedule import Delivery
from tests.feishu_events import FeishuEvents
from tests.feishu_team import ENCRYPT_KEY, Team, feishu_settings, feishu_team
from tests.simulators.feishu import FeishuSimulator
from tests.waiting import eventually
from workflows.ports import FrozenClock


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with feishu_team(clock) as team:
        yield team


async def test_outreach_planned_confirmed_and_delivered_in_the_group(team: Team, clock: FrozenClock) -> None:
    await team.say("添加达人 @bob YouTube 英国 伦敦")
    plan = await team.say("给 @bob 安排外联，达人当地时间明早10点")
    assert "周四 11/26 10:00 伦敦 (UTC+0) = 周四 11/26 18:00 北京 (UTC+8)" in plan.text
    assert [b["label"] for b in plan.buttons] == ["确认", "修改", "取消"]

    answer = await team.press(plan, "确认")
    assert "已安排 1 条外联提醒" in answer["toast"]["content"]
    assert (await Delivery.get()).status == DeliveryStatus.PENDING

    clock.advance(timedelta(days=1, hours=1, minutes=59))  # one minute early: nothing yet
    sent_before = len(team.sim.messages)
    await team.loop.run_once()
    assert len(team.sim.messages) == sent_before
    clock.advance(timedelta(minutes=1))
    await team.loop.run_once()
    assert len(team.sim.messages) == sent_before + 1
    due = team.sim.messages[-1]
    assert due.chat_id == "oc_group1" and due.reply_to is None
    assert "外联提醒：@bob" in due.text and "Hi @bob" in due.text
    assert "<at id=ou_alice></at>" in due.text, "the owner (who scheduled it) is pinged"
    assert due.uuid == "cb-d1-v1"
    await team.loop.run_once()
    assert len(team.sim.messages) == sent_before + 1, "delivered once"

    answer = await team.press(due, "已发送")
    assert "下一次跟进" in answer["toast"]["content"]
    assert (await Creator.get(handle="bob")).stage == Stage.CONTACTED
    assert await Delivery.filter(step=2, status=DeliveryStatus.PENDING).count() == 1


async def test_reminder_snoozed_from_the_card(team: Team, clock: FrozenClock) -> None:
    card = await team.say("两小时后提醒我寄样")
    assert "已设置提醒 #1" in card.text
    clock.advance(timedelta(hours=2))
    await team.loop.run_once()
    due = team.sim.messages[-1]
    assert "提醒 #1" in due.text and "寄样" in due.text
    answer = await team.press(due, "推迟1小时")
    assert "再提醒" in answer["toast"]["content"]
    clock.advance(timedelta(hours=1))
    await team.loop.run_once()
    again = team.sim.messages[-1]
    assert again.message_id != due.message_id and again.uuid == "cb-d1-v2"


async def test_serve_delivers_due_reminders_itself_without_redis(tmp_path: Path, clock: FrozenClock) -> None:
    """`creatorbot serve` with no REDIS_URL runs the delivery loop in-process, on the same Feishu client."""
    async with FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot") as sim:
        feishu = feishu_settings(sim)
        settings = Settings(database_url=f"sqlite://{tmp_path / 'serve.sqlite3'}", feishu=feishu)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        stop, started = asyncio.Event(), asyncio.Event()
        server = asyncio.create_task(
            serve(settings, "127.0.0.1", port, stop=stop, started=started, clock=clock)
        )
        await asyncio.wait_for(started.wait(), 30)
        events = FeishuEvents(encrypt_key=ENCRYPT_KEY)
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:

            async def say(text: str) -> None:
                doc = events.message(f"@_user_1 {text}")
                sim.register_message(doc["event"]["message"]["message_id"], "oc_group1")
                body, headers = events.request(doc)
                assert (await http.post("/feishu/events", data=body, headers=headers)).status == 200

            await say("两小时后提醒我寄样")
            await eventually(lambda: len(sim.messages) == 1)
            clock.advance(timedelta(hours=2))
            await say("三小时后提醒我催视频")  # scheduling wakes the loop, which finds the first one due
            await eventually(lambda: any("寄样" in m.text and m.uuid == "cb-d1-v1" for m in sim.messages))
        stop.set()
        await asyncio.wait_for(server, 30)
