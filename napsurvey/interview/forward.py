"""Back-entry's fast path: one walk in form order, each item evaluated once.

The incremental engine re-evaluates the dependents of every answer as it comes
(a consent answer re-evaluates everything it gates, a running total once per
question it adds up). A paper questionnaire arrives whole, so when every
dependency of the form points forward — an item's state reads only items
before it — one walk in form order can settle each item just before it is
answered: its relevance, calculation and repeat count then read values that
will not change again. The walk makes the same checks as :meth:`Interview.answer`
in the same order, and ``tests/interview/test_forward_equivalence.py`` proves
the results (or the refusals, code and message) equal to the incremental
path's over generated forms and answers, one questionnaire at a time and several
of one form in a row (the walk keeps what plain expressions gave, by the values
they read, across the questionnaires of a file: :mod:`.memo`). What complete()
still checks is only what the walk met without a checked answer (``pending``).

:func:`walks_forward` says when a form allows it (it is decided once per
compiled form):

* every edge of the dependency graph (relevance, calculation, repeat count,
  group nesting, the consent and child gates) points forward in form order;
* what an answer is checked against when it is given (constraint, choice
  filter, read-only) reads only items before it, so that check is final and
  ``complete()`` need not repeat it;
* no relevance, calculation or repeat count reads ``.`` or ``once()`` (their
  value would depend on the order answers arrived in), and every expression is
  :func:`~.plain.plain` (it reads nothing but its references: no position of a
  repeat instance, no other instance's answer, no random number);
* a question with a ``default`` has no relevance expression on itself or an
  enclosing group, and no choice filter: the incremental engine applies a
  default when the question first becomes relevant, with the answers known at
  that moment, and does not apply it again.
"""

from __future__ import annotations

from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import Expr, Value, budget

from .coercion import coerce, is_empty
from .compiled import CALCULATE, GROUP, QUESTION, REPEAT, CompiledForm, Item
from .engine import Interview
from .memo import memo
from .model import CompletedInterview, Path, StartContext
from .plain import plain
from .state import START_SECONDS, Key

DECLINED = "__declined__"
#: No answer given (answers.get's default in the walk).
_ABSENT = object()


def is_declined(value: Any) -> bool:
    """The two spellings of a declined answer in back-entry."""
    return value == DECLINED or (isinstance(value, dict) and value.get("declined") is True and len(value) == 1)


def level_names(items: list[Item], start: int, end: int) -> set[str]:
    """Names an answer object may hold for the items ``start..end-1`` at one repeat level.

    Items of a nested repeat are not among them: they belong in the entries of its list.
    """
    depth = len(items[start].chain) if start < end else 0
    return {items[i].name for i in range(start, end) if len(items[i].chain) == depth}


def check_keys(
    items: list[Item], start: int, end: int, answers: dict[str, Any], where: str, names: set[str] | frozenset[str] | None = None
) -> None:
    """Refuse a key that names no item of this level (INTERVIEW_UNKNOWN_QUESTION or, for an item
    of a nested repeat, INTERVIEW_BAD_VALUE saying which repeat it belongs to)."""
    if names is None:
        names = level_names(items, start, end)
    for key in answers:
        if key in names:
            continue
        inner = next((items[i] for i in range(start, end) if items[i].name == key), None)
        if inner is not None:
            repeat = items[inner.chain[-1]]
            raise NapError(
                ErrorCode.INTERVIEW_BAD_VALUE,
                name=where + str(key),
                reason=f"it is asked in each entry of the repeat '{repeat.name}': give it inside that list",
            )
        raise NapError(ErrorCode.INTERVIEW_UNKNOWN_QUESTION, name=where + str(key))


def _reads_before(expr: Expr | bool | None, item: Item, by_name: dict[str, Item]) -> bool:
    if not isinstance(expr, Expr):
        return True
    return all(by_name[name].index <= item.index for name in expr.references)


def _order_free(expr: Expr | int | None) -> bool:
    return not isinstance(expr, Expr) or (not expr.uses_current and plain(expr))


def _plain(expr: Expr | bool | None) -> bool:
    return not isinstance(expr, Expr) or plain(expr)


def walks_forward(cf: CompiledForm) -> bool:
    """True when one walk in form order gives exactly what the incremental engine gives (see the module)."""
    if cf.forward is None:
        cf.forward = _walks_forward(cf)
    return cf.forward


def _walks_forward(cf: CompiledForm) -> bool:
    items, by_name = cf.items, cf.by_name
    if cf.consent is not None and cf.consent.chain:
        return False
    for item in items:
        if any(dep <= item.index for dep in item.dependents):
            return False
        if not all(_reads_before(e, item, by_name) for e in (item.constraint, item.choice_filter, item.read_only)):
            return False
        if not all(_plain(e) for e in (item.constraint, item.choice_filter, item.read_only, item.required)):
            return False
        if not all(_order_free(e) for e in (item.relevant, item.calculation, item.repeat_count)):
            return False
        if item.kind not in (CALCULATE, REPEAT) and item.row.default not in (None, ""):
            if item.choice_filter is not None:
                return False
            node: Item | None = item
            while node is not None:
                if node.relevant is not None:
                    return False
                node = items[node.parent] if node.parent is not None else None
    return True


def _steps(cf: CompiledForm, start: int, end: int) -> list[tuple[Any, ...]]:
    """What the walk needs of each item of one level (``start..end-1`` outside nested repeats)."""
    items = cf.items
    depth = len(items[start].chain) if start < end else 0
    out: list[tuple[Any, ...]] = []
    for item in items[start:end]:
        if len(item.chain) != depth:
            continue  # in a nested repeat: that repeat's own level
        calculation = memo(item.calculation, cf, "calculation") if item.kind == CALCULATE else None
        rest = item.kind == REPEAT or item.has_default  # a calculation is done by its memo (none: nothing to do)
        out.append((
            item.index, item, item.name, item.kind, item.answerable,
            -1 if item.parent is None else item.parent, item.parent_depth,
            "consent" in item.gates, "child" in item.gates, memo(item.relevant, cf, "relevant"), rest, calculation,
            item.read_only, memo(item.constraint, cf, "constraint"), item.choice_filter, item.base_type, item.choice_names,
            item.index in cf.gate_items, item.has_default,
        ))  # fmt: skip
    return out


class ForwardWalk:
    """One paper questionnaire walked through an interview in form order."""

    def __init__(self, interview: Interview) -> None:
        self.interview = interview
        self.items = interview.items
        self.state = interview.state
        self.consent = interview.cf.consent
        self.settled = -1  # top-level items up to this index were settled before the walk (consent first)
        #: Relevant questions met without an answer that passed its checks (none given, cleared,
        #: or only a default): the only ones complete() still has to check.
        self.pending: list[Key] = []

    def settle_until(self, index: int) -> None:
        """Settle the top-level items ``0..index`` (those before the consent question and itself)."""
        for i in range(self.settled + 1, index + 1):
            self.state.settle(i, ())
        self.settled = max(self.settled, index)

    def answer_consent(self, consent: Item, value: Any) -> None:
        """:meth:`Interview.answer` of the consent question, without the problems it returns: the
        consent stays pending, so complete() checks it (and in a walk nothing propagates)."""
        state = self.state
        item, path = self.interview.target(consent.name, ())
        if is_empty(value):
            state.put(item, path, "")
            return
        stored = coerce(item, value, state.allowed_names(item, path))
        if not isinstance(stored, str):
            raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=consent.name, reason="consent is one choice")
        state.put(item, path, stored)

    def walk(self, start: int, end: int, path: Path, answers: dict[str, Any], where: str) -> None:
        """Settle every item of ``start..end-1`` at ``path`` in form order, answering as it goes.

        This is back-entry's hot path (every item of every questionnaire), so the settling of
        :meth:`InterviewState.settle` and the checks of :meth:`Interview.answer` are written
        out here over steps compiled once per level; the property test keeps them equal.
        """
        cf = self.interview.cf
        steps = cf.walk_steps.get(start)
        if steps is None:
            steps = cf.walk_steps[start] = _steps(cf, start, end)
            cf.level_names[start] = frozenset(level_names(self.items, start, end))
        check_keys(self.items, start, end, answers, where, cf.level_names[start])
        settled = self.settled if not path else -1
        state, interview = self.state, self.interview
        relevant, values, depth = state.relevant, state.values, len(path)
        consent, pending = self.consent, self.pending
        declined = state.declined
        for (index, item, name, kind, answerable, parent, parent_depth, gate_consent, gate_child, rel, rest, calculation,
             read_only, constraint, choice_filter, base, choice_names, gate, has_default) in steps:  # fmt: skip
            key = (index, path)
            if index > settled:
                if parent >= 0 and (parent, path if parent_depth == depth else path[:parent_depth]) not in relevant:
                    pass
                elif (gate_consent and not state.consent_is_open) or (gate_child and state.child_is_closed):
                    pass
                elif rel is None or rel.truthy(state, item, path):
                    relevant.add(key)
                    if answerable:
                        state.total += 1
                    if calculation is not None:
                        calculated = calculation.calculated(state, item, path)
                        if calculated != "" and calculated != []:
                            state.put(item, path, calculated)  # as settle_rest does
                    elif rest:
                        state.settle_rest(item, path)
            if kind == REPEAT:
                self._repeat(item, path, answers.get(name), where)
                continue
            if kind == GROUP:
                continue
            value = answers.get(name, _ABSENT)
            if value is _ABSENT:
                if answerable and key in relevant:
                    pending.append(key)
                continue
            if kind != QUESTION:
                raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
            # Interview.answer's and Interview.decline's checks, in their order (see the module
            # docstring for why the rest is not needed)
            if not state.consent_is_open and consent is not None and item is not consent:
                raise NapError(ErrorCode.INTERVIEW_CONSENT_REQUIRED)
            if key not in relevant:
                raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=name)
            if read_only is not False and state.check(read_only, item, path):
                raise NapError(ErrorCode.INTERVIEW_READ_ONLY, name=name)
            cls = value.__class__
            if cls is str and value and value != DECLINED:  # text: a choice name, mostly
                allowed = state.allowed_names(item, path) if choice_filter is not None else choice_names
                choice = value.strip() if base == "select_one" else None
                # a choice name is stored stripped, as coerce stores it
                stored: Value = choice if choice is not None and choice in allowed else coerce(item, value, allowed)
            elif cls is int and base == "integer" and choice_filter is None:
                stored = value  # what coerce gives for a whole number
            else:
                if value == DECLINED or (isinstance(value, dict) and is_declined(value)):
                    if item is consent:
                        raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="consent is answered, not declined")
                    state.put(item, path, "", declined=True)  # as Interview.decline: nothing propagates in a walk
                    continue
                if value is None or value == "" or value == []:
                    state.put(item, path, "")
                    pending.append(key)  # a cleared answer still has its required check to come, in complete()
                    continue
                allowed = state.allowed_names(item, path) if choice_filter is not None else choice_names
                stored = coerce(item, value, allowed)
            if item is consent and not isinstance(stored, str):
                raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=name, reason="consent is one choice")
            # only a default can have been stored before the answer (each key is met once)
            if (has_default and (key in values or key in declined)) or stored == "" or stored == []:
                state.put(item, path, stored)
                if key not in values:
                    pending.append(key)  # coerce gave an empty list
                    continue
            else:  # InterviewState.put of a first answer, written out
                values[key] = stored
                if answerable:
                    state.answered += 1
                if gate:
                    state.gates_changed()
            if constraint is not None and not constraint.truthy(state, item, path, stored):
                message = interview.text(item.row.constraint_message) or "this answer is not allowed"
                raise NapError(ErrorCode.INTERVIEW_CONSTRAINT, name=name, message=message)

    def _repeat(self, repeat: Item, path: Path, value: Any, where: str) -> None:
        state = self.state
        key = (repeat.index, path)
        entries: list[dict[str, Any]] = []
        if value is not None:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise NapError(ErrorCode.INTERVIEW_BAD_VALUE, name=repeat.name, reason="expected a list of objects")
            if key not in state.relevant:
                if value:
                    raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=repeat.name)
                return
            entries = value
            if repeat.repeat_count is None:
                for _ in range(len(entries) - state.counts.get(key, 0)):
                    self.interview.add_instance(repeat.name, path)
            elif len(entries) > state.counts.get(key, 0):
                raise NapError(
                    ErrorCode.INTERVIEW_BAD_VALUE,
                    name=repeat.name,
                    reason=f"{len(entries)} entries but the form asks for {state.counts.get(key, 0)}",
                )
        for i in range(state.counts.get(key, 0)):
            entry = entries[i] if i < len(entries) else {}
            self.walk(repeat.index + 1, repeat.end, (*path, i), entry, f"{where}{repeat.name}[{i}].")


def fill_forward(cf: CompiledForm, context: StartContext, answers: dict[str, Any]) -> CompletedInterview:
    """:func:`~napsurvey.interview.fill.fill` for a form that :func:`walks_forward`.

    The whole walk has the time an interview's start has (every expression once, at most).
    """
    with budget.limit(START_SECONDS):
        return _fill_forward(cf, context, answers)


def _fill_forward(cf: CompiledForm, context: StartContext, answers: dict[str, Any]) -> CompletedInterview:
    interview = Interview.for_walk(cf, context)
    walk = ForwardWalk(interview)
    consent = cf.consent
    if consent is not None and consent.name in answers:
        walk.settle_until(consent.index)
        walk.answer_consent(consent, answers[consent.name])
        if not interview.state.consent_open():
            others = [k for k in answers if k != consent.name]
            if others:
                raise NapError(ErrorCode.INTERVIEW_NOT_RELEVANT, name=others[0])
            interview.status = "refused"
            return interview.complete()
        answers = {k: v for k, v in answers.items() if k != consent.name}
    walk.walk(0, len(cf.items), (), answers, "")
    return interview.complete(only=walk.pending)
