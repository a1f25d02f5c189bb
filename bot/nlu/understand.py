"""Read one chat message into a Slots: normalise, find handles, classify, fill the slots."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace

from bot.nlu.compliance_slots import find_deal_type
from bot.nlu.decide import Decision, decide
from bot.nlu.features import ModelInput, model_input
from bot.nlu.mentions import find_mentions
from bot.nlu.model import NO_STAGE, IntentModel, default_model, stage_model
from bot.nlu.people import ASSIGN_TO, ME, find_person
from bot.nlu.registry import declared
from bot.nlu.slots import (
    find_amount,
    find_currency_code,
    find_followers,
    find_owner_filter,
    find_percent,
    find_platform,
    find_sample_type,
    signed_amount,
)
from bot.nlu.summary_slots import find_at_teammate, find_campaign, find_period, strip_periods
from bot.nlu.text import find_emails, normalise, strip_punct
from handlers.command import Command, Heard
from workflows import geo
from workflows.spans import blank
from workflows.stages import find_stage

MAX_MESSAGE_CHARS = 20_000
_COLON = re.compile(r"[:：]")
_NUMBER = re.compile(
    r"(?:#|号|第|no\.?\s*|提醒|reminder|任务|task)\s*(\d{1,9})(?!\d)|^\D*?(\d{1,9})\s*$", re.I
)
_WEBHOOK_URL = re.compile(r"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Slots:
    """What the shared slot readers fill while a message is read; each feature's arguments take the
    fields they name (handlers/command.Args.read), and the Slots carries only those."""

    intent: str
    creators: tuple[str, ...] = ()
    typed_handles: tuple[str, ...] = ()
    stage: str | None = None
    stage_text: str | None = None  # a stage word we do not know, as typed
    owner: str | None = None
    text: str | None = None
    language: str | None = None
    country: str | None = None
    region: str | None = None
    platform: str | None = None
    amount: str | None = None
    currency: str | None = None
    followers: int | None = None
    email: str | None = None
    number: int | None = None  # "取消提醒 3": the number the bot showed; "每周邀约额度 200"
    role: str | None = None  # set_role: admin | manager | operator
    percent: str | None = None  # "佣金15%" → "15"
    sample_type: str | None = None  # free | refundable
    deal_type: str | None = None  # compliance: paid / affiliate / gifted
    period: str | None = None  # summaries: today | week | last_week | month | last_month | days:N | …
    campaign: str | None = None  # summaries: a campaign name as typed
    source: str = ""
    confidence: float = 1.0
    alternatives: tuple[str, ...] = ()


_CORE = frozenset({"intent", "creators", "typed_handles", "source", "confidence", "alternatives"})


def to_command(slots: Slots, masked: str) -> Command:
    """The Slots for what was read: the intent's own arguments, read once, from the shared slots and
    the message (`masked`: creators and e-mails blanked)."""
    values = {f.name: getattr(slots, f.name) for f in fields(Slots) if f.name not in _CORE}
    args = declared().args(slots.intent).read(Heard(slots.source, masked, values))
    return Command(
        intent=slots.intent,
        creators=slots.creators,
        typed_handles=slots.typed_handles,
        source=slots.source,
        args=args,
        confidence=slots.confidence,
        alternatives=slots.alternatives,
    )


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What this workspace adds to the shipped model: its creators' handles found in the message, and
    the phrasings its people taught the bot by picking from a clarification (masked text → intent)."""

    creators: frozenset[str] = frozenset()
    learned: Mapping[str, str] = field(default_factory=dict)
    members: frozenset[str] = frozenset()  # display names of the workspace's members: the teammates


def understand(
    text: str,
    member_names: Collection[str] = (),
    *,
    knowledge: Knowledge | None = None,
    model: IntentModel | None = None,
    forced: str | None = None,
) -> Command:
    """`member_names` are teammates @-mentioned in the message: they are people, not creators.
    `forced`: the intent a person picked from a clarification; only the slots are read then."""
    knowledge = knowledge or Knowledge()
    norm = _without_member_ats(text, member_names)
    seen = model_input(norm, knowledge.creators)
    decision = _decision(seen, forced, knowledge, model, norm)
    intent = decision.intent
    spec = declared().spec(intent)
    colon = _COLON.search(norm)
    mentions = find_mentions(norm, knowledge.creators)
    pasted = pasted_span(norm, intent, colon) if spec.pasted else None
    if pasted is not None:  # pasted content: its handles are content, never creators
        mentions = [m for m in mentions if not (pasted[0] <= m[1][0] < pasted[1])]
    emails = find_emails(norm)
    creator_spans = [(s + 1, e) if norm[s] == "@" else (s, e) for _, (s, e) in mentions]
    masked = blank(norm, [m.span() for m in emails] + creator_spans)
    lowered = masked.lower()
    head = (
        _instruction(lowered, pasted)
        if pasted is not None
        else lowered[: colon.start()]
        if colon
        else lowered
    )
    amount, currency = find_amount(lowered)
    typed = {h.lower(): h for h, _ in reversed(mentions)}
    creators = tuple(dict.fromkeys(h.lower() for h, _ in mentions))
    base = Slots(
        intent=intent,
        creators=creators,
        typed_handles=tuple(typed[c] for c in creators),
        source=text.strip(),
        confidence=decision.confidence,
        alternatives=decision.choices,
    )
    reading = Reading(text.strip(), norm, masked, head, colon, emails, mentions, amount, currency, pasted)
    people = (*member_names, *knowledge.members)
    command = base
    for name in spec.reads:  # the slot readers the feature named for this intent, in order
        command = _READERS[name](command, reading, people)
    if "stage" in spec.slots and command.stage is None and command.stage_text is None:
        command = _learned_stage(command, seen, model is None)
    if _cannot_write(command, spec.required):  # its handler asks for what is missing: nothing to confirm
        command = replace(command, alternatives=())
    return to_command(command, masked)


# Pasted content (issue 17): what a creator wrote, pasted after an instruction, is content. Its handles,
# e-mails and links are never creators; only a handle in the instruction ("翻译 @maria 的回复：…",
# "把 @maria 这条翻译一下 …") names one. For every pasted intent the content follows the first colon;
# a translation may also be pasted without one: quoted, on the lines under "翻译下面这段", after a leading
# "翻译 / translate" verb phrase, or before a trailing "翻译一下".
_H = r"@[^\s@，,。:：;；!?！？()（）“”\"']+"
_OF = r"(?:发来的|发的|说的|回的|回复的|写的|的|'s|’s)"
_WHAT = (
    r"(?:回复|消息|私信|评论|留言|原话|这条|这段|这句|语言|母语|"
    r"\b(?:message|msg|reply|dm|comment|text|caption|language)\b)"
)
_FILL = (
    r"(?:\s+|一下|下面|以下|如下|下(?![周月个午])|这段话|这段|这条私信|这条消息|这条评论|这条|这句话|这句|这个|"
    r"的内容|内容|的话|吧|帮我|给我|"
    r"\b(?:pls|please|plz|this|these|it|the following|for me|for us|below|msg|message)\b)"
)
_LANG_NAME = r"(?:[\u4e00-\u9fff]{1,6}?[语文]|[A-Za-z]+\b)"
_TARGET = (  # "成西班牙语", "to Spanish", "成 @amy 的语言"
    rf"(?:\s*(?:成|为|到|\binto\b|\bto\b|\bin\b)\s*"
    rf"(?:{_H}\s*(?:{_OF}?\s*{_WHAT})?|达人的语言|my language|{_LANG_NAME}))"
)
_WHOSE = (  # "@maria 的回复", "@maria 这条", "from @maria", "@maria's reply"
    rf"(?:\s*(?:(?:\bfrom\b|\bby\b|\bof\b)\s*{_H}\s*(?:{_OF}\s*)?(?:{_WHAT})?"
    rf"|{_H}\s*{_OF}\s*(?:{_WHAT})?|{_H}\s*{_WHAT}))"
)
_TRANSLATE_HEAD = re.compile(
    rf"^(?P<before>.*?)(?:翻译|翻一下|翻下|\btranslate\b)"
    rf"(?:{_FILL})*{_TARGET}?{_WHOSE}?(?:{_FILL})*{_TARGET}?",
    re.IGNORECASE | re.DOTALL,
)
_TRANSLATE_TAIL = re.compile(
    r"(?:[\s,，。.!！?？~]|帮我|帮忙|麻烦|请|\b(?:pls|please|plz|can you|bot)\b)*"
    r"(?:翻译一下|翻译下|翻译|翻一下|\btranslate\b(?:\s+(?:this|it|pls|please|plz))?)"
    r"\s*(?:一下|下|吧|呗|谢谢|\b(?:thanks|thx|pls|please|plz)\b)?[\s?？!！。.~]*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"「『](?P<inside>[^“”\"「」『』]{6,})[”\"」』]", re.DOTALL)
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_PREFIX_WORDS = 5  # "hey bot can you pls translate": more Latin words before the verb is content


def pasted_span(norm: str, intent: str, colon: re.Match[str] | None) -> tuple[int, int] | None:
    """Where the pasted content of a pasted intent's message is (offsets into `norm`), or None."""
    if colon is not None and (intent != "translate" or _colon_opens_paste(norm, colon)):
        return colon.end(), len(norm)
    if intent != "translate":
        return None
    quoted = _QUOTED.search(norm)
    if quoted is not None:
        return quoted.span("inside")
    first_line, newline, _ = norm.partition("\n")
    if newline and _TRANSLATE_HEAD.match(first_line):  # "翻译下面这段\n<the message>"
        return len(first_line) + 1, len(norm)
    tail = _TRANSLATE_TAIL.search(norm)
    if tail is not None and tail.start() > 0 and not _TRANSLATE_HEAD.match(norm[: tail.start()]):
        return 0, tail.start()  # "<the message> 翻译一下"
    head = _TRANSLATE_HEAD.match(norm)
    if (
        head is None
        or len(_LATIN_WORD.findall(blank(head.group("before"), _handle_spans(head.group("before")))))
        > _PREFIX_WORDS
    ):
        return None
    return head.end(), len(norm)


def _colon_opens_paste(norm: str, colon: re.Match[str]) -> bool:
    """ "翻译 @maria 的回复：…", "Carla 说：…": the first colon ends the instruction; in "翻译 Hey! link: …"
    or "… link: … 翻译一下" it is inside the pasted text."""
    head = _TRANSLATE_HEAD.match(norm[: colon.start()])
    if head is not None:
        return not norm[head.end() : colon.start()].strip()
    return _TRANSLATE_TAIL.search(norm) is None


def _handle_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(_H, text)]


def _instruction(lowered: str, pasted: tuple[int, int]) -> str:
    """The instruction around pasted content (the colon that opened it left out)."""
    before, after = lowered[: pasted[0]].rstrip(":"), lowered[pasted[1] :]
    return f"{before} {after}" if before and after else before or after


_NOT_YET = re.compile(
    r"(?:待|未|尚未|还没有?|没有?)\s*(?:寄|发|回|签收|收到|收|发布|上线|确认|付|结|谈)"
    r"|\b(?:not yet|yet to|haven'?t|hasn'?t|didn'?t|not)\b",
    re.IGNORECASE,
)
STAGE_SURE = 0.5  # a stage read from other words acts at this probability; from STAGE_GUESS it is confirmed
STAGE_GUESS = 0.3  # below it the stage is left unread: the handler lists the stages


def _learned_stage(command: Slots, seen: ModelInput, shipped: bool) -> Slots:
    """A stage named in other words ("回我们了", "the video is up"), from the stage-labelled examples.
    (A test model that is not the shipped one leaves stages to the exact words.)"""
    if not shipped or _NOT_YET.search(command.source):
        return command  # "待寄样", "还没回", "hasn't posted": a stage not reached is no stage to guess
    stage, p = stage_model().scores(seen)[0]
    if stage == NO_STAGE or p < (STAGE_GUESS if command.intent == "set_stage" else STAGE_SURE):
        return command  # a list filter is a read: it never guesses
    if p < STAGE_SURE and command.intent == "set_stage" and not command.alternatives:
        return replace(command, stage=stage, alternatives=("set_stage",))
    return replace(command, stage=stage)


def _cannot_write(command: Slots, needed: tuple[str, ...]) -> bool:
    """A write missing what it needs (declared `required`) cannot change anything: no confirmation."""
    first = command.alternatives[:1] == (command.intent,)
    return first and any(getattr(command, slot) is None for slot in needed)


def _without_member_ats(text: str, member_names: Collection[str]) -> str:
    norm = normalise(text.strip())
    for name in member_names:  # "@小王" is a teammate, not a creator: keep the name, drop the "@"
        norm = norm.replace(f"@{name}", f" {name}")
    return norm


def seen_text(text: str, member_names: Collection[str] = (), known: Collection[str] = ()) -> str:
    """The model's masked view of a message: what a workspace's learned examples are keyed by."""
    return model_input(_without_member_ats(text, member_names), known).text


def _decision(
    seen: ModelInput, forced: str | None, knowledge: Knowledge, model: IntentModel | None, norm: str
) -> Decision:
    if forced is not None:
        return Decision(forced, 1.0)
    if _WEBHOOK_URL.search(norm):  # exact: a WeCom robot URL is only ever pasted to bind it
        return Decision("bind_webhook", 1.0)
    learned = knowledge.learned.get(seen.text)
    if learned is not None:
        return Decision(learned, 1.0)
    intents = declared()
    ranked = (model or default_model()).scores(seen)
    return decide(ranked, creators=seen.creators, writes=intents.writes, need_creator=intents.need_creator)


# ---- roles (issue 7) ---------------------------------------------------------------------------------
_ROLE_VALUES = (
    ("admin", re.compile(r"管理员|\badmin(istrator)?s?\b")),
    ("manager", re.compile(r"经理|\bmanagers?\b")),
    ("operator", re.compile(r"运营|\boperators?\b")),
)
_ROLE_NAMED = re.compile(
    r"把\s*@?(?P<zh>[^\s@，,。把]{1,20}?)\s*(?:设为|设置为|设成|改为|改成|升为|升级为|降为|任命为?|指定为)"
    r"|(?:设为|设置为|设成|改为|改成|升为|降为|任命为?|指定为)\s*(?:经理|管理员|运营)\s*[:：]?\s*@?(?P<after>[^\s@，,。]{1,20})"
    r"|\b(?:make|set|promote|demote|appoint)\s+@?(?P<en>[^\s@,]{1,40})\s+(?:an? |as |to )?"
    r"(?:manager|admin|administrator|operator)\b",
    re.IGNORECASE,
)


_ROLE_WORDS = re.compile(
    r"经理|管理员|运营|权限|角色|\b(?:manager|admin|administrator|operator|role)s?\b", re.I
)
# Words that make a list or a summary about someone's creators ("小王手上的", "Lisa's", "for Kevin").
_OWNER_MARK = re.compile(
    r"负责|手上|手里|跟的|在跟|在谈|名下|那边|这边|的达人|的有|进度|业绩|战绩|数据|'s\b|\bfor\b|handling|\bowned\b"
    r"|\bmine\b|\bmy\b|我的|我跟|我这边",
    re.IGNORECASE,
)


def _owner_filter(
    text: str, people: Collection[str], read: str | None, *, marked: bool = False
) -> str | None:
    """Whose creators: what the phrase reader found if it is a person (never a place or a stage word),
    else a teammate named next to an owner word (`marked`: the request itself is about someone)."""
    if read == ME or (read and (read in people or find_person(read, (), me_ok=False) == read)):
        return read
    if not marked and not _OWNER_MARK.search(text):
        return None
    me = re.search(r"我|\bmy\b|\bmine\b|\bme\b|\bi\b", text, re.IGNORECASE)
    found = find_person(text, people, me_ok=bool(me))
    return ME if found is None and marked and me else found


def _role_word(head: str) -> str | None:
    hits = [(m.start(), value) for value, pattern in _ROLE_VALUES if (m := pattern.search(head))]
    return min(hits)[1] if hits else None


def _role_target(norm: str, head: str, member_names: Collection[str], handles: list[str]) -> str | None:
    """Whose role: a teammate the platform resolved as an @mention, an @name typed, or a name."""
    for name in member_names:
        if name and name in norm:
            return name
    at_name = re.search(r"@([^\s@，,。:：]{1,40})", norm)
    if at_name:
        return at_name.group(1)
    if handles:
        return handles[0]
    person = find_person(_ROLE_WORDS.sub(" ", norm), member_names)
    if person:
        return person
    named = _ROLE_NAMED.search(norm)
    found = next((g for g in named.groups() if g), None) if named else None
    return found if found and found.lower() not in _NOT_NAMES else None


_REMIND_ME = re.compile(r"提醒(?:一下)?\s*(?:我|我们)|\bremind\s+(?:me|us)\b", re.IGNORECASE)
_REMIND_NAMED = re.compile(r"\bremind\s+([A-Za-z][\w.]{1,30})\b", re.IGNORECASE)
_REMIND_AT_NAME = re.compile(
    r"(?:提醒(?:一下)?|remind)\s*@([\u4e00-\u9fff]{1,6}?)(?=[\s,，在于明后今下周本这每]|$)"
)
_NOT_NAMES = {
    "a",
    "an",
    "me",
    "him",
    "her",
    "them",
    "someone",
    "to",
    "about",
    "everyone",
    "all",
    "the",
    "on",
    "at",
    "in",
    "tomorrow",
    "today",
    "tonight",
}


def _remind_target(masked: str, member_names: Collection[str]) -> str | None:
    """Whom a reminder is for: None = the asker; a teammate @-mentioned or named after "remind"."""
    if _REMIND_ME.search(masked):
        return None
    for name in member_names:
        if re.search(r"(提醒(?:一下)?|remind)\s*" + re.escape(name), masked, re.IGNORECASE):
            return name
    at_name = _REMIND_AT_NAME.search(
        masked
    )  # "@小王": Chinese names are teammates, creators have Latin handles
    if at_name:
        return at_name.group(1)
    named = _REMIND_NAMED.search(masked)
    if named and named.group(1).lower() not in _NOT_NAMES:
        return named.group(1)
    return None


@dataclass(frozen=True, slots=True)
class Reading:
    """One message as the slot readers see it."""

    original: str  # as typed, stripped
    norm: str  # normalised, teammates' "@" dropped
    masked: str  # creators and e-mails blanked (the "@" kept)
    head: str  # lower-cased masked text before the first colon; for a pasted intent, the instruction
    colon: re.Match[str] | None
    emails: list[re.Match[str]]
    mentions: list[tuple[str, tuple[int, int]]]
    amount: str | None
    currency: str | None
    pasted: tuple[int, int] | None = None  # where pasted content is (pasted_span), for pasted intents


Reader = Callable[[Slots, Reading, Sequence[str]], Slots]


def _number(base: Slots, r: Reading, people: Sequence[str]) -> Slots:
    number = _NUMBER.search(r.masked)
    digits = next((g for g in number.groups() if g), None) if number else None
    return replace(base, number=int(digits) if digits else None)


def _role(base: Slots, r: Reading, people: Sequence[str]) -> Slots:
    """The @-named are teammates here, never creators."""
    target = _role_target(r.norm, r.head, people, [h for h, _ in r.mentions])
    return replace(base, creators=(), typed_handles=(), role=_role_word(r.head), owner=target)


def _summary_owner(base: Slots, r: Reading, people: Sequence[str]) -> Slots:
    command = _summary_fields(base, r.original, r.masked)
    owner = _owner_filter(strip_periods(r.masked), people, command.owner, marked=True)
    return replace(command, owner=owner)  # anyone named in a summary request is whose summary it is


# The slot readers a feature may name for its intents (`IntentSpec.reads`), by name.
_READERS: dict[str, Reader] = {
    "creator": lambda c, r, p: _creator_fields(c, r.masked, r.emails),
    "stage": lambda c, r, p: _stage_fields(c, r.head, r.masked),
    "owner_filter": lambda c, r, p: replace(c, owner=_owner_filter(_without_stage(r.masked), p, c.owner)),
    "handover": lambda c, r, p: replace(c, owner=find_person(r.masked, p, after=ASSIGN_TO)),
    "deal": lambda c, r, p: _deal_fields(c, r.masked.lower(), r.amount, r.currency),
    "summary": _summary_owner,
    "compliance": lambda c, r, p: _compliance_fields(c, r.masked),
    "caption": lambda c, r, p: _caption_fields(c, r.original, r.masked, r.colon, r.mentions),
    "translation": lambda c, r, p: _translation_fields(c, r, r.head, r.mentions),
    "body": lambda c, r, p: replace(c, text=_body(r.original, r.norm, r.colon, r.mentions, c.intent)),
    "reminder_for": lambda c, r, p: replace(c, owner=_remind_target(r.masked, p)),
    "number": _number,
    # "设置发送窗口：周二到周四 9-11点": the days and hours follow the colon
    "window": lambda c, r, p: replace(c, text=r.masked.lower()),
    "role": _role,
    # a message about the asker's own things (a mailbox and its password): no word in it is a creator
    "no_creators": lambda c, r, p: replace(c, creators=(), typed_handles=()),
}
READER_NAMES = frozenset(_READERS)


def _stage_fields(base: Slots, head: str, masked: str) -> Slots:
    found = find_stage(head) or find_stage(masked.lower())
    stage = found[0].value if found else None
    if stage is None and base.intent == "set_stage" and _SHIP.search(head):  # "@amy 寄样（可退款样品）"
        stage = "sample_shipped"
    return replace(
        base,
        stage=stage,
        stage_text=_stage_text(head) if stage is None else None,
        owner=find_owner_filter(_without_stage(masked)) if base.intent != "set_stage" else None,
        sample_type=find_sample_type(masked) if base.intent == "set_stage" else None,
    )


def _compliance_fields(base: Slots, masked: str) -> Slots:
    location = geo.scan_location(masked)
    return replace(
        base,
        country=location.country if location else None,
        platform=find_platform(masked),
        deal_type=find_deal_type(masked.lower()),
    )


_SHIP = re.compile(r"(?<![待没未])(寄样|发样|寄出样品)|\bship", re.IGNORECASE)
_QUOTA_NUMBER = re.compile(r"(\d[\d,]*)")


def _deal_fields(base: Slots, lowered: str, amount: str | None, currency: str | None) -> Slots:
    """Offers, payments, quota, sample type (issue 8): money keeps its sign and a typed 3-letter code."""
    if base.intent == "set_quota":
        match = _QUOTA_NUMBER.search(lowered)
        return replace(base, number=int(match.group(1).replace(",", "")) if match else None)
    if base.intent == "set_sample_type":
        return replace(base, sample_type=find_sample_type(lowered))
    percent = find_percent(lowered) if base.intent == "set_offer" else None
    return replace(
        base,
        amount=signed_amount(lowered, amount),
        currency=currency or (find_currency_code(lowered) if amount is not None else None),
        percent=percent,
    )


def _caption_fields(
    base: Slots,
    original: str,
    masked: str,
    colon: re.Match[str] | None,
    handles: list[tuple[str, tuple[int, int]]],
) -> Slots:
    """ "检查文案 @amy 英国：<caption>": the creator, market and platform come from before the caption;
    handles inside the caption (a brand's @name) are not creators."""
    if colon is not None:
        head_handles = [h for h in handles if h[1][1] <= colon.start()]
        instruction, caption = masked[: colon.start()], original[colon.end() :]
    else:
        head_handles = handles[:1]
        cut = head_handles[0][1][1] if head_handles else len(masked)
        instruction, caption = masked[:cut], original[cut:] if head_handles else ""
    location = geo.scan_location(instruction)
    creators = tuple(dict.fromkeys(h.lower() for h, _ in head_handles))
    typed = {h.lower(): h for h, _ in reversed(head_handles)}
    return replace(
        base,
        creators=creators,
        typed_handles=tuple(typed[c] for c in creators),
        country=location.country if location else None,
        platform=find_platform(instruction),
        text=caption.strip().lstrip(",，:：").strip() or None,
    )


_CAMPAIGN_WORD = re.compile(r"活动|项目|\bcampaign\b", re.IGNORECASE)


def _summary_fields(base: Slots, original: str, masked: str) -> Slots:
    """Owner, period, campaign, platform and country of a summary request (issue 7)."""
    location = geo.scan_location(masked)
    campaign = find_campaign(original)
    rest = strip_periods(masked.replace(campaign, " ") if campaign else masked)
    rest = _CAMPAIGN_WORD.sub(" ", rest) if campaign else rest
    return replace(
        base,
        owner=find_owner_filter(rest) or find_at_teammate(rest),
        period=find_period(masked),
        campaign=campaign,
        platform=find_platform(rest),
        country=location.country if location else None,
    )


def _creator_fields(base: Slots, masked: str, emails: list[re.Match[str]]) -> Slots:
    location = geo.scan_location(masked)
    language = geo.find_language(masked)
    return replace(
        base,
        platform=find_platform(masked),
        country=location.country if location else None,
        region=location.region_name if location else None,
        language=language[0] if language else None,
        followers=find_followers(masked),
        email=emails[0].group(0) if emails else None,
    )


_LEADERS: dict[str, re.Pattern[str]] = {
    "translate": re.compile(
        r"^.*?(翻译(一下|下)?(这段|这条私信|这条|这句)?(成|为)?|翻一下|translate( this)?( in)?(to)?)\s*",
        re.IGNORECASE,
    ),
    "add_note": re.compile(
        r"^.*?(加个备注|写个备注|备注一下|备注|记一下|note( for| to| on)?)\s*", re.IGNORECASE
    ),
    "remind": re.compile(r"^.*?(提醒(一下)?(我)?|\bremind( me| us)?( to\b)?)\s*", re.IGNORECASE),
    "draft_reply": re.compile(r"^.*?(回复|reply)\s*", re.IGNORECASE),
}
_LEADING_PUNCT = " \t\r\n,.;:!?、，。；：！？-—~"
_FILLERS = re.compile(r"^(的|下面|,|，|说|告诉(他|她|他们)|(?:to|that|saying)\b)+\s*", re.IGNORECASE)


def _body(
    original: str,
    norm: str,
    colon: re.Match[str] | None,
    handles: list[tuple[str, tuple[int, int]]],
    intent: str,
) -> str | None:
    """The free text of a note, reminder, translation or draft, cut from the original message."""
    if colon:
        body = original[colon.end() :]
    elif intent in ("add_note", "draft_reply") and handles:
        body = original[handles[-1][1][1] :]
        leader = _LEADERS[intent].match(normalise(body))
        if leader and intent == "add_note":
            body = body[leader.end() :]
    else:
        leader = _LEADERS[intent].match(norm)
        body = original[leader.end() :] if leader else original
    return _trimmed(body, fillers=True)


def _trimmed(body: str, *, fillers: bool = False) -> str | None:
    body = body.lstrip(_LEADING_PUNCT)
    body = (_FILLERS.sub("", body) if fillers else body).strip()
    if len(body) > 1 and body[0] in "\"“'「" and body[-1] in "\"”'」":
        body = body[1:-1].strip()
    return body or None


def _translation_fields(
    base: Slots, r: Reading, head: str, handles: list[tuple[str, tuple[int, int]]]
) -> Slots:
    original, norm, colon = r.original, r.norm, r.colon
    if base.intent in ("glossary", "glossary_remove"):
        leader = _GLOSSARY_LEAD.match(norm)
        return replace(base, text=original[leader.end() :].strip() or None if leader else None)
    language = geo.find_language(head)
    if base.intent == "translate" and r.pasted is not None:
        body = _trimmed(original[r.pasted[0] : r.pasted[1]])
    else:
        body = _body(original, norm, colon, handles, base.intent)
        if base.intent == "translate" and body and handles and not colon:  # "翻译成 @amy 的语言 …"
            body = _CREATOR_LANGUAGE.sub("", body, count=1).strip() or None
    return replace(base, text=body, language=language[0] if language else _asked_language(head))


_CREATOR_LANGUAGE = re.compile(
    r"^@[^\s\u4e00-\u9fff,，:：]+\s*(?:的(?:语言|母语)|'s language|language)?\s*[,，:：]?\s*"
)
_GLOSSARY_LEAD = re.compile(
    r"^.*?(术语表|术语|词汇表|词条|glossary|term)\s*(列表|清单|list)?\s*[:：]?\s*", re.IGNORECASE
)
# A target language asked for by name that `geo` does not know: kept as written, so the handler can
# answer with the languages we do translate instead of silently picking one.
_ASKED_LANGUAGE = re.compile(
    r"(?:翻译|翻|译)(?:成|为|到)\s*(?P<zh>[^\s@:，,。的\d]{1,8}?(?:语|文))"
    r"|(?:用|以)\s*(?P<zh2>[^\s@:，,。的\d]{1,8}?(?:语|文))\s*(?:回复|回|写|起草)"
    r"|\btranslate (?:this |it |that )?(?:in)?to (?P<en>[a-z]+)\b"
    r"|\b(?:reply|write|draft)\b.*\bin (?P<en2>[a-z]+)\s*$"
)
_NOT_LANGUAGES = {"my", "the", "her", "his", "their", "this", "that", "a", "an", "it", "our", "your", "me"}


def _asked_language(head: str) -> str | None:
    match = _ASKED_LANGUAGE.search(head)
    if match is None:
        return None
    name = next(g for g in match.groups() if g)
    return None if name in _NOT_LANGUAGES else name


_EXPORT_VERBS = re.compile(
    r"导出|下载|列出|列一下|^\s*(?:请|帮我|麻烦)?\s*(?:把|将)"
)  # not part of an owner's name


def _without_stage(masked: str) -> str:
    """The text an owner filter is read from: no export verbs and no stage word ("已回复的达人")."""
    text = _EXPORT_VERBS.sub(" ", masked)
    found = find_stage(text)
    return text if found is None else f"{text[: found[1][0]]} {text[found[1][1] :]}"


def _stage_text(head: str) -> str | None:
    match = re.search(
        r"(移到|移回|移至|改为|改成|改到|标记为|标成|标为|设为|设置为|\bto\b|\bas\b)\s*(\S+)", head
    )
    return strip_punct(match.group(2)) if match else None
