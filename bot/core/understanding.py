"""Reading a message in its workspace: the shipped model, plus the workspace's creators and the phrasings
its people taught the bot, plus the team's model when the local one is unsure."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.nlu.features import model_input
from bot.nlu.mentions import candidate_names
from bot.nlu.model import IntentModel, default_model, stage_model
from bot.nlu.registry import declared
from bot.nlu.text import find_handles, normalise
from bot.nlu.understand import Knowledge, Slots, seen_text, to_command, understand
from handlers.command import Command
from workflows import clarify
from workflows.tenancy import Actor

log = logging.getLogger(__name__)
MAX_CHOICES = 3


class Reader(Protocol):
    """A second reader for what the local model is unsure of (the team's LLM): a proposal or None."""

    async def read(
        self, text: str, *, member_names: Sequence[str] = (), known: Collection[str] = ()
    ) -> Command | None: ...


@dataclass(frozen=True, slots=True)
class Understanding:
    reader: Reader | None = None
    model: IntentModel | None = None  # None: the shipped model (bot/nlu/model.default_model)

    async def read(self, actor: Actor, text: str, member_names: Sequence[str]) -> Command:
        knowledge = await self._knowledge(actor, text, member_names)
        command = understand(text, member_names, knowledge=knowledge, model=self.model)
        if "owner" in declared().slots(command.intent):  # names a teammate: read again knowing who they are
            members = await clarify.member_names(actor.workspace_id)
            knowledge = dataclasses.replace(knowledge, members=members)
            command = understand(text, member_names, knowledge=knowledge, model=self.model)
        if not command.alternatives or self.reader is None or command.intent == "undo":
            return command
        proposal = await self.reader.read(text, member_names=member_names, known=knowledge.creators)
        if proposal is None or proposal.intent == "unknown":
            return command
        choices = (proposal.intent, *(i for i in command.alternatives if i != proposal.intent))
        return dataclasses.replace(proposal, alternatives=choices[:MAX_CHOICES], source=command.source)

    def warm_up(self) -> None:
        """Load the models and the intent declarations now rather than on the first message (a process
        then freezes them out of the garbage collector's walks: bot/core/heap.py)."""
        understand("帮助", [], model=self.model)
        stage_model()

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Every intent with the model's probability for `text`, best first: what a message that matched
        nothing is nearest to (handlers/suggest)."""
        return (self.model or default_model()).scores(model_input(text))

    async def reread(
        self, actor: Actor, text: str, intent: str, member_names: Sequence[str]
    ) -> tuple[str, Command]:
        """A clarification answered with `intent`: what the pick teaches (the model's view of the message,
        as `read` looks it up) and the message read again as that intent (its slots only)."""
        knowledge = await self._knowledge(actor, text, member_names, learn=False)
        command = understand(text, member_names, knowledge=knowledge, model=self.model, forced=intent)
        return seen_text(text, member_names, knowledge.creators), command

    async def _knowledge(
        self, actor: Actor, text: str, member_names: Sequence[str], *, learn: bool = True
    ) -> Knowledge:
        norm = normalise(text)
        names = [] if find_handles(norm) else candidate_names(norm)  # an @handle names them already
        known = await clarify.known_creators(actor.workspace_id, names)
        if not learn:
            return Knowledge(creators=known)
        seen = seen_text(text, member_names, known)
        learned = await clarify.learned_intent(actor.workspace_id, seen)
        return Knowledge(creators=known, learned={seen: learned} if learned else {})


def to_record(command: Command) -> dict[str, Any]:
    """A proposal as JSON, to keep until the person answers: what the team model read into the shared
    slots (the arguments only a feature reads are read again from the message when it is answered)."""
    shared = {f.name for f in dataclasses.fields(Slots)}
    args = {
        f.name: getattr(command.args, f.name) for f in dataclasses.fields(command.args) if f.name in shared
    }
    return {
        "intent": command.intent,
        "creators": list(command.creators),
        "typed_handles": list(command.typed_handles),
        "source": command.source,
        "args": args,
    }


def from_record(record: Mapping[str, Any]) -> Command | None:
    intent, args = record.get("intent"), record.get("args")
    if not isinstance(intent, str) or intent not in declared().specs or not isinstance(args, dict):
        return None
    shared = {f.name for f in dataclasses.fields(Slots)} - {"intent", "source", "creators", "typed_handles"}
    source = str(record.get("source", ""))
    slots = Slots(
        intent=intent,
        creators=tuple(record.get("creators", ())),
        typed_handles=tuple(record.get("typed_handles", ())),
        source=source,
        **{k: v for k, v in args.items() if k in shared},
    )
    return to_command(slots, source)
