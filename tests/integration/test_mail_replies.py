"""Creators' answers by e-mail, against the real mail server: the reply is threaded to its outreach (by
In-Reply-To/References, else by the sender's address), the creator moves to 已回复, the sequence stops, the
chat gets the new text translated with 起草回复 / 看看达人, and an approved draft goes back in the same
thread. Reading twice (a crash before the inbox position was saved) changes nothing."""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import io
from collections.abc import AsyncIterator
from datetime import timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from bot.adapters.console import Console, ConsoleOutbound
from bot.core.understanding import Understanding
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import MailSettings, Settings, TranslationSettings
from bot.wiring import build_dispatcher, build_mail_reader, build_translator, register_mail_channel
from handlers.due import DueCards
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, OutreachStatus, Platform, Stage
from models.mail import Mailbox, MailMessage, MailSuppression
from models.schedule import Delivery, Outreach
from tests import mail_kit
from tests.simulators.openai import OpenAISimulator
from workflows.mail.inbox import MailReader, Read
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("mail_server")
TEAM = "team3@creatorbot.test"
CREATOR = "creator3@creators.test"


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
async def sim() -> AsyncIterator[OpenAISimulator]:
    simulator = OpenAISimulator()
    await simulator.start()
    yield simulator
    await simulator.stop()


@pytest.fixture
async def team(db: str, clock: FrozenClock, sim: OpenAISimulator) -> AsyncIterator[Team]:
    settings = Settings(
        mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE),
        translation=TranslationSettings(
            model="sim-model", base_url=sim.base_url, api_key="sk-test-0123456789"
        ),
    )
    translator = build_translator(settings, clock)
    notifier = OutboundNotifier(render=DueCards(translator))
    loop = DeliveryLoop(notifier, clock)
    register_mail_channel(settings, loop, clock, None, notifier)
    dispatcher = dataclasses.replace(
        build_dispatcher(settings, clock, scheduler=loop, translator=translator),
        understanding=Understanding(),
    )
    console = Console(dispatcher, user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    reader = build_mail_reader(settings, clock)
    assert reader is not None
    await mail_kit.empty_inbox(TEAM)
    await mail_kit.empty_inbox(CREATOR)
    yield Team(console, loop, outbound, reader)
    if translator is not None:
        await translator.aclose()


async def _first_touch_sent(team: Team, clock: FrozenClock, handle: str = "amy_mail") -> MailMessage:
    connected = await team.console.say(
        f"绑定邮箱 {TEAM} 授权码 {mail_kit.PASSWORD} "
        f"smtp {mail_kit.HOST}:587/starttls imap {mail_kit.HOST}:993"
    )
    assert "✅" in connected, connected
    await Mailbox.filter(address=TEAM).update(bot_sends=True, min_gap_seconds=60)
    await team.console.say(f"添加达人 @{handle} Instagram 美国 纽约 邮箱 {CREATOR}")
    await team.console.say(f"给 @{handle} 安排外联")
    await team.console.press("确认")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now() + timedelta(seconds=1))
    await team.loop.run_once()
    return await MailMessage.get(delivery_id=touch.id, direction="out", status="sent")


def _reply(clock: FrozenClock, *, subject: str, thread: MailMessage | None, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Amy <{CREATOR}>"
    message["To"] = TEAM
    message["Subject"] = subject
    message["Message-ID"] = email.utils.make_msgid(domain="creators.test")
    message["Date"] = email.utils.format_datetime(clock.now())
    if thread is not None:
        message["In-Reply-To"] = thread.message_id
        message["References"] = thread.message_id
    message.set_content(body)
    return message


async def _creator_sends(message: EmailMessage) -> None:
    await mail_kit.client().send(mail_kit.account(CREATOR), message.as_bytes(), [TEAM])


async def _read_until(reader: MailReader, count: int = 1) -> list[Read]:
    """Reads the team's inboxes until `count` messages were read (delivery takes a moment)."""
    read: list[Read] = []
    for _ in range(80):
        read += await reader.read_all()
        if len(read) >= count:
            return read
        await asyncio.sleep(0.25)
    return read


QUOTED = (
    "Hi! I'd love to try the serum. What's the commission?\n\n"
    "On Wed, Nov 25, 2026 at 9:00 AM Li <team3@creatorbot.test> wrote:\n"
    "> Hi amy_mail, we are a skincare brand…\n> unsubscribe: reply 'unsubscribe'\n"
)


async def test_a_threaded_reply_stops_the_sequence_and_reaches_the_chat_translated(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock
) -> None:
    sent = await _first_touch_sent(team, clock)
    await _creator_sends(_reply(clock, subject=f"Re: {sent.subject}", thread=sent, body=QUOTED))
    read = await _read_until(team.reader)
    assert [r.kind for r in read] == ["reply"]
    creator = await Creator.get(handle="amy_mail")
    assert creator.stage == Stage.REPLIED
    sequence = await Outreach.get(creator_id=creator.id)
    assert sequence.status == OutreachStatus.STOPPED and sequence.stop_reason == "reply:email"
    follow = await Delivery.get(kind=DeliveryKind.OUTREACH, step=2)
    assert follow.status == DeliveryStatus.CANCELLED
    row = await MailMessage.get(direction="in")
    assert row.body == "Hi! I'd love to try the serum. What's the commission?", row.body
    assert row.delivery_id == sent.delivery_id  # type: ignore[attr-defined]

    await team.loop.run_once()
    posted = [p for p in team.outbound.printed if "回邮件了" in p]
    assert len(posted) == 1, team.outbound.printed
    card = posted[0]
    assert "@amy_mail" in card and "(Chinese) Hi! I'd love to try the serum" in card, card
    assert "原文：Hi! I'd love to" in card and "wrote:" not in card
    assert "[起草回复" in card and "[看看达人" in card

    # a crash after the message was recorded but before the position was saved: read again, nothing new
    await Mailbox.filter(address=TEAM).update(last_uid=0)
    assert await team.reader.read_all() == []
    await team.loop.run_once()
    assert len([p for p in team.outbound.printed if "回邮件了" in p]) == 1
    assert await MailMessage.filter(direction="in").count() == 1

    shown = await team.console.press("看看达人")
    assert "amy_mail" in shown and "已回复" in shown and "📨 邮件：Hi! I'd love to" in shown, shown
    how = await team.console.press("起草回复")
    assert "回复 @amy_mail：" in how, how
    drafted = await team.console.say("回复 @amy_mail：佣金15%，样品下周寄出")
    assert "📧 在邮件里回复" in drafted, drafted
    said = await team.console.press("📧 在邮件里回复")
    assert "已在邮件线程里回复 @amy_mail" in said, said
    answer = await MailMessage.get(direction="out", in_reply_to=row.message_id)
    got = await mail_kit.inbox_with(CREATOR, answer.message_id)
    assert len(got) == 1
    assert got[0]["In-Reply-To"] == row.message_id
    assert got[0]["References"].split() == [sent.message_id, row.message_id]
    assert got[0]["Subject"] == f"Re: {sent.subject}"
    assert "(English) 佣金15%" in got[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    again = await team.console.press("📧 在邮件里回复")
    assert "已经发过了" in again
    assert len(await mail_kit.inbox_with(CREATOR, answer.message_id)) == 1


async def test_a_reply_without_thread_headers_is_matched_by_the_sender(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock
) -> None:
    await _first_touch_sent(team, clock)
    html = EmailMessage()
    html["From"] = CREATOR
    html["To"] = TEAM
    html["Subject"] = "关于合作"
    html["Date"] = email.utils.format_datetime(clock.now())
    html.set_content(
        "<html><body><div>你好，我有兴趣！<br>请问样品什么时候寄？</div>"
        '<div class="gmail_quote">On Wed wrote:<blockquote>old text</blockquote></div></body></html>',
        subtype="html",
        charset="gbk",
    )
    await _creator_sends(html)
    read = await _read_until(team.reader)
    assert [r.kind for r in read] == ["reply"]
    row = await MailMessage.get(direction="in")
    assert row.body == "你好，我有兴趣！\n请问样品什么时候寄？", row.body
    assert (await Creator.get(handle="amy_mail")).stage == Stage.REPLIED


async def test_mail_from_someone_unknown_changes_nothing(team: Team, clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    await _first_touch_sent(team, clock)
    stranger = _reply(clock, subject="hello", thread=None, body="Buy our SEO services")
    del stranger["From"]
    stranger["From"] = "creator9@creators.test"
    await mail_kit.client().send(mail_kit.account("creator9@creators.test"), stranger.as_bytes(), [TEAM])
    read = await _read_until(team.reader)
    assert [r.kind for r in read] == ["unmatched"]
    assert (await Creator.get(handle="amy_mail")).stage == Stage.CONTACTED
    await team.loop.run_once()
    assert not any("回邮件了" in p for p in team.outbound.printed)


async def _step_two() -> Delivery:
    return await Delivery.get(kind=DeliveryKind.OUTREACH, step=2)


async def test_an_out_of_office_answer_is_no_reply_and_moves_the_next_step_to_the_return_day(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock
) -> None:
    sent = await _first_touch_sent(team, clock)
    before = await _step_two()
    away = _reply(
        clock,
        subject=f"Automatic reply: {sent.subject}",
        thread=sent,
        body="Thanks for your message. I'm out of the office until December 10 with limited access.",
    )
    away["Auto-Submitted"] = "auto-replied"  # RFC 3834
    await _creator_sends(away)
    assert [r.kind for r in await _read_until(team.reader)] == ["auto_reply"]
    creator = await Creator.get(handle="amy_mail")
    assert creator.stage == Stage.CONTACTED, "an auto-reply is not an answer"
    assert (await Outreach.get(creator_id=creator.id)).status == OutreachStatus.ACTIVE
    moved = await _step_two()
    assert moved.status == DeliveryStatus.PENDING and moved.version == before.version + 1
    local = moved.due_at.astimezone(ZoneInfo("America/New_York"))
    assert local.date().isoformat() == "2026-12-10" and before.due_at < moved.due_at, local
    await team.loop.run_once()
    told = [p for p in team.outbound.printed if "自动回复" in p]
    assert len(told) == 1 and "2026-12-10" in told[0] and "第 2 封跟进改到" in told[0], team.outbound.printed


async def test_a_chinese_auto_reply_subject_without_headers_is_read_as_away(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock
) -> None:
    sent = await _first_touch_sent(team, clock)
    await _creator_sends(
        _reply(
            clock,
            subject="自动回复：休假中",
            thread=sent,
            body="您好，我11月26日至12月8日休假，回来后回复您。",
        )
    )
    assert [r.kind for r in await _read_until(team.reader)] == ["auto_reply"]
    local = (await _step_two()).due_at.astimezone(ZoneInfo("America/New_York"))
    assert local.date().isoformat() == "2026-12-08"


async def test_a_bounce_marks_the_address_bad_stops_the_sequence_and_tells_the_owner(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock
) -> None:
    sent = await _first_touch_sent(team, clock)
    # the test server accepts mail for other domains from its users and then bounces it with a DSN
    await Creator.filter(handle="amy_mail").update(email="amy@nowhere.example")
    await MailMessage.filter(id=sent.id).update(address="amy@nowhere.example")
    second = _reply(clock, subject="Hello again", thread=None, body="Hi Amy")
    del second["From"], second["To"]
    second["From"], second["To"] = TEAM, "amy@nowhere.example"
    await mail_kit.client().send(mail_kit.account(TEAM), second.as_bytes(), ["amy@nowhere.example"])
    read = await _read_until(team.reader)
    assert [r.kind for r in read] == ["bounce"], read
    stop = await MailSuppression.get(address="amy@nowhere.example")
    assert stop.reason == "bounce" and stop.detail, stop.detail
    sequence = await Outreach.get(creator_id=(await Creator.get(handle="amy_mail")).id)
    assert sequence.status == OutreachStatus.STOPPED and sequence.stop_reason == "bounce"
    assert (await _step_two()).status == DeliveryStatus.CANCELLED
    await team.loop.run_once()
    told = [p for p in team.outbound.printed if "被退回" in p]
    assert len(told) == 1 and "amy@nowhere.example" in told[0] and "@amy_mail" in told[0], (
        team.outbound.printed
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [("Re: collab", "Please stop emailing me, no more emails."), ("unsubscribe", ""), ("回复：合作", "退订")],
)
async def test_unsubscribe_words_stop_every_sequence_for_good(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock, subject: str, body: str
) -> None:
    sent = await _first_touch_sent(team, clock)
    await _creator_sends(_reply(clock, subject=subject, thread=sent if body else None, body=body or "\n"))
    assert [r.kind for r in await _read_until(team.reader)] == ["unsubscribe"]
    assert (await MailSuppression.get(address=CREATOR)).reason == "unsubscribe"
    creator = await Creator.get(handle="amy_mail")
    sequence = await Outreach.get(creator_id=creator.id)
    assert sequence.status == OutreachStatus.STOPPED and sequence.stop_reason == "unsubscribe"
    await team.loop.run_once()
    assert len([p for p in team.outbound.printed if "要求退订" in p]) == 1, team.outbound.printed
    # a new touch planned later is never sent by e-mail, nor handed to a teammate to send
    again = await Delivery.create(
        workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
        chat_id=(await _step_two()).chat_id,  # type: ignore[attr-defined]
        kind=DeliveryKind.OUTREACH,
        due_at=clock.now(),
        local_wall=clock.now().replace(tzinfo=None).isoformat(timespec="seconds"),
        zone="UTC",
        creator_id=creator.id,
        step=1,
    )
    await team.loop.run_once()
    assert (await Delivery.get(id=again.id)).status == DeliveryStatus.FAILED
    assert await MailMessage.filter(delivery_id=again.id).count() == 0


PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40 + b"\xff\xd9"  # a small JPEG-like file
RATES = b"%PDF-1.4\n" + b"rate card " * 500 + b"\n%%EOF"


async def test_a_replys_attachments_are_listed_and_handed_to_the_chat(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.adapters.feishu.outbound import FeishuOutbound
    from bot.core.outbound import SendTarget
    from bot.core.types import ChatRef
    from bot.settings import FeishuSettings
    from handlers import mail as mail_handlers
    from i18n import Catalog
    from models.mail import MailAttachment
    from tests.simulators.feishu import FeishuSimulator
    from workflows.mail import inbox

    sent = await _first_touch_sent(team, clock)
    message = _reply(
        clock, subject=f"Re: {sent.subject}", thread=sent, body="Here are my rates and a photo of my setup!"
    )
    message.add_attachment(PHOTO, maintype="image", subtype="jpeg", filename="setup photo.jpg")
    message.add_attachment(RATES, maintype="application", subtype="pdf", filename="Amy rate card 2026.pdf")
    video = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 20000
    message.add_attachment(video, maintype="video", subtype="mp4", filename="reel.mp4")
    monkeypatch.setattr(inbox, "FORWARD_LIMIT", max(len(PHOTO), len(RATES)))  # the video is "too large" here
    await _creator_sends(message)
    assert [r.kind for r in await _read_until(team.reader)] == ["reply"]
    row = await MailMessage.get(direction="in")
    assert row.body == "Here are my rates and a photo of my setup!"
    assert [(a["name"], a["type"], a["size"]) for a in row.attachments] == [
        ("setup photo.jpg", "image/jpeg", len(PHOTO)),
        ("Amy rate card 2026.pdf", "application/pdf", len(RATES)),
        ("reel.mp4", "video/mp4", len(video)),
    ]
    kept = await MailAttachment.filter(message_id=row.id).order_by("id")
    assert [(k.name, bytes(k.data)) for k in kept] == [
        ("setup photo.jpg", PHOTO),
        ("Amy rate card 2026.pdf", RATES),
    ]

    await team.loop.run_once()
    posted = [p for p in team.outbound.printed if "回邮件了" in p]
    assert len(posted) == 1, team.outbound.printed
    card = posted[0]
    assert "📎 附件（3）" in card and "setup photo.jpg（image/jpeg，10 KB）" in card, card
    assert "reel.mp4（video/mp4，20 KB） — 太大没有转过来" in card, card
    assert f"📎 setup photo.jpg ({len(PHOTO)} bytes)" in card and "📎 Amy rate card 2026.pdf" in card

    # on Feishu the picture goes as an image message and the PDF as a file, after the card
    reply = await mail_handlers._reply_card(Catalog("zh_CN"), row, "amy_mail", None, None)
    async with FeishuSimulator() as sim:
        settings = FeishuSettings(
            app_id=sim.app_id, app_secret=sim.app_secret, verification_token="vt", domain=sim.url
        )
        feishu = FeishuOutbound(settings, backoff=0.01)
        try:
            await feishu.send(SendTarget(ChatRef(Platform.FEISHU, "tenant_1", "oc_team")), reply, "mail-1")
        finally:
            await feishu.close()
        assert list(sim.images.values()) == [PHOTO]
        assert [(name, data) for _, name, data in sim.files.values()] == [("Amy rate card 2026.pdf", RATES)]
        assert [m.msg_type for m in sim.messages] == ["interactive", "image", "file"]


async def test_the_drafted_answer_is_shown_and_sent_from_the_command_line(  # type: ignore[no-untyped-def]
    team: Team, clock: FrozenClock, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from bot import mail_cli

    sent = await _first_touch_sent(team, clock)
    await _creator_sends(_reply(clock, subject=f"Re: {sent.subject}", thread=sent, body="What's the fee?"))
    assert [r.kind for r in await _read_until(team.reader)] == ["reply"]
    row = await MailMessage.get(direction="in")
    drafted = await team.console.say("回复 @amy_mail：佣金15%，样品下周寄出")
    assert "📧 在邮件里回复" in drafted, drafted
    settings = Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE))

    def args(*more: str) -> argparse.Namespace:
        parser = argparse.ArgumentParser()
        mail_cli.add_commands(parser.add_subparsers(dest="command"))
        return parser.parse_args(["mail", "answer", "@amy_mail", "--user", "小李", "--lang", "zh", *more])

    out = io.StringIO()
    assert await mail_cli.run(settings, args(), out=out) == 0
    assert "回复草稿 #" in out.getvalue() and "佣金15%" in out.getvalue() and "--send" in out.getvalue()
    assert await MailMessage.filter(direction="out", in_reply_to=row.message_id).count() == 0, "only shown"

    out = io.StringIO()
    assert await mail_cli.run(settings, args("--send"), out=out) == 0
    assert "已在邮件线程里回复 @amy_mail" in out.getvalue(), out.getvalue()
    answer = await MailMessage.get(direction="out", in_reply_to=row.message_id)
    got = await mail_kit.inbox_with(CREATOR, answer.message_id)
    assert len(got) == 1 and got[0]["In-Reply-To"] == row.message_id

    out = io.StringIO()
    assert await mail_cli.run(settings, args("--send"), out=out) == 0
    assert "已经发过了" in out.getvalue()
    assert len(await mail_kit.inbox_with(CREATOR, answer.message_id)) == 1

    parsed = args()
    parsed.handle = "@nobody_here"
    assert await mail_cli.run(settings, parsed, out=io.StringIO()) == 1
    assert "还没有给 @nobody_here 起草过回复" in capsys.readouterr().err
