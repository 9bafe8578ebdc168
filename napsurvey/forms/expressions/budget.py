"""Limits on evaluating expressions: time, text size, and an interrupt from another thread.

A form is data, but its expressions run on the monitor's laptop while a
respondent waits, and a pattern or a repeat count can come from an answer. So
every evaluation is bounded:

* **time**: each :meth:`Expr.evaluate <napsurvey.forms.expressions.expr.Expr.evaluate>`
  has :data:`EVALUATION_SECONDS`; inside a :func:`limit` block (the engine puts
  one around each step: an answer and everything it changes) it also ends at
  the block's deadline, whichever comes first. The evaluator reads the clock
  when an evaluation starts and ends, at every call of a function whose time grows with
  its data (texts, lists, lookups: once per row) and raises
  :class:`EvaluationLimit` with ``EXPR_TIME_BUDGET`` when the deadline has
  passed (arithmetic and the quick functions are bounded by the expression's
  length, itself bounded);
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

import gc
import math
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from napsurvey.errors import ErrorCode, NapError

#: Time one evaluation of one expression may take (seconds).
EVALUATION_SECONDS = 0.25
#: Longest text an expression may build (characters; an answer holds at most 10,000).
MAX_STRING = 100_000

#: Seconds the cyclic garbage collector has run in this process, and when the running collection began.
_collector = [0.0, 0.0]


def _on_collection(phase: str, _info: dict[str, int]) -> None:
    if phase == "start":
        _collector[1] = time.monotonic()
    else:
        _collector[0] += time.monotonic() - _collector[1]


gc.callbacks.append(_on_collection)


def running_time() -> float:
    """``time.monotonic()`` less the time the garbage collector ran.

    A collection walks every object of the process and stops every thread
    meanwhile; with a 50,000-question form one took a second, and the answer
    it fell in was refused as the form's fault. What the limits bound is the
    work of the expressions, so the collector's pauses are left out.
    """
    return time.monotonic() - _collector[0]


#: The clock deadlines are measured on (replaceable in tests).
clock: Callable[[], float] = running_time


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

    __slots__ = ("deadline", "step", "step_seconds", "depth", "interrupted", "__weakref__")

    def __init__(self) -> None:
        self.deadline = math.inf  # of the evaluation running now
        self.step = math.inf  # of the innermost limit() block
        self.step_seconds = 0.0
        self.depth = 0  # evaluations and limit() blocks entered
        self.interrupted = False

    def leave(self) -> None:
        """One evaluation or block less; an interrupt is spent when the work it stopped is over."""
        self.depth -= 1
        if not self.depth:
            self.interrupted = False


#: The state of every thread that ever evaluated (until the thread ends), for interrupt().
_states: weakref.WeakValueDictionary[int, _ThreadState] = weakref.WeakValueDictionary()
_lock = threading.Lock()


class _Local(threading.local):
    def __init__(self) -> None:
        self.state = _ThreadState()
        with _lock:
            _states[threading.get_ident()] = self.state


_local = _Local()


def current() -> _ThreadState:
    """This thread's deadlines (the evaluator reads them directly: it runs often)."""
    return _local.state


def check() -> None:
    """Raise :class:`EvaluationLimit` if the running evaluation is out of time or interrupted."""
    state = _local.state
    if state.interrupted:
        raise EvaluationLimit(ErrorCode.EXPR_INTERRUPTED)
    if clock() > state.deadline:
        seconds = state.step_seconds if state.deadline >= state.step else EVALUATION_SECONDS
        raise EvaluationLimit(ErrorCode.EXPR_TIME_BUDGET, seconds=_seconds(seconds))


def check_step(state: _ThreadState, now: float) -> None:
    """Raise when the thread is interrupted or its :func:`limit` block is past its deadline."""
    if state.interrupted:
        raise EvaluationLimit(ErrorCode.EXPR_INTERRUPTED)
    if now > state.step:
        raise EvaluationLimit(ErrorCode.EXPR_TIME_BUDGET, seconds=_seconds(state.step_seconds))


def _seconds(value: float) -> str:
    return f"{value:g}"


def check_length(length: int) -> None:
    """Raise ``EXPR_STRING_TOO_LONG`` when a text of ``length`` characters would be built."""
    if length > MAX_STRING:
        raise EvaluationLimit(ErrorCode.EXPR_STRING_TOO_LONG, limit=f"{MAX_STRING:,}")


class limit:  # noqa: N801 - used like a function: ``with limit(1.0):``
    """Every evaluation inside the block ends by ``seconds`` from now (nested blocks keep the earliest)."""

    __slots__ = ("seconds", "_saved")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        state = _local.state
        state.depth += 1
        self._saved = (state.step, state.step_seconds)
        deadline = clock() + self.seconds
        if deadline < state.step:
            state.step, state.step_seconds = deadline, self.seconds

    def __exit__(self, *exc: object) -> None:
        state = _local.state
        state.step, state.step_seconds = self._saved
        state.leave()


def interrupt(thread_ident: int | None = None) -> bool:
    """Stop the evaluations running in thread ``thread_ident`` (all threads when None).

    Safe to call from any thread. Only work running now is affected: a thread
    that is not evaluating is left alone. Returns True if something was interrupted.
    """
    with _lock:
        states = list(_states.items())
    targets = [state for ident, state in states if state.depth and (thread_ident is None or ident == thread_ident)]
    for state in targets:
        state.interrupted = True
    return bool(targets)
