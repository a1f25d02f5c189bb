"""Hostile and broken callbacks against the real web app (`bot.wiring.build_web_app`): 0 5xx is the bar.

A few hundred generated bodies — truncated, deeply nested, wrong types, huge, bad base64, bad encodings,
missing fields, bad headers and query strings — go to `/feishu/events`, `/feishu/cards` (signed and
encrypted, and in plain token mode) and `/wecom/callback` (POST and the GET URL check). Some carry a valid
signature (and valid encryption) around garbage, or a valid envelope with garbage inside, so they reach
the decryption, the envelope readers and the inbound pipeline. Forged requests keep their 401/403;
unreadable ones are 400; nothing a caller sends is a 5xx. Deterministic: the generator is seeded.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import hashlib
import io
import json
import logging
import os
import random
import secrets
import struct
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from bot.adapters.feishu import crypto as feishu_crypto
from bot.adapters.feishu.webhook import INBOUND_KEY as FEISHU_INBOUND
from bot.adapters.wecom.crypto import aes_key
from bot.adapters.wecom.crypto import signature as wecom_signature
from bot.settings import FeishuSettings, Settings, WeComSettings
from bot.wiring import build_dispatcher, build_web_app
from tests.feishu_events import FeishuEvents, mention
from tests.simulators.feishu import FeishuSimulator
from tests.simulators.wecom import WeComSimulator
from tests.waiting import eventually
from tests.wecom_callbacks import AES_KEY, TOKEN, WeComCallbacks
from workflows.ports import FrozenClock

ENCRYPT_KEY = "fuzz encrypt key"
NESTED = b"[" * 5000  # the issue's reproducer
SEED = 16_07

Json = dict[str, Any]


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    method: str = "POST"
    expect: frozenset[int] = frozenset()  # empty: any status below 500


@dataclass
class Apps:
    keyed: TestClient[web.Request, web.Application]  # Feishu with an Encrypt Key + WeCom
    plain: TestClient[web.Request, web.Application]  # Feishu in plain (token only) mode
    feishu: FeishuSimulator
    wecom: WeComSimulator
    results: list[tuple[Case, int]] = field(default_factory=list)


@pytest.fixture
async def apps(db: str, clock: FrozenClock) -> AsyncIterator[Apps]:
    feishu = FeishuSimulator(app_id="cli_test", app_secret="secret", bot_open_id="ou_bot")
    await feishu.start()
    wecom = WeComSimulator()
    await wecom.start()
    clients = []
    for key in (ENCRYPT_KEY, ""):
        settings = Settings(
            feishu=FeishuSettings(
                app_id="cli_test",
                app_secret="secret",
                verification_token="vtoken123",
                encrypt_key=key,
                domain=feishu.url,
            ),
            wecom=WeComSettings(token=TOKEN, aes_key=AES_KEY, api_base=wecom.url) if key else None,
        )
        app = build_web_app(settings, clock=clock, dispatcher=build_dispatcher(settings, clock))
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
    yield Apps(clients[0], clients[1], feishu, wecom)
    for client in clients:
        inbound = client.app[FEISHU_INBOUND]
        await eventually(lambda inbound=inbound: len(inbound.tasks) == 0, within=30)
        await client.close()
    await wecom.close()
    await feishu.close()


# ------------------------------------------------------------------------------------------ garbage


def junk_bodies(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """Bodies no platform sends: (name, bytes). Shared by every route."""
    yield "empty", b""
    yield "space", b"   "
    yield "nested-array-5000", NESTED
    yield "nested-array-closed-5000", b"[" * 5000 + b"]" * 5000
    yield "nested-object-5000", b'{"a":' * 5000
    yield "nested-object-closed-3000", b'{"a":' * 3000 + b"1" + b"}" * 3000
    yield "nested-array-200k", b"[" * 200_000
    yield "nested-in-encrypt", b'{"encrypt":' + b"[" * 5000
    yield "nested-in-header", b'{"header":' + b"{" * 5000
    yield "not-json", b"{not json"
    yield "xml-unclosed", b"<xml><Encrypt>"
    yield "xml-empty-encrypt", b"<xml><Encrypt></Encrypt></xml>"
    yield "xml-nested", b"<a>" * 50_000
    yield "xml-nested-closed", b"<a>" * 20_000 + b"</a>" * 20_000
    yield "xml-billion-laughs", _billion_laughs()
    yield (
        "xml-external-entity",
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b"<xml><Encrypt>&e;</Encrypt></xml>"
        ),
    )
    yield "xml-unknown-encoding", b'<?xml version="1.0" encoding="klingon"?><xml><Encrypt>a</Encrypt></xml>'
    yield "xml-utf16-declared", b'<?xml version="1.0" encoding="utf-16"?><xml/>'
    for value in ("null", "true", "1", "-0", "1e999", "NaN", "Infinity", '"str"', "[]", "{}", "[1,2]"):
        yield f"scalar-{value}", value.encode()
    yield "huge-int", b"9" * 100_000
    yield "huge-int-in-object", b'{"encrypt": ' + b"9" * 5000 + b"}"
    yield "huge-string", json.dumps({"encrypt": "A" * 900_000}).encode()
    yield "many-keys", json.dumps({f"k{i}": i for i in range(40_000)}).encode()
    yield "over-limit", b"{" + b" " * (1024 * 1024 + 10) + b"}"
    yield "nul-bytes", b"\x00" * 64
    yield "nul-in-json", b'{"encrypt": "\x00"}'
    yield "escaped-nul", b'{"encrypt": "\\u0000"}'
    yield "lone-surrogate-escape", b'{"encrypt": "\\ud800"}'
    yield "invalid-utf8", b'{"encrypt": "\xff\xfe\xfd"}'
    yield "latin1", '{"encrypt": "café"}'.encode("latin-1")
    yield "utf16", json.dumps({"encrypt": "abc"}).encode("utf-16")
    yield "utf32", json.dumps({"encrypt": "abc"}).encode("utf-32")
    yield "bom-utf8", b"\xef\xbb\xbf" + json.dumps({"encrypt": "abc"}).encode()
    yield "gbk", '{"encrypt": "达人"}'.encode("gbk")
    for wrong in (None, 1, 1.5, True, [], {}, ["a"], {"a": 1}, "", "!!!!", "=" * 8):
        yield f"encrypt-{type(wrong).__name__}-{str(wrong)[:8]}", json.dumps({"encrypt": wrong}).encode()
    yield "encrypt-nested-value", json.dumps({"encrypt": _nested_list(400)}).encode()
    yield "encrypt-and-header", json.dumps({"encrypt": "abc", "header": {"token": "vtoken123"}}).encode()
    for size in (1, 7, 31, 100, 4096):
        yield f"random-bytes-{size}", rng.randbytes(size)
    for i in range(6):
        yield (
            f"random-printable-{i}",
            bytes(rng.choice(b'{}[]":,0123456789abcnulltrue \\') for _ in range(200)),
        )


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?><!DOCTYPE x [' + "".join(entities) + "]><xml><Encrypt>&a9;</Encrypt></xml>"
    ).encode()


def _nested_list(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def junk_value(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value of a random type, sometimes nasty."""
    choices: list[Any] = [
        None,
        True,
        0,
        -1,
        2**70,
        1.5e308,
        "",
        "\x00",
        "\u202e",
        "a" * 5000,
        "@_user_1",
        "<@all>",
        '=HYPERLINK("http://x")',
        "\ud800",
        _nested_list(300),
    ]
    if depth < 3:
        choices += [
            [junk_value(rng, depth + 1) for _ in range(rng.randint(0, 3))],
            {
                str(junk_value(rng, depth + 1))[:20]: junk_value(rng, depth + 1)
                for _ in range(rng.randint(0, 3))
            },
        ]
    return copy.deepcopy(rng.choice(choices))


def paths_of(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield (*prefix, key)
            yield from paths_of(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield (*prefix, index)
            yield from paths_of(value, (*prefix, index))


def mutate(doc: Json, rng: random.Random) -> Json:
    """A copy of `doc` with one to three fields replaced by junk, deleted, or their JSON text nested."""
    out = copy.deepcopy(doc)
    for _ in range(rng.randint(1, 3)):
        paths = list(paths_of(out))
        if not paths:
            break
        path = rng.choice(paths)
        parent: Any = out
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        action = rng.random()
        if action < 0.15 and isinstance(parent, dict):
            del parent[last]
        elif action < 0.25 and isinstance(parent[last], str):
            parent[last] = "[" * 5000  # nested JSON text where JSON text is parsed (message content)
        else:
            parent[last] = junk_value(rng)
    return out


def dumps(doc: Any) -> str:
    return json.dumps(doc)  # ASCII: a lone surrogate travels as its escape, as JSON allows


# ------------------------------------------------------------------------------------------ Feishu


def feishu_encrypt_bytes(plain: bytes, key: str = ENCRYPT_KEY) -> str:
    """Feishu's encryption of arbitrary bytes (not only UTF-8 text)."""
    iv = os.urandom(16)
    pad = 16 - len(plain) % 16
    encryptor = Cipher(algorithms.AES(hashlib.sha256(key.encode()).digest()), modes.CBC(iv)).encryptor()
    return base64.b64encode(iv + encryptor.update(plain + bytes([pad]) * pad) + encryptor.finalize()).decode()


def feishu_signed(
    body: bytes, *, timestamp: str | None = None, nonce: str = "n0nce"
) -> tuple[tuple[str, str], ...]:
    ts = timestamp or str(int(time.time()))
    return (
        ("X-Lark-Request-Timestamp", ts),
        ("X-Lark-Request-Nonce", nonce),
        ("X-Lark-Signature", feishu_crypto.signature(ts, nonce, ENCRYPT_KEY, body)),
    )


def feishu_valid_docs(events: FeishuEvents) -> list[Json]:
    return [
        events.message("@_user_1 帮助"),
        events.message("@_user_1 添加达人 @amy tiktok 美国", mentions=[mention("@_user_2", "ou_w", "小王")]),
        events.message(
            "",
            message_type="post",
            content={"title": "t", "content": [[{"tag": "text", "text": "@_user_1 帮助"}]]},
        ),
        events.message("", message_type="file", content={"file_key": "fk", "file_name": "a.xlsx"}),
        events.message("help", chat_type="p2p", chat_id="oc_dm", at_bot=False),
        events.bot_added(),
        events.card_action({"action": "nlu.pick", "pick": "help"}),
        events.challenge(),
    ]


def feishu_cases(rng: random.Random) -> Iterator[Case]:
    events = FeishuEvents(encrypt_key=ENCRYPT_KEY)
    routes = ("/feishu/events", "/feishu/cards")
    for name, body in junk_bodies(rng):
        path = rng.choice(routes)
        yield Case(f"feishu unsigned {name}", path, body)
        yield Case(f"feishu signed {name}", path, body, feishu_signed(body))
    for name, body in [("nested", NESTED), ("nested-in-encrypt", b'{"encrypt":' + b"[" * 5000)]:
        for path in routes:
            yield Case(f"feishu 400 unsigned {name} {path}", path, body, expect=frozenset({400}))
            yield Case(f"feishu 400 signed {name} {path}", path, body, feishu_signed(body), frozenset({400}))
    yield from feishu_encrypted_cases(rng, events, routes)
    yield from feishu_id_cases(events, routes)


def feishu_id_cases(events: FeishuEvents, routes: tuple[str, str]) -> Iterator[Case]:
    """Valid events whose ids would become database keys: NUL (PostgreSQL refuses it), too long, not ASCII."""
    for key, bad, expect in [
        ("tenant_key", "tenant\x00a", 400),
        ("event_id", "e" * 500, 400),
        ("message_id", "om_\x00", 200),
        ("chat_id", "oc_群", 200),
        ("sender", "ou_\x00", 200),
    ]:
        doc = events.message("@_user_1 帮助")
        if key in ("tenant_key", "event_id"):
            doc["header"][key] = bad
        elif key == "sender":
            doc["event"]["sender"]["sender_id"]["open_id"] = bad
        else:
            doc["event"]["message"][key] = bad
        body = dumps({"encrypt": feishu_crypto.encrypt(dumps(doc), ENCRYPT_KEY)}).encode()
        yield Case(f"feishu id {key}", routes[0], body, feishu_signed(body), frozenset({expect}))


def feishu_encrypted_cases(
    rng: random.Random, events: FeishuEvents, routes: tuple[str, str]
) -> Iterator[Case]:
    """Valid signatures around garbage ciphertext, garbage plaintext and garbage inside valid events."""
    # valid signature, valid encryption, garbage plaintext
    plaintexts: list[tuple[str, bytes]] = [
        ("nested", NESTED),
        ("nested-object", b'{"a":' * 5000),
        ("not-json", b"not json"),
        ("invalid-utf8", b"\xff\xfe{}"),
        ("array", b"[1,2,3]"),
        ("string", b'"x"'),
        ("empty", b""),
        ("no-header", dumps({"event": {}}).encode()),
        ("header-string", dumps({"header": "x", "event": {}}).encode()),
        ("header-no-token", dumps({"header": {"event_type": "im.message.receive_v1"}}).encode()),
        ("token-int", dumps({"header": {"token": 5}}).encode()),
        ("token-nested", dumps({"header": {"token": _nested_list(500)}}).encode()),
        (
            "challenge-wrong-token",
            dumps({"type": "url_verification", "challenge": "c", "token": "no"}).encode(),
        ),
        (
            "challenge-token-list",
            dumps({"type": "url_verification", "challenge": [], "token": ["vtoken123"]}).encode(),
        ),
        ("v1", dumps({"uuid": "u", "token": "vtoken123", "event": {"type": "message"}}).encode()),
        ("v1-event-list", dumps({"uuid": "u", "token": "vtoken123", "event": []}).encode()),
    ]
    for name, plain in plaintexts:
        body = dumps({"encrypt": feishu_encrypt_bytes(plain)}).encode()
        yield Case(
            f"feishu encrypted {name}", rng.choice(routes), body, feishu_signed(body), frozenset({400, 401})
        )
    wrong_key = dumps({"encrypt": feishu_encrypt_bytes(b"{}", key="another")}).encode()
    yield Case("feishu wrong key", routes[0], wrong_key, feishu_signed(wrong_key), frozenset({400}))
    for name, cipher in [
        ("short", base64.b64encode(b"x" * 16).decode()),
        ("odd-length", base64.b64encode(b"x" * 33).decode()),
        ("not-base64", "!!!" * 20),
        ("base64-urlsafe", base64.urlsafe_b64encode(b"\xff" * 48).decode()),
        ("whitespace", " " + base64.b64encode(b"x" * 48).decode()),
        ("non-ascii", "达人" * 30),
    ]:
        body = dumps({"encrypt": cipher}).encode()
        yield Case(f"feishu cipher {name}", routes[0], body, feishu_signed(body), frozenset({400}))
    # valid signature, valid encryption, valid token, garbage inside the event
    valid = feishu_valid_docs(events)
    for i in range(120):
        doc = mutate(rng.choice(valid), rng)
        if isinstance(doc.get("header"), dict):
            doc["header"]["token"] = "vtoken123"
        elif doc.get("type") == "url_verification":
            doc["token"] = "vtoken123"
        body = dumps({"encrypt": feishu_crypto.encrypt(dumps(doc), ENCRYPT_KEY)}).encode()
        yield Case(f"feishu garbage-inside {i}", rng.choice(routes), body, feishu_signed(body))
    for i, doc in enumerate(valid):
        text = dumps(doc)
        for cut in sorted({1, len(text) // 3, len(text) // 2, len(text) - 1}):
            body = dumps({"encrypt": feishu_crypto.encrypt(text[:cut], ENCRYPT_KEY)}).encode()
            yield Case(
                f"feishu truncated-inside {i}@{cut}", routes[0], body, feishu_signed(body), frozenset({400})
            )
        raw = events.request(doc)[0]
        for cut in (1, len(raw) // 2, len(raw) - 1):
            yield Case(
                f"feishu truncated {i}@{cut}",
                routes[1],
                raw[:cut],
                feishu_signed(raw[:cut]),
                frozenset({400}),
            )
    # headers: what a signature, nonce or timestamp may look like
    body = events.request(events.message("@_user_1 帮助"))[0]
    good = dict(feishu_signed(body))
    for name, header, value in [
        ("sig-empty", "X-Lark-Signature", ""),
        ("sig-non-hex", "X-Lark-Signature", "zz" * 32),
        ("sig-huge", "X-Lark-Signature", "a" * 8000),
        ("sig-unicode", "X-Lark-Signature", "签名"),
        ("ts-nan", "X-Lark-Request-Timestamp", "nan"),
        ("ts-inf", "X-Lark-Request-Timestamp", "inf"),
        ("ts-huge", "X-Lark-Request-Timestamp", "9" * 400),
        ("ts-unicode", "X-Lark-Request-Timestamp", "١٢٣"),
        ("nonce-unicode", "X-Lark-Request-Nonce", "随机"),
    ]:
        headers = {**good, header: value}
        if header != "X-Lark-Signature":  # sign what was sent: these reach the freshness check
            headers["X-Lark-Signature"] = _feishu_sign_any(headers, body)
        yield Case(f"feishu header {name}", routes[0], body, tuple(headers.items()), frozenset({401}))


def _feishu_sign_any(headers: dict[str, str], body: bytes) -> str:
    ts, nonce = headers["X-Lark-Request-Timestamp"], headers["X-Lark-Request-Nonce"]
    return hashlib.sha256((ts + nonce + ENCRYPT_KEY).encode("utf-8") + body).hexdigest()


def feishu_plain_cases(rng: random.Random) -> Iterator[Case]:
    """Plain mode (no Encrypt Key): the body is the envelope, guarded only by the Verification Token."""
    events = FeishuEvents()
    for name, body in junk_bodies(rng):
        yield Case(f"feishu-plain {name}", "/feishu/events", body)
    yield Case("feishu-plain 400 nested", "/feishu/events", NESTED, expect=frozenset({400}))
    yield Case("feishu-plain 400 nested cards", "/feishu/cards", NESTED, expect=frozenset({400}))
    valid = feishu_valid_docs(events)
    for i in range(60):
        doc = mutate(rng.choice(valid), rng)
        if isinstance(doc.get("header"), dict):
            doc["header"]["token"] = "vtoken123"
        yield Case(
            f"feishu-plain garbage-inside {i}",
            rng.choice(("/feishu/events", "/feishu/cards")),
            dumps(doc).encode(),
        )


# ------------------------------------------------------------------------------------------- WeCom


def wecom_encrypt_bytes(plain: bytes, receive_id: bytes = b"", length: int | None = None) -> str:
    """WeCom's encryption of arbitrary bytes: random(16) ‖ len ‖ msg ‖ receive id, PKCS#7 to 32."""
    key = aes_key(AES_KEY)
    data = (
        secrets.token_bytes(16)
        + struct.pack(">I", len(plain) if length is None else length)
        + plain
        + receive_id
    )
    pad = 32 - len(data) % 32
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(data + bytes([pad]) * pad) + encryptor.finalize()).decode()


def wecom_signed(encrypted: str, *, timestamp: str | None = None, nonce: str = "12345") -> str:
    ts = timestamp or str(int(time.time()))
    sig = wecom_signature(TOKEN, ts, nonce, encrypted)
    return "/wecom/callback?" + urlencode({"msg_signature": sig, "timestamp": ts, "nonce": nonce})


def wecom_valid_docs(callbacks: WeComCallbacks) -> list[Json]:
    text = callbacks.text("帮助")
    return [
        text,
        callbacks.text("添加达人 @amy tiktok 美国"),
        {**text, "chattype": "single", "chatid": ""},
        {
            **text,
            "msgtype": "mixed",
            "mixed": {"msg_item": [{"msgtype": "text", "text": {"content": "@bot 帮助"}}]},
        },
        {"msgid": "poll", "aibotid": "aib_test", "msgtype": "stream", "stream": {"id": "s1"}},
        {**text, "msgtype": "event", "event": {"eventtype": "enter_chat"}},
        {
            **text,
            "msgtype": "event",
            "event": {"eventtype": "template_card_event", "template_card_event": {"event_key": "k"}},
        },
    ]


def wecom_cases(rng: random.Random) -> Iterator[Case]:
    callbacks = WeComCallbacks()
    signed_path = wecom_signed("x")
    for name, body in junk_bodies(rng):
        yield Case(f"wecom unsigned {name}", "/wecom/callback", body)
        yield Case(f"wecom with-query {name}", signed_path, body)
    yield Case("wecom 400 nested", "/wecom/callback", NESTED, expect=frozenset({400}))
    yield Case("wecom 400 nested signed-query", signed_path, NESTED, expect=frozenset({400}))
    yield Case(
        "wecom 400 nested-in-encrypt", signed_path, b'{"encrypt":' + b"[" * 5000, expect=frozenset({400})
    )
    # a valid signature over garbage ciphertext
    for name, cipher in [
        ("not-base64", "!!!" * 20),
        ("short", base64.b64encode(b"x" * 16).decode()),
        ("odd-length", base64.b64encode(b"x" * 33).decode()),
        ("random-64", base64.b64encode(rng.randbytes(64)).decode()),
        ("random-4096", base64.b64encode(rng.randbytes(4096)).decode()),
        ("non-ascii", "达人" * 30),
        ("wrong-key", WeComCallbacks(aes_key="a" * 43).crypto.encrypt("{}")),
        ("length-lies", wecom_encrypt_bytes(b"{}", length=2**31)),
        ("length-zero", wecom_encrypt_bytes(b"{}", length=0)),
        ("receive-id-bad-utf8", wecom_encrypt_bytes(b"{}", receive_id=b"\xff\xfe")),
    ]:
        body = dumps({"encrypt": cipher}).encode()
        yield Case(f"wecom cipher {name}", wecom_signed(cipher), body, expect=frozenset({400, 403}))
        yield Case(
            f"wecom cipher xml {name}",
            wecom_signed(cipher),
            f"<xml><Encrypt>{cipher}</Encrypt></xml>".encode(),
            expect=frozenset({400, 403}),
        )
    # valid signature and encryption, garbage plaintext
    for name, plain in [
        ("nested", NESTED),
        ("nested-object", b'{"a":' * 5000),
        ("nested-closed", b"[" * 3000 + b"]" * 3000),
        ("not-json", b"not json"),
        ("invalid-utf8", b"\xff\xfe{}"),
        ("nul", b"\x00"),
        ("array", b"[]"),
        ("number", b"1e999"),
        ("huge-int", b"9" * 5000),
        ("no-msgtype", dumps({"msgid": "m"}).encode()),
        ("msgtype-list", dumps({"msgid": "m", "msgtype": ["text"]}).encode()),
        ("text-no-from", dumps({"msgid": "m", "msgtype": "text", "text": {"content": "hi"}}).encode()),
    ]:
        cipher = wecom_encrypt_bytes(plain)
        yield Case(
            f"wecom plaintext {name}",
            wecom_signed(cipher),
            dumps({"encrypt": cipher}).encode(),
            expect=frozenset({400}),
        )
    # valid signature and encryption, garbage inside a callback
    valid = wecom_valid_docs(callbacks)
    for i in range(120):
        doc = mutate(rng.choice(valid), rng)
        cipher = callbacks.crypto.encrypt(dumps(doc))
        yield Case(
            f"wecom garbage-inside {i}",
            wecom_signed(cipher, nonce=str(i)),
            dumps({"encrypt": cipher}).encode(),
        )
    for i, doc in enumerate(valid):
        text = dumps(doc)
        for cut in sorted({1, len(text) // 2, len(text) - 1}):
            cipher = callbacks.crypto.encrypt(text[:cut])
            yield Case(
                f"wecom truncated-inside {i}@{cut}",
                wecom_signed(cipher),
                dumps({"encrypt": cipher}).encode(),
                expect=frozenset({400}),
            )
    # ids that would become database keys
    for key, bad in [("msgid", "m\x00"), ("msgid", "m" * 500), ("aibotid", "机器人"), ("chatid", "\x00")]:
        doc = {**callbacks.text("帮助"), key: bad}
        cipher = callbacks.crypto.encrypt(dumps(doc))
        body = dumps({"encrypt": cipher}).encode()
        yield Case(f"wecom id {key} {bad[:3]!r}", wecom_signed(cipher), body, expect=frozenset({400}))
    doc = callbacks.text("帮助")
    doc["from"] = {"userid": "alice\x00"}
    cipher = callbacks.crypto.encrypt(dumps(doc))
    yield Case(
        "wecom id userid", wecom_signed(cipher), dumps({"encrypt": cipher}).encode(), expect=frozenset({400})
    )
    # query strings
    cipher = callbacks.crypto.encrypt(dumps(valid[0]))
    body = dumps({"encrypt": cipher}).encode()
    ts = str(int(time.time()))
    good = {"msg_signature": wecom_signature(TOKEN, ts, "1", cipher), "timestamp": ts, "nonce": "1"}
    for name, query in [
        ("sig-bad-utf8", "msg_signature=%ff%fe&timestamp=1&nonce=1"),
        ("sig-surrogate", "msg_signature=%ed%a0%80&timestamp=1&nonce=1"),
        ("sig-unicode", "msg_signature=" + quote("签名") + "&timestamp=1&nonce=1"),
        ("nonce-bad-utf8", urlencode({**good, "nonce": ""}) + "&nonce=%ff"),
        ("ts-nan", urlencode({**good, "timestamp": "nan"})),
        ("ts-huge", urlencode({**good, "timestamp": "9" * 400})),
        ("percent-garbage", "msg_signature=%&timestamp=%%&nonce=%zz"),
    ]:
        yield Case(f"wecom query {name}", "/wecom/callback?" + query, body, expect=frozenset({400, 403}))
    yield Case("wecom query repeated", "/wecom/callback?" + urlencode(good) + "&msg_signature=x", body)
    for name, query in [
        ("none", ""),
        ("echostr-garbage", "msg_signature=a&timestamp=1&nonce=1&echostr=%ff%fe"),
        ("echostr-nested", "msg_signature=a&timestamp=1&nonce=1&echostr=" + "%5B" * 2000),
        ("signed-bad-echostr", _signed_verify("!!!notbase64")),
        ("signed-short-echostr", _signed_verify(base64.b64encode(b"x" * 16).decode())),
        ("signed-bad-utf8-echostr", _signed_verify(wecom_encrypt_bytes(b"\xff\xfe"))),
        ("sig-bad-utf8", "msg_signature=%ff&timestamp=1&nonce=1&echostr=abc"),
    ]:
        yield Case(
            f"wecom verify {name}", "/wecom/callback?" + query, method="GET", expect=frozenset({400, 403})
        )


def _signed_verify(echostr: str) -> str:
    ts = str(int(time.time()))
    sig = wecom_signature(TOKEN, ts, "1", echostr)
    return urlencode({"msg_signature": sig, "timestamp": ts, "nonce": "1", "echostr": echostr})


# ------------------------------------------------------------------------------------------- running


async def send(client: TestClient[web.Request, web.Application], case: Case) -> int:
    if case.method == "GET":
        response = await client.get(case.path)
    else:
        response = await client.post(case.path, data=io.BytesIO(case.body), headers=dict(case.headers))
    await response.read()
    return response.status


async def run(client: TestClient[web.Request, web.Application], cases: list[Case]) -> list[str]:
    """Every case in turn; the failures: a 5xx, or a status outside what the case expects."""
    failures = []
    for case in cases:
        status = await send(client, case)
        if status >= 500 or (case.expect and status not in case.expect):
            failures.append(f"{case.name}: {status}")
    return failures


def assert_no_errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    """Garbage is refused or ignored quietly: no ERROR log (a 'database unavailable' or a traceback)."""
    errors = [f"{r.name}: {r.getMessage()[:200]}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []


async def test_feishu_fuzz_has_no_5xx(apps: Apps, caplog: pytest.LogCaptureFixture) -> None:
    cases = list(feishu_cases(random.Random(SEED)))
    assert len(cases) >= 300
    failures = await run(apps.keyed, cases)
    assert failures == [], f"{len(failures)} of {len(cases)}: {failures[:40]}"
    assert_no_errors_logged(caplog)


async def test_feishu_plain_mode_fuzz_has_no_5xx(apps: Apps, caplog: pytest.LogCaptureFixture) -> None:
    cases = list(feishu_plain_cases(random.Random(SEED + 1)))
    assert len(cases) >= 100
    failures = await run(apps.plain, cases)
    assert failures == [], f"{len(failures)} of {len(cases)}: {failures[:40]}"
    assert_no_errors_logged(caplog)


async def test_wecom_fuzz_has_no_5xx(apps: Apps, caplog: pytest.LogCaptureFixture) -> None:
    cases = list(wecom_cases(random.Random(SEED + 2)))
    assert len(cases) >= 300
    failures = await run(apps.keyed, cases)
    assert failures == [], f"{len(failures)} of {len(cases)}: {failures[:40]}"
    assert_no_errors_logged(caplog)


async def test_nested_json_is_400_on_every_route(apps: Apps) -> None:
    """The issue's reproducer, before any auth."""
    for client, path in [
        (apps.keyed, "/feishu/events"),
        (apps.keyed, "/feishu/cards"),
        (apps.plain, "/feishu/events"),
        (apps.keyed, "/wecom/callback"),
    ]:
        response = await client.post(path, data=NESTED)
        assert response.status == 400, path


async def test_bad_bytes_in_headers_are_refused_not_500(apps: Apps) -> None:
    """Header values that are not UTF-8 (aiohttp hands them over with surrogate escapes)."""
    server = apps.keyed.server
    body = b'{"encrypt": "abc"}'
    for header in (
        b"X-Lark-Signature: \xff\xfe",
        b"X-Lark-Request-Timestamp: \xff",
        b"X-Lark-Request-Nonce: \xed\xa0\x80",
    ):
        reader, writer = await asyncio.open_connection(server.host, server.port)
        writer.write(
            b"POST /feishu/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            b"X-Lark-Signature: "
            + b"a" * 64
            + b"\r\nX-Lark-Request-Timestamp: 1\r\nX-Lark-Request-Nonce: n\r\n"
            + header
            + b"\r\nContent-Length: "
            + str(len(body)).encode()
            + b"\r\n\r\n"
            + body
        )
        await writer.drain()
        status_line = await reader.readline()
        writer.close()
        await writer.wait_closed()
        status = int(status_line.split()[1])
        assert status < 500, (header, status_line)


async def test_the_apps_still_answer_after_the_fuzz(apps: Apps) -> None:
    """A fuzz pass leaves both platforms working: a real message afterwards is answered."""
    await run(apps.keyed, list(wecom_cases(random.Random(SEED + 3)))[:80])
    await run(apps.keyed, list(feishu_cases(random.Random(SEED + 4)))[:80])
    callbacks = WeComCallbacks()
    path, body = callbacks.request(callbacks.text("帮助"))
    response = await apps.keyed.post(path, data=body)
    assert response.status == 200
    answer = callbacks.open_reply(await response.json())
    assert answer["stream"]["content"].startswith("**我能帮你做这些**")
    events = FeishuEvents(encrypt_key=ENCRYPT_KEY)
    doc = events.message("@_user_1 帮助", chat_id="oc_after")
    apps.feishu.register_message(doc["event"]["message"]["message_id"], "oc_after")
    body, headers = events.request(doc)
    assert (await apps.keyed.post("/feishu/events", data=body, headers=headers)).status == 200
    await eventually(lambda: any(m.chat_id == "oc_after" for m in apps.feishu.messages))
