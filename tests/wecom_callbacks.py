"""Smart-bot callbacks built and encrypted exactly as WeCom does (WeCom developer docs, 智能机器人 回调加解密
and 接收消息)."""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from bot.adapters.wecom.crypto import WeComCrypto, signature

TOKEN = "QDG6eK"
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
AIBOTID = "aib_test"


def new_msgid() -> str:
    return secrets.token_urlsafe(18)


@dataclass
class WeComCallbacks:
    token: str = TOKEN
    aes_key: str = AES_KEY
    receive_id: str = ""

    @property
    def crypto(self) -> WeComCrypto:
        return WeComCrypto(self.token, self.aes_key, self.receive_id)

    def text(
        self,
        content: str,
        *,
        chatid: str = "wrgroup1",
        userid: str = "alice",
        response_url: str = "",
        msgid: str | None = None,
    ) -> dict[str, Any]:
        return {
            "msgid": msgid or new_msgid(),
            "aibotid": AIBOTID,
            "chatid": chatid,
            "chattype": "group",
            "from": {"userid": userid},
            "response_url": response_url,
            "msgtype": "text",
            "text": {"content": f"@CreatorBot {content}"},
        }

    def request(
        self,
        doc: dict[str, Any],
        *,
        timestamp: str | None = None,
        nonce: str | None = None,
        bad_signature: bool = False,
    ) -> tuple[str, bytes]:
        """(path with query, body) for POST /wecom/callback."""
        nonce = nonce or str(secrets.randbelow(10**9))
        timestamp = timestamp or str(int(time.time()))
        encrypted = self.crypto.encrypt(json.dumps(doc, ensure_ascii=False))
        sig = signature(self.token, timestamp, nonce, encrypted)
        if bad_signature:
            sig = "0" * 40
        query = urlencode({"msg_signature": sig, "timestamp": timestamp, "nonce": nonce})
        return f"/wecom/callback?{query}", json.dumps({"encrypt": encrypted}).encode()

    def verify_url(self, echo: str, *, timestamp: str | None = None, nonce: str = "12345") -> str:
        timestamp = timestamp or str(int(time.time()))
        encrypted = self.crypto.encrypt(echo)
        sig = signature(self.token, timestamp, nonce, encrypted)
        return "/wecom/callback?" + urlencode(
            {"msg_signature": sig, "timestamp": timestamp, "nonce": nonce, "echostr": encrypted}
        )

    def open_reply(self, body: dict[str, str]) -> dict[str, Any]:
        """Decrypt the bot's passive reply, checking its signature like WeCom would."""
        plain = self.crypto.open(body["msgsignature"], body["timestamp"], body["nonce"], body["encrypt"])
        answer: dict[str, Any] = json.loads(plain)
        return answer
