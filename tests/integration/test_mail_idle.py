"""IMAP IDLE against the real Dovecot (scripts/mailserver.sh): with the poll set to once an hour, a creator's
reply is still recorded — pushed by the server to the watcher, read through the same MailReader path — and
only one watcher holds a mailbox across processes (Redis leases); when it goes, another takes over."""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import io
from collections.abc import Awaitable, Callable
from datetime import timedelta
from email.message import EmailMessage

import pytest
from redis.asyncio import Redis

from bot.adapters.console import Console, ConsoleOutbound
from bot.background import read_mail_forever
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.mail_watch import RedisLeases
from bot.settings import MailSettings, Settings
from bot.wiring import build_dispatcher, build_mail_reader, build_mail_watcher, register_mail_channel
from handlers.due import DueCards
from models.creator import Creator
from models.enums import DeliveryKind, Platform, Stage
from models.mail import Mailbox, MailMessage
from models.schedule import Delivery
from tests import mail_kit
from workflows.mail.inbox import MailReader
from workflows.mail.ports import Account, Inbox, MailError, Problem
from workflows.mail.watch import LocalLeases, MailWatcher
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("mail_server")
TEAM = "team4@creatorbot.test"
CREATOR = "creator4@creators.test"
SETTINGS = Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE, poll_s=3600))


@pytest.fixture
def mail_server() -> None:
    mail_kit.require_mail_server()


@dataclasses.dataclass
class Team:
    console: Console
    loop: DeliveryLoop
    outbound: ConsoleOutbound
    reader: MailReader


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> Team:
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    register_mail_channel(SETTINGS, loop, clock, None, notifier)
    dispatcher = dataclasses.replace(
        build_dispatcher(SETTINGS, clock, scheduler=loop), understanding=Understanding()
    )
    console = Console(dispatcher, user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    reader = build_mail_reader(SETTINGS, clock)
    assert reader is not None
    await mail_kit.empty_inbox(TEAM)
    await mail_kit.empty_inbox(CREATOR)
    return Team(console, loop, outbound, reader)


async def _first_touch_sent(team: Team, clock: FrozenClock) -> MailMessage:
    connected = await team.console.say(
        f"绑定邮箱 {TEAM} 授权码 {mail_kit.PASSWORD} smtp {mail_kit.HOST}:587 imap {mail_kit.HOST}:993"
    )
    assert "✅" in connected, connected
    await Mailbox.filter(address=TEAM).update(bot_sends=True, min_gap_seconds=60)
    await team.console.say(f"添加达人 @idle_amy Instagram 美国 纽约 邮箱 {CREATOR}")
    await team.console.say("给 @idle_amy 安排外联")
    await team.console.press("确认")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now() + timedelta(seconds=1))
    await team.loop.run_once()
    return await MailMessage.get(delivery_id=touch.id, direction="out", status="sent")


async def _creator_replies(clock: FrozenClock, thread: MailMessage, body: str) -> str:
    message = EmailMessage()
    message["From"] = f"Amy <{CREATOR}>"
    message["To"] = TEAM
    message["Subject"] = "Re: collab"
    message["Message-ID"] = mid = email.utils.make_msgid(domain="creators.test")
    message["Date"] = email.utils.format_datetime(clock.now())
    message["In-Reply-To"] = thread.message_id
    message["References"] = thread.message_id
    message.set_content(body)
    await mail_kit.client().send(mail_kit.account(CREATOR), message.as_bytes(), [TEAM])
    return mid


async def _until(check: Callable[[], Awaitable[bool]], what: str, cap_s: float = 90.0) -> None:
    """Waits on a result (not a timing assertion: the cap only keeps a broken run from hanging)."""
    for _ in range(int(cap_s / 0.1)):
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


async def _stopped(*tasks: asyncio.Task[None]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_a_reply_is_pushed_by_idle_and_recorded_without_waiting_for_the_poll(
    team: Team, clock: FrozenClock
) -> None:
    sent = await _first_touch_sent(team, clock)
    watcher = build_mail_watcher(SETTINGS, clock)
    assert watcher is not None and isinstance(watcher.leases, LocalLeases)
    polls: list[int] = []

    class Counted(MailReader):
        async def read_all(self):  # type: ignore[no-untyped-def]
            polls.append(1)
            return await super().read_all()

    poller = Counted(team.reader.transport, team.reader.sealer, clock)
    polling = asyncio.create_task(read_mail_forever(poller, SETTINGS.mail.poll_s))
    watching = asyncio.create_task(watcher.run())
    box = await Mailbox.get(address=TEAM)
    try:
        await _until(lambda: _true(box.id in watcher.watching), "the watcher holds the mailbox")
        await _until(lambda: _true(len(polls) == 1), "the first poll ran")
        mid = await _creator_replies(clock, sent, "Hi! Sounds great, send me the sample please.")
        await _until(
            lambda: MailMessage.filter(direction="in", message_id=mid).exists(), "the reply is recorded"
        )
        assert len(polls) == 1, "the hourly poll did not read it: IDLE did"
    finally:
        await _stopped(watching, polling)
    row = await MailMessage.get(direction="in", message_id=mid)
    assert row.status == "reply" and "sample" in row.body
    assert (await Creator.get(handle="idle_amy")).stage == Stage.REPLIED
    await team.loop.run_once()
    assert any("sample" in p for p in team.outbound.printed), team.outbound.printed


async def _true(value: bool) -> bool:
    return value


async def test_one_watcher_per_mailbox_across_processes_and_another_takes_over(
    team: Team, clock: FrozenClock, redis_url: str
) -> None:
    sent = await _first_touch_sent(team, clock)
    redis = Redis.from_url(redis_url)
    first = MailWatcher(team.reader, RedisLeases(redis), lease_s=3.0, rescan_s=0.5)
    second = MailWatcher(team.reader, RedisLeases(redis), lease_s=3.0, rescan_s=0.5)
    box = await Mailbox.get(address=TEAM)
    one = asyncio.create_task(first.run())
    await _until(lambda: _true(box.id in first.watching), "the first watcher holds the mailbox")
    two = asyncio.create_task(second.run())
    try:
        await _until(lambda: _true(bool(second._tasks)), "the second watcher tried the mailbox")
        await asyncio.sleep(2.5)  # a few of its tries (and lease renewals): it never gets the mailbox
        assert box.id not in second.watching
        await _stopped(one)  # the first process goes away
        await _until(lambda: _true(box.id in second.watching), "the second watcher takes over")
        mid = await _creator_replies(clock, sent, "Yes, happy to collaborate!")
        await _until(
            lambda: MailMessage.filter(direction="in", message_id=mid).exists(), "the reply is recorded"
        )
    finally:
        await _stopped(one, two)
        await redis.aclose()
    assert await MailMessage.filter(direction="in").count() == 1


class NoIdle:
    """A server without IDLE (the transport says None): the watcher leaves the mailbox to the poll."""

    def __init__(self, real: MailReader) -> None:
        self.real = real.transport
        self.waits = 0

    async def fetch_new(self, account: Account, uidvalidity: int, after_uid: int) -> Inbox:
        return await self.real.fetch_new(account, uidvalidity, after_uid)

    async def wait_for_new(
        self, account: Account, seconds: float, uidvalidity: int = 0, after_uid: int = 0
    ) -> None:
        self.waits += 1
        return


async def test_a_server_without_idle_is_left_to_the_poll(team: Team, clock: FrozenClock) -> None:
    await _first_touch_sent(team, clock)
    transport = NoIdle(team.reader)
    reader = MailReader(transport, team.reader.sealer, clock)  # type: ignore[arg-type]
    watcher = MailWatcher(reader, LocalLeases(), rescan_s=0.2)
    watching = asyncio.create_task(watcher.run())
    try:
        await _until(lambda: _true(transport.waits == 1), "the watcher asked for IDLE")
        box = await Mailbox.get(address=TEAM)
        await _until(lambda: _true(watcher._tasks[box.id].done()), "the watch ended")
        await asyncio.sleep(1.0)  # several rescans: it is not started again (an hour later it is)
    finally:
        await _stopped(watching)
    assert transport.waits == 1


class Dropping:
    """A server whose IDLE connection drops every time (the reads themselves work)."""

    def __init__(self, real: MailReader) -> None:
        self.real = real.transport

    async def fetch_new(self, account: Account, uidvalidity: int, after_uid: int) -> Inbox:
        return await self.real.fetch_new(account, uidvalidity, after_uid)

    async def wait_for_new(
        self, account: Account, seconds: float, uidvalidity: int = 0, after_uid: int = 0
    ) -> bool | None:
        raise MailError("imap", Problem.CONNECT, "dropped during IDLE")


async def test_a_dropping_connection_is_retried_with_a_growing_pause(team: Team, clock: FrozenClock) -> None:
    await _first_touch_sent(team, clock)
    pauses: list[float] = []
    enough = asyncio.Event()

    async def sleep(seconds: float) -> None:
        if seconds in (RESCAN, LEASE / 3):  # one scan is enough here; the lease keeper may wait
            await asyncio.Event().wait()
        pauses.append(seconds)
        if len(pauses) >= 6:
            enough.set()
        await asyncio.sleep(0)

    reader = MailReader(Dropping(team.reader), team.reader.sealer, clock)  # type: ignore[arg-type]
    watcher = MailWatcher(
        reader, LocalLeases(), rescan_s=RESCAN, lease_s=LEASE, max_backoff_s=8.0, sleep=sleep
    )
    watching = asyncio.create_task(watcher.run())
    try:
        await asyncio.wait_for(enough.wait(), 60)
    finally:
        await _stopped(watching)
    assert pauses[:6] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0], pauses
    box = await Mailbox.get(address=TEAM)
    assert "dropped during IDLE" in box.last_error


RESCAN = 1234.0
LEASE = 999.0
