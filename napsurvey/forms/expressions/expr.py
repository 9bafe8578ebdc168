"""Compiled expressions: parse once, evaluate many times, never raise on bad data.

What an expression reads beyond answers (the form's lists, choice labels,
repeat positions, a random seed) it asks the environment for through the
optional methods described in :mod:`.lookups`.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Callable
from typing import Any

from napsurvey.errors import NapError

from . import budget
from .budget import EvaluationLimit
from .env import Env
from .functions import FUNCTIONS
from .lookups import SITE_FUNCTIONS, rows_of
from .nodes import Call, Chain, ChoiceName, Column, Current, IndexedRepeat, Literal, Lookup, Negate, Node, Position, Ref
from .parser import parse_tree
from .values import NAN, NodeSet, Value, equals, normalise_number, relation, to_boolean, to_number, to_string

Evaluator = Callable[["Env"], Value]

#: Functions whose time does not grow with their data: not worth a look at the clock. An
#: expression made of them alone is bounded by its length; the others check their budget.
QUICK_FUNCTIONS = frozenset(
    {
        "if", "not", "true", "false", "boolean", "number", "int", "round", "floor", "ceiling", "abs", "pow", "sqrt",
        "exp", "exp10", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "pi", "today", "now",
        "date", "date-time", "decimal-date-time", "decimal-time", "format-date", "format-date-time",
        "difference-in-months", "once", "coalesce", "random", "uuid", "boolean-from-string",
    }
)  # fmt: skip


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
    if isinstance(node, (ChoiceName, IndexedRepeat, Position, Lookup)):
        return _compile_lookup(node)
    if isinstance(node, Call):
        impl = FUNCTIONS[node.name].impl
        args = tuple(_compile(a) for a in node.args)
        check = budget.check
        site_impl = SITE_FUNCTIONS.get(node.name)
        if site_impl is not None:
            site = str(node.pos)

            def site_call(env: Env) -> Value:
                return site_impl(env, [a(env) for a in args], site)  # type: ignore[no-any-return]

            return site_call
        if node.name == "if":
            cond, yes, no = args
            return lambda env: yes(env) if to_boolean(cond(env)) else no(env)
        if node.name in QUICK_FUNCTIONS:
            return lambda env: impl(env, [a(env) for a in args])

        def call(env: Env) -> Value:
            check()  # its time grows with the data it is given (lists, texts)
            return impl(env, [a(env) for a in args])

        return call
    return _compile_chain(node)


class _RowEnv:
    """A lookup predicate's view: bare names are the item's columns; the rest is the question's."""

    __slots__ = ("outer", "row")

    def __init__(self, outer: Env, row: Any) -> None:
        self.outer = outer
        self.row = row

    def value(self, name: str) -> Value:
        return self.outer.value(name)

    @property
    def current(self) -> Value:
        return self.outer.current

    @property
    def today(self) -> datetime.date:
        return self.outer.today

    def column(self, name: str) -> Value:
        value = self.row.get(name, "")
        return value if isinstance(value, (str, int, float, bool, list)) else to_string(value)

    def __getattr__(self, name: str) -> Any:  # rows(), choice_label(), ... of the question's environment
        return getattr(self.outer, name)


def _compile_lookup(node: ChoiceName | IndexedRepeat | Position | Lookup) -> Evaluator:
    if isinstance(node, ChoiceName):
        value, question = _compile(node.value), node.question

        def choice_name(env: Env) -> Value:
            budget.check()
            label: Any = getattr(env, "choice_label", None)
            return str(label(question, to_string(value(env)))) if label is not None else ""

        return choice_name
    if isinstance(node, IndexedRepeat):
        name = node.name
        picks = tuple((repeat, _compile(number)) for repeat, number in node.picks)

        def indexed_repeat(env: Env) -> Value:
            budget.check()
            read: Any = getattr(env, "indexed", None)
            if read is None:
                return ""
            chosen: list[tuple[str, int]] = []
            for repeat, number in picks:
                n = to_number(number(env))
                if math.isnan(n) or math.isinf(n) or n < 1:
                    return ""
                chosen.append((repeat, int(n) - 1))
            return read(name, chosen)  # type: ignore[no-any-return]

        return indexed_repeat
    if isinstance(node, Position):
        levels = node.levels

        def position(env: Env) -> Value:
            read: Any = getattr(env, "position", None)
            return read(levels) if read is not None else ""

        return position
    source, column = node.source, node.column
    predicate = _compile(node.predicate) if node.predicate is not None else None

    check = budget.check

    def lookup(env: Env) -> Value:
        out = NodeSet()
        for row in rows_of(env, source):
            check()  # a list may hold 20,000 items
            if predicate is not None and not to_boolean(predicate(_RowEnv(env, row))):
                continue
            found = row.get(column or "name", "")
            out.append(found if isinstance(found, (str, int, float, bool)) else to_string(found))
        return out

    return lookup


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


def _walk(node: Node) -> list[tuple[Node, bool]]:
    """Every node, with True when it is inside a lookup's predicate (where bare names are columns)."""
    out: list[tuple[Node, bool]] = []
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        item, inside = stack.pop()
        out.append((item, inside))
        if isinstance(item, Negate):
            stack.append((item.operand, inside))
        elif isinstance(item, Chain):
            stack.append((item.first, inside))
            stack.extend((operand, inside) for _, operand in item.rest)
        elif isinstance(item, Call):
            stack.extend((a, inside) for a in item.args)
        elif isinstance(item, ChoiceName):
            stack.append((item.value, inside))
        elif isinstance(item, IndexedRepeat):
            stack.extend((number, inside) for _, number in item.picks)
        elif isinstance(item, Lookup) and item.predicate is not None:
            stack.append((item.predicate, True))
    return out


class Expr:
    """An immutable compiled expression.

    ``references``: the questions it reads (``${x}``, and those named by
    jr:choice-name() and indexed-repeat()); ``columns``: bare names outside
    lookups (a choice_filter's columns); ``lists``: the form lists it reads
    (instance() lookups, pulldata()), with ``list_columns`` the columns it
    names in them; ``choice_names``: the questions jr:choice-name() reads the
    labels of; ``indexed``: (question, repeats) of each indexed-repeat();
    ``positions``: the deepest ``position(..)`` level used.
    """

    __slots__ = (
        "source", "tree", "references", "columns", "functions", "lists", "list_columns",
        "choice_names", "indexed", "positions", "uses_current", "uses_today", "_fn",
    )  # fmt: skip

    source: str
    tree: Node
    references: frozenset[str]
    columns: frozenset[str]
    functions: frozenset[str]
    lists: frozenset[str]
    list_columns: frozenset[tuple[str, str]]
    choice_names: frozenset[str]
    indexed: frozenset[tuple[str, tuple[str, ...]]]
    positions: int
    uses_current: bool
    uses_today: bool
    _fn: Evaluator

    def __init__(self, source: str, tree: Node) -> None:
        walked = _walk(tree)
        nodes = [n for n, _ in walked]
        calls = [n for n in nodes if isinstance(n, Call) and n.name in FUNCTIONS]
        references = {n.name for n in nodes if isinstance(n, Ref)}
        references.update(n.question for n in nodes if isinstance(n, ChoiceName))
        for n in nodes:
            if isinstance(n, IndexedRepeat):
                references.add(n.name)
                references.update(repeat for repeat, _ in n.picks)
        lists: set[str] = set()
        list_columns: set[tuple[str, str]] = set()
        for n in nodes:
            if isinstance(n, Lookup):
                lists.add(n.source)
                if n.column:
                    list_columns.add((n.source, n.column))
                if n.predicate is not None:
                    list_columns.update((n.source, c.name) for c, _ in _walk(n.predicate) if isinstance(c, Column))
            elif isinstance(n, Call) and n.name == "pulldata" and len(n.args) == 4:
                name, *columns = n.args[:3]
                if isinstance(name, Literal) and isinstance(name.value, str):
                    list_name = name.value.removesuffix(".csv")
                    lists.add(list_name)
                    list_columns.update(
                        (list_name, c.value) for c in columns if isinstance(c, Literal) and isinstance(c.value, str)
                    )
        set_ = object.__setattr__
        set_(self, "source", source)
        set_(self, "tree", tree)
        set_(self, "references", frozenset(references))
        set_(self, "columns", frozenset(n.name for n, inside in walked if isinstance(n, Column) and not inside))
        set_(self, "functions", frozenset(n.name for n in nodes if isinstance(n, Call)))
        set_(self, "lists", frozenset(lists))
        set_(self, "choice_names", frozenset(n.question for n in nodes if isinstance(n, ChoiceName)))
        set_(
            self,
            "indexed",
            frozenset((n.name, tuple(r for r, _ in n.picks)) for n in nodes if isinstance(n, IndexedRepeat)),
        )
        set_(self, "list_columns", frozenset(list_columns))
        set_(self, "positions", max((n.levels for n in nodes if isinstance(n, Position)), default=0))
        set_(
            self,
            "uses_current",
            any(isinstance(n, Current) for n in nodes)
            or any(FUNCTIONS[c.name].uses_current and (c.name != "string-length" or not c.args) for c in calls),
        )
        set_(self, "uses_today", any(FUNCTIONS[c.name].uses_today for c in calls))
        set_(self, "_fn", _compile(tree))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Expr is immutable")

    def __repr__(self) -> str:
        return f"Expr({self.source!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Expr) and other.source == self.source

    def __hash__(self) -> int:
        return hash(self.source)

    def evaluate(self, env: Env) -> Value:
        """The value of the expression in ``env``: bad data gives NaN, "" or False.

        Raises only :class:`~napsurvey.forms.expressions.budget.EvaluationLimit`
        (a coded NapError) when the evaluation runs out of time, is interrupted
        or would build a text over the size limit (see :mod:`.budget`).
        """
        state = budget.current()
        now = budget.clock()
        if state.interrupted or now > state.step:
            budget.check_step(state, now)  # the step is over: no further evaluation starts
        saved = state.deadline
        state.depth += 1
        deadline = now + budget.EVALUATION_SECONDS
        state.deadline = deadline if deadline < state.step else state.step
        try:
            value = self._fn(env)
            if budget.clock() > state.deadline:
                budget.check()  # it ran over (any evaluation is refused, however it spent its time)
            return value
        except EvaluationLimit:
            raise
        except Exception:  # noqa: BLE001 - bad data must never crash an interview
            return ""
        finally:
            state.deadline = saved
            state.depth -= 1
            if not state.depth:
                state.interrupted = False  # spent: the work it stopped is over

    def truthy(self, env: Env) -> bool:
        """XPath ``boolean()`` of :meth:`evaluate`."""
        return to_boolean(self.evaluate(env))


@functools.lru_cache(maxsize=4096)
def check(source: str) -> tuple[Expr | None, tuple[NapError, ...]]:
    """Parse ``source`` and return it with *every* problem found (cached by source text).

    The expression is None when there is a problem: a syntax error (the only
    one reported, as nothing after it can be read) or any number of unknown or
    refused functions, wrong argument counts and regular expressions RE2
    cannot run. Uses our own tokenizer and parser, never ``eval``.
    """
    try:
        tree, problems = parse_tree(source)
    except NapError as exc:
        return None, (exc,)
    if problems:
        return None, tuple(problems)
    return Expr(source, tree), ()


def parse(source: str) -> Expr:
    """Parse ``source`` once into an :class:`Expr` (cached by source text).

    Raises the first problem as a NapError: EXPR_SYNTAX, EXPR_UNKNOWN_FUNCTION,
    EXPR_REFUSED_FUNCTION, EXPR_ARITY or EXPR_TOO_COMPLEX.
    """
    expr, problems = check(source)
    if expr is None:
        raise problems[0]
    return expr
