"""Date functions: today, conversions to and from day counts, formatting, month differences.

napsurvey keeps dates, never clock times: ``now()`` is the session's date at
midnight, and a record keeps only the month of any date (see the privacy model).
"""

from __future__ import annotations

import datetime
import re

from .env import Env
from .function_spec import Function, fn
from .values import NAN, Value, date_days, to_date, to_string

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TIME = re.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}[T ])?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")


def _date(env: Env, a: list[Value]) -> Value:
    value = to_date(a[0])
    return "" if value is None else value


def _format_date(env: Env, a: list[Value]) -> Value:
    value = to_date(a[0])
    if value is None:
        return ""
    fmt = to_string(a[1])
    parts = {
        "Y": f"{value.year:04d}",
        "y": f"{value.year % 100:02d}",
        "m": f"{value.month:02d}",
        "n": str(value.month),
        "d": f"{value.day:02d}",
        "e": str(value.day),
        "b": _MONTHS[value.month - 1],
        "a": _DAYS[value.weekday()],
    }
    if isinstance(value, datetime.datetime):
        parts.update(H=f"{value.hour:02d}", M=f"{value.minute:02d}", S=f"{value.second:02d}")
    out: list[str] = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            out.append(parts.get(fmt[i + 1], fmt[i + 1]))
            i += 2
        else:
            out.append(fmt[i])
            i += 1
    return "".join(out)


def _decimal_date_time(env: Env, a: list[Value]) -> Value:
    value = to_date(a[0])
    return NAN if value is None else date_days(value)


def _decimal_time(env: Env, a: list[Value]) -> Value:
    """The fraction of a day a time (``HH:MM[:SS]``, or the time of a date-time) stands for."""
    value = a[0]
    if isinstance(value, datetime.datetime):
        return (value.hour * 3600 + value.minute * 60 + value.second) / 86400.0
    match = _TIME.match(to_string(value))
    if match is None:
        return NAN
    hours, minutes, seconds = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return NAN
    return (hours * 3600 + minutes * 60 + seconds) / 86400.0


def _difference_in_months(env: Env, a: list[Value]) -> Value:
    """Whole months from the first date to the second (negative when the second is earlier)."""
    start, end = to_date(a[0]), to_date(a[1])
    if start is None or end is None:
        return NAN
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return sign * months


def _today(env: Env, a: list[Value]) -> Value:
    return env.today


def _now(env: Env, a: list[Value]) -> Value:
    return datetime.datetime.combine(env.today, datetime.time())


FUNCTIONS: dict[str, Function] = {
    "today": fn(0, 0, _today, uses_today=True),
    "now": fn(0, 0, _now, uses_today=True),
    "date": fn(1, 1, _date),
    "date-time": fn(1, 1, _date),
    "format-date": fn(2, 2, _format_date),
    "format-date-time": fn(2, 2, _format_date),
    "decimal-date-time": fn(1, 1, _decimal_date_time),
    "decimal-time": fn(1, 1, _decimal_time),
    "difference-in-months": fn(2, 2, _difference_in_months),
}
