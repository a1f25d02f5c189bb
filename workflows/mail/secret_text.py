"""A message that carries a mailbox password ("绑定邮箱 amy@163.com 授权码 abcd1234"): found before the
message is understood, so its text never reaches what keeps or shows messages — the clarification card and
its row, learned phrasings, the team's language model, audit and undo entries, translation rows, logs.

`carries_password` is deliberately wider than the connect command: any password word followed by something
password-like counts, with or without a mailbox named (a password sent on its own after "绑定邮箱" too).
Such a message is answered by the mailbox feature alone (handlers/mail.py registers the reader)."""

from __future__ import annotations

import re

# 授权码 (163/126/QQ), 客户端专用密码 (腾讯企业邮), 第三方客户端密码 (飞书), app password (Gmail, Outlook).
# "pass" only with a separator ("pass: x"), so "pass the sample to …" is not a password.
_WORD = (
    r"(?:授权码|客户端专用密码|第三方客户端密码|应用专用密码|应用密码|独立密码|密码|口令|"
    r"app[\s-]*password|password|passwd|pwd|pass(?=\s*[:：=]))"
)
# Gmail shows app passwords as four groups of four letters ("abcd efgh ijkl mnop"): one password.
_GROUPED = r"[A-Za-z]{4}(?:\s[A-Za-z]{4}){3}(?![A-Za-z])"
PASSWORD = re.compile(_WORD + r"\s*(?:[:：=]|是|为|is)?\s*(" + _GROUPED + r"|[^\s，,。；;]+)", re.IGNORECASE)
_LIKE_A_PASSWORD = re.compile(r"[A-Za-z0-9]")
MIN_LENGTH = 4
MASK = "••••"


def password_in(text: str) -> str | None:
    """The password typed after a password word, spaces of a grouped app password removed; None if none."""
    for found in PASSWORD.finditer(text):
        candidate = found.group(1)
        if _password_like(candidate):
            return candidate.replace(" ", "") if re.fullmatch(_GROUPED, candidate) else candidate
    return None


def _password_like(candidate: str) -> bool:
    return len(candidate) >= MIN_LENGTH and _LIKE_A_PASSWORD.search(candidate) is not None


def carries_password(text: str) -> bool:
    return password_in(text) is not None


def redact(text: str) -> str:
    """The message with every password after a password word masked (what may be quoted or kept)."""

    def mask(found: re.Match[str]) -> str:
        if not _password_like(found.group(1)):
            return found.group(0)
        start, end = found.span(1)
        whole = found.group(0)
        return whole[: start - found.start()] + MASK + whole[end - found.start() :]

    return PASSWORD.sub(mask, text)
