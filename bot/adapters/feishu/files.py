"""A file sent to the bot in Feishu: stream it (im.v1.message_resource, GET
/open-apis/im/v1/messages/:message_id/resources/:file_key?type=file) to disk and hand it to the dispatcher."""

from __future__ import annotations

from typing import BinaryIO

from bot.adapters.feishu.events import FeishuMessage
from bot.core.dispatch import Dispatcher
from bot.core.files import receive
from bot.core.outbound import Outbound
from handlers.replies import Reply, Text
from i18n import Catalog


async def answer_file(dispatcher: Dispatcher, outbound: Outbound, fm: FeishuMessage) -> Reply:
    download_to = getattr(outbound, "download_to", None)
    file = fm.file
    if file is None or not callable(download_to):
        return Text(Catalog(fm.message.locale or dispatcher.default_locale)("import.download_failed"))

    async def download(out: BinaryIO, limit: int) -> int:
        written: int = await download_to(fm.message_id, file.key, out, limit)
        return written

    return await receive(dispatcher, fm.message, file.name, download, "import.download_failed")
