"""The functions an expression may call: arity and implementation.

Each implementation takes the evaluated arguments and the environment and
returns a value. They are total on well-typed input; the evaluator catches
anything else and falls back to "" (an expression never raises).
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .env import Env
from .values import (
    EPOCH,
    NAN,
    Value,
    as_list,
    date_days,
    normalise_number,
    to_boolean,
    to_date,
    to_number,
    to_string,
)

Impl = Callable[[Env, list[Value]], Value]


@dataclass(frozen=True, slots=True)
class Function:
    """Arity (``max_args`` None = any number) and implementation of one function."""

    min_args: int
    max_args: int | None
    impl: Impl
    uses_today: bool = False
    uses_current: bool = False

    def accepts(self, count: int) -> bool:
        """True if ``count`` arguments are allowed."""
        return count >= self.min_args and (self.max_args is None or count <= self.max_args)

    def arity_text(self) -> str:
        """``'2'``, ``'1 to 3'`` or ``'at least 1'``."""
        if self.max_args is None:
            return f"at least {self.min_args}"
        if self.min_args == self.max_args:
            return str(self.min_args)
        return f"{self.min_args} to {self.max_args}"


def _flatten(args: list[Value]) -> list[Value]:
    out: list[Value] = []
    for arg in args:
        if isinstance(arg, list):
            out.extend(arg)
        else:
            out.append(arg)
    return out


def _number_result(number: float) -> Value:
    return normalise_number(number) if not (math.isnan(number) or math.isinf(number)) else number


@functools.lru_cache(maxsize=256)
def _pattern(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text)
    except re.error:
        return None


def _regex(env: Env, a: list[Value]) -> Value:
    pattern = _pattern(to_string(a[1]))
    return pattern is not None and pattern.search(to_string(a[0])) is not None


def _selected_at(env: Env, a: list[Value]) -> Value:
    items = as_list(a[0])
    index = to_number(a[1])
    if math.isnan(index) or not 0 <= index < len(items):
        return ""
    return items[int(index)]


def _if(env: Env, a: list[Value]) -> Value:
    return a[1] if to_boolean(a[0]) else a[2]


def _coalesce(env: Env, a: list[Value]) -> Value:
    for value in a:
        if to_string(value) != "":
            return value
    return ""


def _int(env: Env, a: list[Value]) -> Value:
    number = to_number(a[0])
    if math.isnan(number) or math.isinf(number):
        return number
    return int(number)  # truncates toward zero, as ODK does


def _round(env: Env, a: list[Value]) -> Value:
    number = to_number(a[0])
    places = 0 if len(a) < 2 else to_number(a[1])
    if math.isnan(number) or math.isinf(number) or math.isnan(places) or abs(places) > 15:
        return number
    factor = 10.0 ** int(places)
    # half away from zero, as ODK does
    rounded = math.floor(abs(number) * factor + 0.5) / factor
    return _number_result(math.copysign(rounded, number))


def _min_max(pick: Callable[[list[float]], float]) -> Impl:
    def impl(env: Env, a: list[Value]) -> Value:
        numbers = [to_number(v) for v in _flatten(a)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return NAN
        return _number_result(pick(numbers))

    return impl


def _sum(env: Env, a: list[Value]) -> Value:
    # unanswered instances count as nothing (XPath would make the whole sum NaN)
    return _number_result(math.fsum(to_number(v) for v in _flatten(a) if v != ""))


def _count(env: Env, a: list[Value]) -> Value:
    value = a[0]
    if isinstance(value, list):
        return len(value)
    return 0 if to_string(value) == "" else 1


def _substr(env: Env, a: list[Value]) -> Value:
    text = to_string(a[0])
    start = to_number(a[1])
    end = to_number(a[2]) if len(a) > 2 else float(len(text))
    if math.isnan(start) or math.isnan(end):
        return ""
    lo = max(0, int(start))
    hi = min(len(text), int(end)) if not math.isinf(end) else len(text)
    return text[lo:hi]


def _date(env: Env, a: list[Value]) -> Value:
    value = to_date(a[0])
    return "" if value is None else value


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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
        "a": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[value.weekday()],
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


def _today(env: Env, a: list[Value]) -> Value:
    return env.today


def _now(env: Env, a: list[Value]) -> Value:
    return datetime.datetime.combine(env.today, datetime.time())


def _once(env: Env, a: list[Value]) -> Value:
    current = env.current
    return a[0] if to_string(current) == "" else current


def _string_length(env: Env, a: list[Value]) -> Value:
    return len(to_string(a[0] if a else env.current))


def _unary_number(fn: Callable[[float], float]) -> Impl:
    def impl(env: Env, a: list[Value]) -> Value:
        number = to_number(a[0])
        if math.isnan(number) or math.isinf(number):
            return number
        return _number_result(fn(number))

    return impl


def _pow(env: Env, a: list[Value]) -> Value:
    try:
        return _number_result(math.pow(to_number(a[0]), to_number(a[1])))
    except (OverflowError, ValueError):
        return NAN


def _f(lo: int, hi: int | None, impl: Impl, **flags: Any) -> Function:
    return Function(lo, hi, impl, **flags)


FUNCTIONS: dict[str, Function] = {
    "selected": _f(2, 2, lambda e, a: to_string(a[1]) in as_list(a[0])),
    "count-selected": _f(1, 1, lambda e, a: len(as_list(a[0]))),
    "selected-at": _f(2, 2, _selected_at),
    "string-length": _f(0, 1, _string_length, uses_current=True),
    "regex": _f(2, 2, _regex),
    "if": _f(3, 3, _if),
    "coalesce": _f(2, None, _coalesce),
    "today": _f(0, 0, _today, uses_today=True),
    "now": _f(0, 0, _now, uses_today=True),
    "int": _f(1, 1, _int),
    "number": _f(1, 1, lambda e, a: to_number(a[0])),
    "string": _f(1, 1, lambda e, a: to_string(a[0])),
    "boolean": _f(1, 1, lambda e, a: to_boolean(a[0])),
    "not": _f(1, 1, lambda e, a: not to_boolean(a[0])),
    "true": _f(0, 0, lambda e, a: True),
    "false": _f(0, 0, lambda e, a: False),
    "concat": _f(0, None, lambda e, a: "".join(to_string(v) for v in _flatten(a))),
    "join": _f(2, None, lambda e, a: to_string(a[0]).join(to_string(v) for v in _flatten(a[1:]))),
    "round": _f(1, 2, _round),
    "min": _f(1, None, _min_max(min)),
    "max": _f(1, None, _min_max(max)),
    "sum": _f(1, 1, _sum),
    "count": _f(1, 1, _count),
    "contains": _f(2, 2, lambda e, a: to_string(a[1]) in to_string(a[0])),
    "starts-with": _f(2, 2, lambda e, a: to_string(a[0]).startswith(to_string(a[1]))),
    "ends-with": _f(2, 2, lambda e, a: to_string(a[0]).endswith(to_string(a[1]))),
    "substr": _f(2, 3, _substr),
    "normalize-space": _f(1, 1, lambda e, a: " ".join(to_string(a[0]).split())),
    "date": _f(1, 1, _date),
    "date-time": _f(1, 1, _date),
    "format-date": _f(2, 2, _format_date),
    "format-date-time": _f(2, 2, _format_date),
    "decimal-date-time": _f(1, 1, _decimal_date_time),
    "floor": _f(1, 1, _unary_number(math.floor)),
    "ceiling": _f(1, 1, _unary_number(math.ceil)),
    "abs": _f(1, 1, _unary_number(abs)),
    "pow": _f(2, 2, _pow),
    "once": _f(1, 1, _once, uses_current=True),
}

#: Names of every function an expression may call.
KNOWN_FUNCTIONS: frozenset[str] = frozenset(FUNCTIONS)

__all__ = ["EPOCH", "FUNCTIONS", "KNOWN_FUNCTIONS", "Function"]
