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
# compliance (issue 8): a caption to check, a brief to write
_check_caption = _re(
    r"(检查|检测|审核|审一下|核对|看看|看下|看一下|帮我看)[^:]{0,20}(文案|caption)"
    r"|(文案|caption)\s*(检查|审核|合规|对不对|行不行|可以吗|ok吗)"
    r"|\b(check|review|verify)\b[^:]{0,20}\bcaptions?\b|\bcaption check\b"
)
_brief = _re(r"(?<![a-z])brief(?![a-z])|简报|合作说明书")
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
# ---- deadlines, quota, offers and payments (issue 8) ----
_quota = _re(r"(每周|本周|这周|周)?\s*(邀约|邀请|外联|私信)?\s*额度|\b(weekly )?(invite |outreach )?quota\b")
_owed_list = _re(
    r"^\s*(查看|看看|列出)?\s*(欠款|待付款|应付款|未付款|欠多少|还欠)"
    r"|\bpayments? (due|owed)\b|\bwhat we owe\b|\bowed\b"
)
_offer = _re(r"(合作|报价|offer|\bdeal\b)[^。]*(佣金|commission|固定费用|坑位费|%|fee)")
_due_word = _re(r"应付|待付|要付|欠|到期|\bdue\b|\bowe")
_ship_word = _re(r"(?<!待)(寄样|发样|寄出样品)|\bship")
_sample_kind = _re(r"样品类型|sample type|可退款样品|可退|免费样品|refundable|free sample")
_digit = _re(r"\d")
_refund = _re(r"(?<!可)退款(?!样)|退回|\brefund(ed)?\b(?! sample)")
_paid_no_amount = _re(r"已付款|已付|付了|已打款|已支付|已转账")

_show = _re(
    r"看看|看下|查看|查一下|查下|资料|详情|详细|档案|卡片|信息|情况|怎么样|\bshow\b|\bdetails?\b|\bprofile\b"
    r"|\bwho is\b|\binfo\b|\bview\b"
)

# roles and digests (issue 7): before set_stage ("设为" is also a stage verb) and the summary words
ROLE_WORDS = r"(经理|管理员|运营|managers?|admins?|administrators?|operators?)"
_set_role = _re(
    r"(设为|设置为|设成|改为|改成|升为|升级为|降为|任命为?|指定为)\s*(团队的?)?"
    + ROLE_WORDS
    + r"|\b(make|set|promote|demote|appoint)\b.{0,40}\b(an? |as |to )?"
    r"(manager|admin|administrator|operator)\b"
)
_list_members = _re(
    r"团队成员|成员列表|全部成员|所有成员|团队(里)?(都)?有(哪些人|谁)|(谁|哪些人)是(管理员|经理|运营)|角色列表"
    r"|who('s| is) on the team|\bteam members\b|\blist (the )?(team|members)\b|^\s*(team|members|roles)\s*$"
)
_DIGEST_WORD = r"(日报|周报|月报|汇总|报表|\bdigests?\b|\breports?\b|\bsummar(y|ies)\b)"
_cancel_digest = _re(
    r"(取消|停止|停掉|关闭|关掉|别再?发|不要再?发|不用再?发|撤销)[^，,。；]{0,8}?(日报|周报|月报|定时汇总|汇总推送)"
    r"|(日报|周报|月报|定时汇总)[^，,。；]{0,6}?((不用|别|不要)再?发|取消|停掉|停了|停止|关掉|关了)"
    r"|\b(stop|cancel|turn off|disable|unsubscribe)\b.{0,30}"
    r"\b(digests?|daily report|weekly report|monthly report)\b"
)
_list_digests = _re(
    r"我的(日报|周报|月报|定时汇总)|(定时汇总|日报|周报|月报)(列表|有哪些|设置了哪些)|有哪些(定时汇总|日报|周报|月报)"
    r"|^\s*(定时汇总|digests?)\s*$|\b(list|show|my)\b.{0,20}\bdigests\b"
)
_digest_cadence = _re(r"每\s*(天|日|周|星期|个星期|礼拜|个礼拜|个?月)|\b(every|each)\b")
_digest_word = _re(_DIGEST_WORD)


def _rules() -> list[tuple[str, Callable[[Features], bool]]]:
    return [
        ("bind_webhook", lambda f: _bind_webhook(f.text)),
        ("set_role", lambda f: _set_role(f.head)),
        ("list_members", lambda f: f.handles == 0 and _list_members(f.head)),
        ("cancel_digest", lambda f: _cancel_digest(f.head)),
        ("list_digests", lambda f: _list_digests(f.head)),
        ("schedule_digest", lambda f: f.handles == 0 and _digest_cadence(f.head) and _digest_word(f.head)),
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
        ("check_caption", lambda f: _check_caption(f.head)),
        ("write_brief", lambda f: _brief(f.head)),
        ("draft_reply", lambda f: _draft(f.head)),
        ("translate", lambda f: _translate_any(f.head)),
        ("add_note", lambda f: _note_any(f.head) and f.handles > 0),
        ("set_quota", lambda f: f.handles == 0 and _quota(f.head) and _digit(f.head)),
        ("show_quota", lambda f: f.handles == 0 and _quota(f.head)),
        ("payments_owed", lambda f: f.handles == 0 and _owed_list(f.head)),
        ("record_refund", lambda f: f.handles > 0 and _refund(f.head)),
        ("set_offer", lambda f: f.handles > 0 and _offer(f.text)),
        ("payment_due", lambda f: f.handles > 0 and f.has_money and _due_word(f.text)),
        ("set_stage", lambda f: f.handles > 0 and _ship_word(f.head) and not f.has_money),
        ("set_sample_type", lambda f: f.handles > 0 and _sample_kind(f.head) and not f.has_stage),
        ("schedule_outreach", lambda f: _schedule(f.head) and f.handles > 0),
        ("record_payment", lambda f: f.has_money and _payment_verb(f.text) and f.handles > 0),
        ("record_payment", lambda f: f.handles > 0 and _paid_no_amount(f.head)),  # asked how much
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
