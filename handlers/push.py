"""bind_webhook: "绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" in a WeCom group."""

from handlers.command import Command
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from models import secrets
from workflows import permissions, push, roles

router = Router("push", help=("help.push",), order=80)


@router.intent(
    "bind_webhook",
    writes=True,
    describe="bind a WeCom group robot webhook URL for pushes",
)
async def bind_webhook(ctx: CommandContext, command: Command) -> Reply:
    await roles.require(ctx.actor, "bind_webhook", permissions.can_bind_webhook(ctx.actor))
    try:
        key = push.webhook_key(command.source)
    except push.NotAWebhook:
        return Text(ctx.t("wecom.bind_not_webhook"))
    try:
        waiting = await push.bind(ctx.chat_id, key, ctx.clock.now(), ctx.scheduler, ctx.sealer)
    except push.WrongPlatform:
        return Text(ctx.t("wecom.bind_wrong_platform"))
    except secrets.SecretsUnavailable:
        return Text(ctx.t("wecom.bind_unavailable"))
    if waiting:
        return Text(ctx.t("wecom.bind_ok_waiting", count=waiting))
    return Text(ctx.t("wecom.bind_ok"))
