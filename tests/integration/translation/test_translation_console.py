"""The five translation stories through the console, in Chinese and English, on SQLite and PostgreSQL,
against the OpenAI simulator through the real AsyncOpenAI client."""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.console import Console
from models.creator import Creator, Note
from models.enums import NoteKind
from models.tenancy import Workspace
from models.translation import GlossaryTerm, ReplyDraft, TranslationCache, TranslationUsage
from tests.simulators.openai import OpenAISimulator, Prompt
from workflows.ports import FrozenClock
from workflows.translation.outreach import draft_outreach
from workflows.translation.ports import Translator

SPANISH = "Hola amiga, me encanta tu marca! Cuánto pagan por un video de TikTok?"


async def test_a_creators_reply_is_translated_into_chinese_with_the_original_beside_it(
    zh: Console, sim: OpenAISimulator
) -> None:
    sim.responder = lambda p: "你好，亲爱的，我很喜欢你们的品牌！一条 TikTok 视频你们付多少钱？"
    reply = await zh.say(f"翻译：{SPANISH}")
    assert "西班牙语 → 中文" in reply and "检测到的语言  西班牙语（置信度" in reply
    assert "我很喜欢你们的品牌" in reply
    assert f"原文：{SPANISH}" in reply
    assert "from Spanish into Chinese" in sim.prompts[-1].system


async def test_chinese_goes_to_the_named_creators_language_else_english(
    zh: Console, sim: OpenAISimulator
) -> None:
    await zh.say("添加达人 @carla_mx 墨西哥")
    reply = await zh.say("翻译成 @carla_mx 的语言 样品今天寄出，单号明天发你")
    assert "中文 → 西班牙语" in reply and "(Spanish) 样品今天寄出" in reply
    assert sim.prompts[-1].content == "样品今天寄出，单号明天发你"
    reply = await zh.say("翻译：样品今天寄出")
    assert "中文 → 英语" in reply and "into English" in sim.prompts[-1].system


async def test_translate_to_a_named_language_in_english(en: Console, sim: OpenAISimulator) -> None:
    reply = await en.say("translate to Spanish: we can offer a free sample and 15% commission")
    assert "English → Spanish" in reply and "(Spanish) we can offer" in reply
    reply = await en.say(f"translate: {SPANISH}")
    assert "Spanish → English" in reply and "Original: Hola amiga" in reply


async def test_bad_input_is_answered_without_calling_the_model(zh: Console, sim: OpenAISimulator) -> None:
    assert "要翻译什么" in await zh.say("翻译")
    unsupported = await zh.say("翻译成克林贡语：你好")
    assert "暂不支持翻译成「克林贡语」" in unsupported and "西班牙语" in unsupported and "泰语" in unsupported
    assert "already in English" not in await zh.say(
        "translate to English: Sorry, I'm fully booked next month"
    )
    assert "本来就是英语" in await zh.say("translate to English: Sorry, I'm fully booked next month")
    assert sim.calls == 0


async def test_twenty_thousand_characters_are_refused_with_the_limit_and_long_texts_go_in_parts(
    zh: Console, sim: OpenAISimulator
) -> None:
    refused = await zh.say("翻译：" + "a" * 20_000)
    assert "20000" in refused and sim.calls == 0
    sentence = "We loved the unboxing video and we would like to send you our new serum next week. "
    text = (sentence * 220).strip()  # about 18,700 characters
    reply = await zh.say(f"翻译：{text}")
    assert sim.calls >= 12
    assert all(len(p.content) <= 1500 and p.content.endswith("next week.") for p in sim.prompts)
    assert reply.startswith("🌐 英语 → 中文")  # too long for a card: plain text, which platforms split
    assert reply.count("(Chinese) ") == sim.calls  # every part came back, in order
    assert reply.count("We loved the unboxing video") == 220


async def test_a_cache_hit_does_not_call_the_model(
    zh: Console, sim: OpenAISimulator, translator: Translator
) -> None:
    first = await zh.say(f"翻译：{SPANISH}")
    calls = sim.calls
    second = await zh.say(f"翻译：{SPANISH}")
    assert sim.calls == calls == 1 and second == first
    await translator.flush()
    assert await TranslationCache.all().count() == 1
    await zh.say("术语 佣金 = commission")  # a new glossary version: the cached answer may be stale
    await zh.say(f"翻译：{SPANISH}")
    assert sim.calls == 2


async def test_glossary_terms_are_used_and_product_names_never_translated(
    zh: Console, sim: OpenAISimulator
) -> None:
    assert "已添加术语：佣金 → commission（英语）" in await zh.say("术语 佣金 = commission")
    assert "已记为产品/品牌名" in await zh.say("术语 GlowPro")

    def eager(prompt: Prompt) -> str:  # a model that would translate every word it could see
        return prompt.content.replace("佣金", "fee").replace("GlowPro", "Brillo Pro").replace("的", " of ")

    sim.responder = eager
    reply = await zh.say("翻译：GlowPro 的佣金是 15%")
    sent = sim.prompts[-1]
    assert "佣金" not in sent.content and "GlowPro" not in sent.content
    assert "= term: commission" in sent.user and "= name: GlowPro" in sent.user
    assert "GlowPro" in reply and "commission" in reply and "Brillo" not in reply and "fee" not in reply
    listing = await zh.say("术语表")
    assert "佣金 → commission" in listing and "GlowPro（产品/品牌名" in listing
    assert "已删除术语「佣金」" in await zh.say("删除术语 佣金")
    assert await GlossaryTerm.all().count() == 1


async def test_draft_reply_in_the_creators_language_with_back_translation_buttons_and_a_note(
    zh: Console, sim: OpenAISimulator
) -> None:
    await zh.say("添加达人 @carla_mx 墨西哥")
    reply = await zh.say("回复 @carla_mx：我们可以给15%佣金，样品下周寄出")
    assert "给 @carla_mx 的回复（西班牙语）" in reply
    assert (
        "(Spanish) 我们可以给15%佣金" in reply
        and "回译（核对用）" in reply
        and "(Chinese) (Spanish)" in reply
    )
    assert "[更正式 /b1]" in reply and "[更随意 /b2]" in reply and "[复制 /b3]" in reply
    written = sim.prompts[-2]
    assert "Write it in Spanish" in written.system and "friendly, professional" in written.system
    carla = await Creator.get(handle_key="carla_mx")
    note = await Note.get(creator=carla)
    assert note.kind == NoteKind.DRAFT and note.text.startswith("(Spanish) 我们可以给15%佣金")

    sim.responder = lambda p: (
        "Estimada Carla: le ofrecemos un 15 % de comisión." if "formal" in p.system else "x"
    )
    pressed = await zh.press("更正式")
    assert "已改得更正式" in pressed and "Estimada Carla" in pressed
    assert "more formal and polite" in sim.prompts[-2].system
    await note.refresh_from_db()
    assert note.text == "Estimada Carla: le ofrecemos un 15 % de comisión."
    copied = await zh.press("复制")
    assert "消息正文" in copied and copied.strip().endswith(
        "Estimada Carla: le ofrecemos un 15 % de comisión."
    )
    assert "回译" not in copied


async def test_draft_reply_in_english_console_and_asked_language(en: Console, sim: OpenAISimulator) -> None:
    await en.say("add creator @amy_beauty TikTok US California")
    reply = await en.say("reply to @amy_beauty in Spanish: the sample ships next week")
    assert "Reply to @amy_beauty (Spanish)" in reply and "Back-translation" in reply
    assert "(English) (Spanish) the sample ships next week" in reply
    assert await ReplyDraft.all().count() == 1


async def test_usage_this_month_per_workspace(zh: Console, sim: OpenAISimulator, clock: FrozenClock) -> None:
    await zh.say(f"翻译：{SPANISH}")
    await zh.say("翻译：样品今天寄出")
    workspace = await Workspace.get(external_key="local")
    other = await Workspace.create(platform="console", external_key="other-team")
    await TranslationUsage.create(
        workspace=other,
        kind="translate",
        model="m",
        prompt_tokens=9000,
        completion_tokens=9000,
        created_at=clock.now(),
    )
    await TranslationUsage.create(  # last month
        workspace=workspace,
        kind="translate",
        model="m",
        prompt_tokens=5000,
        completion_tokens=5000,
        created_at=clock.now() - timedelta(days=40),
    )
    reply = await zh.say("翻译用量")
    rows = await TranslationUsage.filter(workspace=workspace, created_at__gte=clock.now() - timedelta(days=1))
    total = sum(r.prompt_tokens + r.completion_tokens for r in rows)
    assert "本月翻译用量（2026-11）" in reply and "模型调用    2" in reply
    assert f"共 {total:,}" in reply and f"USD {total / 1000 * 0.002:.4f}" in reply


async def test_outreach_first_touch_in_the_creators_language(
    translator: Translator, sim: OpenAISimulator, zh: Console
) -> None:
    draft = await draft_outreach(
        translator,
        language="pt",
        creator_name="ana.beleza",
        product="GlowPro Serum",
        offer="15%佣金 + 免费样品",
        campaign="黑五大促",
    )
    prompt = sim.prompts[0]
    assert "first message to this creator" in prompt.system and "Write it in Portuguese" in prompt.system
    assert "GlowPro Serum" not in prompt.content and "ana.beleza" not in prompt.content  # names are tokens
    assert "黑五大促" in prompt.content and "15%佣金 + 免费样品" in prompt.content
    assert draft.language == "pt" and "GlowPro Serum" in draft.text and draft.back_translation


async def test_creators_with_different_languages_need_a_language_named(
    zh: Console, sim: OpenAISimulator
) -> None:
    await zh.say("添加达人 @carla_mx 墨西哥")
    await zh.say("添加达人 @ana_br 巴西")
    reply = await zh.say("回复 @carla_mx 和 @ana_br：样品今天寄出")
    assert "语言不同" in reply and "@carla_mx 西班牙语" in reply and "@ana_br 葡萄牙语" in reply
    assert sim.calls == 0
    reply = await zh.say("用英语回复 @carla_mx 和 @ana_br：样品今天寄出")
    assert "给 @carla_mx @ana_br 的回复（英语）" in reply
    assert await Note.filter(kind=NoteKind.DRAFT).count() == 2


async def test_a_glossary_line_without_chinese_says_how_to_write_it(zh: Console) -> None:
    reply = await zh.say("术语 sample = muestra")
    assert "需要一边是中文" in reply and "术语 佣金 = commission" in reply
    assert await GlossaryTerm.all().count() == 0


async def test_a_handle_inside_pasted_text_is_translated_not_looked_up(
    zh: Console, en: Console, sim: OpenAISimulator
) -> None:
    """Issue 17: "没找到达人 @maria" was the answer to a paste that mentions someone."""
    paste = "Hola chicas, escribe a @maria para el código"
    for asked in (f"翻译 {paste}", f"翻译下面这段\n{paste}", f"翻译一下 “{paste}”", f"{paste} 翻译一下"):
        reply = await zh.say(asked)
        assert "没找到达人" not in reply and "西班牙语 → 中文" in reply, asked
        assert sim.prompts[-1].content.startswith("Hola chicas, escribe a [[P")
    reply = await en.say("translate Oi gente, manda msg pra @joana pelo cupom ou email joana@gmail.com")
    assert "Portuguese → English" in reply and "not found" not in reply.lower()
    reply = await en.say("translate this\nHalo kak, aku udah terima paketnya, DM @tasya ya, makasih!")
    assert "Indonesian → English" in reply
    assert await Creator.all().count() == 0


async def test_a_creator_named_in_the_instruction_may_be_unknown_for_a_foreign_message(
    zh: Console, sim: OpenAISimulator
) -> None:
    reply = await zh.say("翻译 @maria 的回复：Hola, ya recibí el paquete!")
    assert "西班牙语 → 中文" in reply and "没找到达人" not in reply
    # into the creator's language, the creator matters: an unknown one is said, nothing is guessed
    assert "没找到达人 @ghost" in await zh.say("翻译成 @ghost 的语言 样品今天寄出")
