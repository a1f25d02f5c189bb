"""Reading the connected shops' sample applications on a schedule (issue 19): the worker's sweep calls
`sweep` every 30 s; without Redis, `creatorbot serve` and the console run it as one of
`bot/background.tiktok_jobs`. Each shop with
the collaboration read scope is read (bot/adapters/tiktok_shop/samples.read_shop) and what it says is
recorded by workflows/tiktok_samples; the cards and notices it writes are delivery rows, queued here. A
shop whose token is refused or whose call fails is marked on the shop (the status card says it) and read
again next time: nothing is lost, because an application stays in TikTok's list until it is decided."""

from __future__ import annotations

import logging

from bot.adapters.tiktok_shop.client import Refused, TokenRejected, Transient
from bot.adapters.tiktok_shop.samples import failure_key, read_shop
from models.tiktok_shop import ConnectionStatus, ShopConnection
from workflows import tiktok_shop
from workflows.delivery import Notifier

log = logging.getLogger(__name__)
EVERY_S = 30.0  # without Redis, as the worker's sweep


async def sweep(notifier: Notifier) -> dict[str, int]:
    """Read every active shop once; the number of cards and notices written. A notifier that is not the
    TikTok one (TIKTOK_SHOP_* unset) does nothing."""
    from bot.jobs.tiktok_touch import TikTokTouches

    if not isinstance(notifier, TikTokTouches):
        return {}
    written = 0
    for connection in await ShopConnection.filter(status=ConnectionStatus.ACTIVE).order_by("id"):
        try:
            rows = await read_shop(notifier.client, connection, notifier.connector.sealer, notifier.clock)
        except tiktok_shop.NoShop:
            continue  # its refresh was refused: marked as needing authorisation
        except (TokenRejected, Transient, Refused) as error:
            await tiktok_shop.record_error(connection.id, failure_key(error), notifier.clock.now())
            continue
        for row in rows:
            await notifier.scheduler.enqueue(row.id, row.version, row.due_at)
        written += len(rows)
    return {"tiktok_samples": written}
