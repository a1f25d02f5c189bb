"""Intent rules in priority order. Each rule looks at the normalised, lower-cased message with handles
and e-mails masked; the first rule that matches decides the intent."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

POLITE = r"^(?:请|麻烦|帮我|帮忙|能不能|可以|麻烦你|please|pls|hey|hi)?\s*"


@dataclass(frozen=True, slots=True)
class Features:
    """What a rule may look at."""

    text: str  # normalised, lower-cased, handles/e-mails masked
    head: str  # the part before the first colon (the instruction, not the pasted content)
    handles: int
    has_stage: bool
    has_money: bool


def _re(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda s: compiled.search(s) is not None


_help = _re(
    r"^\s*/?(help|帮助|菜单|命令列表|指令列表|命令|使用说明|说明|\?|？)\s*[!?！？]*\s*$"
    r"|你(都)?能(做|干)(什么|啥)|能干啥|能干什么|怎么用|使用说明|有哪些(指令|命令)|(指令|命令)列表"
    r"|how (do i|to) use|what can you do|^commands$"
)
_bind_webhook = _re(
    r"绑定\s*(群)?(推送|消息推送|webhook|群机器人|机器人推送)|\bbind\b.{0,20}\bwebhook\b"
    r"|qyapi\.weixin\.qq\.com/cgi-bin/webhook/send"
)
_translate_lead = _re(POLITE + r"(翻译|翻一下|翻下|translate)|^\s*把这(段|句|条)(话)?翻")
_translate_any = _re(r"翻译|帮我翻|翻一下|翻成|\btranslate\b")
_translation_usage = _re(
    r"翻译(的)?(用量|费用|花费|花销|成本|账单|额度|token)|翻译(一共|总共)?花了|"
    r"\btranslations? (usage|cost|costs|spend|bill|tokens)\b|\b(usage|cost) of translations?\b"
)
_glossary_remove = _re(
    r"(删除|删掉|去掉|移除|取消)(这个|一下|一个)?\s*(术语|词条)"
    r"|\b(remove|delete) (the |a )?(glossary )?term\b"
)
_glossary = _re(POLITE + r"(添加|新增|加个?|设置|查看|看看|列出)?\s*(术语|词汇表|\bglossary\b|\bterm\b)")
_note_lead = _re(POLITE + r"(备注|记一下|记录一下|记个|加个备注|\bnote\b|add a note)")
_note_any = _re(r"备注|(?<!登)记一下|\bnote (for|to|on)\b|add a note")
_draft = _re(
    r"(用|以)\s*[\u4e00-\u9fff]{1,6}?(语言|语|文)\s*(回复|回一下|回个|回|写|起草)"
    r"|^\s*(回复|回个消息)|回个消息|(写|拟|起草)(一|个)?(条|个|段)?回复|回复给|^\s*(draft|write) a reply"
    r"|^\s*reply to\b|\breply to .* in [a-z]+"
)
_agenda = _re(
    r"待办|代办|要做的事|今天(要|该)(做|跟进)什么|我的提醒|提醒列表|日程"
    r"|\bagenda\b|\bto-?do\b|what'?s due|my reminders|due today"
)
_send_window = _re(r"发送窗口|发送时段|发送时间窗|send(ing)? window|send hours")
_cancel = _re(r"取消|撤销|撤回|作废|\bcancel\b|别发了|不用发了|不发了")
_remind = _re(r"提醒|\bremind|\breminder")
_outreach_word = r"(外联|建联|邀约|触达|联系|私信|消息|outreach|\bdm\b|\bmessage\b|reach out)"
_schedule = _re(
    r"(安排|定时|排期|排到|\bschedule\b|set up)[^。]*"
    + _outreach_word
    + r"|"
    + _outreach_word
    + r"[^。]*(安排|定个?时|排期|排到)"
    + r"|(定时|自动|发)\s*(第一封|首封|首条)?\s*(联系|邀约|建联|外联|触达|私信)|^\s*schedule (outreach|a dm)"
    r"|(约|定在|排个?)[^。]*(外联|建联|邀约|触达)|首次(外联|建联|邀约|联系|触达)"
    r"|(按|以)?(她|他|他们|她们|达人)?(那边|当地)的?时间"
)
_payment_verb = _re(r"付|支付|打款|已打|打过去|打了|转账|汇款|结款|\bpaid\b|\bpayment\b|\bpay\b|\bsent\b")
_compliance = _re(
    r"广告|披露|标注|合规|disclosure|sponsored|#ad\b|\bftc\b|#publicidad|\bpubli\b|advertis|赞助|推广视频"
    r"|werbung|anzeige|publicit|#pub\b|#spon\b|paid partnership|合作帖"
)
_add = _re(
    r"(添加|新增|新建|录入|登记|加个?|录一下|录个)\s*(一下)?\s*(这个|一个|个)?\s*(新的?)?"
    r"(达人|红人|博主|kol|网红|creator|influencer)"
    r"|^\s*(请)?(添加|新增|录入)\s*@|\badd (a )?(new )?(creator|influencer|kol)s?\b|\bnew creators?\b"
    r"|^\s*add\s+@|as new creators"
)
_assign = _re(
    r"交给|分配给|分给|转给|指派给|移交|交由|由\s*\S+\s*(来)?(负责|跟进|对接)|负责人|我来(负责|跟进)"
    r"|让\s*\S+?\s*来(跟|负责|对接)"
    r"|\b(re)?assign\b|\bhand (over )?.* to\b"
)
_move = _re(
    r"移到|移回|移至|改为|改成|改到|标记为|标成|标为|设为|设置为|拉进|拉入|阶段|状态"
    r"|\bmove\b.*\bto\b|\bmark\b.*\bas\b|\bset\b.*\b(stage|status)\b|\bupdate\b.*\bto\b"
)
_list = _re(
    r"列出|列一下|列出来|都列|负责的(达人|红人|博主|kol|网红)|有哪些|有谁|都有谁|名单|清单|所有达人|全部达人|哪些达人|给我列"
    r"|^\s*(list|show all|show me all)\b|\bmy creators\b|\ball creators\b"
)
_summary = _re(
    r"汇总|报表|总结|周报|月报|进度|漏斗|统计|数据|概况|概览|\bsummary\b|\breport\b|\bpipeline\b|\bfunnel\b"
    r"|\boverview\b|\bstats\b"
)
_show = _re(
    r"看看|看下|查看|查一下|查下|资料|详情|详细|档案|卡片|信息|情况|怎么样|\bshow\b|\bdetails?\b|\bprofile\b"
    r"|\bwho is\b|\binfo\b|\bview\b"
)


def _rules() -> list[tuple[str, Callable[[Features], bool]]]:
    return [
        ("bind_webhook", lambda f: _bind_webhook(f.text)),
        ("help", lambda f: _help(f.text) and f.handles == 0),
        ("export_creators", lambda f: f.handles == 0 and _export(f.head)),
        ("import_creators", lambda f: f.handles == 0 and _import(f.head)),
        ("translation_usage", lambda f: f.handles == 0 and _translation_usage(f.head)),
        ("glossary_remove", lambda f: _glossary_remove(f.head)),
        ("glossary", lambda f: _glossary(f.head)),
        ("translate", lambda f: _translate_lead(f.head)),
        ("add_note", lambda f: _note_lead(f.head) and f.handles > 0),
        ("set_send_window", lambda f: _send_window(f.head)),
        ("cancel", lambda f: _cancel(f.head) and not _note_any(f.head)),
        ("agenda", lambda f: f.handles == 0 and _agenda(f.head) and not _remind_at(f.head)),
        ("remind", lambda f: _remind(f.head)),
        ("draft_reply", lambda f: _draft(f.head)),
        ("translate", lambda f: _translate_any(f.head)),
        ("add_note", lambda f: _note_any(f.head) and f.handles > 0),
        ("schedule_outreach", lambda f: _schedule(f.head) and f.handles > 0),
        ("record_payment", lambda f: f.has_money and _payment_verb(f.text) and f.handles > 0),
        ("compliance", lambda f: _compliance(f.head)),
        ("add_creator", lambda f: _add(f.head)),
        ("assign_owner", lambda f: _assign(f.head) and f.handles > 0),
        ("set_stage", lambda f: f.handles > 0 and (f.has_stage or _move(f.head))),
        ("list_creators", lambda f: f.handles == 0 and _list(f.text)),
        ("pipeline_summary", lambda f: f.handles == 0 and _summary(f.text)),
        ("list_creators", lambda f: f.handles == 0 and f.has_stage and _creator_word(f.text)),
        ("show_creator", lambda f: f.handles > 0 and (_show(f.text) or _only_handles(f.text))),
        ("schedule_outreach", lambda f: f.handles > 0 and _schedule(f.text)),
    ]


# spreadsheet import / export (issue 7)
_export = _re(
    r"导出|导成\s*(excel|表格|csv)|下载.{0,6}(名单|表格|excel)|(达人|名单).{0,4}(发|给)我.{0,4}(excel|表格|csv)"
    r"|\bexport\b|\bdownload\b.{0,20}\b(creators|pipeline|spreadsheet|excel|csv)\b"
)
_import = _re(
    r"导入|批量(添加|录入|上传)|上传.{0,4}(表格|excel|名单)|\bimport\b|\bupload\b.{0,20}\b(spreadsheet|excel|csv)\b"
)
_remind_at = _re(r"提醒(我|一下|他|她)|remind (me|us|@)")
_creator_word = _re(r"达人|红人|博主|kol|网红|creators?|influencers?")
_only_handles = _re(r"^[\s,、和与&@]*$")

RULES = _rules()


def classify(features: Features) -> str:
    for intent, rule in RULES:
        if rule(features):
            return intent
    return "unknown"
