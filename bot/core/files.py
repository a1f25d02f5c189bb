"""A file a user sent, downloaded by a platform adapter and handed to the dispatcher — without ever
holding it in memory: the download is streamed into a temporary file (removed afterwards), the import reads
that file streaming, and keeping it for 确认导入 copies it into the database a megabyte at a time."""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import BinaryIO

from bot.core.dispatch import Dispatcher
from bot.core.outbound import SendError, TooLarge
from bot.core.types import InboundMessage
from handlers.replies import Reply, Text
from i18n import Catalog
from workflows.importing import uploads

log = logging.getLogger(__name__)

# (where to write, the most bytes to accept) → bytes written; raises TooLarge or SendError
Download = Callable[[BinaryIO, int], Awaitable[int]]


async def receive(
    dispatcher: Dispatcher, message: InboundMessage, file_name: str, download: Download, failed_key: str
) -> Reply:
    """Download into a temporary file and answer with the file handler's reply; a file over the upload
    limit is refused in words (its size, the limit) without reading the rest of it."""
    t = Catalog(message.locale or dispatcher.default_locale)
    limit = uploads.MAX_UPLOAD_BYTES
    handle, name = tempfile.mkstemp(prefix="creatorbot-download-", suffix=".bin")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            try:
                await download(out, limit)
            except TooLarge as error:
                size = max(error.size, limit + 1)
                return Text(t("import.too_large", size=-(-size // 1_048_576), limit=limit // 1_048_576))
            except SendError as error:
                log.warning("could not download the file of %s: %s", message.event_id, error)
                return Text(t(failed_key))
        return await dispatcher.handle_file(message, file_name, path)
    finally:
        await asyncio.to_thread(path.unlink, missing_ok=True)
