"""What an unclear message is offered (issue 17 item 7.5): the example commands of the intents nearest to
what was typed, not always the same three."""

from __future__ import annotations

from handlers import intent_specs
from handlers.suggest import closest_examples, ranking
from i18n import Catalog

ZH, EN = Catalog("zh_CN"), Catalog("en")


def test_every_intent_has_an_example_to_suggest_in_both_languages() -> None:
    missing = [
        i for i in intent_specs() if i != "unknown" and not (f"example.{i}" in ZH and f"example.{i}" in EN)
    ]
    assert not missing


def test_the_ranking_orders_the_suggestions() -> None:
    ranked = [("unknown", 0.6), ("payments_owed", 0.2), ("set_offer", 0.1), ("help", 0.05), ("undo", 0.05)]
    with ranking(lambda text: ranked):
        # help is never one of the suggestions: the reply's last line says 发「帮助」 already
        assert closest_examples(ZH, "钱呢") == ["欠款", ZH("example.set_offer"), ZH("example.undo")]
        assert closest_examples(EN, "money?", limit=2) == ["payments due", EN("example.set_offer")]


def test_without_a_ranking_the_examples_most_alike_come_first() -> None:
    assert closest_examples(ZH, "周报呢")[0] in (ZH("example.list_digests"), ZH("example.cancel_digest"))
    assert closest_examples(ZH, "")[:1] == ["帮助"], "an empty message: where everyone starts"
