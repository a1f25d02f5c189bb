"""What a feature declares about one of its intents. Kept free of imports so that the understanding layer can
read the declarations (or their cached copy) without loading the features."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IntentSpec:
    """What a feature declares about one of its intents."""

    name: str
    slots: tuple[
        str, ...
    ] = ()  # the argument fields: printed by `creatorbot parse` besides intent and creators
    args: str = ""  # "module:Class" of the intent's arguments (handlers/command.Args); "" = none
    writes: bool = False  # changes data: acts only on a sure reading, else the person confirms first
    describe: str = ""  # one line for the team model's prompt (bot/nlu/llm.py)
    reads: tuple[str, ...] = ()  # the slot readers that fill it (bot/nlu/understand.py, by name)
    required: tuple[str, ...] = ()  # a write without these cannot change anything: its handler asks
    needs_creator: bool = False  # acts on a creator: a message naming none cannot be this intent
    pasted: bool = False  # text after the first colon is pasted content: its handles are not creators
