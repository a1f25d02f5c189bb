"""Feishu HTTP callbacks: verify, decrypt, answer the challenge, then hand over to FeishuInbound.

Order matters (Feishu Open Platform, "Configure Encrypt Key" and "Request URL configuration",
open.feishu.cn): the signature is computed over the raw request bytes, never over re-serialised JSON, so
it is checked before anything is decoded; the Verification Token is compared in constant time; the
url_verification challenge, which Feishu wants answered within 1 s, is answered before any database work.
Refusals: 401 forged/unsigned/stale/wrong token, 400 unreadable, 413 too big.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web
from tortoise.exceptions import BaseORMException

from bot.adapters.feishu import crypto
from bot.adapters.feishu.events import Challenge, Envelope, MalformedEvent, read_envelope
from bot.adapters.feishu.inbound import FeishuInbound
from bot.settings import FeishuSettings
from bot.web.callbacks import Refused, read_body, read_json
from bot.web.metrics import Metrics

log = logging.getLogger(__name__)
INBOUND_KEY = web.AppKey("feishu_inbound", FeishuInbound)  # serve starts the long connection from it
TIMESTAMP, NONCE, SIGNATURE = "X-Lark-Request-Timestamp", "X-Lark-Request-Nonce", "X-Lark-Signature"


@dataclass(slots=True)
class FeishuWebhook:
    settings: FeishuSettings
    inbound: FeishuInbound
    metrics: Metrics
    wall_clock: Callable[[], float] = time.time  # replay window is about real time, not the app's Clock

    def routes(self) -> list[web.RouteDef]:
        # Card callbacks may be configured on either URL; both speak the same v2 envelope.
        return [web.post("/feishu/events", self.handle), web.post("/feishu/cards", self.handle)]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        started = time.perf_counter()
        try:
            return await self._handle(request)
        finally:
            self.metrics.observe("creatorbot_ack_seconds", time.perf_counter() - started, route=request.path)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await read_body(request)
            decoded = self.verify(request, body)
        except Refused as refused:
            self.metrics.inc("creatorbot_events_rejected_total", platform="feishu", reason=refused.reason)
            log.info("feishu: refused %s (%s)", request.path, refused.reason)
            return web.json_response({"msg": refused.reason}, status=refused.status)
        if isinstance(decoded, Challenge):
            return web.json_response({"challenge": decoded.challenge})
        try:
            answer = await self.inbound.accept(decoded)
        except BaseORMException:
            # The dedupe claim could not be written: answer 503 so Feishu delivers again later rather
            # than risking a double reply or a silent loss.
            log.exception("feishu: database unavailable for event %s", decoded.event_id)
            return web.json_response({"msg": "busy"}, status=503)
        except Exception:
            log.exception("feishu: failed accepting event %s", decoded.event_id)
            answer = {}
        return web.json_response(answer)

    def verify(self, request: web.Request, body: bytes) -> Challenge | Envelope:
        """Signature (when an Encrypt Key is set) → JSON → decrypt → envelope → token."""
        key = self.settings.encrypt_key
        signed = self._check_signature(request, body) if key else False
        doc = read_json(body)  # nested, not UTF-8, not JSON: 400 (never a RecursionError's 500)
        if isinstance(doc, dict) and "encrypt" in doc:
            if not key:
                raise Refused(400, "encrypted_without_key")
            if not isinstance(doc["encrypt"], str):
                raise Refused(400, "undecryptable")
            try:
                plain = crypto.decrypt(doc["encrypt"], key)
            except crypto.DecryptError as exc:
                raise Refused(400, "undecryptable") from exc
            doc = read_json(plain)
        try:
            decoded = read_envelope(doc)
        except MalformedEvent as exc:
            raise Refused(400, "malformed") from exc
        if not crypto.token_matches(decoded.token, self.settings.verification_token):
            raise Refused(401, "token")
        if key and not signed and not isinstance(decoded, Challenge):
            raise Refused(401, "unsigned")  # Feishu signs every event once an Encrypt Key is set
        return decoded

    def _check_signature(self, request: web.Request, body: bytes) -> bool:
        """True when signed and valid, False when unsigned (only a challenge may be); raises when bad."""
        given = request.headers.get(SIGNATURE)
        if given is None:
            return False
        timestamp, nonce = request.headers.get(TIMESTAMP, ""), request.headers.get(NONCE, "")
        if not crypto.signature_matches(given, timestamp, nonce, self.settings.encrypt_key, body):
            raise Refused(401, "signature")
        if not crypto.timestamp_fresh(timestamp, self.wall_clock()):
            raise Refused(401, "stale")
        return True
