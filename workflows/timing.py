"""Time arithmetic for the workflows: recipients' local clocks, business days, quiet hours,
weekly slots.  Everything takes ``now`` (aware) as an argument."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.UTC


def zone(tz: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def hhmm(value: str | None, default: dt.time) -> dt.time:
    try:
        h, m = (value or "").split(":")
        return dt.time(int(h), int(m))
    except ValueError:
        return default


def local(now: dt.datetime, tz: str | None) -> dt.datetime:
    return now.astimezone(zone(tz))


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5


def add_business_days(day: dt.date, n: int) -> dt.date:
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        day += dt.timedelta(days=step)
        if is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count


def at_local(day: dt.date, time: dt.time, tz: str | None) -> dt.datetime:
    """The aware instant of ``day`` at ``time`` in zone ``tz``, as UTC."""
    return dt.datetime.combine(day, time, tzinfo=zone(tz)).astimezone(UTC)


def next_business_morning(after: dt.datetime, tz: str | None, time: dt.time = dt.time(9, 0)) -> dt.datetime:
    """The first business day strictly after ``after``'s local date, at ``time`` local."""
    day = local(after, tz).date()
    day = add_business_days(day, 1)
    return at_local(day, time, tz)


def weekly_slot(now: dt.datetime, tz: str | None, weekday: int, time: dt.time) -> dt.datetime:
    """The most recent weekly slot (weekday at time, local) at or before ``now``."""
    here = local(now, tz)
    days_back = (here.weekday() - weekday) % 7
    slot_day = here.date() - dt.timedelta(days=days_back)
    slot = at_local(slot_day, time, tz)
    if slot > now:
        slot = at_local(slot_day - dt.timedelta(days=7), time, tz)
    return slot


def iso_week(moment: dt.datetime, tz: str | None) -> str:
    year, week, _ = local(moment, tz).isocalendar()
    return f"{year}-W{week:02d}"


def quiet_until(
    when: dt.datetime, tz: str | None, start: dt.time = dt.time(20, 0), end: dt.time = dt.time(8, 0),
    weekends: bool = True,
) -> dt.datetime:
    """``when`` if it is an allowed time for the recipient, else the next allowed instant."""
    here = local(when, tz)
    t = here.time()
    wraps = start > end  # the usual 20:00-08:00 spans midnight
    in_quiet = (t >= start or t < end) if wraps else (start <= t < end)
    day = here.date()
    if not in_quiet and not (weekends and not is_business_day(day)):
        return when
    if in_quiet and wraps and t >= start:
        day += dt.timedelta(days=1)  # evening: the next morning
    while weekends and not is_business_day(day):
        day += dt.timedelta(days=1)
    return max(when, at_local(day, end, tz))
