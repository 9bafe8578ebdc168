"""What the parser and the evaluator know of one function: its arity and implementation."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .env import Env
from .values import Value, normalise_number

Impl = Callable[[Env, list[Value]], Value]


@dataclass(frozen=True, slots=True)
class Function:
    """Arity (``max_args`` None = any number) and implementation of one function.

    ``site``: the implementation also takes where the call is written (random()
    and uuid() give each call site its own, reproducible value).
    """

    min_args: int
    max_args: int | None
    impl: Impl
    uses_today: bool = False
    uses_current: bool = False
    site: bool = False

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


def fn(lo: int, hi: int | None, impl: Impl, *, uses_today: bool = False, uses_current: bool = False, site: bool = False) -> Function:
    """A :class:`Function` (short, for the registries)."""
    return Function(lo, hi, impl, uses_today, uses_current, site)


def flatten(args: list[Value]) -> list[Value]:
    """Arguments with lists (repeat values, node-sets) spread out."""
    out: list[Value] = []
    for arg in args:
        if isinstance(arg, list):
            out.extend(arg)
        else:
            out.append(arg)
    return out


def number_result(number: float) -> Value:
    """A float as the language returns it (integral -> int; NaN and infinities kept)."""
    return normalise_number(number) if not (math.isnan(number) or math.isinf(number)) else number
