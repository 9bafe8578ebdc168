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
    """``.`` (or ``current()``): the value of the question the expression belongs to."""


@dataclass(frozen=True, slots=True)
class Column:
    """A bare name: in a choice_filter or a lookup's predicate, a column of the choice being tested."""

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
    """A function call; ``pos`` is where its name starts in the source (keeps random() call sites apart)."""

    name: str
    args: tuple[Node, ...]
    pos: int = 0


@dataclass(frozen=True, slots=True)
class ChoiceName:
    """``jr:choice-name(value, '${q}')``: the label of choice ``value`` of question ``question``."""

    value: Node
    question: str


@dataclass(frozen=True, slots=True)
class IndexedRepeat:
    """``indexed-repeat(${x}, ${repeat}, n, ...)``: ``x`` in instance ``n`` (1-based) of each named repeat."""

    name: str
    picks: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class Position:
    """``position(..)``: the 1-based number of the enclosing repeat instance, ``levels`` up."""

    levels: int


@dataclass(frozen=True, slots=True)
class Lookup:
    """``instance('list')/root/item[predicate]/column``: values of a column of a form's list.

    ``column`` None means the items themselves (their names, e.g. for count()).
    """

    source: str
    predicate: Node | None
    column: str | None


Node: TypeAlias = Literal | Ref | Current | Column | Negate | Chain | Call | ChoiceName | IndexedRepeat | Position | Lookup
