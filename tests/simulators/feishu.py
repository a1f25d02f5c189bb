"""A Feishu Open API simulator: an aiohttp server on 127.0.0.1, port 0, for the real lark-oapi client.

Routes (Feishu Open Platform server API, open.feishu.cn, as lark-oapi 1.7.5 calls them):
  POST  /open-apis/auth/v3/tenant_access_token/internal   app_id/app_secret → {"tenant_access_token","expire"}
  POST  /open-apis/im/v1/messages?receive_id_type=...     send (text, post, interactive, image)
  POST  /open-apis/im/v1/messages/{id}/reply               reply
  PATCH /open-apis/im/v1/messages/{id}                     update a shared card
  GET   /open-apis/im/v1/messages/{id}                     read one message (registered user text or ours)
  POST  /open-apis/im/v1/images                            upload (multipart image_type + image)
  POST  /open-apis/im/v1/files                             upload (multipart file_type + file_name + file)
  GET   /open-apis/im/v1/messages/{id}/resources/{key}     a user's file (?type=file), see `register_file`
  GET   /open-apis/bot/v3/info                             the bot's identity

Behaves like the platform where the bot depends on it: Bearer tokens are checked (99991661 missing,
99991663 unknown / expired / revoked); a token is reissued only when < 30 min are left; `uuid` makes a
send idempotent for an hour; rate limits answer HTTP 429 + code 99991400 + `x-ogw-ratelimit-reset`
(sliding windows: per app 50/s and 1000/min over message and image calls, per chat 5/s, per user 5/s,
per patched message 5/s; requests it refuses do not count); business errors come as HTTP 400 with a
code (230001 bad content, 230002 bot not in chat, 230025 too long, 230099 bad card).

Test controls: `fail_next`, `delay_next`, `expire_tokens`, `rotate_tokens`, `advance` (the simulator's clock),
`latency`, `limits`, `enforce_rate_limits`, `token_ttl`, `remove_bot_from`, `register_message`, and
`pause` / `quiet` / `resume` (hold API calls "in the network", e.g. across a SIGKILL of their sender).
Records: `requests`, `posts` (EVERY POST as it arrived and what became of it — a uuid repeat included, which
`messages` does not show twice), `messages` (one per uuid, content kept current by patches), `patches`,
`images`, `files`, `rate_limited`.

    async with FeishuSimulator() as sim:
        settings = FeishuSettings(app_id=sim.app_id, app_secret=sim.app_secret, ..., domain=sim.url)
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import secrets
import time
import urllib.parse
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.simulators.gate import Gate

TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal"
MESSAGES_PATH = "/open-apis/im/v1/messages"
IMAGES_PATH = "/open-apis/im/v1/images"
FILES_PATH = "/open-apis/im/v1/files"
FILE_TYPES = {"opus", "mp4", "pdf", "doc", "xls", "ppt", "stream"}
BOT_INFO_PATH = "/open-apis/bot/v3/info"
UUID_TTL = 3600.0
TOKEN_REISSUE_BELOW = 1800.0
RECEIVE_ID_TYPES = {"chat_id", "open_id", "union_id", "user_id", "email"}
SIZE_LIMITS = {"text": 150 * 1024, "post": 30 * 1024, "interactive": 30 * 1024}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
JSON_BODY = web.RequestKey("json_body", object)


@dataclass
class SimMessage:
    message_id: str
    chat_id: str  # "" for a reply to a message the simulator never saw (see `register_message`)
    msg_type: str
    content: dict[str, Any]  # decoded; replaced by the latest PATCH
    uuid: str | None
    reply_to: str | None
    created_at: float
    receive_id: str = ""
    receive_id_type: str = ""
    reply_in_thread: bool = False

    @property
    def text(self) -> str:
        """What a reader sees, as plain lines: text, post paragraphs (`@ou_x` for mentions) or card texts."""
        return "\n".join(_visible_lines(self.msg_type, self.content))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The card's buttons: {"label", "type", "value"} (value = the callback value sent back on press)."""
        return [
            {
                "label": node.get("text", {}).get("content", ""),
                "type": node.get("type", "default"),
                "value": next(
                    (b.get("value") for b in node.get("behaviors", []) if b.get("type") == "callback"), None
                ),
            }
            for node in _walk(self.content)
            if node.get("tag") == "button"
        ]


@dataclass(frozen=True)
class SimPost:
    """One POST as the simulator received it, and its answer. `message_id` is the message it created — or,
    with `replayed`, the earlier message its uuid repeated (Feishu shows nothing new then)."""

    at: float
    path: str
    query: dict[str, str]
    body: Any  # the JSON body, None for multipart uploads
    status: int
    code: int
    chat_id: str = ""
    message_id: str | None = None
    replayed: bool = False

    @property
    def accepted(self) -> bool:
        return self.status == 200 and self.code == 0

    @property
    def text(self) -> str:
        """What this POST asked to show (plain lines, as `SimMessage.text`); "" for non-messages."""
        if not isinstance(self.body, dict) or "msg_type" not in self.body:
            return ""
        try:
            return "\n".join(_visible_lines(str(self.body["msg_type"]), _decode(self.body.get("content"))))
        except _ApiError:
            return ""


@dataclass(frozen=True)
class SimRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any  # None unless the body was JSON


@dataclass
class SimLimits:
    app_per_second: int = 50
    app_per_minute: int = 1000
    chat_per_second: int = 5
    user_per_second: int = 5
    message_per_second: int = 5


@dataclass(frozen=True)
class _Injected:
    status: int
    code: int
    msg: str


class _ApiError(Exception):
    def __init__(self, status: int, code: int, msg: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(msg)
        self.status, self.code, self.msg, self.headers = status, code, msg, headers or {}


@dataclass
class _Windows:
    stamps: dict[tuple[str, str, float], deque[float]] = field(default_factory=dict)

    def wait(self, key: tuple[str, str, float], count: int, now: float) -> float:
        """Seconds until the window `key` (kind, id, seconds) takes another call; 0 = now."""
        log = self.stamps.setdefault(key, deque())
        while log and log[0] <= now - key[2]:
            log.popleft()
        return 0.0 if len(log) < count else log[-count] + key[2] - now

    def record(self, key: tuple[str, str, float], now: float) -> None:
        self.stamps.setdefault(key, deque()).append(now)


class FeishuSimulator:
    def __init__(
        self,
        app_id: str = "cli_test",
        app_secret: str = "secret",
        *,
        enforce_rate_limits: bool = True,
        bot_open_id: str = "ou_bot",
    ) -> None:
        self.app_id = app_id
        self.app_secret = app_secret
        self.bot_open_id = bot_open_id
        self.enforce_rate_limits = enforce_rate_limits
        self.limits = SimLimits()
        self.token_ttl = 7200
        self.latency = 0.0
        self.url = ""
        self.messages: list[SimMessage] = []
        self.patches: list[tuple[str, dict[str, Any]]] = []
        self.requests: list[SimRequest] = []
        self.posts: list[SimPost] = []
        self.images: dict[str, bytes] = {}
        self.files: dict[str, tuple[str, str, bytes]] = {}  # file_key → (file_type, file_name, bytes)
        self._resources: dict[tuple[str, str], tuple[str, bytes]] = {}  # (message id, key) → (name, bytes)
        self.rate_limited = 0
        self.issued_tokens: list[str] = []
        self._tokens: dict[str, float] = {}  # token → expires at (simulator clock)
        self._current = ""
        self._failures: deque[_Injected] = deque()
        self._delays: deque[float] = deque()
        self._by_uuid: dict[str, tuple[float, SimMessage]] = {}
        self._known: dict[str, str] = {}  # message id → chat id (ours and registered ones)
        self._user_texts: dict[str, str] = {}  # registered user messages readable through GET
        self._removed: set[str] = set()
        self._windows = _Windows()
        self._offset = 0.0
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.gate = Gate()  # the network: the fault tests hold and drop API calls here (not token requests)

    # ---------------------------------------------------------------------------------- lifecycle

    async def start(self) -> str:
        app = web.Application(middlewares=[self._middleware], client_max_size=20 * 1024 * 1024)
        app.router.add_post(TOKEN_PATH, self._token)
        app.router.add_post(MESSAGES_PATH, self._create)
        app.router.add_post(MESSAGES_PATH + "/{message_id}/reply", self._reply)
        app.router.add_patch(MESSAGES_PATH + "/{message_id}", self._patch)
        app.router.add_get(MESSAGES_PATH + "/{message_id}", self._get)
        app.router.add_post(IMAGES_PATH, self._upload)
        app.router.add_post(FILES_PATH, self._upload_file)
        app.router.add_get(MESSAGES_PATH + "/{message_id}/resources/{file_key}", self._resource)
        app.router.add_get(BOT_INFO_PATH, self._bot_info)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self.url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FeishuSimulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # ------------------------------------------------------------------------------- test controls

    def fail_next(self, times: int, *, status: int = 500, code: int = 0, msg: str = "injected") -> None:
        """The next `times` API calls (not token requests) answer `status` with `{"code", "msg"}`.
        A 429 also carries `x-ogw-ratelimit-reset: 1`; `code` 0 becomes 99991400 for a 429, else `status`."""
        fallback = 99991400 if status == 429 else status
        self._failures.extend(_Injected(status, code or fallback, msg) for _ in range(times))

    def delay_next(self, times: int, seconds: float) -> None:
        """The next `times` message / image calls take `seconds` longer (on top of `latency`)."""
        self._delays.extend([seconds] * times)

    def expire_tokens(self) -> None:
        """Every token issued so far now answers 99991663; the next token request gets a new one."""
        self._tokens.clear()
        self._current = ""

    def rotate_tokens(self) -> None:
        """The next token request gets a new token; the old ones stay valid until they expire."""
        self._current = ""

    def advance(self, seconds: float) -> None:
        """Move the simulator's clock (token expiry, uuid memory, rate windows) forward."""
        self._offset += seconds

    def remove_bot_from(self, chat_id: str) -> None:
        """Sends into `chat_id` now fail with 230002 (bot not in the chat)."""
        self._removed.add(chat_id)

    def register_message(self, message_id: str, chat_id: str, text: str | None = None) -> None:
        """A message a user posted in `chat_id` (delivered to the bot as an event) that it may reply to;
        with `text`, GET /messages/{id} returns it as a text message."""
        self._known[message_id] = chat_id
        if text is not None:
            self._user_texts[message_id] = text

    def register_file(self, message_id: str, chat_id: str, file_key: str, name: str, data: bytes) -> None:
        """A file message a user sent in `chat_id`: its bytes are downloadable as a message resource."""
        self._known[message_id] = chat_id
        self._resources[(message_id, file_key)] = (name, data)

    def now(self) -> float:
        return time.monotonic() + self._offset

    @property
    def token_requests(self) -> int:
        return sum(1 for r in self.requests if r.path == TOKEN_PATH)

    def messages_in(self, chat_id: str) -> list[SimMessage]:
        return [m for m in self.messages if m.chat_id == chat_id]

    # ---------------------------------------------------------------------------------- plumbing

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        body: Any = None
        if request.content_type == "application/json" and request.can_read_body:
            try:
                body = json.loads(await request.read())
            except ValueError:
                body = None
        request[JSON_BODY] = body
        self.requests.append(
            SimRequest(request.method, request.path, dict(request.query), dict(request.headers), body)
        )
        if request.path != TOKEN_PATH and await self.gate.dropped():
            response = web.json_response({"code": 503, "msg": "never arrived"}, status=503)
            self._record_post(request, body, response, None)
            return response
        uuid = body.get("uuid") if isinstance(body, dict) else None
        seen = self._by_uuid.get(uuid) if isinstance(uuid, str) else None
        earlier = seen[1].message_id if seen is not None and self.now() - seen[0] < UUID_TTL else None
        with self.gate.handling():
            response = await self._handle(request, handler)
        self._record_post(request, body, response, earlier)
        return response

    async def _handle(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            if request.path != TOKEN_PATH:
                self._take_injected()
                if request.path != BOT_INFO_PATH:
                    delay = self.latency + (self._delays.popleft() if self._delays else 0.0)
                    if delay:
                        await asyncio.sleep(delay)
                self._check_token(request)
            return await handler(request)
        except _ApiError as error:
            return web.json_response(
                {"code": error.code, "msg": error.msg}, status=error.status, headers=error.headers
            )

    def _record_post(
        self, request: web.Request, body: Any, response: web.StreamResponse, earlier: str | None
    ) -> None:
        if request.method != "POST":
            return
        answer: Any = {}
        if isinstance(response, web.Response) and response.body is not None:
            try:
                answer = json.loads(bytes(response.body))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                answer = {}
        code = int(answer.get("code", -1)) if isinstance(answer, dict) else -1
        data = answer.get("data") if isinstance(answer, dict) else None
        message_id = data.get("message_id") if isinstance(data, dict) else None
        chat_id = str(data.get("chat_id", "")) if isinstance(data, dict) else ""
        if not chat_id and isinstance(body, dict) and request.query.get("receive_id_type") == "chat_id":
            chat_id = str(body.get("receive_id", ""))
        self.posts.append(
            SimPost(
                at=self.now(),
                path=request.path,
                query=dict(request.query),
                body=body,
                status=response.status,
                code=code,
                chat_id=chat_id,
                message_id=message_id,
                replayed=earlier is not None and message_id == earlier,
            )
        )

    def _take_injected(self) -> None:
        if self._failures:
            failure = self._failures.popleft()
            headers = {"x-ogw-ratelimit-reset": "1"} if failure.status == 429 else {}
            raise _ApiError(failure.status, failure.code, failure.msg, headers)

    def _check_token(self, request: web.Request) -> None:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or not auth[7:].strip() or auth[7:] == "None":
            raise _ApiError(400, 99991661, "Missing access token for authorization")
        expires_at = self._tokens.get(auth[7:])
        if expires_at is None or expires_at <= self.now():
            raise _ApiError(400, 99991663, "Invalid access token for authorization")

    def _limit(self, *, chat_id: str = "", user_id: str = "", message_id: str = "") -> None:
        if not self.enforce_rate_limits:
            return
        now, lim = self.now(), self.limits
        windows = [
            (("app", "", 1.0), lim.app_per_second),
            (("app", "", 60.0), lim.app_per_minute),
            *([(("chat", chat_id, 1.0), lim.chat_per_second)] if chat_id else []),
            *([(("user", user_id, 1.0), lim.user_per_second)] if user_id else []),
            *([(("message", message_id, 1.0), lim.message_per_second)] if message_id else []),
        ]
        wait = max(self._windows.wait(key, count, now) for key, count in windows)
        if wait > 0:
            self.rate_limited += 1
            reset = str(max(1, math.ceil(wait)))
            headers = {"x-ogw-ratelimit-limit": str(lim.app_per_second), "x-ogw-ratelimit-reset": reset}
            raise _ApiError(429, 99991400, "request trigger frequency limit", headers)
        for key, _ in windows:
            self._windows.record(key, now)

    @staticmethod
    def _ok(data: Any = None, **extra: Any) -> web.Response:
        return web.json_response(
            {"code": 0, "msg": "success", **({"data": data} if data is not None else {}), **extra}
        )

    # ------------------------------------------------------------------------------------ routes

    async def _token(self, request: web.Request) -> web.Response:
        body = request[JSON_BODY] or {}
        if body.get("app_id") != self.app_id or body.get("app_secret") != self.app_secret:
            raise _ApiError(400, 10014, "app secret invalid")
        now = self.now()
        left = self._tokens.get(self._current, 0.0) - now
        if not self._current or left < TOKEN_REISSUE_BELOW:
            self._current = f"t-{secrets.token_hex(12)}"
            self._tokens[self._current] = now + self.token_ttl
            self.issued_tokens.append(self._current)
            left = float(self.token_ttl)
        return web.json_response(
            {"code": 0, "msg": "ok", "tenant_access_token": self._current, "expire": int(left)}
        )

    async def _bot_info(self, request: web.Request) -> web.Response:
        bot = {"activate_status": 2, "app_name": "creatorbot", "avatar_url": "", "ip_white_list": []}
        return web.json_response({"code": 0, "msg": "ok", "bot": {**bot, "open_id": self.bot_open_id}})

    async def _create(self, request: web.Request) -> web.Response:
        id_type = request.query.get("receive_id_type", "")
        body = await self._body(request)
        receive_id = body.get("receive_id")
        if id_type not in RECEIVE_ID_TYPES or not isinstance(receive_id, str) or not receive_id:
            raise _ApiError(400, 99992402, "field validation failed: receive_id / receive_id_type")
        chat_id = receive_id if id_type == "chat_id" else ""
        self._limit(chat_id=chat_id, user_id="" if chat_id else receive_id)
        if chat_id in self._removed:
            raise _ApiError(400, 230002, "Bot/User can NOT be out of the chat.")
        message = self._accept(body, chat_id=chat_id, reply_to=None)
        message.receive_id, message.receive_id_type = receive_id, id_type
        return self._ok(self._message_data(message))

    async def _reply(self, request: web.Request) -> web.Response:
        parent = request.match_info["message_id"]
        body = await self._body(request)
        chat_id = self._known.get(parent, "")
        self._limit(chat_id=chat_id)
        if chat_id in self._removed:
            raise _ApiError(400, 230002, "Bot/User can NOT be out of the chat.")
        message = self._accept(body, chat_id=chat_id, reply_to=parent)
        message.reply_in_thread = bool(body.get("reply_in_thread"))
        return self._ok(self._message_data(message))

    async def _patch(self, request: web.Request) -> web.Response:
        message_id = request.match_info["message_id"]
        body = await self._body(request)
        self._limit(message_id=message_id)
        message = next((m for m in self.messages if m.message_id == message_id), None)
        if message is None:
            raise _ApiError(400, 230011, "message not found")
        content = _decode(body.get("content"))
        _check_content("interactive", content, self.images)
        if message.msg_type != "interactive" or not _shared(message.content) or not _shared(content):
            raise _ApiError(
                400, 230001, "only a card with config.update_multi before and after can be patched"
            )
        message.content = content
        self.patches.append((message_id, content))
        return self._ok({})

    async def _get(self, request: web.Request) -> web.Response:
        """GET /open-apis/im/v1/messages/{id}: a registered user text message, or one the bot sent."""
        message_id = request.match_info["message_id"]
        if message_id in self._user_texts:
            data = {
                "message_id": message_id,
                "msg_type": "text",
                "chat_id": self._known.get(message_id, ""),
                "body": {"content": json.dumps({"text": self._user_texts[message_id]}, ensure_ascii=False)},
            }
            return self._ok({"items": [data]})
        sent = next((m for m in self.messages if m.message_id == message_id), None)
        if sent is None:
            raise _ApiError(400, 230011, "message not found")
        return self._ok({"items": [self._message_data(sent)]})

    async def _upload(self, request: web.Request) -> web.Response:
        self._limit()
        form = await request.post()
        image = form.get("image")
        if form.get("image_type") != "message" or not isinstance(image, web.FileField):
            raise _ApiError(400, 234001, "invalid request: image_type=message and an image file are required")
        key = f"img_v3_{secrets.token_hex(8)}"
        self.images[key] = image.file.read()
        return self._ok({"image_key": key})

    async def _upload_file(self, request: web.Request) -> web.Response:
        self._limit()
        form = await request.post()
        upload, file_type, name = form.get("file"), form.get("file_type"), form.get("file_name")
        if file_type not in FILE_TYPES or not isinstance(name, str) or not isinstance(upload, web.FileField):
            raise _ApiError(400, 234001, "invalid request: file_type, file_name and a file are required")
        data = upload.file.read()
        if not data:
            raise _ApiError(400, 234010, "file is empty")
        key = f"file_v3_{secrets.token_hex(8)}"
        self.files[key] = (str(file_type), name, data)
        return self._ok({"file_key": key})

    async def _resource(self, request: web.Request) -> web.Response:
        """GET …/messages/{id}/resources/{key}?type=file: the bytes, named in Content-Disposition."""
        if request.query.get("type") not in ("file", "image"):
            raise _ApiError(400, 234001, "invalid request: type must be file or image")
        found = self._resources.get((request.match_info["message_id"], request.match_info["file_key"]))
        if found is None:
            raise _ApiError(400, 234003, "File not in msg.")
        name, data = found
        disposition = f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}"
        return web.Response(
            body=data, content_type="application/octet-stream", headers={"Content-Disposition": disposition}
        )

    # ----------------------------------------------------------------------------------- helpers

    async def _body(self, request: web.Request) -> dict[str, Any]:
        body = request[JSON_BODY]
        if not isinstance(body, dict):
            raise _ApiError(400, 99992402, "field validation failed: JSON body required")
        raw_size = len(await request.read())
        if raw_size > SIZE_LIMITS.get(str(body.get("msg_type")), 30 * 1024):
            raise _ApiError(400, 230025, f"message content is too long ({raw_size} bytes)")
        return body

    def _accept(self, body: dict[str, Any], *, chat_id: str, reply_to: str | None) -> SimMessage:
        uuid = body.get("uuid") or None
        now = self.now()
        if uuid is not None:
            if len(uuid) > 50:
                raise _ApiError(400, 99992402, "field validation failed: uuid longer than 50")
            seen = self._by_uuid.get(uuid)
            if seen is not None and now - seen[0] < UUID_TTL:
                return seen[1]
        msg_type = str(body.get("msg_type", ""))
        content = _decode(body.get("content"))
        _check_content(msg_type, content, self.images, self.files)
        message = SimMessage(f"om_sim{next(self._ids):06d}", chat_id, msg_type, content, uuid, reply_to, now)
        self.messages.append(message)
        self._known[message.message_id] = chat_id
        if uuid is not None:
            self._by_uuid[uuid] = (now, message)
        return message

    def _message_data(self, message: SimMessage) -> dict[str, Any]:
        millis = str(int(time.time() * 1000))
        return {
            "message_id": message.message_id,
            **({"root_id": message.reply_to, "parent_id": message.reply_to} if message.reply_to else {}),
            "msg_type": message.msg_type,
            "create_time": millis,
            "update_time": millis,
            "deleted": False,
            "updated": False,
            "chat_id": message.chat_id,
            "sender": {"id": self.app_id, "id_type": "app_id", "sender_type": "app", "tenant_key": "sim"},
            "body": {"content": json.dumps(message.content, ensure_ascii=False)},
        }


# ---------------------------------------------------------------------------------- content checks


def _decode(content: Any) -> dict[str, Any]:
    if not isinstance(content, str):
        raise _ApiError(400, 230001, "invalid message content: content must be a JSON string")
    try:
        decoded = json.loads(content)
    except ValueError:
        raise _ApiError(400, 230001, "invalid message content: not JSON") from None
    if not isinstance(decoded, dict):
        raise _ApiError(400, 230001, "invalid message content: not an object")
    return decoded


def _check_content(
    msg_type: str, content: dict[str, Any], images: dict[str, bytes], files: Collection[str] = ()
) -> None:
    if msg_type == "text":
        ok = isinstance(content.get("text"), str)
    elif msg_type == "post":
        ok = bool(content) and all(_post_block_ok(block) for block in content.values())
    elif msg_type == "image":
        ok = content.get("image_key") in images
    elif msg_type == "file":
        ok = content.get("file_key") in files
    elif msg_type == "interactive":
        _check_card(content)
        ok = True
    else:
        raise _ApiError(400, 230001, f"unsupported msg_type {msg_type!r}")
    if not ok:
        raise _ApiError(400, 230001, f"invalid {msg_type} content")


def _post_block_ok(block: Any) -> bool:
    if not isinstance(block, dict) or not isinstance(block.get("content"), list):
        return False
    return all(
        isinstance(paragraph, list) and all(isinstance(e, dict) and "tag" in e for e in paragraph)
        for paragraph in block["content"]
    )


def _check_card(card: dict[str, Any]) -> None:
    if card.get("schema") == "2.0":
        elements = card.get("body", {}).get("elements")
        if not isinstance(elements, list):
            raise _ApiError(400, 230099, "Failed to create card content: body.elements missing")
        for node in _walk(card):
            if node.get("tag") == "action":
                raise _ApiError(
                    400, 230099, "Failed to create card content: tag action is not supported in 2.0"
                )
            if node.get("tag") == "button" and not isinstance(node.get("behaviors", []), list):
                raise _ApiError(400, 230099, "Failed to create card content: button behaviors must be a list")
    elif not isinstance(card.get("elements"), list):
        raise _ApiError(400, 230099, "Failed to create card content: no elements")


def _shared(card: dict[str, Any]) -> bool:
    return bool(card.get("config", {}).get("update_multi"))


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict inside a card, depth first, in document order."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _visible_lines(msg_type: str, content: dict[str, Any]) -> list[str]:
    if msg_type == "text":
        return [str(content.get("text", ""))]
    if msg_type == "post":
        block = next(iter(content.values()), {})
        return ["".join(_post_piece(e) for e in paragraph) for paragraph in block.get("content", [])]
    if msg_type == "image":
        return [f"[image {content.get('image_key', '')}]"]
    if msg_type == "file":
        return [f"[file {content.get('file_key', '')}]"]
    title = content.get("header", {}).get("title", {}).get("content")
    lines = [title] if isinstance(title, str) else []
    for node in _walk(content.get("body", content.get("elements", []))):
        if node.get("tag") in {"plain_text", "markdown", "lark_md"} and isinstance(node.get("content"), str):
            lines.append(node["content"])
    return lines


def _post_piece(element: dict[str, Any]) -> str:
    if element.get("tag") == "at":
        return f"@{element.get('user_id', '')}"
    return str(element.get("text", ""))
