"""Smart-bot callback payloads (WeCom developer docs, 智能机器人 接收消息 / 接收事件) → typed values; WECOM_*
settings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.adapters.wecom.events import (
    CardEvent,
    EnterChat,
    Ignored,
    MalformedCallback,
    StreamPoll,
    WeComMessage,
    parse,
)
from bot.settings import Settings, SettingsError
from workflows.push import NotAWebhook, webhook_key

NO_ENV = Path("/nonexistent/.env")
NOW = datetime(2026, 11, 25, tzinfo=UTC)
DOC = {
    "msgid": "CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=",
    "aibotid": "AIBOTID",
    "chatid": "CHATID",
    "chattype": "group",
    "from": {"userid": "USERID"},
    "response_url": "RESPONSEURL",
    "msgtype": "text",
    "text": {"content": "@RobotA hello robot"},
    "quote": {"msgtype": "text", "text": {"content": "这是今日的测试情况"}},
}


def test_group_text_strips_the_bot_mention() -> None:
    parsed = parse(DOC, NOW)
    assert isinstance(parsed, WeComMessage)
    assert parsed.message.text == "hello robot" and parsed.group and parsed.response_url == "RESPONSEURL"
    assert parsed.message.chat.chat_id == "CHATID" and parsed.message.chat.workspace_key == "AIBOTID"
    assert parsed.message.sender.user_id == "USERID"


def test_mixed_message_keeps_its_text_parts() -> None:
    doc = {
        **DOC,
        "msgtype": "mixed",
        "mixed": {
            "msg_item": [
                {"msgtype": "text", "text": {"content": "@RobotA 看看"}},
                {"msgtype": "image", "image": {"url": "URL"}},
                {"msgtype": "text", "text": {"content": "@bob"}},
            ]
        },
    }
    parsed = parse(doc, NOW)
    assert isinstance(parsed, WeComMessage) and parsed.message.text == "看看 @bob"


def test_direct_message_chat_is_the_user() -> None:
    doc = {k: v for k, v in DOC.items() if k != "chatid"} | {"chattype": "single"}
    parsed = parse(doc, NOW)
    assert isinstance(parsed, WeComMessage) and parsed.message.chat.chat_id == "single:USERID"
    assert parsed.message.text == "@RobotA hello robot", "no leading mention to strip in a DM"


def test_stream_poll_events_and_others() -> None:
    assert parse({"msgid": "m", "msgtype": "stream", "stream": {"id": "S"}}, NOW) == StreamPoll("m", "S")
    enter = {**DOC, "msgtype": "event", "event": {"eventtype": "enter_chat"}}
    assert isinstance(parse(enter, NOW), EnterChat)
    card = {
        **DOC,
        "msgtype": "event",
        "event": {"eventtype": "template_card_event", "template_card_event": {"event_key": "ok"}},
    }
    assert parse(card, NOW) == CardEvent(DOC["msgid"], "ok")
    assert isinstance(parse({**DOC, "msgtype": "image"}, NOW), Ignored)


@pytest.mark.parametrize(
    "doc", [[], {"msgtype": "text"}, {"msgid": "m"}, {"msgid": "m", "msgtype": "stream"}, {**DOC, "from": {}}]
)
def test_malformed(doc: object) -> None:
    with pytest.raises(MalformedCallback):
        parse(doc, NOW)


def test_webhook_urls() -> None:
    key = "693a91f6-7f1e-4bc4-97a0-0ec2a1fa5aaa"
    assert webhook_key(f"绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={key}。") == key
    for bad in [
        f"http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={key}",
        f"https://qyapi.weixin.qq.com.evil.cn/cgi-bin/webhook/send?key={key}",
        f"https://qyapi.weixin.qq.com/cgi-bin/message/send?key={key}",
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a'b",
        "绑定推送",
    ]:
        with pytest.raises(NotAWebhook):
            webhook_key(bad)


def test_settings() -> None:
    env = {
        "WECOM_BOT_TOKEN": "wecom-tok-9f3",
        "WECOM_BOT_AES_KEY": "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
    }
    settings = Settings.from_env(env, env_file=NO_ENV)
    assert settings.wecom is not None and settings.wecom.api_base == "https://qyapi.weixin.qq.com"
    assert "wecom-tok-9f3" not in repr(settings) and "jWmYm7" not in repr(settings)
    assert Settings.from_env({}, env_file=NO_ENV).wecom is None
    with pytest.raises(SettingsError, match="WECOM_BOT_AES_KEY"):
        Settings.from_env({"WECOM_BOT_TOKEN": "tok"}, env_file=NO_ENV)
    with pytest.raises(SettingsError, match="WECOM_BOT_AES_KEY"):
        Settings.from_env({**env, "WECOM_BOT_AES_KEY": "short"}, env_file=NO_ENV)
    with pytest.raises(SettingsError, match="WECOM_API_BASE"):
        Settings.from_env({**env, "WECOM_API_BASE": "http://evil.example"}, env_file=NO_ENV)
    local = Settings.from_env({**env, "WECOM_API_BASE": "http://127.0.0.1:8123/"}, env_file=NO_ENV)
    assert local.wecom is not None and local.wecom.api_base == "http://127.0.0.1:8123"
