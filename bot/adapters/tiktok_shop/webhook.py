"""`POST /tiktok/webhook`: TikTok Shop's webhook notifications; type 33, "New message listener", a creator
wrote in a conversation (Partner Center, Webhooks).

Order: size (413) → the `Authorization` header, HMAC-SHA256 of app key + raw body keyed by the app
secret, compared in constant time (401) → JSON (400) → not type 33, or a conversation no connected shop
knows: 200 and nothing done → `workflows.tiktok_replies.record`, which claims the event key
(`<shop_id>:<tts_notification_id>`) in the same transaction as its effects, so a redelivery changes
nothing → 200. A database failure answers 503 so TikTok redelivers. The envelope (`type`,
`tts_notification_id`, `shop_id`, `timestamp`, `data`) is TikTok's common webhook shape; in `data` the
message's `conversation_id`, `type` and `content` (a JSON string, TEXT: {"content": …}) are read under
the names the message APIs use, and a `sender.role` other than CREATOR is skipped (the shop's own
messages). Bodies and signatures are never logged.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.adapters.tiktok_shop.client import message_text
from bot.adapters.tiktok_shop.endpoints import WEBHOOK_NEW_MESSAGE
from bot.adapters.tiktok_shop.signing import webhook_signature_matches
from bot.web.callbacks import Refused, read_body, read_json
from bot.web.metrics import Metrics
from workflows import tiktok_replies
from workflows.delivery import Scheduler
from workflows.ports import Clock

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/tiktok/webhook"


def heard_from(doc: Any) -> tiktok_replies.Heard | None:
    """The creator message a type-33 notification carries; None for anything else."""
    if not isinstance(doc, dict) or doc.get("type") != WEBHOOK_NEW_MESSAGE:
        return None
    data = doc.get("data")
    if not isinstance(data, dict):
        return None
    sender = data.get("sender")
    role = str(sender.get("role", "")).upper() if isinstance(sender, dict) else ""
    if role and role != "CREATOR":
        return None
    text = message_text(str(data.get("type", "TEXT")), str(data.get("content", "")))
    conversation = str(data.get("conversation_id", ""))
    shop_id = str(doc.get("shop_id", ""))
    event = str(doc.get("tts_notification_id", "") or data.get("message_id", ""))
    if not (text and conversation and shop_id and event):
        return None
    return tiktok_replies.Heard(shop_id, conversation, text, f"evt:{shop_id}:{event}")


class TikTokWebhook:
    def __init__(
        self,
        app_key: str,
        app_secret: str,
        clock: Clock,
        metrics: Metrics,
        scheduler: Scheduler | None = None,
    ) -> None:
        self._key, self._secret = app_key, app_secret
        self.clock, self.metrics, self.scheduler = clock, metrics, scheduler

    def routes(self) -> list[web.RouteDef]:
        return [web.post(WEBHOOK_PATH, self.handle)]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await read_body(request)
            if not webhook_signature_matches(
                self._key, self._secret, body, request.headers.get("Authorization", "")
            ):
                raise Refused(401, "bad_signature")
            doc = read_json(body)
        except Refused as refused:
            self.metrics.inc("tiktok_webhook_refused_total", reason=refused.reason)
            return web.json_response(
                {"code": refused.status, "message": refused.reason}, status=refused.status
            )
        heard = heard_from(doc)
        if heard is None:
            self.metrics.inc("tiktok_webhook_ignored_total")
            return web.json_response({"code": 0})
        try:
            recorded = await tiktok_replies.record(heard, self.clock, self.scheduler)
        except Exception:
            log.exception("tiktok webhook: could not record a creator message (TikTok will redeliver)")
            return web.json_response({"code": 503, "message": "try again"}, status=503)
        self.metrics.inc("tiktok_replies_total", amount=len(recorded))
        return web.json_response({"code": 0})
