"""Recurring digests per chat: read the cadence ("每周一上午9点", "every Monday 9am", "每月1号"), create,
stop and list them. Each run is a DIGEST `Delivery`; `digest_schedule.chain` schedules the next one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.digest import Digest
from models.enums import DeliveryStatus, Platform
from models.schedule import Delivery
from models.tenancy import Chat
from workflows import audit, permissions, roles
from workflows.delivery import Scheduler
from workflows.digest_schedule import Cadence, DigestSpec, next_run, previous_run, schedule_run, spec_of
from workflows.ports import Clock
from workflows.tenancy import Actor
from workflows.timeparse import Unreadable, When, read_time

_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_EN_DAYS = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_ZH_NUM = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_WEEKDAYS = re.compile(
    r"工作日|(?:每)?(?:周|星期|礼拜)一\s*(?:到|至|-|~|－|—)\s*(?:周|星期|礼拜)?五"
    r"|\bweekdays\b|\b(?:every|each) weekday\b|\bmon(?:day)?\s*(?:-|–|to|through|thru)\s*fri(?:day)?\b"
)
_DAILY = re.compile(r"每天|每日|天天|日报|\bdaily\b|\bevery ?day\b|\beach day\b|\bevery morning\b")
_WEEKLY = re.compile(r"每周|每星期|每个星期|每礼拜|每个礼拜|周报|\bweekly\b|\bevery week\b|\beach week\b")
_MONTHLY = re.compile(r"每月|每个月|月报|\bmonthly\b|\bevery month\b|\beach month\b")
_ZH_WEEKDAY = re.compile(r"(?:每)?(?:周|星期|礼拜)([一二三四五六日天七1-7])")
_EN_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
_ZH_MONTHDAY = re.compile(
    r"(?:每个?月|月报)[^0-9一二三四五六七八九十]{0,4}([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[号日]"
)
_EN_MONTHDAY = re.compile(r"\b(?:on )?(?:the )?([0-9]{1,2})(?:st|nd|rd|th)\b")
_LAST_DAY = re.compile(r"最后一天|月底|月末|\blast day\b")
_ZH_TIME = re.compile(
    r"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚|早)?\s*([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})\s*(?:点|:|：|時|时)\s*"
    r"(半|[0-9]{1,2}|[零一二三四五六七八九十]{1,3})?\s*分?"
)
_EN_TIME = re.compile(r"\b([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b([0-9]{1,2}):([0-9]{2})\b")
_PM = {"下午", "傍晚", "晚上", "今晚"}
# Something that looks like a time was written: then it must be read, not replaced by the default.
_TIME_WORDS = re.compile(
    r"[0-9零一二两三四五六七八九十]\s*[点時时:：]|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚|半夜"
    r"|\b(am|pm|noon|morning|afternoon|evening|night|midnight|o'?clock)\b|[0-9]\s*(am|pm)"
)
DEFAULT_TIME = (9, 0)  # "每月1号发月报" with no time: 09:00, and the confirmation says so


@dataclass(frozen=True, slots=True)
class DigestUnreadable:
    """No cadence, or a time of day that cannot be read for sure (bare 1–7 o'clock is ambiguous)."""

    reason: str  # no_cadence | no_time | ambiguous_time


NO_CADENCE = DigestUnreadable("no_cadence")


def _zh_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _ZH_NUM.get(text[1:], -100)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _ZH_NUM.get(tens, -100) * 10 + (_ZH_NUM.get(ones, -100) if ones else 0)
    return _ZH_NUM.get(text) if len(text) == 1 else None


def _time_of_day(text: str) -> tuple[int, int] | DigestUnreadable:
    en = _EN_TIME.search(text)
    if en:
        if en.group(3):
            hour, minute = int(en.group(1)), int(en.group(2) or 0)
            if not 1 <= hour <= 12:
                return DigestUnreadable("no_time")
            hour = hour % 12 + (12 if en.group(3).startswith("p") else 0)
        else:
            hour, minute = int(en.group(4)), int(en.group(5))
        return (hour, minute) if hour < 24 and minute < 60 else DigestUnreadable("no_time")
    zh = _ZH_TIME.search(text)
    if zh is None:
        return DigestUnreadable("no_time")
    part, hour_text, minute_text = zh.group(1), zh.group(2), zh.group(3)
    hour_read = _zh_number(hour_text)
    minute_read = 30 if minute_text == "半" else (_zh_number(minute_text) if minute_text else 0)
    if hour_read is None or minute_read is None or not 0 <= hour_read < 24 or not 0 <= minute_read < 60:
        return DigestUnreadable("no_time")
    hour, minute = hour_read, minute_read
    if (part in _PM and hour < 12) or (part == "中午" and hour < 6):
        hour += 12
    elif part is None and 1 <= hour <= 7:
        return DigestUnreadable("ambiguous_time")  # 3点: 03:00 or 15:00? ask, never guess
    return hour, minute


def parse_digest(text: str) -> DigestSpec | DigestUnreadable:
    """The cadence and wall time of a digest request. Weekly without a day runs on Mondays; monthly
    without a day on the 1st; "月底"/"last day" is day 31 (the last day of every month); no time at all
    is 09:00 (`time_given=False`); a time that is written but unreadable or ambiguous is Unreadable."""
    lowered = text.lower()
    cadence = _cadence(lowered)
    if cadence is None:
        return DigestUnreadable("no_cadence")
    days = _days(cadence, lowered)
    if days is None:
        return DigestUnreadable("no_time")
    weekday, day_of_month = days
    # the time of day is read after the day words are blanked, so "周一" or "1号" is never an hour
    rest = _without_days(lowered)
    clock = _time_of_day(rest)
    if isinstance(clock, DigestUnreadable):
        fallback = _project_parser(_CADENCE_WORDS.sub(" ", rest)) or _project_parser(text)
        if fallback is not None:
            clock = (fallback.local.hour, fallback.local.minute)
        elif clock.reason == "no_time" and not _TIME_WORDS.search(rest):
            hour, minute = DEFAULT_TIME
            return DigestSpec(cadence, hour, minute, weekday, day_of_month, time_given=False)
        else:
            return clock
    return DigestSpec(cadence, clock[0], clock[1], weekday, day_of_month)


def _without_days(lowered: str) -> str:
    return _EN_MONTHDAY.sub(" ", _ZH_MONTHDAY.sub(" ", _ZH_WEEKDAY.sub(" ", _WEEKDAYS.sub(" ", lowered))))


# "every" in either language, shared by the digest reader and the repeating-reminder reader below
_EVERY_ZH = r"每个?(?:天|日|周|星期|礼拜|月)|天天"
_EVERY_EN_UNIT = r"(?:day|morning|evening|week|weekday|month|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)"

# "每周五下午": with the cadence blanked the project's parser reads "下午" as a time of day it knows
_CADENCE_WORDS = re.compile(
    _EVERY_ZH + r"|\b(?:every|each)\b|\b(?:daily|weekly|monthly)\b|最后一天|月底|月末"
)


def _cadence(lowered: str) -> Cadence | None:
    if _WEEKDAYS.search(lowered):
        return Cadence.WEEKDAYS
    if _MONTHLY.search(lowered):
        return Cadence.MONTHLY
    every_weekday = _EN_WEEKDAY.search(lowered) and re.search(r"\bevery\b|\beach\b", lowered)
    if _WEEKLY.search(lowered) or _ZH_WEEKDAY.search(lowered) or every_weekday:
        return Cadence.WEEKLY
    return Cadence.DAILY if _DAILY.search(lowered) else None


def _days(cadence: Cadence, lowered: str) -> tuple[int, int] | None:
    """(weekday, day of month) asked for; None for a day of month that does not exist."""
    if cadence == Cadence.WEEKLY:
        zh, en = _ZH_WEEKDAY.search(lowered), _EN_WEEKDAY.search(lowered)
        if zh:
            token = zh.group(1)
            return (int(token) - 1 if token.isdigit() else _ZH_DAYS[token]), 1
        return (_EN_DAYS[en.group(1)] if en else 0), 1
    if cadence == Cadence.MONTHLY:
        if _LAST_DAY.search(lowered):
            return 0, 31
        found = _ZH_MONTHDAY.search(lowered) or _EN_MONTHDAY.search(lowered)
        number = _zh_number(found.group(1)) if found else 1
        return (0, number) if number is not None and 1 <= number <= 31 else None
    return 0, 1


# A clock with no DST and a quiet hour: only the time of day a digest phrase names is read on it.
_READ_AT = datetime(2001, 1, 1, 12, tzinfo=UTC)


def _project_parser(text: str) -> When | None:
    """The project's time parser, for time-of-day phrasings our small grammar does not know."""
    asked = read_time(text)
    if isinstance(asked, Unreadable):
        return None
    parsed = asked.on(now=_READ_AT, team_tz="UTC")
    return parsed if isinstance(parsed, When) and parsed.granularity == "minute" else None


@dataclass(frozen=True, slots=True)
class Created:
    digest: Digest
    delivery: Delivery
    replaced: int  # how many earlier digests of the same cadence in this chat it replaced
    needs_webhook: bool  # a WeCom group with no push webhook bound: runs wait until one is


async def create(
    actor: Actor, chat_id: int, spec: DigestSpec, clock: Clock, scheduler: Scheduler, *, source: str = ""
) -> Created:
    """A recurring digest in this chat, in the chat's zone; one per cadence per chat (a new one replaces
    the old)."""
    await roles.require(actor, "digests", permissions.can_manage_digests(actor))
    chat = await Chat.get(id=chat_id, workspace_id=actor.workspace_id).select_related("workspace")
    now = clock.now()
    async with in_transaction() as conn:
        replaced = await _stop(conn, actor, chat_id, spec.cadence)
        digest = await Digest.create(
            using_db=conn,
            workspace_id=actor.workspace_id,
            chat_id=chat_id,
            cadence=spec.cadence.value,
            weekday=spec.weekday,
            day_of_month=spec.day_of_month,
            minute_of_day=spec.minute_of_day,
            zone=chat.timezone,
            created_by_id=actor.member_id,
            source_text=source[:500],
        )
        row = await schedule_run(
            conn, digest, next_run(spec, chat.timezone, now), actor.workspace_id, chat_id
        )
        digest.delivery_id = row.id
        await digest.save(using_db=conn, update_fields=["delivery_id"])
        await audit.record(
            conn,
            actor,
            "digest.add",
            f"digest:{digest.id}",
            now,
            cadence=spec.cadence.value,
            digest=digest.id,
            replaced=replaced,  # for undo: the digests this one replaced come back
        )
    await scheduler.enqueue(row.id, row.version, row.due_at)
    needs_webhook = chat.workspace.platform == Platform.WECOM and not chat.webhook_key
    return Created(digest, row, len(replaced), needs_webhook)


async def _stop(conn: BaseDBAsyncClient, actor: Actor, chat_id: int, cadence: Cadence | None) -> list[int]:
    """Stop the chat's active digests (of one cadence); returns their ids."""
    query = Digest.filter(workspace_id=actor.workspace_id, chat_id=chat_id, active=True).using_db(conn)
    if cadence is not None:
        query = query.filter(cadence=cadence.value)
    found = await query.select_for_update()
    for digest in found:
        await _deactivate(conn, digest)
    return [d.id for d in found]


async def _deactivate(conn: BaseDBAsyncClient, digest: Digest) -> None:
    await Digest.filter(id=digest.id).using_db(conn).update(active=False)
    if digest.delivery_id is not None:  # type: ignore[attr-defined]
        pending = Delivery.filter(id=digest.delivery_id, status=DeliveryStatus.PENDING)  # type: ignore[attr-defined]
        await pending.using_db(conn).update(status=DeliveryStatus.CANCELLED, version=F("version") + 1)


async def undo_create(
    conn: BaseDBAsyncClient, workspace_id: int, digest_id: int, replaced: list[int]
) -> list[Delivery]:
    """Undo of `create`: the new digest stops and the ones it replaced run again (their cancelled next run
    is pending again, new version). Returns those runs, for the caller to enqueue after the commit."""
    digest = await Digest.get_or_none(id=digest_id, workspace_id=workspace_id, using_db=conn)
    if digest is not None and digest.active:
        await _deactivate(conn, digest)
    back: list[Delivery] = []
    for old in await Digest.filter(workspace_id=workspace_id, id__in=replaced, active=False).using_db(conn):
        await Digest.filter(id=old.id).using_db(conn).update(active=True)
        if old.delivery_id is None:  # type: ignore[attr-defined]
            continue
        run = Delivery.filter(id=old.delivery_id, status=DeliveryStatus.CANCELLED)  # type: ignore[attr-defined]
        if await run.using_db(conn).update(status=DeliveryStatus.PENDING, version=F("version") + 1):
            back.append(await Delivery.get(id=old.delivery_id, using_db=conn))  # type: ignore[attr-defined]
    return back


async def stop(actor: Actor, chat_id: int, cadence: Cadence | None, clock: Clock) -> int:
    """Stop this chat's digests (of one cadence, or all); their pending run is cancelled. Returns how many."""
    await roles.require(actor, "digests", permissions.can_manage_digests(actor))
    async with in_transaction() as conn:
        stopped = len(await _stop(conn, actor, chat_id, cadence))
        if stopped:
            detail = cadence.value if cadence else "all"
            await audit.record(conn, actor, "digest.stop", f"chat:{chat_id}", clock.now(), cadence=detail)
    return stopped


async def active(actor: Actor, chat_id: int) -> list[Digest]:
    """This chat's running digests with their next run (`delivery`)."""
    return list(
        await Digest.filter(workspace_id=actor.workspace_id, chat_id=chat_id, active=True)
        .order_by("id")
        .prefetch_related("delivery")
    )


def cadence_in(text: str) -> Cadence | None:
    """Which digest "取消周报" / "stop the daily digest" is about; None = all of them."""
    lowered = text.lower()
    patterns = (
        (Cadence.WEEKDAYS, _WEEKDAYS),
        (Cadence.MONTHLY, _MONTHLY),
        (Cadence.WEEKLY, _WEEKLY),
        (Cadence.DAILY, _DAILY),
    )
    for cadence, pattern in patterns:
        if pattern.search(lowered):
            return cadence
    return None


_FALLBACK_SPAN = {Cadence.WEEKDAYS: 1, Cadence.DAILY: 1, Cadence.WEEKLY: 7, Cadence.MONTHLY: 30}


async def run_period(delivery_id: int, cadence: str, due_at: datetime) -> tuple[Cadence, datetime, datetime]:
    """The span a run covers: from the digest's previous scheduled run up to this one."""
    kind = Cadence(cadence) if cadence in {c.value for c in Cadence} else Cadence.WEEKLY
    digest = await Digest.get_or_none(delivery_id=delivery_id)
    if digest is None:  # stopped while this run was being sent: the cadence alone says the span
        return kind, due_at - timedelta(days=_FALLBACK_SPAN[kind]), due_at
    return Cadence(digest.cadence), previous_run(spec_of(digest), digest.zone, due_at), due_at


# ------------------------------------------------------------------------ a repeating reminder's cadence

# A cadence where a reminder's time goes ("每周五下午提醒我对账", "提醒我每天9点…", "every Monday 10am");
# "周报"/"日报" are not cadences here: "明天提醒我交周报" is one reminder about a weekly report.
_REPEAT = re.compile(
    r"工作日|" + _EVERY_ZH + r"|(?:周|星期|礼拜)一\s*(?:到|至|-|~)\s*(?:周|星期|礼拜)?五"
    r"|\b(?:every|each)\s+" + _EVERY_EN_UNIT + r"\b"
    r"|\bweekdays\b|\bdaily\b|\bweekly\b|\bmonthly\b",
    re.IGNORECASE,
)
# After "提醒我" a cadence still belongs to the time ("提醒我每周五下午对账"); later it is the content's.
_REMIND_LEAD = re.compile(r"提醒(?:一下)?(?:我们|我|大家|咱们|他们|他|她|@\S+)?\s*")


def read_repeat(text: str) -> DigestSpec | DigestUnreadable | None:
    """The cadence of a repeating reminder, or None for a one-off one. In Chinese the cadence comes before
    the reminder's content ("每周五下午提醒我对账", "提醒我每周五…"); "明天提醒我问 @amy 每天发几条" is
    a one-off reminder whose text says 每天."""
    found = _REPEAT.search(text)
    if found is None:
        return None
    lead = _REMIND_LEAD.search(text)
    if lead is not None and found.start() > lead.end():
        return None
    spec = parse_digest(text)
    return None if spec == NO_CADENCE else spec


def cadence_blanked(text: str) -> str:
    """A one-off reminder's text with the cadence words of its content blanked ("明天下午3点提醒我问 @amy
    每天能发几条"), so the time parser reads 明天下午3点 and not a repeating time it cannot place."""
    lead = _REMIND_LEAD.search(text)
    start = lead.end() if lead is not None else 0
    return text[:start] + _REPEAT.sub(lambda m: " " * len(m.group()), text[start:])


_REPEAT_PHRASES = (
    _WEEKDAYS,
    _ZH_MONTHDAY,
    _ZH_WEEKDAY,
    _LAST_DAY,
    re.compile(_EVERY_ZH),
    re.compile(
        r"\b(?:on\s+)?(?:every|each)\s+" + _EVERY_EN_UNIT + r"\b"
        r"|\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?\b|\b(?:weekdays|daily|weekly|monthly)\b"
        r"|\b(?:on\s+)?(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:every|each|the)\s+month)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:at\s+)?[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:at\s+)?[0-9]{1,2}:[0-9]{2}\b",
        re.I,
    ),
    _ZH_TIME,
    re.compile(
        r"凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|\b(?:in the )?(?:morning|afternoon|evening)\b", re.I
    ),
)


def without_repeat(text: str) -> str:
    """A repeating reminder's content: the text with its cadence and time of day taken out."""
    for phrase in _REPEAT_PHRASES:
        text = phrase.sub(" ", text)
    return " ".join(text.split()).strip(" ,，。、:：")
