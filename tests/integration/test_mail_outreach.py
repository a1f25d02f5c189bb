"""E-mail outreach against the real mail server (scripts/mailserver.sh, started by .ci/run): connecting a
mailbox logs in both ways; a confirmed plan sends the touch from the team's mailbox once, tells the chat, and
a resend after a crash finds it in the Sent folder instead of sending it twice."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from bot.adapters.console import CONSOLE_CHAT, Console, ConsoleOutbound
from bot.core.types import InboundMessage, Sender
from bot.jobs.inprocess import DeliveryLoop
from bot.jobs.notifier import OutboundNotifier
from bot.settings import MailSettings, Settings
from bot.wiring import build_dispatcher, register_mail_channel
from handlers.due import DueCards
from models.creator import Creator
from models.enums import DeliveryKind, DeliveryStatus, Platform, Stage
from models.mail import Mailbox, MailMessage
from models.schedule import Delivery
from tests import mail_kit
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("mail_server")
TEAM = "team1@creatorbot.test"
CREATOR = "creator1@creators.test"


@pytest.fixture
def mail_server() -> None:
    mail_kit.require_mail_server()


def _settings() -> Settings:
    return Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE))


@pytest.fixture
def setup(db: str, clock: FrozenClock):  # type: ignore[no-untyped-def]
    settings = _settings()
    notifier = OutboundNotifier(render=DueCards())
    loop = DeliveryLoop(notifier, clock)
    register_mail_channel(settings, loop, clock, None, notifier)
    console = Console(build_dispatcher(settings, clock, scheduler=loop), user="小李", locale="zh_CN")
    outbound = ConsoleOutbound(console, io.StringIO())
    notifier.register(Platform.CONSOLE, outbound)
    return console, loop, outbound


async def _connect(console: Console, password: str = mail_kit.PASSWORD) -> str:
    return await console.say(
        f"绑定邮箱 {TEAM} 授权码 {password} smtp {mail_kit.HOST}:587/starttls imap {mail_kit.HOST}:993"
    )


async def test_a_wrong_password_is_a_clear_message_and_nothing_is_stored(setup) -> None:  # type: ignore[no-untyped-def]
    console, _, _ = setup
    answer = await _connect(console, "wrong-password")
    assert "邮箱没有连接（SMTP 登录失败）" in answer and "授权码" in answer, answer
    assert "wrong-password" not in answer
    assert await Mailbox.all().count() == 0


async def test_connecting_logs_in_both_ways_and_stores_the_password_sealed(setup) -> None:  # type: ignore[no-untyped-def]
    console, _, _ = setup
    answer = await _connect(console)
    assert "✅ 邮箱已连接：t***1@creatorbot.test" in answer and "两边登录都已通过" in answer, answer
    assert mail_kit.PASSWORD not in answer
    box = await Mailbox.get(address=TEAM)
    assert box.password.startswith("v1:") and mail_kit.PASSWORD not in box.password
    assert box.sent_folder == "Sent" and box.bot_sends is False


async def test_a_mailbox_is_never_connected_in_a_group(setup, clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    console, _, _ = setup
    group = InboundMessage(
        chat=CONSOLE_CHAT,
        sender=Sender("console:小李", "小李"),
        text=f"绑定邮箱 {TEAM} 授权码 {mail_kit.PASSWORD}",
        event_id="group-1",
        received_at=clock.now(),
        direct=False,
    )
    reply = await console._dispatcher.handle(group)
    assert "私聊" in getattr(reply, "text", ""), reply
    assert await Mailbox.all().count() == 0


async def _planned_touch(console: Console, clock: FrozenClock) -> Delivery:
    assert "✅" in await _connect(console)
    await Mailbox.filter(address=TEAM).update(bot_sends=True, min_gap_seconds=60)
    await console.say(f"添加达人 @amy_mail Instagram 美国 纽约 邮箱 {CREATOR}")
    await console.say("给 @amy_mail 安排外联")
    await console.press("确认")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now() + timedelta(seconds=1))
    return touch


async def test_a_confirmed_touch_goes_out_by_email_once_and_the_chat_is_told(  # type: ignore[no-untyped-def]
    setup, clock: FrozenClock
) -> None:
    console, loop, outbound = setup
    touch = await _planned_touch(console, clock)
    await loop.run_once()
    sent = await MailMessage.get(delivery_id=touch.id, direction="out")
    assert sent.status == "sent" and sent.address == CREATOR
    received = await mail_kit.inbox_with(CREATOR, sent.message_id)
    assert len(received) == 1
    message = received[0]
    assert message["From"].addresses[0].addr_spec == TEAM
    assert message["List-Unsubscribe"] == f"<mailto:{TEAM}?subject=unsubscribe>"
    body = message.get_body(("plain",))
    assert body is not None and "amy_mail" in body.get_content() and "unsubscribe" in body.get_content()
    told = [p for p in outbound.printed if "已自动发出邮件" in p]
    assert len(told) == 1 and CREATOR in told[0], outbound.printed
    assert not any("外联提醒" in p for p in outbound.printed), "nobody is asked to send it by hand"
    creator = await Creator.get(handle="amy_mail")
    assert creator.stage == Stage.CONTACTED
    follow = await Delivery.get(kind=DeliveryKind.OUTREACH, step=2)
    assert follow.status == DeliveryStatus.PENDING
    await loop.run_once()
    assert len(await mail_kit.inbox_with(CREATOR, sent.message_id)) == 1


async def test_a_resend_after_a_crash_finds_the_touch_in_sent_and_does_not_send_twice(  # type: ignore[no-untyped-def]
    setup, clock: FrozenClock
) -> None:
    console, loop, _ = setup
    touch = await _planned_touch(console, clock)
    await loop.run_once()
    sent = await MailMessage.get(delivery_id=touch.id, direction="out")
    # a worker killed after the server took the message, before recording it: the row is retaken
    await MailMessage.filter(id=sent.id).update(status="sending")
    await Delivery.filter(id=touch.id).update(status=DeliveryStatus.PENDING, resolution="")
    await loop.run_once()
    assert (await MailMessage.get(id=sent.id)).status == "sent"
    assert len(await mail_kit.inbox_with(CREATOR, sent.message_id)) == 1


async def test_the_daily_cap_and_the_gap_hold_touches_back(setup, clock: FrozenClock) -> None:  # type: ignore[no-untyped-def]
    console, loop, _ = setup
    touch = await _planned_touch(console, clock)
    await Mailbox.filter(address=TEAM).update(daily_cap=1, ramp_start=1)
    await console.say("添加达人 @bob_mail Instagram 美国 纽约 邮箱 creator2@creators.test")
    await loop.run_once()
    second = await Delivery.create(
        workspace_id=touch.workspace_id,  # type: ignore[attr-defined]
        chat_id=touch.chat_id,  # type: ignore[attr-defined]
        kind=DeliveryKind.OUTREACH,
        due_at=clock.now(),
        local_wall=clock.now().replace(tzinfo=None).isoformat(timespec="seconds"),
        zone="UTC",
        owner_id=touch.owner_id,  # type: ignore[attr-defined]
        creator_id=(await Creator.get(handle="bob_mail")).id,
        step=1,
    )
    await loop.run_once()
    held = await Delivery.get(id=second.id)
    assert held.status == DeliveryStatus.PENDING and held.due_at > clock.now() + timedelta(hours=1)
    assert await MailMessage.filter(delivery_id=second.id).count() == 0, "over the day's cap: not sent"


async def test_the_sending_settings_are_changed_in_chat(setup) -> None:  # type: ignore[no-untyped-def]
    console, _, _ = setup
    assert "✅" in await _connect(console)
    said = await console.say("邮件外联由机器人发送")
    assert "机器人自动发信 开" in said, said
    assert (await Mailbox.get(address=TEAM)).bot_sends is True
    said = await console.say("邮件每天最多发20封，间隔至少5分钟")
    assert "每日上限 20" in said and "间隔 300 秒" in said, said
    box = await Mailbox.get(address=TEAM)
    assert (box.daily_cap, box.min_gap_seconds, box.bot_sends) == (20, 300, True)
    assert "机器人自动发信 关" in await console.say("邮件外联改回人工发")
    shown = await console.say("邮件发送设置")
    assert "t***1@creatorbot.test" in shown and "自动发信 关" in shown, shown


async def test_the_subject_and_body_edited_on_the_plan_card_are_what_goes_out(  # type: ignore[no-untyped-def]
    setup, clock: FrozenClock
) -> None:
    console, loop, _ = setup
    assert "✅" in await _connect(console)
    await Mailbox.filter(address=TEAM).update(bot_sends=True, min_gap_seconds=60)
    await console.say(f"添加达人 @amy_edit Instagram 美国 纽约 邮箱 {CREATOR}")
    card = await console.say("给 @amy_edit 安排外联")
    assert "📧 邮件（发给 @amy_edit）主题：" in card and "正文改成" in card, card
    edited = await console.say("主题改成「Summer glow collab 🌞 — free kit for you」")
    assert "邮件已修改" in edited and "Summer glow collab 🌞 — free kit for you" in edited, edited
    body = "Hi Amy!\nLoved your last reel. Can we send you our new serum kit?\nBest, Xiao Li"
    edited = await console.say(f"正文改成 {body}")
    assert "Loved your last reel" in edited, edited
    await console.press("确认")
    touch = await Delivery.get(kind=DeliveryKind.OUTREACH)
    clock.advance(touch.due_at - clock.now() + timedelta(seconds=1))
    await loop.run_once()
    sent = await MailMessage.get(delivery_id=touch.id, direction="out")
    received = await mail_kit.inbox_with(CREATOR, sent.message_id)
    assert len(received) == 1
    assert received[0]["Subject"] == "Summer glow collab 🌞 — free kit for you"
    text = received[0].get_body(("plain",))
    assert text is not None and text.get_content().replace("\r\n", "\n").startswith(body), text


async def test_edit_words_without_an_open_plan_card_are_read_as_usual(setup) -> None:  # type: ignore[no-untyped-def]
    console, _, _ = setup
    said = await console.say("主题改成 hello")
    assert "邮件已修改" not in said, said
