"""Compliance through the console on SQLite and PostgreSQL: the rules loaded into the database, the
disclosure card, the caption check and the brief (issue 8, stories 1–3)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.campaign import Campaign, Collaboration
from models.compliance import DisclosureRule, RuleSetVersion
from models.creator import Creator
from models.enums import DealType
from workflows.compliance.rules import (
    RULES_FILE,
    InvalidRulesFile,
    load_rules,
    read_file,
    rule_from_record,
    rule_from_row,
)
from workflows.ports import FrozenClock


@pytest.fixture
async def rules(db: str, clock: FrozenClock) -> str:
    await load_rules(clock)
    return db


@pytest.fixture
def english(db: str, clock: FrozenClock) -> Console:
    return Console(build_dispatcher(Settings(), clock=clock), user="Ann", locale="en")


async def collaboration(handle: str, deal: DealType, **values: object) -> Collaboration:
    creator = await Creator.get(handle_key=handle)
    campaign = await Campaign.create(
        workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
        name="Spring launch",
        name_key="spring launch",
        product="GlowPro serum",
        deal_type=deal,
    )
    return await Collaboration.create(
        workspace_id=creator.workspace_id,  # type: ignore[attr-defined]
        creator=creator,
        campaign=campaign,
        deal_type=deal,
        **values,
    )


# ---- loading -----------------------------------------------------------------------------------------


async def test_loading_is_idempotent_and_rows_equal_the_file(db: str, clock: FrozenClock) -> None:
    first = await load_rules(clock)
    assert (first.created, first.updated, first.unchanged, first.removed) == (54, 0, 0, 0)
    again = await load_rules(clock)
    assert (again.created, again.updated, again.unchanged, again.removed) == (0, 0, 54, 0)
    data = read_file()
    marker = await RuleSetVersion.get(kind="disclosure")
    assert marker.version == data["version"] and marker.record_count == 54
    by_key = {
        (r["market"], r["platform"], r["deal_type"]): rule_from_record(r, data["version"])
        for r in data["rules"]
    }
    for row in await DisclosureRule.all():
        assert rule_from_row(row) == by_key[(row.market, str(row.platform), str(row.deal_type))]


async def test_a_rule_change_is_a_data_change(db: str, clock: FrozenClock, tmp_path: Path) -> None:
    await load_rules(clock)
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    record = next(
        r for r in data["rules"] if (r["market"], r["platform"], r["deal_type"]) == ("GB", "tiktok", "paid")
    )
    record["insufficient_tags"].append("#partner")
    changed = tmp_path / "rules.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outcome = await load_rules(clock, changed)
    assert (outcome.updated, outcome.unchanged) == (1, 53)
    row = await DisclosureRule.get(market="GB", platform="tiktok", deal_type="paid")
    assert "#partner" in row.insufficient_tags

    data["markets"].remove("AU")
    data["rules"] = [r for r in data["rules"] if r["market"] != "AU"]
    data["version"] = "test.2"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outcome = await load_rules(clock, changed)
    assert outcome.removed == 9 and await DisclosureRule.filter(market="AU").count() == 0
    assert (await RuleSetVersion.get(kind="disclosure")).version == "test.2"


async def test_an_invalid_file_changes_nothing(db: str, clock: FrozenClock, tmp_path: Path) -> None:
    await load_rules(clock)
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    data["rules"] = data["rules"][1:]
    broken = tmp_path / "rules.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidRulesFile):
        await load_rules(clock, broken)
    assert await DisclosureRule.all().count() == 54


async def test_without_loaded_rules_the_bot_says_how_to_load_them(console: Console) -> None:
    assert "creatorbot rules load" in await console.say("英国 TikTok 广告怎么标注")


# ---- story 1: disclosure rules on request ------------------------------------------------------------------


async def test_uk_tiktok_card(rules: str, console: Console) -> None:
    reply = await console.say("英国 TikTok 广告怎么标注")
    assert "【📢 英国 · TikTok · 付费合作：广告披露】" in reply
    assert "用 #ad" in reply and "放在文案最前面" in reply
    assert "单独用 “#gifted”（已不合规）" in reply
    assert "Disclose commercial content" in reply
    assert "http://www.asa.org.uk/resource/influencers-guide.html" in reply and "核对日期 2026-11-25" in reply
    assert "寄样（免费产品）：同样需要披露，标注 #ad。" in reply


async def test_us_youtube_free_samples_count(rules: str, console: Console) -> None:
    reply = await console.say("美国 YouTube 寄样要标注吗")
    assert "美国 · YouTube · 寄样（免费产品）" in reply
    assert "免费或打折产品都算“实质关联”" in reply
    assert "My video contains paid promotion" in reply and "视频里口头说出来" in reply


async def test_germany_instagram_gifted_is_not_covered_in_english(rules: str, english: Console) -> None:
    reply = await english.say("disclosure rules for Germany Instagram, gifted")
    assert "Germany · Instagram · gifted (free product)" in reply
    assert "Not covered" in reply and "übertrieben werblich" in reply
    assert "paid" in reply and "affiliate (commission)" in reply  # what is covered there


async def test_france_card_has_the_labels(rules: str, english: Console) -> None:
    reply = await english.say("disclosure rules for France Instagram")
    assert "« Publicité »" in reply and "« Images retouchées »" in reply and "Images virtuelles" in reply


async def test_creator_question_uses_their_record_and_collaboration(rules: str, console: Console) -> None:
    await console.say("添加达人 @hans 德国 instagram")
    await collaboration("hans", DealType.AFFILIATE)
    reply = await console.say("@hans 需要什么披露")
    assert "德国 · Instagram · 佣金带货" in reply and "@hans 的合作类型是「佣金带货」" in reply
    assert "Werbung" in reply and "Add Paid Partnership Label" in reply


async def test_unknown_market_lists_the_supported_ones(rules: str, console: Console) -> None:
    reply = await console.say("日本 TikTok 广告怎么标注")
    assert "日本 的披露规则还没有收录" in reply
    for market in ("美国 (US)", "英国 (GB)", "德国 (DE)", "法国 (FR)", "加拿大 (CA)", "澳大利亚 (AU)"):
        assert market in reply


async def test_creator_without_country_is_asked_for_it(rules: str, console: Console) -> None:
    await console.say("添加达人 @zoe tiktok")
    assert "我不知道 @zoe 在哪个市场" in await console.say("@zoe 需要什么披露")
    asked = await console.say("检查文案 @zoe：love it #ad")
    assert "我不知道 @zoe 在哪个市场" in asked and "检查文案 @zoe 英国：love it #ad" in asked
    assert "【✅ 文案检查 @zoe · 英国" in await console.say("检查文案 @zoe 英国：#ad love it")


async def test_unknown_creator_gets_closest_matches(rules: str, console: Console) -> None:
    await console.say("添加达人 @amy_beauty 美国 纽约 tiktok")
    assert "@amy_beauty" in await console.say("@amy_beuaty 需要什么披露")


# ---- story 2: caption check -------------------------------------------------------------------------------


async def test_caption_check_of_the_issue_example(rules: str, console: Console) -> None:
    await console.say("添加达人 @amy 美国 纽约 tiktok")
    reply = await console.say("检查文案 @amy：Obsessed with this serum 😍 #skincare #spon")
    assert "【⚠️ 文案检查 @amy · 美国 · TikTok · 付费合作：需要修改】" in reply
    assert "#spon 不算合格的广告标注" in reply and "缺少广告标注：需要 #ad" in reply
    assert "建议文案" in reply and "#ad Obsessed with this serum 😍 #skincare #spon" in reply
    assert "给达人的说明（英语）" in reply and "Put #ad at the very start of the caption." in reply
    assert "Disclose commercial content" in reply


async def test_caption_check_in_english_for_a_german_creator(rules: str, english: Console) -> None:
    await english.say("add creator @lena Germany instagram")
    reply = await english.say("check caption for @lena: Mein neues Serum #skincare #ad")
    assert "#ad is not an accepted ad disclosure" in reply
    assert "Werbung | Mein neues Serum #skincare #ad" in reply
    assert "For the creator (German)" in reply
    assert "Setze Werbung ganz an den Anfang der Caption. Aktiviere in Instagram die Einstellung" in reply


# ---- story 3: brief with disclosure ------------------------------------------------------------------------


async def test_brief_in_german_from_the_collaboration(rules: str, console: Console) -> None:
    await console.say("添加达人 @hans 德国 instagram")
    await collaboration(
        "hans", DealType.PAID, fixed_fee=Decimal("300"), currency="EUR", content_due_on=date(2026, 12, 10)
    )
    reply = await console.say("给 @hans 生成brief")
    assert "【📝 @hans 的合作 brief（德语）】" in reply
    assert "Produkt: GlowPro serum" in reply and "Vergütung: Festbetrag 300 EUR" in reply
    assert "Inhalt fällig am 2026-12-10" in reply
    assert "Setze Werbung ganz an den Anfang der Caption." in reply
    assert "„Add Paid Partnership Label“" in reply
    assert "待填写：交付内容" in reply


async def test_brief_in_english_console_for_an_unsupported_language(rules: str, english: Console) -> None:
    await english.say("add creator @kenji Japan tiktok")
    reply = await english.say("brief for @kenji")
    assert "Collaboration brief for @kenji" in reply
    assert "No Japanese template and no translation model configured" in reply
    assert "not covered" in reply  # Japan is not in the rules


async def test_brief_without_a_creator_asks_whose(rules: str, console: Console) -> None:
    assert "给哪位达人写 brief" in await console.say("生成brief")
