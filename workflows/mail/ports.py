"""What the mail workflows need from an SMTP/IMAP client (bot/adapters/mail implements it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from models.secrets import Sealer


class Security(StrEnum):
    SSL = "ssl"  # implicit TLS (SMTP 465, IMAP 993)
    STARTTLS = "starttls"  # plain connection upgraded before login (SMTP 587, IMAP 143)
    PLAIN = "plain"  # no TLS at all: refused unless the host is this machine


@dataclass(frozen=True, slots=True)
class Endpoint:
    host: str
    port: int
    security: Security


@dataclass(frozen=True, slots=True)
class Account:
    """A mailbox as the client sees it; `password` is the opened app password (never stored so)."""

    address: str
    username: str
    password: str
    smtp: Endpoint
    imap: Endpoint
    sent_folder: str = ""

    def __repr__(self) -> str:  # the password never reaches a log
        return f"Account({self.address!r}, smtp={self.smtp}, imap={self.imap})"


class Problem(StrEnum):
    """Why a mailbox call failed, in words the team can act on (i18n: mail.problem.<value>)."""

    AUTH = "auth"  # wrong user or app password, or IMAP/SMTP access switched off
    TLS = "tls"  # the TLS handshake failed (wrong port for the security chosen, bad certificate)
    CONNECT = "connect"  # host unknown or unreachable, port closed
    TIMEOUT = "timeout"
    RECIPIENT = "recipient"  # the server refused the address (permanent)
    FULL = "full"  # the recipient's mailbox is full
    RATE = "rate"  # the provider is limiting this mailbox for now
    OTHER = "other"


TRANSIENT = frozenset({Problem.CONNECT, Problem.TIMEOUT, Problem.RATE, Problem.OTHER, Problem.FULL})


class MailError(Exception):
    """A failed SMTP or IMAP call: which side, what kind of problem, and the server's words (no secrets)."""

    def __init__(self, side: str, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{side}: {problem.value}: {detail}"[:300])
        self.side = side  # smtp | imap
        self.problem = problem
        self.detail = detail[:200]

    @property
    def transient(self) -> bool:
        return self.problem in TRANSIENT


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes


@dataclass(frozen=True, slots=True)
class Inbox:
    """New messages since the last read: UIDVALIDITY changes mean the UIDs were renumbered (read anew)."""

    uidvalidity: int
    messages: list[Fetched]


class MailPort:
    """What a handler needs to connect a mailbox: the client and the sealer of app passwords (None: this
    deployment has no secret to seal with)."""

    def __init__(self, transport: MailTransport, sealer: Sealer | None) -> None:
        self.transport = transport
        self.sealer = sealer


class MailTransport(Protocol):
    async def check(self, account: Account) -> str:
        """Log in to SMTP and IMAP; returns the Sent folder's name ("" if the server names none). Raises
        MailError."""
        ...

    async def send(self, account: Account, raw: bytes, recipients: list[str]) -> None:
        """Submit one message. Raises MailError."""
        ...

    async def in_sent(self, account: Account, message_id: str) -> bool:
        """Whether the Sent folder holds a message with this Message-ID. Raises MailError."""
        ...

    async def save_sent(self, account: Account, raw: bytes) -> None:
        """Append a sent message to the Sent folder (as mail programs do). Raises MailError."""
        ...

    async def fetch_new(self, account: Account, uidvalidity: int, after_uid: int) -> Inbox:
        """INBOX messages with UID > after_uid (all of them if UIDVALIDITY changed). Raises MailError."""
        ...

    async def wait_for_new(
        self, account: Account, seconds: float, uidvalidity: int = 0, after_uid: int = 0
    ) -> bool | None:
        """IMAP IDLE (RFC 2177) on INBOX: True as soon as there is a message above `after_uid` (at once if one
        is already there, or UIDVALIDITY changed), False when `seconds` pass quietly, None when the server
        has no IDLE. Raises MailError (a dropped connection too)."""
        ...
