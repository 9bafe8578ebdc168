"""A form compiled once for the engine: flat items, parsed expressions, dependency graph.

Compilation happens once per :class:`~napsurvey.forms.model.Form` object and is
cached, so starting a thousand interviews of one form parses nothing again.

The dependency graph has an edge ``Y -> X`` when X's *state* (relevance,
calculated value, repeat count) reads Y: through ``${Y}`` in X's relevant,
calculation or repeat_count, through group nesting (a group's relevance
applies to everything inside), or through the WHO gates (consent and the
child protocol). Constraints, required expressions and choice filters are
not in the graph: they are evaluated only for the screen being shown, so
they are always fresh and cost nothing elsewhere.
"""

from __future__ import annotations

import heapq
import weakref
from dataclasses import dataclass, field
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import Expr, parse
from napsurvey.forms.gc_paused import gc_paused
from napsurvey.forms.model import MAX_REPEAT_COUNT, Choice, Form, SurveyRow

from .plain import plain

#: Kinds of items.
GROUP, REPEAT, QUESTION, CALCULATE, NOTE = "group", "repeat", "question", "calculate", "note"

#: Question types the engine stores an answer for.
ANSWER_TYPES = frozenset({"text", "integer", "decimal", "date", "select_one", "select_multiple", "acknowledge"})


@dataclass(eq=False)
class Item:
    """One survey row (block ends removed); groups and repeats span ``index+1 .. end-1``."""

    index: int
    row: SurveyRow
    name: str
    kind: str
    base_type: str
    parent: int | None
    chain: tuple[int, ...]  # enclosing repeats, outermost first (a repeat is not in its own chain)
    end: int = 0
    relevant: Expr | None = None
    constraint: Expr | None = None
    required: Expr | bool = False
    read_only: Expr | bool = False
    calculation: Expr | None = None
    choice_filter: Expr | None = None
    repeat_count: Expr | int | None = None
    choices: tuple[Choice, ...] = ()
    field_list: bool = False
    in_field_list: bool = False
    section: int | None = None  # top-level group or repeat holding this item
    gates: tuple[str, ...] = ()  # "consent" / "child": engine rules that also decide relevance
    rank: int = 0
    dependents: list[int] = field(default_factory=list)
    #: For a repeat: the items directly inside it (not in a nested repeat), in form order.
    members: tuple[int, ...] = ()
    #: For a repeat: items outside it whose state reads its items (as a list over its instances),
    #: and items whose state reads the repeat itself (``count(${repeat})``): both change with its count.
    list_readers: tuple[int, ...] = ()
    #: True for questions that hold an answer the monitor gives (set once: read on every answer).
    answerable: bool = False
    #: The row has a ``default`` (set once: read for every item the forward walk settles).
    has_default: bool = False
    #: Length of the parent's path (its number of enclosing repeats), 0 without a parent.
    parent_depth: int = 0
    #: Names of all the choices, for the membership checks of a select with no choice filter.
    choice_names: frozenset[str] = frozenset()
    #: The choice filter reads nothing but its references (see plain.py): its results can be kept.
    plain_filter: bool = False
    #: A choice filter's results by the values it reads (see InterviewState.allowed_names).
    filter_cache: dict[tuple[object, ...], tuple[tuple[Choice, ...], frozenset[str]]] = field(default_factory=dict)


@dataclass(eq=False)
class CompiledForm:
    """Everything the engine needs from a form, computed once."""

    form: Form
    items: list[Item]
    by_name: dict[str, Item]
    order: list[int]  # item indexes in dependency (topological) order
    consent: Item | None
    child_age: Item | None
    child_group: Item | None
    sections: list[Item]
    #: The form's languages, default first (Form.languages() scans every label: once is enough).
    languages: list[str] = field(default_factory=list)
    #: Whether back-entry may walk this form once in form order (decided on first use, see forward.py).
    forward: bool | None = None
    #: Names an answer object may use at the level starting at an index (back-entry, filled on use).
    level_names: dict[int, frozenset[str]] = field(default_factory=dict)
    #: The forward walk's steps for the level starting at an index (see forward.py, filled on use).
    walk_steps: dict[int, list[tuple[Any, ...]]] = field(default_factory=dict)
    #: What collect() reads of the level starting at an index: (its end, the items), filled on use.
    collect_steps: dict[int, tuple[int, list[tuple[int, str, int]]]] = field(default_factory=dict)
    #: Items whose answer opens or closes the WHO gates (consent, the child's age).
    gate_items: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        self.gate_items = frozenset(i.index for i in (self.consent, self.child_age) if i is not None)


def _expr(row: SurveyRow, column: str, source: object) -> Expr | None:
    if source is None or (isinstance(source, str) and not source.strip()):
        return None
    try:
        return parse(str(source))
    except NapError as exc:
        raise NapError(
            ErrorCode.FORM_BAD_EXPRESSION, column=f"{row.name}.{column}", reason=exc.message, question=row.name
        ) from None


def _flag(row: SurveyRow, column: str, value: bool | str) -> Expr | bool:
    if isinstance(value, bool):
        return value
    expr = _expr(row, column, value)
    return False if expr is None else expr


def _build_items(form: Form) -> list[Item]:
    items: list[Item] = []
    stack: list[Item] = []
    for row in form.survey:
        base = row.base_type
        if base in ("end_group", "end_repeat"):
            if not stack or stack[-1].kind != (GROUP if base == "end_group" else REPEAT):
                raise NapError(ErrorCode.FORM_UNMATCHED_END, kind=base)
            stack.pop().end = len(items)
            continue
        parent = stack[-1] if stack else None
        kind = {"begin_group": GROUP, "begin_repeat": REPEAT, "calculate": CALCULATE, "note": NOTE}.get(base, QUESTION)
        chain = (parent.chain + ((parent.index,) if parent.kind == REPEAT else ())) if parent else ()
        index = len(items)
        item = Item(
            index=index,
            row=row,
            name=row.name or f"_{kind}{index}",
            kind=kind,
            base_type=base,
            parent=parent.index if parent else None,
            chain=chain,
            end=index + 1,
            relevant=_expr(row, "relevant", row.relevant),
            constraint=_expr(row, "constraint", row.constraint),
            required=_flag(row, "required", row.required),
            read_only=_flag(row, "read_only", row.read_only),
            calculation=_expr(row, "calculation", row.calculation),
            choice_filter=_expr(row, "choice_filter", row.choice_filter),
            field_list=row.is_field_list,
            in_field_list=bool(parent and (parent.field_list or parent.in_field_list)),
            section=(parent.section if parent else (index if kind in (GROUP, REPEAT) else None)),
        )
        if kind == REPEAT and row.repeat_count is not None:
            if isinstance(row.repeat_count, int) or str(row.repeat_count).strip().isdigit():
                item.repeat_count = int(row.repeat_count)
                if item.repeat_count > MAX_REPEAT_COUNT:
                    raise NapError(ErrorCode.FORM_REPEAT_COUNT, count=item.repeat_count, limit=MAX_REPEAT_COUNT, question=row.name)
            else:
                item.repeat_count = _expr(row, "repeat_count", row.repeat_count)
        if row.list_name is not None:
            if row.list_name not in form.choices:
                raise NapError(ErrorCode.FORM_MISSING_CHOICE_LIST, list=row.list_name, question=row.name)
            item.choices = tuple(form.choices[row.list_name])
            item.choice_names = frozenset(c.name for c in item.choices)
        item.answerable = kind == QUESTION and base in ANSWER_TYPES
        item.plain_filter = item.choice_filter is not None and plain(item.choice_filter)
        item.has_default = row.default not in (None, "")
        item.parent_depth = len(parent.chain) if parent else 0
        if base not in ANSWER_TYPES | {"begin_group", "begin_repeat", "calculate", "note"}:
            raise NapError(ErrorCode.FORM_UNKNOWN_TYPE, type=row.type, question=row.name)
        items.append(item)
        if kind in (GROUP, REPEAT):
            stack.append(item)
    if stack:
        raise NapError(ErrorCode.FORM_UNCLOSED_BLOCK, kind=stack[-1].base_type, name=stack[-1].name)
    return items


def _check_references(items: list[Item], by_name: dict[str, Item]) -> None:
    for item in items:
        for column in ("relevant", "constraint", "required", "read_only", "calculation", "choice_filter", "repeat_count"):
            expr = getattr(item, column)
            if not isinstance(expr, Expr):
                continue
            for ref in sorted(expr.references):
                if ref not in by_name:
                    raise NapError(ErrorCode.FORM_UNKNOWN_REFERENCE, name=ref, question=item.name, column=column)
            if expr.columns and column != "choice_filter":
                raise NapError(
                    ErrorCode.FORM_BAD_EXPRESSION,
                    column=f"{item.name}.{column}",
                    reason=f"bare name '{sorted(expr.columns)[0]}' (write ${{name}} to refer to a question)",
                    question=item.name,
                )


def _gate_roots(items: list[Item], after: Item, keep: Item | None) -> list[Item]:
    """The outermost items after ``after`` that a gate must close, sparing ``keep`` and its ancestors."""
    spared: set[int] = set()
    node: Item | None = keep
    while node is not None:
        spared.add(node.index)
        node = items[node.parent] if node.parent is not None else None
    roots: list[Item] = []
    i = after.index + 1
    while i < len(items):
        item = items[i]
        if item.index in spared:
            i += 1  # an ancestor of the kept group: look inside it
            continue
        if keep is not None and keep.index < item.index < keep.end:
            i = keep.end
            continue
        roots.append(item)
        i = item.end  # its descendants inherit through group relevance
    return roots


def _repeat_members(items: list[Item]) -> None:
    by_reference: dict[str, set[int]] = {}
    for item in items:
        for expr in (item.relevant, item.calculation, item.repeat_count):
            if isinstance(expr, Expr):
                for name in expr.references:
                    by_reference.setdefault(name, set()).add(item.index)
    for repeat in items:
        if repeat.kind != REPEAT:
            continue
        inside = range(repeat.index + 1, repeat.end)
        repeat.members = tuple(i for i in inside if items[i].chain[-1] == repeat.index)
        readers = {d for i in inside for d in items[i].dependents if not repeat.index < d < repeat.end}
        readers |= by_reference.get(repeat.name, set())  # count(${repeat})
        repeat.list_readers = tuple(sorted(readers))


def _rank(items: list[Item]) -> list[int]:
    indegree = [0] * len(items)
    for item in items:
        for dep in item.dependents:
            indegree[dep] += 1
    ready = [i for i, d in enumerate(indegree) if d == 0]
    heapq.heapify(ready)  # among independent items keep form order: friendlier and deterministic
    order: list[int] = []
    while ready:
        index = heapq.heappop(ready)
        order.append(index)
        for dep in items[index].dependents:
            indegree[dep] -= 1
            if indegree[dep] == 0:
                heapq.heappush(ready, dep)
    if len(order) != len(items):
        stuck = [items[i].name for i, d in enumerate(indegree) if d > 0]
        raise NapError(ErrorCode.FORM_CALCULATION_CYCLE, cycle=" -> ".join(stuck[:8]))
    for rank, index in enumerate(order):
        items[index].rank = rank
    return order


def compile_form(form: Form) -> CompiledForm:
    """Compile ``form`` (cached per Form object). Raises FORM_* NapErrors for forms the engine cannot run."""
    cached = _CACHE.get(id(form))
    if cached is not None and cached[0]() is form:
        return cached[1]
    with gc_paused():  # linear in questions (see napsurvey.forms.gc_paused)
        compiled = _compile(form)
    _CACHE[id(form)] = (weakref.ref(form), compiled)
    weakref.finalize(form, _CACHE.pop, id(form), None)
    return compiled


_CACHE: dict[int, tuple[weakref.ref[Form], CompiledForm]] = {}


def _compile(form: Form) -> CompiledForm:
    items = _build_items(form)
    by_name: dict[str, Item] = {}
    for item in items:
        if item.name in by_name:
            raise NapError(ErrorCode.FORM_DUPLICATE_NAME, name=item.name, question=item.name)
        by_name[item.name] = item
    _check_references(items, by_name)

    def need(name: str, code: ErrorCode, what: str) -> Item:
        if name not in by_name:
            raise NapError(code, reason=f"{what} '{name}' is not a question of the form")
        return by_name[name]

    consent = need(form.consent.question, ErrorCode.FORM_CONSENT, "question") if form.consent else None
    child_age = child_group = None
    if form.child_protocol is not None:
        child_age = need(form.child_protocol.age_question, ErrorCode.FORM_CHILD_PROTOCOL, "age_question")
        if form.child_protocol.action == "route":
            if not form.child_protocol.group:
                raise NapError(ErrorCode.FORM_CHILD_PROTOCOL, reason="action route needs a group")
            child_group = need(form.child_protocol.group, ErrorCode.FORM_CHILD_PROTOCOL, "group")
            if child_group.kind not in (GROUP, REPEAT) or child_group.index < child_age.index:
                raise NapError(ErrorCode.FORM_CHILD_PROTOCOL, reason="the group must be a group after the age question")

    for item in items:
        sources: set[str] = set()
        for expr in (item.relevant, item.calculation, item.repeat_count):
            if isinstance(expr, Expr):
                sources |= expr.references
        for name in sources:
            by_name[name].dependents.append(item.index)
        if item.parent is not None:
            items[item.parent].dependents.append(item.index)
    if consent is not None:
        # the consent question's ancestors stay open; everything else waits for consent
        spared = set()
        node: Item | None = consent
        while node is not None:
            spared.add(node.index)
            node = items[node.parent] if node.parent is not None else None
        for item in items:
            if item.index not in spared and (item.parent is None or item.parent in spared):
                if item.kind == NOTE and item.index < consent.index:
                    continue  # an introduction shown before the consent question
                item.gates += ("consent",)
                consent.dependents.append(item.index)
    if child_age is not None:
        for root in _gate_roots(items, child_age, child_group):
            root.gates += ("child",)
            child_age.dependents.append(root.index)
    for item in items:
        item.dependents = sorted(set(item.dependents))
    _repeat_members(items)
    order = _rank(items)
    sections = [i for i in items if i.parent is None and i.kind in (GROUP, REPEAT)]
    return CompiledForm(form, items, by_name, order, consent, child_age, child_group, sections, form.languages())
