"""A file sent to the bot in Feishu: download it (im.v1.message_resource) and hand it to the dispatcher."""

from __future__ import annotations

import logging

from bot.adapters.feishu.events import FeishuMessage
from bot.core.dispatch import Dispatcher
from bot.core.outbound import Outbound, SendError
from handlers.replies import Reply, Text
from i18n import Catalog

log = logging.getLogger(__name__)


async def answer_file(dispatcher: Dispatcher, outbound: Outbound, fm: FeishuMessage) -> Reply:
    t = Catalog(fm.message.locale or dispatcher.default_locale)
    download = getattr(outbound, "download", None)
    if fm.file is None or not callable(download):
        return Text(t("import.download_failed"))
    try:
        data = await download(fm.message_id, fm.file.key)
    except SendError as error:
        log.warning("feishu: could not download file of %s: %s", fm.message_id, error)
        return Text(t("import.download_failed"))
    return await dispatcher.handle_file(fm.message, fm.file.name, bytes(data))
