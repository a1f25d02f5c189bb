"""Issue 18: a 50 MB orders export is imported, not refused — through Feishu (a real file message streamed
from the simulator to disk, kept in 1 MB parts, confirmed) and through `creatorbot orders import`; a file
over the limit is refused in words before it is read."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from models.imports import ImportUpload, ImportUploadPart
from models.results import Order
from tests.cli_run import run_cli
from tests.feishu_team import Team, feishu_team
from tests.order_export import US_HEADERS
from tests.waiting import eventually
from workflows.importing import uploads
from workflows.ports import FrozenClock

ROWS = 24_000  # a line carries a long product name and a buyer note, as real exports do: ~2 KB a row


def big_orders_csv(path: Path) -> Path:
    """~50 MB: TikTok's affiliate export headers, plus a long free-text column no field reads."""
    note = "买家留言：请尽快发货，包装要结实，谢谢！Please ship fast. " * 30
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([*US_HEADERS, "Buyer Note"])
        for n in range(ROWS):
            name = f"Rose serum 30ml {n % 97} " + "glow " * 60
            writer.writerow(
                [
                    f"57{n:014d}",
                    f"1729{n % 50:06d}",
                    name,
                    f"SKU-{n % 50}",
                    "$19.99",
                    "$19.99",
                    "1",
                    "No",
                    "Completed",
                    f"creator_{n % 300}",
                    "VIDEO",
                    f"73{n:010d}",
                    "10%",
                    "19.99",
                    "2.00",
                    "",
                    "",
                    "2026-11-02 10:00:00",
                    "",
                    "",
                    note,
                ]
            )
    return path


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = big_orders_csv(tmp_path / "big_orders.csv")
    assert 45 * 1024 * 1024 < path.stat().st_size < uploads.MAX_UPLOAD_BYTES
    return path


@pytest.fixture
async def team(db: str, clock: FrozenClock) -> AsyncIterator[Team]:
    async with feishu_team(clock, scheduled=False) as team:
        yield team


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
async def test_a_50_mb_orders_file_in_feishu_is_previewed_and_imported(team: Team, big_file: Path) -> None:
    data = await asyncio.to_thread(big_file.read_bytes)
    preview = await team.send_file("big_orders.csv", data, within=60)
    assert "订单导入预览：big_orders.csv" in preview.text, preview.text
    assert "太大" not in preview.text
    upload = await ImportUpload.get()
    assert upload.size == len(data) and bytes(upload.data) == b""
    assert await ImportUploadPart.filter(upload_id=upload.id).count() == -(-upload.size // uploads.PART_BYTES)
    await team.press(preview, "确认导入")  # longer than the card callback's 3 s: the card is patched
    await eventually(lambda: "订单导入完成" in str(team.sim.patches[-1:]), within=60)
    assert await Order.all().count() == ROWS
    assert await ImportUploadPart.all().count() == 0, "the kept parts are dropped once imported"


async def test_a_file_over_the_limit_is_refused_in_words(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 2 * 1024 * 1024)
    data = b"Order ID,Payment Amount\n" + b"5700001,19.99\n" * 200_000  # 2.8 MB
    answer = await team.send_file("orders.csv", data)
    assert "文件太大（3 MB），最大 2 MB" in answer.text, answer.text
    assert await ImportUpload.all().count() == 0


def test_a_50_mb_orders_file_through_the_cli(tmp_path: Path, big_file: Path) -> None:
    done = run_cli(["orders", "import", big_file.name, "--yes", "--currency", "USD"], tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "订单导入完成" in done.stdout and f"{ROWS}" in done.stdout, done.stdout[-2000:]
