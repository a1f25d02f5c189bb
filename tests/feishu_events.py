"""Feishu callbacks built the way Feishu builds them: v2 envelopes shaped as the "Receive message" docs
show, AES-256-CBC encrypted and signed over the exact bytes sent ("Configure Encrypt Key"). Used by tests
and the bench."""

from __future__ import annotations

import json
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

from bot.adapters.feishu import crypto

Json = dict[str, Any]
BOT_OPEN_ID = "ou_bot"


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def mention(key: str, open_id: str, name: str, tenant_key: str = "") -> Json:
    return {
        "key": key,
        "id": {"open_id": open_id, "union_id": f"on_{open_id[3:]}", "user_id": ""},
        "name": name,
        "tenant_key": tenant_key,
    }


@dataclass
class FeishuEvents:
    """One Feishu app (token, optional Encrypt Key) talking to us for one tenant."""

    verification_token: str = "vtoken123"
    encrypt_key: str = ""
    tenant_key: str = "tenant_a"
    app_id: str = "cli_test"
    bot_open_id: str = BOT_OPEN_ID
    bot_name: str = "达人助手"

    def header(self, event_type: str, event_id: str | None = None) -> Json:
        return {
            "event_id": event_id or uuid.uuid4().hex,
            "token": self.verification_token,
            "create_time": str(int(time.time() * 1000)),
            "event_type": event_type,
            "tenant_key": self.tenant_key,
            "app_id": self.app_id,
        }

    def message(
        self,
        text: str,
        *,
        chat_id: str = "oc_group1",
        chat_type: str = "group",
        mentions: list[Json] | None = None,
        at_bot: bool = True,
        message_id: str | None = None,
        sender: str = "ou_alice",
        message_type: str = "text",
        content: Json | None = None,
        event_id: str | None = None,
        sender_tenant: str | None = None,
    ) -> Json:
        """im.message.receive_v1. With `at_bot`, `@_user_1` is the bot (put it in `text` yourself).
        `sender_tenant`: the sender's own tenant (another company's user in a shared group)."""
        found = list(mentions or [])
        if at_bot:
            found.insert(0, mention("@_user_1", self.bot_open_id, self.bot_name, self.tenant_key))
        message: Json = {
            "message_id": message_id or new_id("om"),
            "create_time": str(int(time.time() * 1000)),
            "update_time": str(int(time.time() * 1000)),
            "chat_id": chat_id,
            "chat_type": chat_type,
            "message_type": message_type,
            "content": json.dumps(content if content is not None else {"text": text}, ensure_ascii=False),
        }
        if found:
            message["mentions"] = found
        return {
            "schema": "2.0",
            "header": self.header("im.message.receive_v1", event_id),
            "event": {
                "sender": {
                    "sender_id": {"open_id": sender, "union_id": f"on_{sender[3:]}", "user_id": "e33ggbyz"},
                    "sender_type": "user",
                    "tenant_key": sender_tenant or self.tenant_key,
                },
                "message": message,
            },
        }

    def bot_added(self, chat_id: str = "oc_newgroup", operator: str = "ou_alice") -> Json:
        return {
            "schema": "2.0",
            "header": self.header("im.chat.member.bot.added_v1"),
            "event": {
                "chat_id": chat_id,
                "operator_id": {"open_id": operator, "union_id": f"on_{operator[3:]}", "user_id": "e33ggbyz"},
                "external": False,
                "operator_tenant_key": self.tenant_key,
                "name": "达人建联-美区",
                "i18n_names": {"zh_cn": "达人建联-美区", "en_us": "Creator outreach US", "ja_jp": ""},
            },
        }

    def card_action(
        self,
        value: Json,
        *,
        message_id: str = "om_card1",
        chat_id: str = "oc_group1",
        operator: str = "ou_alice",
        operator_tenant: str | None = None,
    ) -> Json:
        """card.action.trigger for a button whose callback value is `value` (incl. "action")."""
        return {
            "schema": "2.0",
            "header": {**self.header("card.action.trigger"), "create_time": str(time.time_ns() // 1000)},
            "event": {
                "operator": {
                    "tenant_key": operator_tenant or self.tenant_key,
                    "user_id": "867abc",
                    "open_id": operator,
                    "union_id": f"on_{operator[3:]}",
                },
                "token": "c-" + secrets.token_hex(16),
                "action": {"value": value, "tag": "button", "timezone": "Asia/Shanghai", "name": "Button_1"},
                "host": "im_message",
                "context": {"open_message_id": message_id, "open_chat_id": chat_id},
            },
        }

    def event(self, event_type: str, event: Json | None = None) -> Json:
        return {"schema": "2.0", "header": self.header(event_type), "event": event or {}}

    def challenge(self, challenge: str = "c-123") -> Json:
        return {"challenge": challenge, "token": self.verification_token, "type": "url_verification"}

    def request(
        self,
        doc: Json,
        *,
        encrypt: bool | None = None,
        sign: bool | None = None,
        timestamp: str | None = None,
        nonce: str | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """(body, headers) as Feishu posts them: encrypted and signed whenever an Encrypt Key is set."""
        encrypt = bool(self.encrypt_key) if encrypt is None else encrypt
        sign = bool(self.encrypt_key) if sign is None else sign
        plain = json.dumps(doc, ensure_ascii=False)
        body = (
            json.dumps({"encrypt": crypto.encrypt(plain, self.encrypt_key)}) if encrypt else plain
        ).encode()
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if sign:
            ts, nonce = timestamp or str(int(time.time())), nonce or secrets.token_hex(8)
            headers.update(
                {
                    "X-Lark-Request-Timestamp": ts,
                    "X-Lark-Request-Nonce": nonce,
                    "X-Lark-Signature": crypto.signature(ts, nonce, self.encrypt_key, body),
                }
            )
        return body, headers
