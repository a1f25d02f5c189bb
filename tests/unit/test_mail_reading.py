"""A creator's e-mail read cleanly whatever sent it: charsets, HTML-only bodies, quoted history, threads."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.mime.text import MIMEText

import pytest

from workflows.mail.reading import kind_of, new_text, parse, return_date


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


@pytest.mark.parametrize(
    ("subject", "body", "headers", "kind"),
    [
        ("Re: collab", "Sounds good, send details", {}, "reply"),
        ("Automatic reply: collab", "I'm away", {}, "auto_reply"),
        ("Re: collab", "Away until Monday", {"Auto-Submitted": "auto-replied"}, "auto_reply"),
        ("自动回复：合作", "我在休假", {}, "auto_reply"),
        ("Out of Office: collab", "back soon", {}, "auto_reply"),
        ("unsubscribe", "", {}, "unsubscribe"),
        ("Re: collab", "please stop emailing me", {}, "unsubscribe"),
        ("回复：合作", "不要再发了，退订", {}, "unsubscribe"),
        (
            "Re: collab",
            "Yes!\n\nOn Tue, Li <t@x.test> wrote:\n> unsubscribe: reply 'unsubscribe'",
            {},
            "reply",
        ),
    ],
)
def test_what_kind_of_message_it_is(subject: str, body: str, headers: dict[str, str], kind: str) -> None:
    message = EmailMessage()
    message["From"] = "amy@creators.test"
    message["Subject"] = subject
    for name, value in headers.items():
        message[name] = value
    message.set_content(body or "\n")
    assert kind_of(parse(message.as_bytes())) == kind


def test_a_delivery_status_notification_names_the_failed_recipient_and_why() -> None:
    report = (
        b"From: MAILER-DAEMON@mail.test\r\nTo: team@x.test\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you...\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.test\r\n\r\n"
        b"Final-Recipient: rfc822; Amy@Nowhere.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--B--\r\n"
    )
    mail = parse(report)
    assert kind_of(mail) == "bounce"
    assert mail.failed_recipients == ("amy@nowhere.example",)
    assert mail.diagnostic == "550 5.1.1 user unknown"


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I am out of the office from Nov 26 to December 10 and will reply when I return.", "2026-12-10"),
        ("我11月28日至12月15日休假，期间不便回复。", "2026-12-15"),
        ("Back on 12/3.", "2026-12-03"),
        ("I will be back on the 5th of December", "2026-12-05"),
        ("Abwesend bis 2026-12-07", "2026-12-07"),
        ("元旦假期，1月3日回来", "2027-01-03"),
        ("Thanks for your e-mail, I have limited access.", None),
    ],
)
def test_the_return_date_of_an_out_of_office_answer(text: str, back: str | None) -> None:
    found = return_date(text, date(2026, 11, 25))
    assert (found.isoformat() if found else None) == back


@pytest.mark.parametrize(
    ("text", "back"),
    [
        (  # Spanish (Gmail vacation responder)
            "Hola, gracias por tu mensaje. Estoy de vacaciones del 28 de noviembre hasta el 10 de diciembre "
            "sin acceso al correo. Para temas urgentes escribe a equipo@marca.es o llama al 91 555 12 34.",
            "2026-12-10",
        ),
        ("Estaré fuera de la oficina hasta el lunes 7 de dic. de 2026. Un saludo, Lucía", "2026-12-07"),
        (  # Portuguese (Brazil)
            "Olá! Estou de férias até 10 de dezembro e responderei assim que voltar. Pedido nº 4521 em "
            "andamento. Abraços, Camila",
            "2026-12-10",
        ),
        ("Obrigada pelo contato. Retorno no dia 1º de dezembro de 2026.", "2026-12-01"),
        (  # French (Outlook automatic reply)
            "Bonjour,\nJe suis absente du bureau jusqu'au 10 décembre inclus, avec un accès limité à mes "
            "e-mails. En cas d'urgence, contactez le 01 23 45 67 89.\nCordialement,\nChloé",
            "2026-12-10",
        ),
        ("Merci pour votre message. De retour le 1er déc., je vous répondrai au plus vite.", "2026-12-01"),
        (  # German
            "Vielen Dank für Ihre Nachricht. Ich bin bis zum 10. Dezember nicht im Büro und habe keinen "
            "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Raum 3.14.",
            "2026-12-10",
        ),
        ("Ich bin im Urlaub und ab dem 14.12.2026 wieder erreichbar. Viele Grüße, Jonas", "2026-12-14"),
        ("Abwesend vom 1. bis 8. Dez. — ab 9.12. wieder im Büro.", "2026-12-09"),
        (  # Indonesian
            "Terima kasih atas email Anda. Saya sedang cuti sampai 10 Desember 2026 dan akan membalas "
            "setelah kembali. Untuk hal mendesak hubungi 0812 3456 7890.",
            "2026-12-10",
        ),
        ("Halo kak, aku lagi libur, balik kerja tanggal 3 Januari ya 🙏", "2027-01-03"),
        (  # Italian
            "Grazie per la sua email. Sarò fuori ufficio fino al 10 dicembre con accesso limitato alla "
            "posta. Per urgenze contattare l'interno 204.",
            "2026-12-10",
        ),
        ("Sono in ferie, rientro il 2/12. Cordiali saluti, Giulia", "2026-12-02"),
        (  # Japanese (full-width digits as IMEs type them)
            "お問い合わせありがとうございます。誠に勝手ながら、１２月１０日まで休暇をいただいております。"
            "ご返信は休暇明けになります。",
            "2026-12-10",
        ),
        ("12月1日（火）から12月10日（木）まで不在にしております。", "2026-12-10"),
        # numbers that are not dates
        ("Je suis en congés. Commande 12/345, prix 19.99 €, version 2.1.3.", None),
        ("Estoy de vacaciones. Mi número es +34 612 34 56 78, oficina 3.", None),
        ("Ich bin im Urlaub. Tel. 030 12345678, Paket 4 von 5.", None),
        ("Thanks! I'm out until 12/3, I sell 3 april-themed sets.", "2026-12-03"),
    ],
)
def test_the_return_date_in_other_languages(text: str, back: str | None) -> None:
    found = return_date(text, date(2026, 11, 25))
    assert (found.isoformat() if found else None) == back
