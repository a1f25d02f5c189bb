"""Intents the bot already understands whose features land in later releases: say so plainly."""

from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router

router = Router("later")

COMING = (
    "compliance",
    "record_payment",
)


@router.intent(*COMING)
async def coming_soon(ctx: CommandContext, command: Command) -> Reply:
    feature = ctx.t(f"feature.{command.intent}")
    return Text(ctx.t("later.coming", feature=feature))
