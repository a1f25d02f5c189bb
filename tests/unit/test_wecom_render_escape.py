"""WeCom markdown shows user and model text literally (issue 16 item 10): links, `<@all>`, `<font>`, bold,
headings and quotes typed by a user, a creator or a model are inert; only our own formatting is markdown."""

from __future__ import annotations

import re

import pytest

from bot.adapters.wecom import render
from handlers.replies import Button, Card, Text

HOSTILE = (
    "[点这里领佣金](http://evil.example) ![x](http://evil.example/p.png) <@all> <@zhangsan> "
    '<font color="warning">紧急</font> **加粗** *斜体* __粗__ _斜_ ~~删~~ `code` '
    "<http://evil.example> \\[x\\] &lt;b&gt;"
)
BLOCKS = "# 标题\n## 二级\n> 引用\n- 列表\n+ 列表\n1. 有序\n---\n===\n| a | b |\n    缩进代码\n```"


def shown(markdown: str) -> str:
    """What a reader sees: zero width spaces are invisible, the look-alikes read as the originals."""
    return markdown.replace(render.ZWSP, "").replace("∗", "*").replace("～", "~").replace("ˋ", "`")


def active_markdown(text: str) -> list[str]:
    """The constructs WeCom's markdown (and CommonMark) would act on, found by their exact shapes."""
    patterns = {
        "link or image": r"\]\(",
        "link definition": r"^\s*\[[^\]]*\]:",
        "mention or tag": r"<[@A-Za-z/!?]",
        "bold / italic star": r"\*",
        "strikethrough": r"~",
        "code": r"`",
        "backslash escape": r"\\[\[\]()*_#<>`~\\-]",
        "entity": r"&[#A-Za-z]",
        "block start": r"^[ \t]{0,3}(?:[#>+\-=|]|\d+[.)])|^(?: {4}|\t)",
        # an underscore beside a space or punctuation can open or close emphasis (beside a letter, a digit
        # or the invisible zero width space on both sides it cannot)
        "underscore emphasis": r"(?:^|[^\w\u200b])_|_(?:$|[^\w\u200b])",
    }
    return [name for name, pattern in patterns.items() if re.search(pattern, text, re.MULTILINE)]


def test_hostile_text_is_inert_and_reads_the_same() -> None:
    for text in (HOSTILE, BLOCKS):
        out = render.markdown(Text(text))
        assert active_markdown(out) == [], out
        assert shown(out).replace("] (", "](") == text


@pytest.mark.parametrize("text", ["普通的一句话，没有标记。", "@amy_99 已回复 12.5万 粉丝", "第3行：长长长"])
def test_plain_text_is_unchanged(text: str) -> None:
    assert render.markdown(Text(text)) == text


def test_only_our_own_formatting_is_markdown_in_a_card() -> None:
    card = Card(
        title="**@amy** [x](http://e.x)",
        fields=(("备注", "<@all> 看这里"), ("链接", "[官网](http://evil.example)")),
        body="# 不是标题\n> 不是引用",
        buttons=(Button('<font color="info">确认</font>', "a"), Button("取消", "b")),
        footer="**注**",
    )
    out = render.markdown(card)
    lines = out.split("\n")
    assert lines[0].startswith("**") and lines[0].endswith("**"), "our bold title"
    assert lines[-1].startswith("> "), "our quoted footer"
    assert re.search(r"^1\. .* 2\. 取消$", lines[-3]), "our numbered buttons"
    assert lines[-2].startswith("回复编号或按钮上的字即可"), "they can be typed (the label carried inert)"
    inner = [lines[0][2:-2], *lines[1:-3], lines[-3][3:], lines[-2], lines[-1][2:]]
    assert [active_markdown(line) for line in inner] == [[] for _ in inner], out


def test_text_pushes_with_a_ping_stay_plain() -> None:
    """The `text` msgtype (a reminder that @s its owner) renders no markdown: nothing to escape."""
    assert render.plain(Text("<@all> **x**")) == "<@all> **x**"
