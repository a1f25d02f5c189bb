"""unknown: never a shrug; offer the closest commands."""

from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from handlers.suggest import closest_examples

router = Router("fallback")


@router.intent("unknown")
async def unknown(ctx: CommandContext, command: Command) -> Reply:
    examples = closest_examples(ctx.t, command.text or "")
    return Text(ctx.t("unknown.reply", suggestions="\n".join(f"• {e}" for e in examples)))
