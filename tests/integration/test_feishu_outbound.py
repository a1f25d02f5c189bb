"""FeishuOutbound through the real lark-oapi client against the Open API simulator.

Also the token cache and the rate limiter on their own, with a fake clock where waiting would be slow.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.feishu.outbound import FeishuOutbound
from bot.adapters.feishu.ratelimit import FEISHU_LIMITS, feishu_limits
from bot.adapters.feishu.token import Grant, TenantTokenCache, TokenError
from bot.core.outbound import PermanentSendError, SendTarget, TransientSendError
from bot.core.ratelimit import Limit, LocalRateLimiter
from bot.core.types import ChatRef
from bot.settings import FeishuSettings
from handlers.replies import Button, Card, Image, Text
from models.enums import Platform
from tests.simulators.feishu import MESSAGES_PATH, FeishuSimulator

CHAT = ChatRef(Platform.FEISHU, "tenant_1", "oc_team")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
CARD = Card(
    title="今日达人建联",
    fields=(("待回复", "12"),),
    body="@amy_beauty <b>not bold</b>",
    buttons=(Button("批准外呼", "approve", {"batch_id": "b_42"}, "primary"),),
    footer="PST",
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
async def sim() -> AsyncIterator[FeishuSimulator]:
    async with FeishuSimulator() as simulator:
        yield simulator


def outbound(sim: FeishuSimulator, **options: Any) -> FeishuOutbound:
    settings = FeishuSettings(
        app_id=sim.app_id, app_secret=sim.app_secret, verification_token="vt", domain=sim.url
    )
    options.setdefault("backoff", 0.01)
    return FeishuOutbound(settings, **options)


def message_calls(sim: FeishuSimulator) -> list[Any]:
    return [r for r in sim.requests if r.path.startswith(MESSAGES_PATH)]


# ------------------------------------------------------------------------------------------- sending


async def test_text_goes_to_the_chat_with_uuid_and_mentions(sim: FeishuSimulator) -> None:
    sent = await outbound(sim).send(
        SendTarget(CHAT, mention_user_ids=("ou_owner",)), Text("回复 <b>x</b>"), "k1"
    )
    [message] = sim.messages
    assert sent.message_ref == message.message_id
    assert (message.chat_id, message.receive_id_type, message.msg_type, message.uuid) == (
        "oc_team",
        "chat_id",
        "post",
        "k1",
    )
    assert message.text == "@ou_owner 回复 <b>x</b>"
    [request] = message_calls(sim)
    assert request.query == {"receive_id_type": "chat_id"}
    assert request.json["uuid"] == "k1" and request.json["receive_id"] == "oc_team"


async def test_card_is_sent_then_patched(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    sent = await out.send(SendTarget(CHAT, mention_user_ids=("ou_owner",)), CARD, "card-1")
    [message] = sim.messages
    assert message.msg_type == "interactive" and message.content["config"]["update_multi"] is True
    assert message.text.splitlines() == [
        "今日达人建联",
        "<at id=ou_owner></at>",
        "待回复",
        "12",
        "@amy_beauty <b>not bold</b>",
        "批准外呼",
        "PST",
    ]
    assert message.buttons == [
        {"label": "批准外呼", "type": "primary", "value": {"batch_id": "b_42", "action": "approve"}}
    ]

    await out.update(sent.message_ref, Card(title="今日达人建联", body="已批准 ✅"))
    [(patched_id, content)] = sim.patches
    assert patched_id == sent.message_ref and content["config"]["update_multi"] is True
    assert message.text == "今日达人建联\n已批准 ✅"
    assert len(sim.messages) == 1


async def test_reply_goes_under_the_message(sim: FeishuSimulator) -> None:
    sim.register_message("om_user_1", "oc_team")
    sent = await outbound(sim).send(SendTarget(CHAT, reply_to="om_user_1"), Text("收到"), "reply-1")
    [message] = sim.messages
    assert (message.reply_to, message.chat_id, message.uuid, message.reply_in_thread) == (
        "om_user_1",
        "oc_team",
        "reply-1",
        False,
    )
    assert sent.message_ref == message.message_id
    assert [r.path for r in message_calls(sim)] == [f"{MESSAGES_PATH}/om_user_1/reply"]


async def test_image_is_uploaded_then_sent(sim: FeishuSimulator) -> None:
    await outbound(sim).send(SendTarget(CHAT), Image(PNG, alt="funnel"), "img-1")
    [message] = sim.messages
    assert message.msg_type == "image"
    assert sim.images[message.content["image_key"]] == PNG


async def test_a_direct_message_to_a_user_uses_open_id(sim: FeishuSimulator) -> None:
    await outbound(sim).send(SendTarget(ChatRef(Platform.FEISHU, "t", "ou_amy")), Text("hi"), "dm-1")
    [message] = sim.messages
    assert (message.receive_id, message.receive_id_type, message.chat_id) == ("ou_amy", "open_id", "")


async def test_long_text_arrives_as_several_posts_in_order(sim: FeishuSimulator) -> None:
    text = "\n".join(f"{i:04d} creator update: replied, sample shipped, 佣金 20%" for i in range(1500))
    sent = await outbound(sim).send(SendTarget(CHAT), Text(text), "digest-7")
    assert len(sim.messages) > 1
    assert [m.uuid for m in sim.messages] == ["digest-7"] + [
        f"digest-7#{i}" for i in range(1, len(sim.messages))
    ]
    assert "\n".join(m.text for m in sim.messages) == text
    assert sent.message_ref == sim.messages[0].message_id  # the simulator refuses posts over 30 KB (230025)


async def test_bot_info_is_the_bots_open_id_and_is_fetched_once(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    assert await out.bot_info() == "ou_bot"
    assert await out.bot_info() == "ou_bot"
    assert sum(r.path == "/open-apis/bot/v3/info" for r in sim.requests) == 1


# -------------------------------------------------------------------------------------- idempotency


async def test_the_same_key_twice_posts_once(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    key = "deliver:" + "9" * 60  # longer than Feishu's 50: hashed, still stable
    first = await out.send(SendTarget(CHAT), Text("reminder"), key)
    second = await out.send(SendTarget(CHAT), Text("reminder"), key)
    assert first == second
    assert len(sim.messages) == 1 and len(message_calls(sim)) == 2
    assert len(sim.messages[0].uuid or "") == 50


async def test_a_key_is_remembered_for_an_hour(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    await out.send(SendTarget(CHAT), Text("daily digest"), "digest:2026-11-25")
    sim.advance(3601)
    await out.send(SendTarget(CHAT), Text("daily digest"), "digest:2026-11-25")
    assert len(sim.messages) == 2


async def test_a_timed_out_send_retried_with_its_key_posts_once(sim: FeishuSimulator) -> None:
    sim.delay_next(1, 1.0)  # the first call outlives the client's timeout but still lands
    sent = await outbound(sim, timeout=0.3, backoff=0.2).send(SendTarget(CHAT), Text("once"), "slow-1")
    await asyncio.sleep(1.0)  # let the abandoned first call finish on the server
    assert len(message_calls(sim)) >= 2
    assert [m.message_id for m in sim.messages] == [sent.message_ref]


# -------------------------------------------------------------------------------------------- tokens


async def test_one_token_serves_many_sends(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    await asyncio.gather(*(out.send(SendTarget(CHAT), Text(f"m{i}"), f"t{i}") for i in range(5)))
    await out.send(SendTarget(ChatRef(Platform.FEISHU, "tenant_1", "oc_other")), CARD, "t-card")
    assert sim.token_requests == 1
    [token] = sim.issued_tokens
    assert {r.headers["Authorization"] for r in message_calls(sim)} == {f"Bearer {token}"}


async def test_token_is_refreshed_when_less_than_30_minutes_are_left(sim: FeishuSimulator) -> None:
    clock = FakeClock()
    out = outbound(sim, clock=clock)
    await out.send(SendTarget(CHAT), Text("a"), "r1")
    clock.now += 5000
    sim.advance(5000)
    await out.send(SendTarget(CHAT), Text("b"), "r2")
    assert sim.token_requests == 1  # 2200 s left: still fresh
    clock.now += 500
    sim.advance(500)
    await out.send(SendTarget(CHAT), Text("c"), "r3")
    assert sim.token_requests == 2 and len(sim.issued_tokens) == 2
    assert message_calls(sim)[-1].headers["Authorization"] == f"Bearer {sim.issued_tokens[-1]}"


async def test_a_rejected_token_is_dropped_refetched_and_the_call_replayed(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    await out.send(SendTarget(CHAT), Text("a"), "x1")
    sim.expire_tokens()
    await out.send(SendTarget(CHAT), Text("b"), "x2")
    assert [m.uuid for m in sim.messages] == ["x1", "x2"]
    assert sim.token_requests == 2
    assert [r.headers["Authorization"][7:] for r in message_calls(sim)] == [
        sim.issued_tokens[0],
        sim.issued_tokens[0],
        sim.issued_tokens[1],
    ]


async def test_a_wrong_secret_is_permanent(sim: FeishuSimulator) -> None:
    settings = FeishuSettings(app_id=sim.app_id, app_secret="wrong", verification_token="vt", domain=sim.url)
    with pytest.raises(PermanentSendError, match="10014"):
        await FeishuOutbound(settings).send(SendTarget(CHAT), Text("x"), "w1")
    assert sim.messages == [] and sim.token_requests == 1


async def test_concurrent_callers_share_one_token_fetch() -> None:
    calls = 0

    async def fetch() -> Grant:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        return Grant(f"t-{calls}", 7200)

    cache = TenantTokenCache(fetch)
    assert set(await asyncio.gather(*(cache.get() for _ in range(20)))) == {"t-1"}
    cache.invalidate("t-other")  # someone else's stale token: ignored
    assert await cache.get() == "t-1" and calls == 1
    cache.invalidate("t-1")
    assert await cache.get() == "t-2" and calls == 2


async def test_a_failed_refresh_keeps_a_token_that_is_still_valid() -> None:
    clock = FakeClock()
    answers: list[Grant | TokenError] = [Grant("t-1", 7200), TokenError("down", transient=True)]

    async def fetch() -> Grant:
        answer = answers.pop(0)
        if isinstance(answer, TokenError):
            raise answer
        return answer

    cache = TenantTokenCache(fetch, clock=clock)
    assert await cache.get() == "t-1"
    clock.now += 6000  # due for refresh, 20 min of validity left
    assert await cache.get() == "t-1"


# ------------------------------------------------------------------------------------ rate limits


async def test_a_429_is_honoured_and_retried_without_losing_the_message(sim: FeishuSimulator) -> None:
    sim.fail_next(1, status=429, code=99991400)
    started = time.monotonic()
    await outbound(sim).send(SendTarget(CHAT), Text("after the wait"), "rl-1")
    assert time.monotonic() - started >= 1.0  # x-ogw-ratelimit-reset: 1
    assert [m.uuid for m in sim.messages] == ["rl-1"]
    assert len(message_calls(sim)) == 2


async def test_the_simulators_own_limits_are_waited_out(sim: FeishuSimulator) -> None:
    sim.limits.chat_per_second = 2
    loose = LocalRateLimiter(feishu_limits(chat=Limit(100, 1.0)))  # lets the simulator do the limiting
    out = outbound(sim, limiter=loose, attempts=6)
    await asyncio.gather(*(out.send(SendTarget(CHAT), Text(f"m{i}"), f"burst-{i}") for i in range(5)))
    assert sim.rate_limited > 0
    assert sorted(m.uuid or "" for m in sim.messages) == [f"burst-{i}" for i in range(5)]


async def test_the_simulator_can_switch_its_limits_off() -> None:
    async with FeishuSimulator(enforce_rate_limits=False) as sim:
        loose = LocalRateLimiter(feishu_limits(chat=Limit(100, 1.0)))
        out = outbound(sim, limiter=loose)
        await asyncio.gather(*(out.send(SendTarget(CHAT), Text(f"m{i}"), f"free-{i}") for i in range(12)))
        assert sim.rate_limited == 0 and len(sim.messages) == 12


async def test_a_burst_into_one_chat_stays_under_5_per_second(sim: FeishuSimulator) -> None:
    out = outbound(sim)
    started = time.monotonic()
    await asyncio.gather(*(out.send(SendTarget(CHAT), Text(f"m{i}"), f"b-{i}") for i in range(30)))
    assert sim.rate_limited == 0
    assert len(sim.messages) == 30
    assert time.monotonic() - started >= 5.0
    stamps = [m.created_at for m in sim.messages]
    assert all(sum(s <= t < s + 1.0 for t in stamps) <= 5 for s in stamps)


async def test_limiter_queues_per_chat_without_holding_up_other_chats() -> None:
    limiter = LocalRateLimiter(feishu_limits(app=(Limit(100, 1.0),), chat=Limit(3, 0.3), margin=0.0))
    started = time.monotonic()
    done: dict[str, list[float]] = {"oc_a": [], "oc_b": []}

    async def one(chat: str) -> None:
        async with limiter.acquire(chat_id=chat):
            await asyncio.sleep(0.01)  # the call
        done[chat].append(time.monotonic() - started)

    await asyncio.gather(*(one(chat) for chat in ["oc_a"] * 9 + ["oc_b"] * 3))
    assert max(done["oc_b"]) < 0.2  # oc_a's queue does not hold up oc_b
    assert min(done["oc_a"][6:]) >= 0.6  # 3 per 0.3 s: the third batch waits for two windows


async def test_a_call_in_flight_holds_its_slot_until_it_finishes() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(feishu_limits(chat=Limit(1, 1.0), margin=0.0), clock=clock, sleep=clock.sleep)
    entered: list[float] = []
    release = asyncio.Event()

    async def slow() -> None:
        async with limiter.acquire(chat_id="oc_a"):
            entered.append(clock.now)
            await release.wait()

    first = asyncio.create_task(slow())
    second = asyncio.create_task(slow())
    for _ in range(5):
        await asyncio.sleep(0)
    assert entered == [1000.0]  # the second waits although no time passed: the first is still out
    clock.now += 7.0
    release.set()
    await asyncio.gather(first, second)
    assert entered == [1000.0, 1008.0]  # one second after the first *finished*


async def test_pause_holds_every_call() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(FEISHU_LIMITS, clock=clock, sleep=clock.sleep)
    await limiter.pause(4.5)
    async with limiter.acquire(user_id="ou_x"):
        assert clock.now == 1004.5


# ---------------------------------------------------------------------------------------- failures


async def test_bot_not_in_chat_is_permanent_and_not_retried(sim: FeishuSimulator) -> None:
    sim.remove_bot_from("oc_team")
    with pytest.raises(PermanentSendError, match="230002"):
        await outbound(sim).send(SendTarget(CHAT), Text("x"), "p1")
    assert len(message_calls(sim)) == 1 and sim.messages == []


@pytest.mark.parametrize("code", [230001, 230028, 230099])
async def test_rejected_content_is_permanent(sim: FeishuSimulator, code: int) -> None:
    sim.fail_next(1, status=400, code=code, msg="rejected")
    with pytest.raises(PermanentSendError, match=str(code)):
        await outbound(sim).send(SendTarget(CHAT), Text("x"), "p2")
    assert len(message_calls(sim)) == 1


async def test_a_server_error_then_success_delivers_once(sim: FeishuSimulator) -> None:
    sim.fail_next(2, status=503)
    await outbound(sim).send(SendTarget(CHAT), CARD, "s1")
    assert len(sim.messages) == 1 and len(message_calls(sim)) == 3


async def test_persistent_server_errors_end_transient(sim: FeishuSimulator) -> None:
    sim.fail_next(3, status=500)
    with pytest.raises(TransientSendError):
        await outbound(sim, attempts=3).send(SendTarget(CHAT), Text("x"), "s2")
    assert sim.messages == [] and len(message_calls(sim)) == 3


async def test_rate_limited_to_the_end_reports_the_wait(sim: FeishuSimulator) -> None:
    sim.fail_next(2, status=429)
    with pytest.raises(TransientSendError) as raised:
        await outbound(sim, attempts=2).send(SendTarget(CHAT), Text("x"), "s3")
    assert raised.value.retry_after == 1.0


async def test_connection_refused_is_transient() -> None:
    async with FeishuSimulator() as gone:
        url = gone.url
    settings = FeishuSettings(app_id="cli_test", app_secret="secret", verification_token="vt", domain=url)
    with pytest.raises(TransientSendError):
        await FeishuOutbound(settings, attempts=2, backoff=0.01).send(SendTarget(CHAT), Text("x"), "c1")


async def test_only_cards_can_be_updated(sim: FeishuSimulator) -> None:
    with pytest.raises(PermanentSendError):
        await outbound(sim).update("om_x", Text("no"))
    assert message_calls(sim) == []


async def test_secrets_and_tokens_stay_out_of_errors_and_logs(
    sim: FeishuSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    sim.fail_next(3, status=500)
    with pytest.raises(TransientSendError) as raised:
        await outbound(sim).send(SendTarget(CHAT), Text("x"), "s4")
    token = sim.issued_tokens[0]
    assert token not in str(raised.value) and sim.app_secret not in str(raised.value)
    assert token not in caplog.text and sim.app_secret not in caplog.text
