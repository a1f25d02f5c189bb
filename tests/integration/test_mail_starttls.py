"""IMAP over STARTTLS (port 143) against the real Dovecot (scripts/mailserver.sh): the plain connection is
upgraded before the password is sent, the certificate is verified against the configured CA, and a CA that
did not sign the server's certificate is a TLS problem said in the team's words."""

from __future__ import annotations

import asyncio
import io
import subprocess
from pathlib import Path

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.adapters.mail.client import MailClient
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import MailSettings, Settings
from bot.wiring import build_dispatcher, register_mail_channel
from handlers.due import DueCards
from models.enums import Platform
from models.mail import Mailbox
from tests import mail_kit
from workflows.mail.ports import Account, Endpoint, MailError, Problem, Security
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("mail_server")
TEAM = "team3@creatorbot.test"


@pytest.fixture
def mail_server() -> None:
    mail_kit.require_mail_server()


def _over_starttls(address: str) -> Account:
    plain = mail_kit.account(address)
    return Account(
        plain.address,
        plain.username,
        plain.password,
        plain.smtp,
        Endpoint(mail_kit.HOST, 143, Security.STARTTLS),
        "Sent",
    )


@pytest.fixture
def other_ca(tmp_path: Path) -> str:
    """A CA of our own that never signed the mail server's certificate."""
    cert = tmp_path / "other-ca.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=Some Other CA", "-keyout", str(tmp_path / "other-key.pem"), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return str(cert)


async def test_imap_over_starttls_logs_in_and_reads_with_the_certificate_verified() -> None:
    account = _over_starttls(TEAM)
    assert await mail_kit.client().check(account) == "Sent"
    await mail_kit.empty_inbox(TEAM)
    message_id = "<starttls-1@creators.test>"
    raw = (
        f"From: creator3@creators.test\r\nTo: {TEAM}\r\nSubject: hi\r\n"
        f"Message-ID: {message_id}\r\n\r\nhello\r\n"
    ).encode()
    await mail_kit.client().send(mail_kit.account("creator3@creators.test"), raw, [TEAM])
    for _ in range(40):
        inbox = await mail_kit.client().fetch_new(account, 0, 0)
        if any(message_id.encode() in m.raw for m in inbox.messages):
            break
        await asyncio.sleep(0.25)
    assert any(message_id.encode() in m.raw for m in inbox.messages)


async def test_a_wrong_ca_fails_the_starttls_upgrade_as_a_tls_problem(other_ca: str) -> None:
    with pytest.raises(MailError) as failed:
        await MailClient(ca_file=other_ca).fetch_new(_over_starttls(TEAM), 0, 0)
    assert failed.value.side == "imap" and failed.value.problem == Problem.TLS, failed.value
    assert "certificate verify failed" in failed.value.detail


def _console(settings: Settings, clock: FrozenClock) -> Console:
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    register_mail_channel(settings, loop, clock, None, notifier)
    console = Console(build_dispatcher(settings, clock, scheduler=loop), user="小李", locale="zh_CN")
    notifier.register(Platform.CONSOLE, ConsoleOutbound(console, io.StringIO()))
    return console


async def test_a_mailbox_connects_in_chat_with_imap_on_143(db: str, clock: FrozenClock) -> None:
    console = _console(
        Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE)), clock
    )
    answer = await console.say(
        f"绑定邮箱 {TEAM} 授权码 {mail_kit.PASSWORD} smtp {mail_kit.HOST}:587 imap {mail_kit.HOST}:143"
    )
    assert "✅ 邮箱已连接" in answer, answer
    box = await Mailbox.get(address=TEAM)
    assert (box.imap_port, box.imap_security) == (143, "starttls")


async def test_a_wrong_ca_is_told_as_the_tls_problem_in_chat(
    db: str, clock: FrozenClock, other_ca: str
) -> None:
    console = _console(Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=other_ca)), clock)
    answer = await console.say(
        f"绑定邮箱 {TEAM} 授权码 {mail_kit.PASSWORD} smtp {mail_kit.HOST}:587 imap {mail_kit.HOST}:143"
    )
    assert "邮箱没有连接" in answer and "加密连接失败" in answer, answer
    assert await Mailbox.all().count() == 0
