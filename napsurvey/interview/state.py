"""The answers of one interview and everything derived from them, kept up to date incrementally.

Keys are ``(item index, path)``; ``path`` holds the 0-based instance of each
enclosing repeat (``()`` outside repeats). After an answer changes, only its
dependents in the compiled graph are re-evaluated, in topological order, and
only their own dependents if they changed in turn (JavaRosa's triggerables).
"""

from __future__ import annotations

import datetime
import heapq
import math
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from napsurvey.errors import ErrorCode
from napsurvey.forms.expressions import Expr, Value, budget, to_boolean, to_number
from napsurvey.forms.expressions.budget import EvaluationLimit
from napsurvey.forms.expressions.values import NodeSet, normalise_number
from napsurvey.forms.model import MAX_INSTANCES, MAX_REPEAT_COUNT, Choice

from . import lookups
from .compiled import CALCULATE, REPEAT, CompiledForm, Item
from .model import Path

Key = tuple[int, Path]

#: Time one step of the interview (an answer and everything it changes) may take, in seconds.
STEP_SECONDS = 1.0
#: Time starting or restoring an interview (every expression once) may take, in seconds.
START_SECONDS = 10.0


def _common(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    k = 0
    for x, y in zip(a, b):
        if x != y:
            break
        k += 1
    return k


_ABSENT = object()
Journal = list[tuple["_Undoable", Key, object]]


class _Undoable:
    """A container that records its changes while a step is journaled, so the step can be undone."""

    journal: Journal | None

    def undo(self, key: Key, old: object) -> None:
        """Put ``key`` back as it was (``old`` is ``_ABSENT`` if it was not there)."""
        raise NotImplementedError


class _JournaledDict(_Undoable, dict[Key, Any]):
    __slots__ = ("journal",)

    def __init__(self) -> None:
        super().__init__()
        self.journal = None

    def __setitem__(self, key: Key, value: Any) -> None:
        if self.journal is not None:
            self.journal.append((self, key, dict.get(self, key, _ABSENT)))
        dict.__setitem__(self, key, value)

    def pop(self, key: Key, default: Any = None) -> Any:
        if self.journal is not None and key in self:
            self.journal.append((self, key, dict.__getitem__(self, key)))
        return dict.pop(self, key, default)

    def update(self, other: Any = (), **kw: Any) -> None:
        for key, value in dict(other, **kw).items():
            self[key] = value

    def undo(self, key: Key, old: object) -> None:
        if old is _ABSENT:
            dict.pop(self, key, None)
        else:
            dict.__setitem__(self, key, old)


class _JournaledSet(_Undoable, set[Key]):
    __slots__ = ("journal",)

    def __init__(self) -> None:
        super().__init__()
        self.journal = None

    def add(self, key: Key) -> None:
        if self.journal is not None and key not in self:
            self.journal.append((self, key, _ABSENT))
        set.add(self, key)

    def discard(self, key: object) -> None:
        if self.journal is not None and key in self:
            self.journal.append((self, key, True))  # type: ignore[arg-type]  # only Keys are ever in it
        set.discard(self, key)

    def undo(self, key: Key, old: object) -> None:
        if old is _ABSENT:
            set.discard(self, key)
        else:
            set.add(self, key)


class ItemEnv:
    """What an expression of ``item`` at ``path`` sees."""

    __slots__ = ("state", "item", "path", "_current")

    def __init__(self, state: InterviewState, item: Item, path: Path, current: Value | None = None) -> None:
        self.state = state
        self.item = item
        self.path = path
        self._current = current

    def value(self, name: str) -> Value:
        """``${name}`` as seen from here (a list when ``name`` is in a repeat we are not in)."""
        return self.state.lookup(name, self.item, self.path)

    @property
    def current(self) -> Value:
        """``.``: the value being checked, else the stored answer."""
        if self._current is not None:
            return self._current
        return self.state.values.get((self.item.index, self.path), "")

    @property
    def today(self) -> datetime.date:
        """The session's date."""
        return self.state.today

    # What expressions read beyond answers (see napsurvey.forms.expressions.lookups).
    def rows(self, list_name: str) -> Sequence[Mapping[str, Value]] | None:
        """The items of one of the form's lists."""
        return lookups.rows(self.state, list_name)

    def choice_label(self, question: str, choice: str) -> str:
        """The label of a choice of a select question, in the interview's language."""
        return lookups.choice_label(self.state, question, choice)

    def indexed(self, name: str, picks: list[tuple[str, int]]) -> Value:
        """indexed-repeat()."""
        return lookups.indexed(self.state, self.item, self.path, name, picks)

    def position(self, levels: int) -> Value:
        """position(..)."""
        return lookups.position(self.state, self.item, self.path, levels)

    def random(self, site: str) -> float:
        """random(), reproducible within this interview."""
        return lookups.random(self.state, self.item, self.path, site)


class ChoiceFilterEnv(ItemEnv):
    """A choice_filter's view: bare names are the choice's columns."""

    __slots__ = ("choice",)

    def __init__(self, state: InterviewState, item: Item, path: Path, choice: Choice) -> None:
        super().__init__(state, item, path)
        self.choice = choice

    def column(self, name: str) -> Value:
        """A column of the choice being filtered (``name`` is its name)."""
        if name == "name":
            return self.choice.name
        extra = self.choice.extra(name)
        if extra is None or isinstance(extra, (dict, list)):
            return ""
        if isinstance(extra, bool):
            return "true" if extra else "false"
        return extra if isinstance(extra, (str, int, float)) else str(extra)


def _frozen(value: Value) -> object:
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def stored_calculation(value: Value) -> Value:
    """A calculation result in the JSON-able form we store."""
    if isinstance(value, float):
        return "" if math.isnan(value) or math.isinf(value) else normalise_number(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, NodeSet):  # a lookup: its first value, as XPath stores a node-set
        return stored_calculation(value[0]) if value else ""
    return value


class InterviewState:
    """Answers, declines, repeat counts and effective relevance of one interview."""

    def __init__(self, compiled: CompiledForm, today: datetime.date, undoable: bool = True) -> None:
        self.cf = compiled
        self.items = compiled.items
        self.today = today
        # Journaled containers: a refused step (see step()) is undone from their journal. Without
        # ``undoable`` (a batch that is thrown away when refused: fill()), plain ones, which are faster.
        table, group = (_JournaledDict, _JournaledSet) if undoable else (dict, set)
        self.values: dict[Key, Value] = table()
        self.declined: set[Key] = group()
        self.relevant: set[Key] = group()
        self.counts: dict[Key, int] = table()
        self.defaulted: set[Key] = group()
        containers = (self.values, self.declined, self.relevant, self.counts, self.defaulted)
        self._undoable: tuple[_Undoable, ...] = tuple(c for c in containers if isinstance(c, _Undoable)) if undoable else ()
        self.answered = 0
        self.total = 0
        self._heap: list[tuple[int, int, Path]] = []
        self._queued: set[Key] = set()
        self._bulk = False
        #: Forward walk (back-entry of a form whose dependencies all point forward): nothing
        #: propagates; the walker evaluates each item once when it reaches it.
        self.forward = False
        self.language = compiled.form.settings.default_language  # of labels that expressions read
        self._seed: str | None = None  # of random(): drawn when first read (see seed)
        self.row_cache: dict[tuple[str, str], list[dict[str, Value]]] = {}
        self._consent_agree = compiled.form.consent.agree if compiled.form.consent else ""
        self._adult_age = compiled.form.child_protocol.adult_age if compiled.form.child_protocol else 0
        #: Items whose value opens or closes the WHO gates (consent, the child's age).
        self._gate_items = compiled.gate_items
        #: The WHO gates as they stand (read by every gated item's relevance; see gates_changed):
        #: with no answer yet, consent is open only on a form without the question, and no age closes anything.
        self.consent_is_open = compiled.consent is None or self._consent_agree == ""
        self.child_is_closed = False

    @property
    def seed(self) -> str:
        """The seed of random() in this interview (kept in the draft), drawn when first needed."""
        if self._seed is None:
            self._seed = secrets.token_hex(8)
        return self._seed

    @seed.setter
    def seed(self, value: str) -> None:
        self._seed = value

    # --- reading ---------------------------------------------------------------
    def instances(self, item: Item, prefix: Path) -> Iterator[Path]:
        """Every existing path of ``item`` that starts with ``prefix``."""
        depth = len(item.chain)
        if not depth:
            yield ()
            return
        if len(prefix) >= depth:
            yield prefix[:depth]
            return
        repeat = item.chain[len(prefix)]
        for i in range(self.counts.get((repeat, prefix), 0)):
            yield from self.instances(item, (*prefix, i))

    def lookup(self, name: str, where: Item, path: Path) -> Value:
        """Value of ``${name}`` seen from ``where`` at ``path``."""
        target = self.cf.by_name.get(name)
        if target is None:
            return ""
        if target.kind == REPEAT:  # count(${repeat}): one entry per instance
            k = _common(target.chain, where.chain)
            return [
                str(i + 1) for p in self._prefixes(target, path[:k]) for i in range(self.counts.get((target.index, p), 0))
            ]
        if not target.chain:  # outside any repeat: the one value, wherever it is seen from
            return self.values.get((target.index, ()), "")
        k = _common(target.chain, where.chain)
        prefix = path[:k]
        if len(target.chain) == k:
            return self.values.get((target.index, prefix), "")
        return [self.values.get((target.index, p), "") for p in self.instances(target, prefix)]

    def _prefixes(self, repeat: Item, prefix: Path) -> Iterator[Path]:
        """The paths at which ``repeat`` has instances, under ``prefix``."""
        depth = len(repeat.chain)
        if len(prefix) >= depth:
            yield prefix[:depth]
            return
        outer = self.items[repeat.chain[len(prefix)]]
        for i in range(self.counts.get((outer.index, prefix), 0)):
            yield from self._prefixes(repeat, (*prefix, i))

    def is_answered(self, key: Key) -> bool:
        """Has a value or was declined."""
        return key in self.values or key in self.declined

    def consent_open(self) -> bool:
        """True once the consent question holds the agree value (or the form has none)."""
        return self.consent_is_open

    def child_closed(self) -> bool:
        """True when the age question says the respondent is a child."""
        return self.child_is_closed

    def gates_changed(self) -> None:
        """Redo the two WHO gate flags (after the consent or the age answer changed)."""
        # Read by every gated item's relevance: kept as two flags, redone when either answer changes.
        consent = self.cf.consent
        self.consent_is_open = consent is None or self.values.get((consent.index, ()), "") == self._consent_agree
        age_item = self.cf.child_age
        raw = self.values.get((age_item.index, ()), "") if age_item is not None else ""
        if raw.__class__ is int:  # an integer question's answer, as stored
            self.child_is_closed = raw < self._adult_age
        else:
            age = to_number(raw) if raw != "" else math.nan
            self.child_is_closed = not math.isnan(age) and age < self._adult_age

    def allowed_choices(self, item: Item, path: Path) -> list[Choice]:
        """Choices of a select after its choice_filter."""
        if item.choice_filter is None:
            return list(item.choices)
        return list(self._filtered(item, item.choice_filter, path)[0])

    def allowed_names(self, item: Item, path: Path) -> frozenset[str]:
        """Names of :meth:`allowed_choices` (for membership checks)."""
        if item.choice_filter is None:
            return item.choice_names
        return self._filtered(item, item.choice_filter, path)[1]

    def _filtered(self, item: Item, expr: Expr, path: Path) -> tuple[tuple[Choice, ...], frozenset[str]]:
        # A filter that reads neither '.' nor anything but its references is a function of
        # their values: keep its result per values seen (a district list filtered by region
        # is then evaluated once per region, not once per choice and answer).
        key: tuple[object, ...] | None = None
        if not expr.uses_current and item.plain_filter:
            key = tuple(_frozen(self.lookup(name, item, path)) for name in sorted(expr.references))
            if expr.uses_today:
                key += (self.today,)
            hit = item.filter_cache.get(key)
            if hit is not None:
                return hit
        with budget.limit(STEP_SECONDS):
            kept = tuple(c for c in item.choices if self.truthy(expr, ChoiceFilterEnv(self, item, path, c), "choice_filter"))
        result = (kept, frozenset(c.name for c in kept))
        if key is not None:
            if len(item.filter_cache) >= 256:
                item.filter_cache.clear()
            item.filter_cache[key] = result
        return result

    def check(self, expr: Expr | bool, item: Item, path: Path, current: Value | None = None, column: str = "required") -> bool:
        """A flag column (required, read_only) or a boolean expression, evaluated here."""
        if isinstance(expr, bool):
            return expr
        return self.truthy(expr, ItemEnv(self, item, path, current), column)

    # --- evaluating, within the limits ---------------------------------------------
    def evaluate(self, expr: Expr, env: ItemEnv, column: str) -> Value:
        """``expr`` in ``env``; a limit it hits is raised naming the question and column."""
        try:
            return expr.evaluate(env)
        except EvaluationLimit as exc:
            raise exc.at(f"question '{env.item.name}' {column}") from None

    def truthy(self, expr: Expr, env: ItemEnv, column: str) -> bool:
        """XPath ``boolean()`` of :meth:`evaluate`."""
        try:
            return to_boolean(expr.evaluate(env))
        except EvaluationLimit as exc:
            raise exc.at(f"question '{env.item.name}' {column}") from None

    def step(self, action: Callable[[], None], seconds: float = STEP_SECONDS) -> None:
        """Run ``action`` (which changes answers and propagates) whole or not at all.

        If an evaluation inside hits a limit (time, text size, repeat size), the
        state goes back to what it was (unless the state is not ``undoable``) and
        the limit is raised as a coded NapError.
        """
        containers = self._undoable
        if not containers or containers[0].journal is not None:  # not undoable, or inside another step
            with budget.limit(seconds):
                action()
            return
        journal: Journal = []
        counters = (self.answered, self.total)
        for container in containers:
            container.journal = journal
        try:
            with budget.limit(seconds):
                action()
        except EvaluationLimit:
            for container, key, old in reversed(journal):
                container.undo(key, old)
            self.answered, self.total = counters
            self._heap.clear()
            self._queued.clear()
            self._bulk = False
            raise
        finally:
            for container in containers:
                container.journal = None

    # --- writing ---------------------------------------------------------------
    def _count_change(self, item: Item, key: Key, before: bool) -> None:
        if item.answerable and key in self.relevant:
            self.answered += int(self.is_answered(key)) - int(before)

    def put(self, item: Item, path: Path, value: Value, declined: bool = False) -> bool:
        """Store (or clear, for ""/[]) a value or a decline; True if anything changed."""
        key = (item.index, path)
        before = self.is_answered(key)
        old = self.values.get(key, "")
        was_declined = key in self.declined
        if declined:
            self.values.pop(key, None)
            self.declined.add(key)
        else:
            self.declined.discard(key)
            if value == "" or value == []:
                self.values.pop(key, None)
            else:
                self.values[key] = value
        self._count_change(item, key, before)
        if item.index in self._gate_items:
            self.gates_changed()
        return old != self.values.get(key, "") or was_declined != (key in self.declined)

    def set_answer(self, item: Item, path: Path, value: Value, declined: bool = False) -> None:
        """Record an answer and re-evaluate what depends on it (whole or not at all, see :meth:`step`)."""
        if self.forward:
            self.put(item, path, value, declined)  # nothing propagates and nothing is evaluated: no step to undo
            return

        def action() -> None:
            if self.put(item, path, value, declined):
                self.propagate([(item.index, path)])

        self.step(action)

    # --- derived state ---------------------------------------------------------
    def _own_relevance(self, item: Item, path: Path) -> bool:
        if item.parent is not None:
            parent = self.items[item.parent]
            if (parent.index, path[: len(parent.chain)]) not in self.relevant:
                return False
        for gate in item.gates:
            if gate == "consent" and not self.consent_open():
                return False
            if gate == "child" and self.child_closed():
                return False
        return item.relevant is None or self.truthy(item.relevant, ItemEnv(self, item, path), "relevant")

    def _wanted_count(self, item: Item, path: Path) -> int:
        spec = item.repeat_count
        if spec is None:
            return self.counts.get((item.index, path), 0)
        if isinstance(spec, int):
            return spec
        number = to_number(self.evaluate(spec, ItemEnv(self, item, path), "repeat_count"))
        if math.isnan(number) or number < 0:
            return 0
        return int(min(number, 10.0 * MAX_INSTANCES))  # resize() refuses anything over the caps

    def refresh(self, index: int, path: Path) -> bool:
        """Recompute relevance, calculation, repeat count and default of one item; True if it changed."""
        item = self.items[index]
        key = (index, path)
        was = key in self.relevant
        now = self._own_relevance(item, path)
        changed = was != now
        if changed:
            before = self.is_answered(key)
            if now:
                self.relevant.add(key)
            else:
                self.relevant.discard(key)
            if item.answerable:
                self.total += 1 if now else -1
                self.answered += (1 if now else -1) * int(before)
        if item.kind == REPEAT:
            wanted = self._wanted_count(item, path) if now else 0
            if wanted != self.counts.get(key, 0):
                # resize queues the new instances and what reads the repeat as a list; the
                # repeat's own dependents (its items everywhere) only when its relevance changed
                self.resize(item, path, wanted)
        elif item.kind == CALCULATE and item.calculation is not None:
            value = stored_calculation(self.evaluate(item.calculation, ItemEnv(self, item, path), "calculation")) if now else ""
            changed = self.put(item, path, value) or changed
        elif not now:
            if self.is_answered(key):
                self.put(item, path, "")
                changed = True
        elif not was and key not in self.defaulted and item.row.default not in (None, ""):
            self.defaulted.add(key)
            if not self.is_answered(key):
                changed = self._apply_default(item, path) or changed
        return changed

    def settle(self, index: int, path: Path) -> None:
        """:meth:`refresh` of a key met for the first time by the forward walk (nothing answered yet).

        The same outcome as refresh for a fresh key, without its bookkeeping of what changed
        (this is back-entry's hot path: every item of every questionnaire passes here once).
        """
        item = self.items[index]
        parent = item.parent
        if parent is not None and (parent, path[: item.parent_depth]) not in self.relevant:
            return
        gates = item.gates
        if gates and (("consent" in gates and not self.consent_is_open) or ("child" in gates and self.child_is_closed)):
            return
        if item.relevant is not None and not self.truthy(item.relevant, ItemEnv(self, item, path), "relevant"):
            return
        self.relevant.add((index, path))
        if item.answerable:
            self.total += 1
            if not item.has_default:
                return
        self.settle_rest(item, path)

    def settle_rest(self, item: Item, path: Path) -> None:
        """The rest of :meth:`settle` once the key is relevant: repeat count, calculation, default."""
        index = item.index
        kind = item.kind
        if kind == REPEAT:
            self.resize(item, path, self._wanted_count(item, path))  # refused past the caps, as always
        elif kind == CALCULATE:
            if item.calculation is not None:
                value = stored_calculation(self.evaluate(item.calculation, ItemEnv(self, item, path), "calculation"))
                if value != "" and value != []:
                    self.put(item, path, value)
        elif item.has_default:
            self.defaulted.add((index, path))
            self._apply_default(item, path)

    def _apply_default(self, item: Item, path: Path) -> bool:
        from .coercion import coerce  # noqa: PLC0415 - coercion imports compiled only; keeps import order simple

        try:
            value = coerce(item, item.row.default, self.allowed_names(item, path))
        except Exception:  # noqa: BLE001 - a default that does not fit is simply not applied
            return False
        return self.put(item, path, value)

    def resize(self, repeat: Item, path: Path, count: int) -> None:
        """Add or remove instances at the end of a repeat (refused past the caps: a typo or a
        hostile answer must not create a million instances).

        Outside a full pass the new instances' items are queued, and so is what reads the
        repeat's items as a list (a total, a count): propagation then evaluates each of
        them once, in dependency order. Instances that stay are not touched.
        """
        key = (repeat.index, path)
        old = self.counts.get(key, 0)
        if count == old:
            return
        if count > old:
            total = sum(self.counts.values()) + count - old
            if count > MAX_REPEAT_COUNT:
                what, shown, limit = f"repeat '{repeat.name}'", count, MAX_REPEAT_COUNT
            elif total > MAX_INSTANCES:
                what, shown, limit = "the repeats of this interview together", total, MAX_INSTANCES
            else:
                what = ""
            if what:
                raise EvaluationLimit(ErrorCode.INTERVIEW_REPEAT_COUNT, what=what, count=f"{shown:,}", limit=f"{limit:,}")
        if count > old:
            self.counts[key] = count
            if self._bulk or self.forward:
                return  # the full pass (or the forward walk) visits the new instances itself
            for i in range(old, count):
                instance = (*path, i)
                for index in repeat.members:
                    self._queue(index, instance)
        else:
            # every key of the removed instances first: dropping a nested repeat forgets its count
            doomed = [
                (index, p)
                for i in range(count, old)
                for index in range(repeat.index + 1, repeat.end)
                for p in self.instances(self.items[index], (*path, i))
            ]
            for index, p in doomed:
                self._drop(self.items[index], p)
            if count:
                self.counts[key] = count
            else:
                self.counts.pop(key, None)
            if self._bulk:
                return
        for dep_index in repeat.list_readers:
            dep = self.items[dep_index]
            for p in self.instances(dep, path[: _common(dep.chain, repeat.chain)]):
                self._queue(dep_index, p)

    def _drop(self, item: Item, path: Path) -> None:
        key = (item.index, path)
        self.put(item, path, "")
        if key in self.relevant:
            self.relevant.discard(key)
            if item.answerable:
                self.total -= 1
        self.declined.discard(key)
        self.defaulted.discard(key)
        self.counts.pop(key, None)

    def remove_instance(self, repeat: Item, path: Path, index: int) -> None:
        """Delete one instance of an open repeat; later instances move up by one."""
        count = self.counts.get((repeat.index, path), 0)
        inner = sorted(range(repeat.index + 1, repeat.end), key=lambda i: self.items[i].rank)
        depth = len(path)
        values: dict[Key, Value] = {}
        counts: dict[Key, int] = {}
        declined: set[Key] = set()
        defaulted: set[Key] = set()
        for i in range(index + 1, count):
            for idx in inner:
                for p in self.instances(self.items[idx], (*path, i)):
                    src = (idx, p)
                    dst = (idx, (*p[:depth], i - 1, *p[depth + 1 :]))
                    if src in self.values:
                        values[dst] = self.values[src]
                    if src in self.counts:
                        counts[dst] = self.counts[src]
                    if src in self.declined:
                        declined.add(dst)
                    if src in self.defaulted:
                        defaulted.add(dst)
        doomed = [(idx, p) for i in range(index, count) for idx in inner for p in self.instances(self.items[idx], (*path, i))]
        for idx, p in doomed:
            self._drop(self.items[idx], p)
        if count > 1:
            self.counts[(repeat.index, path)] = count - 1
        else:
            self.counts.pop((repeat.index, path), None)
        self.counts.update(counts)
        self._bulk = True
        try:
            for i in range(index, count - 1):
                for idx in inner:
                    item = self.items[idx]
                    for p in list(self.instances(item, (*path, i))):
                        key = (idx, p)
                        if key in values:
                            self.put(item, p, values[key])
                        elif key in declined:
                            self.put(item, p, "", declined=True)
                        if key in defaulted:
                            self.defaulted.add(key)
                        self.refresh(idx, p)
        finally:
            self._bulk = False
        for idx in inner:
            self.mark(idx, path)
        self.propagate([(repeat.index, path)])  # count(${repeat}) and the like

    # --- propagation -----------------------------------------------------------
    def _queue(self, index: int, path: Path) -> None:
        key = (index, path)
        if key not in self._queued:
            self._queued.add(key)
            heapq.heappush(self._heap, (self.items[index].rank, index, path))

    def mark(self, index: int, path: Path) -> None:
        """Queue every instance of every dependent of ``(index, path)``."""
        source = self.items[index]
        for dep_index in source.dependents:
            dep = self.items[dep_index]
            if not dep.chain:  # outside repeats: exactly one instance
                self._queue(dep_index, ())
                continue
            for p in self.instances(dep, path[: _common(dep.chain, source.chain)]):
                self._queue(dep_index, p)

    def exists(self, item: Item, path: Path) -> bool:
        """True while every repeat instance on ``path`` exists (a key queued before its instance was removed does not)."""
        counts = self.counts
        for level, repeat in enumerate(item.chain):
            if path[level] >= counts.get((repeat, path[:level]), 0):
                return False
        return True

    def propagate(self, changed: list[Key]) -> None:
        """Re-evaluate what depends on the changed keys, each once, in topological order.

        The queue is ordered by rank, and an item only queues items of higher rank, so a
        key is never queued again after it was evaluated.
        """
        if self.forward:
            return  # the forward walk evaluates each item once, in form order
        for index, path in changed:
            self.mark(index, path)
        heap = self._heap
        items = self.items
        while heap:
            _, index, path = heapq.heappop(heap)
            self._queued.discard((index, path))
            if path and not self.exists(items[index], path):
                continue  # its instance was removed after it was queued
            if self.refresh(index, path):
                self.mark(index, path)

    def recompute_all(self) -> None:
        """Evaluate every item once, in topological order (start and restore)."""

        def action() -> None:
            for index in self.cf.order:
                for path in list(self.instances(self.items[index], ())):
                    self.refresh(index, path)

        # No undo here: an interview that cannot start or be restored is refused whole.
        self._bulk = True
        try:
            with budget.limit(START_SECONDS):
                action()
        finally:
            self._bulk = False
