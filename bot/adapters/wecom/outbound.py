"""Pushes into a WeCom group through its 消息推送 webhook (WeCom developer docs, 消息推送配置说明: POST
`cgi-bin/webhook/send?key=…`, the key is the credential, each key ≤ 20 messages a minute).

- One webhook key per chat, sealed in the database (`ChatWebhookKeys`); never logged: logs and Redis
  names carry a short hash of it.
- 20 messages a minute per key, shared by every process through Redis when configured
  (bot/core/shared_limits.py, one window per key), in-process otherwise (bot/core/ratelimit.py); `45009`
  pauses that key for a minute and the send is retried later (TransientSendError with retry_after).
- Several sends for one key arriving within `coalesce_s` of each other go out as one message (due
  reminders for one group); bodies are split at the byte limits (text 2048, markdown 4096).
- Reminders that ping someone go as `text` with `mentioned_list` (their WeCom userids), the rest as markdown.
- A key the platform refuses (93000 …) marks the chat (the next answer there says so) and raises
  TransientSendError with a long retry_after: the reminder stays pending, rebinding sends it at once.
- wechatpy's client is synchronous; this module talks to the webhook with aiohttp.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp

from bot.adapters.wecom import render
from bot.core.outbound import PermanentSendError, SendError, SendTarget, Sent, TransientSendError
from bot.core.ratelimit import Limit, Limits, LocalRateLimiter, RateLimiter
from bot.core.types import ChatRef
from handlers.replies import Reply
from models import secrets
from models.enums import Platform
from models.tenancy import Chat

log = logging.getLogger(__name__)
WEBHOOK_LIMITS = Limits(
    app=(), chat=Limit(20, 60.0), user=Limit(20, 60.0), message=Limit(20, 60.0), margin=0.5
)  # 20/min per key (doc 91770)
RATE_LIMITED = 45009
BUSY = -1
REFUSED_RETRY_S = 3600.0  # a refused or missing key: try again in an hour (rebinding sends at once)
RATE_PAUSE_S = 60.0
COALESCE_S = 0.5
SEAL_PURPOSE = "wecom-webhook-key"


class KeyStore(Protocol):
    async def get(self, chat: ChatRef) -> str | None: ...

    async def refused(self, chat: ChatRef, reason: str) -> None: ...


class ChatWebhookKeys:
    """Webhook keys sealed on `Chat.webhook_key` (models/secrets.py)."""

    def __init__(self, sealer: secrets.Sealer | None, refusals: RefusalEpoch | None = None) -> None:
        self._sealer = sealer
        self._refusals = refusals if refusals is not None else RefusalEpoch()

    def _chat(self, chat: ChatRef) -> Any:
        return Chat.filter(
            platform_chat_id=chat.chat_id,
            workspace__platform=Platform.WECOM,
            workspace__external_key=chat.workspace_key,
        )

    async def get(self, chat: ChatRef) -> str | None:
        sealed = await self._chat(chat).first().values_list("webhook_key", flat=True)
        if not sealed:
            return None
        if self._sealer is None:
            log.warning("wecom: a chat has a webhook key but this process has no sealing key")
            return None
        try:
            return self._sealer.unseal(str(sealed), SEAL_PURPOSE)
        except secrets.SecretsUnavailable:
            log.warning("wecom: the webhook key of a chat does not open under this deployment's key")
            return None

    async def refused(self, chat: ChatRef, reason: str) -> None:
        await self._chat(chat).update(webhook_error=reason[:64])
        self._refusals.bump()


class RefusalEpoch:
    """Counts refusals marked by this process, so the inbound side drops its cached "all fine" marks."""

    def __init__(self) -> None:
        self.value = 0

    def bump(self) -> None:
        self.value += 1


class SentStore(Protocol):
    """Idempotency keys already posted, shared by processes: the webhook API has no idempotency of its own."""

    async def seen(self, idempotency_key: str) -> bool: ...

    async def mark(self, idempotency_key: str) -> None: ...


class RedisSentStore:
    """`SentStore` in Redis, kept a day (longer than any retry of a delivery)."""

    def __init__(self, redis: Any, ttl_s: int = 86_400) -> None:
        self._redis, self._ttl = redis, ttl_s

    async def seen(self, idempotency_key: str) -> bool:
        return bool(await self._redis.exists(f"creatorbot:wecom:sent:{idempotency_key}"))

    async def mark(self, idempotency_key: str) -> None:
        await self._redis.set(f"creatorbot:wecom:sent:{idempotency_key}", 1, ex=self._ttl)


def key_tag(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


@dataclass(slots=True)
class _Batch:
    chunks: list[tuple[str, str]] = field(default_factory=list)  # (plain, markdown) of each reply
    images: list[bytes] = field(default_factory=list)  # pictures (a summary's chart), pushed after the text
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (name, bytes): an export, after the text
    mentions: list[str] = field(default_factory=list)
    done: asyncio.Future[Sent] | None = None


class WeComOutbound:
    """`Outbound` for WeCom group pushes."""

    def __init__(
        self,
        api_base: str,
        keys: KeyStore,
        *,
        limiter_for: Callable[[str], RateLimiter] | None = None,
        coalesce_s: float = COALESCE_S,
        session: aiohttp.ClientSession | None = None,
        sent_memory: int = 4096,
        sent_store: SentStore | None = None,
    ) -> None:
        self._url = api_base.rstrip("/") + "/cgi-bin/webhook/send"
        self._upload_url = api_base.rstrip("/") + "/cgi-bin/webhook/upload_media"
        self._keys = keys
        self._limiter_for = limiter_for or (lambda tag: LocalRateLimiter(WEBHOOK_LIMITS))
        self._limiters: dict[str, RateLimiter] = {}
        self._coalesce_s = coalesce_s
        self._session = session
        self._own_session = session is None
        self._batches: dict[str, _Batch] = {}
        self._flushing: set[asyncio.Task[None]] = set()
        self._sent: OrderedDict[str, Sent] = OrderedDict()
        self._sent_memory = sent_memory
        self._sent_store = sent_store
        self.posted = 0  # messages actually posted (bench, tests)

    async def send(self, target: SendTarget, reply: Reply, idempotency_key: str) -> Sent:
        if idempotency_key in self._sent:
            return self._sent[idempotency_key]
        if self._sent_store is not None and await self._sent_store.seen(idempotency_key):
            return Sent(message_ref="")  # another process (or this one before a restart) posted it
        key = await self._keys.get(target.chat)
        if key is None:
            await self._keys.refused(target.chat, "unbound")
            raise TransientSendError("wecom: no webhook bound for this chat", retry_after=REFUSED_RETRY_S)
        try:
            sent = await self._join(key, reply, target.mention_user_ids)
        except TransientSendError as error:
            if error.retry_after == REFUSED_RETRY_S:
                await self._keys.refused(target.chat, str(error))
            raise
        self._sent[idempotency_key] = sent
        if self._sent_store is not None:
            await self._sent_store.mark(idempotency_key)
        while len(self._sent) > self._sent_memory:
            self._sent.popitem(last=False)
        return sent

    async def update(self, message_ref: str, reply: Reply) -> None:
        """Webhook messages cannot be edited: nothing to do (buttons are text hints on WeCom)."""

    async def _join(self, key: str, reply: Reply, mentions: tuple[str, ...]) -> Sent:
        """Wait `coalesce_s` for more sends to the same key, then post them together."""
        batch = self._batches.get(key)
        if batch is None or batch.done is None or batch.done.done():
            batch = self._batches[key] = _Batch(done=asyncio.get_running_loop().create_future())
            asyncio.get_running_loop().call_later(self._coalesce_s, self._flush_soon, key, batch)
        batch.chunks.append((render.plain(reply), render.markdown(reply)))
        batch.images.extend(render.images(reply))
        batch.files.extend(render.files(reply))
        batch.mentions.extend(m for m in mentions if m not in batch.mentions)
        assert batch.done is not None
        return await asyncio.shield(batch.done)

    def _flush_soon(self, key: str, batch: _Batch) -> None:
        if self._batches.get(key) is batch:
            del self._batches[key]
        task = asyncio.ensure_future(self._flush(key, batch))
        self._flushing.add(task)  # a task nobody references may be collected mid-run
        task.add_done_callback(self._flushing.discard)

    async def _flush(self, key: str, batch: _Batch) -> None:
        assert batch.done is not None
        try:
            # someone to ping: `text` with mentioned_list (markdown cannot carry it), else markdown
            index = 0 if batch.mentions else 1
            body = "\n\n".join(chunk[index] for chunk in batch.chunks)
            result = await self._post_all(key, body, batch.mentions)
            for png in batch.images:
                if len(png) <= render.PUSH_IMAGE_LIMIT:
                    await self._post(key, {"msgtype": "image", "image": render.image_body(png)})
            for name, data in batch.files:
                await self._post_file(key, name, data)
        except BaseException as error:  # every waiter of the batch gets the same outcome
            if not batch.done.done():
                batch.done.set_exception(error)
            batch.done.exception()  # mark retrieved: a batch nobody awaits any more is not an error
            return
        if not batch.done.done():
            batch.done.set_result(result)

    async def _post_all(self, key: str, body: str, mentions: list[str]) -> Sent:
        if mentions:
            pieces = render.split_bytes(body, render.TEXT_LIMIT)
            payloads = [
                {
                    "msgtype": "text",
                    "text": {"content": p, **({"mentioned_list": mentions} if i == 0 else {})},
                }
                for i, p in enumerate(pieces)
            ]
        else:
            pieces = render.split_bytes(body, render.MARKDOWN_LIMIT)
            payloads = [{"msgtype": "markdown", "markdown": {"content": p}} for p in pieces]
        for payload in payloads:
            await self._post(key, payload)
        return Sent(message_ref="")

    async def _post(self, key: str, payload: dict[str, Any]) -> None:
        tag = key_tag(key)
        limiter = self._limiters.get(tag)
        if limiter is None:
            limiter = self._limiters[tag] = self._limiter_for(tag)
        async with limiter.acquire(chat_id=tag):
            try:
                session = await self._ensure_session()
                async with session.post(
                    self._url, params={"key": key}, json=payload, timeout=aiohttp.ClientTimeout(total=10)
                ) as response:
                    status = response.status
                    answer = await response.json(content_type=None)
            except (aiohttp.ClientError, TimeoutError, ValueError) as error:
                raise TransientSendError(f"wecom webhook {tag}: {type(error).__name__}") from error
        if status >= 500:
            raise TransientSendError(f"wecom webhook {tag}: HTTP {status}")
        code = answer.get("errcode", -1) if isinstance(answer, dict) else -1
        if code == 0:
            self.posted += 1
            return
        if code == RATE_LIMITED:
            await limiter.pause(RATE_PAUSE_S)
            log.warning("wecom webhook %s: 45009, pausing the key %.0f s", tag, RATE_PAUSE_S)
            raise TransientSendError(f"wecom webhook {tag}: 45009 rate limited", retry_after=RATE_PAUSE_S)
        if code == BUSY:
            raise TransientSendError(f"wecom webhook {tag}: busy")
        if code in (93000, 40008, 40058, 44004) or status in (400, 404):
            if code == 93000 or status == 404:
                log.warning("wecom webhook %s refused the key (%s)", tag, code)
                raise TransientSendError(f"wecom webhook refused ({code})", retry_after=REFUSED_RETRY_S)
            raise PermanentSendError(f"wecom webhook {tag}: content refused ({code})")
        raise TransientSendError(f"wecom webhook {tag}: errcode {code}")

    async def send_file(self, chat: ChatRef, name: str, data: bytes) -> bool:
        """An export asked for in a chat, pushed into it as a file message (an answer to a callback can
        only be markdown): False when the chat has no webhook bound (a DM never has one) or WeCom refused
        the upload or the message."""
        key = await self._keys.get(chat)
        if key is None:
            return False
        try:
            await self._post_file(key, name, data)
        except SendError as error:
            log.warning("wecom: file %s not sent: %s", key_tag(key), error)
            return False
        return True

    async def _post_file(self, key: str, name: str, data: bytes) -> None:
        """`POST /cgi-bin/webhook/upload_media?key=…&type=file` (multipart field `media`) → media_id, then a
        `file` message with it (doc 91770)."""
        tag = key_tag(key)
        form = aiohttp.FormData()
        form.add_field("media", data, filename=name, content_type="application/octet-stream")
        try:
            session = await self._ensure_session()
            async with session.post(
                self._upload_url,
                params={"key": key, "type": "file"},
                data=form,
                timeout=aiohttp.ClientTimeout(total=60),
            ) as response:
                status = response.status
                answer = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            raise TransientSendError(f"wecom upload {tag}: {type(error).__name__}") from error
        media_id = answer.get("media_id") if isinstance(answer, dict) else None
        if status >= 500 or not isinstance(media_id, str) or not media_id:
            code = answer.get("errcode", -1) if isinstance(answer, dict) else -1
            raise PermanentSendError(f"wecom upload {tag}: HTTP {status}, errcode {code}")
        await self._post(key, {"msgtype": "file", "file": {"media_id": media_id}})

    async def _ensure_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
            self._own_session = True
        return self._session

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()


def redis_limiter_for(redis: Any) -> Callable[[str], RateLimiter]:
    """Per-key limiters shared by all processes through Redis."""
    from bot.core.shared_limits import RedisRateLimiter

    return lambda tag: RedisRateLimiter(redis, f"wecom:{tag}", WEBHOOK_LIMITS)
