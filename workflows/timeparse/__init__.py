"""Time expressions for scheduling, platform-free: "明天下午3点", "达人当地时间明早10点", "next Tue at 10
their time", "下个工作日" → one UTC instant on the right clock, or a reason it cannot be read for sure.

    parse_when(text, now=..., team_tz="Asia/Shanghai", creator_tz="America/Los_Angeles", kind="outreach")

No wrong answers: anything unclear (晚点, 3/4, 周五或周六, "next Friday" said on a Wednesday, 3点 with no
part of the day) comes back as Unreadable("ambiguous") so the caller asks the user.
"""

from workflows.timeparse.model import NO_TIME, NOTE_CODES, Choices, Kind, Unreadable, When
from workflows.timeparse.parse import TimeAsk, parse_when, read_time
from workflows.timeparse.scope import ScopeHit, find_scope

__all__ = [
    "NOTE_CODES",
    "NO_TIME",
    "Choices",
    "Kind",
    "ScopeHit",
    "TimeAsk",
    "Unreadable",
    "When",
    "find_scope",
    "parse_when",
    "read_time",
]
