"""Text clean-up that keeps character offsets: each character is normalised on its own."""

from __future__ import annotations

import re
import unicodedata

from workflows.spans import blank

CJK = r"\u2e80-\u9fff\uf900-\ufaff"
# Characters that end a handle: white space, CJK, and punctuation people put between handles. An "@"
# right after a letter, digit, ".", "_" or another "@" is part of an e-mail (typed well or not: a mistyped
# `kim@@mail` is no creator called "mail"), never a mention.
_HANDLE = re.compile(rf"(?<![A-Za-z0-9._@])@([^\s{CJK},;:!?()\[\]{{}}、，；：。！？（）【】“”]+)")
# A link: with its scheme or www., or a shop's domain typed bare ("glowlab.com/?ref=amy") on a common
# top-level domain, with or without a path.
LINK = re.compile(
    r"https?://\S+|www\.\S+"
    r"|(?<![\w@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|io|shop|store|co\.uk|com\.br)"
    r"(?:/\S*)?(?![\w.])",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def normalise(text: str) -> str:
    """Full-width letters, digits and punctuation to half-width, one character at a time."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


def find_emails(text: str) -> list[re.Match[str]]:
    return list(_EMAIL.finditer(text))


def find_handles(text: str) -> list[tuple[str, tuple[int, int]]]:
    """`@handle` mentions in order, as typed (case kept), with their spans; e-mails are skipped."""
    masked = blank(text, [m.span() for m in find_emails(text)])
    found = []
    for match in _HANDLE.finditer(masked):
        handle = match.group(1)
        handle = re.sub(r"'s$", "", handle).rstrip(".'")
        if handle:
            found.append((handle, (match.start(), match.start() + 1 + len(handle))))
    return found


def strip_punct(text: str) -> str:
    return text.strip(" \t\r\n,.;:!?、，。；：！？-—~\"'“”‘’()（）")
