"""`MailTransport` over aiosmtplib (SMTP submission: implicit TLS or STARTTLS, AUTH) and aioimaplib (IMAP over
TLS: login, the Sent folder, INBOX by UID, IDLE). Every failure becomes a `MailError` naming the side and a
`Problem` the team can act on; the server's own words are kept short and never carry the password.

IMAP is spoken over implicit TLS (993, what every preset uses) or STARTTLS (143, RFC 3501 §6.2.1 / RFC 9051
§6.2.1): aioimaplib has no STARTTLS of its own, so its protocol is started on a plain connection, sends
STARTTLS, and the transport is upgraded in place with `loop.start_tls` (the same verified context, the host
name checked), then the capabilities are asked again as the RFC requires. In the clear only to this
machine (a local test server)."""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from collections.abc import AsyncIterator

import aioimaplib
import aiosmtplib

from workflows.mail.ports import Account, Endpoint, Fetched, Inbox, MailError, Problem, Security

TIMEOUT_S = 20.0
LIVENESS_S = 30.0  # during IDLE, how often a silent connection is checked for having dropped
_LOCAL = ("127.0.0.1", "localhost", "::1")
_SPECIAL_SENT = re.compile(rb'\(([^)]*\\Sent[^)]*)\)\s+(?:"[^"]*"|NIL)\s+(.+)$', re.IGNORECASE)
_UID = re.compile(rb"UID (\d+)")


def tls_context(ca_file: str | None = None) -> ssl.SSLContext:
    """Certificates are verified; `ca_file` adds a CA (a company's own, or the test server's)."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


class MailClient:
    """One client for every mailbox of the process; a connection per call (calls are a few a minute)."""

    def __init__(self, *, ca_file: str | None = None, timeout_s: float = TIMEOUT_S) -> None:
        self._tls = tls_context(ca_file)
        self._timeout = timeout_s

    # ---- SMTP ------------------------------------------------------------------------------------------

    def _smtp(self, endpoint: Endpoint) -> aiosmtplib.SMTP:
        _refuse_clear_text(endpoint, "smtp")
        return aiosmtplib.SMTP(
            hostname=endpoint.host,
            port=endpoint.port,
            use_tls=endpoint.security == Security.SSL,
            start_tls=endpoint.security == Security.STARTTLS,
            tls_context=self._tls,
            timeout=self._timeout,
        )

    async def _smtp_login(self, account: Account) -> aiosmtplib.SMTP:
        client = self._smtp(account.smtp)
        try:
            await client.connect()
            await client.login(account.username, account.password)
        except BaseException as error:
            with contextlib.suppress(Exception):
                client.close()
            raise _smtp_error(error) from error
        return client

    async def send(self, account: Account, raw: bytes, recipients: list[str]) -> None:
        client = await self._smtp_login(account)
        try:
            refused, _ = await client.sendmail(account.address, recipients, raw)
            if refused:
                code, text = next(iter(refused.values()))
                raise _by_code(code, text)
        except MailError:
            raise
        except Exception as error:
            raise _smtp_error(error) from error
        finally:
            with contextlib.suppress(Exception):
                await client.quit()

    # ---- IMAP ------------------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def _imap(self, account: Account) -> AsyncIterator[aioimaplib.IMAP4]:
        endpoint = account.imap
        _refuse_clear_text(endpoint, "imap")
        try:
            if endpoint.security == Security.SSL:
                client: aioimaplib.IMAP4 = aioimaplib.IMAP4_SSL(
                    host=endpoint.host, port=endpoint.port, ssl_context=self._tls, timeout=self._timeout
                )
            else:
                client = aioimaplib.IMAP4(host=endpoint.host, port=endpoint.port, timeout=self._timeout)
            await client.wait_hello_from_server()
            if endpoint.security == Security.STARTTLS:
                await asyncio.wait_for(_start_tls(client, endpoint.host, self._tls), self._timeout)
        except MailError:
            with contextlib.suppress(Exception):
                client.protocol.transport.close()
            raise
        except Exception as error:
            with contextlib.suppress(Exception):
                client.protocol.transport.close()
            raise _connect_error("imap", error) from error
        try:
            response = await client.login(account.username, account.password)
            if response.result != "OK":
                raise MailError("imap", Problem.AUTH, _text(response.lines))
            yield client
        except MailError:
            raise
        except TimeoutError as error:
            raise MailError("imap", Problem.TIMEOUT, "no answer") from error
        except (OSError, aioimaplib.Abort, aioimaplib.CommandTimeout) as error:
            raise MailError("imap", Problem.CONNECT, f"{type(error).__name__}: {error}") from error
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.logout(), 5)

    async def check(self, account: Account) -> str:
        client = await self._smtp_login(account)
        with contextlib.suppress(Exception):
            await client.quit()
        async with self._imap(account) as imap:
            return await _sent_folder(imap)

    async def in_sent(self, account: Account, message_id: str) -> bool:
        if not account.sent_folder:
            return False
        async with self._imap(account) as imap:
            await _select(imap, account.sent_folder)
            response = await imap.uid_search(f'HEADER Message-ID "{_quoted(message_id)}"', charset=None)
            return any(line.strip() and line[:1].isdigit() for line in _search_lines(response.lines))

    async def save_sent(self, account: Account, raw: bytes) -> None:
        if not account.sent_folder:
            return
        async with self._imap(account) as imap:
            response = await imap.append(raw, mailbox=_mailbox_name(account.sent_folder), flags="(\\Seen)")
            if response.result != "OK":
                raise MailError("imap", Problem.OTHER, _text(response.lines))

    async def fetch_new(self, account: Account, uidvalidity: int, after_uid: int) -> Inbox:
        async with self._imap(account) as imap:
            current = await _select(imap, "INBOX")
            start = after_uid + 1 if current == uidvalidity else 1
            response = await imap.uid("fetch", f"{start}:*", "(UID BODY.PEEK[])")
            if response.result != "OK":
                raise MailError("imap", Problem.OTHER, _text(response.lines))
            return Inbox(current, [m for m in _fetched(response.lines) if m.uid >= start])

    async def wait_for_new(
        self, account: Account, seconds: float, uidvalidity: int = 0, after_uid: int = 0
    ) -> bool | None:
        async with self._imap(account) as imap:
            if not imap.has_capability("IDLE"):
                return None
            current = await _select(imap, "INBOX")
            if current != uidvalidity or await _uids_after(imap, after_uid):
                return True  # arrived between the last read and now: no need to wait
            idle = await imap.idle_start(timeout=seconds + 30)
            deadline = asyncio.get_running_loop().time() + seconds
            try:
                while (left := deadline - asyncio.get_running_loop().time()) > 0:
                    try:
                        pushed = await imap.wait_server_push(timeout=min(left, LIVENESS_S))
                    except TimeoutError:
                        transport = imap.protocol.transport
                        if transport is None or transport.is_closing():
                            raise MailError("imap", Problem.CONNECT, "dropped during IDLE") from None
                        continue
                    if any(b"EXISTS" in line or b"BYE" in line for line in _as_list(pushed)):
                        return True
                return False
            finally:
                with contextlib.suppress(Exception):
                    imap.idle_done()
                    await asyncio.wait_for(idle, 5)


# ---- helpers -----------------------------------------------------------------------------------------------


def _refuse_clear_text(endpoint: Endpoint, side: str) -> None:
    if endpoint.security == Security.PLAIN and endpoint.host not in _LOCAL:
        raise MailError(side, Problem.TLS, "a password is never sent without TLS to another machine")


async def _start_tls(client: aioimaplib.IMAP4, host: str, context: ssl.SSLContext) -> None:
    """STARTTLS on a connected, not yet logged-in client: the command, then the same protocol object goes on
    over the TLS transport; the capabilities from before TLS are forgotten and asked again."""
    protocol = client.protocol
    if not protocol.capabilities:
        await protocol.capability()
    if "STARTTLS" not in protocol.capabilities:
        raise MailError("imap", Problem.TLS, "the server offers no STARTTLS on this port")
    response = await protocol.execute(aioimaplib.Command("STARTTLS", protocol.new_tag(), loop=protocol.loop))
    if response.result != "OK":
        raise MailError("imap", Problem.TLS, f"STARTTLS refused: {_text(response.lines)}")
    loop = asyncio.get_running_loop()
    secure = await loop.start_tls(protocol.transport, protocol, context, server_hostname=host)
    if secure is None:
        raise MailError("imap", Problem.TLS, "the connection could not be upgraded to TLS")
    protocol.transport = secure
    protocol.capabilities = set()
    await protocol.capability()


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _mailbox_name(name: str) -> str:
    return f'"{_quoted(name)}"' if " " in name else name


async def _select(imap: aioimaplib.IMAP4, mailbox: str) -> int:
    response = await imap.select(_mailbox_name(mailbox))
    if response.result != "OK":
        raise MailError("imap", Problem.OTHER, f"cannot open {mailbox}: {_text(response.lines)}")
    for line in response.lines:
        found = re.search(rb"UIDVALIDITY (\d+)", bytes(line))
        if found:
            return int(found.group(1))
    return 0


async def _sent_folder(imap: aioimaplib.IMAP4) -> str:
    response = await imap.list('""', "*")
    for line in response.lines:
        found = _SPECIAL_SENT.search(bytes(line))
        if found:
            return found.group(2).strip().strip(b'"').decode("utf-8", "replace")
    for line in response.lines:  # no SPECIAL-USE: the usual names
        name = bytes(line).rsplit(b" ", 1)[-1].strip(b'"')
        if name.lower() in (b"sent", b"sent items", b"sent messages", b"inbox.sent"):
            return name.decode()
    return ""


async def _uids_after(imap: aioimaplib.IMAP4, after_uid: int) -> list[int]:
    """UIDs in the selected mailbox above `after_uid` ("n:*" always names the highest UID, so filtered)."""
    response = await imap.uid_search(f"UID {after_uid + 1}:*", charset=None)
    found = [int(x) for line in _search_lines(response.lines) for x in line.split() if x.isdigit()]
    return [uid for uid in found if uid > after_uid]


def _search_lines(lines: list[bytes] | list[bytearray]) -> list[bytes]:
    return [bytes(line) for line in lines if not bytes(line).lower().startswith(b"search completed")]


def _fetched(lines: list[bytes] | list[bytearray]) -> list[Fetched]:
    """aioimaplib gives a fetch as: b'N FETCH (UID n BODY[] {size}', bytearray(literal), b')' …"""
    found: list[Fetched] = []
    uid: int | None = None
    for line in lines:
        if isinstance(line, bytearray) and uid is not None:
            found.append(Fetched(uid, bytes(line)))
            uid = None
            continue
        head = _UID.search(bytes(line)) if b"FETCH" in bytes(line) else None
        if head:
            uid = int(head.group(1))
    return found


def _as_list(pushed: object) -> list[bytes]:
    if isinstance(pushed, list):
        return [bytes(x) if isinstance(x, bytes | bytearray) else str(x).encode() for x in pushed]
    return [str(pushed).encode()]


def _text(lines: list[bytes] | list[bytearray]) -> str:
    return " ".join(bytes(line).decode("utf-8", "replace") for line in lines)[:200]


def _by_code(code: int, text: str) -> MailError:
    if code in (535, 534, 530):
        return MailError("smtp", Problem.AUTH, f"{code} {text}")
    if code in (452, 552) and re.search(r"full|quota|storage|insufficient", text, re.IGNORECASE):
        return MailError("smtp", Problem.FULL, f"{code} {text}")
    if code in (421, 450, 451, 452) or re.search(r"rate|too many|limit", text, re.IGNORECASE):
        return MailError("smtp", Problem.RATE if code != 451 else Problem.OTHER, f"{code} {text}")
    if code in (550, 551, 553, 554, 501):
        return MailError("smtp", Problem.RECIPIENT, f"{code} {text}")
    return MailError("smtp", Problem.OTHER, f"{code} {text}")


def _smtp_error(error: BaseException) -> MailError:
    if isinstance(error, MailError):
        return error
    if isinstance(error, aiosmtplib.SMTPAuthenticationError):
        return MailError("smtp", Problem.AUTH, f"{error.code} {error.message}")
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused) and error.recipients:
        first = error.recipients[0]
        return _by_code(first.code, first.message)
    if isinstance(error, aiosmtplib.SMTPTimeoutError | aiosmtplib.SMTPConnectTimeoutError | TimeoutError):
        return MailError("smtp", Problem.TIMEOUT, str(error))
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return _by_code(error.code, error.message)
    return _connect_error("smtp", error)


def _connect_error(side: str, error: BaseException) -> MailError:
    text = f"{type(error).__name__}: {error}"
    chain: BaseException | None = error
    while chain is not None:
        if isinstance(chain, ssl.SSLError | ssl.CertificateError):
            return MailError(side, Problem.TLS, text)
        if isinstance(chain, TimeoutError):
            return MailError(side, Problem.TIMEOUT, text)
        chain = chain.__cause__ or chain.__context__
    if "ssl" in text.lower() or "tls" in text.lower() or "wrong version number" in text.lower():
        return MailError(side, Problem.TLS, text)
    return MailError(side, Problem.CONNECT, text)
