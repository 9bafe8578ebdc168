"""Results of a plain expression kept by the values it reads (back-entry's forward walk).

A plain expression (:mod:`.plain`) is a function of the values of its
``${references}``, of ``.`` and of the session's date. Paper questionnaires
repeat those values all the time (an age between 0 and 110, one of four
answers to each access question), so back-entry evaluates a relevance, a
constraint or a calculation once per distinct set of values it reads and
looks the result up afterwards: as the choice filters' results are kept
(:meth:`.state.InterviewState.allowed_names`). A result is kept only when the
evaluation ended normally; one that hit a limit raises again the next time.

The key tells apart values that compare equal but read differently (``1``,
``1.0`` and ``True``; ``0.0`` and ``-0.0``), so a kept result is always the one
the evaluation would give.
"""

from __future__ import annotations

from typing import Any

from napsurvey.forms.expressions import Expr, Value

from .compiled import REPEAT, CompiledForm, Item
from .model import Path
from .state import InterviewState, ItemEnv, stored_calculation

#: Results kept per expression, at most (then they are dropped and kept afresh).
MAX_KEPT = 512

_MISSING = object()


def _part(value: Any) -> object:
    """``value`` as part of a key: equal only for values no expression can tell apart."""
    cls = value.__class__
    if cls is str:
        return value
    if isinstance(value, list):
        return tuple([v if v.__class__ is str else _part(v) for v in value])  # never (type, value): a scalar's
    if cls is float:
        return (float, value.hex())  # -0.0 is 0.0 but prints otherwise; every NaN the same
    return (cls, value)


def _current(state: InterviewState, item: Item, path: Path, current: Value | None) -> Value:
    """What ``.`` reads, as :attr:`ItemEnv.current` gives it: the value being checked, else the stored answer."""
    return current if current is not None else state.values.get((item.index, path), "")


class Memo:
    """One plain expression of one item, with its results by the values it read."""

    __slots__ = ("expr", "column", "names", "direct", "current", "today", "single", "results")

    def __init__(self, expr: Expr, cf: CompiledForm, column: str) -> None:
        self.expr = expr
        self.column = column
        self.names = tuple(sorted(expr.references))
        targets = [cf.by_name.get(name) for name in self.names]
        # A question outside every repeat has one value wherever it is read from: read it directly.
        self.direct: tuple[int, ...] | None = (
            tuple(t.index for t in targets if t is not None)
            if all(t is not None and not t.chain and t.kind != REPEAT for t in targets)
            else None
        )
        self.current = expr.uses_current
        self.today = expr.uses_today
        #: The one thing the expression reads, when it is one: a question outside every repeat
        #: (its index), or ``.`` alone (-2); else -1. Its key is then that value's part alone.
        self.single = -1
        if not self.today and self.direct is not None:
            if len(self.direct) == 1 and not self.current:
                self.single = self.direct[0]
            elif not self.direct and self.current:
                self.single = -2
        self.results: dict[object, Any] = {}

    def _key(self, state: InterviewState, item: Item, path: Path, current: Value | None) -> object:
        single = self.single
        if single != -1:  # the common shapes: ${one} = 'x', . > 0 (one value, no tuple to build)
            if single == -2:
                value = _current(state, item, path, current)
            else:
                value = state.values.get((single, ()), "")
            return value if value.__class__ is str else _part(value)
        if self.direct is not None:
            values = state.values
            read: list[Value] = [values.get((index, ()), "") for index in self.direct]
        else:
            read = [state.lookup(name, item, path) for name in self.names]
        key: list[object] = [v if v.__class__ is str else _part(v) for v in read]
        if self.current:
            key.append(_part(_current(state, item, path, current)))
        if self.today:
            key.append(state.today)
        return tuple(key)

    def _keep(self, key: object, result: object) -> None:
        if len(self.results) >= MAX_KEPT:
            self.results.clear()
        self.results[key] = result

    def truthy(self, state: InterviewState, item: Item, path: Path, current: Value | None = None) -> bool:
        """:meth:`InterviewState.truthy` of the expression at ``path`` (``current``: the value ``.`` reads)."""
        key = self._key(state, item, path, current)
        hit = self.results.get(key, _MISSING)
        if hit is _MISSING:
            hit = state.truthy(self.expr, ItemEnv(state, item, path, current), self.column)
            self._keep(key, hit)
        return bool(hit)

    def calculated(self, state: InterviewState, item: Item, path: Path) -> Value:
        """The stored value of a calculation at ``path`` (a list result is never kept: it is stored as it is)."""
        key = self._key(state, item, path, None)
        hit = self.results.get(key, _MISSING)
        if hit is not _MISSING:
            return hit  # type: ignore[no-any-return]
        value = stored_calculation(state.evaluate(self.expr, ItemEnv(state, item, path), self.column))
        if not isinstance(value, list):
            self._keep(key, value)
        return value


def memo(expr: Expr | None, cf: CompiledForm, column: str) -> Memo | None:
    """A :class:`Memo` for ``expr`` (None for none)."""
    return Memo(expr, cf, column) if isinstance(expr, Expr) else None
