"""A feature is a unit: its module declares its intents (handler, parse slots, write or read, the line the
team model reads) and its help lines on its Router; the rest of the bot reads them from the router tree.
These tests fail when a feature is wired outside that registry."""

from __future__ import annotations

import ast
from dataclasses import dataclass, fields
from pathlib import Path

import pytest

from bot.nlu.model import EXAMPLES_DIR, load_examples
from handlers import build_router, intent_specs
from handlers.command import Args, Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from i18n import en, zh_CN

ROOT = Path(__file__).resolve().parents[2]


def test_every_declared_intent_has_its_label_examples_and_description() -> None:
    counts: dict[str, int] = {}
    for example in load_examples():
        counts[example.intent] = counts.get(example.intent, 0) + 1
    for name, spec in intent_specs().items():
        assert f"intent.{name}" in zh_CN.MESSAGES and f"intent.{name}" in en.MESSAGES, name
        assert counts.get(name, 0) >= 40, f"{name}: {counts.get(name, 0)} examples in {EXAMPLES_DIR.name}/"
        assert spec.describe, name
    assert set(counts) <= set(intent_specs()), "examples for an intent no feature declares"


def _intent_lists(path: Path, names: set[str]) -> list[int]:
    """Lines of literal collections naming five or more intents: a second registry in the making."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            named = [i.value for i in items if isinstance(i, ast.Constant) and i.value in names]
            if len(named) >= 5:
                found.append(node.lineno)
    return found


def test_no_list_of_intents_is_kept_outside_the_features() -> None:
    names = set(intent_specs())
    offenders = {
        str(path.relative_to(ROOT)): lines
        for package in ("bot", "handlers", "workflows")
        for path in (ROOT / package).rglob("*.py")
        if (lines := _intent_lists(path, names))
    }
    assert offenders == {}


async def _echo(ctx: CommandContext, command: Command) -> Reply:
    return Text(command.intent)


@dataclass(frozen=True, slots=True)
class Hello(Args):
    text: str | None = None


def test_a_new_feature_is_read_from_its_router_alone() -> None:
    """What a scratch feature module would do: declare an intent, its arguments and a help line on its own
    Router."""
    scratch = Router("scratch", help=("help.scratch",), order=5)
    scratch.intent("say_hello", args=Hello, writes=False, describe="greet the team")(_echo)
    root = build_router()
    root.include(scratch)
    assert root.specs()["say_hello"].slots == ("text",)
    assert root.specs()["say_hello"].args == f"{__name__}:Hello"
    assert "help.scratch" in root.help_keys()
    assert root.resolve("say_hello") is _echo


def test_an_intent_declared_twice_is_refused() -> None:
    root = build_router()
    twin = Router("twin")
    twin.intent("set_stage")(_echo)
    root.include(twin)
    with pytest.raises(ValueError, match="set_stage"):
        root.specs()


def test_every_reader_a_feature_names_exists() -> None:
    from bot.nlu.understand import READER_NAMES

    unknown = {name: spec.reads for name, spec in intent_specs().items() if set(spec.reads) - READER_NAMES}
    assert unknown == {}


def test_every_argument_is_filled_by_a_shared_slot_or_by_its_feature() -> None:
    """An argument field that is no shared slot must be read by its type's own `read`; else it would always
    be its default, and the handler would act on nothing."""
    from bot.nlu.registry import declared
    from bot.nlu.understand import Slots

    shared = {f.name for f in fields(Slots)}
    unread = {}
    for name in intent_specs():
        kind = declared().args(name)
        own = {f.name for f in fields(kind)} - shared
        if own and "read" not in vars(kind):
            unread[name] = own
    assert unread == {}


def test_understanding_fills_the_declared_argument_type() -> None:
    from bot.nlu.registry import declared
    from bot.nlu.understand import understand

    for text in ("明天下午3点提醒我跟进 @amy", "@amy 已付 300 美元 PayPal", "把 @amy 移到谈判中", "帮助"):
        command = understand(text)
        assert type(command.args) is declared().args(command.intent), text
