"""The real mail server of the e-mail tests (scripts/mailserver.sh: Postfix + Dovecot on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import os
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.adapters.mail.client import MailClient
from workflows.mail.ports import Account, Endpoint, Security

HOST = os.environ.get("TEST_MAIL_HOST", "127.0.0.1")
PASSWORD = os.environ.get("MAIL_TEST_PASSWORD", "creatorbot-test")
CA_FILE = os.environ.get("TEST_MAIL_CA", "/etc/dovecot/creatorbot/cert.pem")
SECRET = "test-secret-key-0123456789"


def require_mail_server() -> None:
    """Skip (fail under CI) when the server is not there; say how to start it."""
    from tests.conftest import _service_missing

    for port in (587, 993):
        try:
            socket.create_connection((HOST, port), timeout=2).close()
        except OSError as error:
            _service_missing(
                f"the mail server on {HOST}:{port} (start it: sudo scripts/mailserver.sh)", error
            )
    if not os.path.isfile(CA_FILE):
        pytest.skip(f"the mail server's certificate {CA_FILE} is not readable here")


def account(address: str, password: str = PASSWORD) -> Account:
    return Account(
        address,
        address,
        password,
        Endpoint(HOST, 587, Security.STARTTLS),
        Endpoint(HOST, 993, Security.SSL),
        "Sent",
    )


def client() -> MailClient:
    return MailClient(ca_file=CA_FILE)


async def inbox_with(address: str, message_id: str, *, wait: float = 10.0) -> list[EmailMessage]:
    """The messages in `address`'s INBOX carrying `message_id` (waits for delivery up to `wait` s)."""
    found: list[EmailMessage] = []
    for _ in range(int(wait / 0.25)):
        inbox = await client().fetch_new(account(address), 0, 0)
        found = []
        for fetched in inbox.messages:
            parsed = message_from_bytes(fetched.raw, policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            if parsed["Message-ID"] == message_id:
                found.append(parsed)
        if found:
            return found
        await asyncio.sleep(0.25)
    return found


async def empty_inbox(address: str) -> None:
    """Every message in `address`'s INBOX deleted (tests share the server's mailboxes)."""
    import aioimaplib

    imap = aioimaplib.IMAP4_SSL(host=HOST, port=993, ssl_context=client()._tls, timeout=10)
    await imap.wait_hello_from_server()
    await imap.login(address, PASSWORD)
    await imap.select("INBOX")
    await imap.store("1:*", "+FLAGS", "(\\Deleted)")
    await imap.expunge()
    await imap.logout()
