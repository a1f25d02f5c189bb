"""Issue 15: ask when unsure, confirm weak writes, learn from picks, the team model's proposals — in the
console, Feishu (buttons) and WeCom (typed choices). A scripted model makes "unsure" deterministic; the
rest of the bot (slots, handlers, database) is real."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.console import CONSOLE_CHAT, Console
from bot.core.types import InboundAction, Sender
from bot.core.understanding import Understanding
from bot.nlu.features import ModelInput
from bot.nlu.llm import ModelReader
from bot.nlu.model import IntentModel, default_model
from bot.settings import Settings, TranslationSettings
from bot.wiring import build_dispatcher, build_proposer
from models.creator import Creator
from models.enums import Stage
from models.nlu import Clarification, LearnedExample
from tests.feishu_team import feishu_team
from tests.simulators.openai import Hang, OpenAISimulator, ToolAnswer
from tests.wecom_team import wecom_team
from workflows.ports import FrozenClock

Ranked = list[tuple[str, float]]


class Scripted(IntentModel):
    """The shipped model, except for messages containing a key: those get the scripted probabilities."""

    def __init__(self, scripted: dict[str, Ranked]) -> None:
        self._scripted = scripted
        self._real = default_model()
        self.intents = self._real.intents

    def scores(self, seen: ModelInput) -> Ranked:
        for key, ranked in self._scripted.items():
            if key in seen.text:
                return ranked
        return self._real.scores(seen)


UNSURE = {"进展咋样": [("list_creators", 0.34), ("pipeline_summary", 0.31), ("agenda", 0.2)]}
WEAK_WRITE = {"回我们啦": [("set_stage", 0.6), ("unknown", 0.25), ("show_creator", 0.1), ("add_note", 0.05)]}
HAGGLING = {"砍价中吧": [("show_creator", 0.3), ("set_stage", 0.28), ("unknown", 0.22), ("add_note", 0.2)]}


def _console(clock: FrozenClock, scripted: dict[str, Ranked], user: str = "小李", **kw: object) -> Console:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    understanding = Understanding(model=Scripted(scripted), **kw)  # type: ignore[arg-type]
    return Console(dataclasses.replace(dispatcher, understanding=understanding), user=user, locale="zh_CN")


async def test_unsure_message_offers_choices_does_the_pick_and_learns_it(db: str, clock: FrozenClock) -> None:
    console = _console(clock, UNSURE)
    await console.say("添加达人 @amy TikTok 美国 加州")
    card = await console.say("达人进展咋样")
    assert "你是想……？" in card and "[列出达人" in card and "[管道汇总" in card and "[都不是" in card
    done = await console.press("列出达人")
    assert "@amy" in done, "the picked action ran"
    learned = await LearnedExample.all().values_list("intent", flat=True)
    assert learned == ["list_creators"]
    again = await console.say("达人进展咋样")
    assert "你是想" not in again and "@amy" in again, "the workspace learned the phrasing"


async def test_none_of_these_changes_nothing_and_learns_nothing(db: str, clock: FrozenClock) -> None:
    console = _console(clock, UNSURE)
    await console.say("达人进展咋样")
    assert "什么都没改" in await console.press("都不是")
    assert await LearnedExample.all().count() == 0
    assert "已经回答过了" in await console.press("列出达人"), "a question is answered once"


async def test_a_weak_write_is_confirmed_before_anything_changes(db: str, clock: FrozenClock) -> None:
    console = _console(clock, WEAK_WRITE)
    await console.say("添加达人 @amy TikTok 美国 加州")
    card = await console.say("@amy 已回复 回我们啦")
    assert "确认一下" in card and "[移动阶段 @amy" in card
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT, "nothing written before the answer"
    assert "已回复" in await console.press("移动阶段 @amy")
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED


async def test_typed_number_answers_the_latest_question(db: str, clock: FrozenClock) -> None:
    console = _console(clock, WEAK_WRITE)
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("@amy 已回复 回我们啦")
    assert "已回复" in await console.say("1")
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED
    assert "没有待确认的卡片" in await console.say("1"), "nothing open any more, and said so"


async def test_only_the_asker_answers_and_questions_expire(db: str, clock: FrozenClock) -> None:
    console = _console(clock, WEAK_WRITE)
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("@amy 已回复 回我们啦")
    row = await Clarification.get()
    other = dataclasses.replace(
        InboundAction(
            chat=CONSOLE_CHAT,
            sender=Sender("console:bob", "bob"),
            action_id="nlu.pick",
            value={"id": str(row.id), "intent": "set_stage"},
            message_ref="console",
            event_id="x1",
            received_at=datetime.now(UTC),
            locale="zh_CN",
        )
    )
    refused = await console._dispatcher.handle_action(other)
    assert "只有 TA 能选" in refused.toast
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT
    clock.advance(timedelta(minutes=31))
    assert "已过期" in await console.press("移动阶段 @amy")
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT


async def test_a_known_creator_named_without_at_is_a_creator(db: str, clock: FrozenClock) -> None:
    console = _console(clock, {})
    await console.say("添加达人 @amy TikTok 美国 加州")
    card = await console.say("看看 amy")
    assert ("@amy" in card and "美国" in card) or "洛杉矶" in card
    assert "没找到" in await console.say("看看 @nobody_here")


@pytest.fixture
async def llm() -> AsyncIterator[OpenAISimulator]:
    sim = OpenAISimulator()
    await sim.start()
    yield sim
    await sim.stop()


@pytest.fixture
async def reader(llm: OpenAISimulator) -> AsyncIterator[ModelReader]:
    settings = Settings(translation=TranslationSettings(model="sim", base_url=llm.base_url, timeout_s=1.0))
    built = build_proposer(settings)
    assert built is not None
    yield built
    await built.aclose()


def _with_model(clock: FrozenClock, reader: ModelReader, scripted: dict[str, Ranked]) -> Console:
    return _console(clock, scripted, reader=reader)


async def test_the_team_model_proposes_and_the_person_confirms(
    db: str, clock: FrozenClock, llm: OpenAISimulator, reader: ModelReader
) -> None:
    console = _with_model(clock, reader, HAGGLING)
    await console.say("添加达人 @amy TikTok 美国 加州")
    llm.script(ToolAnswer({"intent": "set_stage", "creators": ["amy"], "stage": "negotiating"}))
    card = await console.say("@amy 砍价中吧")
    assert card.splitlines()[-1].startswith("[移动阶段 @amy"), "the proposal is offered first"
    assert "<message-" in llm.prompts[-1].user, "the message went as delimited data"
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT, "a proposal never acts alone"
    await console.press("移动阶段 @amy")
    assert (await Creator.get(handle_key="amy")).stage == Stage.NEGOTIATING, "the proposal's slots were used"


async def test_a_slow_team_model_falls_back_to_the_question(
    db: str, clock: FrozenClock, llm: OpenAISimulator, reader: ModelReader
) -> None:
    console = _with_model(clock, reader, UNSURE)
    llm.script(Hang(10.0))
    started = datetime.now(UTC)
    card = await console.say("达人进展咋样")
    assert (datetime.now(UTC) - started).total_seconds() < 4.5
    assert "你是想……？" in card and "[列出达人" in card, "the local choices, never an error"


async def test_feishu_clarification_is_a_card_with_buttons(db: str, clock: FrozenClock) -> None:
    async with feishu_team(clock, understanding=Understanding(model=Scripted(UNSURE))) as team:
        await team.say("添加达人 @amy TikTok 美国 加州")
        card = await team.say("达人进展咋样")
        labels = [b["label"] for b in card.buttons]
        assert labels[:2] == ["列出达人", "管道汇总"] and labels[-1] == "都不是"
        answer = await team.press(card, "列出达人")
        assert "列出达人" in answer["toast"]["content"]
        assert await LearnedExample.filter(intent="list_creators").count() == 1


async def test_wecom_clarification_is_answered_by_typing(db: str, clock: FrozenClock) -> None:
    async with wecom_team(clock, understanding=Understanding(model=Scripted(WEAK_WRITE))) as team:
        await team.say("添加达人 @amy TikTok 美国 加州")
        question = await team.say("@amy 已回复 回我们啦")
        assert "确认一下" in question and "1. 移动阶段 @amy" in question
        assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT
        await team.say("1")
        assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED


async def test_undo_right_after_a_write_in_the_console(db: str, clock: FrozenClock) -> None:
    console = _console(clock, {})
    await console.say("添加达人 @amy TikTok 美国 加州")
    await console.say("把 @amy 移到已回复")
    assert (await Creator.get(handle_key="amy")).stage == Stage.REPLIED
    reply = await console.say("撤销")
    assert "已撤销" in reply and "@amy" in reply
    assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT


async def test_yen_for_a_creator_in_japan(db: str, clock: FrozenClock) -> None:
    console = _console(clock, {})
    await console.say("添加达人 @yuki_tokyo 日本 东京")
    reply = await console.say("@yuki_tokyo 已付 ¥3000")
    assert "JPY" in reply and "CNY" not in reply


async def test_feishu_undo_and_the_team_model(
    db: str, clock: FrozenClock, llm: OpenAISimulator, reader: ModelReader
) -> None:
    understanding = Understanding(model=Scripted(HAGGLING), reader=reader)
    async with feishu_team(clock, understanding=understanding) as team:
        await team.say("添加达人 @amy TikTok 美国 加州")
        llm.script(ToolAnswer({"intent": "set_stage", "creators": ["amy"], "stage": "negotiating"}))
        card = await team.say("@amy 砍价中吧")
        assert next(b["label"] for b in card.buttons) == "移动阶段 @amy"
        await team.press(card, "移动阶段 @amy")
        assert (await Creator.get(handle_key="amy")).stage == Stage.NEGOTIATING
        undone = await team.say("撤销")
        assert "已撤销" in undone.text
        assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT


async def test_wecom_undo_and_the_team_model(
    db: str, clock: FrozenClock, llm: OpenAISimulator, reader: ModelReader
) -> None:
    understanding = Understanding(model=Scripted(HAGGLING), reader=reader)
    async with wecom_team(clock, understanding=understanding) as team:
        await team.say("添加达人 @amy TikTok 美国 加州")
        llm.script(ToolAnswer({"intent": "set_stage", "creators": ["amy"], "stage": "negotiating"}))
        question = await team.say("@amy 砍价中吧")
        assert "1. 移动阶段 @amy" in question
        await team.say("1")
        assert (await Creator.get(handle_key="amy")).stage == Stage.NEGOTIATING
        assert "已撤销" in await team.say("撤销")
        assert (await Creator.get(handle_key="amy")).stage == Stage.PROSPECT
