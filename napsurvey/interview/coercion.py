"""Checking and normalising a typed answer before the engine stores it."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Collection
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import Value

from .compiled import Item

_INTEGER = re.compile(r"^\s*[-+]?\d+\s*$")
_DECIMAL = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_TEXT = 10_000


def _bad(item: Item, reason: str) -> NapError:
    return NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=item.name, reason=reason)


def is_empty(value: Any) -> bool:
    """None, "" and [] clear an answer."""
    return value is None or value == "" or value == []


def coerce(item: Item, value: Any, allowed: Collection[str]) -> Value:
    """The stored form of ``value`` for ``item``; NapError for a wrong type or an unknown choice.

    ``allowed`` holds the choice names that pass the choice filter now.
    The value itself never appears in an error message (it may be sensitive),
    except a choice name, which is form text.
    """
    base = item.base_type
    if base == "integer":
        if isinstance(value, bool):
            raise _bad(item, "expected a whole number")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.match(value):
            return int(value)
        raise _bad(item, "expected a whole number")
    if base == "decimal":
        if isinstance(value, bool):
            raise _bad(item, "expected a number")
        if isinstance(value, (int, float)) and math.isfinite(value):
            return float(value)
        if isinstance(value, str) and _DECIMAL.match(value):
            return float(value)
        raise _bad(item, "expected a number")
    if base == "date":
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str) and _DATE.match(value.strip()):
            try:
                return datetime.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        raise _bad(item, "expected a date written YYYY-MM-DD")
    if base == "text":
        if not isinstance(value, str):
            raise _bad(item, "expected text")
        if len(value) > MAX_TEXT:
            raise _bad(item, f"text longer than {MAX_TEXT} characters")
        return value
    if base == "acknowledge":
        if value is True or (isinstance(value, str) and value.strip().upper() in ("OK", "TRUE", "YES", "1")):
            return "OK"
        raise _bad(item, "expected OK")
    if base == "select_one":
        name = _choice_name(item, value)
        if name not in allowed:
            raise NapError(ErrorCode.INTERVIEW_UNKNOWN_CHOICE, name=item.name, value=name[:40])
        return name
    if base == "select_multiple":
        if isinstance(value, str):
            names = value.split()
        elif isinstance(value, (list, tuple)):
            names = [_choice_name(item, v) for v in value]
        else:
            raise _bad(item, "expected a list of choices")
        out: list[Value] = []
        for name in names:
            if name not in allowed:
                raise NapError(ErrorCode.INTERVIEW_UNKNOWN_CHOICE, name=item.name, value=name[:40])
            if name not in out:
                out.append(name)
        return out
    raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=item.name)


def _choice_name(item: Item, value: Any) -> str:
    if isinstance(value, bool):
        raise _bad(item, "expected a choice name")
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return str(int(value))
    if isinstance(value, (str, float)):
        return str(value).strip()
    raise _bad(item, "expected a choice name")
