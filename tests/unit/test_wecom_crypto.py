"""Golden tests: the official WeCom vectors (the example of the 加解密方案说明 doc and Tencent's Python
sample, sbzhu/weworkapi_python `callback/Sample.py`), through our wrapper of wechatpy."""

from __future__ import annotations

import base64

import pytest
from wechatpy.enterprise.crypto import WeChatCrypto

from bot.adapters.wecom import crypto
from bot.adapters.wecom.crypto import BadSignature, Undecryptable, WeComCrypto, WrongReceiver

A_TOKEN, A_KEY, A_CORP = "QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7"
A_ECHO = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="
A_ENCRYPT = (
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W"
    "/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+H"
    "MZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB"
    "3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVK"
    "n28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
)
A_PLAIN = (
    "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
    "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
    "<CreateTime>1409659813</CreateTime>\n"
    "<MsgType><![CDATA[text]]></MsgType>\n"
    "<Content><![CDATA[hello]]></Content>\n"
    "<MsgId>4561255354251345929</MsgId>\n"
    "<AgentID>218</AgentID>\n"
    "</xml>"
)
C_ENCRYPT = (
    "CZWs4CWRpI4VolQlvn4dlEC1alN2MUEY2VklGehgBVLBrlVF7SyT+SV+Toj43l4ayJ9UMGKphktKKmP7B2j/P1ey67XB8PBgS7Wr5/8"
    "+w/yWriZv3Vmoo/MH3/1HsIWZrPQ3N2mJrelStIfI2Y8kLKXA7EhfZgZX4o+ffdkZDM76SEl79Ib9mw7TGjZ9Aw/x/A2VjNbV1E8Bt"
    "EbRxYYcQippYNw7hr8sFfa3nW1xLdxokt8QkRX83vK3DFP2F6TQFPL2Tu98UwhcUpPvdJBuu1/yiOQIScppV3eOuLWEsko="
)
B_TOKEN, B_KEY, B_CORP = (
    "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo",
    "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
    "ww1436e0e65a779aee",
)
B_ECHO = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA=="
D_TOKEN, D_KEY, D_CORP = "123456", "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a"
D_PLAIN = (
    "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n"
    "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[messense]]></ToUserName>\n"
    "<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>\n</xml>"
)
D_ENCRYPT = (
    "9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGsL8GqxlhZgURnA"
    "tObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPUL2Q1qvSUCUld+/WIXrx0oyK"
    "QmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ"
    "39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3"
)
SMART_PLAIN = (
    '{"msgid":"CAIQ16HMjQYY/NGagIOAgAMgq4KM0AI=","aibotid":"AIBOTID","chatid":"CHATID","chattype":"group",'
    '"from":{"userid":"USERID"},"response_url":"RESPONSEURL","msgtype":"text",'
    '"text":{"content":"@RobotA hello robot"}}'
)
SMART_ENCRYPT = (
    "y514aRT8yYkYNee3kPvkrFfNP6QJhOJjJyKnjo25xNUCWRi/GOyybm22C5asmYjRRAxEBRDczW+TUMA1iRKACVskZSTdS3fNAzk3xOEA"
    "Cb7X3NRyRu3KdS1rcFR6RddHL/X3rQ6RAMja45Pfzuh2nj1PzrEYW6PlfcyVlvp4c5EssOwWMTYM1/oMZq5lPB+7r0Ff+/kfspd6LkaF"
    "FYdXQKHD4bGCDsyq/58xUPhUcogDd9ljxSlHkIeccVH1q3a6SrUL8wLlVI4cy7H8c8yupQQNjDY3AYMLfrjXDrW4lHL4FHgl7UWVfcG2"
    "xbXSyCWgHpBt2tvn4J7hh6mqUfoJ2Q=="
)


def test_vector_a_url_verification() -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, A_CORP)
    assert (
        crypto.signature(A_TOKEN, "1409659589", "263014780", A_ECHO)
        == "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
    )
    assert c.open("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", A_ECHO) == (
        "1616140317555161061"
    )


def test_vector_a_message_pad_30() -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, A_CORP)
    assert (
        c.open("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", A_ENCRYPT) == A_PLAIN
    )
    assert len(base64.b64decode(A_ENCRYPT)) == 352  # pad value 30: a 16-byte PKCS#7 unpadder would refuse it
    reference = WeChatCrypto(A_TOKEN, A_KEY, A_CORP)  # wechatpy's own path agrees with ours
    body = {"Encrypt": A_ENCRYPT}
    assert reference.decrypt_message(
        body, "477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149"
    ) == (A_PLAIN)


def test_vector_a_with_the_smart_bot_receive_id_is_refused() -> None:
    with pytest.raises(WrongReceiver):
        WeComCrypto(A_TOKEN, A_KEY, "").decrypt(A_ECHO)


def test_vector_b_official_python_sample() -> None:
    c = WeComCrypto(B_TOKEN, B_KEY, B_CORP)
    echo = c.open("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683", B_ECHO)
    assert echo == "1288432023552776189"


def test_vector_c_json_callback() -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, A_CORP)
    plain = c.open("0623cbc5a8cbee5bcc137c70de99575366fc2af3", "1409659813", "1372623149", C_ENCRYPT)
    assert plain.startswith('{"ToUserName":"wx5823bf96d3bd56c7","FromUserName":"mycreate"')


def test_vector_d_deterministic_encrypt_and_bad_nonce() -> None:
    c = WeComCrypto(D_TOKEN, D_KEY, D_CORP)
    assert c.encrypt(D_PLAIN, random16="1234567890123456") == D_ENCRYPT
    assert crypto.signature(D_TOKEN, "1411525903", "461056294", D_ENCRYPT) == (
        "407518b7649e86ef23978113f92d27afa9296533"
    )
    echo = "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q=="
    assert c.open("dd6b9c95b495b3f7e2901bfbc76c664930ffdb96", "1411443780", "437374425", echo) == (
        "5927782489442352469"
    )
    with pytest.raises(BadSignature):
        c.open("dd6b9c95b495b3f7e2901bfbc76c664930ffdb96", "1411443780", "437374424", echo)


def test_smart_bot_vector_receive_id_empty() -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, "")
    assert c.encrypt(SMART_PLAIN, random16="1234567890123456") == SMART_ENCRYPT
    assert c.open("1e97f6f0187f029a1b1739e601750c90a5a76db4", "1409659813", "1372623149", SMART_ENCRYPT) == (
        SMART_PLAIN
    )


@pytest.mark.parametrize("text", ["", "x", "a" * 11, "a" * 12, "a" * 44, "中文" * 100])
def test_round_trip_every_pad_value(text: str) -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, "")
    assert c.decrypt(c.encrypt(text)) == text


def test_garbage_is_undecryptable_not_a_crash() -> None:
    c = WeComCrypto(A_TOKEN, A_KEY, "")
    for bad in [
        "not base64!!",
        "",
        base64.b64encode(b"x" * 15).decode(),
        base64.b64encode(b"x" * 64).decode(),
    ]:
        with pytest.raises(Undecryptable):
            c.decrypt(bad)
    other = WeComCrypto(B_TOKEN, B_KEY, "")
    with pytest.raises((Undecryptable, WrongReceiver)):
        other.decrypt(c.encrypt("hello"))


def test_bad_encoding_aes_key() -> None:
    with pytest.raises(ValueError, match="43 characters"):
        crypto.aes_key("short")
    assert "QDG6eK" not in repr(WeComCrypto(A_TOKEN, A_KEY, ""))
