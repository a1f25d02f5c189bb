"""E-mail outreach under load and a fault: N first touches (default 500) due at once, spread over 5 team
mailboxes (team1–5@creatorbot.test, "bot sends" on, a daily cap and a minimum gap each), sent by W
`creatorbot worker` processes (production defaults, REDIS_URL set) through the real Postfix + Dovecot of
scripts/mailserver.sh to creator1–9@creators.test — and, a third of the way through, one worker SIGKILLed
while an e-mail is being sent (a new one started in its place).

Run: python bench/mail.py [--n 500] [--cap 90] [--gap 1] [--workers 2] [--fault kill|none]

Counted from what the server delivered (every creator INBOX read back over IMAP, by this run's Message-IDs)
and from the database: sent per mailbox against its cap, the smallest gap between two sends of one mailbox
(from `MailMessage.started_at`, the reservation the gap is kept on) against the gap, duplicates (a
Message-ID delivered more than once), lost (a touch neither delivered nor held for tomorrow by the cap, or
marked sent but never delivered), and the time until every touch was settled. Needs PostgreSQL, Redis and
the mail server (`sudo scripts/mailserver.sh`).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
from redis.asyncio import Redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import database, migrate
from models.creator import Creator
from models.enums import CreatorPlatform, DeliveryKind, DeliveryStatus, Platform, Stage
from models.mail import Mailbox, MailMessage
from models.schedule import Delivery
from models.secrets import Sealer
from models.tenancy import Chat, Member, Workspace
from tests import mail_kit
from tests.fault_kit import Workers, worker_env
from tests.simulators.feishu import FeishuSimulator
from workflows.mail.mailboxes import SEAL_PURPOSE

PG_ADMIN = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
TEAM = [f"team{n}@creatorbot.test" for n in range(1, 6)]
CREATORS = [f"creator{n}@creators.test" for n in range(1, 10)]
ZONE = "Asia/Shanghai"
LEAD = 15.0  # seconds between scheduling and due time: workers start and load in the meantime


async def run(args: argparse.Namespace) -> None:
    mail_kit.require_mail_server()
    name = f"creatorbot_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    redis = Redis.from_url(REDIS)
    await redis.flushdb()
    try:
        await migrate(url)
        with tempfile.TemporaryDirectory() as logs:
            async with FeishuSimulator() as sim, database(url):
                env = worker_env(url, REDIS, feishu=sim) | {
                    "CREATORBOT_SECRET_KEY": mail_kit.SECRET,
                    "MAIL_CA_FILE": mail_kit.CA_FILE,
                    "BOT_TIMEZONE": ZONE,
                }
                workers = Workers(env, Path(logs))
                try:
                    touches = await seed(args)
                    for _ in range(args.workers):
                        await workers.start()
                    await watch(args, touches, workers)
                finally:
                    await workers.stop()
                await report(args, touches)
    finally:
        await redis.flushdb()
        await redis.aclose()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def seed(args: argparse.Namespace) -> list[Delivery]:
    workspace = await Workspace.create(platform=Platform.FEISHU, external_key=f"bench-{uuid.uuid4().hex[:6]}")
    chat = await Chat.create(workspace=workspace, platform_chat_id="oc_mailbench", timezone=ZONE)
    sealer = Sealer(mail_kit.SECRET)
    now = datetime.now(UTC)
    members = []
    for n, address in enumerate(TEAM):
        member = await Member.create(
            workspace=workspace, platform_user_id=f"ou_team{n}", display_name=f"队员{n}", name_key=f"队员{n}"
        )
        members.append(member)
        await Mailbox.create(
            workspace=workspace,
            member=member,
            address=address,
            username=address,
            password=sealer.seal(mail_kit.PASSWORD, SEAL_PURPOSE),
            smtp_host=mail_kit.HOST,
            smtp_port=587,
            smtp_security="starttls",
            imap_host=mail_kit.HOST,
            imap_port=993,
            imap_security="ssl",
            sent_folder="Sent",
            bot_sends=True,
            daily_cap=args.cap,
            ramp_start=args.cap,  # no ramp: the cap itself is what is measured
            min_gap_seconds=args.gap,
            # connected now: what the INBOX held before (other runs' mail) is not read as answers
            connected_at=now,
        )
    due = now + timedelta(seconds=LEAD)
    # the cap is counted in the team's day: keep the run clear of local midnight
    local = due.astimezone(ZoneInfo(ZONE))
    if local.hour == 23 and local.minute > 40:
        raise SystemExit("too close to midnight in the team's zone: the day's cap would reset mid-run")
    rows = []
    for n in range(args.n):
        creator = await Creator.create(
            workspace=workspace,
            platform=CreatorPlatform.INSTAGRAM,
            handle=f"bench_{n}",
            handle_key=f"bench_{n}",
            email=CREATORS[n % len(CREATORS)],
            language="en",
            stage=Stage.PROSPECT,
        )
        rows.append(
            Delivery(
                workspace=workspace,
                chat=chat,
                kind=DeliveryKind.OUTREACH,
                due_at=due,
                local_wall=due.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None).isoformat(timespec="seconds"),
                zone=ZONE,
                owner=members[n % len(members)],
                created_by=members[n % len(members)],
                creator=creator,
                step=1,
            )
        )
    await Delivery.bulk_create(rows, batch_size=500)
    return list(await Delivery.filter(kind=DeliveryKind.OUTREACH).order_by("id"))


async def settled(touches: list[Delivery], tomorrow: datetime) -> tuple[int, int]:
    """(sent, settled otherwise: held for tomorrow by the cap, or failed — counted as lost)."""
    ids = [t.id for t in touches]
    sent = await Delivery.filter(id__in=ids, status=DeliveryStatus.SENT).count()
    held = await Delivery.filter(id__in=ids, status=DeliveryStatus.PENDING, due_at__gte=tomorrow).count()
    failed = await Delivery.filter(id__in=ids, status=DeliveryStatus.FAILED).count()
    return sent, held + failed


async def watch(args: argparse.Namespace, touches: list[Delivery], workers: Workers) -> None:
    tomorrow = _tomorrow()
    started = time.monotonic()
    killed = args.fault != "kill"
    while True:
        sent, held = await settled(touches, tomorrow)
        if not killed and sent >= min(args.n, 5 * args.cap) // 3:
            victim = workers.procs[0]
            for _ in range(500):  # aim the kill at a send in progress (a row `sending`), 10 s at most
                if await MailMessage.filter(direction="out", status="sending").exists():
                    break
                await asyncio.sleep(0.02)
            victim.send_signal(signal.SIGKILL)
            await victim.wait()
            flight = await MailMessage.filter(direction="out", status="sending").count()
            print(f"  SIGKILL of a worker after {sent} sent ({flight} e-mails in flight); a new one started")
            await workers.start()
            killed = True
        if sent + held >= args.n:
            break
        if time.monotonic() - started > args.timeout:
            print(f"  gave up after {args.timeout:.0f} s: {sent} sent, {held} held for tomorrow")
            break
        await asyncio.sleep(1.0)
    print(f"  settled in {time.monotonic() - started:.0f} s (including {LEAD:.0f} s lead)")


def _tomorrow() -> datetime:
    local = datetime.now(ZoneInfo(ZONE))
    return (local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)).astimezone(UTC)


async def delivered() -> Counter[str]:
    """Every cb-touch Message-ID in the creators' INBOXes, counted."""
    seen: Counter[str] = Counter()
    client = mail_kit.client()
    for address in CREATORS:
        inbox = await client.fetch_new(mail_kit.account(address), 0, 0)
        for fetched in inbox.messages:
            parsed = message_from_bytes(fetched.raw, policy=policy.default)
            mid = str(parsed.get("Message-ID", ""))
            if mid.startswith("<cb-touch-"):
                seen[mid] += 1
    return seen


async def report(args: argparse.Namespace, touches: list[Delivery]) -> None:
    await asyncio.sleep(3.0)  # the last messages reach the mailboxes
    ids = [t.id for t in touches]
    outs = list(await MailMessage.filter(delivery_id__in=ids, direction="out").order_by("started_at"))
    seen = await delivered()
    mine = {o.message_id for o in outs}
    by_box: dict[int, list[MailMessage]] = defaultdict(list)
    for out in outs:
        if out.status == "sent":
            by_box[out.mailbox_id].append(out)  # type: ignore[attr-defined]
    boxes = {b.id: b.address for b in await Mailbox.all()}
    print(
        f"\n{args.n} touches, {len(boxes)} mailboxes, cap {args.cap}/day, gap {args.gap} s, "
        f"fault {args.fault}"
    )
    worst_gap = float("inf")
    over_cap = 0
    for box_id, rows in sorted(by_box.items()):
        starts = sorted(r.started_at for r in rows if r.started_at is not None)
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
        smallest = min(gaps) if gaps else float("inf")
        worst_gap = min(worst_gap, smallest)
        over_cap += max(0, len(rows) - args.cap)
        print(f"  {boxes[box_id]}: {len(rows)} sent (cap {args.cap}), smallest gap {smallest:.2f} s")
    sent_rows = {o.message_id for o in outs if o.status == "sent"}
    duplicates = {m: c for m, c in seen.items() if m in mine and c > 1}
    never_arrived = [m for m in sent_rows if seen.get(m, 0) == 0]
    tomorrow = _tomorrow()
    statuses = Counter(
        "held for tomorrow" if d.status == DeliveryStatus.PENDING and d.due_at >= tomorrow else str(d.status)
        for d in await Delivery.filter(id__in=ids)
    )
    lost = sum(n for s, n in statuses.items() if s not in ("sent", "held for tomorrow")) + len(never_arrived)
    print(f"  touches: {dict(statuses)}")
    print(f"  delivered messages (this run): {sum(c for m, c in seen.items() if m in mine)}")
    print(
        f"  over the cap: {over_cap}; smallest gap of any mailbox: {worst_gap:.2f} s (target ≥ {args.gap} s)"
    )
    print(f"  duplicates: {len(duplicates)} {sorted(duplicates)[:5]}")
    print(f"  lost: {lost} (sent but never delivered: {len(never_arrived)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--cap", type=int, default=90)
    parser.add_argument("--gap", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fault", choices=("kill", "none"), default="kill")
    parser.add_argument("--timeout", type=float, default=900.0)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
