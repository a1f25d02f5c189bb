"""Wall-clock times in an IANA zone and the instants they name (PEP 495 folds, DST gaps)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

MINUTE = timedelta(minutes=1)
MICROSECOND = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def resolve_wall(wall: datetime, z: ZoneInfo, fold: int) -> tuple[datetime, datetime, tuple[str, ...]]:
    """A naive wall time in `z` as (UTC instant, wall time actually used, DST notes)."""
    aware = wall.replace(tzinfo=z, fold=0 if in_gap(wall, z) else fold)
    utc = aware.astimezone(UTC)
    local = utc.astimezone(z).replace(tzinfo=None)
    if local != wall:
        return utc, local, ("dst_gap",)
    if aware.replace(fold=1 - aware.fold).utcoffset() != aware.utcoffset():
        return utc, local, ("dst_fold",)
    return utc, local, ()


def in_gap(wall: datetime, z: ZoneInfo) -> bool:
    round_trip = wall.replace(tzinfo=z).astimezone(UTC).astimezone(z).replace(tzinfo=None)
    return round_trip != wall


@lru_cache(maxsize=4096)
def wall_instant(day: date, minute: int, z: ZoneInfo) -> datetime:
    wall = datetime.combine(day, time()) + timedelta(minutes=minute)
    return wall.replace(tzinfo=z).astimezone(UTC)


def require_aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime")
    return value


def ceil_minute(t: datetime) -> datetime:
    t = t.astimezone(UTC)
    floor = t.replace(second=0, microsecond=0)
    return floor if floor == t else floor + MINUTE


def to_micros(t: datetime) -> int:
    return (t - _EPOCH) // MICROSECOND


def from_micros(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def seconds_of_day(local: datetime) -> float:
    return local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
