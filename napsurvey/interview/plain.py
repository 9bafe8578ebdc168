"""Which expressions read nothing but their references: what the engine's shortcuts rely on.

Two shortcuts assume an expression's value is a function of the values of its
``${references}`` (and ``.``, the session's date and, in a choice filter, the
choice's columns): back-entry's forward walk (:mod:`.forward`), which
evaluates each item once when its earlier items are settled, and the choice
filter results kept per referenced values (:class:`.state.InterviewState`).

A function or syntax that reads something else — the position of a repeat
instance, another instance's answer, a list outside the form, a random
number — would break them, so only the node types and functions listed here
count as plain; anything the expression language adds later is not plain
until it is added here, and the engine then takes its general path.
"""

from __future__ import annotations

from napsurvey.forms.expressions import Expr
from napsurvey.forms.expressions.nodes import Call, Chain, Column, Current, Literal, Negate, Ref

_NODES = (Literal, Ref, Current, Column, Negate, Chain, Call)

#: Functions whose value depends on their arguments alone (``today()`` and ``now()``: on the
#: session's date; ``string-length()`` without an argument: on ``.``). Not ``once()``: its value
#: depends on the order answers arrived in.
PLAIN_FUNCTIONS = frozenset({
    "selected", "count-selected", "selected-at", "string-length", "regex", "if", "coalesce", "today", "now", "int",
    "number", "string", "boolean", "not", "true", "false", "concat", "join", "round", "min", "max", "sum", "count",
    "contains", "starts-with", "ends-with", "substr", "normalize-space", "date", "date-time", "format-date",
    "format-date-time", "decimal-date-time", "floor", "ceiling", "abs", "pow",
})  # fmt: skip


def plain(expr: Expr) -> bool:
    """True when ``expr`` is made only of the node types and :data:`PLAIN_FUNCTIONS` known here."""
    stack: list[object] = [expr.tree]
    while stack:
        node = stack.pop()
        if type(node) not in _NODES:
            return False
        if isinstance(node, Negate):
            stack.append(node.operand)
        elif isinstance(node, Chain):
            stack.append(node.first)
            stack.extend(operand for _, operand in node.rest)
        elif isinstance(node, Call):
            if node.name not in PLAIN_FUNCTIONS:
                return False
            stack.extend(node.args)
    return True
