"""Ack in the web process, answer in a worker (`INBOUND_MODE=queue`, needs REDIS_URL).

The web process only verifies, decrypts, claims the event in Redis and enqueues one arq job
`answer:{dedupe key}` on its own queue (`creatorbot:inbound`), so a burst of messages never queues behind
due reminders and the web process spends its CPU on acks. The worker claims the event again in the
database (the durable claim: it survives a Redis flush), runs the same Dispatcher and sends the answer.

WeCom gets the smart bot's stream reply (WeCom developer docs, 智能机器人 被动回复 and 接收消息): the web
process answers the callback at once with an unfinished stream ("处理中…"), the worker stores the
finished answer in Redis (`StreamStore`), and WeCom's refresh polls (about one a second, for up to 6
minutes, reaching any web process) are answered from there. An answer later than the poll window goes
to the message's response_url instead.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
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
STREAM_TTL = timedelta(minutes=10)  # WeCom polls a stream for up to 6 minutes after the message
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


@dataclass(frozen=True, slots=True)
class StreamState:
    done: bool
    text: str = ""
    images: tuple[bytes, ...] = ()


class StreamStore:
    """WeCom streams shared by every process: `begin` marks a stream pending (before the job is queued,
    so a fast worker's answer is never overwritten), `finish` stores the answer, `read` serves polls."""

    def __init__(self, redis: ArqRedis, ttl: timedelta = STREAM_TTL) -> None:
        self._redis = redis
        self._ttl = int(ttl.total_seconds())

    async def begin(self, stream_id: str) -> None:
        await self._redis.set(_stream_key(stream_id), b"", ex=self._ttl)

    async def finish(self, stream_id: str, text: str, images: tuple[bytes, ...] = ()) -> None:
        doc = {"text": text, "images": [base64.b64encode(png).decode("ascii") for png in images]}
        await self._redis.set(_stream_key(stream_id), json.dumps(doc, ensure_ascii=False), ex=self._ttl)

    async def read(self, stream_id: str) -> StreamState | None:
        """None: not a stream of ours (or expired); else pending or done."""
        raw = await self._redis.get(_stream_key(stream_id))
        if raw is None:
            return None
        if not raw:
            return StreamState(done=False)
        doc = json.loads(raw)
        images = tuple(base64.b64decode(item) for item in doc.get("images", ()))
        return StreamState(done=True, text=str(doc["text"]), images=images)


def _stream_key(stream_id: str) -> str:
    return f"creatorbot:stream:{stream_id[:100]}"
