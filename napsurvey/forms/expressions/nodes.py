"""Syntax tree of a parsed expression (immutable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Literal:
    """A string or number literal."""

    value: str | float


@dataclass(frozen=True, slots=True)
class Ref:
    """``${name}``: the answer of another question."""

    name: str


@dataclass(frozen=True, slots=True)
class Current:
    """``.``: the value of the question the expression belongs to."""


@dataclass(frozen=True, slots=True)
class Column:
    """A bare name: in a choice_filter, the column of the choice being filtered."""

    name: str


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus."""

    operand: Node


@dataclass(frozen=True, slots=True)
class Chain:
    """Operands joined by operators of one precedence level, left to right.

    Keeping ``a + b + c + ...`` flat (instead of a deep left tree) lets a long
    sum of scores parse and evaluate without deep recursion.
    """

    first: Node
    rest: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class Call:
    """A function call."""

    name: str
    args: tuple[Node, ...]


Node: TypeAlias = Literal | Ref | Current | Column | Negate | Chain | Call
