"""A known pipeline history for the summary tests (clock frozen at 2026-11-25 08:00 UTC, Wed 16:00 Beijing).

| creator | owner | platform, country | history (UTC)                                                      |
|---------|-------|-------------------|--------------------------------------------------------------------|
| amy     | 小王  | tiktok US         | prospect 11-01, contacted 11-10, replied 11-23 10:00, negot. 11-24 |
| bob     | 小王  | tiktok US         | prospect 11-01, contacted 11-21 (no reply for 4 days: stuck)        |
| cat     | 小李  | instagram GB      | prospect 11-23, contacted 11-24                                    |
| dan     | 小李  | tiktok US         | prospect 10-01 … agreed 10-08, shipped 11-01, received 11-10 (stuck) |
| eve     | 小王  | youtube US        | prospect 11-24, replied 11-24 12:00 (skips contacted)              |
| fay     | —     | tiktok DE         | prospect 11-05, contacted 11-10, declined 11-23 01:00              |

Campaign 春季新品 has amy and dan. Deliveries: two overdue (one pending, one sent and open), one done,
one in the future, one cancelled.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise import Tortoise

from models.campaign import Campaign, Collaboration
from models.creator import Creator, StageChange
from models.enums import DeliveryKind, DeliveryStatus, Platform, Role, Stage
from models.schedule import Delivery
from models.tenancy import Chat, Member, Workspace
from workflows import stage_flows
from workflows.pipeline import stay_seconds


def at(month: int, day: int, hour: int = 0) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


HISTORIES: dict[str, tuple[str, str, str, list[tuple[Stage, datetime]]]] = {
    "amy": (
        "小王",
        "tiktok",
        "US",
        [
            (Stage.PROSPECT, at(11, 1)),
            (Stage.CONTACTED, at(11, 10)),
            (Stage.REPLIED, at(11, 23, 10)),
            (Stage.NEGOTIATING, at(11, 24)),
        ],
    ),
    "bob": ("小王", "tiktok", "US", [(Stage.PROSPECT, at(11, 1)), (Stage.CONTACTED, at(11, 21))]),
    "cat": ("小李", "instagram", "GB", [(Stage.PROSPECT, at(11, 23)), (Stage.CONTACTED, at(11, 24))]),
    "dan": (
        "小李",
        "tiktok",
        "US",
        [
            (Stage.PROSPECT, at(10, 1)),
            (Stage.CONTACTED, at(10, 2)),
            (Stage.REPLIED, at(10, 5)),
            (Stage.AGREED, at(10, 8)),
            (Stage.SAMPLE_SHIPPED, at(11, 1)),
            (Stage.SAMPLE_RECEIVED, at(11, 10)),
        ],
    ),
    "eve": ("小王", "youtube", "US", [(Stage.PROSPECT, at(11, 24)), (Stage.REPLIED, at(11, 24, 12))]),
    "fay": (
        "",
        "tiktok",
        "DE",
        [(Stage.PROSPECT, at(11, 5)), (Stage.CONTACTED, at(11, 10)), (Stage.DECLINED, at(11, 23, 1))],
    ),
}


async def seed_team(
    platform: Platform = Platform.CONSOLE, external_key: str = "local", chat_id: str = "console"
) -> dict[str, Member]:
    """Members 老板 (admin), 小王 and 小李 (operators) and the creators above; returns members by name."""
    workspace, _ = await Workspace.get_or_create(platform=platform, external_key=external_key)
    chat, _ = await Chat.get_or_create(workspace=workspace, platform_chat_id=chat_id)
    members = {}
    for name, role in (("老板", Role.ADMIN), ("小王", Role.OPERATOR), ("小李", Role.OPERATOR)):
        members[name], _ = await Member.get_or_create(
            workspace=workspace,
            platform_user_id=f"{platform.value}:{name}",
            defaults={"display_name": name, "name_key": name, "role": role},
        )
    creators = {}
    for handle, (owner, creator_platform, country, history) in HISTORIES.items():
        creator = await Creator.create(
            workspace=workspace,
            platform=creator_platform,
            handle=handle,
            handle_key=handle,
            country=country,
            stage=history[-1][0],
            owner=members[owner] if owner else None,
        )
        await Creator.filter(id=creator.id).update(created_at=history[0][1])
        creators[handle] = creator
        previous: tuple[Stage, datetime] | None = None
        for stage, when in history:
            change = await StageChange.create(
                workspace=workspace,
                creator=creator,
                from_stage=previous[0] if previous else None,
                to_stage=stage,
                changed_at=when,
                from_since=previous[1] if previous else None,
                stay_seconds=stay_seconds(previous[1] if previous else None, when),
            )
            await stage_flows.count(Tortoise.get_connection("default"), [change])
            previous = (stage, when)
    campaign = await Campaign.create(workspace=workspace, name="春季新品", name_key="春季新品")
    for handle in ("amy", "dan"):
        await Collaboration.create(workspace=workspace, creator=creators[handle], campaign=campaign)
    await _deliveries(workspace, chat, members, creators)
    return members


async def _deliveries(
    workspace: Workspace, chat: Chat, members: dict[str, Member], creators: dict[str, Creator]
) -> None:
    rows = [
        (members["小王"], creators["amy"], DeliveryStatus.PENDING, at(11, 24), ""),  # overdue
        (members["小李"], creators["dan"], DeliveryStatus.SENT, at(11, 20), ""),  # sent, never done
        (members["小李"], creators["cat"], DeliveryStatus.SENT, at(11, 20), "done"),
        (members["小王"], creators["bob"], DeliveryStatus.PENDING, at(11, 30), ""),  # not due yet
        (members["小王"], creators["bob"], DeliveryStatus.CANCELLED, at(11, 20), ""),
    ]
    for owner, creator, status, due, resolution in rows:
        await Delivery.create(
            workspace=workspace,
            chat=chat,
            kind=DeliveryKind.REMINDER,
            status=status,
            due_at=due,
            local_wall=due.replace(tzinfo=None).isoformat(),
            zone="Asia/Shanghai",
            owner=owner,
            creator=creator,
            resolution=resolution,
            text=f"跟进 @{creator.handle}",
        )
