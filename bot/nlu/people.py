"""Which teammate a message names: the owner a creator is handed to, whose role changes, whose creators
or progress are asked about. A teammate is, in order of trust: a member the platform resolved as an
@mention, a member of this workspace named in the text, "me" said as the asker, a Chinese personal
name (小王, 老张, 阿杰, 莉莉, 王芳) or a capitalised Latin name (Lisa, Kevin) — never a place, a stage or
an ordinary word."""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.nlu.text import CJK
from workflows import geo

ME = "me"
# Surnames that start a full name such as 王芳 (the 100 most common cover ~85 % of people in China).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_CJK_NAME = re.compile(rf"(?:小|老|阿)[{CJK}]|([{CJK}])\1|[{_SURNAMES}][{CJK}]{{1,2}}")
# Where the person handed a creator follows: "交给 X", "归 X 管", "let X handle", "to X".
ASSIGN_TO = re.compile(
    r"(?:交给|分配给|分给|转给|转交给?|移交给?|指派给|派给|划给|给|归|由|让|换成|改成|改为|改|设为|→|->|=|"
    r"\bto\b|\blet\b|\bover to\b|\bunder\b)\s*",
    re.IGNORECASE,
)
# What follows or precedes a name in these messages, cut from a greedy match ("莉莉吧" → 莉莉).
_TRAILING = re.compile(
    r"(?:吧|啊|呀|哈|了|的|来|去|跟进?|负责|管|接手?|对接|手上|那边|名下|一下|下|你|设|改|升|降|当|做|是|角色|权限|开"
    r"|进度|进展|成绩|表现|业绩|战绩|数据|漏斗|这|本|上|最近|今天|谈|寄|建联).*$"
)
_NOT_NAMES = {
    "小时",
    "小红书",
    "老板",
    "阿里",
    "老师",
    "小号",
    "小样",
    "小店",
    "老客",
    "小伙伴",
    "小哥",
    "小姐姐",
    "王者",
    "张数",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "周末",
    "周报",
    "林林",
    "高端",
    "高价",
    "金额",
    "方式",
    "方便",
    "白天",
    "万粉",
    "钱包",
    "严格",
    "江湖",
    "段子",
    "雷区",
    "黄金",
    "马上",
    "朱古力",
    "何时",
    "任何",
    "程序",
    "苏州",
    "史上",
    "陶瓷",
    "向上",
    "武汉",
    "孔雀",
    "陆续",
    "范围",
    "石头",
    "夏天",
    "毛利",
    "郝",
    "金币",
    "许多",
    "余额",
    "宋体",
    "田园",
    "曾经",
}
# Doubled words that are not pet names (莉莉 is a name, 看看 is "have a look").
_NOT_NAMES |= {
    "看看",
    "谢谢",
    "哈哈",
    "刚刚",
    "常常",
    "慢慢",
    "好好",
    "天天",
    "人人",
    "个个",
    "试试",
    "想想",
    "问问",
    "等等",
    "说说",
    "听听",
    "聊聊",
    "查查",
    "找找",
    "翻翻",
    "改改",
    "多多",
    "大大",
    "早早",
    "明明",
    "渐渐",
    "嘻嘻",
    "呵呵",
    "嘿嘿",
    "拜拜",
    "宝宝",
    "妈妈",
    "爸爸",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "嗯嗯",
    "对对",
    "催催",
    "盯盯",
    "跟跟",
    "乖乖",
    "偷偷",
    "稍稍",
    "仅仅",
    "统统",
    "通通",
    "点点",
    "一一",
    "冲冲",
    "棒棒",
    "快快",
    "赶紧紧",
}
_LATIN_NAME = re.compile(r"(?<![@\w.])([A-Z][a-z]{1,15})(?:'s)?(?![\w@.])")
_NOT_LATIN = {
    "let",
    "make",
    "give",
    "set",
    "assign",
    "hand",
    "please",
    "pls",
    "show",
    "the",
    "owner",
    "role",
    "admin",
    "manager",
    "operator",
    "move",
    "mark",
    "can",
    "could",
    "put",
    "list",
    "all",
    "who",
    "what",
    "reassign",
    "transfer",
    "change",
    "pull",
    "tiktok",
    "instagram",
    "youtube",
    "amazon",
    "shopify",
    "hi",
    "hey",
    "hello",
    "thanks",
    "ok",
    "okay",
    "new",
    "add",
    "note",
    "remind",
    "schedule",
    "translate",
    "reply",
    "summary",
    "export",
    "import",
    "stop",
    "cancel",
    "undo",
    "today",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "my",
    "everyone",
    "creators",
    "creator",
    "team",
    "and",
    "or",
    "i",
    "we",
    "our",
    "is",
    "are",
    "to",
    "for",
    "from",
    "with",
    "by",
    "on",
    "in",
    "at",
    "of",
    "this",
    "that",
    "these",
    "those",
    "any",
    "every",
    "sample",
    "samples",
    "paid",
    "pay",
    "yes",
    "no",
    "also",
    "just",
    "now",
    "when",
    "how",
    "which",
    "does",
    "did",
    "has",
    "have",
    "tt",
    "ig",
    "yt",
    "ins",
    "dm",
    "kol",
    "kols",
    "gmv",
    "roi",
}
_ME = re.compile(
    r"我来|我接|归我|给我|交给我|分给我|转给我|我负责|我跟|我这边|我手上|我名下|我的(?:达人|人)|我(?:来)?管"
    r"|把我|让我|我自己|本人"
    r"|\b(?:i'll take|i will take|i'll handle|i'll do|to me|assign me|me as|mine|myself|my creators"
    r"|make me)\b"
    r"|\bme\b",
    re.IGNORECASE,
)


def find_person(
    text: str, members: Collection[str] = (), *, me_ok: bool = True, after: re.Pattern[str] | None = None
) -> str | None:
    """The teammate `text` names (handles and e-mails already blanked), or None. `members`: names of this
    workspace's members; "me" for the asker. With `after`, a name right after its last match wins
    ("小王休假 先给阿杰" → 阿杰)."""
    if after is not None:
        for match in reversed(list(after.finditer(text))):
            found = _named(text[match.end() : match.end() + 12], members)
            if found:
                return found
    named = _named(text, members)
    if named:
        return named
    if me_ok and _ME.search(text):
        return ME
    return None


def _named(text: str, members: Collection[str]) -> str | None:
    for name in sorted(members, key=len, reverse=True):
        if name and re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.IGNORECASE):
            return name
    return _cjk_name(text) or _latin_name(text)


def _cjk_name(text: str) -> str | None:
    places = geo.scan_location(text)
    for match in _CJK_NAME.finditer(text):
        name = _TRAILING.sub("", match.group(0)) if len(match.group(0)) > 2 else match.group(0)
        if len(name) < 2 or name in _NOT_NAMES:
            continue
        if places is not None and places.span[0] <= match.start() < places.span[1]:
            continue
        return name
    return None


def _latin_name(text: str) -> str | None:
    for match in _LATIN_NAME.finditer(text):
        word = match.group(1)
        if word.lower() not in _NOT_LATIN and geo.scan_location(word) is None:
            return word
    return None
