"""Functions that read more than their arguments: the form's lists, repeat instances, randomness.

They ask the environment for what they need through optional methods; an
environment without one (a test's, the linter's) gives the empty value:

* ``rows(list_name)``: the items of a choice list (``name``, ``label`` in the
  interview's language, and every other column), or None if there is no such list;
* ``choice_label(question, choice)``: the label of a choice of a select question;
* ``indexed(name, picks)``: the value of ``name`` in the repeat instances picked;
* ``position(levels)``: the 1-based number of the enclosing repeat instance;
* ``random(site)``: a number in [0, 1) fixed for this interview, question,
  repeat instance and call site (the interview keeps its seed in its draft).
"""

from __future__ import annotations

import random as _random
import string
import uuid as _uuid
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .env import Env
from .function_spec import Function, fn
from .values import Value, to_string


class RowsEnv(Protocol):
    """An environment that can read the form's lists."""

    def rows(self, list_name: str) -> Sequence[Mapping[str, Value]] | None:
        """The items of list ``list_name`` (None: no such list)."""
        ...


def rows_of(env: Env, list_name: str) -> Sequence[Mapping[str, Value]]:
    """The items of ``list_name`` as ``env`` sees them (none if it cannot read lists)."""
    read: Any = getattr(env, "rows", None)
    found = read(list_name) if read is not None else None
    return found or ()


def _pulldata(env: Env, a: list[Value]) -> Value:
    """ODK pulldata(list, column, key_column, key): ``column`` of the first item whose ``key_column`` is ``key``."""
    list_name = to_string(a[0]).removesuffix(".csv")
    column, key_column, key = to_string(a[1]), to_string(a[2]), to_string(a[3])
    for row in rows_of(env, list_name):
        if to_string(row.get(key_column, "")) == key:
            return row.get(column, "")
    return ""


def random_at(env: Env, site: str) -> float:
    """random(): fixed for this interview and place when the environment keeps a seed, else fresh."""
    draw: Any = getattr(env, "random", None)
    return float(draw(site)) if draw is not None else _random.random()


def _random_value(env: Env, a: list[Value], site: str) -> Value:
    return random_at(env, site)


def _uuid_value(env: Env, a: list[Value], site: str) -> Value:
    """uuid(): a random UUID; uuid(n): n random letters and digits (reproducible like random())."""
    generator = _random.Random(random_at(env, site))
    if not a:
        return str(_uuid.UUID(int=generator.getrandbits(128), version=4))
    try:
        length = max(0, min(int(float(to_string(a[0]))), 1000))
    except ValueError:
        return ""
    alphabet = string.ascii_letters + string.digits
    return "".join(generator.choice(alphabet) for _ in range(length))


def _once(env: Env, a: list[Value]) -> Value:
    current = env.current
    return a[0] if to_string(current) == "" else current


#: Functions whose implementation also takes the call site: ``impl(env, args, site)``.
SITE_FUNCTIONS: dict[str, Any] = {"random": _random_value, "uuid": _uuid_value}

FUNCTIONS: dict[str, Function] = {
    "pulldata": fn(4, 4, _pulldata),
    "once": fn(1, 1, _once, uses_current=True),
    "random": fn(0, 0, lambda e, a: random_at(e, ""), site=True),
    "uuid": fn(0, 1, lambda e, a: _uuid_value(e, a, ""), site=True),
}
