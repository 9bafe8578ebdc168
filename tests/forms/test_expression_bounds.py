"""Bounded expressions: no form expression can hang the engine or exhaust memory.

Each attack is run as a form author (or an answer) would trigger it. The ones
that hung or exhausted memory before run in a child process with a time and
memory limit, so a regression fails the test instead of the test run.
"""

from __future__ import annotations

import datetime
import gc
import subprocess
import sys
import textwrap
import threading
import time
from typing import Any

import pytest
from lintkit import form, problems, q

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.expressions import budget, parse
from napsurvey.forms.model import Form
from napsurvey.interview import Interview, StartContext, fill

TODAY = datetime.date(2026, 3, 15)


class Env:
    def __init__(self, values: dict[str, Any] | None = None, current: Any = "") -> None:
        self.values = values or {}
        self._current = current

    def value(self, name: str) -> Any:
        return self.values.get(name, "")

    @property
    def current(self) -> Any:
        return self._current

    @property
    def today(self) -> datetime.date:
        return TODAY


def isolated(code: str, *, timeout: float = 60, memory_mb: int = 1500) -> str:
    """Run ``code`` in a fresh interpreter with a wall-clock and an address-space limit; its stdout."""
    prelude = textwrap.dedent(
        f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} * 2**20, {memory_mb} * 2**20))
        """
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", prelude + textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {timeout} s")
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def start(data: dict[str, Any]) -> Interview:
    return Interview.start(Form.model_validate(data), StartContext(today=TODAY))


# --- regular expressions: a linear-time engine -------------------------------------------


def test_backtracking_regex_from_the_form_returns_promptly() -> None:
    out = isolated(
        """
        import datetime
        from napsurvey.forms.expressions import parse
        class Env:
            value = staticmethod(lambda name: "")
            current = "a" * 30 + "!"
            today = datetime.date(2026, 1, 1)
        print(parse("regex(., '^(a+)+$')").evaluate(Env()))
        """,
        timeout=60,
    )
    assert out == "False"


def test_backtracking_regex_taken_from_an_answer_returns_promptly() -> None:
    # The pattern needs no malicious author: it can come from another answer.
    out = isolated(
        """
        import datetime
        from napsurvey.forms.expressions import parse
        class Env:
            value = staticmethod(lambda name: "^(a+)+$" if name == "p" else "a" * 30 + "!")
            current = ""
            today = datetime.date(2026, 1, 1)
        print(parse("regex(${t}, ${p})").evaluate(Env()))
        """,
        timeout=60,
    )
    assert out == "False"


def test_regex_features_a_linear_engine_cannot_run_are_refused_at_lint() -> None:
    data = form(q("text", "t", constraint=r"regex(., '^(a)\1$')"))
    assert problems(data) == [(ErrorCode.FORM_BAD_EXPRESSION, "t")]


def test_regex_semantics_are_kept() -> None:
    assert parse("regex(., '^[0-9]{3}$')").evaluate(Env(current="123")) is True
    assert parse("regex(., '^[0-9]{3}$')").evaluate(Env(current="1234")) is False
    assert parse("regex(., 'é+')").evaluate(Env(current="café")) is True
    # a pattern from an answer that is not a valid expression is simply no match
    assert parse("regex(., ${p})").evaluate(Env({"p": "("}, current="(")) is False


# --- repeat_count: capped, refused with a code ----------------------------------------------


def _repeat_form(count: Any) -> dict[str, Any]:
    return form(
        q("integer", "n", "How many?"),
        q("begin_repeat", "member", "Member", repeat_count=count),
        q("text", "first", "First name"),
        {"type": "end_repeat"},
    )


def test_huge_literal_repeat_count_is_refused_at_lint() -> None:
    assert problems(_repeat_form(100_000_000)) == [(ErrorCode.FORM_REPEAT_COUNT, "member")]
    assert problems(_repeat_form(1000)) == []


def test_huge_literal_repeat_count_is_refused_when_the_engine_starts() -> None:
    # A form that skipped the linter (or was edited after it) must not hang the engine.
    out = isolated(
        """
        import datetime
        from napsurvey.errors import NapError
        from napsurvey.forms.model import Form
        from napsurvey.interview import Interview, StartContext, fill
        data = {
            "settings": {"form_id": "t", "form_title": "T", "version": "1"},
            "survey": [
                {"type": "begin_repeat", "name": "member", "label": "M", "repeat_count": 100000000},
                {"type": "text", "name": "first", "label": "F"},
                {"type": "end_repeat"},
            ],
        }
        try:
            Interview.start(Form.model_validate(data), StartContext(today=datetime.date(2026, 1, 1)))
            print("started")
        except NapError as exc:
            print(exc.code.name)
        """,
        timeout=60,
    )
    assert out == "FORM_REPEAT_COUNT"


def test_repeat_count_from_an_answer_over_the_cap_refuses_the_answer() -> None:
    iv = start(_repeat_form("${n}"))
    iv.answer("n", 3)
    with pytest.raises(NapError) as exc:
        iv.answer("n", 100_000_000)
    assert exc.value.code is ErrorCode.INTERVIEW_REPEAT_COUNT
    assert iv.value("n") == 3  # the refused answer was not kept
    assert iv.state.counts[(iv.cf.by_name["member"].index, ())] == 3


def test_nested_repeats_are_capped_in_total() -> None:
    data = form(
        q("integer", "n", "How many?"),
        q("begin_repeat", "outer", "Outer", repeat_count="${n}"),
        q("begin_repeat", "inner", "Inner", repeat_count="${n}"),
        q("text", "t", "T"),
        {"type": "end_repeat"},
        {"type": "end_repeat"},
    )
    iv = start(data)
    iv.answer("n", 10)
    with pytest.raises(NapError) as exc:
        iv.answer("n", 1000)  # 1,000 x 1,000 instances
    assert exc.value.code is ErrorCode.INTERVIEW_REPEAT_COUNT
    assert iv.value("n") == 10


def test_open_repeat_cannot_grow_past_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from napsurvey.interview import state

    monkeypatch.setattr(state, "MAX_REPEAT_COUNT", 3)
    data = form(q("begin_repeat", "visit", "Visit"), q("text", "t", "T"), {"type": "end_repeat"})
    iv = start(data)
    for _ in range(3):
        iv.add_instance("visit")
    with pytest.raises(NapError) as exc:
        iv.add_instance("visit")
    assert exc.value.code is ErrorCode.INTERVIEW_REPEAT_COUNT


# --- strings: capped, refused with a code ------------------------------------------------------


def test_concat_doubling_chain_is_refused_instead_of_exhausting_memory() -> None:
    out = isolated(
        """
        import datetime
        from napsurvey.errors import NapError
        from napsurvey.forms.model import Form
        from napsurvey.interview import Interview, StartContext, fill
        survey = [{"type": "text", "name": "t", "label": "T"}, {"type": "calculate", "name": "c0", "calculation": "${t}"}]
        for i in range(1, 41):
            survey.append({"type": "calculate", "name": f"c{i}", "calculation": f"concat(${{c{i-1}}}, ${{c{i-1}}})"})
        data = {"settings": {"form_id": "t", "form_title": "T", "version": "1"}, "survey": survey}
        iv = Interview.start(Form.model_validate(data), StartContext(today=datetime.date(2026, 1, 1)))
        try:
            iv.answer("t", "ab")
            print("answered")
        except NapError as exc:
            print(exc.code.name, repr(iv.value("t")))
        except MemoryError:
            print("MemoryError")
        """,
        timeout=120,
        memory_mb=1500,
    )
    assert out == "EXPR_STRING_TOO_LONG ''"


@pytest.mark.parametrize(
    "source",
    ["concat(${a}, ${a})", "join(' ', ${a}, ${a})", "concat(${r})", "join('', ${r})"],
)
def test_string_results_over_the_cap_are_coded(source: str) -> None:
    big = "x" * (budget.MAX_STRING // 2 + 1)
    with pytest.raises(NapError) as exc:
        parse(source).evaluate(Env({"a": big, "r": [big, big]}))
    assert exc.value.code is ErrorCode.EXPR_STRING_TOO_LONG


def test_strings_under_the_cap_are_fine() -> None:
    half = "x" * (budget.MAX_STRING // 2)
    assert len(parse("concat(${a}, ${a})").evaluate(Env({"a": half}))) == budget.MAX_STRING


# --- a time budget per evaluation --------------------------------------------------------------


class SlowClock:
    """A clock that advances one second on every reading: every evaluation overruns any budget."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def test_an_evaluation_over_its_time_budget_is_refused_with_a_code(monkeypatch: pytest.MonkeyPatch) -> None:
    expr = parse("if(${a} > 1, concat('x', ${a}), string-length(${a}))")
    assert expr.evaluate(Env({"a": 3})) == "x3"
    monkeypatch.setattr(budget, "clock", SlowClock())
    with pytest.raises(NapError) as exc:
        expr.evaluate(Env({"a": 3}))
    assert exc.value.code is ErrorCode.EXPR_TIME_BUDGET


def test_an_answer_whose_consequences_overrun_the_budget_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = form(
        q("integer", "a", "A"),
        q("calculate", "double", None, calculation="${a} * 2"),
        q("text", "b", "B", relevant="${double} > 4"),
    )
    iv = start(data)
    iv.answer("a", 1)
    monkeypatch.setattr(budget, "clock", SlowClock())
    with pytest.raises(NapError) as exc:
        iv.answer("a", 5)
    assert exc.value.code is ErrorCode.EXPR_TIME_BUDGET
    assert "double" in exc.value.message
    monkeypatch.undo()
    assert iv.value("a") == 1  # refused: the interview is as it was
    assert iv.value("double") == 2


def test_a_batch_fill_over_the_budget_is_refused_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    # fill() runs without the undo journal (the interview is dropped when refused): same refusal
    data = form(
        q("integer", "a", "A"),
        q("calculate", "double", None, calculation="${a} * 2"),
    )
    context = StartContext(today=datetime.date(2026, 3, 15))
    assert fill(Form.model_validate(data), context, {"a": 2}).answers["double"] == 4
    monkeypatch.setattr(budget, "clock", SlowClock())
    with pytest.raises(NapError) as exc:
        fill(Form.model_validate(data), context, {"a": 5})
    assert exc.value.code is ErrorCode.EXPR_TIME_BUDGET


def test_a_constraint_over_the_budget_is_a_coded_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    iv = start(form(q("integer", "a", "A", constraint=". < 10")))
    monkeypatch.setattr(budget, "clock", SlowClock())
    found = iv.answer("a", 5)
    assert [p.code for p in found] == [ErrorCode.EXPR_TIME_BUDGET]
    monkeypatch.undo()
    assert iv.validate() == []  # evaluated again with time to spare: the answer is fine


def test_a_limit_around_a_whole_step_bounds_every_evaluation_in_it(monkeypatch: pytest.MonkeyPatch) -> None:
    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    clock = Clock()
    monkeypatch.setattr(budget, "clock", clock)
    with pytest.raises(NapError) as exc, budget.limit(5.0):
        clock.now = 10.0  # the step has used its 5 s; the next evaluation has none left
        parse("concat('a', 'b', string-length('c'))").evaluate(Env())
    assert exc.value.code is ErrorCode.EXPR_TIME_BUDGET


def test_interrupt_from_another_thread_stops_a_running_evaluation() -> None:
    # What the desktop app does when quick-hide is pressed while the engine works in a worker thread.
    started = threading.Event()

    class BlockingEnv(Env):
        def value(self, name: str) -> Any:
            started.set()
            return "1"

    outcome: list[object] = []

    def work() -> None:
        source = " + ".join(f"${{q{i}}}" for i in range(400))
        expr = parse(source)
        try:
            with budget.limit(3600):
                for _ in range(100_000):
                    expr.evaluate(BlockingEnv())
            outcome.append("finished")
        except NapError as exc:
            outcome.append(exc.code)

    thread = threading.Thread(target=work)
    thread.start()
    assert started.wait(30)
    budget.interrupt(thread.ident)
    thread.join(60)
    assert not thread.is_alive()
    assert outcome == [ErrorCode.EXPR_INTERRUPTED]
    # the interrupt was for that thread only, and is spent
    assert parse("1 + 1").evaluate(Env()) == 2


def test_time_the_garbage_collector_runs_does_not_count_against_an_expression() -> None:
    """A collection walks every object of the process; on a 50,000-question form one took a second in the
    middle of an answer, which the step's 1 s budget then refused (EXPR_TIME_BUDGET) for no fault of the form."""
    kept = [[i] for i in range(300_000)]
    start, budget_start = time.monotonic(), budget.clock()
    gc.collect()
    wall, counted = time.monotonic() - start, budget.clock() - budget_start
    assert counted < wall / 2, (counted, wall)
    assert len(kept) == 300_000
