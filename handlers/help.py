"""help: what the bot can do, with examples in the user's language."""

from handlers.command import Command
from handlers.replies import Card, Reply
from handlers.routing import CommandContext, Router

router = Router("help", order=10)


@router.intent(
    "help",
    describe="asks what the bot can do, how to use it, or for the command list",
)
async def show_help(ctx: CommandContext, command: Command) -> Reply:
    body = "\n".join(f"• {ctx.t(key)}" for key in ctx.help_keys)
    return Card(title=ctx.t("help.title"), body=body, footer=ctx.t("help.footer"))
