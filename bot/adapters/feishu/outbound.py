"""`FeishuOutbound`: the `Outbound` port over lark-oapi 1.7.5's async methods, calling the Feishu Open
Platform's "Send message", "Reply message" and "Update message" APIs (open.feishu.cn).

Every create / reply carries `uuid` = the caller's idempotency key (hashed when longer than 50 chars, one
suffix per part of a split text), so a retried job cannot post twice within the platform's hour. Calls
pass the rate limiter first, get their token from our async cache, and are retried here a few times on
transient failures (429 / 99991400 / 230020 after waiting `x-ogw-ratelimit-reset`, 5xx, timeouts,
connection errors); a rejected token is dropped, refetched and the call replayed once. What cannot
succeed (bot not in the chat, bad content, DLP) raises `PermanentSendError` at once.

Receivers: `ChatRef.chat_id` is normally a chat (`oc_…`); an `ou_…` / `on_…` id sends to that user
directly (receive_id_type open_id / union_id) and counts against the per-user limit instead.
Tokens, secrets and message contents are never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, BinaryIO, assert_never

import httpx
import lark_oapi as lark
from lark_oapi.api.im.v1 import (
    CreateFileRequest,
    CreateFileRequestBody,
    CreateImageRequest,
    CreateImageRequestBody,
    CreateMessageRequest,
    CreateMessageRequestBody,
    GetMessageRequest,
    PatchMessageRequest,
    PatchMessageRequestBody,
    ReplyMessageRequest,
    ReplyMessageRequestBody,
)
from lark_oapi.core.enum import AccessTokenType, HttpMethod
from lark_oapi.core.exception import UnmarshalException
from lark_oapi.core.model import BaseRequest, RequestOption

from bot.adapters.feishu import sdk_http
from bot.adapters.feishu.cards import (
    FILE_LIMIT,
    IMAGE_LIMIT,
    Content,
    ContentTooLarge,
    file_content,
    image_content,
    render_card,
    render_text,
)
from bot.adapters.feishu.events import message_text
from bot.adapters.feishu.ratelimit import FEISHU_LIMITS, retry_after_from
from bot.adapters.feishu.token import INVALID_TOKEN_CODES, TenantTokenCache, TokenError, fetch_tenant_token
from bot.core.outbound import PermanentSendError, SendError, SendTarget, Sent, TooLarge, TransientSendError
from bot.core.ratelimit import LocalRateLimiter, RateLimiter
from bot.settings import FeishuSettings
from handlers.replies import Card, File, Image, Reply, Text

PICTURES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
log = logging.getLogger(__name__)

BOT_INFO_URI = "/open-apis/bot/v3/info"
RATE_LIMIT_CODES = frozenset({99991400, 230020})
DEFAULT_RESET = 1.0  # seconds to hold the app when a 429 carries no reset header
UUID_MAX = 50
Call = Callable[[RequestOption], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class _Failure:
    message: str
    transient: bool
    retry_after: float | None = None
    rate_limited: bool = False
    bad_token: bool = False


def message_uuid(idempotency_key: str, part: int = 0) -> str:
    """The `uuid` for part `part` of a send: the key itself when it fits, else a digest of it."""
    base = idempotency_key if part == 0 else f"{idempotency_key}#{part}"
    if len(base) <= UUID_MAX:
        return base
    return "h-" + hashlib.sha256(base.encode()).hexdigest()[: UUID_MAX - 2]


def receiver(chat_id: str) -> tuple[str, str]:
    """(receive_id, receive_id_type) for a chat id or a user's open_id / union_id."""
    if chat_id.startswith("ou_"):
        return chat_id, "open_id"
    if chat_id.startswith("on_"):
        return chat_id, "union_id"
    return chat_id, "chat_id"


def build_client(settings: FeishuSettings, timeout: float) -> lark.Client:
    """The SDK client: our domain, no SDK-side token fetching (tokens come from `TenantTokenCache`)."""
    return (
        lark.Client.builder()
        .app_id(settings.app_id)
        .app_secret(settings.app_secret)
        .domain(settings.domain)
        .timeout(timeout)
        .enable_set_token(True)
        .log_level(lark.LogLevel.WARNING)
        .build()
    )


class FeishuOutbound:
    """Sends replies into Feishu chats as the app's bot. One instance per app per process."""

    def __init__(
        self,
        settings: FeishuSettings,
        *,
        limiter: RateLimiter | None = None,
        clock: Callable[[], float] = time.monotonic,
        attempts: int = 3,
        backoff: float = 0.5,
        timeout: float = 10.0,
        reply_in_thread: bool = False,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = build_client(settings, timeout)
        self._domain = settings.domain.rstrip("/")
        self._tokens = TenantTokenCache(
            partial(fetch_tenant_token, self._client, settings.app_id, settings.app_secret), clock=clock
        )
        self._limiter = limiter if limiter is not None else LocalRateLimiter(FEISHU_LIMITS)
        self._attempts = max(1, attempts)
        self._backoff = backoff
        self._reply_in_thread = reply_in_thread
        self._sleep = sleep
        self._bot_open_id = ""
        self._timeout = timeout
        self._http: httpx.AsyncClient | None = None  # one pool for every call (see sdk_http.py)
        sdk_http.install()

    async def message_text(self, message_id: str) -> str | None:
        """The text of a message in a chat the bot is in (what a user quoted when replying to it), or None
        when it cannot be read or is not text."""

        async def call(option: RequestOption) -> Any:
            request = GetMessageRequest.builder().message_id(message_id).build()
            return await self._client.im.v1.message.aget(request, option)

        try:
            response = await self._call("message get", call, message_id=message_id)
        except SendError as error:
            log.info("feishu: could not read message %s: %s", message_id, error)
            return None
        items = getattr(response.data, "items", None) or []
        if not items or items[0].body is None:
            return None
        return message_text(str(items[0].msg_type or ""), str(items[0].body.content or ""))

    async def warm_up(self) -> None:
        """Fetch the tenant token now, so the first reminder does not wait for it. Failures are retried
        by the first real call."""
        with contextlib.suppress(TokenError):
            await self._tokens.get()

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def send(self, target: SendTarget, reply: Reply, idempotency_key: str) -> Sent:
        try:
            contents = await self._contents(target, reply)
        except ContentTooLarge as error:
            raise PermanentSendError(str(error)) from error
        first = ""
        for part, content in enumerate(contents):
            message_id = await self._post(target, content, message_uuid(idempotency_key, part))
            first = first or message_id
        return Sent(message_ref=first)

    async def update(self, message_ref: str, reply: Reply) -> None:
        if not isinstance(reply, Card):
            raise PermanentSendError("only a card can replace a card")
        try:
            content = render_card(reply)
        except ContentTooLarge as error:
            raise PermanentSendError(str(error)) from error

        async def call(option: RequestOption) -> Any:
            body = PatchMessageRequestBody.builder().content(content.encoded()).build()
            request = PatchMessageRequest.builder().message_id(message_ref).request_body(body).build()
            return await self._client.im.v1.message.apatch(request, option)

        await self._call("update", call, message_id=message_ref)

    async def bot_info(self) -> str:
        """The bot's open_id (GET /open-apis/bot/v3/info), fetched once."""
        if not self._bot_open_id:

            async def call(option: RequestOption) -> Any:
                request = BaseRequest()
                request.http_method = HttpMethod.GET
                request.uri = BOT_INFO_URI
                request.token_types = {AccessTokenType.TENANT}
                return await self._client.arequest(request, option)

            response = await self._call("bot info", call)
            bot = json.loads(response.raw.content).get("bot") or {}
            open_id = bot.get("open_id")
            if not isinstance(open_id, str) or not open_id:
                raise PermanentSendError("bot info: no open_id (is the bot capability enabled?)")
            self._bot_open_id = open_id
        return self._bot_open_id

    # ------------------------------------------------------------------------------------ rendering

    async def _contents(self, target: SendTarget, reply: Reply) -> list[Content]:
        mentions = target.mention_user_ids
        match reply:
            case Text():
                return render_text(reply.text, mentions)
            case Card() if reply.image is not None or reply.files:  # the card, then its picture and files
                contents = [render_card(reply, mentions)]
                if reply.image is not None:
                    contents.append(image_content(await self._upload(reply.image.png)))
                for attached in reply.files:
                    contents.append(await self._file_or_picture(attached))
                return contents
            case Card():
                return [render_card(reply, mentions)]
            case Image():
                lead = render_text(reply.alt, mentions) if mentions else []
                return [*lead, image_content(await self._upload(reply.png))]
            case File():
                lead = render_text(reply.caption, mentions) if reply.caption or mentions else []
                return [*lead, file_content(await self._upload_file(reply.data, reply.name))]
            case _:
                assert_never(reply)

    async def _file_or_picture(self, attached: File) -> Content:
        """A picture Feishu shows inline (JPEG/PNG/GIF/WebP/BMP under the image limit) as an image message,
        anything else as a file message."""
        if attached.name.lower().endswith(PICTURES) and len(attached.data) <= IMAGE_LIMIT:
            return image_content(await self._upload(attached.data))
        return file_content(await self._upload_file(attached.data, attached.name))

    async def _upload(self, png: bytes) -> str:
        if len(png) > IMAGE_LIMIT:
            raise PermanentSendError(f"image of {len(png)} bytes exceeds the {IMAGE_LIMIT} byte limit")

        async def call(option: RequestOption) -> Any:
            body = CreateImageRequestBody.builder().image_type("message").image(io.BytesIO(png)).build()
            return await self._client.im.v1.image.acreate(
                CreateImageRequest.builder().request_body(body).build(), option
            )

        response = await self._call("image upload", call)
        return str(response.data.image_key)

    async def _upload_file(self, data: bytes, name: str) -> str:
        """POST /open-apis/im/v1/files (Feishu "Upload file"): the file_key of a file message."""
        if len(data) > FILE_LIMIT:
            raise PermanentSendError(f"file of {len(data)} bytes exceeds the {FILE_LIMIT} byte limit")
        file_type = "xls" if name.lower().endswith((".xls", ".xlsx")) else "stream"

        async def call(option: RequestOption) -> Any:
            body = (
                CreateFileRequestBody.builder()
                .file_type(file_type)
                .file_name(name)
                .file(io.BytesIO(data))
                .build()
            )
            return await self._client.im.v1.file.acreate(
                CreateFileRequest.builder().request_body(body).build(), option
            )

        response = await self._call("file upload", call)
        return str(response.data.file_key)

    async def download_to(self, message_id: str, file_key: str, out: BinaryIO, limit: int) -> int:
        """The same file streamed into `out` a chunk at a time (the SDK reads a whole body into memory,
        100 MB for a big orders export): the bytes written, or `TooLarge` once more than `limit` came."""
        url = f"{self._domain}/open-apis/im/v1/messages/{message_id}/resources/{file_key}"
        for replay in (False, True):
            try:
                token = await self._tokens.get()
                client = await self._client_http()
                async with client.stream(
                    "GET", url, params={"type": "file"}, headers={"Authorization": f"Bearer {token}"}
                ) as response:
                    if response.status_code != 200:
                        body = json.loads(await response.aread() or b"{}")
                        code = int(body.get("code") or 0)
                        if code in INVALID_TOKEN_CODES and not replay:
                            self._tokens.invalidate(token)
                            continue
                        raise PermanentSendError(f"file download: HTTP {response.status_code}, code {code}")
                    declared = int(response.headers.get("content-length") or 0)
                    if declared > limit:
                        raise TooLarge(declared)
                    written = 0
                    async for chunk in response.aiter_bytes(1024 * 1024):
                        written += len(chunk)
                        if written > limit:
                            raise TooLarge(written)
                        await asyncio.to_thread(out.write, chunk)
                    return written
            except TokenError as error:
                raise TransientSendError(f"file download: {error}") from None
            except (httpx.TransportError, ValueError) as error:
                raise TransientSendError(f"file download: {type(error).__name__} {error}"[:300]) from None
        raise PermanentSendError("file download: token refused twice")

    async def _client_http(self) -> httpx.AsyncClient:
        if self._http is None:
            limits = httpx.Limits(max_connections=64, max_keepalive_connections=64, keepalive_expiry=30)
            self._http = httpx.AsyncClient(timeout=self._timeout, limits=limits)
        return self._http

    # ------------------------------------------------------------------------------------- sending

    async def _post(self, target: SendTarget, content: Content, uuid: str) -> str:
        receive_id, id_type = receiver(target.chat.chat_id)
        scope = {"user_id": receive_id} if id_type != "chat_id" else {"chat_id": receive_id}
        reply_to = target.reply_to

        async def create(option: RequestOption) -> Any:
            body = CreateMessageRequestBody.builder().receive_id(receive_id).msg_type(content.msg_type)
            body = body.content(content.encoded())
            if uuid:
                body = body.uuid(uuid)
            request = (
                CreateMessageRequest.builder().receive_id_type(id_type).request_body(body.build()).build()
            )
            return await self._client.im.v1.message.acreate(request, option)

        async def answer(option: RequestOption) -> Any:
            body = ReplyMessageRequestBody.builder().msg_type(content.msg_type).content(content.encoded())
            body = body.reply_in_thread(self._reply_in_thread)
            if uuid:
                body = body.uuid(uuid)
            request = ReplyMessageRequest.builder().message_id(reply_to).request_body(body.build()).build()
            return await self._client.im.v1.message.areply(request, option)

        response = await self._call("reply" if reply_to else "send", answer if reply_to else create, **scope)
        data = response.data
        return str(data.message_id) if data is not None and data.message_id else ""

    async def _call(
        self,
        what: str,
        call: Call,
        *,
        chat_id: str | None = None,
        user_id: str | None = None,
        message_id: str | None = None,
    ) -> Any:
        """Run `call` with a token and within the rate limits; retry what is worth retrying."""
        attempt = 0
        replayed = False
        while True:
            attempt += 1
            async with self._limiter.acquire(chat_id=chat_id, user_id=user_id, message_id=message_id):
                token, outcome = await self._attempt(what, call)
            if not isinstance(outcome, _Failure):
                return outcome
            if outcome.bad_token and not replayed:  # stale token: drop it, fetch another, replay once
                self._tokens.invalidate(token)
                replayed = True
                attempt -= 1
                continue
            if outcome.rate_limited:
                await self._limiter.pause(outcome.retry_after or DEFAULT_RESET)
            if not outcome.transient:
                raise PermanentSendError(outcome.message)
            if attempt >= self._attempts:
                raise TransientSendError(outcome.message, retry_after=outcome.retry_after)
            log.info(
                "feishu %s failed (attempt %d of %d): %s", what, attempt, self._attempts, outcome.message
            )
            if not outcome.rate_limited:  # a rate-limit wait is already enforced by the limiter
                await self._sleep(self._backoff * 2 ** (attempt - 1))

    async def _attempt(self, what: str, call: Call) -> tuple[str, Any]:
        """(token used, the SDK response or a `_Failure`)."""
        token = ""
        try:
            token = await self._tokens.get()
            # One client: the SSL context is built once, and connections are kept alive (a new TCP
            # connection per reply cost the worker half its time). At most 64 at once: a burst
            # waits for a pooled connection instead of opening hundreds. close() releases them.
            http = await self._client_http()
            with sdk_http.lend(http):
                response = await call(RequestOption.builder().tenant_access_token(token).build())
        except TokenError as error:
            limited = error.retry_after is not None
            return token, _Failure(
                f"{what}: {error}", error.transient, error.retry_after, rate_limited=limited
            )
        except (httpx.TransportError, ValueError, UnmarshalException) as error:
            return token, _Failure(f"{what}: {type(error).__name__} {error}"[:300], transient=True)
        if response.success():
            return token, response
        return token, _classify(what, response)


def _classify(what: str, response: Any) -> _Failure:
    raw = response.raw
    status = int(raw.status_code or 0) if raw is not None else 0
    code = int(response.code) if response.code is not None else None
    message = f"{what}: HTTP {status}, code {code}, {response.msg or ''} (log id {response.get_log_id()})"
    if code in INVALID_TOKEN_CODES:
        return _Failure(message, transient=True, bad_token=True)
    if status == 429 or code in RATE_LIMIT_CODES:
        headers = raw.headers if raw is not None else None
        return _Failure(message, transient=True, retry_after=retry_after_from(headers), rate_limited=True)
    return _Failure(message, transient=status >= 500 or status == 0)
