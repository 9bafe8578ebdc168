"""What an expression sees when it is evaluated (its own module, so the functions and the evaluator share it)."""

from __future__ import annotations

import datetime
from typing import Protocol, runtime_checkable

from .values import Value


class Env(Protocol):
    """What an expression can see: other answers, the current value, today."""

    def value(self, name: str) -> Value:
        """The answer of ``${name}`` as seen from where the expression is evaluated."""
        ...

    @property
    def current(self) -> Value:
        """``.``: the value of the question the expression belongs to."""
        ...

    @property
    def today(self) -> datetime.date:
        """The date of the session."""
        ...


@runtime_checkable
class ColumnEnv(Protocol):
    """An Env that also resolves bare names (a choice's columns, in a choice_filter)."""

    def column(self, name: str) -> Value:
        """Value of the column ``name`` of the choice being filtered ("" if absent)."""
        ...
