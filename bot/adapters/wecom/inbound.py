"""What happens to a verified, decrypted smart-bot callback.

Reply design (ARCHITECTURE.md, WeCom): each message is deduped on its msgid, handed to the same
Dispatcher as Feishu, and answered in the callback's own HTTP response when the answer is ready within
`inline_budget` (a finished stream message). Slower answers get a finished stream "处理中…" at once and
the full answer is posted to the message's `response_url` (once, within its hour) when it is ready.
Nothing needs to survive between callbacks, so any process can take any callback: no stream state
shared between processes, and WeCom's stream refresh polls are not needed.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

import aiohttp

from bot.adapters.wecom import render
from bot.adapters.wecom.crypto import MediaDecryptor, Undecryptable
from bot.adapters.wecom.events import (
    CardEvent,
    EnterChat,
    Ignored,
    Parsed,
    StreamPoll,
    WeComFile,
    WeComMessage,
)
from bot.adapters.wecom.outbound import RefusalEpoch
from bot.core.background import BackgroundTasks
from bot.core.dedupe import Claims, InboundSubmitter
from bot.core.dispatch import Dispatcher
from bot.core.files import receive
from bot.core.outbound import PermanentSendError, TooLarge, TransientSendError
from bot.core.types import ChatRef, InboundMessage, message_from_record, message_record
from bot.web.metrics import Metrics
from handlers.replies import File, Reply
from i18n import Catalog
from models.enums import Platform
from models.tenancy import Chat
from workflows.ports import Clock

log = logging.getLogger(__name__)
NOTICE_TTL_S = 30.0
INLINE_BUDGET_S = 0.6  # WeCom wants the callback answered within 1 s (doc 101031)
STREAM_WINDOW_S = 5.5 * 60  # WeCom polls a stream for up to 6 min from the message: later → response_url
Json = dict[str, Any]


def stream(
    content: str, stream_id: str | None = None, *, finish: bool = True, images: tuple[bytes, ...] = ()
) -> Json:
    """A stream reply; `images` (a summary's chart) ride along as msg_item, which WeCom takes only on a
    finished stream (≤ 10 items of ≤ 10 MB, doc 101031)."""
    body = render.truncate_bytes(content, render.STREAM_LIMIT)
    payload: Json = {
        "msgtype": "stream",
        "stream": {"id": stream_id or secrets.token_hex(8), "finish": finish, "content": body},
    }
    items = [
        {"msgtype": "image", "image": render.image_body(png)}
        for png in images[:10]
        if len(png) <= render.STREAM_IMAGE_LIMIT
    ]
    if finish and items:
        payload["stream"]["msg_item"] = items
    return payload


@dataclass(slots=True)
class WeComInbound:
    dispatcher: Dispatcher
    dedupe: Claims  # the web process's claim: the database, or Redis when a worker answers (queue)
    metrics: Metrics
    clock: Clock
    inline_budget: float = INLINE_BUDGET_S
    tasks: BackgroundTasks = field(default_factory=BackgroundTasks)
    session: aiohttp.ClientSession | None = None
    refusals: RefusalEpoch = field(default_factory=RefusalEpoch)  # shared with this process's outbound
    # INBOUND_MODE=queue (bot/jobs/answers.py). Web process: `queue` takes the message, the callback gets
    # an unfinished stream, and refresh polls are answered from `streams`. Worker: `durable` claims the
    # message in the database and the answer goes into `streams` (or to response_url once polls are over).
    queue: InboundSubmitter | None = None
    streams: Streams | None = None
    durable: Claims | None = None
    stream_window: float = STREAM_WINDOW_S
    # an export asked for in chat goes into the group as a file message through its push webhook
    files: FileSender | None = None
    media_key: bytes | None = None  # the callback's AES key: a file a user sends is encrypted with it
    _answered: OrderedDict[str, str] = field(default_factory=OrderedDict)  # stream id → its content
    _fine: dict[str, float] = field(default_factory=dict)  # chat id → when its webhook was last seen fine
    _fine_epoch: int = 0

    async def accept(self, parsed: Parsed) -> Json | None:
        """Everything before the ack: the (unencrypted) reply payload, or None for an empty 200."""
        kind = type(parsed).__name__
        self.metrics.inc("creatorbot_events_received_total", platform="wecom", type=kind)
        if isinstance(parsed, StreamPoll):
            return await self._poll(parsed)
        if isinstance(parsed, Ignored | CardEvent):
            self.metrics.inc("creatorbot_events_ignored_total", platform="wecom", reason="unhandled")
            return None
        if isinstance(parsed, WeComFile):  # answered here in both modes: the URL is good for 5 minutes
            if not await self.dedupe.first_time(_key(parsed.message.chat, parsed.msgid)):
                self.metrics.inc("creatorbot_events_deduplicated_total", platform="wecom")
                return None
            return await self._answer(parsed, self._file_work(parsed))
        if isinstance(parsed, WeComMessage) and self.queue is not None and self.streams is not None:
            return await self._answer_by_worker(parsed, self.queue, self.streams)
        chat = parsed.message.chat if isinstance(parsed, WeComMessage) else parsed.chat
        if not await self.dedupe.first_time(_key(chat, parsed.msgid)):
            self.metrics.inc("creatorbot_events_deduplicated_total", platform="wecom")
            return None
        if isinstance(parsed, EnterChat):
            return await self._welcome(parsed)
        return await self._answer(parsed, self._work_with_images(parsed.message))

    async def _answer(
        self, wm: WeComMessage | WeComFile, work: Coroutine[Any, Any, tuple[str, tuple[bytes, ...]]]
    ) -> Json | None:
        task = self.tasks.spawn(work, name=f"wecom-msg-{wm.msgid}")
        done, _ = await asyncio.wait({task}, timeout=self.inline_budget)
        if task in done and not task.cancelled() and task.exception() is None:
            self.metrics.inc("creatorbot_replies_sent_total", platform="wecom")
            text, pictures = task.result()
            return self._remember(stream(text, images=pictures))
        locale = wm.message.locale or self.dispatcher.default_locale
        task.add_done_callback(lambda t: self._later(t, wm))
        return self._remember(stream(Catalog(locale)("wecom.working")))

    async def _poll(self, poll: StreamPoll) -> Json | None:
        content = self._answered.get(poll.stream_id)
        if content is not None:
            return stream(content, poll.stream_id)
        state = await self.streams.read(poll.stream_id) if self.streams is not None else None
        if state is None:
            return None  # not a stream of ours: an empty 200
        if not state.done:
            return stream(
                Catalog(self.dispatcher.default_locale)("wecom.working"), poll.stream_id, finish=False
            )
        self.metrics.inc("creatorbot_replies_sent_total", platform="wecom")
        return stream(state.text, poll.stream_id, images=state.images)

    async def _answer_by_worker(
        self, wm: WeComMessage, queue: InboundSubmitter, streams: Streams
    ) -> Json | None:
        """Ack at once with an unfinished stream; a worker fills it in (see answer_queued)."""
        stream_id = secrets.token_hex(8)
        await streams.begin(stream_id)  # before the job exists: a fast answer is never overwritten
        payload = {  # the message as understood here: the worker does not parse the callback again
            "message": message_record(wm.message),
            "msgid": wm.msgid,
            "response_url": wm.response_url,
            "group": wm.group,
            "stream": stream_id,
        }
        if not await queue.submit(Platform.WECOM.value, _key(wm.message.chat, wm.msgid), payload):
            self.metrics.inc("creatorbot_events_deduplicated_total", platform="wecom")
            return None
        locale = wm.message.locale or self.dispatcher.default_locale
        return stream(Catalog(locale)("wecom.working"), stream_id, finish=False)

    async def answer_queued(self, payload: Mapping[str, Any]) -> None:
        """In a worker: a message a web process queued, claimed again in the database and answered into its
        stream — or, when WeCom has stopped polling it, to the message's response_url."""
        parsed = WeComMessage(
            msgid=str(payload["msgid"]),
            message=message_from_record(payload["message"]),
            response_url=str(payload["response_url"]),
            group=bool(payload["group"]),
        )
        received_at = parsed.message.received_at
        if self.durable is not None and not await self.durable.first_time(
            _key(parsed.message.chat, parsed.msgid)
        ):
            self.metrics.inc("creatorbot_events_deduplicated_total", platform="wecom")
            return
        try:
            text, pictures = await self._work_with_images(parsed.message)
        except Exception:
            self.metrics.inc("creatorbot_processing_errors_total", platform="wecom")
            log.exception("wecom: failed answering queued message %s", parsed.msgid)
            text = Catalog(parsed.message.locale or self.dispatcher.default_locale)("error.internal")
            pictures = ()
        late = (self.clock.now() - received_at).total_seconds() > self.stream_window
        if self.streams is not None and not late:
            await self.streams.finish(str(payload["stream"]), text, pictures)
            return
        await self.post_response(parsed.response_url, text)

    async def _work(self, message: InboundMessage) -> str:
        text, _ = await self._work_with_images(message)
        return text

    async def _work_with_images(self, message: InboundMessage) -> tuple[str, tuple[bytes, ...]]:
        """The answer's markdown and its pictures (a summary's chart)."""
        reply: Reply = await self.dispatcher.handle(message)
        text = render.markdown(reply)
        locale = message.locale or self.dispatcher.default_locale
        if isinstance(reply, File):  # the answer is markdown only: the file goes through the webhook
            sent = self.files is not None and await self.files.send_file(message.chat, reply.name, reply.data)
            text = f"{text}\n\n{Catalog(locale)('wecom.file_sent' if sent else 'wecom.file_not_sent')}"
        notice = await self._webhook_notice(message.chat, locale)
        return (f"{notice}\n\n{text}" if notice else text), render.images(reply)

    async def _webhook_notice(self, chat: ChatRef, locale: str) -> str:
        """Tell the group when the platform refused its push webhook (reminders are waiting).

        A refused chat is re-read on every message (so a new binding shows at once); an "all fine" mark is
        kept up to NOTICE_TTL_S and dropped as soon as this process marks any refusal, so only a refusal
        seen by another process (a worker) can take up to NOTICE_TTL_S to show."""
        now = time.monotonic()
        if self._fine_epoch != self.refusals.value:
            self._fine.clear()
            self._fine_epoch = self.refusals.value
        if now - self._fine.get(chat.chat_id, -NOTICE_TTL_S) < NOTICE_TTL_S:
            return ""
        known = self.dispatcher.known_chats.get((chat.platform.value, chat.workspace_key, chat.chat_id))
        if known is not None:  # the dispatcher just registered the chat: look it up by primary key
            query = Chat.filter(id=known[1])
        else:
            query = Chat.filter(
                platform_chat_id=chat.chat_id,
                workspace__platform=Platform.WECOM,
                workspace__external_key=chat.workspace_key,
            )
        error = await query.first().values_list("webhook_error", flat=True)
        if error:
            self._fine.pop(chat.chat_id, None)
            return Catalog(locale)("wecom.webhook_refused")
        if len(self._fine) > 10_000:
            self._fine.clear()
        self._fine[chat.chat_id] = now
        return ""

    async def _file_work(self, wf: WeComFile) -> tuple[str, tuple[bytes, ...]]:
        """A file a user sent: streamed from its URL, decrypted as it comes, into a temporary file that the
        dispatcher's file handler previews (the same preview / 确认导入 flow as Feishu)."""
        locale = wf.message.locale or self.dispatcher.default_locale
        name = wf.name or Catalog(locale)("wecom.file_default_name")

        async def download(out: BinaryIO, limit: int) -> int:
            if self.media_key is None:
                raise PermanentSendError("wecom: no key to decrypt media with")
            decrypt = MediaDecryptor(self.media_key)
            session = self.session or aiohttp.ClientSession()
            written = 0
            try:
                timeout = aiohttp.ClientTimeout(total=600, sock_read=60)
                async with session.get(wf.url, timeout=timeout) as response:
                    if response.status != 200:
                        raise PermanentSendError(f"wecom media: HTTP {response.status}")
                    if (response.content_length or 0) > limit + 32:
                        raise TooLarge(response.content_length or 0)
                    async for chunk in response.content.iter_chunked(1024 * 1024):
                        plain = decrypt.update(chunk)
                        written += len(plain)
                        if written > limit:
                            raise TooLarge(written)
                        await asyncio.to_thread(out.write, plain)
                tail = decrypt.finish()
                await asyncio.to_thread(out.write, tail)
                return written + len(tail)
            except (aiohttp.ClientError, TimeoutError) as error:
                raise TransientSendError(f"wecom media: {type(error).__name__}") from error
            except Undecryptable as error:
                raise PermanentSendError(f"wecom media: {error}") from error
            finally:
                if self.session is None:
                    await session.close()

        reply = await receive(self.dispatcher, wf.message, name, download, "wecom.download_failed")
        return render.markdown(reply), ()

    def _later(self, task: asyncio.Task[Any], wm: WeComMessage | WeComFile) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            self.metrics.inc("creatorbot_processing_errors_total", platform="wecom")
            locale = wm.message.locale or self.dispatcher.default_locale
            text = Catalog(locale)("error.internal")
        else:
            text, pictures = task.result()
            if pictures:  # response_url takes markdown only: say where the picture is not
                locale = wm.message.locale or self.dispatcher.default_locale
                text = f"{text}\n\n{Catalog(locale)('wecom.image_not_sent')}"
        self.tasks.spawn(self.post_response(wm.response_url, text), name=f"wecom-late-{wm.msgid}")

    async def post_response(self, url: str, text: str) -> bool:
        """POST the answer to the message's response_url (usable once, for an hour: no retry loop)."""
        if not url.startswith(("https://", "http://")):
            log.warning("wecom: no usable response_url; answer dropped")
            return False
        body = {
            "msgtype": "markdown",
            "markdown": {"content": render.truncate_bytes(text, render.STREAM_LIMIT)},
        }
        session = self.session or aiohttp.ClientSession()
        try:
            async with session.post(url, json=body, timeout=aiohttp.ClientTimeout(total=10)) as response:
                answer = await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            self.metrics.inc("creatorbot_send_errors_total", platform="wecom")
            log.warning("wecom: response_url post failed: %s", type(error).__name__)
            return False
        finally:
            if self.session is None:
                await session.close()
        if not isinstance(answer, dict) or answer.get("errcode", 0) != 0:
            self.metrics.inc("creatorbot_send_errors_total", platform="wecom")
            log.warning(
                "wecom: response_url refused: %s", answer.get("errcode") if isinstance(answer, dict) else "?"
            )
            return False
        self.metrics.inc("creatorbot_replies_sent_total", platform="wecom")
        return True

    async def _welcome(self, enter: EnterChat) -> Json | None:
        hello = self.dispatcher.help_request(enter.chat, enter.sender, enter.msgid, self.clock.now())
        task = self.tasks.spawn(self.dispatcher.handle(hello), name=f"wecom-enter-{enter.msgid}")
        done, _ = await asyncio.wait({task}, timeout=self.inline_budget)
        if task not in done or task.cancelled() or task.exception() is not None:
            return None
        text = render.truncate_bytes(render.plain(task.result()), render.TEXT_LIMIT)
        return {"msgtype": "text", "text": {"content": text}}

    def _remember(self, payload: Json) -> Json:
        """Answer refresh polls for streams this process finished (elsewhere: an empty 200)."""
        self._answered[payload["stream"]["id"]] = payload["stream"]["content"]
        while len(self._answered) > 1000:
            self._answered.popitem(last=False)
        return payload

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        if self.files is not None:
            await self.files.close()


class FileSender(Protocol):
    """WeComOutbound.send_file, as the inbound uses it."""

    async def send_file(self, chat: ChatRef, name: str, data: bytes) -> bool: ...

    async def close(self) -> None: ...


class Streams(Protocol):
    """bot/jobs/answers.py StreamStore, as the inbound uses it."""

    async def begin(self, stream_id: str) -> None: ...

    async def finish(self, stream_id: str, text: str, images: tuple[bytes, ...] = ()) -> None: ...

    async def read(self, stream_id: str) -> StreamView | None: ...


class StreamView(Protocol):
    @property
    def done(self) -> bool: ...

    @property
    def text(self) -> str: ...

    @property
    def images(self) -> tuple[bytes, ...]: ...


def _key(chat: ChatRef, msgid: str) -> str:
    return f"msg:{chat.workspace_key}:{msgid}"
