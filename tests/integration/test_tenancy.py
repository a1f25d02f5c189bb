"""Two workspaces never see or change each other's creators."""

from __future__ import annotations

from bot.core.dispatch import Dispatcher
from bot.core.types import ChatRef, InboundMessage, Sender
from bot.settings import Settings
from bot.wiring import build_dispatcher
from handlers.replies import Text
from models.creator import Creator
from models.enums import Platform, Stage
from workflows.ports import FrozenClock


async def _say(dispatcher: Dispatcher, tenant: str, text: str, clock: FrozenClock) -> str:
    message = InboundMessage(
        chat=ChatRef(Platform.FEISHU, tenant, f"oc_{tenant}"),
        sender=Sender(f"ou_{tenant}", f"user-{tenant}"),
        text=text,
        event_id=f"{tenant}-{text}",
        received_at=clock.now(),
    )
    reply = await dispatcher.handle(message)
    return reply.text if isinstance(reply, Text) else str(reply)


async def test_workspaces_are_isolated(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    await _say(dispatcher, "tenant_a", "添加达人 @amy 英国", clock)
    await _say(dispatcher, "tenant_b", "添加达人 @bob 英国", clock)

    assert "没找到" in await _say(dispatcher, "tenant_b", "看看 @amy", clock)
    assert "没找到" in await _say(dispatcher, "tenant_b", "把 @amy 移到已回复", clock)
    assert "@amy" not in await _say(dispatcher, "tenant_b", "列出所有达人", clock)
    assert "@bob" not in await _say(dispatcher, "tenant_a", "列出所有达人", clock)
    # the same handle may exist in both workspaces independently
    assert "已添加" in await _say(dispatcher, "tenant_b", "添加达人 @amy 英国", clock)
    await _say(dispatcher, "tenant_b", "把 @amy 移到已回复", clock)
    stages = {c.workspace_id: c.stage for c in await Creator.filter(handle_key="amy")}
    assert sorted(stages.values()) == sorted([Stage.PROSPECT, Stage.REPLIED])
