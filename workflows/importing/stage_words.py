"""Stage cells: the chat's stage words (workflows/stages.py) plus what sellers' sheets say beside them.

A stage column is filled by many hands: 已同意, 待寄样, 未回复, Accepted, Not interested. These words
must be the whole cell (folded: NFKC, case, spaces and punctuation), so 不同意 or 还没同意 is never read as
同意; then the chat's vocabulary (a stage key, else the longest alias in the cell, `find_stage`), unless
a negation stands right before the alias ("not paid", "未已发布"). A cell that is none of these is reported
by the importer, and the row is still imported (the default stage for a new creator, the stage unchanged
for an existing one).
The chat does not know these words yet: adding them to `STAGE_ALIASES` would also change how messages
are understood (bot/nlu reads `find_stage`), which needs its own look at the command corpus.
"""

from __future__ import annotations

import re
import unicodedata

from models.enums import Stage
from workflows.stages import find_stage

SHEET_WORDS: dict[Stage, tuple[str, ...]] = {
    Stage.PROSPECT: (
        "未联系",
        "未建联",
        "待开发",
        "待跟进",
        "待触达",
        "未开始",
        "潜在达人",
        "新达人",
        "备选",
        "not contacted",
        "to contact",
        "new",
        "lead",
        "todo",
        "to do",
    ),
    Stage.CONTACTED: (
        "已发送",
        "已发消息",
        "已发邮件",
        "已邀请",
        "邀约中",
        "已私聊",
        "已dm",
        "待回复",
        "等回复",
        "已跟进",
        "emailed",
        "messaged",
        "dm sent",
        "email sent",
        "outreach sent",
        "awaiting reply",
        "waiting for reply",
    ),
    Stage.REPLIED: ("已回信", "有回复", "回复", "已响应", "感兴趣", "有意向", "interested", "answered"),
    Stage.NEGOTIATING: (
        "谈判",
        "洽谈",
        "商谈中",
        "报价中",
        "议价",
        "谈价",
        "沟通价格",
        "negotiate",
        "in negotiation",
        "discussing",
    ),
    Stage.AGREED: (
        "已同意",
        "同意",
        "同意合作",
        "已答应",
        "答应",
        "已接受",
        "接受",
        "已签约",
        "签约",
        "已达成",
        "达成合作",
        "合作中",
        "确认",
        "已确定",
        "已成交",
        "成交",
        "待寄样",
        "待发样",
        "accepted",
        "accept",
        "agree",
        "deal",
        "closed won",
        "won",
    ),
    Stage.SAMPLE_SHIPPED: (
        "寄样",
        "发样",
        "已寄出",
        "样品寄出",
        "已发货",
        "发货",
        "寄样中",
        "运输中",
        "in transit",
        "shipping",
    ),
    Stage.SAMPLE_RECEIVED: ("已收到", "收到", "已收货", "签收", "样品已收到", "got sample", "sample arrived"),
    Stage.CONTENT_POSTED: ("已发帖", "已发文", "已上传", "视频已上线", "发布", "live", "video posted"),
    Stage.PAID: (
        "已付款",
        "已支付",
        "付款完成",
        "已打款",
        "已付",
        "已结清",
        "结清",
        "payment done",
        "paid out",
    ),
    Stage.DECLINED: (
        "不同意",
        "拒绝合作",
        "不感兴趣",
        "没兴趣",
        "无意向",
        "放弃",
        "婉拒了",
        "not interested",
        "decline",
        "reject",
    ),
    Stage.GHOSTED: (
        "未回复",
        "无回复",
        "没有回复",
        "没回",
        "不回",
        "已读不回",
        "无响应",
        "no reply",
        "not replied",
        "no answer",
    ),
    Stage.BLOCKED: ("拉黑了", "屏蔽", "banned", "do not contact"),
}

_PUNCT = re.compile(r"[\s\-_.,;:!?。，；：！？、/\\()（）\[\]【】\"'“”‘’]+")


def _fold(text: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).casefold())


_WORDS: dict[str, Stage] = {}
for _stage, _words in SHEET_WORDS.items():
    for _word in _words:
        _WORDS.setdefault(_fold(_word), _stage)


_NEGATIONS = ("not", "no", "never", "non", "未", "没", "没有", "不", "无", "非", "尚未", "还没", "别")


def read_stage(text: str) -> Stage | None:
    """The stage a cell names, or None when it names none we know."""
    folded = _fold(text)
    if folded in _WORDS:
        return _WORDS[folded]
    try:
        return Stage(text.strip().lower())
    except ValueError:
        pass
    found = find_stage(text)
    if found is None:
        return None
    before = text[: found[1][0]].rstrip().casefold()
    return None if before.endswith(_NEGATIONS) else found[0]
