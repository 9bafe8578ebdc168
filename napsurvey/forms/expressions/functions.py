"""The functions an expression may call, and those it may not (with why).

Each implementation takes the environment and the evaluated arguments and
returns a value. They are total on well-typed input; the evaluator catches
anything else and falls back to "" (bad data never crashes an interview).
The families live in :mod:`.numbers`, :mod:`.texts`, :mod:`.dates` and
:mod:`.lookups`; this module holds the logic functions and the registry.

Not here, because they are syntax rather than functions: ``position(..)``,
``instance('list')/root/item[...]``, ``current()``, ``jr:choice-name()`` and
``indexed-repeat()`` (see the parser).
"""

from __future__ import annotations

import math

from . import dates, lookups, numbers, texts
from .env import Env
from .function_spec import Function, fn
from .texts import compile_pattern
from .values import EPOCH, Value, as_list, to_boolean, to_number, to_string


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


_LOGIC: dict[str, Function] = {
    "selected": fn(2, 2, lambda e, a: to_string(a[1]) in as_list(a[0])),
    "count-selected": fn(1, 1, lambda e, a: len(as_list(a[0]))),
    "selected-at": fn(2, 2, _selected_at),
    "if": fn(3, 3, _if),
    "coalesce": fn(2, None, _coalesce),
    "boolean": fn(1, 1, lambda e, a: to_boolean(a[0])),
    "not": fn(1, 1, lambda e, a: not to_boolean(a[0])),
    "true": fn(0, 0, lambda e, a: True),
    "false": fn(0, 0, lambda e, a: False),
}

FUNCTIONS: dict[str, Function] = {
    **_LOGIC,
    **numbers.FUNCTIONS,
    **texts.FUNCTIONS,
    **dates.FUNCTIONS,
    **lookups.FUNCTIONS,
}

#: Functions of ODK's list that napsurvey refuses, and why (shown to the form author).
REFUSED_FUNCTIONS: dict[str, str] = {
    "area": "it measures a shape drawn from GPS points, and napsurvey collects no GPS positions",
    "distance": "it measures between GPS points, and napsurvey collects no GPS positions",
    "digest": "a hash of an answer (a name, a phone number) is an identifier that follows the respondent",
    "property": "it reads device and user identifiers, which napsurvey never records",
    "extract-signed": "it reads signed data from outside the form",
    "version": "napsurvey does not expose the app's version to forms",
}

#: Names of every function an expression may call.
KNOWN_FUNCTIONS: frozenset[str] = frozenset(FUNCTIONS)
#: Functions written as syntax (see the parser), known to the linter and the documentation.
SYNTAX_FUNCTIONS: frozenset[str] = frozenset({"position", "instance", "current", "jr:choice-name", "indexed-repeat"})

__all__ = ["EPOCH", "FUNCTIONS", "KNOWN_FUNCTIONS", "REFUSED_FUNCTIONS", "SYNTAX_FUNCTIONS", "Function", "compile_pattern"]
