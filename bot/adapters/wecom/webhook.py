"""WeCom smart-bot HTTP callbacks: `GET /wecom/callback` (URL verification), `POST /wecom/callback`.

Order: size (413) → envelope JSON/XML (400) → signature over the ciphertext and a timestamp within
±1 h (403) → decrypt (400, or 403 for another receive id) → callback JSON (400) → WeComInbound. Every
refusal is counted and answered with a short reason; nothing a caller sends can produce a 500.
"""

from __future__ import annotations

import logging
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from tortoise.exceptions import BaseORMException

from bot.adapters.wecom.crypto import BadSignature, Undecryptable, WeComCrypto, WrongReceiver
from bot.adapters.wecom.events import MalformedCallback, parse
from bot.adapters.wecom.inbound import WeComInbound
from bot.web.callbacks import Refused, UnreadableJson, loads, read_body, read_json
from bot.web.metrics import Metrics

log = logging.getLogger(__name__)
PATH = "/wecom/callback"
INBOUND_KEY = web.AppKey("wecom_inbound", WeComInbound)
# A signed callback whose timestamp is further than this from our clock is refused: the signature covers the
# timestamp, and dedupe keys are kept 24 h, so a captured callback cannot be replayed after the dedupe
# forgot it. WeCom promises nonces unique for 2 h; one hour either way is generous for clock skew.
MAX_TIMESTAMP_SKEW_S = 3600


@dataclass(slots=True)
class WeComWebhook:
    crypto: WeComCrypto
    inbound: WeComInbound
    metrics: Metrics
    wall_clock: Callable[[], float] = time.time  # replay window is about real time, not the app's Clock

    def routes(self) -> list[web.RouteDef]:
        return [web.get(PATH, self.verify_url), web.post(PATH, self.callback)]

    async def verify_url(self, request: web.Request) -> web.StreamResponse:
        try:
            q = request.query
            params = [q.get(name) for name in ("msg_signature", "timestamp", "nonce", "echostr")]
            if any(not p for p in params):
                raise Refused(400, "missing_params")
            signature, timestamp, nonce, echostr = (str(p) for p in params)
            echostr = echostr.replace(" ", "+")  # a '+' that was not URL-encoded arrives as a space
            echo = self._open(signature, timestamp, nonce, echostr)
        except Refused as refused:
            return self._refuse(request, refused)
        return web.Response(text=echo, content_type="text/plain")

    async def callback(self, request: web.Request) -> web.StreamResponse:
        started = time.perf_counter()
        try:
            return await self._callback(request)
        finally:
            self.metrics.observe("creatorbot_ack_seconds", time.perf_counter() - started, route=PATH)

    async def _callback(self, request: web.Request) -> web.StreamResponse:
        q = request.query
        timestamp, nonce = q.get("timestamp", ""), q.get("nonce", "")
        try:
            body = await read_body(request)
            encrypted = _envelope(body)
            if not (q.get("msg_signature") and timestamp and nonce):
                raise Refused(403, "unsigned")
            plain = self._open(q["msg_signature"], timestamp, nonce, encrypted)
            try:
                parsed = parse(loads(plain), received_at=self.inbound.clock.now())
            except (UnreadableJson, MalformedCallback) as exc:
                raise Refused(400, "malformed_callback") from exc
        except Refused as refused:
            return self._refuse(request, refused)
        try:
            answer = await self.inbound.accept(parsed)
        except BaseORMException:
            log.exception("wecom: database unavailable for callback")  # 503: WeCom retries later
            return web.json_response({"msg": "busy"}, status=503)
        except Exception:
            log.exception("wecom: failed accepting callback")
            answer = None
        if answer is None:
            return web.Response(text="")
        return web.json_response(self.crypto.seal_json(answer, timestamp, nonce))

    def _open(self, signature: str, timestamp: str, nonce: str, encrypted: str) -> str:
        try:
            self.crypto.verify(signature, timestamp, nonce, encrypted)
        except BadSignature as exc:
            raise Refused(403, "signature") from exc
        if not _fresh(timestamp, self.wall_clock()):
            raise Refused(403, "stale")
        try:
            return self.crypto.decrypt(encrypted)
        except WrongReceiver as exc:
            raise Refused(403, "receive_id") from exc
        except Undecryptable as exc:
            raise Refused(400, "undecryptable") from exc

    def _refuse(self, request: web.Request, refused: Refused) -> web.StreamResponse:
        self.metrics.inc("creatorbot_events_rejected_total", platform="wecom", reason=refused.reason)
        log.info("wecom: refused %s %s (%s)", request.method, PATH, refused.reason)
        return web.json_response({"msg": refused.reason}, status=refused.status)


def _fresh(timestamp: str, now: float) -> bool:
    try:
        return abs(now - float(timestamp)) <= MAX_TIMESTAMP_SKEW_S
    except ValueError:
        return False


def _envelope(body: bytes) -> str:
    """The ciphertext from `{"encrypt": …}` (smart bot) or `<xml><Encrypt>…` (self-built app)."""
    head = body.lstrip()[:1]
    # JSON nested too deep, not UTF-8 or not JSON: 400 (never a RecursionError's 500)
    doc: Any = {"encrypt": _xml_encrypt(body)} if head == b"<" else read_json(body)
    encrypted = doc.get("encrypt") if isinstance(doc, dict) else None
    if not isinstance(encrypted, str) or not encrypted:
        raise Refused(400, "malformed")
    return encrypted


def _xml_encrypt(body: bytes) -> str | None:
    """`<xml><Encrypt><![CDATA[…]]></Encrypt></xml>`. WeCom's envelope has no DOCTYPE, so none is parsed:
    no entity expansion, no external entities; an unknown declared encoding is unreadable, not a 500."""
    if b"<!doctype" in body.lower() or b"<!entity" in body.lower():
        raise Refused(400, "malformed")
    try:
        node = ET.fromstring(body).find("Encrypt")
    except (ET.ParseError, LookupError, ValueError) as exc:
        raise Refused(400, "malformed") from exc
    return node.text if node is not None else None
