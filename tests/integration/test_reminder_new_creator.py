"""A reminder about someone not in the pipeline yet is set anyway (issue 17), and its card offers to add
them: the button runs the same add as "添加达人 @new" and ties the reminder to the new creator."""

from __future__ import annotations

import pytest

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.creator import Creator
from models.schedule import Delivery
from tests.wecom_team import Team, wecom_team
from workflows.ports import FrozenClock


@pytest.fixture
def en(db: str, clock: FrozenClock) -> Console:
    return Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")


async def test_a_reminder_for_a_creator_not_in_the_pipeline_is_set_and_offers_to_add_them(
    console: Console,
) -> None:
    assert "已添加" in await console.say("添加达人 @amy TikTok 美国 加州")
    card = await console.say("1分钟后提醒我跟进 @new 和 @amy")
    assert "已设置提醒 #1" in card and "跟进 @new 和 @amy" in card
    assert "@new 还不是达人库里的达人" in card and "[添加 @new 为达人" in card
    assert "添加 @amy 为达人" not in card
    row = await Delivery.get(id=1).prefetch_related("creator")
    assert row.creator is not None and row.creator.handle == "amy", "a known creator is still the one linked"
    assert await Creator.filter(handle_key="new").count() == 0, "nothing added before the press"


async def test_pressing_the_button_adds_the_creator_and_links_the_reminder(console: Console) -> None:
    card = await console.say("1分钟后提醒我跟进 @New_Maria")
    assert "已设置提醒 #1" in card and "跟进 @New_Maria" in card
    pressed = await console.press("添加 @New_Maria 为达人")
    assert "已添加 @New_Maria" in pressed and "提醒 #1 已关联到 @New_Maria" in pressed
    creator = await Creator.get(handle_key="new_maria")
    assert creator.handle == "New_Maria", "stored as typed, like 添加达人 @New_Maria"
    row = await Delivery.get(id=1)
    assert row.creator_id == creator.id  # type: ignore[attr-defined]
    assert "跟进 @New_Maria" in await console.say("我的待办")  # linked (checked above), named once
    again = await console.press("添加 @New_Maria 为达人")
    assert "已经存在" in again and "已关联" not in again, "a second press adds nothing"
    assert await Creator.filter(handle_key="new_maria").count() == 1


async def test_in_english(en: Console) -> None:
    card = await en.say("remind me in 1 minute to follow up with @new")
    assert "Reminder #1 set" in card and "@new" in card
    assert "@new is not in the creator list yet" in card and "[Add @new as a creator" in card
    pressed = await en.press("Add @new as a creator")
    assert "@new" in pressed and "Reminder #1 is now linked to @new" in pressed
    assert (await Delivery.get(id=1)).creator_id == (await Creator.get(handle_key="new")).id  # type: ignore[attr-defined]


async def test_the_offer_is_a_numbered_line_in_wecom(db: str, clock: FrozenClock) -> None:
    async with wecom_team(clock) as team:
        await _wecom(team)


async def _wecom(team: Team) -> None:
    card = await team.say("1分钟后提醒我跟进 @new")
    assert "已设置提醒 #1" in card and "1. 添加 @new 为达人" in card
    assert "已添加 @new" in await team.say("添加 @new 为达人"), "the numbered line, typed, adds them"
    assert await Creator.filter(handle_key="new").count() == 1
