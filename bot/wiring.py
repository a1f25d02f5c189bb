"""The one wiring place: builds the dispatcher and its ports for the console, web process and worker."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TextIO

from bot.core.dispatch import Dispatcher
from bot.core.understanding import Understanding
from bot.settings import Settings
from handlers import build_router
from handlers.due import DueCards
from models.enums import Platform
from workflows.delivery import Notifier, PollOnly, Scheduler
from workflows.ports import Clock, SystemClock

if TYPE_CHECKING:
    from aiohttp import web
    from arq.connections import ArqRedis
    from redis.asyncio import Redis

    from bot.adapters.console import Console
    from bot.adapters.feishu.inbound import FeishuInbound
    from bot.adapters.tiktok_shop.client import TikTokShopClient
    from bot.adapters.wecom.inbound import WeComInbound
    from bot.adapters.wecom.outbound import RefusalEpoch, WeComOutbound
    from bot.core.outbound import Outbound
    from bot.jobs.inprocess import DeliveryLoop
    from bot.jobs.notifier import OutboundNotifier
    from bot.nlu.llm import ModelReader
    from bot.settings import FeishuSettings, WeComSettings
    from bot.web.metrics import Metrics
    from models.secrets import Sealer
    from workflows.mail.inbox import MailReader
    from workflows.mail.ports import MailPort
    from workflows.mail.watch import MailWatcher
    from workflows.tiktok_shop import Connector
    from workflows.translation.model import CircuitBreaker, RetryPolicy
    from workflows.translation.ports import Translator


_UNSET: Any = object()


def build_dispatcher(
    settings: Settings,
    clock: Clock | None = None,
    scheduler: Scheduler | None = None,
    translator: Translator | None = _UNSET,
    redis: Redis | None = None,
) -> Dispatcher:
    """`translator` defaults to the one settings describe; pass one to share it (e.g. with the notifier).
    With `redis`, the TikTok Shop calls commands make (marketplace search, "同步订单", reply drafts) count in
    the same 50/s windows as the workers' (the shared Redis limiter)."""
    clock = clock or SystemClock()
    return Dispatcher(
        router=build_router(),
        clock=clock,
        default_locale=settings.bot_locale,
        team_timezone=settings.bot_timezone,
        scheduler=scheduler or PollOnly(),
        translator=build_translator(settings, clock) if translator is _UNSET else translator,
        sealer=build_sealer(settings),
        tiktok=build_tiktok_connector(settings, clock, redis),
        mail=build_mail_port(settings),
        understanding=Understanding(reader=build_proposer(settings)),
    )


def build_sealer(settings: Settings) -> Sealer | None:
    """WeCom webhook keys are sealed under a key derived from the bot's EncodingAESKey."""
    from models.secrets import Sealer

    return Sealer(settings.wecom.aes_key) if settings.wecom is not None else None


def build_tiktok_connector(
    settings: Settings, clock: Clock | None = None, redis: Redis | None = None
) -> Connector | None:
    """The TikTok Shop app as the workflows see it; states and shop tokens are sealed under a key derived
    from the app secret (rotating the secret means connecting the shops again)."""
    if settings.tiktok is None:
        return None
    from bot.adapters.tiktok_shop.client import AppCredentials
    from bot.adapters.tiktok_shop.collaborations import ClientInviter
    from bot.adapters.tiktok_shop.limits import IN_FLIGHT_S, TIKTOK_LIMITS, ApiLimiter
    from bot.adapters.tiktok_shop.marketplace import ClientMarketplace
    from bot.adapters.tiktok_shop.messenger import ClientMessenger
    from bot.adapters.tiktok_shop.orders import ClientOrders
    from bot.adapters.tiktok_shop.samples import ClientReviewer
    from bot.core.shared_limits import RedisRateLimiter
    from models.secrets import Sealer
    from workflows.tiktok_shop import Connector

    config = settings.tiktok
    sealer = Sealer("tiktok-shop\0" + config.app_secret)
    creds = AppCredentials(config.app_key, config.app_secret, config.api_base, config.auth_base)
    limiter = ApiLimiter(
        RedisRateLimiter(redis, f"tiktok:{config.app_key}", TIKTOK_LIMITS, in_flight_s=IN_FLIGHT_S)
        if redis
        else None
    )
    marketplace = ClientMarketplace(creds, limiter, sealer, clock or SystemClock())
    messenger = ClientMessenger(sealer, clock or SystemClock(), credentials=creds, limiter=limiter)
    orders = ClientOrders(sealer, clock or SystemClock(), credentials=creds, limiter=limiter)
    reviewer = ClientReviewer(creds, limiter, sealer, clock or SystemClock())
    inviter = ClientInviter(creds, limiter, sealer, clock or SystemClock())
    return Connector(
        config.authorize_url,
        config.service_id,
        sealer,
        marketplace,
        messenger,
        samples=reviewer,
        inviter=inviter,
        orders=orders,
    )


def register_mail_channel(
    settings: Settings,
    scheduler: Scheduler,
    clock: Clock,
    translator: Translator | None,
    notifier: OutboundNotifier,
) -> None:
    """Touches of a workspace whose mailbox has "bot sends" on go out by e-mail through `notifier`'s
    process (workflows/channels.py). Without a secret to open mailbox passwords nothing is added."""
    from bot.adapters.mail.client import MailClient
    from workflows.mail.channel import MailChannel

    sealer = build_mail_sealer(settings)
    if sealer is None:
        return
    client = MailClient(ca_file=settings.mail.ca_file or None)
    notifier.add_channel(MailChannel(client, sealer, scheduler, clock, translator))


def build_mail_reader(settings: Settings, clock: Clock) -> MailReader | None:
    """Reads the connected mailboxes' INBOX (replies stop sequences); None without a secret to open them."""
    from bot.adapters.mail.client import MailClient
    from workflows.mail.inbox import MailReader

    sealer = build_mail_sealer(settings)
    if sealer is None:
        return None
    return MailReader(MailClient(ca_file=settings.mail.ca_file or None), sealer, clock)


def build_mail_watcher(settings: Settings, clock: Clock, redis: Any = None) -> MailWatcher | None:
    """IMAP IDLE on every connected mailbox (workflows/mail/watch.py); one watcher per mailbox across
    processes through Redis leases when there is Redis. None without a secret to open the passwords."""
    from bot.mail_watch import RedisLeases
    from workflows.mail.watch import LocalLeases, MailWatcher

    reader = build_mail_reader(settings, clock)
    if reader is None:
        return None
    leases = RedisLeases(redis) if redis is not None else LocalLeases()
    return MailWatcher(reader, leases, idle_s=settings.mail.idle_s)


def build_mail_port(settings: Settings) -> MailPort:
    from bot.adapters.mail.client import MailClient
    from workflows.mail.ports import MailPort

    return MailPort(MailClient(ca_file=settings.mail.ca_file or None), build_mail_sealer(settings))


def build_mail_sealer(settings: Settings) -> Sealer | None:
    """Mailbox app passwords are sealed under CREATORBOT_SECRET_KEY, else the WeCom EncodingAESKey; None:
    no mailbox can be connected in this deployment (the bot says which setting to add)."""
    from models.secrets import Sealer

    material = settings.mail.secret_key or (settings.wecom.aes_key if settings.wecom is not None else "")
    return Sealer(material) if material else None


def build_translator(
    settings: Settings,
    clock: Clock | None = None,
    *,
    retry: RetryPolicy | None = None,
    breaker: CircuitBreaker | None = None,
) -> Translator | None:
    """The Translator over `openai.AsyncOpenAI` pointed at OPENAI_BASE_URL; None without TRANSLATION_MODEL."""
    config = settings.translation
    if config is None:
        return None
    import openai

    from workflows.translation.model import OpenAIChatModel
    from workflows.translation.ports import Pricing
    from workflows.translation.service import TranslationService

    client = openai.AsyncOpenAI(
        base_url=config.base_url,
        api_key=config.api_key or "unused",  # local servers (Ollama, vLLM) take any key
        timeout=config.timeout_s,
        max_retries=0,  # OpenAIChatModel retries with jitter and feeds its circuit breaker
    )
    model = OpenAIChatModel(client, config.model, timeout_s=config.timeout_s, retry=retry, breaker=breaker)
    pricing = Pricing(config.price_per_1k_tokens, config.price_currency)
    return TranslationService(model, clock or SystemClock(), pricing=pricing)


def build_proposer(settings: Settings) -> ModelReader | None:
    """The team's model as a second reader of chat messages (bot/nlu/llm.py), on the translation settings
    with its own client: one call, no retries, at most 4 s; None without TRANSLATION_MODEL."""
    config = settings.translation
    if config is None:
        return None
    import openai

    from bot.nlu.llm import READ_TIMEOUT_S, ModelReader

    timeout_s = min(config.timeout_s, READ_TIMEOUT_S)
    client = openai.AsyncOpenAI(
        base_url=config.base_url,
        api_key=config.api_key or "unused",  # local servers (Ollama, vLLM) take any key
        timeout=timeout_s,
        max_retries=0,  # the person is waiting: a failed read is no proposal, never a retry
    )
    return ModelReader(client, config.model, timeout_s=timeout_s)


def build_console(
    settings: Settings,
    user: str,
    locale: str,
    *,
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    user_id: str | None = None,
) -> tuple[Console, DeliveryLoop]:
    """The console and its in-process delivery loop: due reminders are printed in the terminal."""
    from bot.adapters.console import Console, ConsoleOutbound
    from bot.jobs.inprocess import DeliveryLoop
    from bot.jobs.notifier import OutboundNotifier

    clock = clock or SystemClock()
    translator = build_translator(settings, clock)
    notifier = OutboundNotifier(render=DueCards(translator))
    sender = with_tiktok(settings, notifier, clock, translator=translator)
    loop = DeliveryLoop(sender, clock)
    if sender is not notifier:
        sender.scheduler = loop  # type: ignore[attr-defined]
    register_mail_channel(settings, loop, clock, translator, notifier)
    dispatcher = build_dispatcher(settings, clock, scheduler=loop, translator=translator)
    console = Console(dispatcher, user=user, locale=locale, user_id=user_id)
    notifier.register(Platform.CONSOLE, ConsoleOutbound(console, stdout or sys.stdout))
    return console, loop


def build_notifier(
    settings: Settings,
    *,
    redis: Redis | None = None,
    translator: Translator | None = None,
    refusals: RefusalEpoch | None = None,
) -> OutboundNotifier:
    """Posts due items on every configured platform. With Redis, rate limits are shared by all processes."""
    from bot.jobs.notifier import OutboundNotifier

    notifier = OutboundNotifier(render=DueCards(translator))
    if settings.feishu is not None:
        from bot.adapters.feishu.outbound import FeishuOutbound
        from bot.adapters.feishu.ratelimit import FEISHU_LIMITS
        from bot.core.shared_limits import RedisRateLimiter

        limiter = (
            RedisRateLimiter(redis, settings.feishu.app_id, FEISHU_LIMITS) if redis is not None else None
        )
        notifier.register(Platform.FEISHU, FeishuOutbound(settings.feishu, limiter=limiter))
    if settings.wecom is not None:
        notifier.register(Platform.WECOM, build_wecom_outbound(settings, redis=redis, refusals=refusals))
    return notifier


def with_tiktok(
    settings: Settings,
    notifier: OutboundNotifier,
    clock: Clock,
    *,
    translator: Translator | None = None,
    redis: Redis | None = None,
    scheduler: Scheduler | None = None,
) -> Notifier:
    """The notifier the delivery engine uses: with TIKTOK_SHOP_* set, outreach touches the bot sends go
    through TikTok Shop (bot/jobs/tiktok_touch.py); otherwise the chat notifier itself."""
    if settings.tiktok is None:
        return notifier
    from bot.jobs.tiktok_touch import TikTokTouches

    connector = build_tiktok_connector(settings, clock, redis)
    assert connector is not None
    client = build_tiktok_client(settings, redis=redis)
    return TikTokTouches(
        notifier,
        client,
        connector,
        translator,
        scheduler or PollOnly(),
        clock,
        poll=settings.tiktok.poll,
        team_timezone=settings.bot_timezone,
    )


def build_wecom_outbound(
    settings: Settings, *, redis: Redis | None = None, refusals: RefusalEpoch | None = None
) -> WeComOutbound:
    """Group webhook pushes; with Redis the 20/min per key is shared by all processes."""
    from bot.adapters.wecom.outbound import (
        ChatWebhookKeys,
        RedisSentStore,
        WeComOutbound,
        redis_limiter_for,
    )

    assert settings.wecom is not None
    keys = ChatWebhookKeys(build_sealer(settings), refusals)
    if redis is None:
        return WeComOutbound(settings.wecom.api_base, keys)
    return WeComOutbound(
        settings.wecom.api_base,
        keys,
        limiter_for=redis_limiter_for(redis),
        sent_store=RedisSentStore(redis),
    )


# ---- the web process (`creatorbot serve`) --------------------------------------------------------------


def build_web_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    outbound: Outbound | None = None,
    dispatcher: Dispatcher | None = None,
    refusals: RefusalEpoch | None = None,
    queue_redis: ArqRedis | None = None,
) -> web.Application:
    """The `creatorbot serve` app: Feishu callbacks when FEISHU_* is set, /healthz and /metrics always.
    The caller opens the database first (see bot/serve.py). With `queue_redis` (INBOUND_MODE=queue) the
    app only acks: messages are claimed in Redis and answered by workers (bot/jobs/answers.py)."""
    from bot.web.app import create_app
    from bot.web.metrics import Metrics

    clock = clock or SystemClock()
    metrics = Metrics()
    if settings.wecom is not None and dispatcher is None:
        dispatcher = build_dispatcher(settings, clock)  # one dispatcher for both platforms
    if settings.feishu is None:
        app = create_app(metrics=metrics)
    else:
        inbound = build_feishu_inbound(settings, clock, metrics, outbound, dispatcher)
        if queue_redis is not None:
            from bot.jobs.answers import InboundQueue, RedisClaims

            inbound.queue, inbound.dedupe = InboundQueue(queue_redis), RedisClaims(queue_redis)
        app = _with_feishu(settings.feishu, inbound, metrics)
    if settings.tiktok is not None:
        _add_tiktok(app, settings, clock, metrics)
    if settings.wecom is not None:
        assert dispatcher is not None
        inbound_wecom = build_wecom_inbound(settings, clock, metrics, dispatcher, refusals)
        if queue_redis is not None:
            from bot.jobs.answers import InboundQueue, RedisClaims, StreamStore

            inbound_wecom.queue, inbound_wecom.dedupe = InboundQueue(queue_redis), RedisClaims(queue_redis)
            inbound_wecom.streams = StreamStore(queue_redis)
        _add_wecom(app, settings.wecom, inbound_wecom, metrics)
    return app


def build_tiktok_client(settings: Settings, *, redis: Redis | None = None) -> TikTokShopClient:
    """The TikTok Shop client; with Redis its 50/s-per-API windows are shared by every process."""
    from bot.adapters.tiktok_shop.client import AppCredentials, TikTokShopClient
    from bot.adapters.tiktok_shop.limits import IN_FLIGHT_S, TIKTOK_LIMITS, ApiLimiter
    from bot.core.shared_limits import RedisRateLimiter

    assert settings.tiktok is not None
    config = settings.tiktok
    creds = AppCredentials(config.app_key, config.app_secret, config.api_base, config.auth_base)
    limiter = ApiLimiter(
        RedisRateLimiter(redis, f"tiktok:{config.app_key}", TIKTOK_LIMITS, in_flight_s=IN_FLIGHT_S)
        if redis
        else None
    )
    return TikTokShopClient(creds, limiter=limiter)


def _add_tiktok(app: web.Application, settings: Settings, clock: Clock, metrics: Metrics) -> None:
    """`/tiktok/callback` (the seller back from consenting) and `/tiktok/webhook` (creators' messages);
    the client is closed with the app. Notices are found by the delivery engine's sweep (≤ 30 s)."""
    from bot.adapters.tiktok_shop.callback import ConnectCallback
    from bot.adapters.tiktok_shop.webhook import TikTokWebhook

    client = build_tiktok_client(settings)
    connector = build_tiktok_connector(settings)
    assert connector is not None

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        yield
        await client.close()

    app.router.add_routes(ConnectCallback(client, connector, clock, settings.bot_locale).routes())
    config = settings.tiktok
    assert config is not None
    app.router.add_routes(TikTokWebhook(config.app_key, config.app_secret, clock, metrics).routes())
    app.cleanup_ctx.append(lifecycle)


def build_answerers(
    settings: Settings,
    clock: Clock,
    redis: ArqRedis,
    notifier: OutboundNotifier,
    dispatcher: Dispatcher,
    refusals: RefusalEpoch | None = None,
) -> dict[str, Any]:
    """The worker's side of INBOUND_MODE=queue: each platform's inbound, answering queued messages with
    the worker's dispatcher and the notifier's clients (one rate limiter per process)."""
    from bot.core.dedupe import DedupeStore
    from bot.jobs.answers import StreamStore
    from bot.web.metrics import Metrics

    metrics = Metrics()
    answerers: dict[str, Any] = {}
    if settings.feishu is not None:
        feishu = build_feishu_inbound(
            settings, clock, metrics, notifier.outbound(Platform.FEISHU), dispatcher
        )
        feishu.durable = feishu.dedupe
        answerers[Platform.FEISHU.value] = feishu
    if settings.wecom is not None:
        wecom = build_wecom_inbound(settings, clock, metrics, dispatcher, refusals)
        wecom.durable = DedupeStore(platform="wecom", clock=clock)
        wecom.streams = StreamStore(redis)
        answerers[Platform.WECOM.value] = wecom
    return answerers


def build_wecom_inbound(
    settings: Settings,
    clock: Clock,
    metrics: Metrics,
    dispatcher: Dispatcher,
    refusals: RefusalEpoch | None = None,
) -> WeComInbound:
    from bot.adapters.wecom.crypto import aes_key
    from bot.adapters.wecom.inbound import WeComInbound
    from bot.adapters.wecom.outbound import RefusalEpoch
    from bot.core.dedupe import DedupeStore

    assert settings.wecom is not None
    return WeComInbound(
        dispatcher=dispatcher,
        dedupe=DedupeStore(platform="wecom", clock=clock),  # 24 h ≥ WeCom's retries (≥ 8 h asked)
        metrics=metrics,
        clock=clock,
        refusals=refusals or RefusalEpoch(),
        files=build_wecom_outbound(settings, refusals=refusals),
        media_key=aes_key(settings.wecom.aes_key),
    )


def _add_wecom(app: web.Application, wecom: WeComSettings, inbound: WeComInbound, metrics: Metrics) -> None:
    """`/wecom/callback` (GET verify, POST callbacks) and a lifecycle draining late answers at exit."""
    from bot.adapters.wecom.crypto import WeComCrypto
    from bot.adapters.wecom.webhook import INBOUND_KEY, WeComWebhook

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        yield
        await inbound.tasks.drain(grace=10.0)
        await inbound.close()

    crypto = WeComCrypto(wecom.token, wecom.aes_key)  # receive id "" for the smart bot
    app.router.add_routes(WeComWebhook(crypto, inbound, metrics).routes())
    app.cleanup_ctx.append(lifecycle)
    app[INBOUND_KEY] = inbound


def build_feishu_inbound(
    settings: Settings,
    clock: Clock,
    metrics: Metrics,
    outbound: Outbound | None = None,
    dispatcher: Dispatcher | None = None,
) -> FeishuInbound:
    from bot.adapters.feishu import cards
    from bot.adapters.feishu.inbound import FeishuInbound
    from bot.core.dedupe import DedupeStore

    assert settings.feishu is not None
    if outbound is None:
        from bot.adapters.feishu.outbound import FeishuOutbound

        outbound = FeishuOutbound(settings.feishu)
    bot_info = getattr(outbound, "bot_info", None)
    return FeishuInbound(
        dispatcher=dispatcher or build_dispatcher(settings, clock),
        outbound=outbound,
        dedupe=DedupeStore(platform="feishu", clock=clock),
        metrics=metrics,
        clock=clock,
        render_card=lambda card: cards.render_card(card).content,
        bot_identity=bot_info if callable(bot_info) else None,
    )


def _with_feishu(feishu: FeishuSettings, inbound: FeishuInbound, metrics: Metrics) -> web.Application:
    """Feishu routes, plus a lifecycle: learn the bot's open_id first, drain background work last."""
    from bot.adapters.feishu.webhook import INBOUND_KEY, FeishuWebhook
    from bot.web.app import create_app

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await inbound.learn_bot_identity()
        yield
        await inbound.tasks.drain(grace=10.0)
        close = getattr(inbound.outbound, "close", None)
        if callable(close):
            await close()

    routes = FeishuWebhook(feishu, inbound, metrics).routes()
    app = create_app(metrics=metrics, routes=routes, lifecycles=[lifecycle])
    app[INBOUND_KEY] = inbound
    return app
