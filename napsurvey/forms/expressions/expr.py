"""Compiled expressions: parse once, evaluate many times, never raise."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from .env import Env
from .functions import FUNCTIONS
from .nodes import Call, Chain, Column, Current, Literal, Negate, Node, Ref
from .parser import parse_tree
from .values import NAN, Value, equals, normalise_number, relation, to_boolean, to_number

Evaluator = Callable[["Env"], Value]


def _arith(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "div":
        if b == 0:
            if a == 0 or math.isnan(a):
                return NAN
            return math.copysign(math.inf, a) * (math.copysign(1.0, b))
        return a / b
    # mod: XPath truncating remainder
    if b == 0 or math.isinf(a):
        return NAN
    return math.fmod(a, b)


def _number(value: float) -> Value:
    return value if math.isnan(value) or math.isinf(value) else normalise_number(value)


def _compile(node: Node) -> Evaluator:
    if isinstance(node, Literal):
        constant: Value = normalise_number(node.value) if isinstance(node.value, float) else node.value
        return lambda env: constant
    if isinstance(node, Ref):
        name = node.name
        return lambda env: env.value(name)
    if isinstance(node, Current):
        return lambda env: env.current
    if isinstance(node, Column):
        column = node.name

        def read_column(env: Env) -> Value:
            # getattr, not isinstance(env, ColumnEnv): a runtime Protocol check
            # inspects the class on every call and dominated choice filters.
            read = getattr(env, "column", None)
            return read(column) if read is not None else ""

        return read_column
    if isinstance(node, Negate):
        inner = _compile(node.operand)
        return lambda env: _number(-to_number(inner(env)))
    if isinstance(node, Call):
        impl = FUNCTIONS[node.name].impl
        args = tuple(_compile(a) for a in node.args)
        if node.name == "if":
            cond, yes, no = args
            return lambda env: yes(env) if to_boolean(cond(env)) else no(env)
        return lambda env: impl(env, [a(env) for a in args])
    return _compile_chain(node)


def _compile_chain(node: Chain) -> Evaluator:
    first = _compile(node.first)
    rest = tuple((op, _compile(operand)) for op, operand in node.rest)
    op0 = rest[0][0]
    if op0 in ("or", "and"):
        want = op0 == "or"  # short-circuit on this truth value

        def logic(env: Env) -> Value:
            if to_boolean(first(env)) is want:
                return want
            for _, fn in rest:
                if to_boolean(fn(env)) is want:
                    return want
            return not want

        return logic
    if op0 in ("=", "!=", "<", "<=", ">", ">="):

        def compare(env: Env) -> Value:
            left = first(env)
            for op, fn in rest:
                right = fn(env)
                if op == "=":
                    left = equals(left, right)
                elif op == "!=":
                    left = not equals(left, right)
                else:
                    left = relation(op, left, right)
            return left

        return compare

    def arithmetic(env: Env) -> Value:
        total = to_number(first(env))
        for op, fn in rest:
            total = _arith(op, total, to_number(fn(env)))
        return _number(total)

    return arithmetic


def _walk(node: Node) -> list[Node]:
    out: list[Node] = []
    stack = [node]
    while stack:
        item = stack.pop()
        out.append(item)
        if isinstance(item, Negate):
            stack.append(item.operand)
        elif isinstance(item, Chain):
            stack.append(item.first)
            stack.extend(operand for _, operand in item.rest)
        elif isinstance(item, Call):
            stack.extend(item.args)
    return out


class Expr:
    """An immutable compiled expression."""

    __slots__ = ("source", "tree", "references", "columns", "functions", "uses_current", "uses_today", "_fn")

    source: str
    tree: Node
    references: frozenset[str]
    columns: frozenset[str]
    functions: frozenset[str]
    uses_current: bool
    uses_today: bool
    _fn: Evaluator

    def __init__(self, source: str, tree: Node) -> None:
        nodes = _walk(tree)
        calls = [n for n in nodes if isinstance(n, Call)]
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "tree", tree)
        object.__setattr__(self, "references", frozenset(n.name for n in nodes if isinstance(n, Ref)))
        object.__setattr__(self, "columns", frozenset(n.name for n in nodes if isinstance(n, Column)))
        object.__setattr__(self, "functions", frozenset(c.name for c in calls))
        object.__setattr__(
            self,
            "uses_current",
            any(isinstance(n, Current) for n in nodes)
            or any(FUNCTIONS[c.name].uses_current and (c.name != "string-length" or not c.args) for c in calls),
        )
        object.__setattr__(self, "uses_today", any(FUNCTIONS[c.name].uses_today for c in calls))
        object.__setattr__(self, "_fn", _compile(tree))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Expr is immutable")

    def __repr__(self) -> str:
        return f"Expr({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expr) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    def evaluate(self, env: Env) -> Value:
        """The value of the expression in ``env``. Never raises: bad data gives NaN, "" or False."""
        try:
            return self._fn(env)
        except Exception:  # noqa: BLE001 - an expression must never crash an interview
            return ""

    def truthy(self, env: Env) -> bool:
        """XPath ``boolean()`` of :meth:`evaluate`."""
        return to_boolean(self.evaluate(env))


@functools.lru_cache(maxsize=4096)
def parse(source: str) -> Expr:
    """Parse ``source`` once into an :class:`Expr` (cached by source text).

    Raises NapError with EXPR_SYNTAX, EXPR_UNKNOWN_FUNCTION, EXPR_ARITY or
    EXPR_TOO_COMPLEX. Uses our own tokenizer and parser, never ``eval``.
    """
    return Expr(source, parse_tree(source))
