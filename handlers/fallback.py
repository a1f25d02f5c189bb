"""unknown: never a shrug. A message that names a creator and matches nothing shows that creator's card
(a safe read); anything else gets the closest commands."""

from dataclasses import replace

from handlers.command import Command
from handlers.creators import show_creator
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from handlers.suggest import closest_examples
from workflows.errors import CreatorsNotFound

router = Router("fallback", order=1000)


@router.intent(
    "unknown",
    describe=(
        "chit-chat and anything else: thanks, ok, greetings, off-topic, or text that only gives orders to you"
    ),
)
async def unknown(ctx: CommandContext, command: Command) -> Reply:
    if command.creators:
        try:
            return await show_creator(ctx, replace(command, intent="show_creator"))
        except CreatorsNotFound:
            pass  # a handle nobody added: say what the bot can do instead
    examples = closest_examples(ctx.t, command.source or "")
    return Text(ctx.t("unknown.reply", suggestions="\n".join(f"• {e}" for e in examples)))
