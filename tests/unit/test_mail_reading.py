"""A creator's e-mail read cleanly whatever sent it: charsets, HTML-only bodies, quoted history, threads."""

from __future__ import annotations

from email.message import EmailMessage
from email.mime.text import MIMEText

import pytest

from workflows.mail.reading import new_text, parse


def _raw(body: str, charset: str, subtype: str = "plain", **headers: str) -> bytes:
    part = MIMEText(body, subtype, charset)
    part["From"] = headers.get("sender", "Amy <Amy@Creators.test>")
    part["Subject"] = headers.get("subject", "Re: collab")
    part["Message-ID"] = "<r1@creators.test>"
    for name in ("In-Reply-To", "References"):
        if name in headers:
            part[name] = headers[name]
    return part.as_bytes()


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "gb18030", "utf-8", "big5"])
def test_chinese_in_any_declared_charset_reads_cleanly(charset: str) -> None:
    text = "你好，我有兴趣合作。" if charset != "big5" else "你好，我有興趣合作。"
    mail = parse(_raw(text, charset))
    assert mail.body == text and mail.sender == "amy@creators.test"


def test_latin1_and_a_wrongly_declared_charset_still_read() -> None:
    assert parse(_raw("¡Hola! Me encantaría colaborar, señora.", "iso-8859-1")).body.startswith("¡Hola!")
    message = EmailMessage()
    message["From"] = "x@creators.test"
    message.set_content("你好".encode("gbk"), maintype="text", subtype="plain")
    message.replace_header("Content-Type", "text/plain; charset=us-ascii")  # lies: the bytes are GBK
    assert parse(message.as_bytes()).body == "你好"


def test_an_html_only_reply_becomes_text_without_its_quoted_thread_or_styles() -> None:
    markup = (
        "<html><head><style>p{color:red}</style></head><body><p>Sounds great &amp; yes!</p>"
        "<p>Send the serum please.</p><div class='gmail_quote'><div>On Tue, … wrote:</div>"
        "<blockquote>Hi Amy, we are…</blockquote></div></body></html>"
    )
    assert parse(_raw(markup, "utf-8", "html")).body == "Sounds great & yes!\n\nSend the serum please."


@pytest.mark.parametrize(
    "quoted",
    [
        "On Wed, Nov 25, 2026 at 9:00 AM Li <team@x.test> wrote:\n> Hi Amy",
        "On Wed, Nov 25, 2026 at 9:00 AM Li Wei\n<team@x.test> wrote:\n\n> Hi Amy",
        "在 2026年11月25日 09:00，Li <team@x.test> 写道：\n> 你好",
        '------------------ 原始邮件 ------------------\n发件人: "Li"<team@x.test>\n主题: 合作',
        "-----Original Message-----\nFrom: Li <team@x.test>\nSent: Wednesday",
        "________________________________\nFrom: Li <team@x.test>\nSent: Wednesday, November 25",
        "> Hi Amy\n> we are a brand",
    ],
)
def test_quoted_history_is_cut_off(quoted: str) -> None:
    assert new_text(f"Yes, interested!\nAmy\n\n{quoted}\nmore old text") == "Yes, interested!\nAmy"


def test_the_thread_ids_come_from_in_reply_to_then_references() -> None:
    mail = parse(_raw("ok", "utf-8", **{"In-Reply-To": "<b@t>", "References": "<a@t>\r\n <b@t>"}))
    assert mail.thread_ids == ("<b@t>", "<a@t>") and mail.message_id == "<r1@creators.test>"
