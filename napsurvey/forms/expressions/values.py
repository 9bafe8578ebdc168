"""Values of the expression language and XPath 1.0 conversions between them.

A value is a string, a number, a boolean, a date, or a list (the choices of a
select_multiple, or the values of a question across repeat instances). The
empty string means unanswered, declined or not relevant. Every conversion is
total: bad data becomes NaN, "" or False, never an exception.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import TypeAlias

from .budget import check_length

Value: TypeAlias = str | int | float | bool | datetime.date | list["Value"]


class NodeSet(list["Value"]):
    """Values found by a lookup into a list: as a single value, the first (XPath's string of a node-set)."""

EPOCH = datetime.date(1970, 1, 1)
NAN = float("nan")

_NUMBER = re.compile(r"^\s*-?([0-9]+(\.[0-9]*)?|\.[0-9]+)\s*$")
_ISO_DATE = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.+\-Z]*)?\s*$")


def parse_date(text: str) -> datetime.date | None:
    """``'2024-03-01'`` (optionally followed by a time) -> date; anything else -> None."""
    match = _ISO_DATE.match(text)
    if not match:
        return None
    try:
        return datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def date_days(value: datetime.date) -> float:
    """Days since 1970-01-01 (fractional for a datetime), as ODK's decimal-date-time."""
    if isinstance(value, datetime.datetime):
        midnight = datetime.datetime.combine(value.date(), datetime.time(), tzinfo=value.tzinfo)
        seconds = (value - midnight).total_seconds()
        return float((value.date() - EPOCH).days) + seconds / 86400.0
    return float((value - EPOCH).days)


def as_list(value: Value) -> list[str]:
    """Choice names of a select_multiple value: a list, or a space-separated string."""
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(to_string(item).split())
        return out
    return to_string(value).split()


def to_number(value: Value) -> float:
    """XPath ``number()``: NaN for anything that is not a number."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime.date):
        return date_days(value)
    if isinstance(value, list):
        return to_number(value[0]) if len(value) == 1 else NAN
    if _NUMBER.match(value):
        return float(value)
    return NAN


def format_number(number: float) -> str:
    """XPath string of a number: ``5`` not ``5.0``; ``NaN``; ``Infinity``."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def to_string(value: Value) -> str:
    """XPath ``string()``; lists are joined with spaces (select_multiple serialisation)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, NodeSet):
        return to_string(value[0]) if value else ""
    parts = [to_string(v) for v in value]
    check_length(sum(len(p) for p in parts) + len(parts))
    return " ".join(parts)


def to_boolean(value: Value) -> bool:
    """XPath ``boolean()``."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0 and not math.isnan(value)
    if isinstance(value, datetime.date):
        return True
    return len(value) > 0


def to_date(value: Value) -> datetime.date | None:
    """A date from a date, an ISO string or a day count; None if it is not one."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if math.isnan(value) or math.isinf(value) or abs(value) > 3_000_000:
            return None
        return EPOCH + datetime.timedelta(days=math.floor(value))
    if isinstance(value, str):
        return parse_date(value)
    return to_date(value[0]) if len(value) == 1 else None


def normalise_number(number: float) -> int | float:
    """An integral finite float becomes an int, so answers serialise as ``6`` not ``6.0``."""
    if number.is_integer() and abs(number) < 1e15:
        return int(number)
    return number


def _is_dateish(value: Value) -> bool:
    return isinstance(value, datetime.date) or (isinstance(value, str) and parse_date(value) is not None)


def _compare_key(value: Value) -> float:
    date = to_date(value) if not isinstance(value, (int, float)) else None
    if date is not None:
        return date_days(date)
    return to_number(value)


def equals(left: Value, right: Value) -> bool:
    """XPath ``=`` for single values (lists compare as their joined string)."""
    if type(left) is str and type(right) is str:  # the common case (choice names): skip the chain below
        return left == right
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, datetime.date) or isinstance(right, datetime.date):
        if _is_dateish(left) and _is_dateish(right):
            return _compare_key(left) == _compare_key(right)
        if isinstance(left, (int, float)) or isinstance(right, (int, float)):
            return to_number(left) == to_number(right)
        return to_string(left) == to_string(right)
    if isinstance(left, (int, float)) or isinstance(right, (int, float)):
        return to_number(left) == to_number(right)
    return to_string(left) == to_string(right)


def relation(op: str, left: Value, right: Value) -> bool:
    """XPath ``< <= > >=``: numbers, or dates when either side is a date (NaN -> false)."""
    if _is_dateish(left) and (_is_dateish(right) or isinstance(right, (int, float))) or (
        _is_dateish(right) and isinstance(left, (int, float))
    ):
        a, b = _compare_key(left), _compare_key(right)
    else:
        a, b = to_number(left), to_number(right)
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b
