"""What the intent model sees of a message: the text with the exact things masked, plus a few flags.

Handles, e-mails, links and numbers are replaced by placeholders, so the model learns "a handle is
here", never which handle; a pasted body after the first colon is reduced to flags (prose, a short
body's stage word), so a long creator message does not drown the instruction before it. The flags are
the exact rules kept as features (a stage word, an amount, a question), not as deciders.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.nlu.mentions import find_mentions
from bot.nlu.slots import find_amount
from bot.nlu.text import CJK, LINK, find_emails, normalise
from workflows.stages import find_stage

HEAD_CHARS = 90  # the instruction part the model reads
SHORT_BODY = 12
_HANDLE_RUN = re.compile(r"@h(?:[\s,，、&和与及]*@h){2,}")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")
_QUESTION = re.compile(
    r"[?？]|吗|没有?[?？]?\s*$|呢\s*$|\b(did|does|is|are|has|have|was|what|which|who|how)\b"
)
_LATIN_WORDS = re.compile(r"[a-z]{2,}")
_CJK_CHAR = re.compile(f"[{CJK}]")


# The documented command words (the help card's examples): a message that starts with one is that
# command as the help card taught it — an exact fact, given to the model as a flag.
_COMMANDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (flag, re.compile(pattern, re.IGNORECASE))
    for flag, pattern in (
        ("__cmd_add", r"^\s*(?:添加达人|新增达人|add creators?\b)"),
        ("__cmd_note", r"^\s*(?:备注|note\s+@)"),
        ("__cmd_term", r"^\s*(?:术语|glossary\b|term\b)"),
        ("__cmd_unterm", r"^\s*(?:删除术语|remove term\b)"),
        ("__cmd_cancel", r"^\s*(?:取消提醒|cancel reminder\b)"),
        ("__cmd_export", r"^\s*(?:导出|export\b)"),
        ("__cmd_import", r"^\s*(?:导入|import\b)"),
        ("__cmd_caption", r"^\s*(?:检查文案|check caption\b)"),
        ("__cmd_translate", r"^\s*(?:翻译|translate\b)\s*[:：]"),
        ("__cmd_remind", r"提醒我|\bremind me\b"),
    )
)


@dataclass(frozen=True, slots=True)
class ModelInput:
    """The model's view of one message."""

    text: str  # masked, lower-cased, the instruction before the first colon
    flags: tuple[str, ...]  # exact facts, as tokens: "__h1", "__stage", "__money", ...
    creators: int  # how many creators the message names


def model_input(message: str, known: Collection[str] = ()) -> ModelInput:
    """`known`: lower-cased handles of the workspace's creators found among the message's words."""
    norm = normalise(message.strip())
    handles = find_mentions(norm, known)
    masked = _replace_spans(norm, [span for _, span in handles], " @h ")
    masked = _replace_spans(masked, [m.span() for m in find_emails(masked)], " email ")
    masked = LINK.sub(" url ", masked)
    masked = _HANDLE_RUN.sub(
        " @h @h ", masked
    )  # 500 handles read as "several", the instruction stays in view
    lowered = _DIGITS.sub("0", masked.lower())
    head, body = _split(lowered)
    # pasted content after a colon is only marked: the flags say what it looks like
    text = _SPACES.sub(" ", f"{head[:HEAD_CHARS]} :" if body else head[:HEAD_CHARS]).strip()
    flags = _flags(lowered, head, body, len(handles), norm)
    return ModelInput(text=text, flags=flags, creators=len(handles))


def _replace_spans(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(text[last:start])
        out.append(placeholder)
        last = end
    out.append(text[last:])
    return "".join(out)


def _split(lowered: str) -> tuple[str, str]:
    """The instruction before the first colon and the content after it (a colon inside a URL or a
    time like 10:30 was masked to digits/placeholders first, so it does not split)."""
    match = re.search(r"(?<!0):|：", lowered)
    if match is None or match.start() == 0:
        return lowered, ""
    return lowered[: match.start()], lowered[match.end() :].strip()


def _flags(lowered: str, head: str, body: str, handles: int, raw: str) -> tuple[str, ...]:
    flags = [f"__h{min(handles, 2)}"]
    if find_stage(head) is not None or (0 < len(body) <= SHORT_BODY and find_stage(body) is not None):
        flags.append("__stage")
    if find_amount(lowered)[0] is not None:
        flags.append("__money")
    if _QUESTION.search(head):
        flags.append("__q")
    if "url" in lowered:
        flags.append("__url")
    if "=" in head or "→" in head:
        flags.append("__eq")  # "佣金 = commission": a term and its translation
    if body:
        flags.append("__body")
    flags += [flag for flag, pattern in _COMMANDS if pattern.search(raw)]
    foreign = _foreign_text(head, body)
    if foreign:
        flags.append(foreign)
    return tuple(flags)


def _foreign_text(head: str, body: str) -> str | None:
    """Pasted content: a long Latin body after a colon, or Latin words next to a Chinese instruction. A
    whole message in English is an English instruction, not pasted text (no flag)."""
    if len(_LATIN_WORDS.findall(body)) >= 8:
        return "__prose"
    if len(_LATIN_WORDS.findall(head)) >= 5 and _CJK_CHAR.search(head):
        return "__mixedprose"
    return None
