"""`creatorbot nlu eval [FILE] [--model]`: measure understanding on a labelled set; `nlu train` trains
and caches the model now (it is otherwise trained on first use)."""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path
from typing import Any

from bot.settings import Settings

DEFAULT_SET = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "validation.jsonl"


def add_commands(sub: Any) -> None:
    nlu = sub.add_parser("nlu", help="the understanding model: `nlu eval [FILE]`, `nlu train`")
    action = nlu.add_subparsers(dest="nlu_action", required=True)
    evaluate = action.add_parser("eval", help="accuracy, precision/recall, confusions, wrong writes, latency")
    evaluate.add_argument("file", nargs="?", default=None, help="JSON lines: text, intent, creators")
    evaluate.add_argument(
        "--model", action="store_true", help="read every line with the configured model (TRANSLATION_MODEL)"
    )
    evaluate.add_argument("--misses", action="store_true", help="also list every line read wrong")
    action.add_parser("train", help="train the model from bot/nlu/examples and cache it")
    action.add_parser("tune", help="choose the ask/confirm thresholds by cross-validation on the examples")


def main(settings: Settings, args: argparse.Namespace) -> int:
    from bot.nlu.model import default_model

    if args.nlu_action == "train":
        started = time.perf_counter()
        model = default_model()
        print(f"model ready: {len(model.intents)} intents in {time.perf_counter() - started:.1f} s")
        return 0
    if args.nlu_action == "tune":
        return _tune()
    from bot.nlu import evaluate

    path = Path(args.file) if args.file else DEFAULT_SET
    if not path.exists():
        print(f"creatorbot: no such file {path}")
        return 2
    items = evaluate.load(path)
    if args.model:
        return asyncio.run(_with_model(settings, items, args.misses))
    from bot.nlu.understand import understand

    default_model()  # trained or loaded before the clock starts
    print(evaluate.render(evaluate.run(items, understand), show_misses=args.misses))
    return 0


async def _with_model(settings: Settings, items: list[Any], misses: bool) -> int:
    from bot.nlu import evaluate
    from bot.wiring import build_proposer

    proposer = build_proposer(settings)
    if proposer is None:
        print("creatorbot: no model configured: set TRANSLATION_MODEL and OPENAI_BASE_URL")
        return 2
    try:
        report = await evaluate.run_async(items, proposer.read)
    finally:
        await proposer.aclose()
    print(evaluate.render(report, show_misses=misses))
    return 0


def _tune() -> int:
    from bot.nlu import tune
    from bot.nlu.model import load_examples

    held = tune.held_out(load_examples())
    print("ask_below ask_margin write_at   cost wrong_writes wrong_reads questions")
    for c in tune.best(held)[:10]:
        print(
            f"{c.ask_below:>9} {c.ask_margin:>10} {c.write_at:>8} {c.cost:>6.1f} {c.wrong_writes:>12} "
            f"{c.wrong_reads:>11} {c.questions:>9}"
        )
    return 0
