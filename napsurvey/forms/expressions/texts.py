"""Text functions: building, cutting and matching strings (regular expressions run on RE2)."""

from __future__ import annotations

import base64
import binascii
import functools
import math
from typing import Any

import re2

from .budget import check_length
from .env import Env
from .function_spec import Function, flatten, fn
from .values import Value, to_number, to_string


def _re2_options() -> Any:
    options = re2.Options()
    options.log_errors = False  # a bad pattern is our coded problem, not a line on stderr
    options.max_mem = 8 << 20
    return options


_RE2_OPTIONS = _re2_options()


def compile_pattern(text: str) -> Any:
    """``text`` compiled by RE2, a linear-time engine (no backtracking); ValueError if RE2 refuses it."""
    try:
        return re2.compile(text, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(reason) from None


@functools.lru_cache(maxsize=256)
def _pattern(text: str) -> Any:
    try:
        return compile_pattern(text)
    except ValueError:
        return None


def _regex(env: Env, a: list[Value]) -> Value:
    # A pattern may come from an answer: one RE2 cannot run is simply no match.
    pattern = _pattern(to_string(a[1]))
    return pattern is not None and pattern.search(to_string(a[0])) is not None


def joined(separator: str, parts: list[str]) -> str:
    """``separator.join(parts)``, refused before it is built if it would pass the size limit."""
    check_length(sum(len(p) for p in parts) + len(separator) * max(len(parts) - 1, 0))
    return separator.join(parts)


def _concat(env: Env, a: list[Value]) -> Value:
    return joined("", [to_string(v) for v in flatten(a)])


def _join(env: Env, a: list[Value]) -> Value:
    return joined(to_string(a[0]), [to_string(v) for v in flatten(a[1:])])


def _substr(env: Env, a: list[Value]) -> Value:
    """ODK substr(text, start, end): 0-based, end excluded, positions clamped to the text."""
    text = to_string(a[0])
    start = to_number(a[1])
    end = to_number(a[2]) if len(a) > 2 else float(len(text))
    if math.isnan(start) or math.isnan(end) or start == math.inf:
        return ""
    lo = max(0, int(start)) if not math.isinf(start) else 0
    hi = min(len(text), int(end)) if not math.isinf(end) else (len(text) if end > 0 else 0)
    return text[lo:hi]


def _substring(env: Env, a: list[Value]) -> Value:
    """XPath substring(text, start, length): 1-based, rounded positions."""
    text = to_string(a[0])
    start = to_number(a[1])
    length = to_number(a[2]) if len(a) > 2 else math.inf
    if math.isnan(start) or math.isnan(length):
        return ""
    first = _xpath_round(start)
    last = first + _xpath_round(length) if not math.isinf(length) else math.inf
    return "".join(ch for i, ch in enumerate(text, start=1) if first <= i < last)


def _xpath_round(number: float) -> float:
    return math.floor(number + 0.5) if not math.isinf(number) else number


def _before(env: Env, a: list[Value]) -> Value:
    text, mark = to_string(a[0]), to_string(a[1])
    index = text.find(mark)
    return text[:index] if index >= 0 else ""


def _after(env: Env, a: list[Value]) -> Value:
    text, mark = to_string(a[0]), to_string(a[1])
    index = text.find(mark)
    return text[index + len(mark) :] if index >= 0 else ""


def _translate(env: Env, a: list[Value]) -> Value:
    text, old, new = to_string(a[0]), to_string(a[1]), to_string(a[2])
    table: dict[int, int | None] = {}
    for i, ch in enumerate(old):
        table.setdefault(ord(ch), ord(new[i]) if i < len(new) else None)
    return text.translate(table)


def _boolean_from_string(env: Env, a: list[Value]) -> Value:
    return to_string(a[0]).strip().lower() in ("true", "1")


def _base64_decode(env: Env, a: list[Value]) -> Value:
    try:
        return base64.b64decode(to_string(a[0]), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""


def _string_length(env: Env, a: list[Value]) -> Value:
    return len(to_string(a[0] if a else env.current))


FUNCTIONS: dict[str, Function] = {
    "string": fn(1, 1, lambda e, a: to_string(a[0])),
    "string-length": fn(0, 1, _string_length, uses_current=True),
    "concat": fn(0, None, _concat),
    "join": fn(2, None, _join),
    "contains": fn(2, 2, lambda e, a: to_string(a[1]) in to_string(a[0])),
    "starts-with": fn(2, 2, lambda e, a: to_string(a[0]).startswith(to_string(a[1]))),
    "ends-with": fn(2, 2, lambda e, a: to_string(a[0]).endswith(to_string(a[1]))),
    "substr": fn(2, 3, _substr),
    "substring": fn(2, 3, _substring),
    "substring-before": fn(2, 2, _before),
    "substring-after": fn(2, 2, _after),
    "translate": fn(3, 3, _translate),
    "normalize-space": fn(1, 1, lambda e, a: " ".join(to_string(a[0]).split())),
    "regex": fn(2, 2, _regex),
    "boolean-from-string": fn(1, 1, _boolean_from_string),
    "base64-decode": fn(1, 1, _base64_decode),
}
