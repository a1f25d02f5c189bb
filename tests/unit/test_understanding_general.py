"""Issue 15: the slot readers generalise — teammates, money, stages said in other words, creators that are
never ordinary words, and writes that never happen on a guess. Phrasings written for these tests, not
taken from the training examples."""

from __future__ import annotations

import pytest

from bot.nlu.mentions import find_mentions
from bot.nlu.people import find_person
from bot.nlu.registry import declared
from bot.nlu.slots import find_amount
from bot.nlu.understand import Knowledge, understand
from workflows.currency import by_country, yen_sign


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("@dora.vlog 以后归小何管", "小何"),
        ("@fifi_99 给阿明吧", "阿明"),
        ("@gus.tv 我来跟进", "me"),
        ("let Nina take @hal.fit", "Nina"),
        ("@ivy_k → Oscar", "Oscar"),
        ("帮我把 @jo.cook 转给 孙丽", "孙丽"),
    ],
)
def test_handovers_name_the_teammate(text: str, owner: str) -> None:
    command = understand(text, forced="assign_owner")
    assert command.args.owner == owner


def test_a_known_teammate_wins_over_guessing() -> None:
    command = understand("@kai.eats 交给 Bigbird 跟", knowledge=Knowledge(members=frozenset({"Bigbird"})))
    assert command.args.owner == "Bigbird"


@pytest.mark.parametrize("text", ["列出美国的达人", "列出巴西 TikTok 的达人", "列出谈判中的达人"])
def test_a_place_or_a_stage_is_never_an_owner(text: str) -> None:
    assert understand(text, forced="list_creators").args.owner is None


@pytest.mark.parametrize(
    ("text", "owner"), [("小何手上的达人", "小何"), ("Nina's creators", "Nina"), ("我跟的达人有哪些", "me")]
)
def test_lists_by_owner(text: str, owner: str) -> None:
    assert understand(text, forced="list_creators").args.owner == owner


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [
        ("付了 50万印尼盾", "500000", "IDR"),
        ("sent 2.5k USD", "2500", "USD"),
        ("Rp 1.250.000 已转", "1250000", "IDR"),
        ("€12,50 paid", "12.5", "EUR"),
        ("R$ 1.200 via pix", "1200", "BRL"),
        ("转了 3w 人民币", "30000", "CNY"),
        ("那笔 80 美刀", "80", "USD"),
        ("付了 2000 韩元", "2000", "KRW"),
    ],
)
def test_money_as_people_type_it(text: str, amount: str, code: str) -> None:
    assert find_amount(text) == (amount, code)


def test_yen_sign_is_yen_for_a_creator_in_japan_only() -> None:
    assert by_country("CNY", yen_sign("paid @yuki ¥3000"), "JP") == "JPY"
    assert by_country("CNY", yen_sign("paid @yuki ¥3000 人民币"), "JP") == "CNY"
    assert by_country("CNY", yen_sign("paid @amy ¥3000"), "US") == "CNY"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("@lea.cooks 回我们消息了", "replied"),
        ("@max_fit 说不做了", "declined"),
        ("@oli.tv the package arrived", "sample_received"),
        ("@pia.glow 视频已经发出来了", "content_posted"),
    ],
)
def test_stage_news_without_a_stage_word(text: str, stage: str) -> None:
    assert understand(text, forced="set_stage").args.stage == stage


def test_a_stage_not_reached_is_not_guessed() -> None:
    assert understand("@amy 还没寄样", forced="set_stage").args.stage is None


def test_ordinary_words_are_never_creators() -> None:
    text = "did anyone hear back from the beauty girls today"
    assert find_mentions(text) == []
    command = understand(text)
    assert command.creators == ()
    assert command.intent not in declared().writes or command.alternatives


@pytest.mark.parametrize(
    ("text", "creators"),
    [
        ("jess.fit 回了", ("jess.fit",)),
        ("kev99 和 @amy 都寄了", ("kev99", "amy")),
        ("商品 SKU123 的 brief", ()),
    ],
)
def test_handle_shaped_words_are_creators(text: str, creators: tuple[str, ...]) -> None:
    assert tuple(h.lower() for h, _ in find_mentions(text)) == creators


@pytest.mark.parametrize(
    ("text", "creators"),
    [
        # a shop's link typed without https:// is a link, not a creator called "shop.com"
        ("@lena 的专属链接 mystore.com/p/88?ref=lena", ("lena",)),
        ("kev99 link: petpals.shop/collections/all", ("kev99",)),
        ("tina.vlog 用 tinyhome.co.uk 的链接", ("tina.vlog",)),
        # a code or model name in capitals with digits is not a creator; a lower-case handle still is
        ("sara_k 的码改成 SUMMER2026", ("sara_k",)),
        ("这批 ZX300 的样品给 jo.cooks", ("jo.cooks",)),
        ("mia22 和 @ray 都出单了", ("mia22", "ray")),
    ],
)
def test_links_and_codes_are_not_creators(text: str, creators: tuple[str, ...]) -> None:
    assert tuple(h.lower() for h, _ in find_mentions(text)) == creators


def test_a_workspace_creator_named_without_at() -> None:
    command = understand("看看 bella 的情况", knowledge=Knowledge(creators=frozenset({"bella"})))
    assert (command.intent, command.creators) == ("show_creator", ("bella",))
    assert understand("看看 bella 的情况").creators == ()


def test_handles_in_pasted_content_are_content() -> None:
    command = understand("翻译：Hola! escríbele a @maria para el envío")
    assert (command.intent, command.creators) == ("translate", ())


def test_a_teammate_name_is_not_found_in_ordinary_words() -> None:
    assert find_person("看看周报") is None
    assert find_person("谢谢大家") is None
