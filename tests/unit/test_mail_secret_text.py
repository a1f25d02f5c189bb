"""Which messages carry a mailbox password (and are kept from understanding), and how one is masked."""

from __future__ import annotations

import pytest

from handlers.command import Command, Secret
from handlers.mail import MailboxAsk, password_message
from workflows.mail.secret_text import carries_password, password_in, redact


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("绑定邮箱 amy.team@163.com 授权码 KJHGFDSA1234", "KJHGFDSA1234"),
        ("授权码是 abcd1234", "abcd1234"),
        ("connect mailbox tom@gmail.com app password abcd efgh ijkl mnop", "abcdefghijklmnop"),
        ("那个 lily@glowlab.cn 你用一下吧，密码：Xy7pQ2rT", "Xy7pQ2rT"),
        ("emm sales@qq.com pwd=zzzz9999", "zzzz9999"),
        ("password is hunter22", "hunter22"),
    ],
)
def test_a_password_after_a_password_word_is_found(text: str, password: str) -> None:
    assert password_in(text) == password
    assert password.split()[0][:4] not in redact(text).replace("••••", "")


@pytest.mark.parametrize(
    "text",
    [
        "@amy 说她的账号密码忘了",
        "pass the sample to amy@x.com",
        "绑定邮箱",
        "@amy 的邮箱改成 amy@new.com",
        "给 @amy 安排外联",
    ],
)
def test_ordinary_messages_carry_no_password(text: str) -> None:
    assert not carries_password(text)
    assert password_message(text) is None
    assert redact(text) == text


def test_the_guarded_command_masks_the_password_everywhere_it_is_shown() -> None:
    command = password_message("那个 lily@glowlab.cn 你用一下吧，密码 Xy7pQ2rT")
    assert isinstance(command, Command) and command.intent == "connect_mailbox"
    ask = command.arg(MailboxAsk)
    assert ask.address == "lily@glowlab.cn" and isinstance(ask.password, Secret)
    assert ask.password == "Xy7pQ2rT"
    for shown in (command.source, repr(command), repr(ask), str(command.to_json())):
        assert "Xy7pQ2rT" not in shown, shown
