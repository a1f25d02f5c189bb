"""What the delivery fault tests and `bench/delivery.py` share: reminder rows in Feishu and WeCom chats,
real `creatorbot worker` processes with production defaults, a mid-batch SIGKILL, and the count of what
reached each chat — from EVERY POST the simulators received, by content per chat (a reminder shown twice
is a duplicate even when Feishu's uuid would have hidden it)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from bot.adapters.wecom.outbound import SEAL_PURPOSE
from models.enums import DeliveryKind, DeliveryStatus, Platform
from models.schedule import Delivery
from models.secrets import Sealer
from models.tenancy import Chat, Member, Workspace
from tests.simulators.feishu import MESSAGES_PATH, FeishuSimulator
from tests.simulators.wecom import WeComSimulator
from tests.wecom_callbacks import TOKEN, WeComCallbacks

REMINDER = re.compile(r"提醒 #(\d+)")  # the title of every reminder card, in zh_CN chats
AES_KEY = WeComCallbacks().aes_key

Seen = tuple[str, int]  # (chat: Feishu chat id or WeCom webhook key, reminder id)


def webhook_key(chat_id: str) -> str:
    return f"key-{chat_id}"


async def seed(
    platform: Platform, count: int, chats: int, due: Callable[[int], datetime], *, tenant: str
) -> list[Delivery]:
    """`count` reminders in `chats` chats of one workspace, reminder n due at `due(n)` (a WeCom chat has its
    own webhook key, sealed as binding does); returns the new rows."""
    workspace, _ = await Workspace.get_or_create(platform=platform, external_key=tenant)
    owner_id = "alice" if platform == Platform.WECOM else "ou_owner"
    owner, _ = await Member.get_or_create(
        workspace=workspace, platform_user_id=owner_id, defaults={"display_name": "小李", "name_key": "小李"}
    )
    sealer = Sealer(AES_KEY)
    rooms = []
    for n in range(chats):
        chat_id = f"{'wr' if platform == Platform.WECOM else 'oc_'}{tenant}-{n}"
        sealed = sealer.seal(webhook_key(chat_id), SEAL_PURPOSE) if platform == Platform.WECOM else ""
        rooms.append(
            (
                await Chat.get_or_create(
                    workspace=workspace, platform_chat_id=chat_id, defaults={"webhook_key": sealed}
                )
            )[0]
        )
    last = await Delivery.all().order_by("-id").first().values_list("id", flat=True)
    rows = []
    for n in range(count):
        at = due(n)
        rows.append(
            Delivery(
                workspace=workspace,
                chat=rooms[n % chats],
                kind=DeliveryKind.REMINDER,
                due_at=at,
                local_wall=at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
                zone="UTC",
                owner=owner,
                text=f"reminder {n}",
            )
        )
    await Delivery.bulk_create(rows, batch_size=1000)
    return await Delivery.filter(id__gt=last or 0).order_by("id")


async def expected(rows: Iterable[Delivery]) -> set[Seen]:
    """Where each row must show up: (Feishu chat id or WeCom key, reminder id)."""
    ids = [row.id for row in rows]
    found = await Delivery.filter(id__in=ids).values_list(
        "id", "chat__platform_chat_id", "workspace__platform"
    )
    return {
        (webhook_key(chat) if platform == Platform.WECOM else chat, int(delivery_id))
        for delivery_id, chat, platform in found
    }


def feishu_shown(sim: FeishuSimulator) -> Counter[Seen]:
    """Every message POST Feishu accepted — a repeat of a uuid included — per (chat, reminder)."""
    shown: Counter[Seen] = Counter()
    for post in sim.posts:
        if post.path == MESSAGES_PATH and post.accepted:
            shown.update((post.chat_id, int(n)) for n in REMINDER.findall(post.text))
    return shown


def wecom_shown(sim: WeComSimulator) -> Counter[Seen]:
    """Every push WeCom accepted, per (key, reminder): a push may carry several reminders of one group."""
    shown: Counter[Seen] = Counter()
    for post in sim.posts:
        if post.accepted:
            shown.update((post.key, int(n)) for n in REMINDER.findall(post.content))
    return shown


@dataclass
class Tally:
    shown: Counter[Seen]
    expected: set[Seen]

    @property
    def duplicated(self) -> dict[Seen, int]:
        return {seen: n for seen, n in self.shown.items() if n > 1}

    @property
    def lost(self) -> set[Seen]:
        return self.expected - set(self.shown)

    @property
    def strays(self) -> set[Seen]:
        return set(self.shown) - self.expected

    def __str__(self) -> str:
        return (
            f"{len(self.expected)} expected, {len(set(self.shown) & self.expected)} delivered, "
            f"{sum(n - 1 for n in self.duplicated.values())} duplicated, {len(self.lost)} lost"
        )


# ------------------------------------------------------------------------------------------ processes


@dataclass
class Workers:
    """`creatorbot worker` processes with production defaults (no options), logs in `logs`."""

    env: dict[str, str]
    logs: Path
    procs: list[asyncio.subprocess.Process] = field(default_factory=list)
    _files: list[IO[bytes]] = field(default_factory=list)

    async def start(self, *options: str) -> asyncio.subprocess.Process:
        log = (self.logs / f"worker{len(self.procs)}.log").open("wb")
        self._files.append(log)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "worker", *options, env=self.env, stdout=log, stderr=log
        )
        self.procs.append(proc)
        return proc

    async def stop(self) -> None:
        for proc in self.procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        for log in self._files:
            log.close()


def worker_env(
    database_url: str,
    redis_url: str,
    feishu: FeishuSimulator | None = None,
    wecom: WeComSimulator | None = None,
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FEISHU_", "WECOM_"))}
    env |= {"DATABASE_URL": database_url, "REDIS_URL": redis_url}
    if feishu is not None:
        env |= {
            "FEISHU_APP_ID": feishu.app_id,
            "FEISHU_APP_SECRET": feishu.app_secret,
            "FEISHU_VERIFICATION_TOKEN": "vtoken",
            "FEISHU_DOMAIN": feishu.url,
        }
    if wecom is not None:
        env |= {"WECOM_BOT_TOKEN": TOKEN, "WECOM_BOT_AES_KEY": AES_KEY, "WECOM_API_BASE": wecom.url}
    return env


async def until(condition: Callable[[], Awaitable[bool]], within: float = 60.0, every: float = 0.1) -> float:
    """Poll `condition` until it holds; returns the monotonic time it did. Fails after `within` seconds."""
    async with asyncio.timeout(within):
        while not await condition():  # noqa: ASYNC110 - polling other processes' progress
            await asyncio.sleep(every)
    return time.monotonic()


async def sent_count(rows: list[Delivery]) -> int:
    return await Delivery.filter(id__in=[r.id for r in rows], status=DeliveryStatus.SENT).count()


async def kill_mid_batch(
    worker: asyncio.subprocess.Process,
    rows: list[Delivery],
    feishu: FeishuSimulator | None,
    wecom: WeComSimulator | None,
) -> dict[str, int]:
    """SIGKILL the worker in the middle of its batch, between two posts: API calls arriving from now on are
    held "in the network"; once the platforms have answered the calls they were handling and the worker has
    recorded what was answered, it is killed, and the calls it left in flight are dropped (they never
    arrived). Killed in the middle of one post instead, no sender can know whether that post arrived: Feishu
    keeps one message per uuid, a WeCom push would be repeated (see ARCHITECTURE.md, Timed work).
    Returns the rows' statuses at the kill."""
    sims = [s for s in (feishu, wecom) if s is not None]
    for sim in sims:
        sim.gate.pause()
    for sim in sims:
        await sim.gate.quiet()

    shown = (feishu_shown(feishu) if feishu else Counter()) + (wecom_shown(wecom) if wecom else Counter())

    async def recorded() -> bool:
        return await sent_count(rows) >= len(shown)

    with contextlib.suppress(TimeoutError):  # a worker that does not record what went out is killed anyway
        await until(recorded, within=5, every=0.02)
    worker.send_signal(signal.SIGKILL)
    await worker.wait()
    statuses = Counter(
        str(s) for (s,) in await Delivery.filter(id__in=[r.id for r in rows]).values_list("status")
    )
    await asyncio.sleep(0.5)  # whatever the dead worker had written reaches the gate and is held
    for sim in sims:
        sim.gate.resume(drop=True)
    return dict(statuses)
