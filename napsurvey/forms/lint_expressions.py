"""Lint rules on expressions: syntax, references, order, calculation cycles."""

from __future__ import annotations

from napsurvey.errors import ErrorCode
from napsurvey.forms.expressions import Expr, check
from napsurvey.forms.lint_context import LintContext
from napsurvey.forms.model import SurveyRow

#: Columns that must only look backwards: they decide what is shown or accepted now.
BACKWARD_ONLY = ("relevant", "constraint", "required", "read_only", "choice_filter", "repeat_count")
#: Columns that may name their own question (its value exists when they are checked).
SELF_ALLOWED = ("constraint", "required", "read_only", "calculation")

_FLAGS = ("required", "read_only")


def expression_columns(row: SurveyRow) -> list[tuple[str, str]]:
    """The (column, source) pairs of a row that hold expressions; ``default`` is a literal."""
    found: list[tuple[str, str]] = []
    for column in ("relevant", "constraint", "calculation", "choice_filter"):
        value = getattr(row, column)
        if isinstance(value, str) and value.strip():
            found.append((column, value))
    for column in _FLAGS:
        value = getattr(row, column)
        if isinstance(value, str) and value.strip():
            found.append((column, value))
    if isinstance(row.repeat_count, str) and row.repeat_count.strip():
        found.append(("repeat_count", row.repeat_count))
    return found


def _choice_columns(ctx: LintContext, row: SurveyRow) -> set[str]:
    columns = {"name", "label"}
    for choice in ctx.form.choices.get(row.list_name or "", []):
        columns.update((choice.model_extra or {}).keys())
    return columns


def check_expressions(ctx: LintContext) -> dict[str, set[str]]:
    """Check every expression; return, per calculated question, the names its calculation reads."""
    calc_refs: dict[str, set[str]] = {}
    for index, row in enumerate(ctx.rows):
        where = ctx.location(index)
        for column, source in expression_columns(row):
            expr, found = check(source)
            for exc in dict.fromkeys(found, None):  # every problem of the expression, once each
                ctx.add(where, ErrorCode.FORM_BAD_EXPRESSION, column=column, reason=exc.message)
            if expr is None:
                continue
            _check_names(ctx, index, row, column, expr)
            _check_lookups(ctx, index, column, expr)
            if column == "calculation" and row.name:
                calc_refs.setdefault(row.name, set()).update(expr.references)
    return calc_refs


def _check_names(ctx: LintContext, index: int, row: SurveyRow, column: str, expr: Expr) -> None:
    where = ctx.location(index)
    columns: frozenset[str] = expr.columns
    if column == "choice_filter":
        known = _choice_columns(ctx, row)
        for name in sorted(columns - known):
            reason = f"choice list '{row.list_name}' has no column '{name}'"
            ctx.add(where, ErrorCode.FORM_BAD_EXPRESSION, column=column, reason=reason)
    else:
        for name in sorted(columns):
            reason = f"'{name}' is not a reference; write ${{{name}}} for a question"
            ctx.add(where, ErrorCode.FORM_BAD_EXPRESSION, column=column, reason=reason)
    for name in sorted(expr.references):
        target = ctx.positions.get(name)
        if target is None and name in ctx.blocks and ctx.rows[ctx.blocks[name]].base_type == "begin_repeat":
            target = ctx.blocks[name]  # count(${repeat}): its instances
        if target is None:
            ctx.add(where, ErrorCode.FORM_UNKNOWN_REFERENCE, name=name)
            continue
        if column not in BACKWARD_ONLY:
            continue
        if target < index or (target == index and column in SELF_ALLOWED):
            continue
        screen = ctx.screens[index]
        if screen is not None and ctx.screens[target] == screen and target != index:
            continue  # one field-list screen: its questions are answered together
        ctx.add(where, ErrorCode.FORM_FORWARD_REFERENCE, column=column, name=name)


def _list_columns(ctx: LintContext, list_name: str) -> set[str]:
    columns = {"name", "label"}
    for choice in ctx.form.choices.get(list_name, []):
        columns.update((choice.model_extra or {}).keys())
    return columns


def _enclosing_repeats(ctx: LintContext, index: int) -> list[str]:
    """Names of the repeats around row ``index``, outermost first."""
    stack: list[tuple[str, str]] = []
    for row in ctx.rows[:index]:
        base = row.base_type
        if base in ("begin_group", "begin_repeat"):
            stack.append((base, row.name or ""))
        elif base in ("end_group", "end_repeat") and stack:
            stack.pop()
    return [name for base, name in stack if base == "begin_repeat"]


def _check_lookups(ctx: LintContext, index: int, column: str, expr: Expr) -> None:
    """Lists, labels and repeat instances an expression reads exist where it says."""
    where = ctx.location(index)

    def bad(reason: str) -> None:
        ctx.add(where, ErrorCode.FORM_BAD_EXPRESSION, column=column, reason=reason)

    for list_name in sorted(expr.lists):
        if list_name not in ctx.form.choices:
            ctx.add(where, ErrorCode.FORM_MISSING_CHOICE_LIST, list=list_name)
    for list_name, name in sorted(expr.list_columns):
        if list_name in ctx.form.choices and name not in _list_columns(ctx, list_name):
            bad(f"list '{list_name}' has no column '{name}'")
    for name in sorted(expr.choice_names):
        row = ctx.question(name)
        if row is not None and row.list_name is None:
            bad(f"jr:choice-name() reads the choices of '{name}', which is not a select question")
    for name, repeats in sorted(expr.indexed):
        target = ctx.positions.get(name)
        if target is None:
            continue
        around = _enclosing_repeats(ctx, target)
        for repeat in repeats:
            if repeat not in around:
                bad(f"indexed-repeat(): '{name}' is not inside repeat '{repeat}'")
    if expr.positions and len(_enclosing_repeats(ctx, index)) == 0:
        bad("position(..) is used outside any repeat")


def check_cycles(ctx: LintContext, calc_refs: dict[str, set[str]]) -> None:
    """Report each cycle among calculations once, at its first question in form order."""
    graph = {name: sorted(r for r in refs if r in calc_refs) for name, refs in calc_refs.items()}
    cyclic = _cyclic_nodes(graph)
    order = sorted(cyclic, key=lambda n: ctx.positions.get(n, 0))
    in_cycle: set[str] = set()
    for start in order:
        if start in in_cycle:
            continue
        path = _path_back(graph, start)
        if path is not None:
            in_cycle.update(path)
            shown = path if len(path) <= 12 else [*path[:10], f"... ({len(path) - 10} more)"]
            ctx.add(ctx.location(ctx.positions[start]), ErrorCode.FORM_CALCULATION_CYCLE, cycle=" -> ".join([*shown, start]))


def _path_back(graph: dict[str, list[str]], start: str) -> list[str] | None:
    """Shortest path start -> ... -> start, as the list of nodes before returning (breadth-first)."""
    parents: dict[str, str] = {}
    frontier = [start]
    seen = {start}
    while frontier:
        following: list[str] = []
        for node in frontier:
            for nxt in graph.get(node, []):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(parents[path[-1]])
                    return list(reversed(path))
                if nxt not in seen:
                    seen.add(nxt)
                    parents[nxt] = node
                    following.append(nxt)
        frontier = following
    return None


def _cyclic_nodes(graph: dict[str, list[str]]) -> set[str]:
    """Nodes on some cycle: members of strongly connected components with a cycle (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: set[str] = set()
    counter = 0
    for root in graph:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child_pos = work.pop()
            if child_pos == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph.get(node, [])
            if child_pos < len(children):
                work.append((node, child_pos + 1))
                child = children[child_pos]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, []):
                    found.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
