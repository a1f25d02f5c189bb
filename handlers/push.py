"""bind_webhook: "绑定推送 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" in a WeCom group."""

from dataclasses import dataclass
from typing import Self

from handlers.command import Args, Command, Heard
from handlers.replies import Reply, Text
from handlers.routing import CommandContext, Router
from models import secrets
from workflows import permissions, push, roles

router = Router("push", help=("help.push",), order=80)


@dataclass(frozen=True, slots=True)
class WebhookAsk(Args):
    key: str | None = None  # the key of the first WeCom robot URL in the message; None: no valid one

    @classmethod
    def read(cls, heard: Heard) -> Self:
        try:
            return cls(key=push.webhook_key(heard.text))
        except push.NotAWebhook:
            return cls()


@router.intent(
    "bind_webhook",
    args=WebhookAsk,
    writes=True,
    describe="bind a WeCom group robot webhook URL for pushes",
)
async def bind_webhook(ctx: CommandContext, command: Command) -> Reply:
    await roles.require(ctx.actor, "bind_webhook", permissions.can_bind_webhook(ctx.actor))
    key = command.arg(WebhookAsk).key
    if key is None:
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
