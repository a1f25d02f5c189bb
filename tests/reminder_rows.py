"""Reminder rows for engine tests and the delivery bench: one Feishu workspace, N chats, rows due at once."""

from __future__ import annotations

from datetime import UTC, datetime

from arq.connections import RedisSettings, create_pool

from bot.jobs.worker import ArqScheduler
from models.enums import DeliveryKind, Platform
from models.schedule import Delivery
from models.tenancy import Chat, Member, Workspace


async def seed_reminders(count: int, chats: int, due: datetime, tenant: str = "tenant-1") -> list[Delivery]:
    """`count` reminders due at `due`, spread over `chats` chats; returns the new rows (earlier ones stay)."""
    workspace, _ = await Workspace.get_or_create(platform=Platform.FEISHU, external_key=tenant)
    owner, _ = await Member.get_or_create(
        workspace=workspace,
        platform_user_id="ou_owner",
        defaults={"display_name": "小李", "name_key": "小李"},
    )
    rooms = [
        (await Chat.get_or_create(workspace=workspace, platform_chat_id=f"oc_chat{n}"))[0]
        for n in range(chats)
    ]
    last = await Delivery.all().order_by("-id").first().values_list("id", flat=True)
    wall = due.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    rows = [
        Delivery(
            workspace=workspace,
            chat=rooms[n % chats],
            kind=DeliveryKind.REMINDER,
            due_at=due,
            local_wall=wall,
            zone="UTC",
            owner=owner,
            text=f"reminder {n}",
        )
        for n in range(count)
    ]
    await Delivery.bulk_create(rows, batch_size=1000)
    return await Delivery.filter(id__gt=last or 0).order_by("id")


async def enqueue_all(redis_url: str, rows: list[Delivery]) -> None:
    """Queue one arq job per row, as the bot does when it schedules them."""
    pool = await create_pool(RedisSettings.from_dsn(redis_url))
    try:
        scheduler = ArqScheduler(pool)
        for row in rows:
            await scheduler.enqueue(row.id, row.version, row.due_at)
    finally:
        await pool.aclose()
