"""Ack in the web process, answer in a worker (`INBOUND_MODE=queue`, needs REDIS_URL).

The web process only verifies, decrypts, claims the event in Redis and enqueues one arq job
`answer:{dedupe key}` on its own queue (`creatorbot:inbound`), so a burst of messages never queues behind
due reminders and the web process spends its CPU on acks. The worker claims the event again in the
database (the durable claim: it survives a Redis flush), runs the same Dispatcher and sends the answer.

WeCom answers inside the callback's HTTP response when they are ready within the inline budget, so a
WeCom web process also waits: the worker publishes a ready answer on the web process's Redis channel, and
a `SET NX` on `answered:{msgid}` decides once who delivers it — the web process in its response
("inline"), or, when the budget ran out first ("late"), the worker through the message's response_url.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from arq.connections import ArqRedis, RedisSettings
from arq.constants import expires_extra_ms, job_key_prefix, result_key_prefix
from arq.jobs import serialize_job
from arq.utils import timestamp_ms
from arq.worker import Function, Worker, func

log = logging.getLogger(__name__)

INBOUND_QUEUE = "creatorbot:inbound"
SEEN_TTL = timedelta(hours=24)  # as long as the database claims (bot/core/dedupe.py RETENTION)
ANSWERED_TTL = timedelta(hours=1)  # a response_url is usable for an hour
CLAIM_PREFIX = "creatorbot:seen:"


class Answerer(Protocol):
    """A platform's inbound side as the worker uses it: answer one queued event."""

    async def answer_queued(self, payload: Mapping[str, Any]) -> None: ...


class RedisClaims:
    """First-seen claims shared by every web process: one `SET NX EX` per event (the web process's cheap
    filter; the worker's database claim is the one that survives a Redis restart)."""

    def __init__(self, redis: ArqRedis, prefix: str = CLAIM_PREFIX) -> None:
        self._redis = redis
        self._prefix = prefix

    async def first_time(self, key: str) -> bool:
        ttl = int(SEEN_TTL.total_seconds())
        return bool(await self._redis.set(self._prefix + key[:200], b"1", nx=True, ex=ttl))


# Claim and enqueue in one round trip. arq's own enqueue_job costs four (WATCH, EXISTS, MULTI…EXEC) plus
# the claim: on a loaded machine those round trips, not CPU, set the web process's ack latency. The job is
# written exactly as arq writes it (serialize_job, `arq:job:{id}` with an expiry, the id in the queue's
# sorted set scored by time), so an unmodified arq worker runs it.
_CLAIM_AND_ENQUEUE = """
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then return 0 end
if redis.call('EXISTS', KEYS[2], KEYS[3]) == 0 then
  redis.call('PSETEX', KEYS[2], ARGV[2], ARGV[3])
  redis.call('ZADD', KEYS[4], ARGV[5], ARGV[4])
end
return 1
"""


class InboundQueue:
    """The web process's side: claim an event and hand it to the workers, in one Redis round trip."""

    def __init__(self, redis: ArqRedis, queue: str = INBOUND_QUEUE, claims: str = CLAIM_PREFIX) -> None:
        self.redis = redis
        self._queue = queue
        self._claims = claims
        self._script = redis.register_script(_CLAIM_AND_ENQUEUE)

    async def submit(self, platform: str, key: str, payload: Mapping[str, Any]) -> bool:
        """False when the event was claimed before (a redelivery): nothing is queued."""
        job_id = f"answer:{key[:200]}"
        now_ms = timestamp_ms()
        job = serialize_job("answer", (platform, dict(payload)), {}, None, now_ms, serializer=None)
        keys = [self._claims + key[:200], job_key_prefix + job_id, result_key_prefix + job_id, self._queue]
        args: list[bytes | str | int] = [int(SEEN_TTL.total_seconds()), expires_extra_ms, job, job_id, now_ms]
        return bool(await self._script(keys=keys, args=args))


async def answer_job(ctx: Mapping[str, Any], platform: str, payload: Mapping[str, Any]) -> None:
    answerers: Mapping[str, Answerer] = ctx["answerers"]
    answerer = answerers.get(platform)
    if answerer is None:
        log.error("answer: no %s adapter configured in this worker; event dropped", platform)
        return
    await answerer.answer_queued(payload)


def functions() -> list[Function]:
    # One try: an answer that failed half-way must not be sent twice; the adapters log and count failures.
    return [func(answer_job, name="answer", keep_result=0, max_tries=1)]


def build_answer_worker(
    redis_url: str,
    ctx: dict[str, Any],
    *,
    queue: str = INBOUND_QUEUE,
    max_jobs: int = 50,
    burst: bool = False,
) -> Worker:
    """The worker for queued messages; ctx holds {"answerers": {platform: Answerer}} (bot/wiring.py)."""
    return Worker(
        functions=functions(),
        redis_settings=RedisSettings.from_dsn(redis_url),
        queue_name=queue,
        ctx=ctx,
        max_jobs=max_jobs,
        job_timeout=120,
        keep_result=0,
        burst=burst,
        poll_delay=0.05,  # a message waits for the next poll: keep answers prompt
        handle_signals=False,  # the delivery worker beside it handles SIGINT/SIGTERM for the process
    )


@dataclass(slots=True)
class AnswerBus:
    """Ready WeCom answers travelling from workers back to the web process holding the callback open.

    Each web process listens on its own channel; `wait` parks a future per msgid; the worker `offer`s the
    answer: if it wins the `answered:{msgid}` claim it publishes, else it must post to response_url."""

    redis: ArqRedis
    channel: str = field(default_factory=lambda: f"creatorbot:answers:{secrets.token_hex(8)}")
    _waiting: dict[str, asyncio.Future[str]] = field(default_factory=dict)
    _listener: asyncio.Task[None] | None = None
    _ready: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        if self._listener is None:
            self._listener = asyncio.get_running_loop().create_task(self._listen(), name="answer-bus")
            await asyncio.wait_for(self._ready.wait(), timeout=10)

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
            self._listener = None

    async def _listen(self) -> None:
        pubsub = self.redis.pubsub()
        await pubsub.subscribe(self.channel)
        self._ready.set()
        try:
            while True:
                message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                if message is None:
                    continue
                try:
                    doc = json.loads(message["data"])
                    future = self._waiting.get(str(doc["msgid"]))
                    if future is not None and not future.done():
                        future.set_result(str(doc["text"]))
                except (ValueError, KeyError, TypeError):
                    log.warning("answer bus: unreadable message ignored")
        finally:
            await pubsub.aclose()  # type: ignore[no-untyped-call]

    def expect(self, msgid: str) -> asyncio.Future[str]:
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._waiting[msgid] = future
        future.add_done_callback(lambda _: self._waiting.pop(msgid, None))
        return future

    async def give_up(self, msgid: str) -> str | None:
        """The inline budget ran out. None: the worker had not claimed the answer and now never will (it
        posts it to response_url). Else the worker claimed it just before: its stored text, to use here."""
        if await _claim(self.redis, msgid, "late"):
            return None
        stored = await self.redis.get(_answer_key(msgid))
        return stored.decode("utf-8") if isinstance(stored, bytes) else None


async def offer_answer(redis: ArqRedis, channel: str, msgid: str, text: str) -> bool:
    """The worker's side: True when the answer went to the waiting web process, False when that process
    gave up first and the caller must deliver it another way. The text is stored before the claim, so a
    web process that loses the claim race reads it instead of waiting for the publish."""
    ttl = int(ANSWERED_TTL.total_seconds())
    await redis.set(_answer_key(msgid), text.encode("utf-8"), ex=ttl)
    if not await _claim(redis, msgid, "inline"):
        return False
    await redis.publish(channel, json.dumps({"msgid": msgid, "text": text}, ensure_ascii=False))
    return True


def _answer_key(msgid: str) -> str:
    return f"creatorbot:answer:{msgid[:200]}"


async def _claim(redis: ArqRedis, msgid: str, who: str) -> bool:
    ttl = int(ANSWERED_TTL.total_seconds())
    return bool(await redis.set(f"creatorbot:answered:{msgid[:200]}", who.encode(), nx=True, ex=ttl))
