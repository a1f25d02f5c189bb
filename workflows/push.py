"""Binding a WeCom group's 消息推送 webhook: validate the URL, seal the key, release held reminders.

The key is the credential (anyone holding it can post into the group), so it is sealed before it is
stored (models/secrets.py) and never shown again; only a WeCom URL on qyapi.weixin.qq.com is accepted.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from models import secrets
from models.enums import DeliveryStatus, Platform
from models.schedule import Delivery
from models.tenancy import Chat
from workflows.delivery import Scheduler

WEBHOOK_HOST = "qyapi.weixin.qq.com"
WEBHOOK_PATH = "/cgi-bin/webhook/send"
SEAL_PURPOSE = "wecom-webhook-key"  # the same purpose bot/adapters/wecom/outbound.py opens it with
_KEY = re.compile(r"[A-Za-z0-9-]{8,64}")
_URL = re.compile(r"https?://\S+")


class NotAWebhook(ValueError):
    """The text holds no WeCom group webhook URL."""


class WrongPlatform(ValueError):
    """Binding was asked outside a WeCom chat."""


def webhook_key(text: str) -> str:
    """The key of the first WeCom webhook URL in `text`; raises NotAWebhook."""
    for match in _URL.finditer(text):
        url = urlsplit(match.group(0).rstrip("。，,.)）>」"))
        if url.scheme != "https" or url.hostname != WEBHOOK_HOST or url.path != WEBHOOK_PATH:
            continue
        keys = parse_qs(url.query).get("key", [])
        if len(keys) == 1 and _KEY.fullmatch(keys[0]):
            return keys[0]
    raise NotAWebhook("not a WeCom webhook URL")


async def bind(
    chat_id: int, key: str, now: datetime, scheduler: Scheduler, sealer: secrets.Sealer | None
) -> int:
    """Store the sealed key on the chat, clear the refusal mark, and send reminders held back by a
    missing or refused key now. Returns how many were released. Raises SecretsUnavailable, WrongPlatform."""
    chat = await Chat.get(id=chat_id).select_related("workspace")
    if chat.workspace.platform != Platform.WECOM:
        raise WrongPlatform(str(chat.workspace.platform))
    if sealer is None:
        raise secrets.SecretsUnavailable("no sealing key in this process")
    chat.webhook_key = sealer.seal(key, SEAL_PURPOSE)
    chat.webhook_error = ""
    await chat.save(update_fields=["webhook_key", "webhook_error"])
    held = Delivery.filter(chat_id=chat_id, last_error__contains="wecom", status=DeliveryStatus.PENDING)
    failed = Delivery.filter(chat_id=chat_id, last_error__contains="wecom", status=DeliveryStatus.FAILED)
    await failed.update(status=DeliveryStatus.PENDING, attempts=0)
    await held.update(due_at=now)
    released = await Delivery.filter(
        chat_id=chat_id, last_error__contains="wecom", status=DeliveryStatus.PENDING
    ).values_list("id", "version")
    for delivery_id, version in released:
        await scheduler.enqueue(int(delivery_id), int(version), now)
    return len(released)
