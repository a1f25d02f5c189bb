"""Reading one raw e-mail from a creator: who sent it, which thread it answers, what kind of message it
is, and its new text alone — whatever the mail program: HTML-only bodies become text, any declared charset is
decoded (GBK/GB2312 as GB18030, their superset; an undeclared or wrong one falls back to UTF-8 then
GB18030 then Latin-1), and the quoted history under "On … wrote:", "在 … 写道：", "-----Original
Message-----", Outlook's "From: … Sent: …" block, QQ/163's "------------------ 原始邮件 ------------------"
and ">" lines is cut off.

Threading (RFC 5322 §3.6.4): a reply's `In-Reply-To` names the message it answers and `References` the
thread; `thread_ids` lists both, newest first, to match against the Message-IDs the bot sent."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email import message_from_bytes, policy
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

MAX_BODY = 4000

_IDS = re.compile(r"<[^<>\s]+>")
_QUOTE_HEADS = (
    re.compile(r"^\s*On\b.{0,200}\bwrote:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*在.{0,200}写道[:：]\s*$", re.DOTALL),
    re.compile(r"^\s*-{2,}\s*(?:Original Message|原始邮件|Forwarded message|转发的邮件)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*_{8,}\s*$"),  # Outlook's rule above "From: … Sent: …"
    re.compile(r"^\s*(?:From|发件人)\s*[:：].+$", re.IGNORECASE),
    re.compile(r"^\s*Le\b.{0,200}\ba écrit\s*:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*El\b.{0,200}\bescribió:\s*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*Am\b.{0,200}\bschrieb.{0,80}:\s*$", re.IGNORECASE | re.DOTALL),
)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with the message (a part with a filename, or marked attachment), decoded."""

    name: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class Incoming:
    message_id: str
    sender: str  # the From address, lower-cased
    subject: str
    in_reply_to: str
    references: tuple[str, ...]
    body: str  # the new text only
    auto_submitted: bool  # RFC 3834 Auto-Submitted other than "no", or a vacation/auto-reply marker
    report: bool  # a delivery status notification (RFC 3464: multipart/report; report-type=delivery-status)
    failed_recipients: tuple[str, ...]  # from the DSN's per-recipient fields (Action: failed)
    date: datetime | None = None  # the Date header, when readable
    diagnostic: str = ""  # a DSN's Diagnostic-Code / Status for the failed recipient
    attachments: tuple[Attachment, ...] = ()

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Every Message-ID this message answers, the direct parent first."""
        ids = ([self.in_reply_to] if self.in_reply_to else []) + list(reversed(self.references))
        return tuple(dict.fromkeys(ids))


def parse(raw: bytes) -> Incoming:
    message = message_from_bytes(raw, policy=policy.default)
    sender = parseaddr(_header(message, "From"))[1].lower()
    in_reply_to = _first_id(_header(message, "In-Reply-To"))
    references = tuple(_IDS.findall(_header(message, "References")))
    report = message.get_content_type() == "multipart/report" and (
        message.get_param("report-type", "") == "delivery-status"
    )
    return Incoming(
        message_id=_first_id(_header(message, "Message-ID")),
        sender=sender,
        subject=_header(message, "Subject")[:300],
        in_reply_to=in_reply_to,
        references=references,
        body=new_text(body_text(message))[:MAX_BODY],
        auto_submitted=_auto(message),
        report=report or _looks_bounced(message, sender),
        failed_recipients=_failed(message) if report or _looks_bounced(message, sender) else (),
        date=_date(_header(message, "Date")),
        diagnostic=_diagnostic(message) if report else "",
        attachments=() if report else attachments_of(message),
    )


def attachments_of(message: Message) -> tuple[Attachment, ...]:
    """Every part that is a file: marked `attachment`, or carrying a filename (an inline picture pasted into
    the reply); the text and HTML of the body are not. Names are RFC 2231 / encoded-word decoded."""
    found: list[Attachment] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        name = part.get_filename()
        if disposition != "attachment" and not name:
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        kind = part.get_content_type()
        found.append(Attachment(_file_name(name, kind, len(found) + 1), kind, data))
    return tuple(found)


def _file_name(name: str | None, kind: str, number: int) -> str:
    cleaned = re.sub(r"[\\/\x00-\x1f]", "_", (name or "").strip()).strip(". ")
    if cleaned:
        return cleaned[:200]
    extension = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}.get(kind, "")
    return f"attachment-{number}{extension}"


def _diagnostic(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "message/delivery-status":
            text = "\n".join(
                b.as_string() if isinstance(b, Message) else str(b)
                for b in (part.get_payload() if isinstance(part.get_payload(), list) else [part])
            )
            found = re.search(r"^Diagnostic-Code:\s*(?:[^;]*;)?\s*(.+(?:\n[ \t].+)*)", text, re.I | re.M)
            if found:
                return re.sub(r"\s+", " ", found.group(1)).strip()[:200]
            status = re.search(r"^Status:\s*(\S+)", text, re.I | re.M)
            if status:
                return status.group(1)
    return ""


def _date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # a malformed header: keep going without it
        return ""
    return re.sub(r"\s+", " ", str(value)).strip() if value is not None else ""


def _first_id(value: str) -> str:
    found = _IDS.search(value)
    return found.group(0) if found else value.strip()[:255]


def _auto(message: Message) -> bool:
    auto = _header(message, "Auto-Submitted").lower()
    if auto and auto != "no":
        return True
    if _header(message, "X-Autoreply") or _header(message, "X-Autorespond"):
        return True
    precedence = _header(message, "Precedence").lower()
    return precedence in ("auto_reply", "bulk", "junk") or bool(_header(message, "X-Auto-Response-Suppress"))


def _looks_bounced(message: Message, sender: str) -> bool:
    local = sender.split("@", 1)[0]
    return local in ("mailer-daemon", "postmaster") and "undeliver" in _header(message, "Subject").lower()


def _failed(message: Message) -> tuple[str, ...]:
    """Final-Recipient of every failed recipient in the delivery-status part (RFC 3464 §2.3)."""
    found: list[str] = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else [part]
        for block in blocks:
            text = block.as_string() if isinstance(block, Message) else str(block)
            for fields in re.split(r"\n\s*\n", text):
                recipient = re.search(r"^Final-Recipient:\s*[^;]*;\s*(\S+)", fields, re.I | re.M)
                action = re.search(r"^Action:\s*(\S+)", fields, re.I | re.M)
                if recipient and (action is None or action.group(1).lower() == "failed"):
                    found.append(recipient.group(1).strip("<>").lower())
    if not found:  # no DSN part (a hand-written bounce): the addresses named in its text
        found = [
            a.lower() for _, a in getaddresses(re.findall(r"<([^<>@\s]+@[^<>\s]+)>", body_text(message)))
        ]
    return tuple(dict.fromkeys(found))


# ---- the body ------------------------------------------------------------------------------------------


def body_text(message: Message) -> str:
    """The text a person wrote: text/plain if there is one, else the HTML made text."""
    plain = html_part = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _decoded(part)
        elif kind == "text/html" and html_part is None:
            html_part = _decoded(part)
    if plain is not None and plain.strip():
        return plain
    return html_to_text(html_part) if html_part else ""


def _decoded(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return str(part.get_payload())
    declared = (part.get_content_charset() or "").lower()
    tried = [_CHARSET_ALIASES.get(declared, declared)] if declared else []
    for charset in [*tried, "utf-8", "gb18030"]:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


class _Text(HTMLParser):
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif tag == "blockquote" or "gmail_quote" in classes or "divRplyFwdMsg" in classes:
            self._quote += 1  # the quoted thread: dropped
            self.parts.append("\n")
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "blockquote" and self._quote:
            self._quote -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._quote:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # broken markup: the tags stripped crudely
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return "".join(parser.parts)


def new_text(text: str) -> str:
    """The reply without the history it quotes: stops at the first quote header or run of "> " lines."""
    lines = text.replace("\r\n", "\n").replace("\xa0", " ").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            break
        window = " ".join(x.strip() for x in lines[index : index + 3])  # "On Mon, … <x@y>\nwrote:"
        if any(head.match(line) for head in _QUOTE_HEADS) or _QUOTE_HEADS[0].match(window):
            break
        kept.append(line.rstrip())
    body = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", body)


# ---- what kind of message it is ---------------------------------------------------------------------------

BOUNCE = "bounce"
AUTO_REPLY = "auto_reply"
UNSUBSCRIBE = "unsubscribe"
REPLY = "reply"

# Out-of-office subjects as Gmail, Outlook, QQ/163/Feishu and European mail programs write them.
_AWAY_SUBJECT = re.compile(
    r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoreply|auto:|away from|on vacation|on leave|"
    r"自动回复|自動回覆|休假|不在办公室|外出|"
    r"abwesenheit|respuesta autom[aá]tica|r[ée]ponse automatique|risposta automatica|resposta autom[aá]tica",
    re.IGNORECASE,
)
_UNSUBSCRIBE = re.compile(
    r"\bunsubscribe\b|no more e-?mails?|stop (?:e-?mailing|sending|contacting)|remove me from|"
    r"don'?t (?:e-?mail|contact) me|do not (?:e-?mail|contact) me|not interested,? (?:please )?stop|"
    r"退订|取消订阅|不要再发|别再发|不要再联系|别再联系|不用再发|请勿再发",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)


def kind_of(mail: Incoming) -> str:
    """bounce (a DSN), auto_reply (RFC 3834 Auto-Submitted, or an out-of-office subject), unsubscribe (the
    words in the new text, or the subject a List-Unsubscribe mailto sends), else reply."""
    if mail.report:
        return BOUNCE
    subject = _REPLY_PREFIX.sub("", mail.subject)
    if mail.auto_submitted or _AWAY_SUBJECT.search(subject):
        return AUTO_REPLY
    if _UNSUBSCRIBE.search(subject) or _UNSUBSCRIBE.search(mail.body):
        return UNSUBSCRIBE
    return REPLY


_CN_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")  # also Japanese
_NUMERIC = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_EN_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
# "12/3", "10/12/2026", and the European "10.12." / "10.12.2026" (a dot after the month, so "1.5" or a
# price is no date); the order of day and month is the language's (below).
_SLASHED = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})(?!\d)|(?!\d))")

# Month names as out-of-office notes write them, for the languages whose day comes before the month
# ("hasta el 10 de diciembre", "até 10 de dezembro", "jusqu'au 10 décembre", "bis zum 10. Dezember",
# "sampai 10 Desember", "fino al 10 dicembre"). Full names, and abbreviations only with their dot where
# the bare letters are an everyday word in another language ("mar", "out", "set", "des", "mai").
_MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "es": (
        ("enero", "ene."),
        ("febrero", "feb."),
        ("marzo",),
        ("abril", "abr."),
        ("mayo",),
        ("junio",),
        ("julio",),
        ("agosto", "ago."),
        ("septiembre", "setiembre", "sept.", "sep."),
        ("octubre", "oct."),
        ("noviembre", "nov."),
        ("diciembre", "dic."),
    ),
    "pt": (
        ("janeiro", "jan."),
        ("fevereiro", "fev."),
        ("março", "marco"),
        ("abril", "abr."),
        ("maio",),
        ("junho",),
        ("julho",),
        ("agosto", "ago."),
        ("setembro", "set."),
        ("outubro", "out."),
        ("novembro", "nov."),
        ("dezembro", "dez."),
    ),
    "fr": (
        ("janvier", "janv."),
        ("février", "fevrier", "févr."),
        ("mars",),
        ("avril", "avr."),
        ("mai",),
        ("juin",),
        ("juillet", "juil."),
        ("août", "aout"),
        ("septembre", "sept."),
        ("octobre", "oct."),
        ("novembre", "nov."),
        ("décembre", "decembre", "déc."),
    ),
    "de": (
        ("januar", "jänner", "jan."),
        ("februar", "feb."),
        ("märz", "maerz", "mär."),
        ("april", "apr."),
        ("mai",),
        ("juni",),
        ("juli",),
        ("august", "aug."),
        ("september", "sept.", "sep."),
        ("oktober", "okt."),
        ("november", "nov."),
        ("dezember", "dez."),
    ),
    "id": (
        ("januari",),
        ("februari", "pebruari"),
        ("maret",),
        ("april",),
        ("mei",),
        ("juni",),
        ("juli",),
        ("agustus",),
        ("september",),
        ("oktober",),
        ("november", "nopember"),
        ("desember",),
    ),
    "it": (
        ("gennaio", "genn."),
        ("febbraio", "febbr."),
        ("marzo",),
        ("aprile",),
        ("maggio",),
        ("giugno",),
        ("luglio",),
        ("agosto",),
        ("settembre", "sett."),
        ("ottobre", "ott."),
        ("novembre", "nov."),
        ("dicembre", "dic."),
    ),
}
_MONTH_OF: dict[str, int] = {
    name: number for names in _MONTHS.values() for number, spelled in enumerate(names, 1) for name in spelled
}
_MONTH_NAMES = "|".join(re.escape(n) for n in sorted(_MONTH_OF, key=len, reverse=True))
# day (1, 1er, 1º, 1°, 10.) [de|del|di] month [[de|del] year]
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:er|º|°|ª|o)?\.?\s*(?:de\s+|del\s+|di\s+)?({_MONTH_NAMES})(?![a-zà-ÿ])"
    rf"(?:,?\s*(?:de\s+|del\s+)?(\d{{4}})\b)?",
    re.IGNORECASE,
)
# The words that say the writer counts day before month (so "10/12" is 10 December): their month names, or
# the "until"/"back" of an out-of-office note in those languages.
_ENGLISH_MONTHS = {
    "april",
    "august",
    "september",
    "november",
    "jan.",
    "feb.",
    "apr.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
}
_DAY_FIRST = re.compile(
    r"(?<![a-zà-ÿ])(?:"
    + "|".join(re.escape(n) for n in sorted(set(_MONTH_OF) - _ENGLISH_MONTHS, key=len, reverse=True))
    + r"|hasta|regreso|vacaciones|até|retorno|férias|jusqu|retour|congés|"
    r"bis|zurück|urlaub|sampai|hingga|kembali|cuti|fino|rientro|ferie)(?![a-zà-ÿ])",
    re.IGNORECASE,
)
AWAY_HORIZON_DAYS = 120


def return_date(text: str, today: date) -> date | None:
    """The day the sender is back, from an out-of-office text: the latest date it names within the next
    four months ("away from Dec 1 to Dec 10" → Dec 10; "我12月8日至12月15日休假" → 12月15日; "hasta el 10 de
    diciembre"; "12月10日まで"). None when it names none (the sequence then goes on as planned)."""
    text = unicodedata.normalize("NFKC", text)  # full-width digits, as Japanese and Chinese notes write
    day_first = bool(_DAY_FIRST.search(text))
    found: list[date] = []
    for match in _CN_DATE.finditer(text):
        found += _day(today, match.group(1), match.group(2), match.group(3))
    for match in _NUMERIC.finditer(text):
        found += _day(today, match.group(1), match.group(2), match.group(3))
    for match in _DAY_MONTH.finditer(text):
        named = _MONTH_OF[match.group(2).lower()]
        found += _day(today, match.group(3), str(named), match.group(1))
    for match in _SLASHED.finditer(text):
        first, second, year = match.group(1), match.group(2), match.group(3)
        day, month = (first, second) if day_first else (second, first)
        found += _day(today, _full_year(year), month, day)
    if day_first:
        for match in _DOTTED.finditer(text):
            found += _day(today, _full_year(match.group(3)), match.group(2), match.group(1))
    for match in _EN_WORDS.finditer(text):
        found += _parsed(match.group(0), today)
    ahead = [d for d in found if today <= d <= today + timedelta(days=AWAY_HORIZON_DAYS)]
    return max(ahead) if ahead else None


def _full_year(year: str | None) -> str | None:
    return f"20{year}" if year is not None and len(year) == 2 else year


def _day(today: date, year: str | None, month: str, day: str) -> list[date]:
    try:
        named = date(int(year) if year else today.year, int(month), int(day))
    except ValueError:
        return []
    if year is None and named < today - timedelta(days=7):
        named = named.replace(year=today.year + 1)  # "1月5日" written in December
    return [named]


def _parsed(phrase: str, today: date) -> list[date]:
    import dateparser

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime.combine(today, time(0)),
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return [parsed.date()] if parsed is not None else []
