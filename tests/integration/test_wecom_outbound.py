"""WeComOutbound against the WeCom simulator: batching, byte-limit splits, 20/min per key (in-process and
shared through Redis), 45009 back-off, refused keys, idempotency."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from bot.adapters.wecom import render
from bot.adapters.wecom.outbound import (
    REFUSED_RETRY_S,
    WEBHOOK_LIMITS,
    RedisSentStore,
    WeComOutbound,
    redis_limiter_for,
)
from bot.core.outbound import SendTarget, TransientSendError
from bot.core.ratelimit import LocalRateLimiter
from bot.core.types import ChatRef
from handlers.replies import Button, Card, Text
from models.enums import Platform
from tests.simulators.wecom import PUSH_WINDOW_S, WeComSimulator

KEY = "693a91f6-7f1e-4bc4-97a0-0ec2a1fa5aaa"
CHAT = ChatRef(Platform.WECOM, "aib", "wrgroup1")


@dataclass
class Keys:
    keys: dict[str, str] = field(default_factory=lambda: {CHAT.chat_id: KEY})
    refusals: list[str] = field(default_factory=list)

    async def get(self, chat: ChatRef) -> str | None:
        return self.keys.get(chat.chat_id)

    async def refused(self, chat: ChatRef, reason: str) -> None:
        self.refusals.append(reason)


class VirtualTime:
    """The limiter's clock and sleep, moving the simulator's clock along: minutes pass in milliseconds."""

    def __init__(self, sim: WeComSimulator) -> None:
        self.sim, self.t = sim, 0.0

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.t += seconds
        self.sim.advance(seconds)
        await asyncio.sleep(0)


@pytest.fixture
async def sim() -> AsyncIterator[WeComSimulator]:
    async with WeComSimulator() as simulator:
        yield simulator


def max_in_any_window(stamps: list[float], window: float = PUSH_WINDOW_S) -> int:
    return max((sum(1 for s in stamps if t <= s < t + window) for t in stamps), default=0)


async def test_markdown_card_with_buttons_as_numbered_hints(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0)
    card = Card(title="计划", fields=(("达人", "@bob"),), buttons=(Button("确认", "a"), Button("取消", "b")))
    await out.send(SendTarget(CHAT), card, "k1")
    await out.close()
    push = sim.pushes[0]
    assert push.payload["msgtype"] == "markdown"
    hint = "回复编号或按钮上的字即可，例如「1」或「确认」"
    assert push.content == f"**计划**\n达人：@bob\n1. 确认 2. 取消\n{hint}"


async def test_long_text_split_at_the_byte_limits(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0)
    long = "\n".join(f"第{i}行：" + "长" * 100 for i in range(60))  # ~18 KB
    await out.send(SendTarget(CHAT), Text(long), "k1")
    await out.send(SendTarget(CHAT, mention_user_ids=("alice",)), Text(long), "k2")
    await out.close()
    markdown = [p for p in sim.pushes if p.payload["msgtype"] == "markdown"]
    text = [p for p in sim.pushes if p.payload["msgtype"] == "text"]
    assert all(len(p.content.encode()) <= render.MARKDOWN_LIMIT for p in markdown) and len(markdown) == 5
    assert all(len(p.content.encode()) <= render.TEXT_LIMIT for p in text) and len(text) >= 9
    assert "\n".join(p.content for p in markdown) == long, "nothing lost, cut at line breaks"
    assert text[0].mentioned == ["alice"] and all(p.mentioned == [] for p in text[1:])


def test_split_never_cuts_a_character() -> None:
    for piece in render.split_bytes("长" * 5000, 2048):
        assert len(piece.encode()) <= 2048
    assert "".join(render.split_bytes("长" * 5000, 2048)) == "长" * 5000


async def test_due_reminders_for_one_group_go_out_as_one_message(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0.05)
    sends = [
        out.send(SendTarget(CHAT, mention_user_ids=(user,)), Text(f"提醒 #{n}"), f"k{n}")
        for n, user in enumerate(["alice", "bob", "alice"], 1)
    ]
    await asyncio.gather(*sends)
    await out.close()
    assert len(sim.pushes) == 1
    assert sim.pushes[0].content == "提醒 #1\n\n提醒 #2\n\n提醒 #3"
    assert sim.pushes[0].mentioned == ["alice", "bob"]


async def test_a_batch_with_a_ping_goes_as_text_without_markdown_marks(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0.05)
    await asyncio.gather(
        out.send(SendTarget(CHAT), Card(title="日报"), "k1"),
        out.send(SendTarget(CHAT, mention_user_ids=("alice",)), Text("提醒 #1"), "k2"),
    )
    await out.close()
    assert [(p.payload["msgtype"], p.content, p.mentioned) for p in sim.pushes] == [
        ("text", "日报\n\n提醒 #1", ["alice"])
    ]


async def test_same_idempotency_key_posts_once(sim: WeComSimulator) -> None:
    out = WeComOutbound(sim.url, Keys(), coalesce_s=0)
    await out.send(SendTarget(CHAT), Text("a"), "same")
    await out.send(SendTarget(CHAT), Text("a"), "same")
    await out.close()
    assert len(sim.pushes) == 1


async def test_hundred_reminders_track_twenty_a_minute(sim: WeComSimulator) -> None:
    vt = VirtualTime(sim)
    out = WeComOutbound(
        sim.url,
        Keys(),
        coalesce_s=0,
        limiter_for=lambda tag: LocalRateLimiter(WEBHOOK_LIMITS, clock=vt.now, sleep=vt.sleep),
    )
    for n in range(100):
        await out.send(SendTarget(CHAT), Text(f"提醒 #{n}"), f"k{n}")
    await out.close()
    assert len(sim.pushes) == 100 and sim.rate_limited == 0
    assert max_in_any_window([p.at for p in sim.pushes]) == 20
    assert 4 * 60 <= vt.t <= 4 * 60 + 10, f"100 pushes took {vt.t:.1f} s of virtual time"


async def test_45009_backs_off_the_key(sim: WeComSimulator) -> None:
    out = WeComOutbound(
        sim.url, Keys(), coalesce_s=0, limiter_for=lambda tag: LocalRateLimiter(WEBHOOK_LIMITS)
    )
    for _ in range(20):  # someone else used the key's whole minute
        sim._windows[KEY].append(sim.now())
    with pytest.raises(TransientSendError) as error:
        await out.send(SendTarget(CHAT), Text("x"), "k1")
    assert error.value.retry_after == 60.0 and sim.rate_limited == 1
    await out.close()


async def test_refused_key_keeps_the_reminder(sim: WeComSimulator) -> None:
    sim.revoked.add(KEY)
    keys = Keys()
    out = WeComOutbound(sim.url, keys, coalesce_s=0)
    with pytest.raises(TransientSendError) as error:
        await out.send(SendTarget(CHAT), Text("x"), "k1")
    await out.close()
    assert error.value.retry_after == REFUSED_RETRY_S, "transient: the row stays pending"
    assert keys.refusals and KEY not in keys.refusals[0] and KEY not in str(error.value)


async def test_two_processes_share_the_limit_through_redis(sim: WeComSimulator, redis_url: str) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    outs = [
        WeComOutbound(sim.url, Keys(), coalesce_s=0, limiter_for=redis_limiter_for(redis)) for _ in range(2)
    ]
    for n in range(10):  # two processes, ten pushes each: the key's whole minute
        await asyncio.gather(*(out.send(SendTarget(CHAT), Text(f"{n}"), f"k{n}") for out in outs))
    assert len(sim.pushes) == 20 and sim.rate_limited == 0
    blocked = asyncio.ensure_future(outs[0].send(SendTarget(CHAT), Text("21st"), "k21"))
    await asyncio.sleep(0.3)
    assert not blocked.done(), "the 21st push of the minute waits, whichever process sends it"
    blocked.cancel()
    for out in outs:
        await out.close()
    await redis.aclose()


async def test_idempotency_shared_through_redis(sim: WeComSimulator, redis_url: str) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    first, second = (
        WeComOutbound(sim.url, Keys(), coalesce_s=0, sent_store=RedisSentStore(redis)) for _ in "ab"
    )
    await first.send(SendTarget(CHAT), Text("reminder"), "cb-d1-v1")
    await second.send(SendTarget(CHAT), Text("reminder"), "cb-d1-v1")  # a resend after a worker died
    assert len(sim.pushes) == 1
    for out in (first, second):
        await out.close()
    await redis.aclose()
