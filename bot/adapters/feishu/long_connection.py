"""Feishu long connection (WebSocket): lark's `ws.Client` on its own thread and loop.

lark-oapi 1.7.5 captures an event loop at import time and calls `run_until_complete` on it, which fails
inside a running asyncio app, and it has no stop() (`lark_oapi/ws/client.py`; larksuite/oapi-sdk-python
issues #96, #128, #133). So the client runs in a dedicated thread with a new loop patched into
`lark_oapi.ws.client.loop`; its handler hands each payload to the app's loop with
`run_coroutine_threadsafe` and returns at once, so acks and pings are never held up.
One LongConnection per process (the patched loop is the SDK's module global).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import json
import logging
import threading
from typing import Any

from bot.adapters.feishu.events import CARD_ACTION, Envelope, MalformedEvent, read_envelope
from bot.adapters.feishu.inbound import FeishuInbound
from bot.settings import FeishuSettings

log = logging.getLogger(__name__)
CARD_WAIT_S = 2.8  # a card press must be answered in 3 s; FeishuInbound itself stops waiting at 2.5 s
Json = dict[str, Any]


async def accept_payload(inbound: FeishuInbound, payload: bytes) -> Json:
    """A plaintext v2 event from the long connection (already authenticated by the connection)."""
    try:
        envelope = read_envelope(json.loads(payload))
    except (ValueError, MalformedEvent):
        log.warning("feishu ws: unreadable payload (%d bytes) ignored", len(payload))
        return {}
    if not isinstance(envelope, Envelope):
        return {}
    try:
        return await inbound.accept(envelope)
    except Exception:
        log.exception("feishu ws: failed accepting event %s", envelope.event_id)
        return {}


class _Bridge:
    """Stands in for lark's EventDispatcherHandler: the ws client calls only `_do_without_validation`,
    synchronously on its own loop, and sends the return value back as the callback result."""

    def __init__(self, connection: LongConnection) -> None:
        self._connection = connection

    def _do_without_validation(self, payload: bytes) -> Json | None:
        future = self._connection.submit(payload)
        if not _is_card_action(payload):
            return None  # acked at once; the work goes on in the app's loop
        try:
            return future.result(timeout=CARD_WAIT_S)
        except (concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            return None


def _is_card_action(payload: bytes) -> bool:
    try:
        header = json.loads(payload).get("header") or {}
    except (ValueError, AttributeError):
        return False
    return isinstance(header, dict) and header.get("event_type") == CARD_ACTION


class LongConnection:
    def __init__(
        self, settings: FeishuSettings, inbound: FeishuInbound, *, endpoint_domain: str | None = None
    ) -> None:
        self._settings = settings
        self._inbound = inbound
        self._domain = endpoint_domain or settings.domain  # tests point the handshake at a fake server
        self._app_loop: asyncio.AbstractEventLoop | None = None
        self._context: contextvars.Context | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._ws_loop: asyncio.AbstractEventLoop | None = None
        self._client: Any = None

    def start(self) -> None:
        """Call on the app's loop, inside the ORM context: both are carried over to the handlers."""
        self._app_loop = asyncio.get_running_loop()
        self._context = contextvars.copy_context()
        self._thread = threading.Thread(target=self._run, name="feishu-long-connection", daemon=True)
        self._thread.start()

    def submit(self, payload: bytes) -> concurrent.futures.Future[Json]:
        """From the ws thread: run `accept_payload` on the app's loop, in the app's context."""
        assert self._app_loop is not None
        assert self._context is not None
        coro = accept_payload(self._inbound, payload)
        return self._context.run(asyncio.run_coroutine_threadsafe, coro, self._app_loop)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        import lark_oapi
        import lark_oapi.ws.client as ws_client

        sdk_loop = ws_client.loop  # put back afterwards: dropping it would leave it unclosed for the GC
        ws_client.loop = loop  # the SDK's import-time loop belongs to another thread
        try:
            self._client = ws_client.Client(
                self._settings.app_id,
                self._settings.app_secret,
                event_handler=_Bridge(self),
                domain=self._domain,
                auto_reconnect=True,
                log_level=lark_oapi.LogLevel.WARNING,
            )
            self._ws_loop = loop
            self._ready.set()
            self._client.start()  # returns only when stop() stops the loop
        except RuntimeError:
            log.info("feishu ws: stopped")
        except Exception:
            log.exception("feishu ws: the long connection ended")
        finally:
            self._ready.set()
            _close_loop(loop)
            ws_client.loop = sdk_loop

    async def stop(self, grace: float = 5.0) -> None:
        if self._thread is None:
            return
        await asyncio.to_thread(self._ready.wait, grace)
        loop, client = self._ws_loop, self._client
        if loop is not None and client is not None and not loop.is_closed():
            client._auto_reconnect = False  # no public stop() in lark-oapi 1.7.5
            try:
                closing = asyncio.run_coroutine_threadsafe(client._disconnect(), loop)
                await asyncio.wait_for(asyncio.wrap_future(closing), grace)
                loop.call_soon_threadsafe(loop.stop)
            except (RuntimeError, TimeoutError):
                log.warning("feishu ws: could not close the connection cleanly")
        await asyncio.to_thread(self._thread.join, grace)
        self._thread = None


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    pending = asyncio.all_tasks(loop)
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
