"""Limits on evaluating expressions: time, text size, and an interrupt from another thread.

A form is data, but its expressions run on the monitor's laptop while a
respondent waits, and a pattern or a repeat count can come from an answer. So
every evaluation is bounded:

* **time**: each :meth:`Expr.evaluate <napsurvey.forms.expressions.expr.Expr.evaluate>`
  has :data:`EVALUATION_SECONDS`; inside a :func:`limit` block (the engine puts
  one around each step: an answer and everything it changes) it also ends at
  the block's deadline, whichever comes first. The evaluator reads the clock
  at every function call and operator chain and raises :class:`EvaluationLimit`
  with ``EXPR_TIME_BUDGET`` when the deadline has passed;
* **text**: no value built by an expression may be longer than
  :data:`MAX_STRING` characters (``EXPR_STRING_TOO_LONG``), so a doubling chain
  of ``concat`` cannot exhaust memory;
* **interrupt**: :func:`interrupt` (thread-safe) makes the evaluations running
  in one thread, or in all, stop at their next check with ``EXPR_INTERRUPTED``:
  what the desktop app calls when quick-hide is pressed while a worker thread
  is busy in the engine.

Regular expressions run on RE2 (linear time) and are not interrupted midway;
their input is a bounded text, so one search is bounded too.

An :class:`EvaluationLimit` is a :class:`~napsurvey.errors.NapError`: the
engine undoes the step that hit it and refuses it with that code.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from napsurvey.errors import ErrorCode, NapError

#: Time one evaluation of one expression may take (seconds).
EVALUATION_SECONDS = 0.25
#: Longest text an expression may build (characters; an answer holds at most 10,000).
MAX_STRING = 100_000

#: The clock deadlines are measured on (replaceable in tests).
clock: Callable[[], float] = time.monotonic


class EvaluationLimit(NapError):
    """An evaluation hit a limit; ``where`` says which question and column when the engine knows."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        params.setdefault("where", "")
        super().__init__(code, **params)

    def at(self, where: str) -> EvaluationLimit:
        """The same refusal, placed: ``question 'x' calculation: ...``."""
        if self.params.get("where"):
            return self
        return EvaluationLimit(self.code, **{**self.params, "where": f"{where}: "})


class _ThreadState:
    """Deadlines of the evaluations running in one thread.

    A plain object (not a ``threading.local``) held by one: :func:`interrupt`
    sets ``interrupted`` from another thread, and must reach this one.
    """

    __slots__ = ("deadline", "step", "step_seconds", "depth", "interrupted")

    def __init__(self) -> None:
        self.deadline = math.inf  # of the evaluation running now
        self.step = math.inf  # of the innermost limit() block
        self.step_seconds = 0.0
        self.depth = 0  # evaluations and limit() blocks entered
        self.interrupted = False


class _Local(threading.local):
    def __init__(self) -> None:
        self.state = _ThreadState()


_local = _Local()
_running: dict[int, _ThreadState] = {}  # thread ident -> its state, while it evaluates
_lock = threading.Lock()


def _enter(state: _ThreadState) -> None:
    if state.depth == 0:
        with _lock:
            _running[threading.get_ident()] = state
    state.depth += 1


def _leave(state: _ThreadState) -> None:
    state.depth -= 1
    if state.depth == 0:
        with _lock:
            _running.pop(threading.get_ident(), None)
        state.interrupted = False  # an interrupt is for the work running when it came


def check() -> None:
    """Raise :class:`EvaluationLimit` if the running evaluation is out of time or interrupted."""
    state = _local.state
    if state.interrupted:
        raise EvaluationLimit(ErrorCode.EXPR_INTERRUPTED)
    if clock() > state.deadline:
        seconds = state.step_seconds if state.deadline >= state.step else EVALUATION_SECONDS
        raise EvaluationLimit(ErrorCode.EXPR_TIME_BUDGET, seconds=_seconds(seconds))


def _seconds(value: float) -> str:
    return f"{value:g}"


def check_length(length: int) -> None:
    """Raise ``EXPR_STRING_TOO_LONG`` when a text of ``length`` characters would be built."""
    if length > MAX_STRING:
        raise EvaluationLimit(ErrorCode.EXPR_STRING_TOO_LONG, limit=f"{MAX_STRING:,}")


class evaluation:  # noqa: N801 - used like a function: ``with evaluation():``
    """The deadline of one expression evaluation (entered by ``Expr.evaluate``)."""

    __slots__ = ("_saved",)

    def __enter__(self) -> None:
        state = _local.state
        _enter(state)
        self._saved = state.deadline
        state.deadline = min(state.step, clock() + EVALUATION_SECONDS)

    def __exit__(self, *exc: object) -> None:
        state = _local.state
        state.deadline = self._saved
        _leave(state)


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Every evaluation inside the block ends by ``seconds`` from now (nested blocks keep the earliest)."""
    state = _local.state
    _enter(state)
    saved = (state.step, state.step_seconds)
    deadline = clock() + seconds
    if deadline < state.step:
        state.step, state.step_seconds = deadline, seconds
    try:
        yield
    finally:
        state.step, state.step_seconds = saved
        _leave(state)


def interrupt(thread_ident: int | None = None) -> bool:
    """Stop the evaluations running in thread ``thread_ident`` (all threads when None).

    Safe to call from any thread. Only work running now is affected: a thread
    that is not evaluating is left alone. Returns True if something was interrupted.
    """
    with _lock:
        targets = list(_running.values()) if thread_ident is None else [s for i, s in _running.items() if i == thread_ident]
        for state in targets:
            state.interrupted = True
    return bool(targets)
