"""A WeCom simulator: an aiohttp server on 127.0.0.1, port 0, for group webhook pushes and response_url.

Routes (WeCom developer docs: 消息推送配置说明; 智能机器人 主动回复 via response_url):
  POST /cgi-bin/webhook/send?key=KEY        text / markdown / markdown_v2 / image / file push into the group
  POST /cgi-bin/webhook/upload_media?key=KEY&type=file   multipart `media` → {"media_id"} for a file push
  POST /cgi-bin/aibot/response?response_code=CODE   a smart-bot reply through response_url (once)
  GET  /media/ID                             a file a user sent the smart bot: AES-256-CBC with the
                                             callback key, IV = key[:16], PKCS#7 to 32 (doc 100719)

Behaves like the platform where the bot depends on it: at most 20 pushes per key in any 60 s (the
simulator's clock, `advance` moves it) else errcode 45009; an unknown or revoked key → 93000; text over
2048 bytes / markdown over 4096 bytes → 40058; a response_url answers once (a second use → 40008… here
-2 "used") and only for an hour. Records: `posts` (EVERY push POST as it arrived, with its errcode — the
webhook has no idempotency, so two accepted posts are two messages in the group), `pushes` (the accepted
ones: key, payload, at), `uploads` (EVERY upload_media POST: key, type, file name, bytes, errcode; a
`file` push must name a media_id uploaded with its key, else 40007), `responses`, `rate_limited`.
`pause` / `quiet` / `resume` hold pushes "in the network", e.g. across a SIGKILL of their sender.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

from tests.simulators.gate import Gate

PUSH_LIMIT, PUSH_WINDOW_S = 20, 60.0
LIMITS = {"text": 2048, "markdown": 4096, "markdown_v2": 4096}


def _valid_image(image: dict[str, Any]) -> bool:
    """An `image` push: base64 of a JPG/PNG of at most 2 MB and its md5 (doc 91770)."""
    try:
        data = base64.b64decode(str(image.get("base64", "")), validate=True)
    except ValueError:
        return False
    png_or_jpg = data.startswith((b"\x89PNG", b"\xff\xd8"))
    return png_or_jpg and len(data) <= 2 * 1024 * 1024 and hashlib.md5(data).hexdigest() == image.get("md5")


@dataclass
class Push:
    key: str
    payload: dict[str, Any]
    at: float

    @property
    def content(self) -> str:
        body = self.payload.get(self.payload.get("msgtype", ""), {})
        return str(body.get("content", ""))

    @property
    def mentioned(self) -> list[str]:
        return list(self.payload.get("text", {}).get("mentioned_list", []))


@dataclass
class WebhookPost:
    """One POST to the push webhook, whatever became of it (`errcode` 0: it is in the group)."""

    key: str
    payload: Any  # None when the body was not JSON
    errcode: int
    at: float

    @property
    def accepted(self) -> bool:
        return self.errcode == 0

    @property
    def content(self) -> str:
        if not isinstance(self.payload, dict):
            return ""
        body = self.payload.get(self.payload.get("msgtype", ""), {})
        return str(body.get("content", "")) if isinstance(body, dict) else ""


@dataclass
class Upload:
    """One POST to upload_media, whatever became of it (`media_id` "" when refused)."""

    key: str
    type: str
    filename: str
    data: bytes
    errcode: int
    media_id: str = ""


@dataclass
class WeComSimulator:
    keys: set[str] = field(default_factory=set)  # empty: every key is valid except `revoked`
    revoked: set[str] = field(default_factory=set)
    pushes: list[Push] = field(default_factory=list)
    posts: list[WebhookPost] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    uploads: list[Upload] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)  # id → encrypted bytes (`register_media`)
    media_gets: list[str] = field(default_factory=list)  # EVERY media download, by id
    rate_limited: int = 0
    offset: float = 0.0
    _windows: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _codes: dict[str, float] = field(default_factory=dict)  # response_code → issued at
    _runner: web.AppRunner | None = None
    url: str = ""
    gate: Gate = field(default_factory=Gate)  # the network: the fault tests hold and drop pushes here

    def now(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def response_url(self) -> str:
        code = secrets.token_hex(8)
        self._codes[code] = self.now()
        return f"{self.url}/cgi-bin/aibot/response?response_code={code}"

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/cgi-bin/webhook/send", self._send)
        app.router.add_post("/cgi-bin/aibot/response", self._response)
        app.router.add_post("/cgi-bin/webhook/upload_media", self._upload)
        app.router.add_get("/media/{media_id}", self._media)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> WeComSimulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _send(self, request: web.Request) -> web.Response:
        key = request.query.get("key", "")
        try:
            payload: Any = await request.json()
        except ValueError:
            payload = None
        if await self.gate.dropped():
            self.posts.append(WebhookPost(key, payload, -1, self.now()))
            return web.json_response({"errcode": -1, "errmsg": "never arrived"}, status=503)
        with self.gate.handling():
            errcode, errmsg = self._push(key, payload)
        self.posts.append(WebhookPost(key, payload, errcode, self.now()))
        return web.json_response({"errcode": errcode, "errmsg": errmsg})

    def register_media(self, data: bytes, encoding_aes_key: str) -> str:
        """A file a user sends: its download URL (the bytes encrypted as WeCom encrypts media)."""
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        key = base64.b64decode(encoding_aes_key + "=")
        pad = 32 - len(data) % 32
        encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
        media_id = secrets.token_hex(8)
        self.media[media_id] = encryptor.update(data + bytes([pad]) * pad) + encryptor.finalize()
        return f"{self.url}/media/{media_id}"

    async def _media(self, request: web.Request) -> web.Response:
        media_id = request.match_info["media_id"]
        self.media_gets.append(media_id)
        found = self.media.get(media_id)
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found, content_type="application/octet-stream")

    async def _upload(self, request: web.Request) -> web.Response:
        """upload_media: a multipart `media` field with a filename; the media id is usable with this key."""
        key, kind = request.query.get("key", ""), request.query.get("type", "")
        filename, data = "", b""
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if isinstance(part, BodyPartReader) and part.name == "media":
                    filename, data = part.filename or "", bytes(await part.read())
        if not key or key in self.revoked or (self.keys and key not in self.keys):
            errcode, errmsg = 93000, "invalid webhook url"
        elif kind not in ("file", "voice") or not filename or len(data) < 5:
            errcode, errmsg = 40004, "invalid media"
        else:
            errcode, errmsg = 0, "ok"
        upload = Upload(key, kind, filename, data, errcode, secrets.token_hex(12) if errcode == 0 else "")
        self.uploads.append(upload)
        if errcode:
            return web.json_response({"errcode": errcode, "errmsg": errmsg})
        return web.json_response(
            {"errcode": 0, "errmsg": "ok", "type": kind, "media_id": upload.media_id, "created_at": "1"}
        )

    def _push(self, key: str, payload: Any) -> tuple[int, str]:
        if not key or key in self.revoked or (self.keys and key not in self.keys):
            return 93000, "invalid webhook url"
        if not isinstance(payload, dict):
            return 40008, "invalid message type"
        msgtype = payload.get("msgtype")
        if msgtype == "image" and not _valid_image(payload.get("image", {})):
            return 40008, "invalid image"
        if msgtype == "file":
            media = payload.get("file", {}).get("media_id") if isinstance(payload.get("file"), dict) else None
            if not any(u.media_id == media and u.key == key for u in self.uploads if u.media_id):
                return 40007, "invalid media_id"
        elif msgtype not in LIMITS and msgtype != "image":
            return 40008, "invalid message type"
        if len(str(payload[msgtype].get("content", "")).encode("utf-8")) > LIMITS.get(msgtype, 1 << 30):
            return 40058, "content exceed max length"
        now, window = self.now(), self._windows[key]
        while window and window[0] <= now - PUSH_WINDOW_S:
            window.popleft()
        if len(window) >= PUSH_LIMIT:
            self.rate_limited += 1
            return 45009, "api freq out of limit"
        window.append(now)
        self.pushes.append(Push(key, payload, now))
        return 0, "ok"

    async def _response(self, request: web.Request) -> web.Response:
        code = request.query.get("response_code", "")
        issued = self._codes.pop(code, None)
        if issued is None or self.now() - issued > 3600:
            return web.json_response({"errcode": -2, "errmsg": "response_code used or expired"})
        self.responses.append(await request.json())
        return web.json_response({"errcode": 0, "errmsg": "ok"})
