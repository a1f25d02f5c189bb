"""A message carrying a mailbox password is never kept or shown: typed the way the model is unsure of, sent
on its own after "绑定邮箱", or posted in a group, no table holds the password afterwards (every table of
every model is read back), the team's language model never sees it, no log line carries it, and no answer
quotes it."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Sequence

import pytest
from tortoise import Tortoise

from bot.adapters.console import CONSOLE_CHAT, Console
from bot.core.types import InboundMessage, Sender
from bot.core.understanding import Understanding
from bot.nlu.understand import understand
from bot.settings import MailSettings, Settings
from bot.wiring import build_dispatcher
from handlers.command import Command
from models.mail import Mailbox
from tests import mail_kit
from workflows.ports import FrozenClock

pytestmark = pytest.mark.usefixtures("mail_server")
TEAM = "team2@creatorbot.test"
SERVERS = f"smtp {mail_kit.HOST}:587/starttls imap {mail_kit.HOST}:993"


@pytest.fixture
def mail_server() -> None:
    mail_kit.require_mail_server()


class Recorder:
    """The team's language model, as the understanding asks it when unsure: records what it was shown."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def read(
        self, text: str, *, member_names: Sequence[str] = (), known: Collection[str] = ()
    ) -> Command | None:
        self.seen.append(text)
        return None


@pytest.fixture
def setup(db: str, clock: FrozenClock):  # type: ignore[no-untyped-def]
    settings = Settings(mail=MailSettings(secret_key=mail_kit.SECRET, ca_file=mail_kit.CA_FILE))
    recorder = Recorder()
    dispatcher = build_dispatcher(settings, clock)
    dispatcher = dataclasses.replace(dispatcher, understanding=Understanding(reader=recorder))
    return Console(dispatcher, user="小李", locale="zh_CN"), recorder


async def _every_stored_value() -> str:
    """Every row of every table, as text."""
    rows: list[str] = []
    for model in Tortoise.apps["models"].values():
        rows.extend(repr(row) for row in await model.all().values())
    return "\n".join(rows)


UNSURE = (
    # no "绑定", no "邮箱": the model alone would be unsure
    f"那个 {TEAM} 你用一下吧，密码 {mail_kit.PASSWORD}",
    f"emm {TEAM} pwd={mail_kit.PASSWORD} {SERVERS}",
    f"授权码 {mail_kit.PASSWORD}",  # sent on its own, after "绑定邮箱"
)


def test_the_phrasings_are_ones_the_model_alone_would_not_act_on() -> None:
    """Guards the test below: without the guard some of these messages would go to a clarification (the
    card that quotes the message) — which ones moves as the model's examples grow, so: at least one."""
    read = [understand(text, []) for text in UNSURE]
    assert any(c.intent != "connect_mailbox" or c.alternatives for c in read), read


async def test_no_table_log_answer_or_model_ever_holds_the_password(  # type: ignore[no-untyped-def]
    setup, clock: FrozenClock, caplog: pytest.LogCaptureFixture
) -> None:
    console, recorder = setup
    caplog.set_level(logging.DEBUG)
    answers = [await console.say(text) for text in UNSURE]
    assert "✅ 邮箱已连接" in answers[1], answers
    group = InboundMessage(
        chat=CONSOLE_CHAT,
        sender=Sender("console:小李", "小李"),
        text=f"帮我绑一下邮箱 {TEAM} 授权码 {mail_kit.PASSWORD}",
        event_id="group-1",
        received_at=clock.now(),
        direct=False,
    )
    said = getattr(await console._dispatcher.handle(group), "text", "")
    assert "作废" in said, said  # a password posted in a group must be replaced
    answers.append(said)
    await console.say("撤销")  # nothing to undo from a connection; nothing of it is kept either
    for answer in answers:
        assert mail_kit.PASSWORD not in answer, answer
    assert recorder.seen == [], "a message with a password is never sent to the team's model"
    stored = await _every_stored_value()
    assert mail_kit.PASSWORD not in stored
    assert "pwd=" not in stored and "授权码" not in stored, "the message itself is not kept anywhere"
    assert (await Mailbox.get(address=TEAM)).password.startswith("v1:")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert mail_kit.PASSWORD not in logged
